"""Extraction rules from the twelfth session's probes, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "tail",
    [
        "and that some 90 of them had been killed",
        "and some 90 of them had been killed",
        "and that 90 had been killed",
    ],
)
def test_a_toll_in_a_new_clause_leaves_the_count_before_a_troop_count(ex: Extractor, tail: str) -> None:
    claims = run(ex, f"Officials estimated that Chad had sent about 1,400 soldiers to Niger {tail}.")
    assert ("TD", "troops", 1400) in figs(claims)
    assert ("TD", "casualties", 1400) not in figs(claims)
    assert ("TD", "casualties", 90) in figs(claims)


def test_counts_joined_before_their_verb_still_share_it(ex: Extractor) -> None:
    claims = run(ex, "Gunmen ambushed the convoy on Monday; 12 Chadian soldiers and 4 gendarmes were killed.")
    assert ("TD", "casualties", 12) in figs(claims)


def test_a_clause_with_its_own_possessive_subject_keeps_its_toll_apart(ex: Extractor) -> None:
    body = (
        "Chad sent about 1,200 more soldiers to Niger in March, and its casualties in the fighting near the border "
        "are estimated at around 340, officials said."
    )
    assert figs(run(ex, body)) == {("TD", "troops", 1200), ("TD", "casualties", 340)}


@pytest.mark.parametrize("verb", ["are estimated at", "stand at", "have reached"])
def test_a_demonyms_losses_are_its_forces_losses(ex: Extractor, verb: str) -> None:
    assert figs(run(ex, f"Chadian casualties {verb} about 340, according to the monitors.")) == {
        ("TD", "casualties", 340)
    }
