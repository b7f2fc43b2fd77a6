"""Extraction rules from the tenth session's probes: forms a wire story uses that no rule read before.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_whose_makes_the_antecedent_the_owner_of_the_count(ex: Extractor) -> None:
    body = "The Africa Corps replaced Wagner, whose 1,800 fighters had been in Mali since 2021."
    assert ("wagner-group", "troops", 1800) in figs(run(ex, body))
    body = "Nairobi, whose 350 police officers reached Port-au-Prince in June, pledged more."
    assert ("KE", "troops", 350) in figs(run(ex, body))


def test_whose_with_an_actor_of_its_own_keeps_that_actor(ex: Extractor) -> None:
    body = "Russia thanked Pyongyang, whose ally Belarus sent 120 Belarusian instructors to Mali."
    assert ("BY", "troops", 120) in figs(run(ex, body))


def test_a_count_apart_from_volunteers_named_by_demonym_counts_those_nationals(ex: Extractor) -> None:
    body = "Georgian volunteers, numbering about 400, are fighting for Ukraine near Kupiansk, their commander said."
    assert ("ge-fighters", "troops", 400) in figs(run(ex, body))


def test_a_count_apart_from_a_state_force_stays_the_state(ex: Extractor) -> None:
    body = "Polish troops, numbering about 400, are training in Lithuania, the ministry said."
    assert ("PL", "troops", 400) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "Officials said it was unlikely that Tehran would send troops to Yemen.",
        "Analysts think Beijing is unlikely to deploy soldiers to Myanmar.",
    ],
)
def test_an_unlikely_move_is_no_location(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == set()


def test_no_sign_that_is_a_negative_finding(ex: Extractor) -> None:
    got = run(ex, "Patrols found no sign that Belarusian troops had entered Volyn Oblast.")
    assert locs(got) == set()
    assert any(c.denied and c.location is not None for c in got)


def test_operating_from_a_place_is_where_the_force_is(ex: Extractor) -> None:
    got = run(ex, "North Korean troops are operating from Bryansk Oblast, the border service said.")
    assert ("KP", "RU") in locs(got)
    assert locs(run(ex, "The Iranian advisers flew from Tabriz to Minsk last week.")) == {("IR", "BY")}


def test_former_soldiers_beside_an_armed_group_are_nationals(ex: Extractor) -> None:
    body = "About 150 Peruvian former soldiers are fighting alongside the paramilitary RSF in Darfur, the report said."
    assert ("pe-fighters", "troops", 150) in figs(run(ex, body))
    body = "About 150 Peruvian soldiers are training with the Brazilian army in Manaus."
    assert ("PE", "troops", 150) in figs(run(ex, body))


def test_the_crew_of_a_dhow_or_trawler_is_no_force(ex: Extractor) -> None:
    body = "The navy stopped a trawler off Socotra. Its 11 crew members, all Somali nationals, were detained."
    assert figs(run(ex, body)) == set()


def test_where_recruits_signed_up_or_a_firm_is_registered_is_no_location(ex: Extractor) -> None:
    body = "Most Nepali recruits signed contracts at recruitment centres in Rostov-on-Don, the report said."
    assert locs(run(ex, body)) == set()
    body = "The Kenyan guards were hired by a company registered in Cyprus, the report said."
    assert locs(run(ex, body)) == set()


def test_cargo_carried_across_a_sea_is_in_transit(ex: Extractor) -> None:
    got = run(ex, "The Iranian missiles were shipped across the Caspian Sea and unloaded in Dagestan.")
    assert ("IR", "RU") in locs(got)
    assert not any(c.location is not None and c.location.country_code is None for c in got)


def test_a_year_before_that_does_not_hide_the_clause_subject(ex: Extractor) -> None:
    body = "Investigators said in 2021 that the Wagner Group kept about 2,000 fighters in Mali."
    assert ("wagner-group", "troops", 2000) in figs(run(ex, body))


def test_there_does_not_mean_a_neighbour_named_as_a_border(ex: Extractor) -> None:
    body = (
        "Analysts described a new airstrip in Niger close to the borders with Chad and Libya. "
        "Turkish drones were seen there on Monday."
    )
    assert ("TR", "LY") not in locs(run(ex, body))


def test_forces_seen_by_another_force_are_the_ones_placed(ex: Extractor) -> None:
    got = run(ex, "Ukrainian drones have spotted North Korean troops in Kherson Oblast.")
    assert ("KP", "UA") in locs(got)


def test_forces_seen_in_the_passive_stay_the_subject(ex: Extractor) -> None:
    got = run(ex, "Belarusian officers had been seen at Russian army camps near Bryansk, the report said.")
    assert ("BY", "RU") in locs(got)


def test_a_ship_that_shoots_down_a_drone_is_the_one_placed(ex: Extractor) -> None:
    got = run(ex, "Spain's frigate Cristobal Colon shot down a Houthi drone in the Gulf of Aden on Monday.")
    assert {(c.actor.code, c.location.name) for c in got if c.location} == {("ES", "Gulf of Aden")}


def test_most_of_them_are_the_forces_the_item_is_about(ex: Extractor) -> None:
    body = (
        "Pyongyang has sent about 300 Koksan guns to Russia. "
        "Most of them are deployed with Russian units in Luhansk Oblast, the agency said."
    )
    assert ("KP", "UA") in locs(run(ex, body))


def test_the_new_arrivals_are_the_forces_counted_before(ex: Extractor) -> None:
    body = "North Korea moved about 2,000 troops to Kursk Oblast. The new arrivals trained in Primorsky Krai first."
    got = run(ex, body)
    assert any(c.actor.code == "KP" and c.location and c.location.admin1 == "Primorsky Krai" for c in got)


def test_a_delivery_to_a_states_army_is_placed_in_that_state(ex: Extractor) -> None:
    assert ("IR", "SD") in locs(run(ex, "Iran has supplied Mohajer-6 drones to Sudan's army since 2024."))
    assert ("IR", "SD") in locs(run(ex, "Iran has supplied Sudan's army with Mohajer-6 drones since 2024."))


def test_a_sale_to_a_states_army_without_a_count_is_no_move(ex: Extractor) -> None:
    assert locs(run(ex, "Turkey sold Bayraktar drones to Mali's army last year.")) == set()


def test_what_is_sent_is_no_recipient(ex: Extractor) -> None:
    got = run(ex, "Tokyo said it would send MSDF destroyers to the Red Sea, where Houthi forces have attacked ships.")
    assert {(c.actor.code, c.location.name) for c in got if c.location} == {("JP", "Red Sea")}


def test_them_in_a_later_clause_are_the_forces_named_in_the_clause_before(ex: Extractor) -> None:
    body = "Belarusian troops have joined the assault near Bryansk, and Ukrainian soldiers have captured three of them."
    assert ("BY", "casualties", 3) in figs(run(ex, body))


def test_they_after_a_speaker_are_not_the_speakers_own_losses(ex: Extractor) -> None:
    body = "North Korean soldiers fought in Kursk Oblast. Kyiv estimated that they had suffered 3,500 casualties."
    assert ("KP", "casualties", 3500) in figs(run(ex, body))


def test_forces_killed_where_a_strike_hit_are_placed_there(ex: Extractor) -> None:
    body = "Two French soldiers were killed in a drone strike on their base in Gao, the army said."
    assert ("FR", "ML") in locs(run(ex, body))
    body = "Officials recalled the attack on a camp in Syria that killed four U.S. soldiers."
    assert ("US", "SY") in locs(run(ex, body))


def test_the_target_of_a_strike_with_no_victims_named_is_no_location(ex: Extractor) -> None:
    assert locs(run(ex, "French jets struck militant positions in Gao on Monday.")) == set()


def test_a_plural_demonym_whose_relative_says_they_were_hired_counts_nationals(ex: Extractor) -> None:
    body = "Lima said it had identified 85 Peruvians who had signed contracts with the Russian army."
    assert ("pe-fighters", "troops", 85) in figs(run(ex, body))
    assert figs(run(ex, "About 1.7 million Nepalis who had jobs abroad sent money home.")) == set()
