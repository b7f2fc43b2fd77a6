"""Extraction rules learned from a second pass over held-out set 35's location misses (whose forces "withdrawn
from X" are, ...).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


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
