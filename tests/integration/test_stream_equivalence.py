"""The live stream and ``claimwatch backtest`` give the same alerts for the same archive.

The archive goes to one partition of news.items in published order, which is
what the backtest processes; the lane keeps that order through dedup and
extraction, and claims keep per-actor order on their partitions.
"""

from __future__ import annotations

import uuid

import pytest
from _stream_archive import archive_lines, assert_live_alerts_equal, expected_alerts

from claimwatch.stream.harness import WorkerProcess, produce, stream_env, wait_for

pytestmark = pytest.mark.integration


def test_live_stream_alerts_equal_backtest_alerts(kafka, tmp_path):
    lines = archive_lines()
    expected = expected_alerts(lines, tmp_path)
    assert expected, "the sample archive should raise alerts"
    name = f"eq-{uuid.uuid4().hex[:8]}"
    env = stream_env(kafka.bootstrap, name, tmp_path / "state")
    worker = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        produce(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ITEMS"], lines, partition=0)
        records = assert_live_alerts_equal(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ALERTS"], expected, worker)
        # Alerts are keyed by actor code, like claims.
        assert all(r.key.decode() == r.json()["actor"]["code"] for r in records)
        assert wait_for(lambda: sum(worker.outcomes().values()) == len(lines), 30), worker.outcomes()
    finally:
        assert worker.stop() == 0, worker.log_tail()
