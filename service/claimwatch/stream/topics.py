"""The topics the stream owns, created before faust starts and checked for partition counts.

Why not let faust declare them: Tansu auto-creates any topic it is asked about
with 4 partitions and cannot add partitions later, and faust itself only
notices a source/changelog partition mismatch at the first event, with a
crash. So the worker creates what is missing up front, and refuses to start
with a message that says which topic is wrong and how to fix it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from claimwatch.settings import Settings

log = logging.getLogger(__name__)

#: Faust names a table's changelog ``{app_id}-{table}-changelog``.
FINGERPRINTS_TABLE = "fingerprints"
KNOWLEDGE_TABLE = "knowledge"


class TopicMismatch(RuntimeError):
    """An existing topic has a partition count the worker's tables cannot live with."""


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    #: True when a different count breaks table co-partitioning (refuse); False: only created if missing.
    strict: bool
    configs: tuple[tuple[str, str], ...] = ()


def lane_topic(settings: Settings) -> str:
    """The single-partition topic on which item dedup and extraction run in one ordered lane."""
    return f"{settings.app_id}.items.valid"


def changelog_topic(settings: Settings, table: str) -> str:
    return f"{settings.app_id}-{table}-changelog"


def specs(settings: Settings) -> list[TopicSpec]:
    n = settings.partitions
    compact = (("cleanup.policy", "compact"),)
    return [
        # news.items is read statelessly, so any partition count works there.
        TopicSpec(settings.topic_items, n, strict=False),
        TopicSpec(lane_topic(settings), 1, strict=True),
        TopicSpec(changelog_topic(settings, FINGERPRINTS_TABLE), 1, strict=True, configs=compact),
        TopicSpec(settings.topic_claims, n, strict=True),
        TopicSpec(changelog_topic(settings, KNOWLEDGE_TABLE), n, strict=True, configs=compact),
        TopicSpec(settings.topic_alerts, n, strict=False),
        TopicSpec(settings.topic_dlq, n, strict=False),
        # faust's own leader-election topic: Tansu would auto-create it with 4 partitions.
        TopicSpec(f"{settings.app_id}-__assignor-__leader", 1, strict=False),
    ]


def wait_for_kafka(
    settings: Settings,
    *,
    timeout: float | None = None,
    every: float = 2.0,
    report: Callable[[str], None] | None = None,
) -> None:
    """Block until a Kafka broker answers a metadata request; say so while waiting.

    Why: a worker started before its broker (container start order, a broker
    restart) should wait and connect, not crash-exit. ``timeout`` None waits
    forever; a TimeoutError says whom it could not reach.
    """
    from kafka.admin import KafkaAdminClient

    say = report or log.warning
    started = time.monotonic()
    attempt = 0
    last_said = -1e9
    while True:
        attempt += 1
        try:
            admin = KafkaAdminClient(
                client_id="claimwatch-probe", request_timeout_ms=5_000, **settings.kafka_python_options()
            )
            admin.close()
            if attempt > 1:
                log.warning(
                    "Kafka at %s answers after %.0fs; starting", settings.kafka_bootstrap, time.monotonic() - started
                )
            return
        except Exception as e:
            waited = time.monotonic() - started
            if timeout is not None and waited >= timeout:
                raise TimeoutError(
                    f"no Kafka broker answered at {settings.kafka_bootstrap} within {timeout:.0f}s"
                ) from e
            if time.monotonic() - last_said >= 10.0 or attempt == 1:
                say(
                    f"waiting for Kafka at {settings.kafka_bootstrap} ({waited:.0f}s so far, attempt {attempt}): "
                    f"{type(e).__name__}: {e}"
                )
                last_said = time.monotonic()
            time.sleep(every)


def ensure_topics(settings: Settings, timeout: float = 30.0) -> list[str]:
    """Create missing topics; raise TopicMismatch when a strict one exists with another count.

    Returns the names created.
    """
    from kafka.admin import NewTopic
    from kafka.errors import TopicAlreadyExistsError

    from claimwatch.broker import connect_admin

    admin = connect_admin(settings.kafka_bootstrap, settings.kafka_python_options(), "claimwatch-topics", timeout)
    try:
        wanted = specs(settings)
        existing = set(admin.list_topics())
        present = [s for s in wanted if s.name in existing]
        counts: dict[str, int] = {}
        if present:
            for meta in admin.describe_topics([s.name for s in present]):
                counts[meta.get("name") or meta.get("topic")] = len(meta["partitions"])
        problems = [
            f"  topic {s.name!r} has {counts[s.name]} partitions, the worker needs {s.partitions}"
            for s in present
            if s.strict and s.name in counts and counts[s.name] != s.partitions
        ]
        if problems:
            raise TopicMismatch(
                "refusing to start: existing topics do not match the partitions the tables need\n"
                + "\n".join(problems)
                + "\nSet CLAIMWATCH_PARTITIONS to the existing count, or use a new CLAIMWATCH_APP_ID / topic names"
                " (partitions cannot be changed without re-keying the state)."
            )
        created: list[str] = []
        for s in wanted:
            if s.name in existing:
                continue
            try:
                admin.create_topics(
                    [NewTopic(s.name, s.partitions, settings.replication_factor, topic_configs=dict(s.configs))]
                )
                created.append(s.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        admin.close()
