"""Extraction rules learned from the misses of held-out set 28 (a group at home, the media a group runs, ...).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_place_inside_a_groups_home_country_is_no_location(ex: Extractor) -> None:
    body = "Houthi fighters have massed near Hodeidah in recent weeks, local officials said."
    assert ("houthis", "YE") not in locs(run(ex, body))
    body = "Hezbollah has moved about 2,000 fighters to Tyre and to Syria, Israeli officials said."
    got = run(ex, body)
    assert ("hezbollah", "LB") not in locs(got)
    assert ("hezbollah", "SY") in locs(got)


def test_the_media_a_group_runs_report_the_groups_own_losses(ex: Extractor) -> None:
    body = "Hezbollah-run television reported the deaths of 14 fighters in clashes near the border on Sunday."
    assert figs(run(ex, body)) == {("hezbollah", "casualties", 14)}
    body = "Houthi-controlled media said 9 fighters were killed in clashes with government troops."
    assert figs(run(ex, body)) == {("houthis", "casualties", 9)}
    body = "About 300 soldiers guard Houthi-held territory near the coast."
    assert not any(a == "houthis" for a, _, _ in figs(run(ex, body)))


def test_the_people_a_cause_stands_with_are_not_placed(ex: Extractor) -> None:
    body = "Hezbollah fighters were sent south in solidarity with Palestinians in Gaza, the group said."
    assert ("hezbollah", "PS") not in locs(run(ex, body))
    body = "Houthi forces were moved to Saudi Arabia in solidarity with the people of Gaza, a spokesman said."
    got = locs(run(ex, body))
    assert ("houthis", "PS") not in got
    assert ("houthis", "SA") in got


def test_the_country_after_a_countrys_own_rulers_is_that_country(ex: Extractor) -> None:
    body = "Wagner fighters arrived in Libya in 2019. Mali's junta says 1,000 Wagner troops are now in the country."
    assert ("wagner-group", "ML") in locs(run(ex, body))
    body = (
        "Wagner fighters arrived in the Central African Republic in 2018. "
        "Russia's ambassador said 1,890 Wagner instructors were in the country."
    )
    got = locs(run(ex, body))
    assert ("wagner-group", "CF") in got
    assert ("wagner-group", "RU") not in got


def test_a_place_inside_an_armed_groups_name_is_no_place(ex: Extractor) -> None:
    body = "A rocket fired by the Islamic Resistance in Iraq wounded five U.S. soldiers at a base in Syria."
    got = run(ex, body)
    assert ("US", "IQ") not in locs(got)
    assert ("US", "SY") in locs(got)
    body = "The European Union Training Mission in Mali has 600 troops."
    assert ("eutm-mali", "ML") in locs(run(ex, body))


def test_seized_cargo_belongs_to_its_shipper_not_the_seizer(ex: Extractor) -> None:
    body = "The British navy seized three Iranian arms shipments off Oman, including parts for about 90 missiles."
    assert figs(run(ex, body)) == {("IR", "equipment", 90)}
    body = "French sailors intercepted a dhow carrying 25 drones, which officials judged to be of Iranian origin."
    assert figs(run(ex, body)) == {("IR", "equipment", 25)}


def test_a_countrys_factions_before_which_own_the_count_in_the_clause(ex: Extractor) -> None:
    body = "The Syrian factions, which monitors say field about 40,000 men, have avoided clashes with Turkish forces."
    assert figs(run(ex, body)) == {("sy-militias", "troops", 40000)}
    body = "The Libyan armed factions, which together number some 25,000 men, met U.S. envoys in Rome."
    assert figs(run(ex, body)) == {("ly-militias", "troops", 25000)}


def test_mercenaries_counted_after_a_rebel_attack_are_the_hired_group(ex: Extractor) -> None:
    body = "JNIM fighters ambushed a Wagner convoy near Gao in May. The insurgents said 31 of the mercenaries died."
    assert figs(run(ex, body)) == {("wagner-group", "casualties", 31)}
    body = "JNIM fighters ambushed a convoy near Gao in May. The insurgents said 31 mercenaries died."
    assert not any(a == "jnim" for a, _, _ in figs(run(ex, body)))


def test_federal_before_a_country_keeps_it_the_prepositions_object(ex: Extractor) -> None:
    body = "France finished its pullout from federal Somalia, bringing its troop numbers in the region to about 400."
    assert figs(run(ex, body)) == {("FR", "troops", 400)}
    body = "About 2,000 Turkish troops are deployed in federal Iraq, officials said."
    assert locs(run(ex, body)) == {("TR", "IQ")}


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


def test_a_concession_clause_neither_owns_nor_places_the_main_clauses_forces(ex: Extractor) -> None:
    body = "Iran keeps sending drones to Russia, despite Russia building its own at a plant in Tatarstan."
    got = run(ex, body)
    assert ("IR", "RU") in locs(got)
    assert not any(c.location is not None and c.location.name != "Russia" for c in got if c.actor.code == "IR")
    body = "Belarus has sent 300 engineers to Russia, although Moscow has built new barracks in Kursk."
    got = run(ex, body)
    assert ("BY", "troops", 300) in figs(got)
    assert not any(c.location is not None and c.location.admin1 == "Kursk" for c in got)


def test_where_a_cargo_was_intercepted_is_no_place_of_its_owner(ex: Extractor) -> None:
    body = "A boat intercepted off Somalia was carrying parts for 25 Iranian drones, the navy said."
    got = run(ex, body)
    assert ("IR", "equipment", 25) in figs(got)
    assert ("IR", "SO") not in locs(got)


def test_a_reflexive_after_the_antecedent_keeps_the_relative_clause_its_own(ex: Extractor) -> None:
    body = (
        "The Houthis have fired dozens of missiles this year. "
        "And Iran itself, which has about 2,000 advisers in Iraq, says it will keep them there."
    )
    got = run(ex, body)
    assert ("IR", "troops", 2000) in figs(got)
    assert ("IR", "IQ") in locs(got)
    assert ("houthis", "IQ") not in locs(got)


def test_a_successor_group_takes_over_where_the_replaced_one_is(ex: Extractor) -> None:
    body = "In Mali, Wagner's roughly 2,000 men are now due to be replaced by the Africa Corps by the end of the year."
    got = run(ex, body)
    assert ("wagner-group", "troops", 2000) in figs(got)
    assert {("wagner-group", "ML"), ("africa-corps", "ML")} <= locs(got)


def test_a_base_that_hosts_forces_after_a_distance_apposition_is_their_place(ex: Extractor) -> None:
    body = "Camp Lemonnier, about 10 km south of the Gulf of Tadjoura, now hosts some 4,000 U.S. personnel."
    got = run(ex, body)
    assert ("US", "troops", 4000) in figs(got)
    assert ("US", "DJ") in locs(got)


def test_weapons_handled_by_a_sponsors_personnel_are_its_groups(ex: Extractor) -> None:
    body = (
        "The Africa Corps has sent about 200 more instructors to Mali. "
        "Footage showed Russian soldiers unloading three Mi-8 helicopters at the airport on Friday."
    )
    assert ("africa-corps", "equipment", 3) in figs(run(ex, body))


def test_a_strike_that_caused_injuries_to_forces_places_them_at_its_target(ex: Extractor) -> None:
    body = "A rocket strike on Camp Lemonnier caused shrapnel injuries to 12 U.S. sailors, the Navy said."
    got = run(ex, body)
    assert ("US", "casualties", 12) in figs(got)
    assert ("US", "DJ") in locs(got)
