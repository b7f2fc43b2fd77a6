"""Pushes claimwatch alerts to Alertmanager's v2 API.

A claim alert's content (actor, new figure or place, claimant, evidence) cannot
live in metric labels, so the worker hands each alert to Alertmanager directly.

The stream must never wait on Alertmanager: ``push`` only enqueues into a
bounded queue and returns; a daemon thread posts batches with retries. When
Alertmanager is down long enough to fill the queue, new alerts are dropped and
counted (``claimwatch_alertmanager_dropped_total{reason="queue_full"}``); the
Kafka alert topic still has them, so nothing is lost for consumers of record.

Retrying is safe: ``alert_id`` is a label, so Alertmanager merges a repeated
push of the same alert into the same alert instead of notifying twice.
"""

from __future__ import annotations

import json
import logging
import queue
import random
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

from claimwatch.models import Alert, AlertKind, Figure, KnownFigure, Location
from claimwatch.ops.metrics import DropReason, Metrics

log = logging.getLogger(__name__)

ALERTNAMES: dict[AlertKind, str] = {
    AlertKind.new_figure: "ClaimwatchNewFigure",
    AlertKind.new_location: "ClaimwatchNewLocation",
}

#: Annotation text is for humans in a notification; a whole paragraph is noise.
MAX_ANNOTATION_CHARS = 1000

_LABEL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _fmt_int(n: int) -> str:
    return f"{n:,}"


def describe_figure(f: Figure | KnownFigure) -> str:
    """A figure as a reader would say it: "about 11,000", "10,000-12,000", "more than 7,000"."""
    value, low, high, approx = f.value, f.low, f.high, getattr(f, "approx", False)
    if low is not None and high is not None and low != high:
        return f"{_fmt_int(low)}-{_fmt_int(high)}"
    if approx and high is not None and low is None:
        return f"up to {_fmt_int(value)}"
    if approx and low is not None and high is None:
        return f"more than {_fmt_int(value)}"
    return f"about {_fmt_int(value)}" if approx else _fmt_int(value)


def describe_location(loc: Location) -> str:
    parts = [loc.name]
    if loc.admin1 and loc.admin1 != loc.name:
        parts.append(loc.admin1)
    if loc.country_code:
        parts.append(loc.country_code)
    return ", ".join(parts)


def summarize(alert: Alert) -> str:
    """One line an on-call reader understands without opening the payload."""
    who = f"{alert.actor.name} ({alert.actor.code})"
    hedge = "reportedly " if alert.claim.hedged else ""
    by = f" according to {alert.claim.claimant.name}" if alert.claim.claimant else ""
    if alert.kind is AlertKind.new_figure and alert.figure is not None:
        known = ", ".join(describe_figure(k) for k in alert.previous.figures)
        before = f" (known before: {known})" if known else " (first figure for this topic)"
        return f"{who} {alert.topic}: {hedge}{describe_figure(alert.figure)} {alert.figure.unit}{by}{before}"
    assert alert.location is not None  # guaranteed by Alert's validator
    known = "; ".join(describe_location(k.location) for k in alert.previous.locations)
    before = f" (known before: {known})" if known else " (first known location)"
    return f"{who} {alert.topic}: {hedge}now at {describe_location(alert.location)}{by}{before}"


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _http_url(url: str | None) -> str | None:
    """Only absolute http(s) URLs: Alertmanager rejects the whole batch on a malformed generatorURL."""
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        return None
    return url


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ANNOTATION_CHARS else text[: MAX_ANNOTATION_CHARS - 1] + "…"


def to_alertmanager(
    alert: Alert,
    *,
    item_url: str | None = None,
    ttl: timedelta = timedelta(hours=24),
    now: datetime | None = None,
    extra_labels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The v2 ``postableAlert`` for one claimwatch alert.

    ``startsAt`` is the detection time. ``endsAt`` is ``now + ttl``, not
    ``startsAt + ttl``: a backfilled alert detected for a week-old item would
    otherwise arrive already resolved and never notify.
    """
    now = now or datetime.now(UTC)
    detected = alert.detected_at if alert.detected_at.tzinfo else alert.detected_at.replace(tzinfo=UTC)
    labels: dict[str, str] = {
        "alertname": ALERTNAMES[alert.kind],
        "actor": alert.actor.code,
        "topic": alert.topic,
        "severity": alert.severity.value,
        "alert_id": alert.alert_id,
        "kind": alert.kind.value,
        "service": "claimwatch",
    }
    for k, v in (extra_labels or {}).items():
        if _LABEL_NAME.match(k) and v:
            labels[k] = v
    annotations: dict[str, str] = {
        "summary": summarize(alert),
        "evidence": _clip(alert.claim.evidence.sentence),
        "source": alert.source,
        "claimant": alert.claim.claimant.name if alert.claim.claimant else "",
        "actor_name": alert.actor.name,
        "item_id": alert.item_id,
        "published_at": _iso(alert.published_at),
    }
    if alert.figure is not None:
        annotations["figure"] = describe_figure(alert.figure)
        annotations["figure_value"] = str(alert.figure.value)
    if alert.location is not None:
        annotations["location"] = describe_location(alert.location)
    body: dict[str, Any] = {
        "labels": labels,
        "annotations": {k: v for k, v in annotations.items() if v},
        "startsAt": _iso(detected),
        "endsAt": _iso(max(now, detected) + ttl),
    }
    gen = _http_url(item_url)
    if gen:
        body["generatorURL"] = gen
    return body


class _PermanentError(Exception):
    """Alertmanager refused the payload itself (4xx): retrying would only repeat the refusal."""


class AlertmanagerPusher:
    """Non-blocking, retrying delivery of claim alerts to one Alertmanager.

    Call ``push(alert)`` from the stream (returns at once), ``close(timeout)`` on
    shutdown to flush what is queued.
    """

    def __init__(
        self,
        url: str,
        metrics: Metrics | None = None,
        *,
        queue_size: int = 1000,
        batch_size: int = 50,
        timeout: float = 5.0,
        max_attempts: int = 6,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        ttl: timedelta = timedelta(hours=24),
        extra_labels: dict[str, str] | None = None,
    ) -> None:
        self.endpoint = url.rstrip("/") + "/api/v2/alerts"
        self.metrics = metrics
        self.batch_size = max(1, batch_size)
        self.timeout = timeout
        self.max_attempts = max(1, max_attempts)
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.ttl = ttl
        self.extra_labels = extra_labels or {}
        self._queue: queue.Queue[dict[str, Any]] = queue.Queue(maxsize=queue_size)
        self._closing = threading.Event()
        self._abort = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._lock = threading.Lock()
        self._in_flight = 0
        self.delivered = 0  # alerts Alertmanager accepted; handy in tests and logs
        self._thread = threading.Thread(target=self._run, name="alertmanager-pusher", daemon=True)
        self._thread.start()

    # -- producer side (the stream) -------------------------------------------------

    def push(self, alert: Alert, *, item_url: str | None = None) -> bool:
        """Queue ``alert``; False when it was dropped (queue full or pusher closed)."""
        if self._closing.is_set():
            self._drop(DropReason.shutdown, 1)
            return False
        payload = to_alertmanager(alert, item_url=item_url, ttl=self.ttl, extra_labels=self.extra_labels)
        with self._lock:
            try:
                self._queue.put_nowait(payload)
            except queue.Full:
                self._drop(DropReason.queue_full, 1)
                log.warning("alertmanager queue full; dropped alert %s", alert.alert_id)
                return False
            self._idle.clear()
        self._gauge()
        return True

    def flush(self, timeout: float) -> bool:
        """Wait until everything queued so far was delivered or given up; True if it was."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 10.0) -> bool:
        """Stop accepting, deliver what is queued within ``timeout``; True if nothing was left behind."""
        self._closing.set()
        self._thread.join(timeout)
        flushed = not self._thread.is_alive()
        if not flushed:
            self._abort.set()  # interrupt a backoff sleep; what remains is counted as dropped
            self._thread.join(self.timeout + 1)
        return flushed

    def __enter__(self) -> AlertmanagerPusher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the delivery thread --------------------------------------------------------

    def _run(self) -> None:
        while True:
            batch = self._take_batch()
            if batch is None:
                break
            if self._abort.is_set():
                self._drop(DropReason.shutdown, len(batch))
            else:
                self._deliver(batch)
            with self._lock:
                self._in_flight = 0
                if self._queue.empty():
                    self._idle.set()
            self._gauge()
        # Aborted with alerts still queued: count them, never lose them silently.
        left = 0
        while True:
            try:
                self._queue.get_nowait()
                left += 1
            except queue.Empty:
                break
        if left:
            self._drop(DropReason.shutdown, left)
        self._idle.set()
        self._gauge()

    def _take_batch(self) -> list[dict[str, Any]] | None:
        while True:
            try:
                first = self._queue.get(timeout=0.1)
                break
            except queue.Empty:
                if self._closing.is_set() or self._abort.is_set():
                    return None
        batch = [first]
        while len(batch) < self.batch_size:
            try:
                batch.append(self._queue.get_nowait())
            except queue.Empty:
                break
        with self._lock:
            self._in_flight = len(batch)
        return batch

    def _deliver(self, batch: list[dict[str, Any]]) -> None:
        data = json.dumps(batch).encode("utf-8")
        for attempt in range(self.max_attempts):
            if self._abort.is_set():
                self._drop(DropReason.shutdown, len(batch))
                return
            try:
                self._post(data)
            except _PermanentError as e:
                log.error("alertmanager refused %d alert(s): %s", len(batch), e)
                self._drop(DropReason.rejected, len(batch))
                return
            except Exception as e:  # network errors, 5xx, 429: all worth another try
                log.warning("alertmanager push failed (attempt %d/%d): %s", attempt + 1, self.max_attempts, e)
                if attempt + 1 < self.max_attempts:
                    self._abort.wait(self._backoff(attempt))  # close() may cut the wait short
                continue
            self.delivered += len(batch)
            return
        self._drop(DropReason.retries_exhausted, len(batch))

    def _backoff(self, attempt: int) -> float:
        """Exponential with "equal jitter": at least half the step, so retries never bunch at 0."""
        step = min(self.backoff_max, self.backoff_initial * (2.0**attempt))
        return step / 2 + random.uniform(0, step / 2)

    def _post(self, data: bytes) -> None:
        if self.metrics:
            self.metrics.am_pushes.inc()
        req = urllib.request.Request(
            self.endpoint, data=data, method="POST", headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as e:
            if self.metrics:
                self.metrics.am_push_failures.inc()
            detail = e.read(500).decode("utf-8", "replace") if e.fp else ""
            if 400 <= e.code < 500 and e.code not in (408, 429):
                raise _PermanentError(f"HTTP {e.code}: {detail}") from e
            raise
        except Exception:
            if self.metrics:
                self.metrics.am_push_failures.inc()
            raise

    def _drop(self, reason: DropReason, n: int) -> None:
        if self.metrics and n:
            self.metrics.am_dropped.labels(reason=reason.value).inc(n)

    def _gauge(self) -> None:
        if self.metrics:
            self.metrics.am_queue.set(self._queue.qsize() + self._in_flight)
