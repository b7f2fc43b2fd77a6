"""What keeps the worker's RSS bounded: small RocksDB buffers per table, and free C-heap pages returned."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimwatch.settings import Settings
from claimwatch.stream import app as stream_app
from claimwatch.stream import heap


def _app(tmp_path: Path, store: stream_app.StoreKind) -> stream_app.StreamApp:
    settings = Settings(state_dir=tmp_path, web_port=0, app_id=f"mem-{store}")
    return stream_app.make_app(settings, store=store)


def test_rocksdb_tables_use_the_small_buffers(tmp_path: Path) -> None:
    pytest.importorskip("rocksdict")
    sa = _app(tmp_path, "rocksdb")
    for table in (sa.fingerprints, sa.knowledge):
        opts = table.data.rocksdb_options  # the store faust opens every partition DB with
        assert opts.write_buffer_size == stream_app.ROCKSDB_OPTIONS["write_buffer_size"]
        assert opts.max_write_buffer_number == stream_app.ROCKSDB_OPTIONS["max_write_buffer_number"]
        assert opts.block_cache_size == stream_app.ROCKSDB_OPTIONS["block_cache_size"]
    # faust pops keys off the mapping it is given: the module's own stays whole for the next app.
    assert set(stream_app.ROCKSDB_OPTIONS) >= {"write_buffer_size", "block_cache_size"}


def test_memory_tables_get_no_rocksdb_options(tmp_path: Path) -> None:
    sa = _app(tmp_path, "memory")
    assert not sa.knowledge.options
    sa.knowledge.data["k"] = 1  # the memory store opens and works as before
    assert sa.knowledge.data["k"] == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_malloc_trim_runs_on_glibc() -> None:
    assert heap.malloc_trim() in (True, False)  # never raises
    if heap._LIBC is not None and hasattr(heap._LIBC, "malloc_trim"):
        assert heap.malloc_trim() is True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_tune_malloc_is_accepted_by_glibc() -> None:
    if heap._LIBC is None or not hasattr(heap._LIBC, "mallopt"):
        pytest.skip("not glibc")
    assert heap.tune_malloc() is True
