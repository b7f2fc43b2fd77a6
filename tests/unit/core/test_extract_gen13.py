"""Extraction rules of gen13, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_chamber_a_speaker_addressed_is_a_venue(ex: Extractor) -> None:
    body = "The head of UNMISS, speaking from Juba to the council chamber in New York, said the mission would stay."
    assert ("unmiss", "US") not in locs(run(ex, body))


def test_the_force_is_the_peace_operation_named_before(ex: Extractor) -> None:
    body = (
        "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon last year. "
        "The force now numbers about 10,000 troops, its spokesman said."
    )
    assert ("unifil", "troops", 10000) in figs(run(ex, body))


def test_the_air_force_is_no_peace_operation(ex: Extractor) -> None:
    body = "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon. The air force has 20 jets."
    assert not any(c.actor.code == "unifil" and c.figure for c in run(ex, body))


@pytest.mark.parametrize("side", ["southern", "north-western", "eastern"])
def test_a_side_of_a_states_coast_is_that_state(ex: Extractor, side: str) -> None:
    claims = run(ex, f"Two Dutch patrol boats began patrols off Aruba's {side} coast on Sunday.")
    assert {c.location.country_code for c in claims if c.location} == {"AW"}
