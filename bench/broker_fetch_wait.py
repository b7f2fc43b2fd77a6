"""Benchmark: when does the embedded broker (Tansu) answer a fetch that is waiting for data?

Why: an item crosses three fetches in the worker (news.items, the lane, claims), and the item-to-alert latency
is mostly the time each fetch waits before it returns the record produced meanwhile. A broker that answers as
soon as data arrives (Kafka) makes the fetch wait harmless; one that holds the fetch until its wait ends makes
each hop cost up to the whole wait. This measures, for consumers that fetch one partition or several, how long a
record produced while the fetch waits takes to reach the consumer:

    .venv/bin/python bench/broker_fetch_wait.py --fetch-wait-ms 500 --rounds 5

One producer (acks=all) and one aiokafka consumer per case, on a fresh embedded broker; each round produces one
record ~140 ms after the previous one was consumed (so the consumer's next fetch is already waiting).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

from claimwatch.broker import EmbeddedBroker

CASES: list[tuple[str, list[TopicPartition]]] = [
    ("one partition", [TopicPartition("one", 0)]),
    ("two partitions of one topic", [TopicPartition("two", 0), TopicPartition("two", 1)]),
    ("one partition each of two topics", [TopicPartition("one", 0), TopicPartition("other", 0)]),
    (
        "nine partitions of three topics (the worker's fetch)",
        [TopicPartition("four", p) for p in range(4)]
        + [TopicPartition("one", 0)]
        + [TopicPartition("four2", p) for p in range(4)],
    ),
]


async def _measure(bootstrap: str, wait_ms: int, rounds: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for name, tps in CASES:
            consumer = AIOKafkaConsumer(
                bootstrap_servers=bootstrap, fetch_max_wait_ms=wait_ms, enable_auto_commit=False
            )
            await consumer.start()
            try:
                consumer.assign(tps)
                await consumer.seek_to_end(*tps)
                await asyncio.sleep(0.3)
                target = tps[-1]  # produce to the partition listed last
                lat: list[float] = []
                for _ in range(rounds):
                    await asyncio.sleep(0.137)
                    t0 = time.perf_counter()
                    await producer.send_and_wait(target.topic, b"x", partition=target.partition)
                    await consumer.getone()
                    lat.append((time.perf_counter() - t0) * 1000)
                steady = lat[1:] or lat  # the first round may meet a fetch that started before the seek settled
                print(
                    f"fetch wait {wait_ms} ms, {name}: produce -> consumed median {statistics.median(steady):.0f} ms"
                    f" (rounds: {', '.join(f'{x:.0f}' for x in lat)})",
                    flush=True,
                )
            finally:
                await consumer.stop()
    finally:
        await producer.stop()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--fetch-wait-ms", type=int, default=500)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    with EmbeddedBroker() as broker:
        topics = [NewTopic("one", 1, 1), NewTopic("two", 2, 1), NewTopic("other", 1, 1), NewTopic("four", 4, 1),
                  NewTopic("four2", 4, 1)]  # fmt: skip
        KafkaAdminClient(bootstrap_servers=broker.bootstrap).create_topics(topics)
        asyncio.run(_measure(broker.bootstrap, args.fetch_wait_ms, args.rounds))


if __name__ == "__main__":
    main()
