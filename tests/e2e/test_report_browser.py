"""The backtest report opens in a real (headless) browser, offline, with its plots drawn.

Skipped when Chromium is absent, unless ``CLAIMWATCH_REQUIRE_SYSTEM_TOOLS`` is
set (CI sets it, and installs the Debian ``chromium`` package).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from claimwatch.models import Actor, ActorKind, ClaimEvent, Evidence, Figure, Location, NewsItem
from claimwatch.offline.backtest import run_backtest
from claimwatch.offline.report import write_report

pytestmark = pytest.mark.e2e

T0 = datetime(2025, 4, 1, 7, 0, tzinfo=UTC)
PLACES = {"Harbor Bay": "XA", "Stonefield": "XA", "North Pass": "XB"}


def chromium() -> str:
    path = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if path:
        return path
    msg = "chromium is not installed (Debian package chromium; make system-deps)"
    if os.environ.get("CLAIMWATCH_REQUIRE_SYSTEM_TOOLS"):
        pytest.fail(msg + " and CLAIMWATCH_REQUIRE_SYSTEM_TOOLS is set")
    pytest.skip(msg)


class TinyExtractor:
    """Just enough of an extractor for the report: "<Actor> has N troops|tanks [in Place]"."""

    pattern = re.compile(
        r"(?P<actor>[A-Z][a-z]+) has (?P<n>[\d,]+) (?P<noun>troops|tanks)"
        r"(?: in (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    )

    def extract(self, item: NewsItem) -> list[ClaimEvent]:
        out = []
        for m in self.pattern.finditer(item.body):
            actor = Actor(name=m["actor"], code=m["actor"][:2].upper(), kind=ActorKind.state)
            place = m["place"]
            out.append(
                ClaimEvent(
                    claim_id=f"{item.id}-{m.start()}",
                    item_id=item.id,
                    source=item.source,
                    published_at=item.published_at,
                    actor=actor,
                    topic="troops" if m["noun"] == "troops" else "equipment",
                    figure=Figure(value=int(m["n"].replace(",", "")), unit=m["noun"], text=m["n"]),
                    location=Location(name=place, country_code=PLACES.get(place), text=place) if place else None,
                    evidence=Evidence(sentence=item.body, start=0, end=len(item.body)),
                )
            )
        return out


def write_archive(path: Path) -> None:
    bodies = [
        "Ostland has 4,000 troops in Harbor Bay, a ministry said.",
        "Ostland has 4,000 troops in Harbor Bay according to a second outlet.",
        "Ostland has 5,500 troops in Stonefield. Westmark has 120 tanks.",
        "Westmark has 150 tanks in North Pass, analysts said <not markup>.",
        "Ostland has 6,000 troops in Stonefield.",
    ]
    lines = [
        NewsItem(
            id=f"b{n}", source=f"Outlet {n % 2}", published_at=T0 + timedelta(days=n), title=f"T{n}", body=b
        ).model_dump_json()
        for n, b in enumerate(bodies)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_report_opens_in_chromium_with_its_plots(tmp_path: Path):
    browser = chromium()
    archive = tmp_path / "archive.jsonl"
    write_archive(archive)
    expected = tmp_path / "expected.jsonl"
    expected.write_text(
        json.dumps(
            {
                "item_id": "b0",
                "kind": "new_figure",
                "actor": "Ostland",
                "category": "troops",
                "value": 4000,
                "location": None,
            }
        )
        + "\n"
        + json.dumps(
            {
                "item_id": "b3",
                "kind": "new_location",
                "actor": "Westmark",
                "category": "equipment",
                "value": None,
                "location": "North Pass",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    claims: list[ClaimEvent] = []
    summary, _, alerts = run_backtest(
        archive, alerts_out=tmp_path / "alerts.jsonl", max_body_bytes=1 << 20, extractor=TinyExtractor(), claims=claims
    )
    assert alerts and claims
    out = tmp_path / "report"
    doc = write_report(out, summary=summary, alerts=alerts, expected=expected, claims=claims)
    assert doc["tp"] == 2 and doc["fn"] == 0

    profile = tmp_path / "profile"
    flags = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
    ]
    url = (out / "index.html").as_uri()
    dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=180)
    assert dom.returncode == 0, dom.stderr[-2000:]
    imgs = re.findall(r'<img[^>]*src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}"', dom.stdout)
    assert len(imgs) == 2, "one inline PNG plot per actor"
    assert "late by" not in dom.stdout and "on time" in dom.stdout
    assert "analysts said &lt;not markup&gt;" in dom.stdout

    shot = tmp_path / "shot.png"
    res = subprocess.run(
        [*flags, f"--screenshot={shot}", "--window-size=1200,1600", "--hide-scrollbars", url],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    import matplotlib.image as mpimg
    import numpy as np

    pixels = mpimg.imread(shot)[..., :3]
    colors = np.unique((pixels * 255).astype(np.uint8).reshape(-1, 3), axis=0)
    non_white = float((pixels < 0.95).any(axis=-1).mean())
    assert len(colors) > 50, "the page looks blank: plots not drawn"
    assert non_white > 0.02
