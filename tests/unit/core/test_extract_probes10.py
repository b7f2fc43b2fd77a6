"""Extraction rules from the tenth session's probes: forms a wire story uses that no rule read before.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


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


def test_where_recruits_signed_up_or_a_firm_is_registered_is_no_location(ex: Extractor) -> None:
    body = "Most Nepali recruits signed contracts at recruitment centres in Rostov-on-Don, the report said."
    assert locs(run(ex, body)) == set()
    body = "The Kenyan guards were hired by a company registered in Cyprus, the report said."
    assert locs(run(ex, body)) == set()


def test_cargo_carried_across_a_sea_is_in_transit(ex: Extractor) -> None:
    got = run(ex, "The Iranian missiles were shipped across the Caspian Sea and unloaded in Dagestan.")
    assert ("IR", "RU") in locs(got)
    assert not any(c.location is not None and c.location.country_code is None for c in got)


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


def test_them_in_a_later_clause_are_the_forces_named_in_the_clause_before(ex: Extractor) -> None:
    body = "Belarusian troops have joined the assault near Bryansk, and Ukrainian soldiers have captured three of them."
    assert ("BY", "casualties", 3) in figs(run(ex, body))


def test_forces_killed_where_a_strike_hit_are_placed_there(ex: Extractor) -> None:
    body = "Two French soldiers were killed in a drone strike on their base in Gao, the army said."
    assert ("FR", "ML") in locs(run(ex, body))
    body = "Officials recalled the attack on a camp in Syria that killed four U.S. soldiers."
    assert ("US", "SY") in locs(run(ex, body))


def test_the_target_of_a_strike_with_no_victims_named_is_no_location(ex: Extractor) -> None:
    assert locs(run(ex, "French jets struck militant positions in Gao on Monday.")) == set()
