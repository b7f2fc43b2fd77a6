"""Optional native build of the extraction core with mypyc (``CLAIMWATCH_COMPILE=1 pip install .``).

Everything else about the package is in ``pyproject.toml``; this file only adds extension modules, and only
when asked. The extraction rules are plain, fully typed Python (``mypy --strict``); mypyc (part of mypy)
compiles those same sources to C extensions, which run the core a quarter to a third faster (``bench/extract.py
--compiled``) with the same results (``tests/e2e/test_compiled_core.py`` compares them).

Why opt-in: an editable install (``make setup``) must keep running the sources a developer edits; a compiled
module next to its ``.py`` would shadow it. Production images build it (``Dockerfile``).

Which modules: the extraction core, where the time goes. Not ``dedup`` (it drives numpy and datasketch, whose
calls mypyc cannot speed up, and a compiled build of it crashed inside datasketch's LSH query), nor the
decisions and pipeline, which take faust tables and pydantic models from the drivers and are a small share of
the time.
"""

from __future__ import annotations

import os

from setuptools import setup

COMPILED = [
    "service/claimwatch/core/actors.py",
    "service/claimwatch/core/claimants.py",
    "service/claimwatch/core/dates.py",
    "service/claimwatch/core/gazetteer.py",
    "service/claimwatch/core/numbers.py",
    "service/claimwatch/core/prefilter.py",
    "service/claimwatch/core/text.py",
    "service/claimwatch/core/extract/__init__.py",
    "service/claimwatch/core/extract/base.py",
    "service/claimwatch/core/extract/cues.py",
    "service/claimwatch/core/extract/events.py",
    "service/claimwatch/core/extract/extractor.py",
    "service/claimwatch/core/extract/figure_owners.py",
    "service/claimwatch/core/extract/figures.py",
    "service/claimwatch/core/extract/owners.py",
    "service/claimwatch/core/extract/patterns.py",
    "service/claimwatch/core/extract/places.py",
    "service/claimwatch/core/extract/state.py",
]


def _ext_modules() -> list[object]:
    if os.environ.get("CLAIMWATCH_COMPILE", "") != "1":
        return []
    from mypyc.build import mypycify

    # opt_level 3 is mypyc's default; the flags make the build reproducible from the project's mypy settings
    return list(mypycify(["--config-file", "pyproject.toml", *COMPILED], opt_level="3"))


if __name__ == "__main__":  # setuptools runs this file as __main__; the tests import it for COMPILED
    setup(ext_modules=_ext_modules())
