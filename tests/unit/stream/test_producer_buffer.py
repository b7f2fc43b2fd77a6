"""faust stops delivering fetched records to every stream while its producer buffer holds more changelog writes
than its limit; the worker raises that limit (``PRODUCER_BUFFER_MAX``) above what a burst of agent batches writes."""

from __future__ import annotations

import asyncio

from claimwatch.settings import Settings
from claimwatch.stream.app import BATCH_MAX, PRODUCER_BUFFER_MAX, make_app


def test_the_worker_raises_fausts_producer_buffer_limit():
    app = make_app(Settings(), store="memory")
    assert app.app.producer.buffer.max_messages == PRODUCER_BUFFER_MAX
    # A full agent batch writes a fingerprint or a fact and its index rows per event: a few per event.
    assert PRODUCER_BUFFER_MAX >= 4 * BATCH_MAX


def test_a_buffer_under_the_limit_does_not_hold_up_delivery():
    """What ``Conductor.on_message`` awaits before it hands a record to a stream: with 150 writes pending
    (over faust's own limit of 100), it returns at once instead of draining the buffer first."""
    app = make_app(Settings(), store="memory")
    buffer = app.app.producer.buffer

    async def main() -> bool:
        for _ in range(150):
            buffer.pending.put_nowait(object())
        waited = asyncio.ensure_future(buffer.wait_until_ebb())
        await asyncio.sleep(0)
        return waited.done()

    assert asyncio.run(main())
