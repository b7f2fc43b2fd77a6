"""Extraction rules trained on held-out set 17 (session gen17).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


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


def test_its_before_a_count_is_the_sentences_antecedent_not_the_mission(ex: Extractor) -> None:
    body = (
        "EUFOR has about 1,100 troops in Bosnia. Austria's defence ministry said the last of its 200 reinforcements "
        "had arrived."
    )
    assert ("AT", "troops", 200) in figs(run(ex, body))


def test_the_countrys_navy_is_the_state_the_paragraph_named(ex: Extractor) -> None:
    body = (
        "NATO ships visited Turku. Finland's government approved 90 million euros for a new corvette. "
        "The country's navy has about 4,000 personnel."
    )
    assert ("FI", "troops", 4000) in figs(run(ex, body))


def test_its_strength_with_no_mission_named_is_nobodys(ex: Extractor) -> None:
    body = "The brigade brings together troops from nine countries. Its total strength is about 4,000."
    assert not {f for f in figs(run(ex, body)) if f[2] == 4000}


def test_an_organisations_mission_is_the_mission_named_before(ex: Extractor) -> None:
    body = "Kenya has 4,000 soldiers in AUSSOM. The AU mission has about 11,000 troops."
    assert ("aussom", "troops", 11000) in figs(run(ex, body))


def test_it_after_a_sentence_about_the_group_is_the_group(ex: Extractor) -> None:
    body = (
        "Greek officers visited the Black Sea mine countermeasures task group on Monday. The group took in its first "
        "ships in July 2024. It now has four minehunters with about 150 sailors."
    )
    assert {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)} <= figs(run(ex, body))
