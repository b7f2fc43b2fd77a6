"""``batches``: a batch is every event already delivered to the stream, not just what the pump moved so far."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from claimwatch.stream.app import batches

_END = object()


class _FakeStream:
    """faust's stream as ``batches`` uses it: ``noack().events()`` yields to the loop once per event."""

    def __init__(self) -> None:
        self.channel = SimpleNamespace(queue=asyncio.Queue())
        self.acked: list[Any] = []

    def noack(self) -> _FakeStream:
        return self

    async def events(self) -> Any:
        while True:
            await asyncio.sleep(0)
            event = await self.channel.queue.get()
            if event is _END:
                return
            yield event

    async def ack(self, event: Any) -> None:
        self.acked.append(event)


def _run(delivered: list[Any], max_events: int = 500) -> tuple[list[list[Any]], list[Any]]:
    async def main() -> tuple[list[list[Any]], list[Any]]:
        stream = _FakeStream()
        for e in [*delivered, _END]:
            stream.channel.queue.put_nowait(e)
        got = [batch async for batch in batches(stream, max_events=max_events)]
        return got, stream.acked

    return asyncio.run(main())


def test_a_backlog_comes_as_one_batch():
    got, acked = _run(list(range(40)))
    assert got == [list(range(40))]
    assert acked == list(range(40))  # acked once the caller asked for the next batch


def test_batches_stop_at_the_maximum():
    got, _ = _run(list(range(25)), max_events=10)
    assert [len(b) for b in got] == [10, 10, 5]
    assert [e for b in got for e in b] == list(range(25))


def test_one_waiting_event_is_one_batch():
    got, _ = _run(["a"])
    assert got == [["a"]]
