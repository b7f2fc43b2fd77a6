"""Coverage-guided fuzzing (atheris/libFuzzer) of the decoder and the core behind it.

Every input must end as an InvalidInput (a dead letter in the worker) or as a
valid item the pipeline processes without raising. Run by
``test_atheris.py`` for a bounded number of inputs, or by hand for longer:

    .venv/bin/python tests/unit/fuzz/atheris_target.py -runs=200000 -max_len=8192
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from claimwatch.core.pipeline import Pipeline
    from claimwatch.core.validate import InvalidInput, decode_item

_PIPE: list[Pipeline] = []


def test_one_input(data: bytes) -> None:
    try:
        item = decode_item(data, max_body_bytes=64 * 1024)
    except InvalidInput:
        return
    if not _PIPE:
        _PIPE.append(Pipeline())
    result, alerts = _PIPE[0].process(item)
    for a in alerts:
        a.model_dump_json()
    for c in result.claims:
        c.model_dump_json()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
