"""Replays an archive through the core in ``published_at`` order.

Items are sorted before processing because archives are rarely in order and the
alert timeline depends on it; ties keep file order so a run is deterministic.
Sorting does not hold the archive: ``items_in_published_order`` keeps each
line's time and file offset and re-reads the lines in order, so memory grows
with the knowledge the run gathers, not with the archive's size.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from claimwatch.core.dedup import Deduper
from claimwatch.core.pipeline import ClaimExtractor, ItemOutcome, Pipeline
from claimwatch.models import Alert, ClaimEvent, NewsItem
from claimwatch.offline.jsonl import ReadReport, items_in_published_order, open_out


@dataclass(slots=True)
class BacktestSummary:
    items: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    duplicates: Counter[str] = field(default_factory=Counter)
    claims: int = 0
    claims_by_topic: Counter[str] = field(default_factory=Counter)
    alerts: Counter[str] = field(default_factory=Counter)
    bad_lines: int = 0
    seconds: float = 0.0
    #: (item id, published_at) in processing order: the report places alerts against it for lead/lag.
    timeline: list[tuple[str, datetime]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "items": self.items,
            "outcomes": dict(self.outcomes),
            "duplicates": dict(self.duplicates),
            "claims": self.claims,
            "claims_by_topic": dict(self.claims_by_topic),
            "alerts": dict(self.alerts),
            "bad_lines": self.bad_lines,
            "seconds": round(self.seconds, 3),
        }

    def lines(self) -> list[str]:
        dup = ", ".join(f"{k} {v}" for k, v in sorted(self.duplicates.items())) or "none"
        alerts = ", ".join(f"{k} {v}" for k, v in sorted(self.alerts.items())) or "none"
        rate = self.items / self.seconds if self.seconds else 0.0
        return [
            f"items      {self.items} ({rate:.0f}/s)",
            f"outcomes   claims {self.outcomes['claims']}, no claims {self.outcomes['no_claims']}, "
            f"duplicates {self.outcomes['duplicate']}",
            f"duplicates {dup}",
            f"claims     {self.claims}",
            f"alerts     {sum(self.alerts.values())} ({alerts})",
            f"bad lines  {self.bad_lines}",
        ]


@contextmanager
def _discard() -> Iterator[TextIO]:
    with open(os.devnull, "w", encoding="utf-8") as sink:
        yield sink


@dataclass
class Backtest:
    """The offline driver: a Pipeline plus bookkeeping; no logic of its own."""

    pipeline: Pipeline
    on_alert: Callable[[Alert], None] | None = None
    on_claim: Callable[[ClaimEvent], None] | None = None
    progress: Callable[[int, int], None] | None = None
    summary: BacktestSummary = field(default_factory=BacktestSummary)

    def run(self, items: Iterable[NewsItem], total: int | None = None) -> BacktestSummary:
        """Process items in the order given (callers sort: see ``items_in_published_order``)."""
        start = time.perf_counter()
        if total is None:
            items = list(items)
            total = len(items)
        for n, item in enumerate(items, 1):
            result, alerts = self.pipeline.process(item)
            self.summary.items += 1
            self.summary.timeline.append((item.id, item.published_at))
            self.summary.outcomes[result.outcome.value] += 1
            if result.outcome is ItemOutcome.duplicate and result.duplicate_kind:
                self.summary.duplicates[result.duplicate_kind] += 1
            for c in result.claims:
                self.summary.claims += 1
                self.summary.claims_by_topic[c.topic] += 1
                if self.on_claim:
                    self.on_claim(c)
            for a in alerts:
                self.summary.alerts[a.kind.value] += 1
                if self.on_alert:
                    self.on_alert(a)
            if self.progress:
                self.progress(n, total)
        self.summary.seconds += time.perf_counter() - start
        return self.summary


def run_backtest(
    path: str | Path,
    *,
    alerts_out: str | Path | None,
    state_in: Path | None = None,
    state_out: Path | None = None,
    max_body_bytes: int,
    extractor: ClaimExtractor | None = None,
    progress: Callable[[int, int], None] | None = None,
    warn: TextIO = sys.stderr,
    claims: list[ClaimEvent] | None = None,
    keep_alerts: bool = True,
    deduper: Deduper | None = None,
) -> tuple[BacktestSummary, ReadReport, list[Alert]]:
    """Read, run, write: what ``claimwatch backtest`` does, callable from tests and the report.

    Claims are appended to ``claims`` only when a list is passed, and alerts are
    returned only with ``keep_alerts``: the report needs them, but keeping every
    alert of a large archive in memory costs more than the run itself.
    """
    report = ReadReport()
    pipeline = Pipeline.restore(state_in.read_bytes(), extractor) if state_in else Pipeline(extractor, deduper)
    alerts: list[Alert] = []
    with (
        items_in_published_order(path, report, max_body_bytes=max_body_bytes, warn=warn) as (total, items),
        open_out(alerts_out) if alerts_out is not None else _discard() as out,
    ):

        def emit(a: Alert) -> None:
            if keep_alerts:
                alerts.append(a)
            out.write(a.model_dump_json() + "\n")

        keep = claims.append if claims is not None else None
        bt = Backtest(pipeline, on_alert=emit, on_claim=keep, progress=progress)
        summary = bt.run(items, total)
    summary.bad_lines = len(report.bad)
    if state_out:
        state_out.parent.mkdir(parents=True, exist_ok=True)
        state_out.write_bytes(pipeline.snapshot())
    return summary, report, alerts
