"""Extraction rules from the eleventh session's probes, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize("subject", ["A further group", "Another group", "The new contingent", "The servicemen"])
def test_a_further_group_of_the_forces_counted_before_is_placed(ex: Extractor, subject: str) -> None:
    body = f"Chad has sent about 800 more soldiers to Niger, officials said. {subject} was training near Agadez."
    assert ("TD", "NE") in locs(run(ex, body))
    assert ("TD", "Agadez") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_the_group_is_the_armed_group_named_last_even_when_it_only_spoke(ex: Extractor) -> None:
    body = (
        "Africa Corps instructors arrived in Niger in April, officials said. Wagner said last year it was quitting "
        "Niger. At its height the group had about 900 men in the country, diplomats said."
    )
    assert ("wagner-group", "troops", 900) in figs(run(ex, body))
    assert ("africa-corps", "troops", 900) not in figs(run(ex, body))


def test_a_place_in_a_question_is_no_claim_unless_the_presence_is_given(ex: Extractor) -> None:
    assert locs(run(ex, "The spokesman did not say whether Chadian troops had entered Niger.")) == set()
    assert locs(run(ex, "It was unclear if any Chadian soldiers had reached Niger.")) == set()
    assert ("TD", "NE") in locs(run(ex, "He did not say whether the Chadian troops were still in Niger."))


def test_a_place_possessive_before_a_group_named_after_a_preposition_keeps_the_focus(ex: Extractor) -> None:
    body = (
        "At least 240 Yemeni men have been recruited into the Russian army, the project said. Many were lured by a "
        "company linked to Yemen's Houthi movement. They were sent to training camps in Rostov Oblast."
    )
    assert ("ye-fighters", "Rostov Oblast") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_the_north_is_north_korea_in_an_item_that_names_it(ex: Extractor) -> None:
    body = "North Korean troops are in Kursk, Seoul said. It added that the North was sending 1,000 deminers there."
    assert ("KP", "troops", 1000) in figs(run(ex, body))
    assert not any(c.actor.code == "KP" for c in run(ex, "Fighting went on in the North of Mali, where 300 died."))


def test_the_troops_stay_the_items_forces_whatever_carries_or_reports_them(ex: Extractor) -> None:
    body = (
        "About 150 soldiers from Russia's Africa Corps have arrived in Chad, where the Wagner Group once had men. "
        "The troops landed at N'Djamena airport aboard a Russian transport plane, a Chadian army officer said. "
        "They are to be based at the former Wagner camp at Abeche."
    )
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert {("africa-corps", "N'Djamena"), ("africa-corps", "Abéché")} <= got
    assert not any(code == "wagner-group" for code, _ in got)


def test_a_possessive_before_a_named_force_is_not_the_items_focus(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has expanded its base at Agadez, satellite images show. The images show at least "
        "four air-defence systems and around 40 armoured vehicles near the runway."
    )
    assert {("africa-corps", "equipment", 4), ("africa-corps", "equipment", 40)} <= figs(run(ex, body))


def test_russian_personnel_in_africa_are_the_group_the_item_names_later(ex: Extractor) -> None:
    body = (
        "Several dozen Russian military instructors have landed in Chad, state television said. "
        "The Africa Corps said more would follow."
    )
    assert ("africa-corps", "TD") in locs(run(ex, body))
    body = "Russian troops advanced near Pokrovsk on Monday. The Africa Corps is active in Mali."
    assert ("RU", "Pokrovsk") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_a_fact_box_line_counts_the_forces_at_its_place(ex: Extractor) -> None:
    body = (
        "Here is where Chad keeps its troops abroad.\n\n"
        "Where Chadian troops are:\n"
        "- Niger: about 1,200, at Agadez.\n"
        "- Mali: some 800.\n"
    )
    claims = run(ex, body)
    assert {("TD", "troops", 1200), ("TD", "troops", 800)} <= figs(claims)
    assert {("TD", "NE"), ("TD", "ML")} <= locs(claims)


def test_a_trailing_as_clause_and_a_groups_possessive_set_no_focus(ex: Extractor) -> None:
    body = (
        "Chad will send about 2,000 troops to Niger, the ministry said, bolstering NATO's southern flank as "
        "Sudan masses forces near Darfur. Officials said about 700 soldiers would go to Agadez."
    )
    assert ("TD", "troops", 700) in figs(run(ex, body))


def test_a_correction_of_an_earlier_version_denies_its_figure(ex: Extractor) -> None:
    body = "Correction: An earlier version of this article said that 3,000 Chadian soldiers had arrived in Niger."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)


def test_ending_operations_somewhere_denies_a_presence_there(ex: Extractor) -> None:
    claims = run(ex, "France ended its military operations in Niger in December, five months after the coup.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "The coalition has completed its withdrawal from Baghdad, leaving 1,300 Chadian troops in Erbil.")
    assert ("TD", "troops", 1300) in figs(claims)
