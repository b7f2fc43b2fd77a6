"""Figure and actor rules of the twelfth session's second figure round, each tested on sentences written for it."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "sentence",
    [
        "ACLED recorded 14 armed violence events involving Kenyan forces in Somalia in May.",
        "Monitors logged 31 security incidents targeting Chadian troops near Lake Chad.",
    ],
)
def test_events_closed_by_a_participle_count_no_forces(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == set()


def test_a_compound_head_before_forces_still_counts_them(ex: Extractor) -> None:
    assert figs(run(ex, "Kenya sent 200 special operations forces to Kismayo.")) == {("KE", "troops", 200)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Shabaab has lost, by its own estimate, about 3,000 fighters.",
        "Al-Shabaab has lost much of its leadership and, by its own count, about 3,000 fighters.",
        "Al-Shabaab has lost most of its commanders and about 3,000 fighters.",
    ],
)
def test_a_loss_verb_reaches_over_an_aside_or_a_first_object(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == {("al-shabaab", "casualties", 3000)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya has deployed, by its own count, about 3,000 soldiers to Somalia.",
        "The camp Kenya built near Garissa is being taken down and about 3,000 soldiers remain in Somalia.",
    ],
)
def test_no_loss_verb_governs_the_count(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == {("KE", "troops", 3000)}
