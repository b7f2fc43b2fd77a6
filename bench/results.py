"""Appending a benchmark's section to bench/RESULTS.md (shared by the benchmarks' ``--record``)."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def record(lines: list[str]) -> None:
    """Append ``lines`` as a section; the file gets its title the first time."""
    head = "" if RESULTS.exists() else "# Benchmark results\n\n"
    with open(RESULTS, "a", encoding="utf-8") as f:
        f.write(head + "\n".join(lines) + "\n")
