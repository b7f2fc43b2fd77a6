"""Changelog end offsets that recovery reads to: true on the real broker even with multi-record batches.

On Tansu, ListOffsets(latest) is the last batch's base offset + 1, so a
partition whose last batch holds several records looks shorter than it is;
``faust_fixes.last_batch_ends`` finds the real end by fetching that batch.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from aiokafka import AIOKafkaProducer
from faust.types import TP
from yarl import URL

from claimwatch.broker import create_topics
from claimwatch.stream import faust_fixes

pytestmark = pytest.mark.integration


def _app(bootstrap: str) -> SimpleNamespace:
    conf = SimpleNamespace(
        broker=[URL(f"kafka://{bootstrap}")], broker_credentials=None, ssl_context=None, id="ends-test"
    )
    return SimpleNamespace(conf=conf)


async def _produce_batches(bootstrap: str, topic: str, batches: list[int]) -> None:
    """``batches`` record batches to partition 0, of the given sizes (each sent and flushed as one batch)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0, acks="all")
    await producer.start()
    try:
        n = 0
        for size in batches:
            batch = producer.create_batch()
            for _ in range(size):
                batch.append(key=b"k%d" % n, value=b"v%d" % n, timestamp=None)
                n += 1
            batch.close()
            await (await producer.send_batch(batch, topic, partition=0))
    finally:
        await producer.stop()


def test_true_ends_past_a_multi_record_last_batch(kafka, unique_name):
    create_topics(kafka.bootstrap, [(unique_name, 2)])
    asyncio.run(_produce_batches(kafka.bootstrap, unique_name, [3, 1, 5]))  # offsets 0-8, last batch 4-8
    tp0 = TP(unique_name, 0)
    # What Tansu's ListOffsets reports (4 + 1); Kafka reports 9 already. Either way the answer is 9.
    for given in (5, 9):
        ends = asyncio.run(faust_fixes.last_batch_ends(_app(kafka.bootstrap), {tp0: given}, timeout=10))
        assert ends == {tp0: 9}


def test_recovery_highwaters_are_corrected(kafka, unique_name):
    create_topics(kafka.bootstrap, [(unique_name, 2)])
    asyncio.run(_produce_batches(kafka.bootstrap, unique_name, [2, 4]))  # offsets 0-5, last batch 2-5
    tp0, tp1 = TP(unique_name, 0), TP(unique_name, 1)

    async def build(self, consumer, tps, destination, title):
        destination.clear()
        destination.update({tp0: 2, tp1: -1})  # faust's "end - 1" from Tansu's ListOffsets; tp1 is empty

    destination: dict[TP, int] = {}
    recovery = SimpleNamespace(app=_app(kafka.bootstrap))
    asyncio.run(faust_fixes._with_true_ends(build)(recovery, None, {tp0, tp1}, destination, "active"))
    assert destination == {tp0: 5, tp1: -1}
