"""Claimants: who a claim is attributed to, as the extractor attaches it.

The claimant tells a reader whose word a claim rests on, so its name must be whole; the sentences are written for
the test.
"""

from __future__ import annotations

from extract_helpers import run

from claimwatch.core.extract import Extractor


def test_according_to_an_organ_named_by_demonym_keeps_the_whole_name(ex: Extractor) -> None:
    got = run(ex, "About 800 Chadian soldiers are in Niger, according to Nigerien officials.")
    assert {c.claimant.name for c in got if c.claimant} == {"Nigerien officials"}

