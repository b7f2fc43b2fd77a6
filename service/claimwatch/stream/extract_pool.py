"""Extraction in child processes, beside the worker's event loop.

Extraction is most of an item's CPU (bench/RESULTS.md) and is pure: it needs
the item and nothing of the worker's state. Dedup, decisions and every Kafka
call stay in the worker, in order. So with ``CLAIMWATCH_EXTRACT_PROCESSES=N``
(N > 0) a batch of admitted items is extracted by N child processes while the
event loop goes on consuming, deciding the previous batch's claims and
producing alerts; on a machine with a spare core the worker keeps up with a
higher rate. The children are started with ``spawn`` (the worker has threads:
forking them is unsafe) and each builds its own ``Extractor`` once.

Failures stay per item: an item whose extraction raises comes back as an
error string and becomes a dead letter, like in-process. A child that dies
(killed, out of memory) breaks the pool: the batch is then extracted in the
worker itself and a new pool is started, so nothing is lost and nothing
crashes the worker.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from claimwatch.models import ClaimEvent, NewsItem

log = logging.getLogger(__name__)

#: One item's outcome from a child: its claims, or the repr of the exception its extraction raised.
Extracted = list[ClaimEvent] | str

_extractor: Any = None


def _init_child() -> None:
    global _extractor
    from claimwatch.core.extract import Extractor

    _extractor = Extractor()


def extract_in_process(extractor: Any, items: list[NewsItem]) -> list[Extracted]:
    """What a child does, in the calling process (no pool configured, or the pool broke)."""
    out: list[Extracted] = []
    for item in items:
        try:
            out.append(extractor.extract(item))
        except Exception as e:  # one bad item must not cost the others their claims
            out.append(repr(e))
    return out


def _extract_chunk(items: list[NewsItem]) -> list[Extracted]:
    return extract_in_process(_extractor, items)


class ExtractionPool:
    """``processes`` children extracting contiguous slices of each batch, results in batch order."""

    def __init__(self, processes: int, fallback: Callable[[], Any]) -> None:
        if processes < 1:
            raise ValueError("an extraction pool needs at least one process")
        self.processes = processes
        self.fallback = fallback  # gives the worker's own extractor, for a batch whose pool broke
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=self.processes, mp_context=ctx, initializer=_init_child)

    def warm_up(self) -> None:
        """Start the children and load their extractors now, not on the first item."""
        for f in [self._pool.submit(_extract_chunk, []) for _ in range(self.processes)]:
            f.result()

    async def extract(self, items: list[NewsItem]) -> list[Extracted]:
        if not items:
            return []
        k = min(self.processes, len(items))
        size = -(-len(items) // k)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        loop = asyncio.get_running_loop()
        try:
            parts = await asyncio.gather(*(loop.run_in_executor(self._pool, _extract_chunk, c) for c in chunks))
        except BrokenProcessPool:
            log.exception("extraction process died; extracting this batch in the worker and restarting the pool")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return extract_in_process(self.fallback(), items)
        return [r for part in parts for r in part]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
