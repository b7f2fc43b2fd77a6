"""Event dates resolved against the item's publication time (a Friday here)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from claimwatch.core.dates import resolve_date

PUBLISHED = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)  # a Friday


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 14 October, 300 marines landed.", date(2026, 10, 14)),
        ("Marines began landing as early as 2 November.", date(2026, 11, 2)),
        ("Marines landed on Oct. 14.", date(2026, 10, 14)),
        ("Marines landed on October 14, 2025.", date(2025, 10, 14)),
        ("Marines landed on 14 Oct 2024.", date(2024, 10, 14)),
        ("Marines landed on 20 December.", date(2025, 12, 20)),  # a month after the item: last year's
        ("Marines landed on Monday.", date(2026, 11, 23)),
        ("Marines landed last Wednesday.", date(2026, 11, 25)),
        ("Marines will land on Tuesday.", date(2026, 12, 1)),  # a weekday ahead of a future verb
        ("Marines land next Friday.", date(2026, 12, 4)),
        ("Marines landed yesterday.", date(2026, 11, 26)),
        ("Marines landed two days ago.", date(2026, 11, 25)),
        ("Marines landed three weeks ago.", date(2026, 11, 6)),
        ("Marines landed last week.", date(2026, 11, 20)),
        ("Marines landed in the last week of October.", None),  # no "last week": a month's week, no day
        ("About 300 marines are in the port.", None),
    ],
)
def test_event_dates(text: str, want: date | None) -> None:
    assert resolve_date(text, PUBLISHED) == want
