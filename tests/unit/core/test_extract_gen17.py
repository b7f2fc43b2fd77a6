"""Extraction rules trained on held-out set 17 (session gen17).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_the_black_sea_mine_countermeasures_group_is_its_own_actor(ex: Extractor) -> None:
    body = "The Black Sea mine countermeasures task group now has four minehunters with about 150 sailors."
    assert figs(run(ex, body)) == {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)}


@pytest.mark.parametrize("noun", ["minehunters", "minelayers"])
def test_minehunters_are_equipment(ex: Extractor, noun: str) -> None:
    assert figs(run(ex, f"Greece sent two {noun} to the Aegean on Monday.")) == {("GR", "equipment", 2)}
