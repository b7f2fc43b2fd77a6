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
