"""Fixes to faust-streaming 0.15.x: a message-loss race in table recovery, the consumer's fetch wait,
changelog end offsets on Tansu, and how fetched records are handed to the streams.

Hand-off (``_drain_messages``): faust's fetch loop hands each fetched record
to its stream through ``Service.wait_first(callback(message),
suspend_flow.wait())``, i.e. four tasks and an ``asyncio.wait`` per record,
several event-loop turns each. The agents run in between, so a getmany of
100+ records reached them one or two at a time: the worker's agent batches
stayed at 1-2 events however far it fell behind, and it paid every stage's
produce round trip per item (bench/RESULTS.md, session 10). The callback
(``Conductor.on_message`` -> a put on the stream's queue) almost never
suspends; it is now run directly, and only when it does suspend (a full
queue, flow control) is the rest of it awaited under ``wait_first`` as
before, so a rebalance still abandons a blocked put.

Changelog ends (``_with_true_ends``): recovery reads each changelog partition
up to its end offset from ListOffsets(latest). Tansu answers that with the
*last batch's base offset* + 1, so with batches of more than one record
recovery stopped after the first record of the last batch, and a RocksDB
table that had applied the whole batch failed faust's consistency check on
restart. The workaround was to produce every changelog record as its own
batch (``producer_max_batch_size=1``): one produce round trip per record and
partition, the worker's largest per-item cost (bench/RESULTS.md). Instead,
the end offsets recovery builds are now checked by fetching the record just
before each end: the batch it belongs to ends where the partition really
ends. On Kafka (exact end offsets) that batch ends at the same offset, so the
check changes nothing there but costs one fetch per changelog partition and
rebalance.

Fetch wait (``set_fetch_max_wait``): faust builds its worker consumer with a
fixed ``fetch_max_wait_ms=1500``. A broker that answers a fetch as soon as
data arrives (Kafka) makes that harmless, but Tansu holds an empty fetch of
more than one partition for its full wait even when records are produced
meanwhile (a one-partition fetch it answers at once:
``bench/broker_fetch_wait.py``), and the worker fetches nine partitions in
one request, so every hop of the
stream (news.items -> lane -> claims) waited up to ~0.5 s for its records:
~1.8 s item-to-alert at any input rate. A short wait costs a few empty fetch
requests per second while idle.

Recovery race:

What goes wrong (seen on Tansu after every kind of handover, and possible on
Kafka too; it is timing, not the broker): when changelog recovery ends,
``Recovery.on_recovery_completed`` (and ``_resume_streams`` when there are no
tables) does, in this order:

1. ``consumer.resume_partitions(stream partitions)``, while the consumer's
   flow is still *active* (recovery turned it on to read the changelogs);
2. ``await consumer.perform_seek()``: seek the stream partitions back to the
   committed offsets, an OffsetFetch round trip during which the fetch loop
   keeps running. It hands the records aiokafka had prefetched (from the
   committed offset onwards) to the agents' stream queues and marks them read;
3. ``app.flow_control.resume()``, which *clears every stream queue*;
4. ``consumer.resume_flow()``.

The records sitting in a queue at step 3 are dropped, and the fetch loop's
batch iterator, still running from step 2, then moves the partition's "read
offset" past them, so the re-fetch after the seek skips them as already
read. The worker looks alive (agents idle, nothing logged) but a run of
offsets is never processed: items unaccounted for, alerts missing.

The fix: stop the consumer's flow before that sequence. The fetch loop then
breaks out of its batch and waits; the seek resets the read offsets to the
committed ones; step 4 turns the flow back on and the records are fetched
again from the committed offset. Anything an agent had already taken from its
queue is processed again (at-least-once; the core's dedup and idempotent
alert ids absorb it), nothing is skipped.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from faust.tables.recovery import Recovery
from faust.transport.consumer import CONSUMER_FETCHING, Consumer
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread
from faust.types import TP

log = logging.getLogger(__name__)

_MARK = "_claimwatch_flow_stopped_first"


def _stop_flow_first(method: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    @functools.wraps(method)
    async def wrapper(self: Recovery, *args: Any, **kwargs: Any) -> None:
        # No delivery between "resume stream partitions" and "clear the queues"; see the module docstring.
        self.app.consumer.stop_flow()
        log.debug("recovery: consumer flow stopped before seeking stream partitions to committed offsets")
        await method(self, *args, **kwargs)

    setattr(wrapper, _MARK, True)
    return wrapper


def install() -> None:
    """Patch faust's Recovery and worker-consumer factory once per process (idempotent)."""
    for name in ("on_recovery_completed", "_resume_streams"):
        current = getattr(Recovery, name)
        if not getattr(current, _MARK, False):
            setattr(Recovery, name, _stop_flow_first(current))
    current = Recovery._build_highwaters
    if not getattr(current, _ENDS_MARK, False):
        Recovery._build_highwaters = _with_true_ends(current)  # type: ignore[method-assign]
    current = AIOKafkaConsumerThread._create_worker_consumer
    if not getattr(current, _FETCH_MARK, False):
        AIOKafkaConsumerThread._create_worker_consumer = _with_fetch_wait(current)  # type: ignore[method-assign]
    if not getattr(Consumer._drain_messages, _DRAIN_MARK, False):
        Consumer._drain_messages = _drain_messages  # type: ignore[method-assign]


_FETCH_MARK = "_claimwatch_fetch_wait"
_ENDS_MARK = "_claimwatch_true_ends"
#: The worker consumer's fetch_max_wait_ms (faust's own: 1500); see the module docstring.
_fetch_max_wait_ms: int | None = None


def set_fetch_max_wait(ms: int | None) -> None:
    """The fetch wait of worker consumers created from now on (None: faust's own)."""
    global _fetch_max_wait_ms
    _fetch_max_wait_ms = ms


def _with_fetch_wait(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        consumer = method(self, *args, **kwargs)
        if _fetch_max_wait_ms is not None:
            # Read by AIOKafkaConsumer.start() when it builds its Fetcher, which has not happened yet.
            consumer._fetch_max_wait_ms = _fetch_max_wait_ms
        return consumer

    setattr(wrapper, _FETCH_MARK, True)
    return wrapper


def _with_true_ends(method: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    @functools.wraps(method)
    async def wrapper(self: Recovery, consumer: Any, tps: Any, destination: Any, title: str) -> None:
        await method(self, consumer, tps, destination, title)
        # faust stores end - 1 ("highwater"); -1 for an empty partition, which needs no check.
        ends = {tp: hw + 1 for tp, hw in destination.items() if tp in tps and hw is not None and hw >= 0}
        if not ends:
            return
        try:
            true_ends = await last_batch_ends(self.app, ends)
        except Exception:  # the ListOffsets figures stand: exact on Kafka, as before on Tansu
            log.exception("recovery: could not check the %s changelog end offsets", title)
            return
        for tp, end in true_ends.items():
            if end > ends[tp]:
                log.info("recovery: %s changelog %s ends at %d, not %d (last batch)", title, tp, end, ends[tp])
                destination[tp] = end - 1

    setattr(wrapper, _ENDS_MARK, True)
    return wrapper


async def last_batch_ends(app: Any, ends: Mapping[TP, int], timeout: float = 5.0) -> dict[TP, int]:
    """The true end of each partition: one past the last offset of the batch holding ``end - 1``.

    A consumer of its own (no group), so the worker consumer's positions and
    flow are left alone; a partition that returns nothing within ``timeout``
    keeps its given end.
    """
    from aiokafka import AIOKafkaConsumer
    from aiokafka.structs import TopicPartition
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth, server_list

    conf = app.conf
    consumer = AIOKafkaConsumer(
        bootstrap_servers=server_list(conf.broker, 9092),
        group_id=None,
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
        client_id=f"{conf.id}-recovery-ends",
        **credentials_to_aiokafka_auth(conf.broker_credentials, conf.ssl_context),
    )
    await consumer.start()
    try:
        result = dict(ends)
        by_atp = {TopicPartition(tp.topic, tp.partition): tp for tp in ends}
        consumer.assign(list(by_atp))
        for atp, tp in by_atp.items():
            consumer.seek(atp, ends[tp] - 1)
        pending = set(by_atp)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while pending and loop.time() < deadline:
            fetched = await consumer.getmany(*pending, timeout_ms=200)
            for atp, records in fetched.items():
                if records:
                    tp = by_atp[atp]
                    result[tp] = max(result[tp], records[-1].offset + 1)
                    pending.discard(atp)
        return result
    finally:
        await consumer.stop()


_DRAIN_MARK = "_claimwatch_direct_hand_off"


class _Resumed:
    """The rest of a coroutine that suspended on ``first`` (what it yielded), as an awaitable.

    ``yield from`` of the coroutine itself would restart it with ``send(None)``
    before its future is done; this yields that future to the running task
    first and then relays every send/throw to the coroutine, as awaiting it
    from the start would have.
    """

    __slots__ = ("coro", "first")

    def __init__(self, coro: Any, first: Any) -> None:
        self.coro = coro
        self.first = first

    def __await__(self) -> Any:
        coro, value = self.coro, self.first
        while True:
            try:
                sent = yield value
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:
                try:
                    value = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
            else:
                try:
                    value = coro.send(sent)
                except StopIteration as stop:
                    return stop.value


async def deliver(service: Any, callback: Callable[[Any], Any], message: Any) -> None:
    """``await callback(message)``, under ``service.wait_first(..., suspend_flow)`` only if it suspends."""
    coro = callback(message)
    try:
        first = coro.send(None)
    except StopIteration:
        return
    except BaseException:
        coro.close()
        raise
    await service.wait_first(_Resumed(coro, first), service.suspend_flow.wait())


async def _drain_messages(self: Any, fetcher: Any) -> None:  # pragma: no cover - the fetch loop of a live worker
    """faust 0.15's ``Consumer._drain_messages``, handing records over with ``deliver`` (see the module)."""
    callback = self.callback
    getmany = self.getmany
    consumer_should_stop = self._stopped.is_set
    fetcher_should_stop = fetcher._stopped.is_set

    get_read_offset = self._read_offset.__getitem__
    set_read_offset = self._read_offset.__setitem__
    set_flag = self.diag.set_flag
    unset_flag = self.diag.unset_flag
    commit_every = self._commit_every
    acks_enabled_for = self.app.topics.acks_enabled_for

    yield_every = 100
    num_since_yield = 0
    sleep = asyncio.sleep

    try:
        while not (consumer_should_stop() or fetcher_should_stop()):
            set_flag(CONSUMER_FETCHING)
            ait = getmany(timeout=1.0)

            # Sleeping because sometimes getmany is called in a loop never releasing to the event loop
            await self.sleep(0)
            if not self.should_stop:
                async for tp, message in ait:
                    num_since_yield += 1
                    if num_since_yield > yield_every:
                        await sleep(0)
                        num_since_yield = 0

                    offset = message.offset
                    r_offset = get_read_offset(tp)
                    if r_offset is None or offset >= r_offset:
                        gap = offset - (r_offset or 0)
                        # We have a gap in income messages
                        if gap > 1 and r_offset and acks_enabled_for(message.topic):
                            await self._add_gap(tp, r_offset + 1, offset)
                        if commit_every is not None and self._n_acked >= commit_every:
                            self._n_acked = 0
                            await self.commit()
                        await deliver(self, callback, message)
                        set_read_offset(tp, offset)
                    else:
                        self.log.dev("DROPPED MESSAGE ROFF %r: k=%r v=%r", offset, message.key, message.value)
                unset_flag(CONSUMER_FETCHING)

    except self.consumer_stopped_errors:
        if self.transport.app.should_stop:
            self.log.info("Broker stopped consumer, shutting down...")
            return
        raise
    except asyncio.CancelledError:
        if self.transport.app.should_stop:
            self.log.info("Consumer shutting down for user cancel.")
            return
        raise
    except Exception as exc:
        self.log.exception("Drain messages raised: %r", exc)
        raise
    finally:
        unset_flag(CONSUMER_FETCHING)


setattr(_drain_messages, _DRAIN_MARK, True)


def installed() -> bool:
    return all(getattr(getattr(Recovery, n), _MARK, False) for n in ("on_recovery_completed", "_resume_streams"))
