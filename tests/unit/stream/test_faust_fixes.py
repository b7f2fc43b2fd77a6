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
