"""The archive the stream tests feed, and what the offline driver says it should alert."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from claimwatch.core.validate import InvalidInput, decode_item
from claimwatch.models import DEFAULT_MAX_BODY_BYTES
from claimwatch.offline.backtest import in_published_order, run_backtest

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
    order = {id(it): ln for it, ln in good}
    return [order[id(it)] for it in in_published_order([it for it, _ in good])] + bad


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
