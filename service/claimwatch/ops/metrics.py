"""Every Prometheus metric claimwatch exports, in one place.

The names are an interface: the health rules in ``deploy/prometheus/rules.yml``
and the Grafana dashboard query them, and a test checks that every name those
files use exists here. Keep them in step.

Each :class:`Metrics` owns its own ``CollectorRegistry`` instead of the global
one, so tests (and a demo running a worker in-process) can build fresh sets
without "Duplicated timeseries" errors.

Labels carry only small, closed sets of values (outcomes, reasons, kinds, the
configured topics, partitions). Actor codes, places and item ids would make one
time series per news item; they travel in the alert payload instead.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from enum import StrEnum
from wsgiref.simple_server import WSGIServer

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

from claimwatch import __version__
from claimwatch.models import AlertKind, DeadLetterReason


class ItemOutcome(StrEnum):
    """How one input message ended: every message ends in exactly one of these."""

    claims = "claims"
    no_claims = "no_claims"
    duplicate = "duplicate"
    dead_letter = "dead_letter"


class DuplicateKind(StrEnum):
    id = "id"
    content = "content"
    near = "near"


class DropReason(StrEnum):
    """Why a claim alert never reached Alertmanager."""

    queue_full = "queue_full"
    retries_exhausted = "retries_exhausted"
    rejected = "rejected"
    shutdown = "shutdown"


#: Topics known before any configuration; more are pre-created from ``Metrics(topics=...)``.
DEFAULT_CLAIM_TOPICS: tuple[str, ...] = ("troops", "equipment", "casualties")

# Processing one item is milliseconds; the tail matters up to tens of seconds.
PROCESSING_BUCKETS: tuple[float, ...] = (
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
)  # fmt: skip

# Published -> detected: sub-second when live, days when an archive is backfilled.
ALERT_LATENCY_BUCKETS: tuple[float, ...] = (
    0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0,
    3600.0, 6 * 3600.0, 86400.0, 3 * 86400.0, 7 * 86400.0, 30 * 86400.0,
)  # fmt: skip


def _check(value: str, allowed: type[StrEnum], what: str) -> str:
    """Refuse label values outside the closed set: an open set is a cardinality leak."""
    try:
        return allowed(value).value
    except ValueError:
        known = ", ".join(m.value for m in allowed)
        raise ValueError(f"unknown {what} {value!r} (known: {known})") from None


class Metrics:
    """The worker's metrics, on a registry of their own.

    Every labelled child of a closed label set is created at 0 here: a counter
    series that appears only at its first increment has no earlier sample, so
    ``rate()``/``increase()`` never see that first event and a rule on it never fires.
    """

    def __init__(
        self,
        registry: CollectorRegistry | None = None,
        *,
        topics: Iterable[str] = DEFAULT_CLAIM_TOPICS,
        version: str = __version__,
    ) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        r = self.registry

        self.items = Counter("claimwatch_items", "Input messages by how they ended.", ["outcome"], registry=r)
        self.claims = Counter("claimwatch_claims", "Claim events emitted, by claim topic.", ["topic"], registry=r)
        self.alerts = Counter("claimwatch_alerts", "Alerts raised, by kind.", ["kind"], registry=r)
        self.dead_letters = Counter(
            "claimwatch_dead_letters", "Messages sent to the dead-letter topic, by reason.", ["reason"], registry=r
        )
        self.duplicates = Counter(
            "claimwatch_duplicates", "Items recognised as already seen, by how.", ["kind"], registry=r
        )
        self.processing_seconds = Histogram(
            "claimwatch_processing_seconds",
            "Wall time to process one input message.",
            buckets=PROCESSING_BUCKETS,
            registry=r,
        )
        self.alert_latency_seconds = Histogram(
            "claimwatch_alert_latency_seconds",
            "From the item's published_at to the alert's detection.",
            buckets=ALERT_LATENCY_BUCKETS,
            registry=r,
        )
        self.consumer_lag = Gauge(
            "claimwatch_consumer_lag",
            "Messages behind the end of each assigned input partition.",
            ["topic", "partition"],
            registry=r,
        )
        self.last_processed = Gauge(
            "claimwatch_last_processed_timestamp_seconds",
            "Unix time of the last processed input message (process start until the first).",
            registry=r,
        )
        self.am_pushes = Counter("claimwatch_alertmanager_pushes", "HTTP pushes attempted to Alertmanager.", registry=r)
        self.am_push_failures = Counter(
            "claimwatch_alertmanager_push_failures",
            "HTTP pushes to Alertmanager that failed (network error or non-2xx).",
            registry=r,
        )
        self.am_dropped = Counter(
            "claimwatch_alertmanager_dropped",
            "Claim alerts that never reached Alertmanager, by reason.",
            ["reason"],
            registry=r,
        )
        self.am_queue = Gauge("claimwatch_alertmanager_queue_length", "Claim alerts waiting to be pushed.", registry=r)
        self.build_info = Gauge("claimwatch_build_info", "Always 1; the version is the label.", ["version"], registry=r)

        for outcome in ItemOutcome:
            self.items.labels(outcome=outcome.value)
        for topic in topics:
            self.claims.labels(topic=topic)
        for kind in AlertKind:
            self.alerts.labels(kind=kind.value)
        for reason in DeadLetterReason:
            self.dead_letters.labels(reason=reason.value)
        for dup in DuplicateKind:
            self.duplicates.labels(kind=dup.value)
        for drop in DropReason:
            self.am_dropped.labels(reason=drop.value)
        self.build_info.labels(version=version).set(1)
        # A worker that never processes anything must still look stale to the stall rule.
        self.last_processed.set(time.time())

    # -- what the stream driver calls ------------------------------------------------

    def record_item(
        self,
        outcome: ItemOutcome | str,
        *,
        seconds: float | None = None,
        reason: DeadLetterReason | str | None = None,
        duplicate: DuplicateKind | str | None = None,
        now: float | None = None,
    ) -> None:
        """Count one input message's fate; dead letters need a reason, duplicates a kind."""
        value = _check(str(outcome), ItemOutcome, "outcome")
        if value == ItemOutcome.dead_letter:
            if reason is None:
                raise ValueError("a dead_letter outcome needs a reason")
            self.dead_letters.labels(reason=_check(str(reason), DeadLetterReason, "dead-letter reason")).inc()
        if value == ItemOutcome.duplicate:
            if duplicate is None:
                raise ValueError("a duplicate outcome needs a duplicate kind")
            self.duplicates.labels(kind=_check(str(duplicate), DuplicateKind, "duplicate kind")).inc()
        self.items.labels(outcome=value).inc()
        if seconds is not None:
            self.processing_seconds.observe(max(0.0, seconds))
        self.last_processed.set(time.time() if now is None else now)

    @contextmanager
    def time_processing(self) -> Iterator[None]:
        """Observe the processing histogram around a block (use when not passing ``seconds``)."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.processing_seconds.observe(time.perf_counter() - start)

    def record_claim(self, topic: str) -> None:
        """Count one claim event. Topics are configuration, so any configured name is accepted."""
        self.claims.labels(topic=topic).inc()

    def record_alert(self, kind: AlertKind | str, published_at: datetime, detected_at: datetime) -> None:
        """Count an alert and how long after publication it was detected (clock skew clamps to 0)."""
        self.alerts.labels(kind=_check(str(kind), AlertKind, "alert kind")).inc()
        self.alert_latency_seconds.observe(max(0.0, (detected_at - published_at).total_seconds()))

    def set_consumer_lag(self, topic: str, partition: int, lag: int) -> None:
        self.consumer_lag.labels(topic=topic, partition=str(partition)).set(max(0, lag))

    def forget_partition(self, topic: str, partition: int) -> None:
        """Drop a revoked partition's lag, or the old owner keeps reporting a frozen value."""
        with suppress(KeyError):
            self.consumer_lag.remove(topic, str(partition))


class MetricsServer:
    """The running ``/metrics`` HTTP endpoint; ``port`` is the bound one (useful with port 0)."""

    def __init__(self, server: WSGIServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        self.host: str = str(server.server_address[0])
        self.port: int = int(server.server_address[1])

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/metrics"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MetricsServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def start_exporter(metrics: Metrics, port: int, host: str = "127.0.0.1") -> MetricsServer:
    """Serve ``metrics`` on ``host:port`` in a daemon thread; port 0 picks a free port.

    Loopback by default so a developer's worker does not expose itself; containers
    set ``CLAIMWATCH_METRICS_HOST=0.0.0.0`` so Prometheus can reach them.
    """
    server, thread = start_http_server(port, addr=host, registry=metrics.registry)
    return MetricsServer(server, thread)
