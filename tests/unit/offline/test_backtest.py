"""The offline driver: published order, bad lines by number, state carried between runs."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from claimwatch.models import Actor, Alert, ClaimEvent, Evidence, Figure, NewsItem
from claimwatch.offline.backtest import run_backtest


class CountingExtractor:
    """Test extractor: each 'N drones' is an equipment claim of Testland."""

    def extract(self, item: NewsItem) -> list[ClaimEvent]:
        return [
            ClaimEvent(
                claim_id=f"{item.id}-{m.start()}", item_id=item.id, source=item.source,
                published_at=item.published_at, actor=Actor(name="Testland", code="TL", kind="state"),
                topic="equipment", figure=Figure(value=int(m.group(1)), unit="drones", text=m.group(0)),
                evidence=Evidence(sentence=m.group(0), start=m.start(), end=m.end()),
            )
            for m in re.finditer(r"(\d+) drones", item.body)
        ]


def line(i: str, day: int, body: str) -> str:
    return json.dumps({"id": i, "source": f"Outlet {i}", "published_at": f"2025-01-{day:02d}T10:00:00+00:00",
                       "title": "t", "body": body})


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_backtest_orders_by_published_at_and_reports_bad_lines(tmp_path):
    src = write(tmp_path / "in.jsonl", [
        line("late", 9, "They now have 60 drones at the field."),
        "{not json",
        line("early", 2, "A first delivery of 40 drones arrived by sea."),
        json.dumps({"id": "naive", "source": "x", "published_at": "2025-01-03T00:00:00", "body": "b"}),
        "",
        line("mid", 5, "Reports again mention 40 drones."),
    ])
    warn = io.StringIO()
    summary, report, alerts = run_backtest(src, alerts_out=tmp_path / "alerts.jsonl", max_body_bytes=10_000,
                                           extractor=CountingExtractor(), warn=warn)
    assert [(b.line, b.reason) for b in report.bad] == [(2, "not_json"), (4, "invalid_item")]
    assert "in.jsonl:2: not_json" in warn.getvalue()
    assert [(a.item_id, a.figure.value) for a in alerts] == [("early", 40), ("late", 60)]
    written = [Alert.model_validate_json(x) for x in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert written == alerts
    assert summary.items == 3 and summary.bad_lines == 2 and summary.claims == 3
    assert summary.alerts == {"new_figure": 2}


def test_state_out_then_in_continues_knowledge(tmp_path):
    first = write(tmp_path / "a.jsonl", [line("a1", 1, "Some 10 drones were seen.")])
    second = write(tmp_path / "b.jsonl", [line("b1", 2, "Now 10 drones and 12 drones.")])
    state = tmp_path / "state.bin"
    run_backtest(first, alerts_out=None, state_out=state, max_body_bytes=10_000, extractor=CountingExtractor(),
                 warn=io.StringIO())
    _, _, alerts = run_backtest(second, alerts_out=None, state_in=state, max_body_bytes=10_000,
                                extractor=CountingExtractor(), warn=io.StringIO())
    assert [a.figure.value for a in alerts] == [12]


def test_stdin_archive_is_spooled_and_ordered(tmp_path, monkeypatch):
    import sys

    data = "\n".join([line("b", 4, "Then 7 drones."), line("a", 2, "First 5 drones."), line("c", 4, "Also 9 drones.")])
    fake = io.TextIOWrapper(io.BytesIO((data + "\n").encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    summary, report, alerts = run_backtest("-", alerts_out=None, max_body_bytes=10_000,
                                           extractor=CountingExtractor(), warn=io.StringIO())
    assert [a.item_id for a in alerts] == ["a", "b", "c"], "published order, ties in file order"
    assert report.items == 3 and summary.items == 3


def test_keep_alerts_false_still_writes_them(tmp_path):
    src = write(tmp_path / "in.jsonl", [line("x", 1, "Now 3 drones.")])
    _, _, alerts = run_backtest(src, alerts_out=tmp_path / "out.jsonl", max_body_bytes=10_000,
                                extractor=CountingExtractor(), warn=io.StringIO(), keep_alerts=False)
    assert alerts == []
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 1
