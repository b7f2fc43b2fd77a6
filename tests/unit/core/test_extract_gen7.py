"""Extraction rules for speaker pronouns, bare counts after named forces, and nationals (invented items)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent, NewsItem


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def run(ex: Extractor, body: str) -> list[ClaimEvent]:
    item = NewsItem(id="t-7", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), body=body)
    return ex.extract(item)


def figs(claims: list[ClaimEvent]) -> set[tuple[str, str, int]]:
    return {(c.actor.code, c.topic, c.figure.value) for c in claims if c.figure and not c.denied}


def locs(claims: list[ClaimEvent]) -> set[tuple[str, str | None]]:
    return {(c.actor.code, c.location.country_code) for c in claims if c.location and not c.denied}


def test_speaker_with_a_time_phrase_owns_its_pronoun(ex: Extractor) -> None:
    body = (
        "Portugal has around 180 soldiers in Lebanon, officials said.\n\n"
        "Its foreign minister once chaired the African Union summit and praised the bloc.\n\n"
        "Portugal said in March that its contingent in Lebanon would shrink to about 120 personnel."
    )
    assert ("PT", "troops", 120) in figs(run(ex, body))
    body = "Belgium said in 2024 that its unit in Jordan numbered about 90 personnel."
    assert ("BE", "troops", 90) in figs(run(ex, body))


def test_bare_count_after_named_forces_is_theirs(ex: Extractor) -> None:
    body = (
        "Greece has about 100 sailors in the Red Sea.\n\n"
        "Chadian fighters hired by a Libyan contractor guard oil fields in Sudan, a monitor said; "
        "at least 12 have been killed since March."
    )
    claims = run(ex, body)
    assert ("td-fighters", "casualties", 12) in figs(claims)
    assert not any(c.actor.code == "GR" and c.topic == "casualties" for c in claims)


def test_a_quoted_label_is_not_the_owner_of_a_bare_count(ex: Extractor) -> None:
    body = (
        "Moscow calls the Wagner Group men \"Russian advisers\"; its envoy put their number at 1,200."
    )
    claims = run(ex, body)
    assert not any(c.actor.code == "RU" and c.figure for c in claims)
