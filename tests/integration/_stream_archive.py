"""The archive the stream tests feed, and what the offline driver says it should alert."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

from claimwatch.core.validate import InvalidInput, decode_item
from claimwatch.models import DEFAULT_MAX_BODY_BYTES
from claimwatch.offline.backtest import run_backtest
from claimwatch.stream.harness import read_topic

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample_feed.jsonl"


def archive_lines(path: Path = SAMPLE) -> list[bytes]:
    """The archive's lines in the order the backtest processes them (bad lines last)."""
    raw = [ln for ln in path.read_bytes().splitlines() if ln.strip()]
    good, bad = [], []
    for ln in raw:
        try:
            good.append((decode_item(ln, max_body_bytes=DEFAULT_MAX_BODY_BYTES), ln))
        except InvalidInput:
            bad.append(ln)
    # Published order, ties in file order: the order the backtest uses.
    order = sorted(range(len(good)), key=lambda n: (good[n][0].published_at, n))
    return [good[n][1] for n in order] + bad


def expected_alerts(lines: list[bytes], tmp: Path) -> dict[str, dict[str, Any]]:
    """alert_id -> alert (without detected_at) from ``claimwatch backtest``'s own function."""
    path = tmp / "archive.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    _summary, _report, alerts = run_backtest(
        path, alerts_out=None, max_body_bytes=DEFAULT_MAX_BODY_BYTES, warn=io.StringIO()
    )
    return {a.alert_id: comparable(a.model_dump(mode="json")) for a in alerts}


def comparable(alert: dict[str, Any]) -> dict[str, Any]:
    out = dict(alert)
    out.pop("detected_at", None)
    return out


def assert_live_alerts_equal(bootstrap: str, topic: str, expected: dict[str, dict[str, Any]], worker: Any) -> list[Any]:
    """Read the worker's alerts and check them against the backtest's: same ids, same contents, none twice."""
    records = read_topic(
        bootstrap,
        topic,
        until=lambda rs: len(rs) >= len(expected) or not worker.running,
        timeout=120,
        linger=3.0,
    )
    got = [r.json() for r in records]
    ids = Counter(a["alert_id"] for a in got)
    assert [i for i, n in ids.items() if n > 1] == [], "an alert was published twice"
    assert set(ids) == set(expected), worker.log_tail()
    for a in got:
        assert comparable(a) == expected[a["alert_id"]]
    return records
