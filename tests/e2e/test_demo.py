"""The README's main job, `claimwatch demo`, run as a user runs it: broker, worker, sample feed, alerts.

Runs the installed console script in its own process (the same entry point `make demo` calls), feeds the
bundled sample at once and stops once every fed item is accounted for, then checks what a user sees.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_feed.jsonl"


def _command() -> list[str]:
    script = shutil.which("claimwatch", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-c", "from claimwatch.cli import main; raise SystemExit(main())"]


@pytest.mark.timeout(280)
def test_demo_feeds_the_sample_and_prints_alerts_with_evidence_and_a_summary(tmp_path: Path) -> None:
    lines = [ln for ln in SAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    res = subprocess.run(
        [*_command(), "demo", "--no-wait", "--exit-after-feed"],
        capture_output=True,
        text=True,
        timeout=260,
        cwd=tmp_path,
    )
    out = res.stdout
    assert res.returncode == 0, res.stderr[-3000:]
    alerts = re.findall(r"^ALERT (new_figure|new_location)\s+\[(critical|warning|info)\]", out, re.MULTILINE)
    assert alerts, out[-3000:]
    assert out.count("evidence: \"") == len(alerts), "every alert shows its evidence sentence"
    summary = re.search(
        r"fed (\d+) messages -> claims (\d+), dead_letter (\d+), duplicate (\d+), no_claims (\d+); alerts (\d+)", out
    )
    assert summary is not None, out[-3000:]
    fed, claims, dead, dup, none, n_alerts = map(int, summary.groups())
    assert fed == len(lines) and claims + dead + dup + none == fed, "every fed message ends as exactly one outcome"
    assert n_alerts == len(alerts)
    bad = 0
    for ln in lines:
        try:
            json.loads(ln)
        except json.JSONDecodeError:
            bad += 1
    assert dead >= bad >= 1, "the sample's broken lines reach the dead-letter topic"
