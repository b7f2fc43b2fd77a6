"""The C heap of a long-running process: keep it from holding memory Python has freed.

Used by the worker and by its extraction processes (``extract_pool``); kept apart
from the faust app so that a child can use it without importing faust.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any


def _libc() -> Any:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


_LIBC = _libc()
#: glibc's mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD, _M_ARENA_MAX = -1, -3, -8


def tune_malloc() -> bool:
    """Make the C heap give memory back; call once at process start, before any thread starts.

    Why: glibc raises its mmap threshold to the size of the largest block
    freed so far (up to 32 MiB), so after the first large fetch or produce
    buffer every later one is carved from the heap, where freed space is
    fragmented by the small long-lived blocks around it and never returned.
    A fixed 128 KiB threshold keeps large buffers in their own mappings
    (unmapped on free); two arenas instead of 8 x cores keep the consumer
    thread and RocksDB's threads from each growing a heap of their own.
    Measured: the C heap stayed at ~47 MB over 13,000 items instead of
    growing to ~95 MB (bench/RESULTS.md). False where this is not glibc.
    """
    if _LIBC is None or not hasattr(_LIBC, "mallopt"):
        return False
    ok = True
    for param, value in ((_M_MMAP_THRESHOLD, 128 * 1024), (_M_TRIM_THRESHOLD, 256 * 1024), (_M_ARENA_MAX, 2)):
        ok = bool(_LIBC.mallopt(param, value)) and ok
    return ok


def malloc_trim() -> bool:
    """Release free C-heap pages to the OS; False when the platform cannot (not glibc)."""
    if _LIBC is None or not hasattr(_LIBC, "malloc_trim"):
        return False
    _LIBC.malloc_trim(0)
    return True
