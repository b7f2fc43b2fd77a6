"""A normally batching producer for the worker's data topics (lane, claims, alerts, dead letters).

Why a second producer: it was first needed because on Tansu the faust app had
to produce one-record batches (``producer_max_batch_size=1``) so that changelog
recovery read to the true end (DESIGN.md, "Brokers": ListOffsets(latest) is
the last batch's base offset + 1); faust_fixes now corrects those end offsets
instead. It still keeps the data sends, whose acks the agents await before
writing state, on a connection of their own, not queued behind faust's
changelog buffer (which faust flushes on every commit).

Sends return the broker-ack future; the stream driver awaits those futures
before it writes the table state that would suppress a retry, which keeps the
"acked before state is written" rule.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from aiokafka import AIOKafkaProducer
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth
from mode import Service

log = logging.getLogger(__name__)

Headers = Sequence[tuple[str, bytes]]


class DataProducer(Service):
    """An aiokafka producer started lazily on the first send and stopped (flushed) with the app."""

    def __init__(
        self,
        bootstrap_servers: list[str],
        *,
        credentials: Any = None,
        client_id: str = "claimwatch-data",
        linger_ms: int = 0,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._config: dict[str, Any] = {
            "bootstrap_servers": bootstrap_servers,
            "client_id": client_id,
            "acks": "all",
            # No linger: the agents enqueue a whole batch before yielding, so it goes out as one request anyway.
            "linger_ms": linger_ms,
            "max_batch_size": 256 * 1024,
            "max_request_size": 4 * 1024 * 1024,
            **credentials_to_aiokafka_auth(credentials),
        }
        self._producer: AIOKafkaProducer | None = None
        self._lock = asyncio.Lock()

    async def _get(self) -> AIOKafkaProducer:
        if self._producer is None:
            async with self._lock:
                if self._producer is None:
                    producer = AIOKafkaProducer(**self._config)
                    await producer.start()
                    self._producer = producer
        return self._producer

    async def send(
        self, topic: str, value: bytes, *, key: bytes | None = None, headers: Headers | None = None
    ) -> asyncio.Future[Any]:
        """Enqueue one record; the returned future resolves when the broker acknowledged it."""
        producer = await self._get()
        fut: asyncio.Future[Any] = await producer.send(topic, value=value, key=key, headers=list(headers or []))
        return fut

    async def on_stop(self) -> None:
        producer, self._producer = self._producer, None
        if producer is not None:
            try:
                await producer.stop()  # flushes what is still buffered
            except Exception:
                log.exception("stopping the data producer failed")
