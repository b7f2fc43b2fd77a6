"""Ships and crews: ship prefixes and names that give a navy its state, coast guards, and which crews are forces.

A warship's name often holds the only mention of its state, and a merchant crew is no force; the sentences are
written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run

from claimwatch.core.extract import Extractor


def test_ship_prefix_names_the_navy(ex: Extractor) -> None:
    claims = run(ex, "The frigate HMS Kent is now deployed in the Mediterranean Sea, the ministry said.")
    assert {c.actor.code for c in claims if c.location} == {"GB"}


def test_a_warships_crew_counts_and_a_merchant_crew_does_not(ex: Extractor) -> None:
    claims = run(ex, "The Dutch frigate Tromp, with about 200 crew, arrived in the Red Sea on Monday.")
    assert figs(claims) == {("NL", "troops", 200)}
    claims = run(ex, "Greek navy commandos boarded the Panama-flagged tanker and freed all 19 crew members.")
    assert not figs(claims)


def test_a_warship_named_with_its_state_is_that_states_later(ex: Extractor) -> None:
    body = (
        "The Dutch frigate Tromp escorted a convoy through the Strait of Hormuz on Monday.\n\n"
        "The Tromp, with a crew of about 200, will stay until June, the ministry said."
    )
    claims = run(ex, body)
    assert ("NL", "troops", 200) in figs(claims)
    claims = run(ex, "HMS Severn, a patrol ship with a crew of about 45, arrived in Belize on Friday.")
    assert ("GB", "troops", 45) in figs(claims)


def test_a_state_inside_a_place_name_is_no_actor_and_ship_prefixes_name_the_navy(ex: Extractor) -> None:
    claims = run(ex, "The frigate HMCS Ville de Quebec, with about 240 sailors, is patrolling the South China Sea.")
    assert figs(claims) == {("CA", "troops", 240)}
    assert not any(c.actor.code == "CN" for c in claims)


def test_a_ship_name_with_of_is_learned_without_its_prefix(ex: Extractor) -> None:
    body = (
        "Britain's destroyer HMS Duke of Kent sailed from Portsmouth on Monday.\n\n"
        "In 2024 the Duke of Kent led a four-month deployment to Oman and Kenya."
    )
    claims = run(ex, body)
    assert {("GB", "OM"), ("GB", "KE")} <= locs(claims)


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


def test_a_state_before_an_unnamed_coast_guard_ship_owns_its_crew(ex: Extractor) -> None:
    claims = run(ex, "A U.S. Coast Guard cutter with about 90 crew has been patrolling off Haiti since May.")
    assert figs(claims) == {("US", "troops", 90)}


@pytest.mark.parametrize(
    "body",
    [
        "The Indian task group entered the Arabian Sea on Monday.",
        "An Indian flotilla was deployed to the Arabian Sea last week.",
        "India's carrier strike group entered the Arabian Sea.",
        "An Indian naval task force arrived in the Arabian Sea.",
    ],
)
def test_a_naval_formation_is_a_force_of_its_state(ex: Extractor, body: str) -> None:
    # a task group, strike group or flotilla is the state's forces as much as its warships are
    claims = run(ex, body)
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("IN", "Arabian Sea")}


def test_a_patrol_boat_is_a_force_of_its_state(ex: Extractor) -> None:
    claims = run(ex, "Two Chinese patrol boats entered the lagoon at Scarborough Shoal on Friday.")
    assert ("CN", "equipment", 2) in figs(claims)
    assert {c.location.name for c in claims if c.location and c.actor.code == "CN"} == {"Scarborough Shoal"}


def test_a_patrol_ship_named_after_its_state_places_that_state(ex: Extractor) -> None:
    claims = run(ex, "The Dutch patrol ship HNLMS Groningen arrived in Belize in May, the navy said.")
    assert locs(claims) == {("NL", "BZ")}


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("PNS Khaibar arrived in Bahrain on Monday with about 180 sailors aboard.", "PK"),
        ("FGS Sachsen arrived in Djibouti with about 230 crew.", "DE"),
        ("KRI Raden Eddy Martadinata sailed to the Andaman Sea with 120 sailors.", "ID"),
        ("ORP Slazak joined the patrol in the Baltic Sea with about 90 sailors.", "PL"),
        ("BRP Gregorio del Pilar reached the Sulu Sea with about 80 sailors.", "PH"),
    ],
)
def test_a_navy_ship_prefix_names_its_state(ex: Extractor, body: str, state: str) -> None:
    claims = run(ex, body)
    assert {c.actor.code for c in claims} == {state}
    assert any(c.figure is not None for c in claims)


def test_a_ship_named_by_its_prefix_alone_is_a_force(ex: Extractor) -> None:
    # no "frigate" or "warship" in the sentence: the prefix says the ship is a navy's
    claims = run(ex, "HMS Medway visited Belize last week.")
    assert locs(claims) == {("GB", "BZ")}


def test_an_upper_case_prefix_word_in_ordinary_text_is_no_ship(ex: Extractor) -> None:
    assert run(ex, "Its share of ITS revenue rose by 4 percent, the company said.") == []


def test_a_states_coast_guard_is_its_force_not_its_coast(ex: Extractor) -> None:
    # "Japan's coast" names a place, "Japan's coast guard" a force that owns the boats
    claims = run(ex, "Japan's coast guard sent two patrol boats to Palau on Monday.")
    assert ("JP", "equipment", 2) in figs(claims)
    assert locs(claims) == {("JP", "PW")}


def test_a_states_coast_still_owns_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Two Chinese cutters sailed along Japan's coast on Monday.")
    assert not any(c.actor.code == "JP" for c in claims)


def test_a_ships_name_after_its_prefix_is_no_place_and_casts_no_vote(ex: Extractor) -> None:
    # "Severn" is also a town in Maryland: as a place it would pull "Bridgetown" to a US city of that old name
    claims = run(ex, "HMS Severn arrived in Bridgetown on Monday with about 50 sailors and 10 Royal Marines.")
    assert figs(claims) == {("GB", "troops", 50), ("GB", "troops", 10)}
    assert locs(claims) == {("GB", "BB")}


@pytest.mark.parametrize(
    "body",
    [
        "Jamaica's coast guard has four patrol boats and about 300 personnel.",
        "The Jamaica Coast Guard has four patrol boats and about 300 personnel.",
    ],
)
def test_a_states_coast_guard_written_either_way_is_its_force_not_its_coast(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("JM", "equipment", 4), ("JM", "troops", 300)}


def test_a_states_coast_names_no_force(ex: Extractor) -> None:
    assert run(ex, "Jamaica's coast was battered by the storm, and 40 houses were destroyed.") == []


def test_a_coast_guard_cutter_prefix_names_its_state(ex: Extractor) -> None:
    claims = run(ex, "The cutter USCGC Alert, with about 100 crew aboard, docked in Apia on Friday.")
    assert figs(claims) == {("US", "troops", 100)}
    assert locs(claims) == {("US", "WS")}


def test_a_ship_named_after_a_speaker_in_a_capital_is_not_the_capitals(ex: Extractor) -> None:
    body = (
        "A British diplomat in Banjul said HMS Mersey was on a routine visit.\n\n"
        "HMS Mersey arrived in Banjul on 12 March with about 50 sailors."
    )
    assert ("GB", "troops", 50) in figs(run(ex, body))


@pytest.mark.parametrize(
    "second",
    ["The ship, with about 190 crew, will stay until March.", "It has about 190 crew aboard."],
)
def test_a_crew_count_after_the_paragraphs_warship_is_its_sailors(ex: Extractor, second: str) -> None:
    body = "Japan sent the destroyer Kirisame to the Gulf of Aden on Monday. " + second
    assert ("JP", "troops", 190) in figs(run(ex, body))


def test_a_crew_count_of_a_merchant_ship_stays_no_figure_beside_a_warship(ex: Extractor) -> None:
    body = "A Greek frigate escorted the convoy on Monday. The tanker, with about 24 crew, reached Suez."
    assert not {f for f in figs(run(ex, body)) if f[1] == "troops"}


def test_a_warship_named_again_on_its_own_keeps_its_state_and_crew(ex: Extractor) -> None:
    body = (
        "The Dutch frigate HNLMS Evertsen is in the Indian Ocean and will join the Italian ships.\n\n"
        "Italy's navy said its ships were in Goa. The Netherlands' defence ministry said the Evertsen, "
        "with about 180 crew, would next sail to Busan in South Korea."
    )
    claims = run(ex, body)
    assert ("NL", "troops", 180) in figs(claims)
    assert ("NL", "KR") in locs(claims)


def test_the_crew_of_a_civil_boat_named_before_are_no_forces(ex: Extractor) -> None:
    body = (
        "An Indian Navy patrol vessel arrived in Port Victoria on Wednesday.\n\n"
        "Pirates seized a fishing dhow with 11 crew off Mahe last week. Two of its crew were released on Monday."
    )
    assert ("IN", "troops", 2) not in figs(run(ex, body))


def test_the_crew_of_a_warship_named_before_in_the_paragraph_are_its_sailors(ex: Extractor) -> None:
    claims = run(ex, "The Spanish frigate Navarra reached Djibouti on Monday. Four of its crew were injured in a fire.")
    assert ("ES", "casualties", 4) in figs(claims)


def test_the_crew_of_a_dhow_or_trawler_is_no_force(ex: Extractor) -> None:
    body = "The navy stopped a trawler off Socotra. Its 11 crew members, all Somali nationals, were detained."
    assert figs(run(ex, body)) == set()


def test_a_demonym_inside_a_warships_name_names_no_state(ex: Extractor) -> None:
    body = "The cruiser USS Philippine Sea arrived in Bahrain on Monday with two destroyers, the Navy said."
    got = run(ex, body)
    assert ("US", "equipment", 2) in figs(got)
    assert not any(c.actor.code == "PH" for c in got)
    assert ("US", "BH") in locs(got)


def test_a_prefixed_warship_joining_a_mission_stays_its_navys(ex: Extractor) -> None:
    body = "The frigate HMS Kent sailed into the North Sea on Friday to join NATO's Standing Maritime Group 1."
    assert {code for code, _ in locs(run(ex, body))} == {"GB"}
    body = "The destroyer HMS Diamond, which left the group in May, stays in the Red Sea with the EU's Aspides mission."
    assert {code for code, _ in locs(run(ex, body))} == {"GB"}


def test_two_carrier_groups_together_are_one_navys(ex: Extractor) -> None:
    body = (
        "The USS Ford entered the Red Sea, the U.S. Navy said. "
        "Together, the two carrier groups carry more than 9,000 sailors and Marines."
    )
    assert ("US", "troops", 9000) in figs(run(ex, body))
    # two groups of fighters together stay a combined count
    body = "JNIM and the Islamic State Sahel Province are rivals. Together, the two groups have about 3,000 fighters."
    assert not any(value == 3000 for _, _, value in figs(run(ex, body)))


def test_the_crew_of_a_civilian_ship_named_by_its_possessive_are_no_forces(ex: Extractor) -> None:
    body = "Iran sent weapons to Sudan by sea. The trawler's 9 crew members were handed over to Egypt's navy."
    assert figs(run(ex, body)) == set()
    body = "Iran sent a frigate to Sudan. The frigate's 140 crew members were greeted in Port Sudan."
    assert ("IR", "troops", 140) in figs(run(ex, body))



def test_a_share_of_merchant_ships_attacked_is_no_figure(ex: Extractor) -> None:
    body = "Yemeni rebels attacked more than 60 merchant ships last year, sinking three of them."
    assert figs(run(ex, body)) == set()
    # a share of warships is still counted
    body = "France deployed 12 ships to the Red Sea, and three of them escorted merchant convoys."
    assert ("FR", "equipment", 3) in figs(run(ex, body))


def test_a_country_that_locates_a_home_port_does_not_take_the_ships(ex: Extractor) -> None:
    # "from Souda Bay, Greece,": the country only says where the port is; the prefix names the navy
    body = "The destroyers USS Arleigh and USS Halsey will sail from Souda Bay, Greece, to the Black Sea this week."
    owners = {actor for actor, _ in locs(run(ex, body))}
    assert "GR" not in owners
    assert "US" in owners


def test_personnel_from_a_ship_named_after_its_kind_are_its_navys(ex: Extractor) -> None:
    body = "Some 60 technicians from the submarine tender USS Frank Cable will work at the base in Guam."
    assert ("US", "troops", 60) in figs(run(ex, body))


def test_a_group_whose_attacks_a_ship_guards_against_is_not_the_ships_owner(ex: Extractor) -> None:
    body = (
        "Denmark's parliament on Friday voted to send the frigate Absalon and about 170 sailors to the Red Sea to "
        "shield cargo ships from Houthi attacks.\n\n"
        "The Absalon, an air-defence frigate based in Frederikshavn, is due to sail on May 3 and reach the Red Sea "
        "in June."
    )
    claims = run(ex, body)
    assert not any(c.actor.code == "houthis" for c in claims)
    assert ("DK", "Red Sea") in places(claims)


def test_a_prefixed_ship_keeps_its_navy_when_a_state_is_named_after_a_preposition(ex: Extractor) -> None:
    # "... after Houthi drones struck a tanker off the coast of Djibouti": the state there names a place, so the
    # ship's prefix still says whose ship it is
    body = (
        "The destroyer USS Mason is heading to the Red Sea, the Navy said, after Houthi drones struck a tanker "
        "off the coast of Djibouti."
    )
    assert places(run(ex, body)) == {("US", "Red Sea")}


def test_a_warship_alongside_the_sentences_ships_is_where_they_are(ex: Extractor) -> None:
    # the ship named beside the counted ones shares their place, with no figure of theirs
    claims = run(ex, "Two British minehunters are operating in the Adriatic alongside a Dutch frigate.")
    assert {(c.actor.code, c.figure.value if c.figure else None) for c in claims if c.location} == {
        ("GB", 2),
        ("NL", None),
    }
