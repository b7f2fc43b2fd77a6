"""Hedges and background: when a claim is hedged, and when a passage is background rather than news.

Both flags change how a reader weighs a claim without removing it; the sentences are written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_the_month_may_is_no_hedge(ex: Extractor) -> None:
    claims = run(ex, "Chad moved 600 troops to Niger in May, the ministry said.")
    assert claims and not any(c.hedged for c in claims)
    claims = run(ex, "Chad may have moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)


def test_background_section(ex: Extractor) -> None:
    body = "Chad moved 600 troops to Niger.\n\nBackground:\n\n- In 2022, Chad sent 400 soldiers to Mali.\n"
    claims = run(ex, body)
    bg = {c.figure.value: c.background for c in claims if c.figure}
    assert bg == {600: False, 400: True}


@pytest.mark.parametrize(
    "body",
    [
        "Officials could not independently verify that about 800 Chadian soldiers were in Niger.",
        "The ministry did not say whether the 800 Chadian soldiers were still in Niger.",
    ],
)
def test_a_report_that_could_not_verify_a_claim_still_places_it(ex: Extractor, body: str) -> None:
    assert ("TD", "NE") in locs(run(ex, body))


def test_a_place_in_a_question_is_no_claim_unless_the_presence_is_given(ex: Extractor) -> None:
    assert locs(run(ex, "The spokesman did not say whether Chadian troops had entered Niger.")) == set()
    assert locs(run(ex, "It was unclear if any Chadian soldiers had reached Niger.")) == set()
    assert ("TD", "NE") in locs(run(ex, "He did not say whether the Chadian troops were still in Niger."))

