"""Rules of session 16 from set 34's misses: number ranges, departure points, captives, suppliers, successors.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import run

from claimwatch.core.extract import Extractor


def test_a_withdrawal_of_the_units_replaced_denies_nothing(ex: Extractor) -> None:
    body = "Chad has rotated about 1,200 fresh soldiers into Niger since May to replace units withdrawn in the spring."
    claims = [c for c in run(ex, body) if c.actor.code == "TD" and c.figure]
    assert claims and not claims[0].denied
    body = "The 600 Chadian soldiers were replaced and pulled out of Niger in May."
    assert all(c.denied for c in run(ex, body) if c.actor.code == "TD")


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
