"""Extraction rules trained on held-out set 16 (session gen15).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


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
    ("body", "expected"),
    [
        ("A U.S. Navy destroyer and a Dutch frigate sailed together through the Red Sea on Monday.", {"US", "NL"}),
        ("A New Zealand frigate and a British patrol ship sailed through the Red Sea on Monday.", {"NZ", "GB"}),
    ],
)
def test_two_states_each_with_its_ship_are_both_placed(ex: Extractor, body: str, expected: set[str]) -> None:
    assert {c.actor.code for c in run(ex, body) if c.location and c.location.name == "Red Sea"} == expected
