"""JSON Lines in and out, with bad lines reported by number instead of crashing a run."""

from __future__ import annotations

import shutil
import sys
import tempfile
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


def _decode_line(
    raw: bytes, name: str, n: int, report: ReadReport, max_body_bytes: int, warn: TextIO | None
) -> NewsItem | None:
    """Line ``n`` as a NewsItem, counted; or None, with the bad line recorded (and told to ``warn``) so that
    both readers report a bad line the same way."""
    try:
        item = decode_item(raw.rstrip(b"\r\n"), max_body_bytes=max_body_bytes)
    except InvalidInput as e:
        bad = BadLine(name, n, e.reason.value, e.detail)
        report.bad.append(bad)
        if warn is not None:
            print(f"bad line: {bad}", file=warn)
        return None
    report.items += 1
    return item


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
            item = _decode_line(raw, name, n, report, max_body_bytes, warn)
            if item is not None:
                yield item


@contextmanager
def _seekable(path: str | Path) -> Iterator[IO[bytes]]:
    """The archive as a seekable file; stdin is spooled to a temporary file first."""
    if str(path) != "-":
        with open(path, "rb") as f:
            yield f
        return
    with tempfile.TemporaryFile() as tmp:
        shutil.copyfileobj(sys.stdin.buffer, tmp)
        tmp.seek(0)
        yield tmp


@contextmanager
def items_in_published_order(
    path: str | Path, report: ReadReport, *, max_body_bytes: int, warn: TextIO | None = sys.stderr
) -> Iterator[tuple[int, Iterator[NewsItem]]]:
    """(count, items) of an archive in ``published_at`` order, ties in file order.

    Two passes so that memory does not grow with the archive: the first
    validates every line and keeps only (time, line, offset, length); the second
    re-reads the lines in order. Re-decoding costs far less than extraction.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    with _seekable(path) as f:
        index: list[tuple[float, int, int, int]] = []
        offset = 0
        for n, raw in enumerate(f, 1):
            report.lines += 1
            size = len(raw)
            if raw.strip() and (item := _decode_line(raw, name, n, report, max_body_bytes, warn)) is not None:
                index.append((item.published_at.timestamp(), n, offset, size))
            offset += size
        index.sort()

        def ordered() -> Iterator[NewsItem]:
            for _, _, start, size in index:
                f.seek(start)
                yield decode_item(f.read(size).rstrip(b"\r\n"), max_body_bytes=max_body_bytes)

        yield len(index), ordered()
