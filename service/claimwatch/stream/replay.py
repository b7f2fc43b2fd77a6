"""``claimwatch replay``: archives into Kafka in published order, and a time range of a topic into another.

A thin driver: it moves records and keeps time, nothing else. Two jobs:

* **Archive -> topic.** Items go out sorted by ``published_at`` (ties keep file
  order), keyed by item id, with the record timestamp set to ``published_at``
  so a later ``--from-topic`` replay can select by time. ``--speed N`` keeps the
  archive's rhythm compressed N times (3600: an hour per second); a quiet
  stretch longer than ``--max-sleep`` of wall time is cut short with a log
  line, so a week-long gap does not stall a demo.
* **Topic -> topic by time.** ``--since``/``--until`` select records by their
  timestamp, ``since <= ts < until``. On Kafka, ``offsets_for_times`` seeks
  each partition close to ``since``; the record timestamps are filtered here
  in any case because the embedded Tansu broker answers offset 0 for every
  timestamp. kafka-python group consumers never join on Tansu, so partitions
  are ``assign()``-ed and read to their end.

End of a partition: Tansu's ListOffsets(latest) is "base offset of the last
batch + 1", which is short of the real end when the last batch held several
records. So reading goes on past the reported end offsets until one poll has
returned nothing for ``settle`` seconds (default 1 s), with a hard cap of ten
times that past the end so that a busy live topic on Kafka cannot keep a
replay running forever. On Kafka, whose end offsets are exact, ``--settle 0``
stops exactly at the end offsets.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimwatch.offline.jsonl import ReadReport, items_in_published_order
from claimwatch.offline.progress import Progress
from claimwatch.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_MAX_SLEEP = 10.0
DEFAULT_SETTLE = 1.0


class ReplayError(RuntimeError):
    """A replay that cannot start: unknown topic, unreachable broker, bad arguments."""


def to_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def parse_time(text: str) -> datetime:
    """ISO 8601 with a UTC offset ("Z" allowed), or epoch milliseconds.

    Naive times are refused for the same reason NewsItem refuses them: the range
    would silently shift by the local zone.
    """
    if re.fullmatch(r"\d{10,}", text.strip()):
        return datetime.fromtimestamp(int(text) / 1000, tz=UTC)
    try:
        t = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from e
    if t.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no UTC offset (add Z or +HH:MM)")
    return t


# --------------------------------------------------------------------------- pacing


@dataclass
class Pacer:
    """Maps archive time to wall time, compressed ``speed`` times, cutting long gaps to ``max_sleep``."""

    speed: float | None
    max_sleep: float = DEFAULT_MAX_SLEEP
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _origin: tuple[float, datetime] | None = field(default=None, init=False)
    #: Wall seconds dropped from the schedule by the cap; shown in the summary.
    skipped: float = field(default=0.0, init=False)
    slept: float = field(default=0.0, init=False)

    def wait_for(self, published_at: datetime) -> None:
        if not self.speed:
            return
        if self._origin is None:
            self._origin = (self.clock(), published_at)
            return
        start, first = self._origin
        due = start + (published_at - first).total_seconds() / self.speed - self.skipped
        wait = due - self.clock()
        if wait > self.max_sleep:
            log.info(
                "gap of %.0f s of archive time before %s: waiting %.1f s instead of %.1f s",
                wait * self.speed,
                published_at.isoformat(),
                self.max_sleep,
                wait,
            )
            self.skipped += wait - self.max_sleep
            wait = self.max_sleep
        if wait > 0:
            self.sleep(wait)
            self.slept += wait


# --------------------------------------------------------------------------- archive -> topic


@dataclass(slots=True)
class ReplaySummary:
    produced: int = 0
    failed: int = 0
    bad_lines: int = 0
    seconds: float = 0.0
    skipped_wait: float = 0.0
    read: int = 0
    out_of_range: int = 0
    first: datetime | None = None
    last: datetime | None = None

    def lines(self) -> list[str]:
        rate = self.produced / self.seconds if self.seconds else 0.0
        span = f" (published {self.first.isoformat()} .. {self.last.isoformat()})" if self.first and self.last else ""
        out = [f"produced   {self.produced}{span}", f"elapsed    {self.seconds:.1f} s ({rate:,.0f}/s)"]
        if self.read:
            out.insert(0, f"read       {self.read} ({self.out_of_range} outside the time range)")
        else:
            out.append(f"bad lines  {self.bad_lines}")
        if self.failed:
            out.append(f"FAILED     {self.failed} (not acknowledged by the broker)")
        if self.skipped_wait:
            out.append(f"gaps cut   {self.skipped_wait:.1f} s of wall time (--max-sleep)")
        return out


def _producer(settings: Settings, *, fast: bool) -> Any:
    from kafka import KafkaProducer

    # One request in flight keeps the partition order of a retried batch; lingering
    # only pays off when nothing waits between items.
    return KafkaProducer(
        client_id="claimwatch-replay",
        acks="all",
        retries=5,
        max_in_flight_requests_per_connection=1,
        linger_ms=20 if fast else 0,
        **settings.kafka_python_options(),
    )


def _ensure_topic(settings: Settings, topic: str, partitions: int | None = None) -> None:
    """Create the target when missing: Tansu would auto-create it with 4 partitions, for good."""
    from claimwatch.broker import create_topics

    try:
        create_topics(
            settings.bootstrap_servers(),
            [(topic, partitions or settings.partitions)],
            kafka_options={k: v for k, v in settings.kafka_python_options().items() if k != "bootstrap_servers"},
        )
    except Exception as e:
        raise ReplayError(str(e)) from e


def replay_archive(
    path: str | Path,
    topic: str,
    *,
    settings: Settings,
    pacer: Pacer,
    progress: Callable[[int, int], None] | None = None,
    producer: Any = None,
) -> tuple[ReplaySummary, ReadReport]:
    """Produce an archive's items in published order; bad lines are counted and skipped."""
    start = time.monotonic()
    report = ReadReport()
    summary = ReplaySummary()
    own = producer is None
    if own:
        _ensure_topic(settings, topic)
        producer = _producer(settings, fast=not pacer.speed)

    def failed(exc: BaseException) -> None:
        summary.failed += 1
        log.error("a record was not delivered: %s", exc)

    archive = items_in_published_order(path, report, max_body_bytes=settings.max_body_bytes, warn=sys.stderr)
    try:
        with archive as (total, items):
            summary.bad_lines = len(report.bad)
            for n, item in enumerate(items, 1):
                if summary.first is None:
                    summary.first = item.published_at
                summary.last = item.published_at
                pacer.wait_for(item.published_at)
                value = item.model_dump_json(exclude_none=True).encode("utf-8")
                key = item.id.encode("utf-8")
                fut = producer.send(topic, key=key, value=value, timestamp_ms=to_ms(item.published_at))
                fut.add_errback(failed)
                summary.produced += 1
                if pacer.speed:
                    producer.flush()  # a paced replay is meant to be seen as it goes
                if progress:
                    progress(n, total)
            producer.flush()
    finally:
        if own:
            producer.close()
    summary.produced -= summary.failed
    summary.skipped_wait = pacer.skipped
    summary.seconds = time.monotonic() - start
    return summary, report


# --------------------------------------------------------------------------- topic -> topic by time


def start_offsets(consumer: Any, tps: list[Any], since_ms: int, end: dict[Any, int]) -> dict[Any, int]:
    """Where to start each partition: the broker's offset for ``since``, never before the log start.

    ``None`` from the broker means no record at or after ``since``: start at the end
    offset (reading past it still catches what Tansu's short end offsets hide).
    On Tansu every answer is offset 0, i.e. a full scan, and the timestamp filter
    does the selecting.
    """
    begin = consumer.beginning_offsets(tps)
    found = consumer.offsets_for_times({tp: since_ms for tp in tps})
    out = {}
    for tp in tps:
        hit = found.get(tp)
        out[tp] = max(hit.offset if hit is not None else end[tp], begin[tp])
    return out


def republish(
    from_topic: str,
    topic: str,
    *,
    since: datetime,
    until: datetime | None,
    settings: Settings,
    settle: float = DEFAULT_SETTLE,
    progress: Callable[[int, int], None] | None = None,
) -> ReplaySummary:
    """Copy the records of ``from_topic`` with ``since <= timestamp < until`` to ``topic``.

    Keys, values, headers and timestamps are kept; partitions follow the key.
    """
    from kafka import KafkaConsumer, TopicPartition

    start = time.monotonic()
    since_ms = to_ms(since)
    until_ms = to_ms(until) if until else None
    summary = ReplaySummary()
    opts = settings.kafka_python_options()
    consumer = KafkaConsumer(
        client_id="claimwatch-replay",
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        allow_auto_create_topics=False,
        **opts,
    )
    producer = None
    try:
        parts = None
        deadline = time.monotonic() + 10
        while parts is None and time.monotonic() < deadline:
            parts = consumer.partitions_for_topic(from_topic)
            if parts is None:
                time.sleep(0.2)
        if not parts:
            raise ReplayError(f"topic {from_topic!r} does not exist on {settings.kafka_bootstrap}")
        tps = [TopicPartition(from_topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        end = consumer.end_offsets(tps)
        for tp, offset in start_offsets(consumer, tps, since_ms, end).items():
            consumer.seek(tp, offset)
        total = sum(max(end[tp] - consumer.position(tp), 0) for tp in tps)
        log.info(
            "re-publishing %s -> %s from %s%s (about %d records to scan)",
            from_topic,
            topic,
            since.isoformat(),
            f" until {until.isoformat()}" if until else "",
            total,
        )
        _ensure_topic(settings, topic, len(tps))
        producer = _producer(settings, fast=True)

        def failed(exc: BaseException) -> None:
            summary.failed += 1
            log.error("a record was not delivered: %s", exc)

        reached_end_at: float | None = None
        last_record_at = time.monotonic()
        while True:
            batch = consumer.poll(timeout_ms=200, max_records=1000)
            now = time.monotonic()
            for records in batch.values():
                for r in records:
                    summary.read += 1
                    if r.timestamp < since_ms or (until_ms is not None and r.timestamp >= until_ms):
                        summary.out_of_range += 1
                        continue
                    fut = producer.send(
                        topic, key=r.key, value=r.value, headers=list(r.headers or []), timestamp_ms=r.timestamp
                    )
                    fut.add_errback(failed)
                    summary.produced += 1
                    ts = datetime.fromtimestamp(r.timestamp / 1000, tz=UTC)
                    summary.first = min(summary.first or ts, ts)
                    summary.last = max(summary.last or ts, ts)
            if batch:
                last_record_at = now
            if progress:
                progress(summary.read, max(total, summary.read))
            if reached_end_at is None and all(consumer.position(tp) >= end[tp] for tp in tps):
                reached_end_at = now
            if reached_end_at is not None:
                quiet = now - last_record_at
                if quiet >= settle or now - reached_end_at >= max(settle * 10, 0.0):
                    break
        producer.flush()
    finally:
        if producer is not None:
            producer.close()
        consumer.close()
    summary.produced -= summary.failed
    summary.seconds = time.monotonic() - start
    return summary


# --------------------------------------------------------------------------- command line


def _cmd_replay(args: argparse.Namespace) -> int:
    settings = Settings()
    topic = args.topic or settings.topic_items
    if (args.input is None) == (args.from_topic is None):
        print("claimwatch replay: give either an archive (IN.jsonl) or --from-topic", file=sys.stderr)
        return 2
    try:
        with Progress("replay", enabled=not args.quiet) as progress:
            if args.from_topic is not None:
                if args.since is None:
                    print("claimwatch replay: --from-topic needs --since", file=sys.stderr)
                    return 2
                summary = republish(
                    args.from_topic,
                    topic,
                    since=args.since,
                    until=args.until,
                    settings=settings,
                    settle=args.settle,
                    progress=progress.update,
                )
                bad = 0
            else:
                pacer = Pacer(None if args.no_delay else args.speed, max_sleep=args.max_sleep)
                summary, report = replay_archive(
                    args.input, topic, settings=settings, pacer=pacer, progress=progress.update
                )
                bad = len(report.bad)
    except ReplayError as e:
        print(f"claimwatch replay: {e}", file=sys.stderr)
        return 2
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if bad or summary.failed else 0


def _positive(text: str) -> float:
    v = float(text)
    if v <= 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return v


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser(
        "replay",
        help="produce an archive into Kafka in published order, or re-publish a time range of a topic",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("input", nargs="?", help="JSON Lines of NewsItems, or - for stdin")
    c.add_argument("--topic", help="target topic (default: $CLAIMWATCH_TOPIC_ITEMS)")
    pace = c.add_mutually_exclusive_group()
    pace.add_argument(
        "--speed", type=_positive, default=None, help="compress archive time N times (3600 = an hour per second)"
    )
    pace.add_argument("--no-delay", action="store_true", help="as fast as possible (the default)")
    c.add_argument(
        "--max-sleep",
        type=_positive,
        default=DEFAULT_MAX_SLEEP,
        help=f"longest single wait in wall seconds with --speed (default {DEFAULT_MAX_SLEEP:.0f})",
    )
    c.add_argument("--from-topic", help="re-publish records of this topic instead of an archive")
    c.add_argument("--since", type=parse_time, help="first record time, inclusive (ISO 8601 with offset, or epoch ms)")
    c.add_argument("--until", type=parse_time, help="end of the range, exclusive")
    c.add_argument(
        "--settle",
        type=float,
        default=DEFAULT_SETTLE,
        help="seconds without records, past the end offsets, before a partition counts as read "
        "(0 on Kafka; see Tansu's end offsets)",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    c.set_defaults(func=_cmd_replay)
