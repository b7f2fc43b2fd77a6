"""Stream benchmark: one ``claimwatch worker`` on the embedded broker.

Measures, in this order, on a fresh broker:

1. item-to-alert latency at a paced rate (default 100 items/s): every item
   states a figure never seen before, so every item must raise an alert; the
   latency is from the producer's send to the alert being readable on
   ``claimwatch.alerts`` (so it includes both broker hops and the lane); then
   the median of each hop, from the timestamps the worker's producer puts on
   the lane, claim and alert records: where the latency goes;
2. sustained throughput: N items produced as fast as the producer can, timed
   until the worker has accounted for all of them (``claimwatch_items_total``);
3. the worker's RSS after all of that.

Items carry a paragraph of random words so that they are not near-duplicates
of one another (which would be unrealistically cheap or expensive for dedup).

    .venv/bin/python bench/stream.py --items 50000 --rate 100 --latency-seconds 30
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from claimwatch.broker import EmbeddedBroker
from claimwatch.stream.harness import WorkerProcess, stream_env, wait_for

ACTORS = ["North Korea", "Russia", "Belarus", "Iran", "China", "Germany", "Poland", "France"]
PLACES = ["Kursk Oblast", "Vladivostok", "Vilnius", "Minsk", "Rostov-on-Don", "Belgorod Oblast", "Khabarovsk"]
SOURCES = ["Harbor Wire", "Meridian Times", "Coastline Daily", "Northern Ledger", "Riverside Post"]
SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vo", "shi", "pra", "del", "qu", "nor", "est", "vin", "sol", "dar"]


def _vocabulary(rng: random.Random, n: int = 3000) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(n)]


class ItemFactory:
    """Distinct, plausible items; ``figure`` makes each one's figure new, so each one alerts."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)
        self.start = datetime(2025, 1, 1, tzinfo=UTC)

    def item(self, n: int, prefix: str) -> dict[str, object]:
        rng = self.rng
        actor, place, source = rng.choice(ACTORS), rng.choice(PLACES), rng.choice(SOURCES)
        figure = 1000 + n  # unique per item: a new figure for its (actor, troops)
        filler = " ".join(rng.choice(self.vocab) for _ in range(60))
        body = (
            f"{actor} has deployed about {figure:,} troops to {place}, officials said on Monday. "
            f"The officials gave no further details. {filler.capitalize()}."
        )
        return {
            "id": f"{prefix}-{n}",
            "source": source,
            "published_at": (self.start + timedelta(seconds=30 * n)).isoformat(),
            "title": f"{actor} troops reported in {place}",
            "body": body,
        }


def _family(pid: int) -> list[int]:
    """The worker and its live children (extraction processes with ``--extract-processes``)."""
    out = [pid]
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, ValueError, IndexError):
                continue
    return out


def _rss_mb(pid: int) -> float:
    """RSS of the worker and its children together (shared pages counted in each: an upper bound)."""
    total = 0.0
    for p in _family(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _cpu_s(pid: int) -> float:
    """User+system CPU seconds of the worker and its children: other load on a shared machine distorts it
    less than wall time."""
    total = 0.0
    for p in _family(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


#: The figures ``--base`` compares (key in ``run_once``'s result, unit).
FIGURES = [
    ("p50", "ms"),
    ("p99", "ms"),
    ("p50_record", "ms"),
    ("worker_cpu", "ms/item"),
    ("broker_cpu", "ms/item"),
    ("throughput", "items/s"),
    ("rss", "MB"),
    ("load", ""),
]


def _load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def _accounted(worker: WorkerProcess) -> int:
    return sum(worker.outcomes().values())


class AlertWatcher(threading.Thread):
    """Reads the alerts topic (assign(), from the beginning) and notes when each item's first alert arrived."""

    def __init__(self, bootstrap: str, topic: str, partitions: int) -> None:
        super().__init__(daemon=True)
        self.consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=5)
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        self.consumer.assign(tps)
        self.consumer.seek_to_beginning(*tps)
        self.seen: dict[str, float] = {}
        #: The first alert's record timestamp (the worker's producer sets it when it sends the alert), in s.
        self.stamped: dict[str, float] = {}
        self.stop_flag = threading.Event()

    def run(self) -> None:
        while not self.stop_flag.is_set():
            batch = self.consumer.poll(timeout_ms=50)
            now = time.time()
            for records in batch.values():
                for r in records:
                    item_id = json.loads(r.value)["item_id"]
                    self.seen.setdefault(item_id, now)
                    self.stamped.setdefault(item_id, r.timestamp / 1000)
        self.consumer.close()


def _first_stamps(bootstrap: str, topic: str, item_id_of: Callable[[Any], str | None]) -> dict[str, float]:
    """The timestamp (s) of each item's first record on ``topic``, read from the beginning with assign()."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=5)
    tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
    consumer.assign(tps)
    consumer.seek_to_beginning(*tps)
    out: dict[str, float] = {}
    idle = 0
    while idle < 5:
        batch = consumer.poll(timeout_ms=200)
        idle = 0 if batch else idle + 1
        for records in batch.values():
            for r in records:
                item_id = item_id_of(r)
                if item_id is not None:
                    out.setdefault(item_id, r.timestamp / 1000)
    consumer.close()
    return out


def _hops(bootstrap: str, env: dict[str, str], sent: dict[str, float], stamped: dict[str, float]) -> str:
    """Median time of each hop, from the record timestamps the worker's producers set: where the latency goes."""
    lane = _first_stamps(bootstrap, f"{env['CLAIMWATCH_APP_ID']}.items.valid", lambda r: r.key.decode())
    claims = _first_stamps(bootstrap, env["CLAIMWATCH_TOPIC_CLAIMS"], lambda r: json.loads(r.value)["item_id"])
    ids = [k for k in sent if k in lane and k in claims and k in stamped]
    if not ids:
        return "no item reached every topic"

    def med(xs: list[float]) -> str:
        return f"{statistics.median(xs) * 1000:.1f}"

    return (
        f"median hops over {len(ids)} items: sent -> lane {med([lane[k] - sent[k] for k in ids])} ms, "
        f"lane -> claim {med([claims[k] - lane[k] for k in ids])} ms, "
        f"claim -> alert {med([stamped[k] - claims[k] for k in ids])} ms"
    )


def run_once(args: argparse.Namespace, label: str = "", pythonpath: str | None = None) -> dict[str, float] | None:
    """One measurement on a fresh broker; ``pythonpath``: where the worker imports claimwatch from (a base tree)."""
    figures: dict[str, float] = {}
    if label:
        print(f"== {label}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="claimwatch-bench-"))
    factory = ItemFactory()
    with EmbeddedBroker() as broker:
        env = stream_env(
            broker.bootstrap,
            "bench",
            tmp / "state",
            partitions=args.partitions,
            CLAIMWATCH_STORE=args.store,
            CLAIMWATCH_EXTRACT_PROCESSES=str(args.extract_processes),
        )
        if pythonpath is not None:
            env["PYTHONPATH"] = pythonpath
        worker = WorkerProcess(env, tmp / "worker.log").start()
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=5, batch_size=64 * 1024)
        items_topic, alerts_topic = env["CLAIMWATCH_TOPIC_ITEMS"], env["CLAIMWATCH_TOPIC_ALERTS"]
        try:
            # Warm-up: the group join (~7 s on Tansu) and the extractor's first load.
            producer.send(items_topic, json.dumps(factory.item(0, "warm")).encode())
            producer.flush()
            if not wait_for(lambda: _accounted(worker) >= 1, 120):
                print(worker.log_tail(), file=sys.stderr)
                return None
            print(f"worker ready; RSS {_rss_mb(worker.proc.pid):.0f} MB", flush=True)  # type: ignore[union-attr]

            pid: int = worker.proc.pid  # type: ignore[union-attr]
            if pythonpath is not None and any((Path(pythonpath) / "claimwatch" / "core").glob("*.so")):
                # a compiled build: make sure the worker runs its native modules, not the editable sources
                maps = Path(f"/proc/{pid}/maps").read_text()
                if f"{pythonpath}/claimwatch/" not in maps:
                    print(f"worker {pid} has no module of {pythonpath} loaded: check PYTHONPATH", file=sys.stderr)
                    return None
            print(_load(), flush=True)
            # 1. latency at a paced rate
            assert broker.proc is not None
            broker_pid = broker.proc.pid
            cpu0, broker_cpu0 = _cpu_s(pid), _cpu_s(broker_pid)
            watcher = AlertWatcher(broker.bootstrap, alerts_topic, args.partitions)
            watcher.start()
            n_lat = int(args.rate * args.latency_seconds)
            sent: dict[str, float] = {}
            lat_producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=0)
            t0 = time.perf_counter()
            for i in range(n_lat):
                target = t0 + i / args.rate
                delay = target - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                it = factory.item(i, "lat")
                sent[str(it["id"])] = time.time()
                lat_producer.send(items_topic, json.dumps(it).encode())
            lat_producer.flush()
            wait_for(lambda: all(k in watcher.seen for k in sent), 60)
            watcher.stop_flag.set()
            lat = sorted((watcher.seen[k] - t) * 1000 for k, t in sent.items() if k in watcher.seen)
            missing = len(sent) - len(lat)
            p50 = statistics.median(lat) if lat else float("nan")
            p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
            lat_cpu = 1000 * (_cpu_s(pid) - cpu0) / max(1, n_lat)
            lat_broker_cpu = 1000 * (_cpu_s(broker_pid) - broker_cpu0) / max(1, n_lat)
            figures.update(p50=p50, p99=p99, worker_cpu=lat_cpu, broker_cpu=lat_broker_cpu, load=os.getloadavg()[0])
            print(
                f"latency at {args.rate:.0f} items/s over {n_lat} items: p50 {p50:.1f} ms, p99 {p99:.1f} ms"
                f", max {lat[-1] if lat else float('nan'):.1f} ms, without alert {missing}; "
                f"worker CPU {lat_cpu:.1f} ms/item, broker CPU {lat_broker_cpu:.1f} ms/item; {_load()}",
                flush=True,
            )
            # The same, to the alert record's timestamp: what the worker took, without this script's own
            # reader (kafka-python, in a process that also paces the producer) lagging behind.
            stamped = sorted((watcher.stamped[k] - t) * 1000 for k, t in sent.items() if k in watcher.stamped)
            if stamped:
                figures["p50_record"] = statistics.median(stamped)
                print(
                    f"  to the alert's record timestamp: p50 {statistics.median(stamped):.1f} ms, "
                    f"p99 {stamped[min(len(stamped) - 1, int(0.99 * len(stamped)))]:.1f} ms",
                    flush=True,
                )
                print("  " + _hops(broker.bootstrap, env, sent, watcher.stamped), flush=True)

            # 2. sustained throughput
            base = _accounted(worker)
            cpu0, broker_cpu0 = _cpu_s(pid), _cpu_s(broker_pid)
            payloads = [json.dumps(factory.item(n_lat + i, "tp")).encode() for i in range(args.items)]
            start = time.perf_counter()
            for v in payloads:
                producer.send(items_topic, v)
            producer.flush()
            produced_s = time.perf_counter() - start
            last_print = start
            while _accounted(worker) < base + args.items:
                time.sleep(0.5)
                if time.perf_counter() - last_print > 15:
                    last_print = time.perf_counter()
                    done = _accounted(worker) - base
                    print(
                        f"  ... {done}/{args.items} after {last_print - start:.0f}s, RSS {_rss_mb(pid):.0f} MB",
                        flush=True,
                    )
                if not worker.running:
                    print(worker.log_tail(), file=sys.stderr)
                    return None
            elapsed = time.perf_counter() - start
            figures["throughput"] = args.items / elapsed
            print(
                f"throughput: {args.items} items in {elapsed:.1f} s = {args.items / elapsed:.0f} items/s "
                f"(produced in {produced_s:.1f} s); worker CPU {1000 * (_cpu_s(pid) - cpu0) / args.items:.1f} ms/item, "
                f"broker CPU {1000 * (_cpu_s(broker_pid) - broker_cpu0) / args.items:.1f} ms/item; {_load()}",
                flush=True,
            )
            outcomes = worker.outcomes()
            print(f"outcomes: {outcomes}", flush=True)

            # 3. memory
            total = base + args.items
            figures["rss"] = _rss_mb(pid)
            print(
                f"worker RSS after {total} items: {_rss_mb(worker.proc.pid):.0f} MB "  # type: ignore[union-attr]
                f"(store {args.store})",
                flush=True,
            )
        finally:
            producer.close()
            worker.stop()
    return figures


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--items", type=int, default=50_000, help="items for the throughput phase")
    p.add_argument("--rate", type=float, default=100.0, help="items/s in the latency phase")
    p.add_argument("--latency-seconds", type=float, default=30.0)
    p.add_argument("--store", choices=["memory", "rocksdb"], default="rocksdb")
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument(
        "--extract-processes", type=int, default=0, help="CLAIMWATCH_EXTRACT_PROCESSES of the worker (0: in-worker)"
    )
    p.add_argument(
        "--base",
        help="also measure the worker of this commit (its service/ tree via git archive), alternating head, base, "
        "head, ... and print head/base of the medians: the machine is shared, so compare within one run",
    )
    p.add_argument("--rounds", type=int, default=1, help="with --base/--compiled: rounds of the other runs")
    p.add_argument(
        "--compiled",
        action="store_true",
        help="also measure the working tree built with mypyc as the production image runs it (setup.py, "
        "tools/compiled_build.py; ~2 min), alternating with the sources; with --base, all three alternate",
    )
    args = p.parse_args()
    if not args.base and not args.compiled:
        return 0 if run_once(args) is not None else 1
    repo = Path(__file__).resolve().parent.parent
    paths: dict[str, str | None] = {"head": None}
    if args.base:
        base_tree = Path(tempfile.mkdtemp(prefix="claimwatch-base-"))
        archive = subprocess.run(
            ["git", "-C", str(repo), "archive", args.base, "service"], check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", str(base_tree)], input=archive.stdout, check=True)
        paths["base"] = str(base_tree / "service")
    if args.compiled:
        sys.path.insert(0, str(repo / "tools"))
        import compiled_build  # tools/: the production build, into a temporary directory

        print("building the working tree with mypyc ...", flush=True)
        paths["compiled"] = str(compiled_build.build(repo, Path(tempfile.mkdtemp(prefix="claimwatch-compiled-"))))
    others = [k for k in paths if k != "head"]
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in paths}
    order = ["head"] + [*others, "head"] * args.rounds
    for i, which in enumerate(order, 1):
        got = run_once(args, f"run {i}/{len(order)}: {which}", paths[which])
        if got is None:
            return 1
        runs[which].append(got)
    for other in others:
        what = f"base {args.base}" if other == "base" else "the same tree compiled (mypyc)"
        print(f"\nhead (working tree, sources) against {what}: median of {len(runs['head'])} and "
              f"{len(runs[other])} runs")  # fmt: skip
        for key, unit in FIGURES:
            h = statistics.median(r[key] for r in runs["head"])
            b = statistics.median(r[key] for r in runs[other])
            line = f"  {key:<34} head {h:8.1f} {unit:<8} {other} {b:8.1f} {unit:<8} head/{other} {h / b:.2f}"
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
