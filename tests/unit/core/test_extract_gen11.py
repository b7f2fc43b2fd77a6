"""Extraction rules of gen11: general patterns, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent


def places(claims: list[ClaimEvent]) -> set[tuple[str, str]]:
    return {(c.actor.code, c.location.name) for c in claims if c.location and not c.denied}


def test_arctic_and_caribbean_waters_are_places(ex: Extractor) -> None:
    # seas and straits the gazetteer lacked: each is its own place, not the country whose name it holds
    claims = run(ex, "Two Russian frigates spent the week in the Chukchi Sea, the navy said.")
    assert ("RU", "Chukchi Sea") in places(claims)
    claims = run(ex, "A Japanese destroyer was patrolling the Beaufort Sea on Friday.")
    assert ("JP", "Beaufort Sea") in places(claims)
    claims = run(ex, "Three Mexican patrol boats were deployed to the Straits of Florida last week.")
    assert places(claims) == {("MX", "Straits of Florida")}


def test_kosovo_force_is_its_own_mission_in_kosovo(ex: Extractor) -> None:
    # KFOR is a multinational force with its own command: its figures are not NATO's, and it serves in Kosovo
    claims = run(ex, "KFOR currently counts about 4,300 soldiers, its commander said.")
    assert figs(claims) == {("kfor", "troops", 4300)}
    assert ("kfor", "Kosovo") in places(claims)


def test_hormuz_maritime_mission_is_its_own_actor_in_the_strait(ex: Extractor) -> None:
    claims = run(ex, "The European-led mission EMASoH now has four frigates on station, a spokesman said.")
    assert figs(claims) == {("emasoh", "equipment", 4)}
    assert ("emasoh", "Strait of Hormuz") in places(claims)


def test_a_cutter_is_a_warship_whose_crew_are_forces(ex: Extractor) -> None:
    # coast guard cutters and icebreakers are state ships: "with about 60 crew" counts their sailors
    claims = run(ex, "A Japanese cutter with about 60 crew has been patrolling off Palau since May.")
    assert figs(claims) == {("JP", "troops", 60)}
    # a research ship's crew are civilians
    claims = run(ex, "The Indonesian research icebreaker Baruna, with about 40 crew, sailed into the Banda Sea.")
    assert not figs(claims)


def test_a_named_ship_which_carries_a_crew_counts_its_sailors(ex: Extractor) -> None:
    # "which carries a crew of" after a named ship: that ship's crew; a class's crew stays a specification
    claims = run(ex, "The Dutch frigate Van Speijk, which carries a crew of about 150, arrived in the Red Sea.")
    assert figs(claims) == {("NL", "troops", 150)}
    assert ("NL", "Red Sea") in places(claims)
    claims = run(ex, "A Dutch frigate of the De Zeven Provincien class carries a crew of about 200.")
    assert not figs(claims)


def test_a_ship_named_by_its_kind_after_a_state_sent_one_is_that_states(ex: Extractor) -> None:
    # "a Norwegian coast guard cutter ... The cutter Nordkapp": the same ship, Norway's
    body = (
        "A Norwegian coast guard cutter shadowed the convoy on Monday. "
        "The cutter Nordkapp, with about 50 crew, stayed close to the convoy."
    )
    assert figs(run(ex, body)) == {("NO", "troops", 50)}


def test_a_ship_that_joined_a_mission_keeps_its_crew(ex: Extractor) -> None:
    # the mission joined is the object of "joined": the ship's sailors stay with its state
    body = (
        "The Spanish frigate Cristobal Colon, which joined the EU naval mission Aspides in the Red Sea "
        "last week with about 200 sailors, escorted two tankers on Friday."
    )
    claims = run(ex, body)
    assert figs(claims) == {("ES", "troops", 200)}
    assert ("ES", "Red Sea") in places(claims)


def test_the_missions_strength_is_the_missions_count(ex: Extractor) -> None:
    # "bringing the mission's strength in the region to five warships": the mission named in the sentence
    body = (
        "The Spanish frigate Cristobal Colon, with about 200 sailors on board, entered the Red Sea on Friday "
        "to join the Aspides mission, bringing the mission's strength in the region to five warships."
    )
    assert figs(run(ex, body)) == {("ES", "troops", 200), ("aspides", "equipment", 5)}


def test_hours_after_opens_a_clause_with_its_own_subject(ex: Extractor) -> None:
    body = (
        "The Chinese navy training ship Zheng He sailed into Apia on Tuesday with about 300 cadets and crew, "
        "hours after Australia said it had sent a frigate to the Coral Sea to keep watch."
    )
    claims = run(ex, body)
    assert ("AU", "Coral Sea") in places(claims)
    assert ("CN", "Coral Sea") not in places(claims)


def test_a_state_whose_officials_speak_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "Three Chinese warships were expected to sail on towards the Bering Strait, U.S. officials said.")
    assert "United States" not in {name for _, name in places(claims)}


def test_guantanamo_bay_is_in_cuba(ex: Extractor) -> None:
    claims = run(ex, "The submarine USS Helena arrived at Guantanamo Bay on Monday with about 140 sailors aboard.")
    assert figs(claims) == {("US", "troops", 140)}
    assert {c.location.country_code for c in claims if c.location} == {"CU"}


def test_a_demonym_after_an_opening_place_is_the_subject(ex: Extractor) -> None:
    # "In Apia, the Canadian ship ...": the demonym opens the subject; it is no item of a list of places
    body = "In Apia, the Canadian patrol ship HMCS Margaret Brooke docked for a three-day visit with about 60 sailors."
    claims = run(ex, body)
    assert figs(claims) == {("CA", "troops", 60)}
    assert {c.location.country_code for c in claims if c.location} == {"WS"}


def test_an_apposition_with_a_possessive_does_not_take_the_subjects_count(ex: Extractor) -> None:
    # "EUFOR, the EU's force in Bosnia, has ...": the possessive inside the apposition describes the subject
    claims = run(ex, "KFOR, NATO's peacekeeping force, has about 4,300 troops.")
    assert figs(claims) == {("kfor", "troops", 4300)}


def test_a_gapped_count_after_a_relative_clause_is_its_actors(ex: Extractor) -> None:
    body = (
        "Spain has about 650 soldiers in Latvia, and Slovakia, which joined the battlegroup in 2018, "
        "contributes about 150."
    )
    claims = run(ex, body)
    assert figs(claims) == {("ES", "troops", 650), ("SK", "troops", 150)}
    # the state that owns the second count is no place of the first
    assert ("ES", "SK") not in {(c.actor.code, c.location.country_code) for c in claims if c.location}


def test_a_merchant_crews_nationals_are_no_forces(ex: Extractor) -> None:
    body = "A Panama-flagged bulk carrier was struck on Friday, injuring none of its 18 crew, 9 of whom are Filipino."
    assert not figs(run(ex, body))


def test_foreign_warships_are_no_ones_count_and_no_ones_place(ex: Extractor) -> None:
    body = (
        "India's navy said its ships were escorting tankers. "
        "A Western officer said between six and eight foreign warships were now patrolling the Red Sea."
    )
    assert not figs(run(ex, body))
    body = (
        "Two Iranian frigates sailed into the Gulf of Oman on Monday. "
        "Iran's navy said it was also tracking foreign warships in the Arabian Sea."
    )
    assert places(run(ex, body)) == {("IR", "Gulf of Oman")}


def test_a_navy_that_says_it_sent_ships_owns_them(ex: Extractor) -> None:
    # "India's navy said it had sent": the state speaks of its own ships; a merchant ship's flag owns nothing
    body = (
        "A Liberian-flagged tanker was hit on Monday. "
        "India's navy said it had sent two more warships to the Gulf of Aden."
    )
    claims = run(ex, body)
    assert figs(claims) == {("IN", "equipment", 2)}
    assert places(claims) == {("IN", "Gulf of Aden")}


def test_a_missions_headquarters_city_is_its_seat_but_staff_posted_at_headquarters_are_there(ex: Extractor) -> None:
    claims = run(ex, "Aspides, headquartered in Larissa, had three frigates in the Red Sea in May.")
    assert places(claims) == {("aspides", "Red Sea")}
    claims = run(ex, "Togo keeps about 90 staff officers at the force's headquarters in Niamey.")
    assert figs(claims) == {("TG", "troops", 90)}
    assert {c.location.country_code for c in claims if c.location} == {"NE"}


def test_a_named_private_security_company_is_its_own_actor(ex: Extractor) -> None:
    # a company the item introduces as a private security company owns its contractors, under its full name,
    # its first word alone and "the firm"; its home seat ("based in Texas") is no place of its staff
    body = (
        "About 80 contractors from Sierra Shield Group, a private security company based in Texas, have arrived "
        "in Lima, officials said. Opposition lawmaker Ana Ruiz said the firm already had at least 150 men in Peru. "
        "Officials said 205 Sierra contractors were registered in Peru."
    )
    claims = run(ex, body)
    assert figs(claims) == {
        ("sierra-shield-group", "troops", 80),
        ("sierra-shield-group", "troops", 150),
        ("sierra-shield-group", "troops", 205),
    }
    assert {c.actor.name for c in claims} == {"Sierra Shield Group"}
    assert {c.location.country_code for c in claims if c.location} == {"PE"}


def test_the_state_before_a_security_company_names_the_companys_home(ex: Extractor) -> None:
    # "the U.S. security company X": one name, not the United States' forces
    body = "Three contractors of the U.S. security company Sierra Shield Group are guarding the mine, officials said."
    assert figs(run(ex, body)) == {("sierra-shield-group", "troops", 3)}


def test_a_state_before_an_unnamed_coast_guard_ship_owns_its_crew(ex: Extractor) -> None:
    claims = run(ex, "A U.S. Coast Guard cutter with about 90 crew has been patrolling off Haiti since May.")
    assert figs(claims) == {("US", "troops", 90)}


def test_a_recipient_that_received_supplies_is_where_they_are(ex: Extractor) -> None:
    # deliveries are placed at the recipient: "Albania has received Turkish TB2 drones"
    claims = run(ex, "Albania has received Turkish TB2 drones since 2022.")
    assert {(c.actor.code, c.location.country_code) for c in claims if c.location} == {("TR", "AL")}
    claims = run(ex, "Greece received its first six French Rafales in 2021.")
    assert figs(claims) == {("FR", "equipment", 6)}
    assert {c.location.country_code for c in claims if c.location} == {"GR"}


def test_the_state_that_promised_the_counted_equipment_owns_it(ex: Extractor) -> None:
    # "two of the eight drones Turkey has promised": Turkey's, not the item's focus
    body = (
        "China opened a base in the region last year. "
        "In neighbouring Georgia, two of the eight Bayraktar drones Turkey has promised arrived in Tbilisi on Friday."
    )
    claims = run(ex, body)
    assert figs(claims) == {("TR", "equipment", 2), ("TR", "equipment", 8)}


def test_former_soldiers_working_for_a_company_are_recruited_nationals(ex: Extractor) -> None:
    # nationals who work for a private company abroad are "<demonym> fighters", not their state's forces
    body = (
        "At least 30 former Peruvian soldiers are working for the U.S. security company Sierra Shield Group in Chile."
    )
    claims = run(ex, body)
    assert figs(claims) == {("pe-fighters", "troops", 30)}
    assert {(c.actor.code, c.location.country_code) for c in claims if c.location} == {("pe-fighters", "CL")}


def test_equipment_a_state_ordered_from_another_is_the_sellers(ex: Extractor) -> None:
    body = (
        "China sent engineers to the region last year. The first four of 24 Rafale fighter jets that Greece "
        "ordered from France in 2021 landed at Tanagra on Tuesday."
    )
    assert figs(run(ex, body)) == {("FR", "equipment", 4), ("FR", "equipment", 24)}


def test_a_state_a_ship_approached_is_no_subject(ex: Extractor) -> None:
    # "since the ship first approached Cuba": Cuba is the object of the move, the navy keeps the ship
    body = "The French navy has kept a frigate in the Gulf of Guinea since the ship first approached Nigeria in May."
    claims = run(ex, body)
    assert ("FR", "Gulf of Guinea") in places(claims)
    assert not {code for code, _ in places(claims)} - {"FR"}
