"""Benchmark: what a fetch costs on the embedded broker (Tansu), by fetch wait and by batches stored.

Why: every hop of the worker (news.items -> lane -> claims -> alerts) is a fetch that must find a record
produced a moment earlier. Two things decide how long that takes on Tansu, and both are measured here with
raw Fetch requests (no consumer-side buffering):

1. *When a waiting fetch answers*: a record is produced at a random point of a fetch that waits for data;
   the time from the produce's ack to the fetch's answer, per fetch wait (``--waits``). Tansu does not wake a
   waiting fetch on arrival: it looks again after half the remaining wait, then half of what is left, ...
2. *What finding the fetch offset costs*: a partition is filled with one-record batches (what a producer
   without linger makes at a low rate, e.g. the lane at 100 items/s) and the last record is fetched. Tansu's
   memory store lists every batch of the partition to find the offset, so the answer slows down with the
   batches stored, and once the listing outlasts the fetch wait the answer comes back *empty*: a consumer
   behind on such a partition then gets nothing, fetch after fetch.

    .venv/bin/python bench/broker_fetch_cost.py --waits 5 10 20 40 --batches 1000 10000 20000 45000
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time

from aiokafka import AIOKafkaProducer
from aiokafka.client import AIOKafkaClient
from aiokafka.protocol.fetch import FetchRequest
from kafka.admin import KafkaAdminClient, NewTopic

from claimwatch.broker import EmbeddedBroker

MB = 1 << 20


Parts = list[tuple[str, list[tuple[int, int, int]]]]


async def _fetch(client: AIOKafkaClient, node: int, wait_ms: int, parts: Parts) -> tuple[float, bool]:
    t0 = time.perf_counter()
    r = await client.send(node, FetchRequest(wait_ms, 1, 50 * MB, 0, parts))
    got = any(p[-1] for _topic, ps in r.topics for p in ps)
    return (time.perf_counter() - t0) * 1000, got


async def _answer_times(client: AIOKafkaClient, node: int, producer: AIOKafkaProducer, waits: list[int]) -> None:
    offset = 0
    for wait in waits:
        times = []
        for _ in range(40):
            # the record's partition plus four empty ones, like the worker's multi-partition fetch
            parts = [("arrive", [(0, offset, MB)]), ("idle", [(p, 0, MB) for p in range(4)])]
            fut = asyncio.ensure_future(client.send(node, FetchRequest(wait, 1, 50 * MB, 0, parts)))
            await asyncio.sleep(random.uniform(0, wait / 1000))
            await producer.send_and_wait("arrive", b"y", partition=0)
            acked = time.perf_counter()
            r = await fut
            if not any(p[-1] for _topic, ps in r.topics for p in ps):  # the fetch ended before the record came
                await client.send(node, FetchRequest(wait, 1, 50 * MB, 0, parts))
            times.append((time.perf_counter() - acked) * 1000)
            offset += 1
        print(
            f"fetch wait {wait} ms: produce acked -> fetch answered: median {statistics.median(times):.1f} ms, "
            f"mean {statistics.mean(times):.1f} ms, p90 {sorted(times)[int(0.9 * len(times))]:.1f} ms",
            flush=True,
        )


async def _offset_cost(
    client: AIOKafkaClient, node: int, producer: AIOKafkaProducer, waits: list[int], steps: list[int]
) -> None:
    stored = 0
    for target in steps:
        futures = []
        while stored < target:
            futures.append(await producer.send("stored", b"x" * 700, partition=0))
            stored += 1
            if len(futures) >= 500:
                await asyncio.gather(*futures)
                futures = []
        await asyncio.gather(*futures)
        cells = []
        for wait in waits:
            runs = [await _fetch(client, node, wait, [("stored", [(0, stored - 1, MB)])]) for _ in range(3)]
            cells.append(f"wait {wait}: " + "/".join(f"{ms:.0f} ms{'' if got else ' EMPTY'}" for ms, got in runs))
        print(f"{stored:>6} one-record batches, fetch of the last record: " + "; ".join(cells), flush=True)


async def _main(bootstrap: str, waits: list[int], steps: list[int]) -> None:
    client = AIOKafkaClient(bootstrap_servers=bootstrap)
    await client.bootstrap()
    await client.force_metadata_update()
    node = next(iter(client.cluster.brokers())).nodeId
    # one record per produce request, hence per batch (no linger, batch size 1 byte)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=0, max_batch_size=1)
    await producer.start()
    try:
        await _answer_times(client, node, producer, waits)
        await _offset_cost(client, node, producer, waits, steps)
    finally:
        await producer.stop()
        await client.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--waits", type=int, nargs="+", default=[5, 10, 20, 40], help="fetch waits (ms)")
    p.add_argument("--batches", type=int, nargs="+", default=[1000, 10000, 20000, 45000])
    args = p.parse_args()
    with EmbeddedBroker() as broker:
        topics = [NewTopic("arrive", 1, 1), NewTopic("idle", 4, 1), NewTopic("stored", 1, 1)]
        KafkaAdminClient(bootstrap_servers=broker.bootstrap).create_topics(topics)
        asyncio.run(_main(broker.bootstrap, args.waits, sorted(args.batches)))


if __name__ == "__main__":
    main()
