"""JSON Lines in and out, with bad lines reported by number instead of crashing a run."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TextIO

from claimwatch.core.validate import InvalidInput, decode_item
from claimwatch.models import NewsItem


@dataclass(slots=True)
class BadLine:
    path: str
    line: int
    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}: {self.detail}"


@dataclass(slots=True)
class ReadReport:
    lines: int = 0
    items: int = 0
    bad: list[BadLine] = field(default_factory=list)


@contextmanager
def open_in(path: str | Path) -> Iterator[IO[bytes]]:
    if str(path) == "-":
        yield sys.stdin.buffer
        return
    with open(path, "rb") as f:
        yield f


@contextmanager
def open_out(path: str | Path | None) -> Iterator[TextIO]:
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        yield f


def read_items(
    path: str | Path, report: ReadReport, *, max_body_bytes: int, warn: TextIO | None = sys.stderr
) -> Iterator[NewsItem]:
    """NewsItems of a JSON Lines file; bad lines go to ``report.bad`` (and to ``warn``)."""
    name = "<stdin>" if str(path) == "-" else str(path)
    with open_in(path) as f:
        for n, raw in enumerate(f, 1):
            report.lines += 1
            if not raw.strip():
                continue
            try:
                item = decode_item(raw.rstrip(b"\r\n"), max_body_bytes=max_body_bytes)
            except InvalidInput as e:
                bad = BadLine(name, n, e.reason.value, e.detail)
                report.bad.append(bad)
                if warn is not None:
                    print(f"bad line: {bad}", file=warn)
                continue
            report.items += 1
            yield item
