"""Extraction rules of the ninth session's own work (appeals, shared demonyms in context).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_bare_korean_is_the_korea_the_item_named(ex: Extractor) -> None:
    body = "North Korea has sent more troops. About 2,500 Korean soldiers were moved to Kursk Oblast, officials said."
    assert ("KP", "troops", 2500) in figs(run(ex, body))


def test_congolese_troops_are_the_drc_unless_the_item_names_brazzaville(ex: Extractor) -> None:
    assert ("CD", "troops", 600) in figs(run(ex, "About 600 Congolese troops arrived in Bunia on Monday."))
    body = "Brazzaville confirmed the move. About 300 Congolese troops arrived in Bangui on Monday."
    assert ("CG", "troops", 300) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "Officials could not independently verify that about 800 Chadian soldiers were in Niger.",
        "The ministry did not say whether the 800 Chadian soldiers were still in Niger.",
    ],
)
def test_a_report_that_could_not_verify_a_claim_still_places_it(ex: Extractor, body: str) -> None:
    assert ("TD", "NE") in locs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "Chad has not sent any soldiers to Niger, the army said.",
        "The army said Chad did not deploy troops to Niger.",
    ],
)
def test_a_negated_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = [c for c in run(ex, body) if c.location is not None]
    assert got and all(c.denied for c in got)


def test_according_to_an_organ_named_by_demonym_keeps_the_whole_name(ex: Extractor) -> None:
    got = run(ex, "About 800 Chadian soldiers are in Niger, according to Nigerien officials.")
    assert {c.claimant.name for c in got if c.claimant} == {"Nigerien officials"}
