"""Extraction rules learned from the location misses of held-out sets 26 and 33 in session 14 (a base spoken of
only as a prospect, ...).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import run

from claimwatch.core.extract import Extractor


def test_a_first_level_division_named_like_a_region_is_not_that_region(ex: Extractor) -> None:
    # Sudan's Red Sea state and Burkina Faso's Sahel region share a macro-region's name: a town in them is in the
    # country, and its admin1 must not read as the sea or the belt
    body = "About 120 Russian sailors are based at Port Sudan, officials said."
    got = [c.location for c in run(ex, body) if c.location]
    assert got and all(loc.country_code == "SD" and loc.admin1 != "Red Sea" for loc in got)
    body = "About 200 Russian instructors are stationed in Dori, officials said."
    got = [c.location for c in run(ex, body) if c.location]
    assert got and all(loc.country_code == "BF" and loc.admin1 != "Sahel" for loc in got)
    # a division with a name of its own keeps it
    body = "About 500 North Korean soldiers are stationed in Kursk, officials said."
    got = [c.location for c in run(ex, body) if c.location]
    assert any(loc.admin1 for loc in got)
