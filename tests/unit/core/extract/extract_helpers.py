"""What the extraction tests share: one item around a test body, and the claims reduced to comparable keys.

Each test module in this folder imports what it needs from here (pytest puts this folder on ``sys.path`` for its
test modules); the ``ex`` fixture, one Extractor per module, comes from ``tests/unit/core/conftest.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent, NewsItem


def run(ex: Extractor, body: str) -> list[ClaimEvent]:
    """The claims of one item around ``body``, with the claims of alliances and missions kept: the extraction tests
    read who owns each count and place, and a total kept from the lead nation or a contributor shows as the
    mission's. The drivers leave those claims out (``driver_run``)."""
    item = NewsItem(id="t-1", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), body=body)
    return ex.extract(item, multinational=True)


def driver_run(ex: Extractor, body: str) -> list[ClaimEvent]:
    """The claims of one item around ``body`` as the drivers get them: no alliance or mission owns a claim."""
    item = NewsItem(id="t-1", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), body=body)
    return ex.extract(item)


def figs(claims: list[ClaimEvent]) -> set[tuple[str, str, int]]:
    """(actor, topic, value) of every claim with a figure that is not denied."""
    return {(c.actor.code, c.topic, c.figure.value) for c in claims if c.figure and not c.denied}


def locs(claims: list[ClaimEvent]) -> set[tuple[str, str | None]]:
    """(actor, country code) of every claim with a location that is not denied."""
    return {(c.actor.code, c.location.country_code) for c in claims if c.location and not c.denied}


def places(claims: list[ClaimEvent]) -> set[tuple[str, str]]:
    """(actor, place name) of every claim with a location that is not denied: for seas, regions and sites."""
    return {(c.actor.code, c.location.name) for c in claims if c.location and not c.denied}


def place_names(claims: list[ClaimEvent]) -> set[str]:
    """The place names of the claims with a location that are not denied."""
    return {c.location.name for c in claims if c.location and not c.denied}


def placements(claims: list[ClaimEvent]) -> set[tuple[str, int | None, str]]:
    """(actor, figure value or None, place name) of every claim with a location, denied or not."""
    return {(c.actor.code, c.figure.value if c.figure else None, c.location.name) for c in claims if c.location}


def placed_names(claims: list[ClaimEvent], value: int) -> set[str | None]:
    """The place names of the claims whose figure is ``value``."""
    return {c.location.name for c in claims if c.figure is not None and c.figure.value == value and c.location}


def placed_countries(claims: list[ClaimEvent], value: int) -> set[tuple[str, str | None]]:
    """(actor, country code) of the claims whose figure is ``value``."""
    return {
        (c.actor.code, c.location.country_code)
        for c in claims
        if c.figure is not None and c.figure.value == value and c.location is not None
    }
