"""Whose forces a figure counts: the subject, a possessive, a state named on the force, and the names that are no
owner (places, venues, targets, names inside other names).

The owner is the actor a claim is about, so a wrong owner is a wrong claim; the sentences are written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import figs, locs, placed_countries, places, run

from claimwatch.core.extract import Extractor
from claimwatch.models import NewsItem


def test_actor_is_whose_forces_are_counted(ex: Extractor) -> None:
    claims = run(ex, "Syria intends to bring in about 2,000 fighters from Iran to hold the east.")
    assert figs(claims) == {("IR", "troops", 2000)}
    claims = run(ex, "Belarus now hosts up to 3,000 Chinese troops.")
    assert figs(claims) == {("CN", "troops", 3000)}


def test_recipient_of_sending_is_not_the_owner(ex: Extractor) -> None:
    claims = run(ex, "Iran has sent Venezuela more than 300 advisers, officials said.")
    assert figs(claims) == {("IR", "troops", 300)}
    assert locs(claims) == {("IR", "VE")}


def test_possessive_pronoun_takes_its_antecedent(ex: Extractor) -> None:
    claims = run(ex, "Paris has said its troops in Chad work with local partners to keep Boko Haram at bay.")
    assert ("FR", "TD") in locs(claims)
    assert not any(c.actor.code == "boko-haram" for c in claims)


def test_forces_named_beat_the_attacking_group(ex: Extractor) -> None:
    body = "In May, al-Shabaab ambushed Turkish troops at a checkpoint near Mogadishu."
    assert locs(run(ex, body)) == {("TR", "SO")}


def test_possessive_state_before_its_armed_forces_is_the_owner(ex: Extractor) -> None:
    body = "Egypt is training about 600 soldiers. Ghana's National Defence Force said 120 of its personnel would join."
    assert ("GH", "troops", 120) in figs(run(ex, body))


def test_name_modifying_a_venue_owns_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Iran sent drones to Syria. At the Oslo summit, officials said 2,000 soldiers would go to Syria.")
    assert not any(c.actor.code == "NO" for c in claims)


def test_place_after_around_is_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Iran's navy held exercises around Oman on Friday, after sending 12 warships into the gulf.")
    assert figs(claims) == {("IR", "equipment", 12)}


def test_capital_inside_a_personal_name_is_no_actor(ex: Extractor) -> None:
    claims = run(ex, "Defence Minister Canberra Smith said 40 Turkish drones were seen near the border.")
    assert {c.actor.code for c in claims} == {"TR"}


def test_demonym_before_an_agency_is_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Estonian military intelligence said Russian troops were in Belarus.")
    assert locs(claims) == {("RU", "BY")}


def test_japanese_self_defense_forces_are_japan(ex: Extractor) -> None:
    claims = run(ex, "The Ground Self-Defense Force sent 250 engineers to Djibouti on Monday, officials said.")
    assert figs(claims) == {("JP", "troops", 250)}
    assert locs(claims) == {("JP", "DJ")}


def test_named_armed_forces_belong_to_their_state(ex: Extractor) -> None:
    claims = run(ex, "About 90 GNR officers landed in Bissau on Sunday.")
    assert figs(claims) == {("PT", "troops", 90)}
    claims = run(ex, "The Black Sea Fleet has moved 7 warships to Tartus.")
    assert figs(claims) == {("RU", "equipment", 7)}


def test_a_withdrawal_from_a_country_is_not_that_countrys_troops(ex: Extractor) -> None:
    claims = run(ex, "Washington is weighing withdrawing about 2,500 troops from Japan, officials said.")
    assert figs(claims) == {("US", "troops", 2500)}


def test_a_demonym_before_a_place_noun_owns_nothing(ex: Extractor) -> None:
    claims = run(ex, "About 3,000 Marines will move from the Japanese island to Hawaii over five years.")
    assert not any(c.actor.code == "JP" for c in claims)


def test_a_place_after_its_is_where_the_owners_forces_are(ex: Extractor) -> None:
    claims = run(ex, "Britain said on Monday that it would shrink its Cyprus garrison from about 2,600 troops to 2,000")
    assert figs(claims) == {("GB", "troops", 2600), ("GB", "troops", 2000)}
    assert locs(claims) == {("GB", "CY")}


def test_a_place_a_force_left_is_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Danish troops left Iraq in March, ending a mission of about 130 soldiers.")
    assert figs(claims) == {("DK", "troops", 130)}


def test_a_place_after_a_preposition_and_a_modifier_is_no_subject(ex: Extractor) -> None:
    claims = run(ex, "The Spanish frigate Blas de Lezo anchored off northern Estonia with 210 sailors aboard.")
    assert figs(claims) == {("ES", "troops", 210)}


def test_the_agent_that_leads_a_group_owns_it(ex: Extractor) -> None:
    claims = run(ex, "The Houthis fired. Officials told the task group led by the French frigate to sail to Oman.")
    assert ("FR", "OM") in locs(claims)


def test_philippine_and_other_added_demonyms_own_their_counts(ex: Extractor) -> None:
    claims = run(ex, "About 900 Japanese troops and some 1,100 Philippine soldiers began drills in Luzon.")
    assert {("JP", "troops", 900), ("PH", "troops", 1100)} <= figs(claims)


def test_a_name_before_with_n_owns_the_count(ex: Extractor) -> None:
    body = (
        "The commander said the biggest contingents came from Pakistan, with about 1,300 troops in Kasai, "
        "Ghana, with some 700 in Kinshasa, and Egypt, with about 650."
    )
    assert figs(run(ex, body)) == {("PK", "troops", 1300), ("GH", "troops", 700), ("EG", "troops", 650)}


def test_a_place_before_with_n_does_not_own_the_count(ex: Extractor) -> None:
    got = figs(run(ex, "France's biggest garrison abroad is the base in Djibouti, with about 1,500 troops."))
    assert got == {("FR", "troops", 1500)}


def test_security_personnel_stay_with_the_state(ex: Extractor) -> None:
    # "security personnel" names a state's police and intelligence services as often as contractors
    claims = run(ex, "Officials said 3,000 Egyptian security personnel were in Libya.")
    assert ("EG", "troops", 3000) in figs(claims)


def test_possessive_after_in_owns_a_place_not_the_count(ex: Extractor) -> None:
    # "in Lebanon's south": Lebanon owns the place; the count is the subject's
    claims = run(ex, "Ireland will cut its battalion in Lebanon's south to about 340 soldiers, officials said.")
    assert ("IE", "troops", 340) in figs(claims)
    assert ("LB", "troops", 340) not in figs(claims)


def test_a_state_a_ship_approached_is_no_subject(ex: Extractor) -> None:
    # "since the ship first approached Cuba": Cuba is the object of the move, the navy keeps the ship
    body = "The French navy has kept a frigate in the Gulf of Guinea since the ship first approached Nigeria in May."
    claims = run(ex, body)
    assert ("FR", "Gulf of Guinea") in places(claims)
    assert not {code for code, _ in places(claims)} - {"FR"}


def test_a_visited_country_owns_no_forces(ex: Extractor) -> None:
    # the country after "visited" is where the ships went, not whose ships they are
    claims = run(ex, "Three Spanish warships visited Senegal with about 600 sailors aboard.")
    assert ("ES", "troops", 600) in figs(claims)
    assert not any(c.actor.code == "SN" for c in claims)


def test_a_state_after_of_a_is_no_subject_of_the_item(ex: Extractor) -> None:
    # "the arrival ... of a British patrol vessel" names the object of "of": the item stays about Chile's forces
    claims = run(
        ex,
        "Chile on Monday ordered 1,200 troops to the north in response to the arrival of a Peruvian navy patrol "
        "vessel. The defence minister said the exercise would involve aircraft and 1,400 servicemen.",
    )
    assert ("CL", "troops", 1400) in figs(claims)
    assert not any(c.actor.code == "PE" and c.figure is not None for c in claims)


@pytest.mark.parametrize(
    "body",
    [
        "KFOR patrols northern Kosovo. The force, commanded by Italian Maj. Gen. Mario Rossi, has about 4,500 troops.",
        "KFOR patrols northern Kosovo. The force, led by an Italian general, has about 4,500 troops.",
    ],
)
def test_a_commander_named_by_nationality_owns_no_forces(ex: Extractor, body: str) -> None:
    # the commander is a person: "Italian" says who he is, not whose the 4,500 troops are
    assert ("IT", "troops", 4500) not in figs(run(ex, body))


def test_forces_led_by_a_state_unit_are_that_states(ex: Extractor) -> None:
    # the rank rule leaves the agent of "led by" the owner when it names forces, not a person
    claims = run(ex, "A strike group led by the American carrier has about 7,000 sailors in the Red Sea.")
    assert ("US", "troops", 7000) in figs(claims)


def test_the_state_named_on_its_own_keeps_its_own_figure(ex: Extractor) -> None:
    claims = run(ex, "Russia has 3,000 troops in Syria, and Russia's Wagner Group has 1,000 men in Libya.")
    assert ("RU", "troops", 3000) in figs(claims)
    assert ("RU", "troops", 1000) not in figs(claims)


def test_a_demonym_without_a_force_noun_is_no_partner(ex: Extractor) -> None:
    claims = run(ex, "A Dutch frigate sailed through the Red Sea and a Belgian official praised the mission.")
    assert {c.actor.code for c in claims} == {"NL"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A Polish company of about 150 soldiers from NATO's force in Estonia moved on.", ("PL", "troops", 150)),
        ("A Polish battalion of about 600 troops from the EU force in Bosnia moved on.", ("PL", "troops", 600)),
    ],
)
def test_the_state_named_on_a_unit_owns_its_soldiers(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert figs(run(ex, body)) == {expected}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 600 soldiers from a Dutch air-assault battalion will reach Lithuania.", {("NL", "troops", 600)}),
        ("Some 300 troops of a Belgian brigade reached Romania on Friday.", {("BE", "troops", 300)}),
        # no formation: "from a ... village" names where people come from, not whose forces they are
        ("About 600 soldiers from a Syrian village fled to Lebanon.", set()),
    ],
)
def test_the_state_named_on_a_formation_after_from_a_owns_its_soldiers(
    ex: Extractor, body: str, expected: set[tuple[str, str, int]]
) -> None:
    assert figs(run(ex, body)) == expected


def test_a_state_named_with_its_service_before_the_counted_noun_owns_it(ex: Extractor) -> None:
    assert ("FR", "equipment", 3) in figs(run(ex, "Three French navy ships arrived in the Gulf of Guinea on Friday."))


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("About 250 Argentine soldiers arrived in Cyprus.", "AR"),
        ("About 250 Argentinian soldiers arrived in Cyprus.", "AR"),
        ("Two Kazakh peacekeepers were wounded in the Golan Heights.", "KZ"),
        ("About 40 Ecuadorian marines arrived in Panama.", "EC"),
        ("About 30 Slovenian soldiers arrived in Latvia.", "SI"),
    ],
)
def test_common_demonyms_missing_from_the_country_data_name_their_state(ex: Extractor, body: str, code: str) -> None:
    assert {f[0] for f in figs(run(ex, body))} == {code}


def test_withdrawing_the_last_of_its_forces_from_a_state_keeps_them_the_subjects(ex: Extractor) -> None:
    body = "Belgium will withdraw the last of its roughly 250 soldiers from Niger by March."
    assert [c.actor.code for c in run(ex, body) if c.figure is not None] == ["BE"]


def test_a_name_after_a_year_is_the_subject(ex: Extractor) -> None:
    claims = run(ex, "In 2019 Ireland sent about 130 soldiers to Lebanon.")
    assert ("IE", "troops", 130) in figs(claims)
    assert ("IE", "LB") in locs(claims)


def test_a_capitals_airport_is_a_place_not_an_owner(ex: Extractor) -> None:
    claims = run(ex, "It said the Egyptian air detachment at Khartoum's airport now numbered about 150 personnel.")
    assert ("EG", "troops", 150) in figs(claims)
    assert "SD" not in {c.actor.code for c in claims}


def test_for_the_first_time_is_no_force_pronoun(ex: Extractor) -> None:
    body = "Kenya confirmed for the first time on Tuesday that it had sent soldiers to Haiti."
    assert ("KE", "HT") in locs(run(ex, body))


@pytest.mark.parametrize("verb", ["helped", "had supported", "were assisting"])
def test_the_forces_helped_are_not_the_helpers(ex: Extractor, verb: str) -> None:
    body = f"Chad said it had deployed troops to Niger, adding that its soldiers {verb} Niamey's forces near Agadez."
    claims = run(ex, body)
    assert ("TD", "NE") in locs(claims)
    assert not any(c.actor.code == "NE" for c in claims)


def test_its_forces_own_the_sentence_when_the_other_forces_follow_a_preposition(ex: Extractor) -> None:
    body = "Nairobi said its soldiers had fought to help retake Somalia's Gedo region from al-Shabaab forces."
    got = locs(run(ex, body))
    assert ("KE", "SO") in got
    assert not any(code == "al-shabaab" for code, _ in got)


def test_what_is_sent_is_no_recipient(ex: Extractor) -> None:
    got = run(ex, "Tokyo said it would send MSDF destroyers to the Red Sea, where Houthi forces have attacked ships.")
    assert {(c.actor.code, c.location.name) for c in got if c.location} == {("JP", "Red Sea")}


def test_a_place_where_another_actors_forces_are_named_is_theirs(ex: Extractor) -> None:
    body = "Chad is sending troops to Niger, officials said, as Sudanese forces in Darfur resumed attacks."
    assert locs(run(ex, body)) == {("TD", "NE")}
    body = "Chadian troops have been fighting alongside Nigerien forces in Agadez."
    assert ("TD", "Agadez") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_a_think_tank_of_a_state_owns_no_forces(ex: Extractor) -> None:
    body = (
        "Chad has sent 2,000 shells to Niger. Imagery published by a U.S. think tank showed the trains heading "
        "for a depot near Agadez."
    )
    assert not any(c.actor.code == "US" for c in run(ex, body))


def test_a_capital_a_group_seized_names_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Al-Shabaab, which seized Mogadishu in 2006, says it has more than 9,000 men under arms.")
    assert figs(claims) == {("al-shabaab", "troops", 9000)}


def test_a_name_that_says_who_holds_a_place_owns_nothing(ex: Extractor) -> None:
    body = (
        "Jets flying from the USS Gerald R. Ford, which has been operating in the eastern Mediterranean since May, "
        "hit depots across Shabaab-held territory, the command said."
    )
    assert {(c.actor.code, c.location.name) for c in run(ex, body) if c.location} == {("US", "Mediterranean Sea")}


def test_a_wars_name_is_no_owner(ex: Extractor) -> None:
    body = "Hezbollah fought for the government. During the Syrian war, it sent up to 7,000 fighters at a time."
    assert ("hezbollah", "troops", 7000) in figs(run(ex, body))
    assert not any(c.actor.code == "SY" for c in run(ex, body))


def test_a_leaders_name_stands_for_the_state_or_group(ex: Extractor) -> None:
    body = "Kim Jong Un greeted soldiers at a ceremony, while Seoul's spy agency said 3,000 more troops were leaving."
    assert ("KP", "troops", 3000) in figs(run(ex, body))
    assert ("wagner-group", "troops", 8000) in figs(run(ex, "Prigozhin said 8,000 of his men had reached the town."))


def test_federal_before_a_country_keeps_it_the_prepositions_object(ex: Extractor) -> None:
    body = "France finished its pullout from federal Somalia, bringing its troop numbers in the region to about 400."
    assert figs(run(ex, body)) == {("FR", "troops", 400)}
    body = "About 2,000 Turkish troops are deployed in federal Iraq, officials said."
    assert locs(run(ex, body)) == {("TR", "IQ")}


def test_a_demonym_on_a_strikes_target_owns_none_of_the_strikers_aircraft(ex: Extractor) -> None:
    body = "France struck two Syrian air bases on Monday using 14 Rafale jets, the ministry said."
    assert figs(run(ex, body)) == {("FR", "equipment", 14)}
    body = "U.S. aircraft struck Iranian forces near the border, killing 20 Iranian soldiers, officials said."
    assert ("IR", "casualties", 20) in figs(run(ex, body))


def test_the_state_named_on_the_transport_is_no_subject_of_the_next_verb(ex: Extractor) -> None:
    body = (
        "Eritrea has sent about 800 troops to Port Sudan aboard Egyptian navy transport ships and plans to "
        "dispatch as many as 3,000 soldiers in total, officials said."
    )
    got = figs(run(ex, body))
    assert ("ER", "troops", 3000) in got
    assert ("EG", "troops", 3000) not in got


def test_a_military_instrument_names_no_forces_of_the_possessor(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has become the Kremlin's chief military tool in the Sahel. "
        "It now fields some 4,000 personnel in four countries, analysts said."
    )
    assert figs(run(ex, body)) == {("africa-corps", "troops", 4000)}


def test_a_country_before_one_ship_or_aircraft_names_its_owner_not_a_place(ex: Extractor) -> None:
    body = "Chinese fighter jets flew close to a U.S. cruiser in the South China Sea on Friday."
    got = run(ex, body)
    assert ("CN", "US") not in locs(got)
    assert any(c.actor.code == "CN" and c.location is not None and "China Sea" in c.location.name for c in got)
    body = "Iranian drones flew close to a U.S. aircraft carrier in the Gulf of Oman, the Navy said."
    assert ("IR", "US") not in locs(run(ex, body))


def test_a_demonym_before_a_named_crisis_names_an_event_not_forces(ex: Extractor) -> None:
    body = (
        "The arrival of the carrier in the Mediterranean completed the largest British naval build-up there "
        "since the 1956 Egyptian missile crisis. The carrier brings about 1,200 sailors."
    )
    got = run(ex, body)
    assert not any(c.actor.code == "EG" for c in got)


def test_a_state_defended_against_attacks_owns_no_forces(ex: Extractor) -> None:
    body = (
        "The aircraft carrier USS Ford entered the Red Sea on Sunday, the U.S. Navy said. "
        "Two more destroyers from the strike group have stayed behind in the eastern Mediterranean to help defend "
        "Israel against missile attacks, the Navy said. "
        "The strike group will later move to the Gulf of Aden."
    )
    got = run(ex, body)
    assert not any(c.actor.code == "IL" for c in got)
    assert "Gulf of Aden" in {c.location.name for c in got if c.location and c.actor.code == "US"}


def test_the_second_owner_of_a_joint_base_is_not_the_actor_the_item_goes_on_about(ex: Extractor) -> None:
    body = (
        "The Pentagon has moved four B-52 bombers to Diego Garcia, the U.S.-British base in the Indian Ocean. "
        "The destroyer Stockdale, operating in the Arabian Sea, has escorted them since Monday."
    )
    got = run(ex, body)
    assert not any(c.actor.code == "GB" for c in got)


def test_forces_already_owned_are_not_the_country_they_leave(ex: Extractor) -> None:
    body = (
        "The United States has completed the withdrawal of its forces from Niger, Africa Command said. "
        "About 300 of the departing troops have been moved to Chad, an official said."
    )
    got = run(ex, body)
    assert ("US", "troops", 300) in figs(got)
    assert ("US", "TD") in locs(got)
    assert not any(c.actor.code == "NE" for c in got)
    body = (
        "Germany said it had pulled its last soldiers from Mali by December. "
        "About 250 of the returning troops were then sent to Lithuania, the ministry said."
    )
    got = run(ex, body)
    assert ("DE", "troops", 250) in figs(got)
    assert not any(c.actor.code == "ML" for c in got)
    # troops from a country with no owner named before them are still that country's
    body = "About 2,000 troops from North Korea have arrived in Kursk, Kyiv said."
    assert ("KP", "troops", 2000) in figs(run(ex, body))


def test_a_state_named_after_the_count_is_no_joint_subject(ex: Extractor) -> None:
    # the count is Spain's; Italy is only the venue's state of a later clause
    body = "Spain will deploy 3,000 soldiers to Lebanon, and Italy and France said they would not."
    got = locs(run(ex, body))
    assert ("ES", "LB") in got
    assert ("IT", "LB") not in got


def test_a_group_after_anti_or_counter_is_the_enemy_not_the_owner(ex: Extractor) -> None:
    body = (
        "French troops left Niger last year.\n\n"
        "Their personnel and equipment have been moved to Chad, where they will support the anti-ISIS campaign."
    )
    got = locs(run(ex, body))
    assert ("FR", "TD") in got
    assert not any(code == "islamic-state" for code, _ in got)
    body = "British personnel were relocated to Cyprus to support the counter-ISIS coalition, officials said."
    got = locs(run(ex, body))
    assert ("GB", "CY") in got
    assert not any(code == "islamic-state" for code, _ in got)


def test_a_place_before_the_speaker_is_no_partner(ex: Extractor) -> None:
    body = (
        "Washington is sending two more Patriot batteries to Europe.\n\n"
        "The batteries will go to Rzeszow in Poland and to Romania, Pentagon spokesman John Smith said."
    )
    got = locs(run(ex, body))
    assert ("US", "PL") in got
    assert ("US", "RO") in got
    assert not any(code == "RO" for code, _ in got)


def test_a_state_a_move_starts_from_does_not_own_the_forces_moved(ex: Extractor) -> None:
    body = "The British Army is moving 350 soldiers from Cyprus to Jordan, officials said."
    claims = run(ex, body)
    assert ("GB", "troops", 350) in figs(claims)
    assert ("GB", "JO") in locs(claims)
    assert ("CY", "JO") not in locs(claims)
    body = "Paris is shifting an infantry battalion from Chad to Niger this month."
    got = locs(run(ex, body))
    assert ("FR", "NE") in got
    assert ("TD", "NE") not in got


def test_troops_from_a_state_with_no_other_subject_are_its_own(ex: Extractor) -> None:
    body = "About 300 soldiers from Chad were flown to Mali last week."
    assert ("TD", "troops", 300) in figs(run(ex, body))


def test_a_state_in_a_units_quoted_nickname_owns_none_of_its_kit(ex: Extractor) -> None:
    body = (
        "Britain's armoured brigade now counts 2,000 soldiers in Estonia.\n\n"
        'The 12th Armoured Brigade, known as the "Estonia Brigade," will field 60 Challenger 3 tanks, its '
        "commander said."
    )
    got = figs(run(ex, body))
    assert ("GB", "equipment", 60) in got
    assert ("EE", "equipment", 60) not in got


def test_special_operations_forces_are_the_named_states(ex: Extractor) -> None:
    body = (
        "Iran has shipped dozens of attack drones to militias in Syria, an official said. "
        "Al-Tanf has hosted U.S. special operations forces since 2016."
    )
    got = locs(run(ex, body))
    assert ("IR", "US") not in got
    assert ("US", "SY") in got


def test_a_place_after_an_adjective_is_still_the_prepositions_object(ex: Extractor) -> None:
    body = (
        "In May, Britain completed the first phase of its withdrawal from southern Iraq, bringing its troop "
        "numbers in the country to about 800."
    )
    got = figs(run(ex, body))
    assert ("GB", "troops", 800) in got
    assert ("IQ", "troops", 800) not in got


def test_french_overseas_commands_are_france(ex: Extractor) -> None:
    body = "The Armed Forces in French Polynesia (FAPF) sent two helicopters to Fiji on Tuesday."
    assert figs(run(ex, body)) == {("FR", "equipment", 2)}
    body = "The FAZSOI have about 1,100 personnel in Mayotte, the French ministry said."
    assert figs(run(ex, body)) == {("FR", "troops", 1100)}


def test_a_host_army_unit_is_the_host_state(ex: Extractor) -> None:
    body = "The CAPSAT, a unit of about 900 soldiers, guarded the palace, Russian advisers in Antananarivo said."
    assert ("africa-corps", "troops", 900) not in figs(run(ex, body))
    assert ("MG", "troops", 900) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The SAA deployed 2,000 soldiers to Latakia on Sunday.", ("SY", "troops", 2000)),
        ("The LAF sent 1,500 soldiers to southern Lebanon.", ("LB", "troops", 1500)),
        ("The VDV moved 3,000 paratroopers to Belgorod Oblast.", ("RU", "troops", 3000)),
        ("The SBU said 40 of its officers were killed.", ("UA", "casualties", 40)),
        ("The Azov Brigade sent 600 fighters to Pokrovsk.", ("UA", "troops", 600)),
        ("The USMC deployed 2,200 Marines to Darwin.", ("US", "troops", 2200)),
        ("The CCG sent 12 ships near Second Thomas Shoal.", ("CN", "equipment", 12)),
        ("The Eastern Theater Command sent 71 aircraft near Taiwan.", ("CN", "equipment", 71)),
        ("The Golani Brigade moved 1,000 troops into Khan Younis.", ("IL", "troops", 1000)),
        ("The FANB deployed 15,000 troops to Zulia.", ("VE", "troops", 15000)),
    ],
)
def test_state_force_names_are_their_state(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_year_before_the_subject_and_its_article_leaves_the_subject(ex: Extractor) -> None:
    body = "In 2019 the United States had about 2,300 troops in Jordan."
    got = run(ex, body)
    assert ("US", "troops", 2300) in figs(got)
    assert ("US", "JO") in locs(got)
    body = "At its height in 2021 the British presence in Estonia numbered about 950 soldiers."
    assert ("GB", "troops", 950) in figs(run(ex, body))


def test_a_plural_demonym_subject_said_to_be_somewhere_is_that_states_forces(ex: Extractor) -> None:
    body = (
        "North Korean artillery officers were spotted near Mariupol. "
        "The North Koreans had apparently been in the area to train Russian mortar teams."
    )
    got = [c for c in run(ex, body) if c.evidence.sentence.startswith("The North Koreans")]
    assert any(c.actor.code == "KP" and c.location is not None and c.location.country_code == "UA" for c in got)
    assert not any(c.actor.code == "RU" for c in got)
    # people of a state on a visit are no forces
    assert not run(ex, "The Americans are in Paris for talks.")


def test_a_second_object_with_a_compass_point_is_no_subject(ex: Extractor) -> None:
    body = "Canada will pull its troops out of Riga and eastern Latvia and keep about 200 there."
    assert figs(run(ex, body)) == {("CA", "troops", 200)}


def test_its_opening_a_sentence_is_not_a_place_named_after_a_compass_point(ex: Extractor) -> None:
    body = (
        "About 1,000 British soldiers will arrive in Estonia next month, the ministry said.\n\n"
        "The 4th Armoured Brigade will relieve a unit that has been based near Tapa in northern Estonia since May. "
        "Its roughly 60 tanks will arrive by rail."
    )
    assert ("GB", "equipment", 60) in figs(run(ex, body))


def test_a_demonym_before_protests_or_objections_names_no_forces(ex: Extractor) -> None:
    body = (
        "Japan has 300 troops in Djibouti. The navy kept a destroyer in Djibouti for more than a year despite "
        "Chinese protests."
    )
    assert ("CN", "DJ") not in locs(run(ex, body))


def test_a_formation_name_that_only_one_state_uses_names_its_forces(ex: Extractor) -> None:
    # "Brigade Combat Team", "Marine Expeditionary Unit": U.S. formations, named without "U.S."
    claims = run(ex, "Some 3,500 soldiers from the 2nd Armored Brigade Combat Team arrived in Romania this month.")
    assert figs(claims) == {("US", "troops", 3500)}
    assert ("US", "RO") in locs(claims)
    claims = run(ex, "Roughly 2,200 personnel of the 31st Marine Expeditionary Unit came ashore in Cyprus.")
    assert figs(claims) == {("US", "troops", 2200)}
    # (the British army has brigade combat teams too, spelt "Armoured": still Britain's)
    body = "Britain will send a battalion from the 20th Armoured Brigade Combat Team and 400 soldiers to Estonia."
    claims = run(ex, body)
    assert figs(claims) == {("GB", "troops", 400)}


def test_a_numbered_formation_after_from_names_whose_forces_they_are(ex: Extractor) -> None:
    # "from the 2nd ...": the owner's name ends a run of ordinals and capitalised words
    claims = run(ex, "About 1,300 troops from the 4th Division's 2nd Marine Corps regiment sailed for Okinawa.")
    assert ("US", "troops", 1300) in figs(claims)
    claims = run(ex, "Around 600 soldiers from the 11th Royal Marines unit arrived in Norway.")
    assert ("GB", "troops", 600) in figs(claims)


def test_the_weapons_forces_train_on_are_not_whose_forces_they_are(ex: Extractor) -> None:
    body = (
        "Belarus now has about 900 soldiers in Russia, officials said. "
        "Minsk has moved a few hundred gunners to Crimea as well; the crews are training on Russian rocket launchers."
    )
    claims = run(ex, body)
    assert ("BY", "UA") in locs(claims)  # (Crimea)
    assert not {c for c in locs(claims) if c[0] == "RU"}


def test_a_count_set_off_after_a_states_forces_is_theirs_not_the_hosts(ex: Extractor) -> None:
    body = "Qatar hosts the biggest single group of U.S. troops abroad, roughly 10,000 personnel, officials say."
    got = figs(run(ex, body))
    assert ("US", "troops", 10000) in got
    assert not any(code == "QA" for code, _, _ in got)
    # a bare count after "the concentration of <forces>" counts those forces
    body = "Bahrain hosts the single largest concentration of U.S. sailors in the Gulf, about 7,000."
    assert ("US", "troops", 7000) in figs(run(ex, body))


def test_forces_a_host_expelled_are_not_what_the_item_is_about(ex: Extractor) -> None:
    body = (
        "Some 150 members of the Africa Corps flew into Ouagadougou on Monday, the largest group since the junta "
        "expelled French and U.S. troops. The newcomers also brought three Mi-17 helicopters, a source said."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "equipment", 3) in got
    assert not any(code == "US" for code, _, _ in got)


def test_the_brigade_named_again_is_its_owners_not_the_last_state_named(ex: Extractor) -> None:
    body = (
        "Spain's 12th Armoured Brigade now has about 2,000 soldiers in Latvia, the army said.\n\n"
        "About 500 Italian troops are also in the country, the Latvian minister said.\n\n"
        "The brigade's tank battalions are moving to Estonia this spring.\n\n"
        "In Riga, the brigade will receive 40 more tanks from Spain by the autumn."
    )
    claims = run(ex, body)
    assert ("ES", "EE") in locs(claims) and ("IT", "EE") not in locs(claims)
    assert ("ES", "equipment", 40) in figs(claims) and ("IT", "equipment", 40) not in figs(claims)


def test_a_hosts_possessive_before_a_site_in_its_land_owns_no_forces(ex: Extractor) -> None:
    # "Germany's Ramstein Air Base": the state names where the site lies; the personnel there are the guests'
    body = "American jets flew to Europe this week. Germany's Ramstein Air Base now hosts about 9,200 personnel."
    assert figs(run(ex, body)) == {("US", "troops", 9200)}
    body = "Washington has sent more jets to Turkey. Turkey's Incirlik Air Base has some 1,700 personnel, they said."
    assert figs(run(ex, body)) == {("US", "troops", 1700)}
    # a site abroad after the possessive is the owner's own base
    assert figs(run(ex, "Russia's Hmeimim Air Base now houses 24 combat jets.")) == {("RU", "equipment", 24)}


def test_a_place_after_coordinated_sides_is_the_prepositions_object(ex: Extractor) -> None:
    # "in eastern and central Mali": the preposition governs the place through both sides; no subject
    body = (
        "The Wagner Group has opened two camps in eastern and central Mali this year and now has at least 900 "
        "fighters in the country."
    )
    claims = run(ex, body)
    assert figs(claims) == {("wagner-group", "troops", 900)}
    assert ("wagner-group", "ML") in locs(claims)


def test_a_fact_box_label_of_a_place_stays_a_place(ex: Extractor) -> None:
    body = "The Pentagon gave this breakdown of U.S. forces in the Gulf:\n- Kuwait: about 9,500, at Camp Buehring.\n"
    got = run(ex, body)
    assert ("US", "troops", 9500) in figs(got)
    assert ("US", "KW") in locs(got)


def test_a_name_after_besides_is_no_subject(ex: Extractor) -> None:
    # "Besides X, it keeps ...": X is the other place, "it" the actor named before
    body = (
        "Russia's Africa Corps has about 700 men in Mali, the study said. "
        "Besides Mali, it keeps a team of some 60 advisers in Chad, the study added."
    )
    got = run(ex, body)
    assert ("africa-corps", "troops", 60) in figs(got)
    assert ("ML", "troops", 60) not in figs(got)


def test_the_forces_a_body_of_troops_is_made_of_are_its_subject(ex: Extractor) -> None:
    # "a contingent of Peruvian soldiers assigned to <mission> arrived": the state's forces, not the mission's
    body = (
        "A first contingent of Zambian soldiers assigned to the United Nations Multidimensional Integrated "
        "Stabilization Mission in the Central African Republic (MINUSCA) reached Bangui on Friday. "
        "The 250 soldiers were met at the airport by local officials."
    )
    got = figs(run(ex, body))
    assert ("ZM", "troops", 250) in got
    assert ("minusca", "troops", 250) not in got


def test_a_further_contingent_belongs_to_the_forces_counted_last(ex: Extractor) -> None:
    # not to the last actor named: the mercenaries of the denial in between count nothing
    body = (
        "The Turkish embassy in Tripoli said 800 Turkish soldiers serve in Libya. Reports that Syrian mercenaries "
        'remain in the country are false, it said. An adviser to the prime minister said "a further contingent of '
        'about 150 trainers" would reach Misrata in May.'
    )
    got = figs(run(ex, body))
    assert ("TR", "troops", 150) in got
    assert ("sy-fighters", "troops", 150) not in got


def test_an_actor_compared_with_is_not_the_items_topic(ex: Extractor) -> None:
    # "Unlike X, the corps ...": a fact-box count with no owner stays with the item's group, not the one compared
    body = (
        "The Africa Corps of Russia counts about 4,000 personnel in Africa, officials say.\n\n"
        "Unlike Wagner, the corps is paid by governments in cash.\n\n"
        "- Personnel: 4k+"
    )
    assert figs(run(ex, body)) == {("africa-corps", "troops", 4000)}


def test_a_land_home_to_forces_holds_them_and_owns_none(ex: Extractor) -> None:
    body = (
        "Spanish soldiers serve in many countries. The biggest base abroad remains Qatar, home to about 900 "
        "personnel and a helicopter wing."
    )
    claims = run(ex, body)
    assert figs(claims) == {("ES", "troops", 900)}
    assert locs(claims) == {("ES", "QA")}


def test_a_capital_in_a_list_of_places_is_no_subject(ex: Extractor) -> None:
    body = (
        "The Italian navy sent a frigate to the Red Sea. The escort ships have this year docked in Durban, Colombo "
        "and Mombasa, and Italian state media said the next group would stop in Salalah on the way to the Gulf of Aden."
    )
    claims = run(ex, body)
    assert {c.actor.code for c in claims} == {"IT"}


def test_a_line_label_owns_its_count_when_it_places_forces_abroad(ex: Extractor) -> None:
    # "- Kenya: 500 personnel at Port Sudan": the label is whose forces, not where they are (a group always)
    body = (
        "Foreign forces in Sudan:\n- Wagner Group: about 300 personnel at Port Sudan.\n"
        "- Kenya: about 500 personnel, mostly at Port Sudan."
    )
    claims = run(ex, body)
    assert figs(claims) == {("wagner-group", "troops", 300), ("KE", "troops", 500)}
    assert ("wagner-group", "KE") not in locs(claims)


def test_a_name_after_a_fronted_phrase_is_the_subject(ex: Extractor) -> None:
    claims = run(ex, "Along the eastern border, Austria keeps about 850 soldiers in Slovenia.")
    assert figs(claims) == {("AT", "troops", 850)}
    claims = run(ex, "Across the border, Hungary keeps about 700 troops in Serbia.")
    assert figs(claims) == {("HU", "troops", 700)}


def test_a_state_organ_approving_a_plan_owns_the_forces_it_keeps(ex: Extractor) -> None:
    claims = run(ex, "Portugal's Chamber of Deputies approved a mandate that keeps 250 soldiers in Mozambique.")
    assert figs(claims) == {("PT", "troops", 250)}
    # the relative clause on the act has no subject of its own: the main clause's
    claims = run(ex, "Portugal's parliament approved the mandate for 2040, which keeps 250 soldiers in Mozambique.")
    assert figs(claims) == {("PT", "troops", 250)}


def test_a_us_army_division_named_without_us_names_its_forces(ex: Extractor) -> None:
    # "82nd Airborne Division", "10th Mountain Division": formations only the U.S. Army fields
    claims = run(ex, "Close to 1,300 soldiers of the 10th Mountain Division will head to Jordan in the spring.")
    assert figs(claims) == {("US", "troops", 1300)}
    assert ("US", "JO") in locs(claims)


def test_a_formation_name_opening_with_an_ordinal_names_its_forces_after_a_count(ex: Extractor) -> None:
    # ("four 82nd Airborne Division medics": the name needs no article when its ordinal opens it)
    claims = run(ex, "Mourners in Georgia buried four 82nd Airborne Division medics killed by a rocket in Iraq.")
    assert figs(claims) == {("US", "casualties", 4)}


def test_its_soldiers_are_the_force_named_before_not_their_partners(ex: Extractor) -> None:
    body = (
        "Spain sent a mechanised brigade to Slovakia in March. Its soldiers will exercise alongside Czech troops and "
        "then join manoeuvres in Hungary during June."
    )
    assert ("ES", "HU") in locs(run(ex, body))


def test_a_state_that_hosts_the_largest_contingent_is_where_not_whose(ex: Extractor) -> None:
    # "<country> hosts the largest contingent, about N": the host of the forces the item counts
    body = "Germany's army has 5,000 soldiers abroad. Lithuania hosts the largest contingent, about 1,800 soldiers."
    assert placed_countries(run(ex, body), 1800) == {("DE", "LT")}


def test_the_group_a_state_has_fought_is_no_owner(ex: Extractor) -> None:
    # the object of a verb of fighting is the enemy, as after "against"
    body = (
        "Egypt has about 900 troops in Sudan. Egypt also keeps soldiers at bases in Libya, where it has fought "
        "the Islamic State for years."
    )
    assert locs(run(ex, body)) == {("EG", "SD"), ("EG", "LY")}


def test_the_personnel_named_before_keep_their_owner_when_a_capital_is_where_they_flew_from(ex: Extractor) -> None:
    # "The personnel" opens the sentence: the forces counted before; the capital after "aircraft from" is where
    # the flights left, not a government whose forces they are
    body = (
        "Roughly 90 Turkish instructors have reached Chad, two officials said. "
        "The personnel flew in on leased aircraft from Niamey last week and live in a compound near Abeche."
    )
    assert locs(run(ex, body)) == {("TR", "TD")}


def test_a_count_in_an_opening_with_phrase_is_the_main_subjects(ex: Extractor) -> None:
    body = "With about 1,100 troops in Lebanon, Ghana provides the mission's second-largest contingent, officials said."
    assert figs(run(ex, body)) == {("GH", "troops", 1100)}


def test_a_former_owner_of_a_base_places_no_forces_of_its_own(ex: Extractor) -> None:
    # the state that once ran the base, named with what the base served, is not who is there now
    body = "Turkey has sent 250 soldiers to Libya. The soldiers moved into the former Italian naval base near Tobruk."
    assert {c.actor.code for c in run(ex, body) if c.location} == {"TR"}


def test_demonyms_listed_before_borders_name_no_owner(ex: Extractor) -> None:
    # "where the Greek, Bulgarian and Turkish borders meet": the demonyms only qualify the borders
    body = (
        "A drone strike on the Incirlik base wounded two U.S. soldiers. A militia said it had sent drones at the "
        "base, which sits near where the Syrian, Turkish and Iraqi borders meet."
    )
    assert {c.actor.code for c in run(ex, body)} & {"SY", "IQ", "TR"} == set()


def test_a_pronoun_subject_no_name_explains_is_the_headlines_state(ex: Extractor) -> None:
    # headline "Where X's troops serve": "it" with no antecedent in the body's sentence is X
    item = NewsItem(
        id="t-1", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC),
        title="Explainer: how far Ghana's peacekeepers reach",
        body=(
            "Small armies rarely travel far. "
            "Despite a tight budget, it today keeps about 2,900 troops on missions abroad."
        ),
    )
    assert figs(ex.extract(item, multinational=True)) == {("GH", "troops", 2900)}
