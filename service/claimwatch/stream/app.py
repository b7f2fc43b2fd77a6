"""The stream driver: moves messages between topics and keeps the core's state in faust tables.

Topology (every decision is the core's; this module only routes and persists)::

    news.items ──validate──► {app}.items.valid (1 partition) ──ItemStage──► claimwatch.claims (key: actor)
        │  (any partitions,        │                                              │
        │   stateless)             └─► table "fingerprints" (dedup state)         ▼
        └─► claimwatch.dlq                                             ClaimStage (table "knowledge")
                                                                                  │
                                                                     claimwatch.alerts (key: actor)

Why one ordered lane for items: item dedup must see every item, and a
near-duplicate (syndicated copy) has a different id and a different content
hash from its original, so no message key puts the two on one partition. The
choices were a shared GlobalTable of fingerprints read by every worker (two
workers can then both take two copies arriving together for originals, and
the verdict depends on timing) or one partition that owns all dedup state. We
take the lane: verdicts are exact and deterministic -- the same archive gives
the same alerts live and in the backtest -- at the cost that dedup+extraction
use one worker at a time (>= 300 items/s measured, see bench/RESULTS.md); the
per-actor claim stage and validation still spread over all workers. Moving
the lane to another worker on failure is ordinary faust rebalancing, with its
state recovered from the changelog.

Delivery is at-least-once with idempotent alert ids. The one ordering rule
that makes "never lose an alert" true: the state that says "already known"
(a fingerprint, a fact) is written only after the messages that state
suppresses (claims, alerts) were acknowledged by the broker. A crash in
between repeats a claim or an alert with the same id; it never records a
fact whose alert was not sent.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
import weakref
from array import array
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import faust
from faust.streams import _current_event
from faust.types import EventT

from claimwatch.core.dedup import Deduper, DupVerdict, Fingerprint
from claimwatch.core.pipeline import ClaimExtractor, ClaimStage, ItemResult, ItemStage
from claimwatch.core.validate import InvalidInput, decode_item
from claimwatch.models import Alert, ClaimEvent, DeadLetter, DeadLetterReason, NewsItem
from claimwatch.ops.metrics import Metrics
from claimwatch.settings import Settings
from claimwatch.stream import faust_fixes
from claimwatch.stream import topics as T
from claimwatch.stream.extract_pool import ExtractionPool, LazyExtractor, extract_in_process
from claimwatch.stream.heap import malloc_trim
from claimwatch.stream.producer import DataProducer

log = logging.getLogger(__name__)

StoreKind = Literal["memory", "rocksdb"]
AlertHook = Callable[[Alert], Awaitable[None] | None]

#: Most events per agent batch (see ``batches``).
BATCH_MAX = 500
#: Seconds between consumer-lag samples.
LAG_INTERVAL = 2.0
#: A source partition with lag whose position has not moved for this long is logged as stalled (once per stall),
#: with what the consumer knows of it, so that the ClaimwatchStalled alert's "check the worker's logs" finds
#: something to read.
STALL_WARN_S = 60.0
#: The worker consumer's fetch wait (ms): Tansu answers a fetch of several partitions only when its wait ends
#: (faust_fixes; ``bench/broker_fetch_wait.py``), so an item waits up to it at each of its three hops (an
#: internal hop's record arrives while the next fetch is already waiting); under load fetches find records
#: waiting and return at once. Not 10: once a partition holds ~8,000 one-record batches (the faust producer sends
#: one record per batch, and so does every one-item agent batch), Tansu no longer finds the fetch offset within
#: 10 ms, returns every fetch empty and spins a core; the stream stalled after ~20,000 items. At 20 ms the same
#: test reads on past 60,000 (``bench/broker_batches.py``, bench/RESULTS.md).
FETCH_MAX_WAIT_MS = 20
#: Kafka header on a claim record carrying its item's URL (for Alertmanager's generatorURL).
ITEM_URL_HEADER = "claimwatch-item-url"
#: RocksDB options of each table's partition DBs. faust's defaults are sized for a dedicated host:
#: 64 MiB memtables x 3 and a 2 GiB block cache *per partition DB* (5 DBs here). A memtable is only
#: freed when it is flushed at 64 MiB, so with ~2 kB of changelog writes per item the worker's RSS
#: grew with every item up to ~5 x 64 MiB before the first flushes (bench/RESULTS.md, "RSS growth").
#: The tables are small (dedup window + facts) and the hot rows are cached in Python anyway.
ROCKSDB_OPTIONS: dict[str, int] = {
    "write_buffer_size": 4 * 1024 * 1024,
    "max_write_buffer_number": 2,
    "target_file_size_base": 16 * 1024 * 1024,
    "block_cache_size": 8 * 1024 * 1024,
}
#: faust's producer (changelogs only) waits this long (s) to fill a produce request.
CHANGELOG_LINGER_S = 0.01
#: Most changelog writes faust's producer buffer may hold before faust stops handing fetched records to *every*
#: stream until it has drained (``Conductor.on_message`` awaits ``ProducerBuffer.wait_until_ebb``; faust's own
#: limit is 100). The buffer publishes one write per event-loop turn, and an item here makes ~5 writes (its
#: fingerprint, a fact and its index rows), so at 100 items/s any 200 ms the loop spends on a batch filled it
#: and stalled all three hops for the ~100 turns of the drain ("producer buffer full" in the log every second
#: or two of bench/stream.py's paced phase). The writes are small (~1-2 kB) and the agents' batches bound them
#: anyway (BATCH_MAX events, a few writes each): this keeps the backpressure for a producer that really is
#: behind without stalling the streams at every burst.
PRODUCER_BUFFER_MAX = 5000
#: Seconds between returns of the C heap's free pages to the OS (``malloc_trim``).
TRIM_INTERVAL = 30.0


# -- state adapters -----------------------------------------------------------------


class BufferedStore(MutableMapping[str, Any]):
    """A write overlay over a table: reads see pending writes, the table sees them on ``apply()``.

    Lets the claim stage decide against the table while the driver holds the
    writes back until the alerts they would suppress are acknowledged.
    """

    _DELETED = object()

    def __init__(self, backing: MutableMapping[str, Any]) -> None:
        self.backing = backing
        self.pending: dict[str, Any] = {}
        #: Keys written since the caller last cleared it (the driver maps writes to events).
        self.touched: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        if key in self.pending:
            v = self.pending[key]
            if v is self._DELETED:
                raise KeyError(key)
            return v
        return self.backing[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.pending[key] = value
        self.touched.add(key)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self.pending[key] = self._DELETED
        self.touched.add(key)

    def __contains__(self, key: object) -> bool:
        if key in self.pending:
            return self.pending[key] is not self._DELETED
        return key in self.backing

    def __iter__(self) -> Iterator[str]:
        seen = set()
        for k in self.backing:
            seen.add(k)
            if k in self:
                yield k
        for k, v in self.pending.items():
            if k not in seen and v is not self._DELETED:
                yield k

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def apply(self) -> None:
        self.write_through(self.backing, self.pending)
        self.pending.clear()
        self.touched.clear()

    @classmethod
    def write_through(cls, backing: MutableMapping[str, Any], writes: Mapping[str, Any]) -> None:
        """Apply pending writes (deletions included) to ``backing``."""
        for k, v in writes.items():
            if v is cls._DELETED:
                backing.pop(k, None)
            else:
                backing[k] = v


class CachedTable(MutableMapping[str, Any]):
    """A bounded read cache in front of a table whose writes all go through it.

    Why: the claim stage reads up to ``2 * MAX_PREVIOUS`` fact rows per new
    fact, and each read of a faust Table is a key encode, a store lookup in
    every partition DB (RocksDB) and a JSON decode. Rows are kept as their JSON
    text, so every read returns a fresh object exactly as a read from the table
    would (the core mutates what it reads before writing it back).

    Coherence: while this worker owns a partition only it writes that
    partition's rows, and it writes them through here; what the table gains any
    other way (changelog recovery after a rebalance) is not seen, so the owner
    calls ``forget()`` whenever partitions are assigned or revoked.
    """

    def __init__(self, backing: MutableMapping[str, Any], max_entries: int = 20_000) -> None:
        self.backing = backing
        self.max_entries = max_entries
        self._rows: OrderedDict[str, str] = OrderedDict()

    def forget(self) -> None:
        self._rows.clear()

    def _remember(self, key: str, value: Any) -> None:
        try:
            text = json.dumps(value)
        except (TypeError, ValueError):  # not plain JSON: leave it to the table
            self._rows.pop(key, None)
            return
        self._rows[key] = text
        self._rows.move_to_end(key)
        if len(self._rows) > self.max_entries:
            self._rows.popitem(last=False)

    def __getitem__(self, key: str) -> Any:
        text = self._rows.get(key)
        if text is not None:
            return json.loads(text)
        value = self.backing[key]  # KeyError when absent: absence is not cached
        self._remember(key, value)
        return value  # the table's own object, as an uncached read would give

    def __setitem__(self, key: str, value: Any) -> None:
        self.backing[key] = value
        self._remember(key, value)

    def __delitem__(self, key: str) -> None:
        self._rows.pop(key, None)
        del self.backing[key]

    def __contains__(self, key: object) -> bool:
        return key in self._rows or key in self.backing

    def __iter__(self) -> Iterator[str]:
        return iter(self.backing)

    def __len__(self) -> int:
        return len(self.backing)


def pack_fingerprint(n: int, published_at: datetime, fp: Fingerprint) -> dict[str, Any]:
    """A table row for one remembered item: the MinHash packed (~1.4 kB instead of ~2.5 kB of JSON ints)."""
    return {
        "n": n,
        "t": published_at.isoformat(),
        "h": fp.content_hash,
        "m": base64.b64encode(array("Q", fp.minhash).tobytes()).decode("ascii"),
    }


def unpack_fingerprint(row: dict[str, Any]) -> tuple[datetime, Fingerprint]:
    hashes = array("Q")
    hashes.frombytes(base64.b64decode(row["m"]))
    return datetime.fromisoformat(row["t"]), Fingerprint(content_hash=row["h"], minhash=tuple(hashes))


class _RecordingDeduper(Deduper):
    """The core's Deduper, noting what the ItemStage decided to remember so the driver can persist it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.added: list[tuple[str, datetime, Fingerprint]] = []
        self.recording = True

    def add(self, item_id: str, published_at: datetime, fp: Fingerprint) -> None:
        super().add(item_id, published_at, fp)
        if self.recording:
            self.added.append((item_id, published_at, fp))


class DedupState:
    """The item stage plus its fingerprints table: rebuilt from the table whenever the lane is (re)assigned.

    The Deduper forgets old entries itself (window, max entries, oldest
    first); ``order`` mirrors its insertion order so the table forgets the
    same ones and stays bounded too.
    """

    def __init__(self, table: MutableMapping[str, Any], extractor: ClaimExtractor | None, settings: Settings) -> None:
        self.settings = settings
        self.table = table
        self.extractor = extractor
        self.stage: ItemStage | None = None
        self.deduper: _RecordingDeduper | None = None
        self.order: OrderedDict[str, None] = OrderedDict()
        self.seq = 0
        self._extractor_instance: ClaimExtractor | None = None

    def invalidate(self) -> None:
        self.stage = None

    def get(self) -> ItemStage:
        if self.stage is None:
            self._rebuild()
        assert self.stage is not None
        return self.stage

    def _rebuild(self) -> None:
        started = time.perf_counter()
        deduper = _RecordingDeduper(
            threshold=self.settings.dedup_threshold,
            window=timedelta(hours=self.settings.dedup_window_hours),
            max_entries=self.settings.dedup_max_items,
        )
        deduper.recording = False
        rows = sorted(((k, v) for k, v in self.table.items()), key=lambda kv: int(kv[1]["n"]))
        self.order = OrderedDict()
        for item_id, row in rows:
            published_at, fp = unpack_fingerprint(row)
            deduper.add(item_id, published_at, fp)
            self.order[item_id] = None
            self.order.move_to_end(item_id)
        deduper.recording = True
        self.seq = int(rows[-1][1]["n"]) + 1 if rows else 0
        self.deduper = deduper
        if self._extractor_instance is None:
            self._extractor_instance = ItemStage(self.extractor, Deduper()).extractor
        self.stage = ItemStage(self._extractor_instance, deduper)
        self._trim()
        log.info("dedup state rebuilt from %d fingerprints in %.2fs", len(rows), time.perf_counter() - started)

    def persist(self) -> None:
        """Write what the stage remembered since the last call, and forget what it forgot."""
        assert self.deduper is not None
        for item_id, published_at, fp in self.deduper.added:
            self.table[item_id] = pack_fingerprint(self.seq, published_at, fp)
            self.seq += 1
            self.order[item_id] = None
            self.order.move_to_end(item_id)
        self.deduper.added.clear()
        self._trim()

    def _trim(self) -> None:
        assert self.deduper is not None
        while len(self.order) > len(self.deduper):
            item_id, _ = self.order.popitem(last=False)
            self.table.pop(item_id, None)


# -- the app ------------------------------------------------------------------------


def faust_options(settings: Settings, store: StoreKind, *, on_tansu: bool = True) -> dict[str, Any]:
    """Faust settings that work on Kafka and on the embedded Tansu broker (DESIGN.md, "Brokers")."""
    opts: dict[str, Any] = {
        "broker": [f"kafka://{s}" for s in settings.bootstrap_servers()],
        "store": "rocksdb://" if store == "rocksdb" else "memory://",
        "datadir": str(settings.state_dir),
        "topic_partitions": settings.partitions,
        "topic_replication_factor": settings.replication_factor,
        "topic_allow_declare": True,
        "consumer_auto_offset_reset": "earliest",
        # A new group joins in ~half the rebalance timeout on Tansu; these keep it around 7 s.
        "broker_rebalance_timeout": 6,
        "broker_session_timeout": 10,
        "broker_heartbeat_interval": 1,
        "web_enabled": settings.web_port != 0,
        "web_port": settings.web_port or 6066,
        "web_bind": "127.0.0.1",
        "web_host": "127.0.0.1",
        "autodiscover": False,
        "producer_acks": -1,
        "broker_credentials": _credentials(settings),
    }
    # Changelogs are produced in ordinary batches on Tansu too: its ListOffsets(latest) is the last
    # batch's base offset + 1, and faust_fixes corrects the end offsets recovery reads to, which
    # used to need one-record batches (one produce round trip per changelog record and partition).
    # Nothing waits on a changelog write but faust's commit (every 2.8 s), so a short linger packs
    # more records into each produce request at no cost to item latency.
    opts["producer_linger"] = CHANGELOG_LINGER_S
    return opts


def _credentials(settings: Settings) -> Any:
    if settings.security_protocol == "PLAINTEXT":
        return None
    ctx = settings.tls_context()
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else None,
            mechanism=settings.sasl_mechanism or "PLAIN",
            ssl_context=ctx,
        )
    return faust.SSLCredentials(ctx)


def _source(event: EventT) -> dict[str, Any]:
    msg = event.message
    key = msg.key
    if isinstance(key, bytes):
        key = key.decode("utf-8", errors="replace")
    return {"topic": msg.topic, "partition": msg.partition, "offset": msg.offset, "key": key}


def dead_letter(raw: bytes | None, reason: DeadLetterReason, detail: str, source: dict[str, Any]) -> DeadLetter:
    raw = raw or b""
    try:
        payload, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        payload, encoding = base64.b64encode(raw).decode("ascii"), "base64"
    return DeadLetter(
        reason=reason,
        detail=detail[:2000],
        received_at=datetime.now(UTC),
        payload=payload,
        payload_encoding=encoding,  # type: ignore[arg-type]
        key=source.get("key"),
        source_topic=source.get("topic"),
        partition=source.get("partition"),
        offset=source.get("offset"),
    )


def _header(event: EventT, name: str) -> str | None:
    """A header's value as text, whichever shape (mapping or pairs) the transport gave."""
    headers: Any = event.message.headers or event.headers or ()
    items = headers.items() if isinstance(headers, Mapping) else headers
    for k, v in items:
        if k == name:
            return v.decode("utf-8", errors="replace") if isinstance(v, bytes) else str(v)
    return None


async def batches(stream: Any, max_events: int = BATCH_MAX) -> AsyncIterator[list[EventT]]:
    """The agent's events in batches of whatever is already waiting: no timer, no added latency.

    A pump task reads the stream without acking into a bounded queue; each
    batch is the next event plus every event queued meanwhile, plus every
    event faust has already delivered to the stream's own queue (faust's
    stream iterator yields to the loop once per event, so the pump alone moved
    one event per loop turn and a backlog of hundreds still came as batches of
    1-3: bench/RESULTS.md, session 10). So batches grow with the backlog and
    stay at one event when idle. The batch's events are
    acked -- and their offsets become committable -- only when the caller asks
    for the next batch, i.e. after it awaited its sends and wrote its state.
    faust's ``take_events`` instead wakes every ``within`` seconds while idle,
    which cost more CPU than the work at low latency settings.
    """
    manual = stream.noack()
    queue: asyncio.Queue[EventT] = asyncio.Queue(maxsize=max_events)
    # The events faust has delivered to the stream and the pump has not taken yet (None: not a channel).
    waiting: Any = getattr(getattr(stream, "channel", None), "queue", None)
    if waiting is not None and not callable(getattr(waiting, "empty", None)):
        waiting = None

    async def pump() -> None:
        async for event in manual.events():
            await queue.put(event)

    task = asyncio.ensure_future(pump())
    try:
        while True:
            getter = asyncio.ensure_future(queue.get())
            done, _ = await asyncio.wait({getter, task}, return_when=asyncio.FIRST_COMPLETED)
            if getter not in done:
                getter.cancel()
                task.result()  # the stream ended or failed: end or raise likewise
                return
            batch = [getter.result()]
            idle_turns = 0
            while len(batch) < max_events:
                while len(batch) < max_events and not queue.empty():
                    batch.append(queue.get_nowait())
                    idle_turns = 0
                # faust's stream iterator yields to the loop once per event, so the pump moves one event
                # per turn: while the stream's own queue holds delivered events, let it move them into
                # this batch (they are already here: no waiting for new ones, no added latency).
                if len(batch) >= max_events or waiting is None or waiting.empty() or idle_turns > 2:
                    break
                idle_turns += 1
                await asyncio.sleep(0)
            yield batch
            for event in batch:
                await manual.ack(event)
    finally:
        task.cancel()


@contextmanager
def _as_current_event(event: EventT) -> Iterator[None]:
    """Make ``event`` faust's current event while writing a table outside its own iteration.

    A faust table sends each write to the changelog partition (and the
    RocksDB store keeps it in the partition DB) of the *current event*; the
    claim stage writes a whole batch's facts after its acks, so each write is
    made under the event that caused it. faust offers no public way to do
    this; the context variable is the one faust itself sets per event.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)


class StreamApp:
    """The faust app plus the objects the commands and tests need to reach (metrics, tables)."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: StoreKind | None = None,
        metrics: Metrics | None = None,
        extractor: ClaimExtractor | None = None,
        on_alert: AlertHook | None = None,
        on_tansu: bool = True,
        alertmanager: Any = None,
    ) -> None:
        self.settings = settings
        self.metrics = metrics if metrics is not None else Metrics()
        self.on_alert = on_alert
        self.alertmanager = alertmanager
        store_kind: StoreKind = store or settings.store
        faust_fixes.install()  # no records lost when recovery hands the stream partitions back (see module)
        faust_fixes.set_fetch_max_wait(FETCH_MAX_WAIT_MS)
        app = faust.App(settings.app_id, **faust_options(settings, store_kind, on_tansu=on_tansu))
        self.app = app
        app.producer.buffer.max_messages = PRODUCER_BUFFER_MAX

        raw = {"key_type": bytes, "value_type": bytes, "key_serializer": "raw", "value_serializer": "raw"}
        self.items_topic = app.topic(settings.topic_items, **raw)
        self.lane_topic = app.topic(T.lane_topic(settings), partitions=1, **raw)
        self.claims_topic = app.topic(settings.topic_claims, partitions=settings.partitions, **raw)
        self.alerts_topic = app.topic(settings.topic_alerts, partitions=settings.partitions, **raw)
        self.dlq_topic = app.topic(settings.topic_dlq, **raw)

        # JSON both ways: str keys and dict/list values come back as they went in after recovery.
        schema = faust.Schema(key_type=str, value_type=None, key_serializer="json", value_serializer="json")
        # A copy per table: faust's RocksDB store pops keys off the options mapping it is given.
        opts: dict[str, Any] = {"options": dict(ROCKSDB_OPTIONS)} if store_kind == "rocksdb" else {}
        self.fingerprints = app.Table(T.FINGERPRINTS_TABLE, partitions=1, schema=schema, **opts)
        opts = {"options": dict(ROCKSDB_OPTIONS)} if store_kind == "rocksdb" else {}
        self.knowledge = app.Table(T.KNOWLEDGE_TABLE, partitions=settings.partitions, schema=schema, **opts)
        # Extraction in child processes when configured (only for the default extractor: an injected one
        # lives in this process); its children start with the worker (``_warm_extract_pool``), and the
        # worker builds an extractor of its own only if one of them dies.
        processes = settings.extract_processes if extractor is None else 0
        self.extract_pool: ExtractionPool | None = None
        if processes > 0:
            extractor = LazyExtractor()
            self.extract_pool = ExtractionPool(processes, fallback=lambda: self.dedup.get().extractor)
        self.dedup = DedupState(self.fingerprints, extractor, settings)
        # One claim stage for the worker's life, over a read cache of the knowledge table: its
        # read-back cache of known facts then lasts across claims (a stage per claim rebuilt them).
        self.knowledge_cache = CachedTable(self.knowledge)
        self._claim_overlay = BufferedStore(self.knowledge_cache)
        self._claim_stage = ClaimStage(store=self._claim_overlay)
        # Data topics get a producer of their own; faust's writes the changelogs (see stream/producer.py).
        self.data = app.add_dependency(
            DataProducer(
                settings.bootstrap_servers(), credentials=_credentials(settings), client_id=f"{settings.app_id}-data"
            )
        )
        self._lag_reported: set[tuple[str, int]] = set()
        #: Per source partition: (position, monotonic time it was first seen there, stall already logged).
        self._progress: dict[tuple[str, int], tuple[int, float, bool]] = {}

        @app.on_partitions_assigned.connect  # type: ignore[untyped-decorator]
        async def _assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
            # The lane may have moved or gained changelog entries: rebuild before its next item.
            self.dedup.invalidate()
            # Likewise the knowledge partitions: recovery writes the table without the cache.
            self.knowledge_cache.forget()

        @app.on_partitions_revoked.connect  # type: ignore[untyped-decorator]
        async def _revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
            self.knowledge_cache.forget()
            for tp in revoked:
                self._progress.pop((tp.topic, tp.partition), None)
                if (tp.topic, tp.partition) in self._lag_reported:
                    self._lag_reported.discard((tp.topic, tp.partition))
                    self.metrics.forget_partition(tp.topic, tp.partition)

        app.agent(self.items_topic, name="claimwatch.validate")(self._validate)
        app.agent(self.lane_topic, name="claimwatch.items")(self._items)
        app.agent(self.claims_topic, name="claimwatch.claims")(self._claims)
        app.timer(LAG_INTERVAL, name="claimwatch.lag")(self._report_lag)
        app.timer(TRIM_INTERVAL, name="claimwatch.trim")(self._trim_heap)
        if self.extract_pool is not None:
            app.task(self._warm_extract_pool)

        @app.page("/claimwatch/state/")  # type: ignore[untyped-decorator]
        async def _state(web: Any, request: Any) -> Any:
            # What tests and operators need to see a rebalance land: which partitions this worker owns.
            actives = sorted((tp.topic, tp.partition) for tp in self.app.assignor.assigned_actives())
            return web.json(
                {
                    "assigned": [f"{t}:{p}" for t, p in actives],
                    "facts": len(self.knowledge),
                    "fingerprints": len(self.fingerprints),
                }
            )

    # -- helpers ----------------------------------------------------------------------

    async def _send_dead_letter(self, dl: DeadLetter) -> asyncio.Future[Any]:
        key = dl.key.encode("utf-8") if dl.key else None
        return await self.data.send(self.dlq_topic.get_topic_name(), dl.model_dump_json().encode("utf-8"), key=key)

    # -- agents -----------------------------------------------------------------------
    #
    # Each agent takes the events that are waiting (up to BATCH_MAX, see ``batches``),
    # sends everything they produce without waiting, awaits all the acks once,
    # and only then writes state and counts outcomes. faust acks (commits) the
    # batch's events after the block, so delivery stays at-least-once; one
    # broker round trip is paid per batch instead of per item.

    async def _validate(self, stream: Any) -> None:
        """news.items -> the lane, or a dead letter. Stateless, so it runs on every worker."""
        cap = self.settings.max_body_bytes
        lane = self.lane_topic.get_topic_name()
        async for events in batches(stream):
            pending: list[asyncio.Future[Any]] = []
            dead: list[tuple[DeadLetterReason, float]] = []
            for event in events:
                raw: bytes | None = event.value
                src = _source(event)
                started = time.perf_counter()
                try:
                    item = decode_item(raw or b"", max_body_bytes=cap)
                    envelope = {"src": src, "raw": (raw or b"").decode("utf-8")}
                    pending.append(
                        await self.data.send(lane, json.dumps(envelope).encode("utf-8"), key=item.id.encode("utf-8"))
                    )
                except InvalidInput as e:
                    pending.append(await self._send_dead_letter(dead_letter(raw, e.reason, e.detail, src)))
                    dead.append((e.reason, time.perf_counter() - started))
                except Exception as e:
                    log.exception("unexpected error validating %s", src)
                    reason = DeadLetterReason.processing_error
                    pending.append(await self._send_dead_letter(dead_letter(raw, reason, repr(e), src)))
                    dead.append((reason, time.perf_counter() - started))
            await asyncio.gather(*pending)
            for reason, seconds in dead:
                self.metrics.record_item("dead_letter", reason=reason, seconds=seconds)

    async def _items(self, stream: Any) -> None:
        """The ordered lane: dedup + extraction by the core, claims re-keyed by actor.

        Per batch: every item is decoded and admitted by dedup in order, the admitted ones are
        extracted together (in child processes when ``extract_processes`` > 0, see
        ``extract_pool``), then their claims are sent in the batch's order.
        """
        cap = self.settings.max_body_bytes
        claims_topic = self.claims_topic.get_topic_name()
        async for events in batches(stream):
            pending: list[asyncio.Future[Any]] = []
            outcomes: list[tuple[str, str | None, float]] = []
            admitted: list[tuple[EventT, NewsItem, DupVerdict, dict[str, Any], bytes, float]] = []
            stage = self.dedup.get()
            for event in events:
                started = time.perf_counter()
                src: dict[str, Any] = {}
                raw = b""
                try:
                    envelope = json.loads(event.value)
                    src, raw = envelope["src"], envelope["raw"].encode("utf-8")
                    item = decode_item(raw, max_body_bytes=cap)
                    verdict = stage.admit(item)
                except Exception as e:
                    pending.append(await self._processing_error(event, src, raw, e))
                    outcomes.append(("dead_letter", None, time.perf_counter() - started))
                    continue
                if isinstance(verdict, ItemResult):  # an exact repeat: nothing to extract
                    outcomes.append((verdict.outcome.value, verdict.duplicate_kind, time.perf_counter() - started))
                    continue
                admitted.append((event, item, verdict, src, raw, started))
            to_extract = [a[1] for a in admitted]
            if self.extract_pool is not None:
                extracted = await self.extract_pool.extract(to_extract)
            else:
                extracted = extract_in_process(stage.extractor, to_extract)
            for (event, item, verdict, src, raw, started), got in zip(admitted, extracted, strict=True):
                if isinstance(got, str):
                    pending.append(await self._processing_error(event, src, raw, got))
                    outcomes.append(("dead_letter", None, time.perf_counter() - started))
                    continue
                result = ItemStage.complete(verdict, item, got)
                # The item's URL rides along as a header: the claim contract has no url, the pusher wants one.
                headers = [(ITEM_URL_HEADER, item.url.encode("utf-8"))] if item.url else None
                for claim in result.claims:
                    pending.append(
                        await self.data.send(
                            claims_topic,
                            claim.model_dump_json().encode("utf-8"),
                            key=claim.actor.code.encode("utf-8"),
                            headers=headers,
                        )
                    )
                    self.metrics.record_claim(claim.topic)
                outcomes.append((result.outcome.value, result.duplicate_kind, time.perf_counter() - started))
            await asyncio.gather(*pending)  # acknowledged before the fingerprints that would suppress them are stored
            if self.dedup.deduper is not None:
                with _as_current_event(events[-1]):  # the lane has one partition: any of its events will do
                    self.dedup.persist()
            for outcome, duplicate, seconds in outcomes:
                if outcome == "dead_letter":
                    self.metrics.record_item(outcome, reason=DeadLetterReason.processing_error, seconds=seconds)
                else:
                    self.metrics.record_item(outcome, duplicate=duplicate, seconds=seconds)

    async def _warm_extract_pool(self) -> None:
        """Start the extraction children at worker start, off the event loop (each loads the gazetteer)."""
        assert self.extract_pool is not None
        started = time.perf_counter()
        await self.extract_pool.warm_up()
        log.info("%d extraction processes ready in %.1fs", self.extract_pool.processes, time.perf_counter() - started)

    async def _processing_error(
        self, event: EventT, src: dict[str, Any], raw: bytes, error: Exception | str
    ) -> asyncio.Future[Any]:
        """A dead letter for an item the core failed on (the worker goes on with the next)."""
        source = src or _source(event)
        detail = error if isinstance(error, str) else repr(error)
        if isinstance(error, Exception):
            log.error("processing error on item from %s", source, exc_info=error)
        else:
            log.error("processing error on item from %s: %s", source, detail)
        return await self._send_dead_letter(
            dead_letter(raw or event.value, DeadLetterReason.processing_error, detail, source)
        )

    async def _claims(self, stream: Any) -> None:
        """Per-actor decisions by the core over the knowledge table; alerts keyed by actor."""
        alerts_topic = self.alerts_topic.get_topic_name()
        async for events in batches(stream):
            # One overlay for the batch (a later claim decides against an earlier one's facts),
            # remembering which event last wrote each key: a table write goes to its event's partition.
            overlay = self._claim_overlay
            overlay.pending.clear()
            overlay.touched.clear()
            writer: dict[str, EventT] = {}
            pending: list[asyncio.Future[Any]] = []
            raised: list[tuple[Alert, str | None]] = []
            for event in events:
                try:
                    claim = ClaimEvent.model_validate_json(event.value)
                    alerts = self._claim_stage.process(claim)
                except Exception as e:
                    log.exception("processing error on claim %s", _source(event))
                    pending.append(
                        await self._send_dead_letter(
                            dead_letter(event.value, DeadLetterReason.processing_error, repr(e), _source(event))
                        )
                    )
                    # A claim is not an input message: count the dead letter, not an item outcome.
                    self.metrics.dead_letters.labels(reason=DeadLetterReason.processing_error.value).inc()
                    continue
                for key in overlay.touched:
                    writer[key] = event
                overlay.touched.clear()
                url = _header(event, ITEM_URL_HEADER)
                for a in alerts:
                    pending.append(
                        await self.data.send(
                            alerts_topic, a.model_dump_json().encode("utf-8"), key=a.actor.code.encode("utf-8")
                        )
                    )
                    raised.append((a, url))
            await asyncio.gather(*pending)  # acknowledged before the facts that would suppress them are stored
            by_event: dict[int, tuple[EventT, dict[str, Any]]] = {}
            for key, value in overlay.pending.items():
                ev = writer[key]
                by_event.setdefault(id(ev), (ev, {}))[1][key] = value
            overlay.pending.clear()
            for ev, writes in by_event.values():
                with _as_current_event(ev):
                    BufferedStore.write_through(self.knowledge_cache, writes)
            for a, url in raised:
                self.metrics.record_alert(a.kind, a.published_at, a.detected_at)
                if self.alertmanager is not None:
                    try:
                        self.alertmanager.push(a, item_url=url)
                    except Exception:
                        log.exception("alertmanager push failed for %s", a.alert_id)
                if self.on_alert is not None:
                    try:
                        res = self.on_alert(a)
                        if res is not None:
                            await res
                    except Exception:
                        log.exception("alert hook failed for %s", a.alert_id)

    async def _trim_heap(self) -> None:
        """Give the C heap's free pages back to the OS.

        glibc returns freed memory only from the top of a heap; RocksDB's
        flushed memtables, aiokafka's fetch buffers and large Python objects
        are freed in the middle of it, so without this the RSS keeps every
        page the worker ever used. A trim walks the free lists (~ms here).
        """
        malloc_trim()

    async def _report_lag(self) -> None:
        """Consumer lag per assigned source partition: highwater minus the consumer's position.

        On Tansu the highwater is the last batch's base offset + 1 (DESIGN.md,
        "Brokers"), so the figure there undercounts by up to the last batch's
        size - 1; on Kafka it is exact. Changelog partitions are recovery, not lag.
        """
        consumer = self.app.consumer
        sources = {
            self.items_topic.get_topic_name(),
            self.lane_topic.get_topic_name(),
            self.claims_topic.get_topic_name(),
        }
        for tp in consumer.assignment():
            if tp.topic not in sources:
                continue
            try:
                high = consumer.highwater(tp)
                position = await consumer.position(tp)
            except Exception:  # not fetched yet / just revoked: try again next tick
                continue
            if high is None or position is None:
                continue
            self.metrics.set_consumer_lag(tp.topic, tp.partition, int(high) - int(position))
            self._lag_reported.add((tp.topic, tp.partition))
            self._watch_progress(tp, int(position), int(high), time.monotonic())

    def _watch_progress(self, tp: Any, position: int, high: int, now: float) -> None:
        """Log a source partition whose backlog has not moved for STALL_WARN_S, once per stall."""
        key = (tp.topic, tp.partition)
        last = self._progress.get(key)
        if last is None or last[0] != position or high <= position:
            if last is not None and last[2]:
                waited = now - last[1]
                log.warning("%s:%d moves again after %.0fs: position %d", tp.topic, tp.partition, waited, position)
            self._progress[key] = (position, now, False)
            return
        if last[2] or now - last[1] < STALL_WARN_S:
            return
        self._progress[key] = (position, last[1], True)
        consumer = self.app.consumer
        log.warning(
            "%s:%d has not moved for %.0fs: position %d, highwater %d, read offset %s, paused %s, flow %s, "
            "producer buffer %d; see the broker's health and this worker's consumer group",
            tp.topic,
            tp.partition,
            now - last[1],
            position,
            high,
            getattr(consumer, "_read_offset", {}).get(tp),
            tp in getattr(consumer, "_paused_partitions", ()),
            "active" if getattr(consumer, "flow_active", True) else "stopped",
            self.app.producer.buffer.pending.qsize(),
        )


def make_app(
    settings: Settings,
    *,
    store: StoreKind | None = None,
    metrics: Metrics | None = None,
    extractor: ClaimExtractor | None = None,
    on_alert: AlertHook | None = None,
    alertmanager: Any = None,
) -> StreamApp:
    """The worker's faust app; ``store`` overrides Settings.store (memory in tests, RocksDB in production)."""
    return StreamApp(
        settings, store=store, metrics=metrics, extractor=extractor, on_alert=on_alert, alertmanager=alertmanager
    )
