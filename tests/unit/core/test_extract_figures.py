"""Figure and actor rules on invented sentences: whose count it is, what it counts, and whether it is one."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_the_mission_refers_back_to_the_mission_named_before(ex: Extractor) -> None:
    body = (
        "Kenya's president met the head of UNMISS in Nairobi on Monday.\n\n"
        "The mission is expected to shrink to about 12,000 personnel by next year, officials said."
    )
    assert figs(run(ex, body)) == {("unmiss", "troops", 12000)}


def test_a_denial_in_a_later_clause_does_not_deny_the_figure_before_it(ex: Extractor) -> None:
    body = (
        "The Kenyan army put the number of its soldiers in Somalia at about 3,500 on Monday, "
        "and dismissed claims that it was sending more."
    )
    claims = [c for c in run(ex, body) if c.figure]
    assert [(c.figure.value, c.denied) for c in claims if c.figure] == [(3500, False)]


def test_a_denial_before_the_figure_still_denies_it(ex: Extractor) -> None:
    claims = [c for c in run(ex, "Nairobi denied that 3,500 Kenyan soldiers were in Somalia, and said talks went on.")]
    assert claims and all(c.denied for c in claims if c.figure)
