"""Soak: one ``claimwatch worker`` on the embedded broker at a fixed rate for N minutes.

Every item states a new figure (so every item alerts and the knowledge state
grows with every item: the worst case for memory), and every tenth item is a
syndicated copy of an earlier one (so dedup works too). Each window reports:
throughput (items accounted by the worker), item-to-alert latency p50/p99,
worker RSS, and the backlog (items produced but not yet accounted: Tansu's
end offsets are wrong, so lag is counted from both ends instead of from
ListOffsets). Memory must level off: the Deduper forgets by window and
max_entries and the knowledge indexes are bounded, so RSS growth in the
second half of the run should be near zero.

    .venv/bin/python bench/soak.py --rate 100 --minutes 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kafka import KafkaProducer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claimwatch.broker import EmbeddedBroker
from claimwatch.stream.harness import WorkerProcess, stream_env, wait_for
from stream import AlertWatcher, ItemFactory, _accounted, _cpu_s, _load, _rss_mb


class _AliasingWatcher(AlertWatcher):
    """AlertWatcher that files an alert raised by a syndicated copy under the original's id."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.alias: dict[str, str] = {}
        raw = self.seen
        alias = self.alias

        class _Seen(dict[str, float]):
            def setdefault(self, key: str, default: float) -> float:  # type: ignore[override]
                return super().setdefault(alias.get(key, key), default)

        self.seen = _Seen(raw)


def _pct(xs: list[float], q: float) -> float:
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rate", type=float, default=100.0, help="items/s")
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--window", type=float, default=60.0, help="seconds per report line")
    p.add_argument("--store", choices=["memory", "rocksdb"], default="rocksdb")
    args = p.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="claimwatch-soak-"))
    factory = ItemFactory(seed=13)
    with EmbeddedBroker() as broker:
        env = stream_env(broker.bootstrap, "soak", tmp / "state", CLAIMWATCH_STORE=args.store)
        worker = WorkerProcess(env, tmp / "worker.log").start()
        producer = KafkaProducer(bootstrap_servers=broker.bootstrap, linger_ms=0)
        items_topic = env["CLAIMWATCH_TOPIC_ITEMS"]
        try:
            producer.send(items_topic, json.dumps(factory.item(0, "warm")).encode())
            producer.flush()
            if not wait_for(lambda: _accounted(worker) >= 1, 120):
                print(worker.log_tail(), file=sys.stderr)
                return 1
            pid: int = worker.proc.pid  # type: ignore[union-attr]
            rss0 = _rss_mb(pid)
            print(f"soak: {args.rate:.0f} items/s for {args.minutes:g} min, store {args.store}; {_load()}", flush=True)
            print(f"worker ready, RSS {rss0:.0f} MB", flush=True)
            # broker CPU per item: Tansu lists every stored batch of a partition on each fetch, so its cost per
            # item grows with the run; the 1-minute load average says how busy the machine's other jobs kept it
            print("  t(s)  produced  accounted  thr(items/s)  p50(ms)  p99(ms)  RSS(MB)  backlog  cpu(ms/item)"
                  "  broker cpu(ms/item)  load(1m)")  # fmt: skip
            assert broker.proc is not None
            broker_pid = broker.proc.pid
            watcher = _AliasingWatcher(broker.bootstrap, env["CLAIMWATCH_TOPIC_ALERTS"], 4)
            watcher.start()
            sent: dict[str, float] = {}
            recent: list[dict[str, object]] = []
            total = int(args.rate * args.minutes * 60)
            t0 = time.perf_counter()
            next_report = t0 + args.window
            win_ids: list[str] = []
            win_acc0, win_t0, cpu0, bcpu0 = _accounted(worker), t0, _cpu_s(pid), _cpu_s(broker_pid)
            rows: list[tuple[float, float]] = []
            for i in range(1, total + 1):
                target = t0 + i / args.rate
                delay = target - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                if i % 10 == 0 and recent:
                    src = recent[i % len(recent)]
                    doc = dict(src, id=f"soak-copy-{i}", body=str(src["body"]) + " (Reporting by our correspondent.)")
                    # Items spread over 4 partitions, so a copy can overtake its original: then the copy
                    # alerts and the original is the duplicate. Either id counts for the original's alert.
                    watcher.alias[str(doc["id"])] = str(src["id"])
                else:
                    doc = factory.item(i, "soak")
                    recent = [*recent[-200:], doc]
                    sent[str(doc["id"])] = time.time()
                    win_ids.append(str(doc["id"]))
                producer.send(items_topic, json.dumps(doc).encode())
                now = time.perf_counter()
                if now >= next_report or i == total:
                    producer.flush()
                    acc = _accounted(worker)
                    lat = sorted((watcher.seen[k] - sent[k]) * 1000 for k in win_ids if k in watcher.seen)
                    rss = _rss_mb(pid)
                    cpu, bcpu = _cpu_s(pid), _cpu_s(broker_pid)
                    thr = (acc - win_acc0) / (now - win_t0)
                    p50 = statistics.median(lat) if lat else float("nan")
                    print(
                        f"{now - t0:6.0f}  {i:8d}  {acc - 1:9d}  {thr:12.1f}  {p50:7.1f}"
                        f"  {_pct(lat, 0.99):7.1f}  {rss:7.0f}  {i - (acc - 1):7d}  "
                        f"{1000 * (cpu - cpu0) / max(1, acc - win_acc0):12.1f}"
                        f"  {1000 * (bcpu - bcpu0) / max(1, acc - win_acc0):19.1f}  {os.getloadavg()[0]:8.2f}",
                        flush=True,
                    )
                    rows.append((now - t0, rss))
                    win_ids, win_acc0, win_t0, cpu0, bcpu0 = [], acc, now, cpu, bcpu
                    next_report = now + args.window
                    if not worker.running:
                        print(worker.log_tail(), file=sys.stderr)
                        return 1
            producer.flush()
            drained = wait_for(lambda: _accounted(worker) - 1 >= total, 300)
            elapsed = time.perf_counter() - t0
            # Items are accounted by the lane; their alerts come one stage later (claims -> knowledge).
            alerts_drained = wait_for(lambda: all(k in watcher.seen for k in sent), 600, interval=1.0)
            alerts_s = time.perf_counter() - t0
            watcher.stop_flag.set()
            all_lat = sorted((watcher.seen[k] - t) * 1000 for k, t in sent.items() if k in watcher.seen)
            half = [r for t, r in rows if t >= rows[-1][0] / 2] if rows else []
            print(
                f"done: {total} items in {elapsed:.0f} s ({'drained' if drained else 'NOT drained'}), "
                f"alerts {'complete' if alerts_drained else 'INCOMPLETE'} at {alerts_s:.0f} s; "
                f"overall p50 {statistics.median(all_lat):.1f} ms, p99 {_pct(all_lat, 0.99):.1f} ms, "
                f"alerts missing {len(sent) - len(all_lat)}; RSS {rss0:.0f} -> {_rss_mb(pid):.0f} MB "
                f"(second half {min(half, default=float('nan')):.0f}..{max(half, default=float('nan')):.0f} MB); "
                f"outcomes {worker.outcomes()}; {_load()}",
                flush=True,
            )
        finally:
            producer.close()
            worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
