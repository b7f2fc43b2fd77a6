"""``claimwatch replay`` into a live worker raises exactly the alerts ``claimwatch backtest`` raises.

The archive is written out of order on purpose: both drivers must put it in
published order. news.items gets one partition so the worker sees the items in
the order replay sends them (with several partitions the worker's interleaving
of partitions, not replay, would decide which item tells a fact first).
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from _stream_archive import assert_live_alerts_equal, expected_alerts

from claimwatch.broker import create_topics
from claimwatch.cli import main
from claimwatch.stream.harness import WorkerProcess, stream_env, wait_for

pytestmark = pytest.mark.integration

T0 = datetime(2024, 11, 2, 6, 0, tzinfo=UTC)

BODIES = [
    "South Korea's intelligence agency said on Saturday that about 3,000 North Korean soldiers had been "
    "moved to Russia's Far East for training. Officials in Seoul gave no further details.",
    "The Pentagon said some 8,000 North Korean troops were now in Russia's Kursk Oblast, and that "
    "more were expected. A spokesman spoke at a briefing in Washington.",
    "Ukraine's military intelligence said 11,000 North Korean soldiers had arrived in the Kursk region. "
    "It did not say how it had counted them.",
    "Analysts said the reports were consistent with earlier estimates. The Pentagon said some 8,000 North "
    "Korean troops were in Kursk Oblast.",
    "Ukraine's defence ministry said Russia had lost 1,200 soldiers in a single day near Pokrovsk, a figure "
    "Moscow did not confirm.",
    "A regional council approved a plan for new cycle lanes after a long meeting on Tuesday.",
]


def write_archive(path: Path) -> None:
    order = [2, 0, 5, 1, 4, 3]  # not published order
    lines = [
        json.dumps(
            {
                "id": f"rw-{n}",
                "source": f"Outlet {n % 3}",
                "published_at": (T0 + timedelta(hours=n)).isoformat(),
                "title": f"Report {n}",
                "body": BODIES[n],
            }
        )
        for n in order
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_replay_into_a_worker_gives_the_backtest_alerts(kafka, tmp_path, monkeypatch):
    archive = tmp_path / "archive.jsonl"
    write_archive(archive)
    expected = expected_alerts(archive.read_bytes().splitlines(), tmp_path)
    assert expected, "the archive should raise alerts offline"

    name = f"rw-{uuid.uuid4().hex[:8]}"
    env = stream_env(kafka.bootstrap, name, tmp_path / "state")
    create_topics(kafka.bootstrap, [(env["CLAIMWATCH_TOPIC_ITEMS"], 1)])
    worker = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        monkeypatch.setenv("CLAIMWATCH_KAFKA_BOOTSTRAP", kafka.bootstrap)
        assert main(["replay", str(archive), "--topic", env["CLAIMWATCH_TOPIC_ITEMS"], "--no-delay", "-q"]) == 0
        assert_live_alerts_equal(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ALERTS"], expected, worker)
        assert wait_for(lambda: sum(worker.outcomes().values()) == len(BODIES), 30), worker.outcomes()
    finally:
        assert worker.stop() == 0, worker.log_tail()
