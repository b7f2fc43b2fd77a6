"""The in-process pipeline: dedup before extraction, snapshot and restore."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from claimwatch.core.pipeline import ItemOutcome, ItemResult, Pipeline
from claimwatch.models import Actor, ClaimEvent, Evidence, Figure, NewsItem

T0 = datetime(2025, 4, 1, tzinfo=UTC)


class NumberExtractor:
    """A test extractor: every 'N soldiers' in the body is a Testland troops claim."""

    def extract(self, item: NewsItem) -> list[ClaimEvent]:
        out = []
        for m in re.finditer(r"(\d+) soldiers", item.body):
            out.append(ClaimEvent(
                claim_id=f"{item.id}-{m.start()}", item_id=item.id, source=item.source,
                published_at=item.published_at, actor=Actor(name="Testland", code="TL", kind="state"),
                topic="troops", figure=Figure(value=int(m.group(1)), unit="soldiers", text=m.group(0)),
                evidence=Evidence(sentence=m.group(0), start=m.start(), end=m.end()),
            ))
        return out


BASE = ("A long report about a border region where 500 soldiers arrived according to officials who spoke on "
        "condition of anonymity about the deployment, the weather, the roads, the bridges and the harvest. ")


def item(i: str, body: str, hours: int, source: str = "Wire") -> NewsItem:
    return NewsItem(id=i, source=source, published_at=T0 + timedelta(hours=hours), title="t", body=body)


def test_outcomes_and_alerts():
    p = Pipeline(extractor=NumberExtractor())
    r, alerts = p.process(item("1", BASE * 3, 1))
    assert r.outcome is ItemOutcome.claims and [a.figure.value for a in alerts] == [500]
    assert alerts[0].detected_at == r.item.published_at
    r, alerts = p.process(item("1", BASE * 3, 2))
    assert (r.outcome, r.duplicate_kind, alerts) == (ItemOutcome.duplicate, "id", [])
    r, alerts = p.process(item("2", BASE * 3 + "Later 900 soldiers followed.", 3, source="Other"))
    assert (r.outcome, r.duplicate_kind, r.duplicate_of) == (ItemOutcome.duplicate, "near", "1")
    assert [a.figure.value for a in alerts] == [900], "a near-copy adding a fact still alerts"
    assert all(c.duplicate_of == "1" for c in r.claims)
    r, alerts = p.process(item("3", "Nothing to see about the harvest this year at all.", 4))
    assert r.outcome is ItemOutcome.no_claims


def test_snapshot_restore_continues_knowledge():
    p = Pipeline(extractor=NumberExtractor())
    p.process(item("1", BASE, 1))
    q = Pipeline.restore(p.snapshot(), extractor=NumberExtractor())
    _, alerts = q.process(item("9", "Another story entirely: 500 soldiers and 700 soldiers moved.", 5))
    assert [a.figure.value for a in alerts] == [700]
    r, _ = q.process(item("1", BASE, 6))
    assert r.duplicate_kind == "id"


def test_admit_then_complete_is_process_split_in_two():
    """A driver that extracts in another process admits items in order, then completes them: same results."""
    items = [
        item("1", BASE * 3, 1),
        item("1", BASE * 3, 2),
        item("2", BASE * 3 + "Later 900 soldiers followed.", 3, source="Other"),
        item("3", "Nothing to see about the harvest this year at all.", 4),
    ]
    whole = Pipeline(extractor=NumberExtractor()).items
    split = Pipeline(extractor=NumberExtractor()).items
    admitted = [split.admit(it) for it in items]  # all dedup first, as a batch would
    extract = NumberExtractor().extract
    results = [
        a if isinstance(a, ItemResult) else split.complete(a, it, extract(it))
        for a, it in zip(admitted, items, strict=True)
    ]
    for got, it in zip(results, items, strict=True):
        want = whole.process(it)
        assert (got.outcome, got.duplicate_kind, got.duplicate_of, got.claims) == (
            want.outcome, want.duplicate_kind, want.duplicate_of, want.claims
        )
