"""The broker fixture works end to end: topics are created and NewsItems round-trip."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient

from claimwatch.broker import create_topics
from claimwatch.models import NewsItem

pytestmark = pytest.mark.integration


def test_create_topics_with_partitions_and_idempotently(kafka, unique_name):
    created = create_topics(kafka.bootstrap, [(unique_name, 3)])
    assert created == [unique_name]
    assert create_topics(kafka.bootstrap, [(unique_name, 3)]) == []
    admin = KafkaAdminClient(bootstrap_servers=kafka.bootstrap)
    try:
        meta = admin.describe_topics([unique_name])
        assert len(meta[0]["partitions"]) == 3
    finally:
        admin.close()


def test_news_items_produced_are_read_back_intact(kafka, unique_name):
    create_topics(kafka.bootstrap, [(unique_name, 2)])
    items = [
        NewsItem(
            id=f"rt-{n}",
            source="Test Wire",
            published_at=datetime(2025, 3, n + 1, 9, 0, tzinfo=UTC),
            title=f"Item {n}",
            body=f"Some {n * 100} engineers were reported at a depot near the river.",
        )
        for n in range(10)
    ]
    producer = KafkaProducer(bootstrap_servers=kafka.bootstrap)
    for it in items:
        producer.send(unique_name, key=it.id.encode(), value=it.model_dump_json().encode())
    producer.flush()
    producer.close()

    # kafka-python group consumers never join on Tansu: read with assign().
    consumer = KafkaConsumer(bootstrap_servers=kafka.bootstrap, enable_auto_commit=False,
                             consumer_timeout_ms=5000)
    parts = [TopicPartition(unique_name, p) for p in range(2)]
    consumer.assign(parts)
    consumer.seek_to_beginning(*parts)
    got = {}
    for record in consumer:
        item = NewsItem.model_validate(json.loads(record.value))
        got[item.id] = item
        if len(got) == len(items):
            break
    consumer.close()
    assert got == {it.id: it for it in items}
