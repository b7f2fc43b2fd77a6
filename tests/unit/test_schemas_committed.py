"""The committed JSON Schemas are exactly what the models generate."""

from __future__ import annotations

import json
from pathlib import Path

from claimwatch.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_committed_schemas_match_models(tmp_path):
    assert main(["schemas", "--out", str(tmp_path)]) == 0
    generated = sorted(p.name for p in tmp_path.glob("*.schema.json"))
    committed = sorted(p.name for p in (ROOT / "schemas").glob("*.schema.json"))
    assert generated == committed, "run: claimwatch schemas --out schemas/"
    for name in generated:
        assert json.loads((tmp_path / name).read_text()) == json.loads((ROOT / "schemas" / name).read_text()), (
            f"schemas/{name} drifted from the models; run: claimwatch schemas --out schemas/"
        )
