"""The live stream and ``claimwatch backtest`` give the same alerts for the same archive.

The archive goes to one partition of news.items in published order, which is
what the backtest processes; the lane keeps that order through dedup and
extraction, and claims keep per-actor order on their partitions.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from _stream_archive import archive_lines, assert_live_alerts_equal, expected_alerts

from claimwatch.stream.harness import WorkerProcess, produce, stream_env, wait_for

pytestmark = pytest.mark.integration


def _extraction_children(pid: int) -> int:
    """The worker's extraction processes (``python -m claimwatch.stream.extract_pool FD``)."""
    n = 0
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (d / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        n += ppid == pid and b"claimwatch.stream.extract_pool" in cmdline
    return n


@pytest.mark.parametrize("processes", [0, 2], ids=["in-worker", "extract-processes"])
def test_live_stream_alerts_equal_backtest_alerts(kafka, tmp_path, processes):
    lines = archive_lines()
    expected = expected_alerts(lines, tmp_path)
    assert expected, "the sample archive should raise alerts"
    name = f"eq-{uuid.uuid4().hex[:8]}"
    env = stream_env(kafka.bootstrap, name, tmp_path / "state")
    env["CLAIMWATCH_EXTRACT_PROCESSES"] = str(processes)  # extraction in child processes changes nothing
    worker = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        produce(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ITEMS"], lines, partition=0)
        records = assert_live_alerts_equal(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ALERTS"], expected, worker)
        # Alerts are keyed by actor code, like claims.
        assert all(r.key.decode() == r.json()["actor"]["code"] for r in records)
        assert wait_for(lambda: sum(worker.outcomes().values()) == len(lines), 30), worker.outcomes()
        assert worker.proc is not None
        assert _extraction_children(worker.proc.pid) == processes
    finally:
        assert worker.stop() == 0, worker.log_tail()
