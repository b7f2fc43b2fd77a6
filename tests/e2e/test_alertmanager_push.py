"""Real Alertmanager and Prometheus: a pushed claim alert and a rule-fired health alert reach a webhook.

Timings are printed (``pytest -s``) so the ops figures can be quoted:
push -> webhook is Alertmanager's group_wait (1 s here) plus overhead; counter
increment -> webhook is scrape (1 s) + rule evaluation (1 s) + ``for`` + group_wait.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from ops_servers import AlertmanagerServer, PrometheusServer, WebhookReceiver, deploy_rules

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
from claimwatch.ops.alertmanager import AlertmanagerPusher
from claimwatch.ops.metrics import Metrics, start_exporter

pytestmark = pytest.mark.e2e

PUBLISHED = datetime(2024, 11, 4, 7, 30, tzinfo=UTC)
SENTENCE = "Officials in Seoul estimated on Monday that about 12,000 soldiers have now crossed into the Kursk region."


def _alert(kind: str = "new_figure", alert_id: str = "e2e-fig-1") -> Alert:
    claim = ClaimEvent(
        claim_id="claim-e2e-1",
        item_id="item-e2e-1",
        source="Example Wire",
        published_at=PUBLISHED,
        actor=Actor(name="North Korea", code="KP", kind="state"),
        claimant=Claimant(name="South Korean intelligence", kind="agency"),
        topic="troops",
        figure=Figure(value=12000, approx=True, unit="soldiers", text="about 12,000"),
        location=Location(name="Kursk Oblast", country_code="RU", geonames_id=538555, text="the Kursk region"),
        evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE)),
    )
    return Alert(
        alert_id=alert_id,
        kind=kind,
        actor=claim.actor,
        topic="troops",
        figure=claim.figure if kind == "new_figure" else None,
        location=claim.location if kind == "new_location" else None,
        previous=Previous(
            figures=[KnownFigure(value=11000, first_seen=PUBLISHED, source="Other Wire", item_id="item-e2e-0")]
        ),
        claim=claim,
        item_id=claim.item_id,
        source=claim.source,
        published_at=PUBLISHED,
        detected_at=datetime.now(UTC),
        severity="warning",
    )


def test_pushed_claim_alert_reaches_the_webhook(tmp_path: Path) -> None:
    metrics = Metrics()
    with WebhookReceiver() as hook, AlertmanagerServer(hook.url, tmp_path / "am") as am:
        pusher = AlertmanagerPusher(am.url, metrics, backoff_initial=0.2)
        t0 = time.monotonic()
        assert pusher.push(_alert(), item_url="https://news.example.org/2024/11/kp-troops")
        assert pusher.push(_alert("new_location", "e2e-loc-1"))
        fig = hook.wait_for(lambda a: a["labels"].get("alert_id") == "e2e-fig-1", timeout=30)
        loc = hook.wait_for(lambda a: a["labels"].get("alert_id") == "e2e-loc-1", timeout=30)
        pusher.close(timeout=5)
        assert fig is not None, f"no claim alert at the webhook; alertmanager log:\n{am.log_tail()}"
        assert loc is not None
        latency = fig["_received"] - t0
        print(f"\n[e2e] claim alert push -> webhook: {latency:.2f} s (group_wait 1 s)")

    assert fig["_path"] == "/claims"  # routed by the shipped config's claims route
    assert fig["status"] == "firing"
    assert fig["labels"]["alertname"] == "ClaimwatchNewFigure"
    assert fig["labels"]["actor"] == "KP"
    assert fig["labels"]["topic"] == "troops"
    assert fig["labels"]["severity"] == "warning"
    assert fig["annotations"]["figure_value"] == "12000"
    assert "12,000" in fig["annotations"]["summary"] and "11,000" in fig["annotations"]["summary"]
    assert fig["annotations"]["claimant"] == "South Korean intelligence"
    assert fig["annotations"]["evidence"] == SENTENCE
    assert fig["generatorURL"] == "https://news.example.org/2024/11/kp-troops"
    assert loc["labels"]["alertname"] == "ClaimwatchNewLocation"
    assert "Kursk Oblast" in loc["annotations"]["location"]
    assert metrics.am_push_failures._value.get() == 0
    assert metrics.am_pushes._value.get() >= 1


def test_dead_letter_rule_fires_through_prometheus_to_the_webhook(tmp_path: Path) -> None:
    metrics = Metrics()
    rules = deploy_rules(tmp_path / "rules", only={"ClaimwatchDeadLetterRateHigh"}, for_="1s")
    with (
        start_exporter(metrics, 0) as exporter,
        WebhookReceiver() as hook,
        AlertmanagerServer(hook.url, tmp_path / "am") as am,
        PrometheusServer(
            [f"127.0.0.1:{exporter.port}"], tmp_path / "prom", alertmanager=am.hostport, rule_files=[rules]
        ) as prom,
    ):
        # The zero-valued children must be in Prometheus before the first increment, or rate() misses it.
        zero = 'claimwatch_dead_letters_total{job="claimwatch", reason="not_json"} == 0'
        assert prom.wait_for_query(zero, timeout=30), prom.log_tail()
        assert hook.alerts == []

        t0 = time.monotonic()
        for _ in range(10):
            metrics.record_item("dead_letter", reason="not_json", seconds=0.001)
        got = hook.wait_for(lambda a: a["labels"].get("alertname") == "ClaimwatchDeadLetterRateHigh", timeout=60)
        assert got is not None, f"no health alert; prometheus log:\n{prom.log_tail()}\nam log:\n{am.log_tail()}"
        latency = got["_received"] - t0
        print(f"\n[e2e] dead-letter increment -> rule -> webhook: {latency:.2f} s (scrape/eval/group_wait 1 s)")

    assert got["_path"] == "/health"
    assert got["labels"]["severity"] == "warning"
    assert got["labels"]["instance"] == f"127.0.0.1:{exporter.port}"
    assert "dead-letter" in got["annotations"]["summary"]
