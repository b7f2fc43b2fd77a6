"""The worker's topics on a real broker: created with the partition counts the tables need, and a worker that
finds a table's topic with another count refuses to start, saying which topic and what to do (a worker that
started anyway would split one actor's facts over partitions its changelog does not have)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from kafka.admin import KafkaAdminClient

from claimwatch.broker import create_topics
from claimwatch.settings import Settings
from claimwatch.stream.topics import TopicMismatch, changelog_topic, ensure_topics, specs

pytestmark = pytest.mark.integration


def _settings(kafka, name: str, partitions: int) -> Settings:
    return Settings(
        kafka_bootstrap=kafka.bootstrap,
        app_id=name,
        partitions=partitions,
        topic_items=f"{name}.items",
        topic_claims=f"{name}.claims",
        topic_alerts=f"{name}.alerts",
        topic_dlq=f"{name}.dlq",
    )


def _partitions(kafka, names: list[str]) -> dict[str, int]:
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    try:
        return {m.get("name") or m.get("topic"): len(m["partitions"]) for m in admin.describe_topics(names)}
    finally:
        admin.close()


def test_ensure_topics_creates_every_topic_with_its_count_once(kafka, unique_name):
    settings = _settings(kafka, unique_name, 3)
    wanted = {s.name: s.partitions for s in specs(settings)}
    assert sorted(ensure_topics(settings)) == sorted(wanted)
    assert _partitions(kafka, list(wanted)) == wanted
    # the claims topic and the knowledge changelog are co-partitioned; the dedup lane is one ordered partition
    assert wanted[settings.topic_claims] == wanted[changelog_topic(settings, "knowledge")] == 3
    assert ensure_topics(settings) == []


def test_a_table_topic_with_another_count_is_refused_and_nothing_is_created(kafka, unique_name):
    settings = _settings(kafka, unique_name, 4)
    create_topics(kafka.bootstrap, [(settings.topic_claims, 2)])
    with pytest.raises(TopicMismatch) as e:
        ensure_topics(settings)
    text = str(e.value)
    assert f"{settings.topic_claims!r} has 2 partitions, the worker needs 4" in text
    assert "CLAIMWATCH_PARTITIONS" in text
    # refused before creating anything: the operator fixes the count and starts again from a clean slate
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    try:
        existing = set(admin.list_topics())
    finally:
        admin.close()
    assert changelog_topic(settings, "knowledge") not in existing
    assert settings.topic_alerts not in existing


def test_an_input_topic_with_another_count_is_accepted(kafka, unique_name):
    # news.items is read statelessly: any count works, and it is left as it is
    settings = _settings(kafka, unique_name, 4)
    create_topics(kafka.bootstrap, [(settings.topic_items, 6)])
    created = ensure_topics(settings)
    assert settings.topic_items not in created
    assert _partitions(kafka, [settings.topic_items]) == {settings.topic_items: 6}


def test_the_worker_command_refuses_to_start_on_a_mismatch(kafka, unique_name, tmp_path):
    settings = _settings(kafka, unique_name, 4)
    create_topics(kafka.bootstrap, [(changelog_topic(settings, "knowledge"), 1)])
    env = {
        **os.environ,
        "CLAIMWATCH_KAFKA_BOOTSTRAP": kafka.bootstrap,
        "CLAIMWATCH_APP_ID": settings.app_id,
        "CLAIMWATCH_PARTITIONS": "4",
        "CLAIMWATCH_TOPIC_ITEMS": settings.topic_items,
        "CLAIMWATCH_TOPIC_CLAIMS": settings.topic_claims,
        "CLAIMWATCH_TOPIC_ALERTS": settings.topic_alerts,
        "CLAIMWATCH_TOPIC_DLQ": settings.topic_dlq,
        "CLAIMWATCH_STORE": "memory",
        "CLAIMWATCH_STATE_DIR": str(tmp_path),
        "CLAIMWATCH_BROKER_WAIT_SECONDS": "30",
    }
    done = subprocess.run(
        [sys.executable, "-m", "claimwatch.cli", "worker"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "refusing to start" in done.stderr
    assert f"{changelog_topic(settings, 'knowledge')!r} has 1 partitions, the worker needs 4" in done.stderr
