"""What the extraction tests share: one item around a test body, and the claims reduced to comparable keys."""

from __future__ import annotations

from datetime import UTC, datetime

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent, NewsItem


def run(ex: Extractor, body: str) -> list[ClaimEvent]:
    item = NewsItem(id="t-1", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), body=body)
    return ex.extract(item)


def figs(claims: list[ClaimEvent]) -> set[tuple[str, str, int]]:
    return {(c.actor.code, c.topic, c.figure.value) for c in claims if c.figure and not c.denied}


def locs(claims: list[ClaimEvent]) -> set[tuple[str, str | None]]:
    return {(c.actor.code, c.location.country_code) for c in claims if c.location and not c.denied}
