"""The hand-kept tables in ``claimwatch/data``: a list that names an entry twice.

Merged rule branches each add the word they needed ("paramilitaries" to the troop nouns, "stopping at" to the
departure cues), and a second copy changes nothing the extractor does, so nothing else would ever notice it. It
does leave the next editor a list where removing a word seems to work and does not.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

TABLES = ("actors.json", "countries.json", "cues.json", "places_curated.json", "topics.json")


def _repeated(node: Any, path: str = "") -> list[str]:
    """Where a list in ``node`` holds an entry twice, as "path: entry"."""
    out: list[str] = []
    if isinstance(node, list):
        seen: set[str] = set()
        for item in node:
            key = json.dumps(item, sort_keys=True)
            if key in seen:
                out.append(f"{path}: {key}")
            seen.add(key)
        for i, item in enumerate(node):
            out += _repeated(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for k, v in node.items():
            out += _repeated(v, f"{path}/{k}")
    return out


@pytest.mark.parametrize("name", TABLES)
def test_no_list_in_a_data_table_names_an_entry_twice(name: str) -> None:
    table = json.loads(resources.files("claimwatch.data").joinpath(name).read_text(encoding="utf-8"))
    assert _repeated(table) == []


def test_a_repeated_entry_is_found_where_it_stands() -> None:
    table = {"troops": ["soldiers", "fighters"], "regions": [{"bases": ["Sweida", "Suwayda", "Sweida"]}]}
    assert _repeated(table) == ['/regions[0]/bases: "Sweida"']
