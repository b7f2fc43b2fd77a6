"""Progress for long runs: a bar with rate and ETA on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Cheap to call per item: it redraws at most every ``interval`` seconds."""

    def __init__(self, label: str, *, enabled: bool = True, stream: TextIO = sys.stderr, interval: float = 0.5):
        self.label = label
        self.enabled = enabled
        self.stream = stream
        self.tty = stream.isatty()
        self.interval = interval if self.tty else max(interval, 5.0)
        self.start = time.monotonic()
        self._last = 0.0
        self._done = 0
        self._total = 0

    def update(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        now = time.monotonic()
        if not self.enabled or (now - self._last < self.interval and done != total):
            return
        self._last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate and total else 0.0
        if self.tty:
            width = 30
            filled = int(width * done / total) if total else width
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r{self.label} [{bar}] {done}/{total} {rate:,.0f}/s ETA {eta:,.0f}s ")
        else:
            self.stream.write(f"{self.label}: {done}/{total} ({rate:,.0f}/s, ETA {eta:,.0f}s)\n")
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled and self.tty and self._done:
            self.stream.write("\n")
            self.stream.flush()
