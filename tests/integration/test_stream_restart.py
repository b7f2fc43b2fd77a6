"""A restarted worker recovers its tables from the changelogs and alerts nothing twice.

Worker A sees the first half of the archive and is stopped (SIGTERM). Worker B
starts with an empty state directory, so everything it knows comes from the
changelog topics; it then sees the second half and the first half again.
"""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from _stream_archive import archive_lines, comparable, expected_alerts

from claimwatch.stream.harness import WorkerProcess, produce, read_topic, stream_env, wait_for

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("store", ["memory", "rocksdb"])
def test_restart_recovers_state_and_alerts_nothing_twice(kafka, tmp_path, store):
    lines = archive_lines()
    half = len(lines) // 2
    first, second = lines[:half], lines[half:]
    expected_first = expected_alerts(first, tmp_path)
    expected = expected_alerts(lines, tmp_path)
    name = f"rs-{store}-{uuid.uuid4().hex[:8]}"
    # Separate state dirs: B's RocksDB starts empty too, so recovery is from the changelog alone.
    env_a = stream_env(kafka.bootstrap, name, tmp_path / "state-a", CLAIMWATCH_STORE=store)
    env_b = stream_env(kafka.bootstrap, name, tmp_path / "state-b", CLAIMWATCH_STORE=store)
    items, alerts = env_a["CLAIMWATCH_TOPIC_ITEMS"], env_a["CLAIMWATCH_TOPIC_ALERTS"]

    a = WorkerProcess(env_a, tmp_path / "worker-a.log").start()
    try:
        produce(kafka.bootstrap, items, first, partition=0)
        got = read_topic(
            kafka.bootstrap, alerts, until=lambda rs: len(rs) >= len(expected_first) or not a.running, timeout=120
        )
        assert {r.json()["alert_id"] for r in got} == set(expected_first), a.log_tail()
        assert wait_for(lambda: sum(a.outcomes().values()) == len(first), 30), a.outcomes()
    finally:
        assert a.stop() == 0, a.log_tail()

    b = WorkerProcess(env_b, tmp_path / "worker-b.log").start()
    try:
        produce(kafka.bootstrap, items, second + first, partition=0)
        records = read_topic(
            kafka.bootstrap, alerts, until=lambda rs: len(rs) >= len(expected) or not b.running, timeout=120, linger=3.0
        )
        ids = Counter(r.json()["alert_id"] for r in records)
        assert [i for i, n in ids.items() if n > 1] == [], "an alert was published twice"
        assert set(ids) == set(expected), b.log_tail()
        for r in records:
            assert comparable(r.json()) == expected[r.json()["alert_id"]]
        # At-least-once: B may re-read what A processed but had not committed, so at least.
        total = len(second) + len(first)
        assert wait_for(lambda: sum(b.outcomes().values()) >= total, 30), (b.outcomes(), b.log_tail(200))
    finally:
        assert b.stop() == 0, b.log_tail()
