"""A bounded atheris run over the decoder + pipeline (skipped, with the reason, where atheris is not installed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris not installed (pip install atheris); hypothesis suites still run")

HERE = Path(__file__).resolve().parent
SEEDS = [
    b'{"id": "a", "source": "s", "published_at": "2025-01-01T00:00:00Z", '
    b'"body": "North Korea sent 11,000 troops to Kursk."}',
    b'{"id": "b", "source": "s", "published_at": "2025-01-01T00:00:00+03:00", '
    b'"body": "between 1,000 and 2,000 soldiers"}',
    b"[1, 2, 3]",
    b"\xff\xfe",
]


def test_atheris_run_finds_no_crash(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, seed in enumerate(SEEDS):
        (corpus / f"seed{n}").write_bytes(seed)
    proc = subprocess.run(
        [sys.executable, str(HERE / "atheris_target.py"), "-runs=1000", "-max_len=4096", "-seed=7", str(corpus)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
    )
    tail = (proc.stdout + proc.stderr)[-3000:]
    assert proc.returncode == 0, tail
    assert "Done 1000 runs" in tail, tail
