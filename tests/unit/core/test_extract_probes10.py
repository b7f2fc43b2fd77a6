"""Extraction rules from the tenth session's probes: forms a wire story uses that no rule read before.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.core.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "approx"),
    [
        ("keeps 1,000 or so fighters there", 1000, None, None, True),
        ("the 700-odd marines aboard", 700, None, None, True),
        ("2,500 or more troops crossed", 2500, 2500, None, True),
        ("the 600-strong battalion", 600, None, None, False),
    ],
)
def test_an_approximation_or_bound_after_the_number(
    text: str, value: int, low: int | None, high: int | None, approx: bool
) -> None:
    [n] = find_numbers(text)
    assert (n.value, n.low, n.high, n.approx) == (value, low, high, approx)


def test_or_so_after_a_year_is_no_figure() -> None:
    assert find_numbers("since 2019 or so the base has grown") == []


def test_a_count_with_or_so_keeps_its_noun_and_owner(ex: Extractor) -> None:
    got = run(ex, "The Wagner Group keeps 900 or so fighters in Libya, the envoy said.")
    assert ("wagner-group", "troops", 900) in figs(got)
    assert ("wagner-group", "LY") in locs(got)


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


@pytest.mark.parametrize("noun", ["gunners", "artillerymen", "snipers", "sappers", "artillery crews"])
def test_crews_and_specialists_are_troops(ex: Extractor, noun: str) -> None:
    assert ("KP", "troops", 700) in figs(run(ex, f"About 700 North Korean {noun} were sent to Kursk Oblast."))


def test_a_share_of_them_counts_the_forces_counted_before(ex: Extractor) -> None:
    body = "At least 200 Kenyan former soldiers are fighting alongside the RSF, and 11 of them were killed in May."
    assert ("ke-fighters", "casualties", 11) in figs(run(ex, body))
    body = "About 900 North Korean soldiers were moved to Kursk Oblast. Ukrainian troops captured three of them."
    assert ("KP", "casualties", 3) in figs(run(ex, body))


def test_a_share_apposed_to_its_noun_or_after_a_nearer_plural_is_not_the_last_count(ex: Extractor) -> None:
    body = "Norway sent 250 soldiers. Dutch marines, some 300 of them, landed in Troms on Monday."
    assert ("NL", "troops", 300) in figs(run(ex, body))
    body = "Kenya has 900 troops there. Its soldiers repulsed the raiders and killed 12 of them, the army said."
    assert ("KE", "casualties", 12) not in figs(run(ex, body))


def test_an_age_range_or_an_approximate_age_is_no_figure() -> None:
    assert find_numbers("The men, aged between 19 and 48, were held in Sumy.") == []
    assert find_numbers("recruits aged about 25") == []
    assert [n.value for n in find_numbers("between 19 and 48 soldiers")] == [19]


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


def test_a_quoted_count_keeps_its_modifier() -> None:
    [n] = find_numbers('put total losses at "about 4 800".')
    assert (n.value, n.approx) == (4800, True)
    [n] = find_numbers('has "between 200 and 300" advisers')
    assert (n.value, n.low, n.high) == (200, 200, 300)


def test_a_hyphenated_participle_before_an_equipment_noun_is_no_verb(ex: Extractor) -> None:
    got = run(ex, "Iranian self-propelled howitzers were spotted in Latakia, the monitor said.")
    assert ("IR", "SY") in locs(got)


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


def test_deliveries_of_a_model_reaching_a_total_count_that_equipment(ex: Extractor) -> None:
    body = (
        "Kyiv says Iranian weapons keep arriving in Russia. "
        "Deliveries of Fath-360 ballistic missiles to Russia have reached about 240, the agency said."
    )
    assert ("IR", "equipment", 240) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("peaked above 9,000 in May", 9000, None), ("just below 2,000 troops", None, 2000)],
)
def test_above_and_below_bound_a_count(text: str, low: int | None, high: int | None) -> None:
    [n] = find_numbers(text)
    assert (n.low, n.high, n.approx) == (low, high, True)


def test_above_a_height_or_below_a_temperature_is_no_figure() -> None:
    assert find_numbers("a ridge above 1,500 metres") == []
    assert find_numbers("temperatures fell below 30 degrees") == []


def test_a_peak_after_a_level_counts_the_same_forces(ex: Extractor) -> None:
    body = "French troop numbers in the Sahel stood at about 4,000 in 2019 and peaked above 5,100 in 2020."
    assert {("FR", "troops", 4000), ("FR", "troops", 5100)} <= figs(run(ex, body))


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
