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


def test_where_a_cargo_was_intercepted_is_no_place_of_its_owner(ex: Extractor) -> None:
    body = "A boat intercepted off Somalia was carrying parts for 25 Iranian drones, the navy said."
    got = run(ex, body)
    assert ("IR", "equipment", 25) in figs(got)
    assert ("IR", "SO") not in locs(got)


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
