"""Driving real workers from outside: subprocess workers, topic readers, metric scrapes.

Shared by the integration tests and ``bench/stream.py`` so both exercise the
worker exactly as it is deployed (``claimwatch worker`` with its environment)
rather than an in-process variant. Readers use ``assign()`` because
kafka-python group consumers never join Tansu, and they poll to a deadline
because Tansu's end offsets cannot be trusted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from claimwatch.broker import free_port


@dataclass
class Record:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    timestamp: int

    def json(self) -> Any:
        return json.loads(self.value)


def stream_env(bootstrap: str, name: str, state_dir: Path, *, partitions: int = 4, **extra: str) -> dict[str, str]:
    """The environment of a worker whose topics, group and ports are its own (the broker is shared)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMWATCH_")}
    env.update(
        {
            "CLAIMWATCH_KAFKA_BOOTSTRAP": bootstrap,
            "CLAIMWATCH_APP_ID": name,
            "CLAIMWATCH_TOPIC_ITEMS": f"{name}.news.items",
            "CLAIMWATCH_TOPIC_CLAIMS": f"{name}.claims",
            "CLAIMWATCH_TOPIC_ALERTS": f"{name}.alerts",
            "CLAIMWATCH_TOPIC_DLQ": f"{name}.dlq",
            "CLAIMWATCH_PARTITIONS": str(partitions),
            "CLAIMWATCH_STORE": "memory",
            "CLAIMWATCH_STATE_DIR": str(state_dir),
        }
    )
    env.update(extra)
    return env


@dataclass
class WorkerProcess:
    """``claimwatch worker`` as a child process with its own /metrics and web ports."""

    env: dict[str, str]
    log_path: Path
    metrics_port: int = 0
    web_port: int = 0
    #: Debug logs (faust, aiokafka) in the log file; also on with $CLAIMWATCH_TEST_WORKER_VERBOSE=1.
    verbose: bool = False
    proc: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _log: IO[bytes] | None = field(default=None, init=False)

    def start(self) -> WorkerProcess:
        self.metrics_port = self.metrics_port or free_port()
        self.web_port = self.web_port or free_port()
        env = dict(self.env)
        env["CLAIMWATCH_METRICS_PORT"] = str(self.metrics_port)
        env["CLAIMWATCH_WEB_PORT"] = str(self.web_port)
        verbose = self.verbose or os.environ.get("CLAIMWATCH_TEST_WORKER_VERBOSE") == "1"
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in wait()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "claimwatch.cli", *(["-v"] if verbose else []), "worker"],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM (graceful: faust commits, leaves the group) and wait."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.wait(timeout)

    def kill(self) -> int:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        return self.wait(10.0)

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        try:
            rc = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            rc = self.proc.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None
        return rc

    def log_tail(self, n: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""

    def metrics(self) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
        """``{sample name: {labels: value}}`` from the worker's /metrics; {} while it is not up."""
        from prometheus_client.parser import text_string_to_metric_families

        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=2) as r:
                text = r.read().decode("utf-8")
        except OSError:
            return {}
        out: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
        for fam in text_string_to_metric_families(text):
            for s in fam.samples:
                out.setdefault(s.name, {})[tuple(sorted(s.labels.items()))] = s.value
        return out

    def outcomes(self) -> dict[str, int]:
        """``claimwatch_items_total`` by outcome."""
        samples = self.metrics().get("claimwatch_items_total", {})
        return {dict(k)["outcome"]: int(v) for k, v in samples.items()}

    def state(self) -> dict[str, Any]:
        """The worker's own view (assigned partitions, table sizes); {} while it is not up."""
        try:
            url = f"http://127.0.0.1:{self.web_port}/claimwatch/state/"
            with urllib.request.urlopen(url, timeout=2) as r:
                data: dict[str, Any] = json.loads(r.read())
                return data
        except (OSError, ValueError):
            return {}


def produce(
    bootstrap: str,
    topic: str,
    values: Iterable[bytes],
    *,
    partition: int | None = None,
    key: bytes | None = None,
    kafka_options: dict[str, Any] | None = None,
) -> list[tuple[int, int]]:
    """Send values in order; return each one's (partition, offset).

    ``kafka_options``: security options from Settings.kafka_python_options() for a secured broker.
    """
    from kafka import KafkaProducer

    opts = {k: v for k, v in (kafka_options or {}).items() if k != "bootstrap_servers"}
    producer = KafkaProducer(bootstrap_servers=bootstrap, linger_ms=0, max_in_flight_requests_per_connection=1, **opts)
    try:
        futures = [producer.send(topic, value=v, key=key, partition=partition) for v in values]
        producer.flush()
        metas = [f.get(timeout=30) for f in futures]
        return [(m.partition, m.offset) for m in metas]
    finally:
        producer.close()


def read_topic(
    bootstrap: str,
    topic: str,
    *,
    until: Callable[[list[Record]], bool],
    timeout: float = 60.0,
    linger: float = 0.0,
    kafka_options: dict[str, Any] | None = None,
) -> list[Record]:
    """Every record of ``topic`` from the beginning, until ``until(records)`` holds (then ``linger`` s more).

    Lingering after the condition catches records that should *not* be there
    (a duplicate alert) without knowing the end offset.
    """
    from kafka import KafkaConsumer, TopicPartition

    opts = {k: v for k, v in (kafka_options or {}).items() if k != "bootstrap_servers"}
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None, **opts)
    try:
        deadline = time.monotonic() + timeout
        parts: set[int] | None = None
        while not parts:
            parts = consumer.partitions_for_topic(topic)
            if not parts:
                if time.monotonic() > deadline:
                    return []
                time.sleep(0.2)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        records: list[Record] = []
        done_at: float | None = None
        while True:
            now = time.monotonic()
            if done_at is None and until(records):
                done_at = now
            if done_at is not None and now - done_at >= linger:
                break
            if now > deadline:
                break
            batch = consumer.poll(timeout_ms=200)
            for tp_records in batch.values():
                for r in tp_records:
                    records.append(Record(r.topic, r.partition, r.offset, r.key, r.value, r.timestamp))
        return records
    finally:
        consumer.close()


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
