"""Benchmark: the embedded broker (Tansu) as one-record batches pile up in a topic.

Why: the worker's faust producer sends one record per batch (``producer_max_batch_size=1``, the workaround
for Tansu's wrong end offsets, DESIGN.md), so every changelog write is a batch of its own. In long stream
runs (``bench/stream.py --items 50000``) the worker slowed down after ~20,000 items while the broker, not
the worker, used most of a core. This script shows that cost on the broker alone, without claimwatch:

    .venv/bin/python bench/broker_batches.py --records-per-step 10000 --steps 6 --batch-size 1
    .venv/bin/python bench/broker_batches.py --records-per-step 10000 --steps 6 --batch-size 65536

It produces ``--steps`` rounds of records of 800 bytes into a 4-partition topic while one consumer reads
at the tail with a 10 ms fetch wait (like the worker), and after each round reports how long the round took
to produce, how many records the consumer has read, and the broker's CPU over 5 s with nothing produced.
"""

from __future__ import annotations

import argparse
import os
import threading
import time

from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic

from claimwatch.broker import EmbeddedBroker


def _cpu_s(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()  # noqa: SIM115
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--records-per-step", type=int, default=10_000)
    p.add_argument("--steps", type=int, default=6)
    p.add_argument("--batch-size", type=int, default=1, help="producer batch_size in bytes (1: a record per batch)")
    p.add_argument("--fetch-wait-ms", type=int, default=10)
    args = p.parse_args()
    with EmbeddedBroker() as broker:
        assert broker.proc is not None
        KafkaAdminClient(bootstrap_servers=broker.bootstrap).create_topics([NewTopic("probe", 4, 1)])
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=0, batch_size=args.batch_size)
        consumer = KafkaConsumer(
            bootstrap_servers=broker.bootstrap, fetch_max_wait_ms=args.fetch_wait_ms, enable_auto_commit=False
        )
        consumer.assign([TopicPartition("probe", n) for n in range(4)])
        read = [0]
        stop = threading.Event()

        def tail() -> None:
            while not stop.is_set():
                read[0] += sum(len(v) for v in consumer.poll(timeout_ms=50).values())

        threading.Thread(target=tail, daemon=True).start()
        value = b"x" * 800
        total = 0
        print(f"batch_size={args.batch_size}, fetch wait {args.fetch_wait_ms} ms", flush=True)
        for _ in range(args.steps):
            t = time.perf_counter()
            for _ in range(args.records_per_step):
                producer.send("probe", value)
            producer.flush()
            took = time.perf_counter() - t
            total += args.records_per_step
            c0 = _cpu_s(broker.proc.pid)
            time.sleep(5)
            idle = 100 * (_cpu_s(broker.proc.pid) - c0) / 5
            print(
                f"{total:>7} records: produced {args.records_per_step} in {took:5.1f} s, consumer has read "
                f"{read[0]}, broker CPU with nothing produced {idle:3.0f}%",
                flush=True,
            )
        stop.set()


if __name__ == "__main__":
    main()
