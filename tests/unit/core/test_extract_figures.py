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


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (
            "The French Navy sent two frigates to the Adriatic, taking the number of its ships there to 7.",
            7,
        ),
        (
            "Spain has sent three warships to the Baltic, bringing its total on the northern flank to 9.",
            9,
        ),
    ],
)
def test_a_new_total_counts_what_was_counted_before(ex: Extractor, body: str, total: int) -> None:
    got = figs(run(ex, body))
    assert {t for _, t, _ in got} == {"equipment"} and total in {v for _, _, v in got}, got


def test_a_new_total_of_troops_stays_troops(ex: Extractor) -> None:
    got = figs(run(ex, "Norway sent 150 more soldiers to Lithuania, bringing its total there to 600."))
    assert got == {("NO", "troops", 150), ("NO", "troops", 600)}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Chinese coast guard personnel with water cannon boarded Philippine navy boats near the atoll on "
            "Tuesday, injuring seven sailors, the military said.",
            {("PH", "casualties", 7)},
        ),
        (
            "Vietnamese militia personnel rammed a Malaysian navy patrol craft near the reef on Friday, "
            "injuring five sailors, the ministry said.",
            {("MY", "casualties", 5)},
        ),
    ],
)
def test_losses_after_an_attack_are_the_side_attacked(
    ex: Extractor, body: str, want: set[tuple[str, str, int]]
) -> None:
    assert figs(run(ex, body)) == want


def test_a_name_before_with_n_owns_the_count(ex: Extractor) -> None:
    body = (
        "The commander said the biggest contingents came from Pakistan, with about 1,300 troops in Kasai, "
        "Ghana, with some 700 in Kinshasa, and Egypt, with about 650."
    )
    assert figs(run(ex, body)) == {("PK", "troops", 1300), ("GH", "troops", 700), ("EG", "troops", 650)}


def test_a_place_before_with_n_does_not_own_the_count(ex: Extractor) -> None:
    got = figs(run(ex, "France's biggest garrison abroad is the base in Djibouti, with about 1,500 troops."))
    assert got == {("FR", "troops", 1500)}


def test_a_count_mostly_of_one_nation_is_no_ones(ex: Extractor) -> None:
    body = "About 900 troops are taking part in the drill, most of them Norwegian, the command said."
    assert not any(a == "NO" for a, _, _ in figs(run(ex, body)))


def test_a_count_mostly_from_one_unit_still_counts(ex: Extractor) -> None:
    body = "Norway has sent about 900 troops to Lithuania, most of them from the Telemark battalion."
    assert ("NO", "troops", 900) in figs(run(ex, body))


def test_the_mission_refers_back_to_the_mission_named_before(ex: Extractor) -> None:
    body = (
        "Kenya's president met the head of UNMISS in Nairobi on Monday.\n\n"
        "The mission is expected to shrink to about 12,000 personnel by next year, officials said."
    )
    assert figs(run(ex, body)) == {("unmiss", "troops", 12000)}


def test_a_national_training_mission_is_not_a_peace_operation(ex: Extractor) -> None:
    body = "Britain has about 100 instructors in Kenya. The mission will grow to about 150 next year, officials said."
    assert all(a == "GB" for a, _, _ in figs(run(ex, body)))


def test_of_whom_a_state_provides_a_share(ex: Extractor) -> None:
    got = figs(run(ex, "The AU force has about 4,000 soldiers, of whom Burundi provides about 1,100, a diplomat said."))
    assert got == {("african-union", "troops", 4000), ("BI", "troops", 1100)}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Japan also keeps a medical team of 40 in Goma and a signals detachment of about 25 in Kinshasa.",
            {("JP", "troops", 40), ("JP", "troops", 25)},
        ),
        ("Spain plans to add a mechanised company of roughly 120 this spring.", {("ES", "troops", 120)}),
    ],
)
def test_a_unit_of_n_counts_its_members(ex: Extractor, body: str, want: set[tuple[str, str, int]]) -> None:
    assert figs(run(ex, body)) == want


def test_the_navy_is_a_states_not_a_missions(ex: Extractor) -> None:
    body = (
        "Pakistan has sent two more frigates to the Red Sea, the navy said.\n\n"
        "Operation Aspides has escorted dozens of merchant ships there since 2024.\n\n"
        "Last year the navy deployed at least 9 warships and more than 1,200 sailors in the region."
    )
    got = figs(run(ex, body))
    assert ("PK", "equipment", 9) in got and ("PK", "troops", 1200) in got
    assert not any(a == "aspides" for a, _, _ in got)


def test_numbers_that_split_a_count_already_given_are_no_figures(ex: Extractor) -> None:
    body = (
        "Six Nepalese peacekeepers were wounded in the ambush. "
        "Of the six soldiers wounded, four have returned to duty and two remain in hospital, the army said."
    )
    assert figs(run(ex, body)) == {("NP", "casualties", 6)}


def test_incoming_rounds_with_no_firer_named_are_no_figure(ex: Extractor) -> None:
    body = (
        "Italy keeps about 400 troops at its base near the airport. "
        "Witnesses said at least six mortar rounds landed inside the base overnight."
    )
    assert figs(run(ex, body)) == {("IT", "troops", 400)}


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


def test_up_from_an_earlier_count_counts_the_same_thing(ex: Extractor) -> None:
    body = "Russia has now delivered at least 30 attack drones to Mali, up from the 18 cited by officials in May."
    assert figs(run(ex, body)) == {("RU", "equipment", 30), ("RU", "equipment", 18)}


@pytest.mark.parametrize(
    "body",
    [
        "The Rwandan soldiers left Kigali on two chartered aircraft and arrived in Bangui on Sunday.",
        "The African Union has suspended three of its members - Mali, Guinea and Niger - since 2021.",
    ],
)
def test_civil_transport_and_named_members_are_no_figures(ex: Extractor, body: str) -> None:
    assert not any(v in (2, 3) for _, _, v in figs(run(ex, body)))
