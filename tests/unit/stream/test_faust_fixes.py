"""The recovery fix stops the consumer's flow before faust seeks and clears the stream queues."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from faust.tables.recovery import Recovery

from claimwatch.stream import faust_fixes


def test_installed_idempotently():
    faust_fixes.install()
    first = Recovery.on_recovery_completed
    faust_fixes.install()
    assert Recovery.on_recovery_completed is first
    assert faust_fixes.installed()


def test_flow_is_stopped_before_the_original_runs():
    calls: list[str] = []
    consumer = SimpleNamespace(stop_flow=lambda: calls.append("stop_flow"))
    fake = SimpleNamespace(app=SimpleNamespace(consumer=consumer))

    async def original(self, generation_id: int = 0) -> None:
        calls.append(f"original({generation_id})")

    asyncio.run(faust_fixes._stop_flow_first(original)(fake, 3))
    assert calls == ["stop_flow", "original(3)"]


def test_worker_consumer_gets_the_configured_fetch_wait():
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    faust_fixes.install()
    assert getattr(AIOKafkaConsumerThread._create_worker_consumer, faust_fixes._FETCH_MARK, False)

    def create(self, transport):
        return SimpleNamespace(_fetch_max_wait_ms=1500)

    wrapped = faust_fixes._with_fetch_wait(create)
    try:
        faust_fixes.set_fetch_max_wait(20)
        assert wrapped(None, None)._fetch_max_wait_ms == 20
        faust_fixes.set_fetch_max_wait(None)
        assert wrapped(None, None)._fetch_max_wait_ms == 1500  # faust's own
    finally:
        faust_fixes.set_fetch_max_wait(None)


def test_recovery_highwaters_get_the_end_check():
    faust_fixes.install()
    assert getattr(Recovery._build_highwaters, faust_fixes._ENDS_MARK, False)


def test_a_failed_end_check_leaves_the_listoffsets_figures(monkeypatch):
    async def build(self, consumer, tps, destination, title):
        destination.update({"tp": 4})

    async def broken(app, ends, timeout=5.0):
        raise OSError("no broker")

    monkeypatch.setattr(faust_fixes, "last_batch_ends", broken)
    destination: dict = {}
    asyncio.run(faust_fixes._with_true_ends(build)(SimpleNamespace(app=None), None, {"tp"}, destination, "active"))
    assert destination == {"tp": 4}


def test_the_drain_loop_is_replaced():
    from faust.transport.consumer import Consumer

    faust_fixes.install()
    assert getattr(Consumer._drain_messages, faust_fixes._DRAIN_MARK, False)


class _FakeService:
    """What ``deliver`` uses of faust's Consumer: ``wait_first`` (mode's semantics) and ``suspend_flow``."""

    def __init__(self) -> None:
        self.suspend_flow = asyncio.Event()
        self.wait_first_calls = 0

    async def wait_first(self, *coros):
        self.wait_first_calls += 1
        futures = [asyncio.ensure_future(c) for c in coros]
        done, pending = await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
        for f in pending:
            f.cancel()
        for f in done:
            f.result()


def test_a_callback_that_does_not_suspend_is_run_without_tasks():
    got: list[int] = []

    async def callback(message: int) -> None:
        got.append(message)

    async def main() -> int:
        service = _FakeService()
        for n in range(3):
            await faust_fixes.deliver(service, callback, n)
        return service.wait_first_calls

    assert asyncio.run(main()) == 0
    assert got == [0, 1, 2]


def test_a_callback_that_suspends_is_finished_under_wait_first():
    async def main() -> tuple[list[int], int]:
        service = _FakeService()
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
        queue.put_nowait(0)  # full: the next put waits for a get

        async def callback(message: int) -> None:
            await queue.put(message)

        async def consume() -> list[int]:
            await asyncio.sleep(0.01)
            return [queue.get_nowait() for _ in range(1)]

        consumer = asyncio.ensure_future(consume())
        await faust_fixes.deliver(service, callback, 1)
        first = await consumer
        return [*first, queue.get_nowait()], service.wait_first_calls

    got, calls = asyncio.run(main())
    assert got == [0, 1]
    assert calls == 1


def test_a_blocked_callback_is_abandoned_when_the_flow_is_suspended():
    async def main() -> tuple[bool, int]:
        service = _FakeService()
        queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
        queue.put_nowait(0)
        finished = False

        async def callback(message: int) -> None:
            nonlocal finished
            await queue.put(message)
            finished = True

        asyncio.get_running_loop().call_later(0.01, service.suspend_flow.set)
        await faust_fixes.deliver(service, callback, 1)
        return finished, queue.qsize()

    assert asyncio.run(main()) == (False, 1)


def test_a_callback_error_propagates_either_way():
    async def fails_at_once(message: int) -> None:
        raise ValueError(message)

    async def fails_later(message: int) -> None:
        await asyncio.sleep(0)
        raise ValueError(message)

    for callback in (fails_at_once, fails_later):
        try:
            asyncio.run(faust_fixes.deliver(_FakeService(), callback, 7))
        except ValueError as e:
            assert e.args == (7,)
        else:
            raise AssertionError("no error")
