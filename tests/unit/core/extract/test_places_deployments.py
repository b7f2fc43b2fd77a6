"""Deployment locations: the verbs, prepositions and phrases that place forces somewhere.

A place is claimed only where the story puts the forces, so each form that places them (hosting, visiting, basing,
operating from, fighting at) is tested on a sentence written for it.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, placed_names, placements, run
from extract_helpers import placed_countries as _placed

from claimwatch.core.extract import Extractor

# ---------------------------------------------------------------- location rules


def test_host_and_reliance_verbs_place_the_forces(ex: Extractor) -> None:
    assert ("hezbollah", "SY") in locs(run(ex, "Neighbouring Syria has long relied on Hezbollah fighters."))
    assert ("US", "JO") in locs(run(ex, "Jordan hosts U.S. troops at two desert bases."))


def test_conjoined_places_share_the_preposition(ex: Extractor) -> None:
    claims = run(ex, "The Turkish army has since sent instructors to Somalia and Libya.")
    assert locs(claims) == {("TR", "SO"), ("TR", "LY")}


def test_keeps_troops_in_places_them(ex: Extractor) -> None:
    claims = run(ex, "Ethiopia keeps several thousand soldiers in Somalia, diplomats say.")
    assert ("ET", "SO") in locs(claims)


def test_coordinated_states_share_the_place(ex: Extractor) -> None:
    body = "Kenya sent 400 police officers to Haiti. Benin and Chad also have troops in Haiti with the mission."
    claims = run(ex, body)
    assert {("BJ", "HT"), ("TD", "HT"), ("KE", "HT")} <= locs(claims)


def test_states_listed_after_from_are_all_placed(ex: Extractor) -> None:
    claims = run(ex, "Troops from Belgium, the Netherlands and Luxembourg arrived in Romania on Sunday.")
    assert locs(claims) == {("BE", "RO"), ("NL", "RO"), ("LU", "RO")}


def test_a_relative_clause_about_something_else_places_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Italy sent 400 troops to Bosnia under the accord, which was signed at a hotel in Paris.")
    assert locs(claims) == {("IT", "BA")}
    claims = run(ex, "The frigate, which had been in the Aegean Sea, is due to arrive in the Red Sea on Monday.")
    assert not any(c.location and c.location.name == "Aegean Sea" for c in claims)


def test_a_relative_clause_that_places_forces_still_counts(ex: Extractor) -> None:
    claims = run(ex, "France, which keeps a base in Djibouti with about 1,500 troops, said it would stay.")
    assert ("FR", "DJ") in locs(claims)


def test_states_with_contingents_there_are_placed(ex: Extractor) -> None:
    claims = run(ex, "Kenya has 800 police in Haiti. Belize, Jamaica and the Bahamas also have contingents there.")
    assert {("BZ", "HT"), ("JM", "HT"), ("BS", "HT")} <= locs(claims)


def test_invaded_and_entered_take_the_place_as_object(ex: Extractor) -> None:
    assert locs(run(ex, "About 3,000 Ethiopian soldiers entered Somalia on Monday.")) == {("ET", "SO")}


def test_a_host_named_before_an_appositive_still_hosts(ex: Extractor) -> None:
    claims = run(ex, "Qatar, a small emirate on the western shore of the Gulf, also hosts about 8,000 U.S. personnel.")
    assert locs(claims) == {("US", "QA")}


def test_off_a_coast_and_a_carrier_strike_group_place_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Two Greek frigates have begun patrols off Libya's coast.")) == {("GR", "LY")}
    claims = run(ex, "The French navy has kept a carrier strike group and two frigates in the Red Sea since May.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("FR", "Red Sea")}


def test_a_strike_group_is_a_formation_not_an_attack(ex: Extractor) -> None:
    claims = run(ex, "The French carrier Charles de Gaulle will lead a carrier strike group bound for Cyprus soon.")
    assert ("FR", "CY") in locs(claims)
    claims = run(ex, "A US strike group attacked targets in Yemen on Monday.")
    assert ("US", "YE") not in locs(claims)


def test_over_places_aircraft_only_after_a_flying_word(ex: Extractor) -> None:
    claims = run(ex, "Two British surveillance aircraft flew over the Black Sea on Friday.")
    assert {c.location.name for c in claims if c.location} == {"Black Sea"}
    claims = run(ex, "Dutch F-35 jets flying over Estonia were scrambled twice this week.")
    assert locs(claims) == {("NL", "EE")}
    claims = run(ex, "The 300 Russian soldiers in Transnistria are at the centre of a row over the Dniester region.")
    assert {c.location.name for c in claims if c.location} == {"Transnistria"}
    claims = run(ex, "A radar at the base, where 200 US airmen serve, tracks missiles over the Arctic.")
    assert not [c for c in claims if c.location]
    claims = run(ex, "Over the past year Iran sent 300 drones to Russia.")
    assert locs(claims) == {("IR", "RU")}


def test_a_time_clause_about_another_actors_move_places_nothing(ex: Extractor) -> None:
    claims = run(ex, "About 20,000 Canadian troops are now in Europe, up from 9,000 before Russia invaded Ukraine.")
    assert {c.location.name for c in claims if c.location} == {"Europe"}
    claims = run(ex, "The 3,000 Turkish soldiers in Qatar have been there since Iraq's invasion of Kuwait.")
    assert locs(claims) == {("TR", "QA")}


def test_a_base_forces_operate_from_is_where_they_are(ex: Extractor) -> None:
    claims = run(ex, "An Indian patrol aircraft operating from Djibouti is also supporting the mission.")
    assert locs(claims) == {("IN", "DJ")}
    claims = run(ex, "The Canadian patrol aircraft was on a routine mission, flying from Kadena Air Base in Okinawa.")
    assert locs(claims) == {("CA", "JP")}
    claims = run(ex, "Two French Rafales operating out of Jordan struck targets in Syria.")
    assert locs(claims) == {("FR", "JO")}
    # a journey with a destination is no base of operations
    claims = run(ex, "Two Dutch fighter jets flying from Leeuwarden to Poland were refuelled in the air.")
    assert locs(claims) == {("NL", "PL")}


def test_a_warship_that_visited_a_country_is_there(ex: Extractor) -> None:
    claims = run(ex, "The Norwegian frigate visited Ghana and Togo last week.")
    assert locs(claims) == {("NO", "GH"), ("NO", "TG")}


def test_ships_visiting_a_country_are_there_with_their_count(ex: Extractor) -> None:
    claims = run(ex, "Two Japanese minesweepers visited Cambodia in February.")
    assert ("JP", "equipment", 2) in figs(claims)
    assert locs(claims) == {("JP", "KH")}


def test_ships_detected_or_sighted_somewhere_are_there(ex: Extractor) -> None:
    claims = run(
        ex,
        "Three Chinese warships sailed south past Papua New Guinea, the navy said. "
        "They were first detected in the Coral Sea on Sept. 7.",
    )
    assert ("CN", "Coral Sea") in {(c.actor.code, c.location.name) for c in claims if c.location}
    claims = run(ex, "Two Russian corvettes were sighted in the Celtic Sea on Tuesday.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("RU", "Celtic Sea")}


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Germany hosts U.S. forces at several bases.", "DE"),
        ("Djibouti hosts French troops at a base near the port.", "DJ"),
        ("Japan hosts American forces on Okinawa and in Yokosuka.", "JP"),
    ],
)
def test_hosted_forces_are_the_guests_at_the_host(ex: Extractor, body: str, host: str) -> None:
    # the forces after "hosts" are the guest's, not the host's, and hosting places them there
    claims = run(ex, body)
    assert claims
    assert all(c.actor.code != host for c in claims)
    assert {c.location.country_code for c in claims if c.location} == {host}


@pytest.mark.parametrize(
    "body",
    [
        "Iran will send its forces to Syria, officials said.",
        "Iran is likely to deploy some of its regular forces to Syria.",
        "Iran plans to station its forces in Syria.",
        "Iran intends to dispatch its forces to Syria next month.",
    ],
)
def test_a_planned_move_in_the_verb_s_base_form_places_forces(ex: Extractor, body: str) -> None:
    # "will send", "likely to deploy": a planned move counts as much as "sent" or "deployed"
    assert locs(run(ex, body)) == {("IR", "SY")}


@pytest.mark.parametrize(
    "body",
    [
        "A Dutch frigate and a Belgian destroyer sailed through the Red Sea on Friday.",
        "A Dutch and a Belgian warship sailed through the Red Sea on Friday.",
    ],
)
def test_two_states_adjectives_joined_with_articles_or_nouns_are_both_placed(ex: Extractor, body: str) -> None:
    placed = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert {("NL", "Red Sea"), ("BE", "Red Sea")} <= placed


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A U.S. Navy destroyer and a Dutch frigate sailed together through the Red Sea on Monday.", {"US", "NL"}),
        ("A New Zealand frigate and a British patrol ship sailed through the Red Sea on Monday.", {"NZ", "GB"}),
    ],
)
def test_two_states_each_with_its_ship_are_both_placed(ex: Extractor, body: str, expected: set[str]) -> None:
    assert {c.actor.code for c in run(ex, body) if c.location and c.location.name == "Red Sea"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Experts said about 2,000 Ugandan soldiers were operating in North and South Kivu.", ("UG", "CD")),
        ("About 500 Kenyan soldiers are deployed in Upper and Lower Juba.", ("KE", "SO")),
    ],
)
def test_the_second_of_an_elided_pair_of_provinces_is_placed(
    ex: Extractor, body: str, expected: tuple[str, str]
) -> None:
    assert expected in locs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "The Spanish frigate arrived in the Kenyan port of Mombasa on Monday.",
        "The Spanish frigate arrived in the port of Mombasa on Monday.",
    ],
)
def test_a_port_arrived_in_through_its_name_is_a_location(ex: Extractor, body: str) -> None:
    assert [c.location.name for c in run(ex, body) if c.location is not None] == ["Mombasa"]


def test_an_appeal_does_not_hide_forces_the_sentence_places(ex: Extractor) -> None:
    # (Syria: Lebanon is Hezbollah's home country, never a deployment location of its own)
    got = run(ex, "Hezbollah called for calm in Syria, where its fighters hold positions along the border.")
    assert ("hezbollah", "SY") in locs(got)
    assert ("wagner-group", "ML") in locs(run(ex, "Paris condemned the arrival of Wagner fighters in Mali."))


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("About 150 Turkish instructors arrived in the capital, Mogadishu, on Friday.", "Mogadishu"),
        ("About 150 Turkish instructors arrived in the Somali capital, Mogadishu, on Friday.", "Mogadishu"),
        ("About 150 Turkish marines landed in the port city Berbera.", "Berbera"),
        ("About 150 Turkish instructors were flown to the Somali capital last week.", "Mogadishu"),
    ],
)
def test_a_capital_or_port_in_apposition_is_the_place(ex: Extractor, body: str, place: str) -> None:
    got = [c for c in run(ex, body) if c.figure is not None]
    assert [(c.actor.code, c.location.name if c.location else None) for c in got] == [("TR", place)]


def test_in_the_vicinity_of_a_town_is_at_the_town(ex: Extractor) -> None:
    assert ("TD", "ML") in locs(run(ex, "About 600 Chadian troops are operating in the vicinity of Menaka."))


def test_each_count_keeps_the_place_named_with_it(ex: Extractor) -> None:
    body = "It said more than 7,000 Chadian fighters were sent to Libya in 2020, and that about 900 were sent to Sudan."
    claims = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert placed == {(7000, "LY"), (900, "SD")}


def test_aircraft_that_landed_arrived(ex: Extractor) -> None:
    body = "Spain has about 130 troops in Latvia.\n\nFour Spanish F-18s landed at Siauliai in Lithuania on Monday."
    claims = run(ex, body)
    assert ("ES", "equipment", 4) in figs(claims)
    assert ("ES", "LT") in locs(claims)
    body = "Spain has about 130 troops in Latvia.\n\nTwo Eurofighters landed at Amari on Monday."
    assert ("ES", "equipment", 2) in figs(run(ex, body))
    # fired things that landed are incoming fire, whose firer is not said
    body = "Spain has about 130 troops in Latvia.\n\nTwo rockets landed near the Spanish base on Monday."
    assert not any(c.figure for c in run(ex, body) if c.topic == "equipment")


def test_a_force_named_before_keeps_its_place_beside_partners_named_after_with(ex: Extractor) -> None:
    body = (
        "Canada's frigate HMCS Ville de Quebec sailed for the Mediterranean on Monday, the navy said. "
        "The ship will then join drills in the Aegean Sea alongside Greek and Italian warships."
    )
    claims = run(ex, body)
    assert ("CA", "Aegean Sea") in {(c.actor.code, c.location.name) for c in claims if c.location}
    assert not {c.actor.code for c in claims} & {"GR", "IT"}


def test_italian_troops_train_with_host_soldiers_in_the_host_country(ex: Extractor) -> None:
    claims = run(ex, "Italian troops arrived in Niger on Monday. The troops will train with Nigerien soldiers there.")
    assert ("IT", "NE") in locs(claims)
    assert "NE" not in {c.actor.code for c in claims}


@pytest.mark.parametrize("stay", ["had trained for about a month in", "were training at a camp in", "drilled in"])
def test_a_training_ground_counts_before_a_later_move(ex: Extractor, stay: str) -> None:
    body = f"Captured Chadian soldiers said their unit {stay} eastern Niger before being moved north."
    assert ("TD", "NE") in locs(run(ex, body))


@pytest.mark.parametrize("verb", ["had fought to help recapture", "retook", "helped liberate", "were retaking"])
def test_a_place_the_forces_retake_is_where_they_fight(ex: Extractor, verb: str) -> None:
    claims = run(ex, f"Kenya said its soldiers {verb} Somalia's Gedo region from the militants.")
    assert ("KE", "SO") in locs(claims)


@pytest.mark.parametrize(
    "body",
    [
        "Three Kenyan soldiers were killed and more than 40 service members injured in a one-way drone attack on a "
        "base in Somalia.",
        "Three Kenyan soldiers were killed in a one-way drone attack on a base in Somalia.",
        "On Jan. 28, 2024, a drone attack on a base in Somalia killed three Kenyan soldiers and wounded more than 40.",
    ],
)
def test_forces_killed_or_hurt_in_a_strike_were_where_it_hit(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.figure and c.location} == {"SO"}


def test_a_parenthesis_after_a_listed_place_keeps_the_list_going(ex: Extractor) -> None:
    claims = run(ex, "The Africa Corps also operates in Chad (about 1,000 personnel), Niger and Sudan.")
    assert locs(claims) == {("africa-corps", "TD"), ("africa-corps", "NE"), ("africa-corps", "SD")}
    assert {c.location.country_code for c in claims if c.figure} == {"TD"}


def test_forces_spread_across_a_country_are_there(ex: Extractor) -> None:
    assert locs(run(ex, "Chadian troops are deployed across Niger.")) == {("TD", "NE")}


def test_patrol_aircraft_flying_from_a_base_work_from_it(ex: Extractor) -> None:
    body = "Chadian patrol aircraft flying from Air Base 101 near Niamey watch the border."
    assert locs(run(ex, body)) == {("TD", "NE")}


def test_a_combined_count_beside_another_count_still_places_its_actors(ex: Extractor) -> None:
    body = "Chad had about 1,000 soldiers in Niger, alongside up to 2,000 Sudanese and Libyan fighters hired by Niger."
    claims = run(ex, body)
    got = locs(claims)
    assert ("TD", "NE") in got
    assert {c.actor.code for c in claims if c.location and c.location.country_code == "NE"} >= {
        "sd-fighters",
        "ly-fighters",
    }
    assert not any(v == 2000 for _, _, v in figs(claims))  # the combined count is no one's figure


def test_the_enemy_a_force_defeats_somewhere_does_not_take_the_place_from_it(ex: Extractor) -> None:
    got = locs(run(ex, "Kenyan soldiers had given vital help in defeating al-Shabaab units in the Gedo region."))
    assert ("KE", "SO") in got


def test_operating_from_a_place_is_where_the_force_is(ex: Extractor) -> None:
    got = run(ex, "North Korean troops are operating from Bryansk Oblast, the border service said.")
    assert ("KP", "RU") in locs(got)
    assert locs(run(ex, "The Iranian advisers flew from Tabriz to Minsk last week.")) == {("IR", "BY")}


def test_forces_seen_by_another_force_are_the_ones_placed(ex: Extractor) -> None:
    got = run(ex, "Ukrainian drones have spotted North Korean troops in Kherson Oblast.")
    assert ("KP", "UA") in locs(got)


def test_forces_seen_in_the_passive_stay_the_subject(ex: Extractor) -> None:
    got = run(ex, "Belarusian officers had been seen at Russian army camps near Bryansk, the report said.")
    assert ("BY", "RU") in locs(got)


def test_a_ship_that_shoots_down_a_drone_is_the_one_placed(ex: Extractor) -> None:
    got = run(ex, "Spain's frigate Cristobal Colon shot down a Houthi drone in the Gulf of Aden on Monday.")
    assert {(c.actor.code, c.location.name) for c in got if c.location} == {("ES", "Gulf of Aden")}


def test_a_delivery_to_a_states_army_is_placed_in_that_state(ex: Extractor) -> None:
    assert ("IR", "SD") in locs(run(ex, "Iran has supplied Mohajer-6 drones to Sudan's army since 2024."))
    assert ("IR", "SD") in locs(run(ex, "Iran has supplied Sudan's army with Mohajer-6 drones since 2024."))


def test_forces_killed_where_a_strike_hit_are_placed_there(ex: Extractor) -> None:
    body = "Two French soldiers were killed in a drone strike on their base in Gao, the army said."
    assert ("FR", "ML") in locs(run(ex, body))
    body = "Officials recalled the attack on a camp in Syria that killed four U.S. soldiers."
    assert ("US", "SY") in locs(run(ex, body))


@pytest.mark.parametrize("facility", ["the former Wagner base", "the ex-French camp", "the old Turkish garrison"])
def test_a_facility_named_after_its_former_holder_places_the_new_one(ex: Extractor, facility: str) -> None:
    claims = run(ex, f"Africa Corps fighters have moved into {facility} at Menaka, a local official said.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("africa-corps", "Menaka")}


@pytest.mark.parametrize(
    "body",
    [
        "Chadian forces are taking on a larger role in offensive operations in Niger.",
        "Chadian artillery helped repel a jihadist attack near Agadez.",
        "Chadian troops repulsed an assault near Agadez.",
    ],
)
def test_forces_are_where_they_fight_off_an_attack_or_conduct_operations(ex: Extractor, body: str) -> None:
    assert {code for code, _ in locs(run(ex, body))} == {"TD"}
    assert locs(run(ex, "Chadian jets struck targets near Agadez.")) == set()


def test_a_group_with_its_own_force_noun_joined_to_the_subject_is_placed_too(ex: Extractor) -> None:
    body = "Iranian engineers and Hezbollah instructors have been working with Syrian army units in Aleppo."
    assert {("IR", "SY"), ("hezbollah", "SY")} <= locs(run(ex, body))
    body = "Quds Force officers and Lebanese Hezbollah advisers were sent to Iraq last year, officials said."
    assert {("IR", "IQ"), ("hezbollah", "IQ")} <= locs(run(ex, body))
    body = "Iranian advisers met Hezbollah commanders in Syria."
    assert ("hezbollah", "SY") not in locs(run(ex, body))


def test_materiel_is_equipment_that_a_supply_places(ex: Extractor) -> None:
    body = "North Korea keeps shipping military materiel to Russia, officials said."
    assert ("KP", "RU") in locs(run(ex, body))


def test_a_base_that_hosts_forces_after_a_distance_apposition_is_their_place(ex: Extractor) -> None:
    body = "Camp Lemonnier, about 10 km south of the Gulf of Tadjoura, now hosts some 4,000 U.S. personnel."
    got = run(ex, body)
    assert ("US", "troops", 4000) in figs(got)
    assert ("US", "DJ") in locs(got)


def test_a_strike_that_caused_injuries_to_forces_places_them_at_its_target(ex: Extractor) -> None:
    body = "A rocket strike on Camp Lemonnier caused shrapnel injuries to 12 U.S. sailors, the Navy said."
    got = run(ex, body)
    assert ("US", "casualties", 12) in figs(got)
    assert ("US", "DJ") in locs(got)


def test_a_ship_that_fired_earlier_is_still_placed_where_it_now_is(ex: Extractor) -> None:
    body = "The British destroyer, which fired 20 missiles at Houthi drones in March, is now at Souda Bay in Crete."
    assert ("GB", "GR") in locs(run(ex, body))


def test_a_count_in_a_relative_clause_on_a_place_is_in_that_place(ex: Extractor) -> None:
    body = (
        "Spare parts were flown to Naples, while the heavier kit went by sea to Cyprus, which hosts about "
        "2,200 British troops at Akrotiri and Dhekelia."
    )
    got = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in got if c.figure and c.location}
    assert placed == {(2200, "CY")}


def test_the_place_a_battle_is_fought_for_is_where_the_forces_fought(ex: Extractor) -> None:
    body = "The Wagner chief said some 9,000 of his men had died in the battle for Soledar."
    got = run(ex, body)
    assert any(
        c.actor.code == "wagner-group" and c.figure is not None and c.figure.value == 9000 and c.location is not None
        and c.location.name == "Soledar"
        for c in got
    )  # fmt: skip
    # fighting for a state names a side, not a place
    body = "About 500 Chinese nationals are fighting for Russia, Kyiv said."
    assert not any(c.location is not None and c.location.country_code == "RU" for c in run(ex, body))


def test_forces_that_travelled_to_a_place_are_there(ex: Extractor) -> None:
    body = "A small team of Russian military advisers had travelled to Bangui in March, the officials said."
    assert ("RU", "CF") in locs(run(ex, body))
    body = "About 40 Turkish instructors flew to Mogadishu last week."
    assert ("TR", "SO") in locs(run(ex, body))
    # anyone else's journey stays a transit point or a visit's venue
    body = "The Russian defence minister travelled to Bangui in March to meet President Touadera."
    assert ("RU", "CF") not in locs(run(ex, body))
    body = "The Nepali recruits travelled to Moscow before they were sent to the front in Ukraine."
    assert not any(cc == "RU" for _, cc in locs(run(ex, body)))


def test_forces_named_alongside_are_there_too(ex: Extractor) -> None:
    body = "About 200 Dutch marines trained in northern Norway alongside British commandos last month."
    got = locs(run(ex, body))
    assert {("NL", "NO"), ("GB", "NO")} <= got
    body = (
        "Some 400 Spanish soldiers took part in an exercise in Latvia, training alongside Canadian and Latvian "
        "units."
    )
    got = locs(run(ex, body))
    assert {("ES", "LV"), ("CA", "LV")} <= got
    assert ("LV", "LV") not in got  # a host's own units are at home
    # officials beside forces are no forces; a place of another clause is not the partner's
    body = "About 150 French troops arrived in Estonia, where they were greeted alongside British officials."
    assert ("GB", "EE") not in locs(run(ex, body))
    body = (
        "Some 300 U.S. soldiers will join an exercise in Lithuania in June, the general said, and a tank platoon "
        "will train alongside Polish units in Poland."
    )
    assert ("PL", "LT") not in locs(run(ex, body))


def test_a_countrys_name_before_a_contingent_posted_there_names_the_place(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps now has about 2,000 personnel in Mali, analysts said. "
        "The Niger contingent, based at a base near Agadez in the north, has grown to about 150. "
        "In Chad, fewer than 100 personnel guard the airport."
    )
    got = run(ex, body)
    assert {("africa-corps", "troops", 150), ("africa-corps", "troops", 100)} <= figs(got)
    assert {("africa-corps", "NE"), ("africa-corps", "TD")} <= locs(got)
    assert not any(c.actor.code == "NE" for c in got)
    # a contingent posted abroad is still its state's
    body = "The Chad contingent in Kidal numbers about 1,400 soldiers."
    assert ("TD", "troops", 1400) in figs(run(ex, body))


def test_aircraft_named_by_model_that_moved_are_placed(ex: Extractor) -> None:
    body = (
        "Four U.S. bombers landed at RAF Fairford, the Air Force said. "
        "During the previous rotation, in January, B-52s deployed to Mihail Kogalniceanu Air Base in Romania."
    )
    got = run(ex, body)
    assert ("US", "RO") in locs(got)
    assert any(c.location and c.location.country_code == "RO" and c.topic == "equipment" for c in got)


def test_a_where_clause_after_a_place_of_a_noun_places_the_forces(ex: Extractor) -> None:
    body = (
        "The lesson of Tinzaouaten, where Wagner lost dozens of men in 2024, is that small garrisons far from "
        "Bamako are vulnerable."
    )
    assert ("wagner-group", "ML") in locs(run(ex, body))
    # a where clause that moves no forces places none
    body = "The memory of Kidal, where the junta held talks in 2023, shapes Wagner policy."
    assert not locs(run(ex, body))


def test_respectively_pairs_counts_and_places_in_order(ex: Extractor) -> None:
    body = "Canada will send 300 and 120 soldiers to Latvia and Poland respectively this autumn."
    got = run(ex, body)
    assert _placed(got, 300) == {("CA", "LV")}
    assert _placed(got, 120) == {("CA", "PL")}
    body = (
        "The Netherlands is sending 600 troops, including 350 and 250 air defence soldiers to Lithuania and Romania "
        "respectively."
    )
    got = run(ex, body)
    assert _placed(got, 350) == {("NL", "LT")}
    assert _placed(got, 250) == {("NL", "RO")}


def test_without_respectively_the_counts_keep_the_first_place(ex: Extractor) -> None:
    body = "Canada sent 300 and 120 soldiers to Latvia and Poland last year."
    got = run(ex, body)
    assert _placed(got, 120) != {("CA", "PL")}


def test_a_place_deployed_to_stays_a_location_when_troops_move_inside_it(ex: Extractor) -> None:
    body = "French troops were deployed to Romania and moved into new barracks near Cincu."
    assert ("FR", "RO") in locs(run(ex, body))


def test_forces_split_between_places_are_in_each(ex: Extractor) -> None:
    body = "About 1,200 Spanish troops are divided between Latvia and Slovakia."
    assert {("ES", "LV"), ("ES", "SK")} <= locs(run(ex, body))
    body = "The Canadian brigade is split between Latvia, Estonia and Poland."
    assert {("CA", "LV"), ("CA", "EE"), ("CA", "PL")} <= locs(run(ex, body))
    # talks between two states place no one
    body = "Talks between Poland and Lithuania on the Canadian brigade continued."
    assert locs(run(ex, body)) == set()


def test_troops_deployed_to_a_base_in_a_compass_part_are_still_placed(ex: Extractor) -> None:
    body = "About 300 Syrian troops were deployed to a base in northern Iraq last month."
    assert ("SY", "IQ") in locs(run(ex, body))


def test_forces_training_on_grounds_are_still_placed_there(ex: Extractor) -> None:
    body = "About 1,000 North Korean troops are drilling at training grounds in Primorsky Krai."
    assert ("KP", "RU") in locs(run(ex, body))


def test_supplies_handed_to_an_armed_group_are_received_in_its_home_country(ex: Extractor) -> None:
    body = "Investigators said the Wagner Group had supplied the RSF with anti-tank missiles from a depot in Chad."
    assert ("wagner-group", "SD") in locs(run(ex, body))
    body = "Wagner Group transport planes were ferrying ammunition to Sudan's paramilitary RSF, a UN panel said."
    assert ("wagner-group", "SD") in locs(run(ex, body))
    body = "The Wagner Group has been delivering spare parts to al-Shabaab, according to a confidential report."
    assert ("wagner-group", "SO") in locs(run(ex, body))


def test_coordinated_hosts_with_a_plural_verb_each_host_the_forces(ex: Extractor) -> None:
    body = "Chad and Niger host small contingents of Russian military instructors, diplomats said."
    got = locs(run(ex, body))
    assert {("RU", "TD"), ("RU", "NE")} <= got
    assert not any(code in ("TD", "NE") for code, _ in got)  # the hosts own none of the forces
    body = "Djibouti, Somalia and Kenya host Turkish troops."
    assert {("TR", "DJ"), ("TR", "SO"), ("TR", "KE")} <= locs(run(ex, body))
    # a relative clause after the coordinated hosts says the same
    body = "Ghana and Togo, which host small groups of French military advisers, say the mission will continue."
    assert {("FR", "GH"), ("FR", "TG")} <= locs(run(ex, body))


def test_a_relative_clause_taking_over_something_else_places_no_forces(ex: Extractor) -> None:
    body = "Russia, which took over the chair of the talks in Geneva last year, has about 300 soldiers in Syria."
    got = locs(run(ex, body))
    assert ("RU", "SY") in got
    assert ("RU", "CH") not in got


def test_both_states_of_a_joint_subject_are_placed_where_the_count_goes(ex: Extractor) -> None:
    body = "Spain and Italy will deploy 3,000 soldiers to Lebanon next month, the ministries said."
    got = locs(run(ex, body))
    assert ("ES", "LB") in got
    assert ("IT", "LB") in got
    body = "Norway and Denmark have agreed to send about 400 troops into Latvia after the exercise."
    got = locs(run(ex, body))
    assert ("NO", "LV") in got
    assert ("DK", "LV") in got


def test_units_named_at_a_place_without_serving_in_them_keep_the_place(ex: Extractor) -> None:
    # the place is where the units struck are, not the count's
    body = "Ukrainian drones hit Russian units in Kursk Oblast, killing 20 North Korean soldiers."
    assert ("KP", "RU") not in locs(run(ex, body))


def test_contributors_named_only_by_a_unit_are_where_the_counted_ones_are(ex: Extractor) -> None:
    body = (
        "The battlegroup in Estonia counts some 900 British soldiers, about 200 Danes and 150 French, "
        "with smaller Icelandic and Polish detachments, officials said."
    )
    got = locs(run(ex, body))
    assert ("IS", "EE") in got
    assert ("PL", "EE") in got
    body = "Germany sent 500 soldiers to Mali, about 120 from Austria and a Slovenian engineering company."
    assert ("SI", "ML") in locs(run(ex, body))


def test_a_unit_of_a_state_in_another_clause_is_not_placed(ex: Extractor) -> None:
    # the unit's own place follows it: not where the count was put
    body = "Germany sent 500 soldiers to Mali, and a Dutch unit in Niger stayed behind."
    assert ("NL", "ML") not in locs(run(ex, body))


def test_a_states_company_trained_or_deployed_somewhere_is_a_force(ex: Extractor) -> None:
    body = "A Dutch company trained in Estonia during a spring exercise in 2024."
    assert ("NL", "EE") in locs(run(ex, body))
    body = "A Polish mechanised company was deployed to Latvia last year."
    assert ("PL", "LV") in locs(run(ex, body))


def test_a_groups_own_use_as_subject_still_places_it(ex: Extractor) -> None:
    body = "Wagner's use of armed drones in Mali has grown since the spring."
    assert ("wagner-group", "ML") in locs(run(ex, body))


def test_two_groups_joined_before_one_force_noun_are_both_placed(ex: Extractor) -> None:
    body = (
        "The Africa Corps has about 3,000 personnel on the continent.\n\n"
        "In Mozambique, the joint Wagner and Africa Corps presence is estimated at several hundred."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "MZ") in got
    assert ("wagner-group", "MZ") in got


def test_a_bounded_count_delivered_to_a_states_army_is_in_that_state(ex: Extractor) -> None:
    body = "Turkey has delivered at least 18 Bayraktar drones to Niger's army since March."
    assert ("TR", "NE") in locs(run(ex, body))


def test_an_introductory_place_before_a_count_and_a_trailing_speaker_is_where_the_forces_are(ex: Extractor) -> None:
    body = "In Kuwait, the US presence has grown to about 13,000 personnel, a Pentagon official said."
    got = run(ex, body)
    assert ("US", "troops", 13000) in figs(got)
    assert ("US", "KW") in locs(got)
    # a statement that names another place keeps the introductory place as its venue
    body = "In Brussels, Spain has 600 soldiers in Latvia, the minister said."
    assert ("ES", "BE") not in locs(run(ex, body))


def test_the_country_a_panel_is_named_for_is_the_country_it_counts_forces_in(ex: Extractor) -> None:
    body = (
        "Flights from Benghazi to Niamey have doubled, a diplomat said.\n\n"
        "The UN Panel of Experts on Mali said it had counted about 1,500 Africa Corps personnel in the country."
    )
    got = run(ex, body)
    assert ("africa-corps", "ML") in locs(got)
    assert ("africa-corps", "NE") not in locs(got)


def test_a_target_described_in_apposition_is_where_the_victims_were(ex: Extractor) -> None:
    body = "A drone attack on al-Tanf, a US outpost in Syria, wounded four US soldiers on Sunday."
    assert ("US", "SY") in locs(run(ex, body))
    # the striker is not placed at its target
    body = "A US strike on Hodeidah, a Houthi-held port, killed 30 Houthi fighters."
    assert ("US", "YE") not in locs(run(ex, body))


def test_forces_rotating_through_a_place_are_based_there(ex: Extractor) -> None:
    body = "Some 300 Dutch soldiers will rotate through Rukla in Lithuania this year."
    assert ("NL", "LT") in locs(run(ex, body))
    # a convoy passing through a town is in transit
    body = "A Dutch army convoy passed through Rukla on its way to Vilnius."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("NL", "Rukla") not in got


def test_supplies_handed_to_a_states_army_are_placed_in_that_state(ex: Extractor) -> None:
    got = run(ex, "Turkey delivered 30 armoured vehicles to Somalia's army last week.")
    assert ("TR", "SO") in locs(got)
    assert not locs(run(ex, "Turkey praised Somalia's army for its courage."))


def test_an_introductory_place_stays_when_the_forces_are_there(ex: Extractor) -> None:
    body = "In Havana, the Peruvian patrol ship BAP Guise docked on Monday with 80 sailors aboard, Peru's navy said."
    assert ("PE", "CU") in locs(run(ex, body))


def test_a_relative_clause_of_planned_arrival_places_the_forces(ex: Extractor) -> None:
    body = "Jordan will deploy 12 more military observers, who are expected in Juba next month, the U.N. said."
    assert locs(run(ex, body)) == {("JO", "SS")}


def test_places_left_to_the_forces_as_their_last_footholds_are_where_they_stay(ex: Extractor) -> None:
    body = "British troops left Mali last year, leaving Niger and Chad as London's only bases in the Sahel."
    got = locs(run(ex, body))
    assert ("GB", "NE") in got
    assert ("GB", "TD") in got
    # a place left is still no deployment
    assert ("GB", "NE") not in locs(run(ex, "British troops were leaving Niger on Monday, officials said."))


def test_a_site_described_as_home_to_a_command_that_hosts_forces_is_where_they_are(ex: Extractor) -> None:
    body = "Camp Lemonnier, home to the U.S. Africa Command task force, houses about 4,100 American personnel."
    got = run(ex, body)
    assert ("US", "troops", 4100) in figs(got)
    assert ("US", "DJ") in locs(got)


def test_a_where_clause_that_deploys_its_own_forces_places_them_too(ex: Extractor) -> None:
    body = "Some 250 Belgian soldiers will remain in Estonia, where Britain has stationed a battlegroup since 2017."
    got = locs(run(ex, body))
    assert ("BE", "EE") in got and ("GB", "EE") in got
    # a clause of talks moves no forces there
    body = "Some 250 Belgian soldiers will remain in Estonia, where Britain has hosted talks on cyber security."
    assert ("GB", "EE") not in locs(run(ex, body))


def test_a_share_placed_inside_the_whole_keeps_the_wholes_place(ex: Extractor) -> None:
    got = run(ex, "Roughly 5,000 Rwandan troops are in Congo, most of them in Goma.")
    assert _placed(got, 5000) == {("RW", "CD")}
    assert {c.location.name for c in got if c.location and c.figure is None} == {"Goma"}


def test_a_place_named_twice_with_a_count_is_claimed_once(ex: Extractor) -> None:
    got = run(ex, "Kuwait: Some 4,700 US troops are in Kuwait, including at Ali Al Salem Air Base.")
    assert _placed(got, 4700) == {("US", "KW")}
    assert [c.figure is not None for c in got if c.location and c.location.name == "Kuwait"] == [True]


@pytest.mark.parametrize(
    "body",
    [
        "In Niger, France has around 400 soldiers, and in Burkina Faso about 150.",
        "France has around 400 soldiers in Niger, and in Burkina Faso about 150.",
    ],
)
def test_a_place_set_before_a_bare_count_is_that_counts_place(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert figs(claims) == {("FR", "troops", 400), ("FR", "troops", 150)}
    assert _placed(claims, 400) == {("FR", "NE")}
    assert _placed(claims, 150) == {("FR", "BF")}


def test_a_state_that_keeps_or_opened_a_base_abroad_is_there(ex: Extractor) -> None:
    assert ("IN", "MU") in locs(run(ex, "India keeps a small naval base in Mauritius, officials said."))
    body = "Italy opened a base in Djibouti in 2013. Spain has kept a small logistics base in the country since 2016."
    assert ("ES", "DJ") in locs(run(ex, body))
    # the state the relative clause is on keeps it, though the sentence goes on to what it said
    body = (
        "Italy opened a base in Djibouti in 2013. Spain, which has kept a small logistics base in the country since "
        "2016, said it was monitoring the Italian build-up carefully."
    )
    assert ("ES", "DJ") in locs(run(ex, body))


def test_a_departure_point_where_the_actor_keeps_its_hub_is_where_it_is(ex: Extractor) -> None:
    body = "The transport plane flew into Bangui from Bamako, where the Wagner Group keeps its regional supply hub."
    assert ("wagner-group", "ML") in locs(run(ex, body))
    # a past stay there is still only where the move set out from
    body = "The Wagner Group fighters flew to Bangui from Bamako, where they had trained for months."
    assert ("wagner-group", "ML") not in locs(run(ex, body))
    # nor a drawdown there
    body = "The planes took off from Bamako, where the Wagner Group has been scaling back its presence."
    assert ("wagner-group", "ML") not in locs(run(ex, body))


def test_a_state_fleet_or_command_headquartered_abroad_places_its_forces(ex: Extractor) -> None:
    # a standing fleet's or command's seat abroad is where that state's forces are
    assert ("FR", "CI") in locs(run(ex, "The French 3rd Fleet is headquartered in Abidjan, officials said."))
    assert ("US", "DJ") in locs(run(ex, "The U.S. 4th Fleet's forward headquarters is at Camp Lemonnier in Djibouti."))
    # the host names the guest command; its capacity does not undo the command's presence
    body = "Djibouti's Camp Lemonnier hosts the regional headquarters of U.S. Africa Command and can house 900 troops."
    assert locs(run(ex, body)) == {("US", "DJ")}
    # a base that serves as a command's headquarters is where the command's state has forces
    body = "Oman's Thumrait Air Base, which lies far inland, serves as the forward headquarters for U.S. Ninth Command."
    assert locs(run(ex, body)) == {("US", "OM")}
    # a meeting at a headquarters is still a venue
    assert not locs(run(ex, "Generals from Kenya met at the headquarters of the African Union in Addis Ababa."))


def test_an_alliance_command_seat_stays_no_deployment(ex: Extractor) -> None:
    # the seat rule is for a state's fleet or command abroad; an alliance's command seat is no deployment
    assert not locs(run(ex, "NATO's Allied Maritime Command is headquartered in Northwood."))
    assert not locs(run(ex, "Brunssum serves as the headquarters of NATO's Allied Joint Force Command."))


def test_a_place_named_with_who_holds_it_is_still_governed_by_its_preposition(ex: Extractor) -> None:
    assert ("TR", "SY") in locs(run(ex, "Turkey has sent 500 commandos to rebel-held Idlib, the ministry said."))
    assert ("IR", "YE") in locs(run(ex, "About 200 Iranian advisers are now stationed in Houthi-controlled Yemen."))


def test_supplies_delivered_to_a_states_army_are_received_in_that_state(ex: Extractor) -> None:
    claims = run(ex, "Turkey has delivered at least 24 armed drones to the Malian army since 2029, a report said.")
    assert figs(claims) == {("TR", "equipment", 24)}
    assert _placed(claims, 24) == {("TR", "ML")}


def test_the_figure_for_a_place_counts_the_forces_there(ex: Extractor) -> None:
    claims = run(ex, "The ministry said the figure for Kosovo is about 380 Austrian soldiers.")
    assert figs(claims) == {("AT", "troops", 380)}
    assert _placed(claims, 380) == {("AT", "XK")}


def test_a_force_in_a_place_opening_a_reported_sentence_is_placed_there(ex: Extractor) -> None:
    # "The force in X, he said, ...": the subject's place, not an introductory venue of the statement
    claims = run(ex, "France has about 3,000 troops in Mali. The force in Chad, he said, numbers about 1,000 soldiers.")
    assert _placed(claims, 1000) == {("FR", "TD")}


def test_a_front_that_remained_the_main_place_of_fighting_places_the_forces(ex: Extractor) -> None:
    body = "Observers said the Idlib front remained the main place where Turkish commandos saw combat last year."
    assert locs(run(ex, body)) == {("TR", "SY")}


def test_forces_that_will_go_to_a_place_are_placed_there(ex: Extractor) -> None:
    # "go to" is a move like "be sent to": the expected destination counts (the guide's "expected to arrive in")
    body = (
        "The Pentagon said it would send about 1,700 more troops to the Middle East. Officials said most of them "
        "were expected to go to Qatar and Bahrain."
    )
    assert {("US", "QA"), ("US", "BH")} <= locs(run(ex, body))


def test_a_count_in_a_contrasting_clause_takes_that_clause_place(ex: Extractor) -> None:
    body = "Belarusian troops are in Luhansk Oblast, while about 700 soldiers were training near Rostov."
    got = run(ex, body)
    assert placed_names(got, 700) == {"Rostov-on-Don"}


def test_a_place_named_as_an_adjective_of_a_deployment_is_where_it_is(ex: Extractor) -> None:
    body = "Officials in Kyiv said the Belarusian Bryansk contingent now numbers about 2,300, up from 900 in May."
    got = run(ex, body)
    assert placed_names(got, 2300) == {"Bryansk"}


@pytest.mark.parametrize(
    "body",
    [
        # the strike told first, then ", killing N" of the actor's forces: the victims were at the struck place
        "In May 2022, a rocket hit a logistics camp in Niger, killing two Italian soldiers and wounding several.",
        # the victims told first, then "when a ... struck" the place
        "Five Italian soldiers were wounded when a rocket struck their camp in Niger, the army said.",
    ],
)
def test_forces_killed_or_wounded_in_a_strike_on_a_place_were_there(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == {("IT", "NE")}


def test_rotating_a_unit_through_a_place_bases_it_there(ex: Extractor) -> None:
    # "rotates a company through X": based there by turns, with the unit between the verb and "through" (no transit);
    # the state of a relative clause "X, which has rotated ... through Y, said" owns that place
    body = (
        "Belgium, which rotated one tank company after another through Romania from 2031, said its soldiers "
        "would go home."
    )
    assert ("BE", "RO") in locs(run(ex, body))
    body = (
        "Who else is there?\n\nAbout 250 Swedish soldiers serve in Latvia, officials in Riga said. The Danish army "
        "rotates a battery of eight rocket launchers through the country twice a year, Latvian officers say."
    )
    assert ("DK", "LV") in locs(run(ex, body))


def test_a_formation_raised_to_a_count_is_where_the_phrase_puts_it(ex: Extractor) -> None:
    body = "Austria keeps 300 soldiers in Kosovo and will enlarge its battalion in Bosnia to about 450 troops."
    assert placed_names(run(ex, body), 450) == {"Bosnia and Herzegovina"}


def test_a_site_outside_a_town_is_by_that_town_but_outside_a_country_is_not_in_it(ex: Extractor) -> None:
    body = "About 400 Belarusian soldiers have trained since May at a range outside Pskov, officials said."
    assert ("BY", "RU") in locs(run(ex, body))
    body = "About 300 Belarusian engineers are now working outside Russia, the ministry said."
    assert ("BY", "RU") not in locs(run(ex, body))
    body = "Two Belarusian transport jets took off from Pulkovo airport outside St Petersburg for Minsk."
    assert ("BY", "RU") not in locs(run(ex, body))


def test_each_item_of_a_semicolon_list_is_placed_by_its_own_places(ex: Extractor) -> None:
    # "A with N in P; B, with M in Q; and C, with K in R": a place of one item is no place of another item's actor
    body = (
        "Ranked by size, the spring's contingents were Canada, with about 2,300 soldiers in Latvia; Spain, with 700 "
        "in Slovakia; and Norway, with some 400 in Lithuania."
    )
    got = placements(run(ex, body))
    assert {("CA", 2300, "Latvia"), ("ES", 700, "Slovakia"), ("NO", 400, "Lithuania")} <= got
    assert {(a, p) for a, _, p in got} == {("CA", "Latvia"), ("ES", "Slovakia"), ("NO", "Lithuania")}


def test_beside_a_place_and_its_named_site_place_forces_there(ex: Extractor) -> None:
    assert placed_names(run(ex, "Roughly 90 Japanese troops are stationed at a base beside Juba airport."), 90) == {
        "Juba"
    }
    claims = run(ex, "Roughly 90 Japanese troops are stationed near Juba's international airport.")
    assert placed_names(claims, 90) == {"Juba"}


def test_forces_that_launch_from_a_place_are_there(ex: Extractor) -> None:
    claims = run(ex, "Belarusian soldiers help Russian units launch the drones from Kursk Oblast.")
    assert locs(claims) == {("BY", "RU")}


def test_a_battlegroup_named_by_its_hosts_adjective_is_in_that_country(ex: Extractor) -> None:
    # battlegroups are named after the state that hosts them, so a share of one is in that state
    claims = run(ex, "Spain, which keeps a company of about 250 soldiers in the Latvian battlegroup, will send more.")
    assert locs(claims) == {("ES", "LV")}
