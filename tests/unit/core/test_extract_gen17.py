"""Extraction rules trained on held-out set 17 (session gen17).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

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


@pytest.mark.parametrize(
    "body",
    [
        "Poland signed a contract for two new submarines, to be built in Sweden by 2031.",
        "Norway ordered two frigates, to be built at a Glasgow shipyard by 2030.",
    ],
)
def test_where_ships_are_built_is_no_place(ex: Extractor, body: str) -> None:
    assert not locs(run(ex, body))


def test_hinniyeh_is_a_site_in_lebanon(ex: Extractor) -> None:
    body = "About 400 Chinese engineers are based near Hinniyeh, the mission said."
    assert ("CN", "LB") in locs(run(ex, body))


def test_its_strength_with_no_mission_named_is_nobodys(ex: Extractor) -> None:
    body = "The brigade brings together troops from nine countries. Its total strength is about 4,000."
    assert not {f for f in figs(run(ex, body)) if f[2] == 4000}


def test_an_organisations_mission_is_the_mission_named_before(ex: Extractor) -> None:
    body = "Kenya has 4,000 soldiers in AUSSOM. The AU mission has about 11,000 troops."
    assert ("aussom", "troops", 11000) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Experts said about 2,000 Ugandan soldiers were operating in North and South Kivu.", ("UG", "CD")),
        ("About 500 Kenyan soldiers are deployed in Upper and Lower Juba.", ("KE", "SO")),
    ],
)
def test_the_second_of_an_elided_pair_of_provinces_is_placed(
    ex: Extractor, body: str, expected: tuple[str, str]
) -> None:
    assert expected in locs(run(ex, body))


def test_a_proposed_force_is_no_place(ex: Extractor) -> None:
    body = "Spain, which has about 600 soldiers in Latvia, has proposed that Europeans keep a small force in Gaza."
    assert locs(run(ex, body)) == {("ES", "LV")}


def test_it_after_a_sentence_about_the_group_is_the_group(ex: Extractor) -> None:
    body = (
        "Greek officers visited the Black Sea mine countermeasures task group on Monday. The group took in its first "
        "ships in July 2024. It now has four minehunters with about 150 sailors."
    )
    assert {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)} <= figs(run(ex, body))


def test_a_place_opening_a_groups_name_is_no_place(ex: Extractor) -> None:
    body = "Greek officers visited the Black Sea mine countermeasures task group on Monday."
    assert not locs(run(ex, body))
