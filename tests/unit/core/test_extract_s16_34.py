"""Rules of session 16 from set 34's misses: number ranges, departure points, captives, suppliers, successors.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_a_state_describing_a_speaker_is_no_place_the_country_refers_to(ex: Extractor) -> None:
    body = (
        "The United States has agreed to pull its forces out of Chad, the newspaper reported, citing U.S. "
        "officials, ending a partnership of many years.\n\n"
        "According to the paper, officials accepted a demand to withdraw the more than 300 American military "
        "personnel in the country."
    )
    got = locs(run(ex, body))
    assert ("US", "TD") in got


def test_a_withdrawal_of_the_units_replaced_denies_nothing(ex: Extractor) -> None:
    body = "Chad has rotated about 1,200 fresh soldiers into Niger since May to replace units withdrawn in the spring."
    claims = [c for c in run(ex, body) if c.actor.code == "TD" and c.figure]
    assert claims and not claims[0].denied
    body = "The 600 Chadian soldiers were replaced and pulled out of Niger in May."
    assert all(c.denied for c in run(ex, body) if c.actor.code == "TD")


def test_a_bounded_count_delivered_to_a_states_army_is_in_that_state(ex: Extractor) -> None:
    body = "Turkey has delivered at least 18 Bayraktar drones to Niger's army since March."
    assert ("TR", "NE") in locs(run(ex, body))


def test_most_or_many_of_the_things_counted_before_are_placed(ex: Extractor) -> None:
    body = "About 150 Turkish drones have been delivered to Mali. Most are deployed in the Gao and Kidal regions."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("TR", "Gao") in got
    body = "Many are worried about the war in Sudan, analysts said."
    assert not run(ex, body)


def test_intelligence_that_does_not_show_forces_somewhere_is_a_denial(ex: Extractor) -> None:
    body = "Intelligence does not show Belarusian troops in Volyn region, the spokesman said."
    claims = [c for c in run(ex, body) if c.actor.code == "BY" and c.location]
    assert claims and all(c.denied for c in claims)


def test_a_sea_crossed_by_ship_is_a_transit_point(ex: Extractor) -> None:
    body = "Iran has delivered more than 300 drones to Russia since May, most of them by ship across the Caspian Sea."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("IR", "Caspian Sea") not in got
    assert ("IR", "Russia") in got
