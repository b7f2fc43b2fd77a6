"""Extraction in child processes, beside the worker's event loop.

Extraction is most of an item's CPU (bench/RESULTS.md) and is pure: it needs
the item and nothing of the worker's state. Dedup, decisions and every Kafka
call stay in the worker, in order. So with ``CLAIMWATCH_EXTRACT_PROCESSES=N``
(N > 0) each batch of admitted items is extracted by N child processes while the
event loop goes on consuming, deciding the previous batch's claims and
producing alerts; on a machine with a spare core the worker keeps up with a
higher rate, and it does not load an extractor (the gazetteer) of its own.

Each child is a fresh interpreter (``python -m claimwatch.stream.extract_pool``:
the worker has threads, and forking them is unsafe) that builds its own
``Extractor`` once and answers batches over a socket pair that the event loop
itself watches (``add_reader``). No thread sits between the two:
``ProcessPoolExecutor``'s feeder and manager threads each waited for the GIL,
which added ~20 ms to a one-item batch at 100 items/s. It is started with
``subprocess``, not ``multiprocessing``: a ``spawn`` child re-imports the
worker's ``__main__`` (the CLI), and ``spawn`` starts a resource-tracker
process besides (~12 MB) that a socket pair does not need.

Failures stay per item: an item whose extraction raises comes back as an
error string and becomes a dead letter, like in-process. A child that dies
(killed, out of memory) is replaced, and its batch is extracted in the worker
itself (by an extractor built then), so nothing is lost and nothing crashes the
worker.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import claimwatch
from claimwatch.models import ClaimEvent, NewsItem

log = logging.getLogger(__name__)

#: One item's outcome from a child: its claims, or the repr of the exception its extraction raised.
Extracted = list[ClaimEvent] | str


def extract_in_process(extractor: Any, items: list[NewsItem]) -> list[Extracted]:
    """What a child does with a batch, here in the calling process (no pool, or its child died)."""
    out: list[Extracted] = []
    for item in items:
        try:
            out.append(extractor.extract(item))
        except Exception as e:  # one bad item must not cost the others their claims
            out.append(repr(e))
    return out


#: Seconds between two returns of the child's free C-heap pages to the OS (after a batch, never during one).
CHILD_TRIM_INTERVAL = 30.0


def _child_main(conn: Connection) -> None:
    """A child's life: build the extractor, then answer each batch until the worker closes the pipe.

    Batches arrive pickled, up to a few MB at once; like the worker, the child keeps its C heap from
    holding on to what they freed (``heap``), or it grows by tens of MB over a long run.
    """
    # The extractor itself, not core.pipeline's default_extractor: the pipeline imports dedup, and datasketch
    # imports scipy (~45 MB a child does not need).
    from claimwatch.core.extract import Extractor
    from claimwatch.stream.heap import malloc_trim, tune_malloc

    # Ctrl-C reaches the whole process group: the worker shuts down and closes the pipe, which ends the child.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune_malloc()
    extractor = Extractor()
    trimmed = time.monotonic()
    while True:
        try:
            items = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(extract_in_process(extractor, items))
        if time.monotonic() - trimmed >= CHILD_TRIM_INTERVAL:
            malloc_trim()
            trimmed = time.monotonic()


class LazyExtractor:
    """The default extractor, built on first use: with extraction processes the worker needs one of its own
    only when a child dies, and the gazetteer it loads is ~60 MB."""

    def __init__(self) -> None:
        self._extractor: Any = None

    def extract(self, item: NewsItem) -> list[ClaimEvent]:
        if self._extractor is None:
            from claimwatch.core.extract import Extractor

            self._extractor = Extractor()
        claims: list[ClaimEvent] = self._extractor.extract(item)
        return claims


class _Child:
    """One extraction process and the worker's end of its pipe; one batch at a time."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        # the child imports the same claimwatch as the worker, wherever that one came from
        root = str(Path(claimwatch.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join([root, env["PYTHONPATH"]]) if env.get("PYTHONPATH") else root
        fd = theirs.fileno()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "claimwatch.stream.extract_pool", str(fd)],
            pass_fds=(fd,),
            env=env,
            stdin=subprocess.DEVNULL,
        )
        theirs.close()
        self.conn = Connection(ours.detach())
        self.lock = asyncio.Lock()

    async def run(self, items: list[NewsItem]) -> list[Extracted]:
        async with self.lock:
            loop = asyncio.get_running_loop()
            done: asyncio.Future[list[Extracted]] = loop.create_future()
            fd = self.conn.fileno()

            def readable() -> None:
                loop.remove_reader(fd)
                if done.done():
                    return
                try:
                    done.set_result(self.conn.recv())  # the child writes its whole answer at once
                except BaseException as e:  # EOF: the child died
                    done.set_exception(e)

            self.conn.send(items)
            loop.add_reader(fd, readable)
            try:
                return await done
            finally:
                loop.remove_reader(fd)

    def close(self) -> None:
        self.conn.close()  # the child reads EOF and returns
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=2)


class ExtractionPool:
    """``processes`` children extracting contiguous slices of each batch, results in batch order."""

    def __init__(self, processes: int, fallback: Callable[[], Any]) -> None:
        if processes < 1:
            raise ValueError("an extraction pool needs at least one process")
        self.processes = processes
        self.fallback = fallback  # gives an extractor in the worker, for a batch whose child died
        self._children: list[_Child] = []  # started on first use, in the process that uses them

    @property
    def pids(self) -> list[int]:
        return [c.proc.pid for c in self._children]

    def _start(self) -> None:
        if not self._children:
            self._children = [_Child() for _ in range(self.processes)]

    async def warm_up(self) -> None:
        """Start the children and wait until each has loaded its extractor (it answers an empty batch then)."""
        self._start()
        await asyncio.gather(*(self._run(i, []) for i in range(len(self._children))))

    async def _run(self, i: int, items: list[NewsItem]) -> list[Extracted]:
        child = self._children[i]
        try:
            return await child.run(items)
        except (EOFError, OSError) as e:
            log.error("extraction process %s died (%r); extracting its batch in the worker and restarting it",
                      child.proc.pid, e)  # fmt: skip
            child.close()
            if self._children[i] is child:
                self._children[i] = _Child()
            return extract_in_process(self.fallback(), items)

    async def extract(self, items: list[NewsItem]) -> list[Extracted]:
        if not items:
            return []
        self._start()
        k = min(self.processes, len(items))
        size = -(-len(items) // k)
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        parts = await asyncio.gather(*(self._run(i, c) for i, c in enumerate(chunks)))
        return [r for part in parts for r in part]

    def close(self) -> None:
        for child in self._children:
            child.close()


if __name__ == "__main__":  # a child: ``python -m claimwatch.stream.extract_pool FD``
    _child_main(Connection(int(sys.argv[1])))
