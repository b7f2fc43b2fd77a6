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


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The group's four remaining ships returned to port on Friday.", ("mcm-black-sea", "equipment", 4)),
        ("The task group's six other ships have kept up their patrols.", ("mcm-black-sea", "equipment", 6)),
        ("A Greek minehunter joined on Friday, bringing the group to nine ships.", ("mcm-black-sea", "equipment", 9)),
        ("The additions bring the group to nine ships and about 400 sailors.", ("mcm-black-sea", "troops", 400)),
    ],
)
def test_the_group_is_the_task_group_named_before(ex: Extractor, second: str, expected: tuple[str, str, int]) -> None:
    body = "Greek officers visited the Black Sea mine countermeasures task group on Monday. " + second
    assert expected in figs(run(ex, body))


def test_the_group_is_no_armed_group_named_before(ex: Extractor) -> None:
    body = "Al-Shabaab attacked a base near Kismayo. The group's 40 fighters were later seen in Jilib."
    assert ("mcm-black-sea", "equipment", 40) not in figs(run(ex, body))
    assert "mcm-black-sea" not in {c.actor.code for c in run(ex, body)}
