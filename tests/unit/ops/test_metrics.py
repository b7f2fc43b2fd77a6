"""The metrics module: names, pre-created children, labels that stay low-cardinality, the exporter."""

from __future__ import annotations

import urllib.request
from datetime import UTC, datetime, timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families

from claimwatch.models import AlertKind, DeadLetterReason
from claimwatch.ops.metrics import ALERT_LATENCY_BUCKETS, DuplicateKind, ItemOutcome, Metrics, start_exporter
from claimwatch.settings import Settings


def _samples(m: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    out = {}
    for fam in m.registry.collect():
        for s in fam.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def _value(m: Metrics, name: str, **labels: str) -> float | None:
    return _samples(m).get((name, tuple(sorted(labels.items()))))


def test_every_known_label_value_exists_at_zero_before_any_event() -> None:
    m = Metrics()
    for outcome in ItemOutcome:
        assert _value(m, "claimwatch_items_total", outcome=outcome.value) == 0
    for reason in DeadLetterReason:
        assert _value(m, "claimwatch_dead_letters_total", reason=reason.value) == 0
    for kind in AlertKind:
        assert _value(m, "claimwatch_alerts_total", kind=kind.value) == 0
    for dup in DuplicateKind:
        assert _value(m, "claimwatch_duplicates_total", kind=dup.value) == 0
    for topic in ("troops", "equipment", "casualties"):
        assert _value(m, "claimwatch_claims_total", topic=topic) == 0
    assert _value(m, "claimwatch_alertmanager_pushes_total") == 0
    assert _value(m, "claimwatch_alertmanager_push_failures_total") == 0
    assert _value(m, "claimwatch_alertmanager_dropped_total", reason="queue_full") == 0
    assert _value(m, "claimwatch_build_info", version="9.9.9") is None
    assert _value(m, "claimwatch_processing_seconds_count") == 0


def test_configured_topics_are_precreated_too() -> None:
    m = Metrics(topics=["troops", "drones"])
    assert _value(m, "claimwatch_claims_total", topic="drones") == 0


def test_fresh_metrics_do_not_collide() -> None:
    a, b = Metrics(version="1.2.3"), Metrics()
    a.record_item("claims", seconds=0.01)
    assert _value(a, "claimwatch_items_total", outcome="claims") == 1
    assert _value(b, "claimwatch_items_total", outcome="claims") == 0
    assert _value(a, "claimwatch_build_info", version="1.2.3") == 1


def test_record_item_counts_the_detail_once() -> None:
    m = Metrics()
    m.record_item(ItemOutcome.dead_letter, reason=DeadLetterReason.not_json, seconds=0.002, now=1234.0)
    m.record_item("duplicate", duplicate="near")
    m.record_item("no_claims")
    assert _value(m, "claimwatch_items_total", outcome="dead_letter") == 1
    assert _value(m, "claimwatch_dead_letters_total", reason="not_json") == 1
    assert _value(m, "claimwatch_duplicates_total", kind="near") == 1
    assert _value(m, "claimwatch_items_total", outcome="no_claims") == 1
    assert _value(m, "claimwatch_processing_seconds_count") == 1
    assert _value(m, "claimwatch_last_processed_timestamp_seconds") > 1234.0  # the later calls used wall time


def test_unknown_label_values_are_refused() -> None:
    m = Metrics()
    with pytest.raises(ValueError, match="outcome"):
        m.record_item("KP")
    with pytest.raises(ValueError, match="needs a reason"):
        m.record_item("dead_letter")
    with pytest.raises(ValueError, match="dead-letter reason"):
        m.record_item("dead_letter", reason="item-1234")
    with pytest.raises(ValueError, match="duplicate kind"):
        m.record_item("duplicate", duplicate="syndicated")
    with pytest.raises(ValueError, match="alert kind"):
        m.record_alert("new_actor", datetime.now(UTC), datetime.now(UTC))


def test_alert_latency_spans_subsecond_to_backfill() -> None:
    m = Metrics()
    t0 = datetime(2024, 10, 18, 9, 0, tzinfo=UTC)
    m.record_alert(AlertKind.new_figure, t0, t0 + timedelta(milliseconds=300))
    m.record_alert("new_location", t0, t0 + timedelta(days=5))
    m.record_alert("new_location", t0, t0 - timedelta(seconds=3))  # skewed clocks: clamp, not negative
    assert _value(m, "claimwatch_alert_latency_seconds_bucket", le="0.5") == 2
    assert _value(m, "claimwatch_alert_latency_seconds_bucket", le="604800.0") == 3
    assert _value(m, "claimwatch_alerts_total", kind="new_location") == 2
    assert sum(1 for b in ALERT_LATENCY_BUCKETS if b < 1) >= 4
    assert max(ALERT_LATENCY_BUCKETS) >= 7 * 86400


def test_consumer_lag_per_partition_and_forget() -> None:
    m = Metrics()
    m.set_consumer_lag("news.items", 0, 12)
    m.set_consumer_lag("news.items", 3, -1)
    assert _value(m, "claimwatch_consumer_lag", topic="news.items", partition="0") == 12
    assert _value(m, "claimwatch_consumer_lag", topic="news.items", partition="3") == 0
    m.forget_partition("news.items", 0)
    m.forget_partition("news.items", 7)
    assert _value(m, "claimwatch_consumer_lag", topic="news.items", partition="0") is None


def test_no_label_can_hold_an_actor_place_or_item() -> None:
    """Every labelled family has a closed, named label set; no free-form label names."""
    allowed = {"outcome", "topic", "kind", "reason", "partition", "version", "le"}
    for fam in Metrics().registry.collect():
        for s in fam.samples:
            assert set(s.labels) <= allowed, (s.name, s.labels)


def test_time_processing_observes() -> None:
    m = Metrics()
    with m.time_processing():
        pass
    assert _value(m, "claimwatch_processing_seconds_count") == 1


def test_exporter_on_a_free_port_serves_the_registry() -> None:
    m = Metrics()
    m.record_item("claims", seconds=0.01)
    port = Settings(metrics_port=0).metrics_port
    with start_exporter(m, port) as server:
        assert server.port > 0 and server.host == "127.0.0.1"
        with urllib.request.urlopen(server.url, timeout=5) as resp:
            text = resp.read().decode()
    names = {s.name for fam in text_string_to_metric_families(text) for s in fam.samples}
    assert "claimwatch_items_total" in names
    assert "claimwatch_build_info" in names
    assert 'claimwatch_items_total{outcome="claims"} 1.0' in text
