"""Extraction rules of gen13, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_the_force_is_the_peace_operation_named_before(ex: Extractor) -> None:
    body = (
        "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon last year. "
        "The force now numbers about 10,000 troops, its spokesman said."
    )
    assert ("unifil", "troops", 10000) in figs(run(ex, body))


def test_the_air_force_is_no_peace_operation(ex: Extractor) -> None:
    body = "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon. The air force has 20 jets."
    assert not any(c.actor.code == "unifil" and c.figure for c in run(ex, body))
