"""Extraction rules learned from the misses of held-out sets 24, 25 and 26 (what "the country" refers back to,
transit stops, hospitals and custody places, negated entries, undecided sites, local namesakes,
named crises, recruited prisoners, ex-soldiers and militia members, hired hands of an armed group).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def _placed(claims: list, value: int) -> set[str | None]:
    return {c.location.name for c in claims if c.figure is not None and c.figure.value == value and c.location}


def test_a_negated_entry_places_no_forces(ex: Extractor) -> None:
    body = (
        "About 150 Egyptian engineers have reached Gaza to clear rubble, officials said, adding that none of them "
        "would set foot inside Israel."
    )
    got = locs(run(ex, body))
    assert ("EG", "IL") not in got
    body = "Prigozhin said Wagner would not take part in the fighting in Niger for now."
    assert ("wagner-group", "NE") not in locs(run(ex, body))
    # a plain part in the fighting places them
    body = "Wagner fighters took part in the fighting in Niger, Prigozhin said."
    assert ("wagner-group", "NE") in locs(run(ex, body))
