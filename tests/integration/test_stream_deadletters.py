"""Bad input becomes dead letters with reason and provenance, and every message is accounted for.

One real worker process (``claimwatch worker``) against the session broker.
"""

from __future__ import annotations

import base64
import json
from collections import Counter

import pytest

from claimwatch.stream.harness import WorkerProcess, produce, read_topic, stream_env, wait_for

pytestmark = pytest.mark.integration

MAX_BODY = 2048  # CLAIMWATCH_MAX_BODY_BYTES for this worker; the raw-message limit is 2*cap + 64 KiB


def _item(n: int, body: str) -> bytes:
    return json.dumps(
        {
            "id": f"dl-{n}",
            "source": "Test Wire",
            "published_at": f"2024-11-{n + 1:02d}T08:00:00+00:00",
            "title": f"item {n}",
            "body": body,
        }
    ).encode()


BAD = {
    "not_utf8": b'\xff\xfe{"id": "x"}\x80',
    "not_json": b'{"id": "trunc", "body": "the troops were',
    "not_object": b'["a", "list"]',
    "invalid_item": json.dumps(
        {"id": "naive", "source": "S", "published_at": "2024-11-01 10:00:00", "body": "no offset"}
    ).encode(),
    "too_large": _item(90, "x" * (MAX_BODY + 100)),
    "too_large_raw": b'{"id": "huge", "body": "' + b"y" * (2 * MAX_BODY + 64 * 1024 + 10) + b'"}',
}
GOOD = [
    _item(1, "Officials said about 2,000 soldiers had arrived at a base near Vilnius on Monday."),
    _item(2, "The harvest festival drew large crowds to the old town this weekend."),
    _item(1, "Officials said about 2,000 soldiers had arrived at a base near Vilnius on Monday."),  # same id again
]


@pytest.fixture(scope="module")
def run(kafka, tmp_path_factory):
    import uuid

    name = f"dl-{uuid.uuid4().hex[:8]}"
    tmp = tmp_path_factory.mktemp(name)
    env = stream_env(kafka.bootstrap, name, tmp / "state", CLAIMWATCH_MAX_BODY_BYTES=str(MAX_BODY))
    worker = WorkerProcess(env, tmp / "worker.log").start()
    try:
        topic = env["CLAIMWATCH_TOPIC_ITEMS"]
        assert wait_for(lambda: worker.metrics() != {} or not worker.running, 60), worker.log_tail()
        assert worker.running, worker.log_tail()
        sent = {}
        for reason, value in BAD.items():
            sent[reason] = produce(kafka.bootstrap, topic, [value], key=reason.encode())[0]
        produce(kafka.bootstrap, topic, GOOD)
        yield worker, env, sent
    finally:
        rc = worker.stop()
        assert rc == 0, worker.log_tail()


def test_each_bad_message_is_a_dead_letter_with_reason_bytes_and_offsets(kafka, run):
    worker, env, sent = run
    records = read_topic(
        kafka.bootstrap,
        env["CLAIMWATCH_TOPIC_DLQ"],
        until=lambda rs: len(rs) >= len(BAD) or not worker.running,
        timeout=90,
    )
    letters = {r.key.decode(): r.json() for r in records}
    assert set(letters) == set(BAD), worker.log_tail()
    for key, dl in letters.items():
        reason = "too_large" if key.startswith("too_large") else key
        assert dl["reason"] == reason
        assert dl["detail"]
        assert dl["source_topic"] == env["CLAIMWATCH_TOPIC_ITEMS"]
        assert (dl["partition"], dl["offset"]) == sent[key]
        assert dl["received_at"]
        original = base64.b64decode(dl["payload"]) if dl["payload_encoding"] == "base64" else dl["payload"].encode()
        assert original == BAD[key]
    assert letters["not_utf8"]["payload_encoding"] == "base64"
    assert letters["not_json"]["payload_encoding"] == "utf-8"


def test_outcome_counts_add_up_to_what_was_produced(kafka, run):
    worker, _env, _sent = run
    total = len(BAD) + len(GOOD)
    assert wait_for(lambda: sum(worker.outcomes().values()) >= total, 90), (worker.outcomes(), worker.log_tail())
    outcomes = Counter(worker.outcomes())
    assert sum(outcomes.values()) == total
    assert outcomes["dead_letter"] == len(BAD)
    assert outcomes["duplicate"] == 1  # the re-sent dl-1
    assert outcomes["claims"] + outcomes["no_claims"] == 2
    dead = worker.metrics()["claimwatch_dead_letters_total"]
    by_reason = {dict(k)["reason"]: int(v) for k, v in dead.items()}
    assert by_reason["too_large"] == 2
    assert by_reason["not_utf8"] == by_reason["not_json"] == by_reason["not_object"] == by_reason["invalid_item"] == 1
    assert worker.running
