"""Extraction rules of session 7 (lead): a single casualty and singular service members.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_a_region_that_describes_a_country_is_no_place(ex: Extractor) -> None:
    body = "Britain deployed 200 Royal Marines to Fiji, its first such deployment to the Pacific island nation."
    assert locs(run(ex, body)) == {("GB", "FJ")}


def test_the_region_itself_is_still_a_place(ex: Extractor) -> None:
    assert {c.location.name for c in run(ex, "Fiji sent 40 soldiers to the Pacific.") if c.location} == {
        "Pacific Ocean"
    }


def test_a_commands_seat_is_no_deployment(ex: Extractor) -> None:
    body = "NATO's Allied Maritime Command in Northwood, Britain, which directs the patrols, said four frigates sailed."
    assert not [c for c in run(ex, body) if c.location is not None and c.location.country_code == "GB"]


def test_small_allied_air_bases_are_places(ex: Extractor) -> None:
    assert locs(run(ex, "Six U.S. P-8 aircraft are based at Sigonella.")) == {("US", "IT")}
