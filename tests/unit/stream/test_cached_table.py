"""The knowledge read cache: reads as the table would give them, writes through, forgets on demand."""

from __future__ import annotations

import pytest

from claimwatch.stream.app import BufferedStore, CachedTable


class CountingDict(dict):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return super().__getitem__(key)


def test_reads_are_cached_and_fresh_objects():
    backing = CountingDict()
    backing["a|f|t|1"] = {"value": 1, "sources": ["x"]}
    cache = CachedTable(backing)
    first = cache["a|f|t|1"]
    second = cache["a|f|t|1"]
    assert first == second == {"value": 1, "sources": ["x"]}
    assert backing.reads == 1
    second["sources"].append("y")  # the core mutates what it reads before writing it back
    assert cache["a|f|t|1"]["sources"] == ["x"]


def test_writes_go_through_and_absence_is_not_cached():
    backing = CountingDict()
    cache = CachedTable(backing)
    with pytest.raises(KeyError):
        cache["k"]
    assert cache.get("k") is None
    cache["k"] = {"v": 1}
    assert backing["k"] == {"v": 1}
    assert cache["k"] == {"v": 1} and "k" in cache and len(cache) == 1
    del cache["k"]
    assert "k" not in backing and "k" not in cache


def test_forget_and_bound():
    backing = CountingDict()
    cache = CachedTable(backing, max_entries=2)
    for k in "abc":
        cache[k] = {"k": k}
    assert len(cache._rows) == 2
    backing["a"] = {"k": "changed by recovery"}  # a write that did not go through the cache
    assert cache["a"] == {"k": "changed by recovery"}  # "a" was the oldest, already evicted
    backing["c"] = {"k": "changed too"}
    assert cache["c"] == {"k": "c"}
    cache.forget()
    assert cache["c"] == {"k": "changed too"}


def test_overlay_over_the_cache_applies_deletes():
    backing: dict = {"x": {"v": 1}}
    overlay = BufferedStore(CachedTable(backing))
    overlay["y"] = {"v": 2}
    del overlay["x"]
    assert "x" not in overlay and overlay["y"] == {"v": 2}
    overlay.apply()
    assert backing == {"y": {"v": 2}}
