"""``claimwatch replay`` against the session's broker: archive order, timestamps, bad lines, time ranges."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from claimwatch.broker import create_topics
from claimwatch.cli import main

pytestmark = pytest.mark.integration

T0 = datetime(2025, 2, 1, 6, 0, tzinfo=UTC)


def ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def read_topic(bootstrap: str, topic: str, expect: int, *, timeout: float = 30.0, quiet: float = 1.5) -> list:
    """Every record of a topic: until ``expect`` arrived and then ``quiet`` seconds brought nothing more."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    try:
        parts = None
        deadline = time.monotonic() + timeout
        while not parts and time.monotonic() < deadline:
            parts = consumer.partitions_for_topic(topic)
            time.sleep(0.1)
        assert parts, f"topic {topic} not found"
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        out: list = []
        last = time.monotonic()
        while time.monotonic() < deadline:
            batch = consumer.poll(timeout_ms=200)
            for records in batch.values():
                out.extend(records)
            if batch:
                last = time.monotonic()
            elif len(out) >= expect and time.monotonic() - last >= quiet:
                break
        return out
    finally:
        consumer.close()


@pytest.fixture
def env(kafka, monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_KAFKA_BOOTSTRAP", kafka.bootstrap)
    return kafka


def item_line(n: int, at: datetime) -> str:
    return json.dumps(
        {
            "id": f"rp-{n}",
            "source": "Replay Test Wire",
            "published_at": at.isoformat(),
            "title": f"Dispatch {n}",
            "body": f"Officials said {n * 100} engineers were seen near the ferry crossing.",
            "desk": "kept as an unknown field",
        }
    )


def test_archive_goes_out_in_published_order_with_timestamps(env, unique_name, tmp_path: Path, capsys):
    create_topics(env.bootstrap, [(unique_name, 1)])
    stamps = [T0 + timedelta(hours=h) for h in (5, 1, 3, 0, 4, 2)]
    lines = [item_line(n, at) for n, at in enumerate(stamps)]
    lines.insert(2, "{not json")  # line 3
    lines.insert(
        5, json.dumps({"id": "naive", "source": "x", "published_at": "2025-02-01T09:00:00", "body": "b"})
    )  # line 6
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")

    rc = main(["replay", str(archive), "--topic", unique_name, "--no-delay", "-q"])
    err = capsys.readouterr().err
    assert rc == 1  # bad lines make the run fail, after producing the good ones
    assert "archive.jsonl:3:" in err and "archive.jsonl:6:" in err
    assert "bad lines  2" in err and "produced   6" in err

    got = read_topic(env.bootstrap, unique_name, 6)
    assert [r.key.decode() for r in got] == [f"rp-{n}" for n in (3, 1, 5, 2, 4, 0)]
    assert [r.timestamp for r in got] == sorted(ms(t) for t in stamps)
    for r in got:
        doc = json.loads(r.value)
        assert r.timestamp == ms(datetime.fromisoformat(doc["published_at"]))
        assert doc["desk"] == "kept as an unknown field"


def test_paced_replay_compresses_time(env, unique_name, tmp_path: Path, capsys):
    """Three items an hour apart at 36,000x: about 0.2 s of waiting, no gap cut."""
    create_topics(env.bootstrap, [(unique_name, 1)])
    archive = tmp_path / "paced.jsonl"
    archive.write_text("".join(item_line(n, T0 + timedelta(hours=n)) + "\n" for n in range(3)), encoding="utf-8")
    assert main(["replay", str(archive), "--topic", unique_name, "--speed", "36000", "-q"]) == 0
    err = capsys.readouterr().err
    assert "produced   3" in err and "gaps cut" not in err
    assert len(read_topic(env.bootstrap, unique_name, 3)) == 3


@pytest.mark.parametrize("until", [True, False], ids=["since-until", "since-only"])
def test_time_range_of_a_topic_is_republished_exactly(env, unique_name, until: bool, capsys):
    src, out = f"{unique_name}-src", f"{unique_name}-out"
    create_topics(env.bootstrap, [(src, 2)])
    # Batched on purpose (linger): on Tansu the end offset then falls short of the last record.
    producer = KafkaProducer(bootstrap_servers=env.bootstrap, linger_ms=200, batch_size=1_000_000)
    days = [T0 + timedelta(days=d) for d in range(10)]
    order = [4, 0, 9, 2, 7, 5, 1, 8, 3, 6]  # timestamps not in offset order
    for d in order:
        producer.send(
            src,
            key=f"k{d % 3}".encode(),
            value=f"v{d}".encode(),
            timestamp_ms=ms(days[d]),
            headers=[("origin", f"day{d}".encode())],
        )
    producer.flush()
    producer.close()

    argv = ["replay", "--from-topic", src, "--topic", out, "--since", days[3].isoformat(), "-q"]
    if until:
        argv += ["--until", days[7].isoformat().replace("+00:00", "Z")]
    assert main(argv) == 0
    err = capsys.readouterr().err
    want = list(range(3, 7)) if until else list(range(3, 10))
    assert f"produced   {len(want)}" in err

    got = read_topic(env.bootstrap, out, len(want))
    assert sorted(r.timestamp for r in got) == [ms(days[d]) for d in want]
    for r in got:
        d = int(r.value.decode()[1:])
        assert r.timestamp == ms(days[d])
        assert r.key == f"k{d % 3}".encode()
        assert dict(r.headers) == {"origin": f"day{d}".encode()}


def test_unknown_source_topic_is_an_error(env, unique_name, capsys):
    rc = main(["replay", "--from-topic", f"{unique_name}-absent", "--topic", unique_name, "--since", "0000000000000"])
    assert rc == 2
