"""Extraction rules trained on held-out set 16 (session gen15).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_an_armed_groups_own_militants_still_count(ex: Extractor) -> None:
    assert ("al-shabaab", "troops", 300) in figs(run(ex, "About 300 al Shabaab militants attacked the base."))


@pytest.mark.parametrize(
    "body",
    [
        "A Dutch frigate and a Belgian destroyer sailed through the Red Sea on Friday.",
        "A Dutch and a Belgian warship sailed through the Red Sea on Friday.",
    ],
)
def test_two_states_adjectives_joined_with_articles_or_nouns_are_both_placed(ex: Extractor, body: str) -> None:
    placed = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert {("NL", "Red Sea"), ("BE", "Red Sea")} <= placed


def test_a_demonym_without_a_force_noun_is_no_partner(ex: Extractor) -> None:
    claims = run(ex, "A Dutch frigate sailed through the Red Sea and a Belgian official praised the mission.")
    assert {c.actor.code for c in claims} == {"NL"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 80 Slovak soldiers arrived at Camp Butmir on Friday.", ("SK", "BA")),
        ("Two Kenyan soldiers were wounded at Sabiid on Friday.", ("KE", "SO")),
        ("Two Ugandan helicopters are based at Baledogle.", ("UG", "SO")),
        ("Six U.S. F-35B jets landed at Roosevelt Roads on Monday.", ("US", "PR")),
        ("About 300 Turkish soldiers are stationed at the Zilkan base.", ("TR", "IQ")),
        ("Two Chinese navy ships patrolled near the Pratas Islands on Monday.", ("CN", "TW")),
        ("Two U.S. missile launchers were deployed to Batanes.", ("US", "PH")),
        ("The Australian destroyer docked at Subic Bay on Sunday.", ("AU", "PH")),
        ("Two Chinese warships sailed near Iriomote on Saturday.", ("CN", "JP")),
    ],
)
def test_curated_military_sites_are_places(ex: Extractor, body: str, expected: tuple[str, str]) -> None:
    assert expected in locs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "A third group of about 300 Ghanaian soldiers landed in Mogadishu, bringing Ghana's AUSSOM contingent to "
        "about 900.",
        "Ghana's AUSSOM contingent has about 900 soldiers.",
    ],
)
def test_a_states_contingent_in_a_peace_operation_is_the_states(ex: Extractor, body: str) -> None:
    got = figs(run(ex, body))
    assert ("GH", "troops", 900) in got
    assert not {f for f in got if f[0] == "aussom"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sudan's RSF has about 100,000 fighters in Darfur.", ("rsf", "troops", 100000)),
        ("Russia's Africa Corps has 200 instructors in Mali.", ("africa-corps", "troops", 200)),
    ],
)
def test_a_states_own_armed_group_keeps_its_forces(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert expected in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A U.S. Navy destroyer and a Dutch frigate sailed together through the Red Sea on Monday.", {"US", "NL"}),
        ("A New Zealand frigate and a British patrol ship sailed through the Red Sea on Monday.", {"NZ", "GB"}),
    ],
)
def test_two_states_each_with_its_ship_are_both_placed(ex: Extractor, body: str, expected: set[str]) -> None:
    assert {c.actor.code for c in run(ex, body) if c.location and c.location.name == "Red Sea"} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A Polish company of about 150 soldiers from NATO's force in Estonia moved on.", ("PL", "troops", 150)),
        ("A Polish battalion of about 600 troops from the EU force in Bosnia moved on.", ("PL", "troops", 600)),
    ],
)
def test_the_state_named_on_a_unit_owns_its_soldiers(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert figs(run(ex, body)) == {expected}


@pytest.mark.parametrize(
    "body",
    [
        "About 2,000 U.S. troops are in Iraq. Poland said on 12 November it would send about 1,500 soldiers to Latvia.",
        "About 2,000 U.S. troops are in Iraq. Poland said on 3 March it would send about 1,500 soldiers to Latvia.",
    ],
)
def test_a_day_first_date_after_said_keeps_the_speaker_as_it(ex: Extractor, body: str) -> None:
    assert ("PL", "troops", 1500) in figs(run(ex, body))


def test_its_army_is_a_states_force_not_a_missions(ex: Extractor) -> None:
    body = (
        "UNIFIL has about 10,000 troops in Lebanon, and Ghana is among its contributors. "
        "Its army has about 15,000 soldiers."
    )
    assert figs(run(ex, body)) == {("unifil", "troops", 10000), ("GH", "troops", 15000)}
