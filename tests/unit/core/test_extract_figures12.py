"""Figure and actor rules of the twelfth session's figure work, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_the_norths_force_is_the_state_the_item_names(ex: Extractor) -> None:
    body = "North Korea tested a missile on Monday. Analysts said the North's 1.2 million-strong army was ill-fed."
    assert ("KP", "troops", 1200000) in figs(run(ex, body))
