"""Rules of session 16 from set 34's misses: number ranges, departure points, captives, suppliers, successors.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_range_whose_scale_is_written_once_scales_both_ends(ex: Extractor) -> None:
    claims = run(ex, "Officials said Iran had shipped 4 to 6 million rounds of ammunition to Russia since 2022.")
    got = [c.figure for c in claims if c.figure and c.actor.code == "IR"]
    assert got and got[0].value == 4_000_000
    assert got[0].low == 4_000_000 and got[0].high == 6_000_000
    body = "Turkey has sent between two and three thousand soldiers to Libya, officials said."
    assert ("TR", "troops", 2000) in figs(run(ex, body))


def test_a_range_that_is_larger_scaled_keeps_its_first_number(ex: Extractor) -> None:
    # scaled, the first number would pass the second: it is read as written
    claims = run(ex, "Russia sent 800 to 1.2 million shells to the front, the agency said.")
    values = {c.figure.value for c in claims if c.figure}
    assert 800_000_000 not in values


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
