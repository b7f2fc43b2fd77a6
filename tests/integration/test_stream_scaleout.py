"""Two worker processes in one group split the partitions; stopping one hands everything to the other.

No alert is lost or published twice across the handover: the survivor
recovers the leaver's tables (lane fingerprints and per-actor facts) from the
changelogs before it processes the leaver's partitions.
"""

from __future__ import annotations

import uuid
from collections import Counter

import pytest
from _stream_archive import archive_lines, comparable, expected_alerts

from claimwatch.stream.harness import WorkerProcess, produce, read_topic, stream_env, wait_for

pytestmark = pytest.mark.integration

PARTITIONS = 4


def _owned(worker: WorkerProcess, topic: str) -> set[int]:
    return {int(tp.rsplit(":", 1)[1]) for tp in worker.state().get("assigned", []) if tp.rsplit(":", 1)[0] == topic}


def test_two_workers_split_partitions_and_hand_over_without_loss_or_duplicates(kafka, tmp_path):
    lines = archive_lines()
    half = len(lines) // 2
    first, second = lines[:half], lines[half:]
    expected_first = expected_alerts(first, tmp_path)
    expected = expected_alerts(lines, tmp_path)
    name = f"so-{uuid.uuid4().hex[:8]}"
    envs = [stream_env(kafka.bootstrap, name, tmp_path / f"state-{n}", partitions=PARTITIONS) for n in (1, 2)]
    items, claims = envs[0]["CLAIMWATCH_TOPIC_ITEMS"], envs[0]["CLAIMWATCH_TOPIC_CLAIMS"]
    alerts, lane = envs[0]["CLAIMWATCH_TOPIC_ALERTS"], f"{name}.items.valid"
    workers = [WorkerProcess(env, tmp_path / f"worker-{n}.log") for n, env in enumerate(envs, 1)]
    try:
        workers[0].start()
        assert wait_for(lambda: len(_owned(workers[0], claims)) == PARTITIONS, 90), workers[0].log_tail()
        workers[1].start()

        def split() -> bool:
            mine = [_owned(w, claims) for w in workers]
            return all(mine) and mine[0] | mine[1] == set(range(PARTITIONS)) and not mine[0] & mine[1]

        assert wait_for(split, 90), (workers[0].state(), workers[1].state(), workers[1].log_tail())
        holders = [w for w in workers if _owned(w, lane)]
        assert len(holders) == 1, "exactly one worker owns the item lane"

        produce(kafka.bootstrap, items, first, partition=0)
        got = read_topic(
            kafka.bootstrap,
            alerts,
            until=lambda rs: len(rs) >= len(expected_first) or not all(w.running for w in workers),
            timeout=120,
        )
        assert {r.json()["alert_id"] for r in got} == set(expected_first)

        # Stop the lane's owner: the survivor must take over the lane and its dedup state too.
        leaver = holders[0]
        survivor = workers[1] if leaver is workers[0] else workers[0]
        assert leaver.stop() == 0, leaver.log_tail()
        assert wait_for(lambda: len(_owned(survivor, claims)) == PARTITIONS and _owned(survivor, lane) == {0}, 90), (
            survivor.state(),
            survivor.log_tail(),
        )

        produce(kafka.bootstrap, items, second + first, partition=0)
        records = read_topic(
            kafka.bootstrap,
            alerts,
            until=lambda rs: len(rs) >= len(expected) or not survivor.running,
            timeout=120,
            linger=3.0,
        )
        ids = Counter(r.json()["alert_id"] for r in records)
        assert [i for i, n in ids.items() if n > 1] == [], "an alert was published twice"
        assert set(ids) == set(expected), survivor.log_tail()
        for r in records:
            assert comparable(r.json()) == expected[r.json()["alert_id"]]
    finally:
        for w in workers:
            if w.proc is not None:
                assert w.stop() == 0, w.log_tail()
