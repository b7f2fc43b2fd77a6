"""AlertmanagerPusher against a small local HTTP server: payload, retries, drops, flush."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from claimwatch.models import (
    Actor,
    Alert,
    Claimant,
    ClaimEvent,
    Evidence,
    Figure,
    KnownFigure,
    Location,
    Previous,
)
from claimwatch.ops.alertmanager import AlertmanagerPusher, summarize, to_alertmanager
from claimwatch.ops.metrics import Metrics

PUBLISHED = datetime(2024, 11, 4, 7, 30, tzinfo=UTC)
SENTENCE = "A defence ministry spokesman in Seoul said on Monday that about 12,000 soldiers are now in the region."


def make_alert(n: int = 0, *, kind: str = "new_figure") -> Alert:
    claim = ClaimEvent(
        claim_id=f"c{n}",
        item_id=f"item-{n}",
        source="Example Wire",
        published_at=PUBLISHED,
        actor=Actor(name="North Korea", code="KP", kind="state"),
        claimant=Claimant(name="South Korean defence ministry", kind="government"),
        topic="troops",
        figure=Figure(value=12000 + n, approx=True, unit="soldiers", text="about 12,000"),
        location=Location(name="Kursk Oblast", country_code="RU", text="the Kursk region")
        if kind == "new_location"
        else None,
        evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE)),
    )
    prev = Previous(figures=[KnownFigure(value=11000, first_seen=PUBLISHED, source="Other Wire", item_id="item-old")])
    return Alert(
        alert_id=f"a{n}",
        kind=kind,
        actor=claim.actor,
        topic="troops",
        figure=claim.figure if kind == "new_figure" else None,
        location=claim.location,
        previous=prev,
        claim=claim,
        item_id=claim.item_id,
        source=claim.source,
        published_at=PUBLISHED,
        detected_at=datetime.now(UTC),
        severity="warning",
    )


class FakeAlertmanager:
    """A stdlib HTTP server answering POST /api/v2/alerts with scripted status codes."""

    def __init__(self, statuses: Callable[[int], int] = lambda i: 200, delay: float = 0.0) -> None:
        self.bodies: list[list[dict[str, Any]]] = []
        self.paths: list[str] = []
        self.attempts = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                outer.paths.append(self.path)
                i = outer.attempts
                outer.attempts += 1
                if delay:
                    time.sleep(delay)
                code = statuses(i)
                if code == 200:
                    outer.bodies.append(json.loads(raw))
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def received(self) -> list[dict[str, Any]]:
        return [a for body in self.bodies for a in body]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def am_factory() -> Iterator[Callable[..., FakeAlertmanager]]:
    made: list[FakeAlertmanager] = []

    def make(**kw: Any) -> FakeAlertmanager:
        made.append(FakeAlertmanager(**kw))
        return made[-1]

    yield make
    for s in made:
        s.close()


def _wait(pred: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.02)
    return pred()


def test_payload_labels_annotations_and_generator_url() -> None:
    alert = make_alert()
    body = to_alertmanager(alert, item_url="https://news.example.org/kp-troops")
    assert body["labels"]["alertname"] == "ClaimwatchNewFigure"
    assert body["labels"]["actor"] == "KP"
    assert body["labels"]["topic"] == "troops"
    assert body["labels"]["severity"] == "warning"
    assert body["labels"]["alert_id"] == "a0"
    ann = body["annotations"]
    assert "12,000" in ann["summary"] and "11,000" in ann["summary"] and "North Korea" in ann["summary"]
    assert ann["evidence"] == SENTENCE
    assert ann["source"] == "Example Wire"
    assert ann["claimant"] == "South Korean defence ministry"
    assert ann["figure_value"] == "12000"
    assert body["generatorURL"] == "https://news.example.org/kp-troops"
    assert body["startsAt"].endswith("Z") and body["endsAt"] > body["startsAt"]
    # A malformed URL would make Alertmanager reject the whole batch: leave it out.
    assert "generatorURL" not in to_alertmanager(alert, item_url="not a url")
    assert "generatorURL" not in to_alertmanager(alert, item_url="ftp://x/y")


def test_location_summary() -> None:
    text = summarize(make_alert(kind="new_location"))
    assert to_alertmanager(make_alert(kind="new_location"))["labels"]["alertname"] == "ClaimwatchNewLocation"
    assert "Kursk Oblast, RU" in text and "first known location" in text


def test_push_returns_at_once_and_delivers(am_factory: Callable[..., FakeAlertmanager]) -> None:
    am = am_factory(delay=0.3)  # a slow Alertmanager must not slow the caller
    metrics = Metrics()
    pusher = AlertmanagerPusher(am.url, metrics)
    t0 = time.perf_counter()
    assert pusher.push(make_alert(1), item_url="https://news.example.org/1")
    assert time.perf_counter() - t0 < 0.1
    assert pusher.close(timeout=10)
    assert am.paths == ["/api/v2/alerts"]
    assert [a["labels"]["alert_id"] for a in am.received()] == ["a1"]
    assert metrics.am_pushes._value.get() == 1
    assert metrics.am_push_failures._value.get() == 0
    assert pusher.delivered == 1


def test_retries_after_500s_with_backoff(am_factory: Callable[..., FakeAlertmanager]) -> None:
    am = am_factory(statuses=lambda i: 500 if i < 2 else 200)
    metrics = Metrics()
    pusher = AlertmanagerPusher(am.url, metrics, backoff_initial=0.05, backoff_max=0.2)
    pusher.push(make_alert(2))
    assert _wait(lambda: pusher.delivered == 1)
    pusher.close(timeout=5)
    assert am.attempts == 3
    assert metrics.am_pushes._value.get() == 3
    assert metrics.am_push_failures._value.get() == 2
    assert metrics.am_dropped.labels(reason="retries_exhausted")._value.get() == 0


def test_gives_up_after_max_attempts_and_counts(am_factory: Callable[..., FakeAlertmanager]) -> None:
    am = am_factory(statuses=lambda i: 503)
    metrics = Metrics()
    pusher = AlertmanagerPusher(am.url, metrics, max_attempts=3, backoff_initial=0.01, backoff_max=0.02)
    pusher.push(make_alert(3))
    assert pusher.flush(timeout=10)
    pusher.close(timeout=5)
    assert am.attempts == 3
    assert metrics.am_dropped.labels(reason="retries_exhausted")._value.get() == 1


def test_a_400_is_not_retried(am_factory: Callable[..., FakeAlertmanager]) -> None:
    am = am_factory(statuses=lambda i: 400)
    metrics = Metrics()
    pusher = AlertmanagerPusher(am.url, metrics, backoff_initial=0.01)
    pusher.push(make_alert(4))
    assert pusher.flush(timeout=10)
    pusher.close(timeout=5)
    assert am.attempts == 1
    assert metrics.am_dropped.labels(reason="rejected")._value.get() == 1


def test_unreachable_alertmanager_is_a_counted_failure() -> None:
    metrics = Metrics()
    pusher = AlertmanagerPusher("http://127.0.0.1:9", metrics, max_attempts=2, backoff_initial=0.01, timeout=1)
    pusher.push(make_alert(5))
    assert pusher.flush(timeout=10)
    pusher.close(timeout=5)
    assert metrics.am_push_failures._value.get() == 2
    assert metrics.am_dropped.labels(reason="retries_exhausted")._value.get() == 1


def test_queue_full_drops_instead_of_blocking(am_factory: Callable[..., FakeAlertmanager]) -> None:
    gate = threading.Event()
    am = am_factory(statuses=lambda i: 200 if gate.wait(10) else 500)
    metrics = Metrics()
    pusher = AlertmanagerPusher(am.url, metrics, queue_size=2, batch_size=1)
    assert pusher.push(make_alert(10))  # taken by the thread, stuck in the gated POST
    assert _wait(lambda: am.attempts == 1)
    t0 = time.perf_counter()
    results = [pusher.push(make_alert(i)) for i in range(11, 16)]
    assert time.perf_counter() - t0 < 0.5
    assert results == [True, True, False, False, False]
    assert metrics.am_dropped.labels(reason="queue_full")._value.get() == 3
    assert metrics.am_queue._value.get() == 3  # two queued plus the one in flight
    gate.set()
    assert pusher.close(timeout=10)
    assert sorted(a["labels"]["alert_id"] for a in am.received()) == ["a10", "a11", "a12"]
    assert metrics.am_queue._value.get() == 0


def test_close_with_alertmanager_down_returns_within_timeout(am_factory: Callable[..., FakeAlertmanager]) -> None:
    am = am_factory(statuses=lambda i: 500)
    metrics = Metrics()
    pusher = AlertmanagerPusher(am.url, metrics, backoff_initial=5, backoff_max=5, timeout=1)
    for i in range(3):
        pusher.push(make_alert(20 + i))
    assert _wait(lambda: am.attempts >= 1)
    t0 = time.perf_counter()
    assert pusher.close(timeout=0.5) is False
    assert time.perf_counter() - t0 < 5
    assert metrics.am_dropped.labels(reason="shutdown")._value.get() == 3
    assert not pusher.push(make_alert(30))
