"""Figure and actor rules on invented sentences: whose count it is, what it counts, and whether it is one."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("ECOMIG now has roughly 900 soldiers, most of them near Banjul, officials said.", "ecomig"),
        ("The ECOWAS Stabilization Support Mission in Guinea-Bissau counts about 500 troops.", "essmgb"),
        ("ECOMIB kept about 600 soldiers and police in the country until it left.", "ecomib"),
    ],
)
def test_ecowas_missions_are_their_own_actors(ex: Extractor, body: str, code: str) -> None:
    assert {(a, t) for a, t, _ in figs(run(ex, body))} == {(code, "troops")}


def test_a_name_before_with_n_owns_the_count(ex: Extractor) -> None:
    body = (
        "The commander said the biggest contingents came from Pakistan, with about 1,300 troops in Kasai, "
        "Ghana, with some 700 in Kinshasa, and Egypt, with about 650."
    )
    assert figs(run(ex, body)) == {("PK", "troops", 1300), ("GH", "troops", 700), ("EG", "troops", 650)}


def test_a_place_before_with_n_does_not_own_the_count(ex: Extractor) -> None:
    got = figs(run(ex, "France's biggest garrison abroad is the base in Djibouti, with about 1,500 troops."))
    assert got == {("FR", "troops", 1500)}


def test_the_mission_refers_back_to_the_mission_named_before(ex: Extractor) -> None:
    body = (
        "Kenya's president met the head of UNMISS in Nairobi on Monday.\n\n"
        "The mission is expected to shrink to about 12,000 personnel by next year, officials said."
    )
    assert figs(run(ex, body)) == {("unmiss", "troops", 12000)}


def test_a_national_training_mission_is_not_a_peace_operation(ex: Extractor) -> None:
    body = "Britain has about 100 instructors in Kenya. The mission will grow to about 150 next year, officials said."
    assert all(a == "GB" for a, _, _ in figs(run(ex, body)))


def test_the_navy_is_a_states_not_a_missions(ex: Extractor) -> None:
    body = (
        "Pakistan has sent two more frigates to the Red Sea, the navy said.\n\n"
        "Operation Aspides has escorted dozens of merchant ships there since 2024.\n\n"
        "Last year the navy deployed at least 9 warships and more than 1,200 sailors in the region."
    )
    got = figs(run(ex, body))
    assert ("PK", "equipment", 9) in got and ("PK", "troops", 1200) in got
    assert not any(a == "aspides" for a, _, _ in got)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("UNIFIL, which Italy commanded until 2022, has about 10,000 peacekeepers.", {("unifil", "troops", 10000)}),
        ("NATO, which Canada joined in 1949, now has about 3,000 troops in Latvia.", {("nato", "troops", 3000)}),
    ],
)
def test_a_relative_clause_does_not_take_the_main_clauses_count(
    ex: Extractor, body: str, want: set[tuple[str, str, int]]
) -> None:
    assert figs(run(ex, body)) == want


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


def test_a_mission_named_in_the_sentence_is_the_mission_meant(ex: Extractor) -> None:
    body = (
        "UNMISS has about 17,000 personnel, officials said.\n\n"
        "Donors also funded the UNIFIL mission in Lebanon, where about 10,000 troops are deployed."
    )
    assert ("unifil", "troops", 10000) in figs(run(ex, body))
