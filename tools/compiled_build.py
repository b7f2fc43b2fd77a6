"""Build the mypyc-compiled package of a source tree into a directory, as the production image does.

Used by ``bench/extract.py --compiled`` and ``tests/e2e/test_compiled_core.py``::

    python tools/compiled_build.py [TREE] OUT    # prints the directory to put on PYTHONPATH

It runs the real build (``CLAIMWATCH_COMPILE=1 pip wheel --no-build-isolation``; see ``setup.py``) with this
interpreter, which must have the package's dependencies, mypy and setuptools>=77 installed (the ``test``
extra has them), then unpacks the wheel into ``OUT/site``. Nothing is downloaded. About two minutes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: What the wheel is built from: the package sources and the files setuptools reads.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "service")


def build(tree: Path, out: Path) -> Path:
    """Build ``tree``'s compiled wheel and unpack it into ``out/site``; return that directory."""
    out.mkdir(parents=True, exist_ok=True)
    site = out / "site"
    with tempfile.TemporaryDirectory(prefix="cw-compile-") as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for name in SOURCES:
            p = tree / name
            if p.is_dir():
                shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.so", "build"))
            else:
                shutil.copy2(p, src / name)
        env = {**os.environ, "CLAIMWATCH_COMPILE": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
        cmd = [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q",
               "-w", str(Path(tmp) / "dist"), str(src)]  # fmt: skip
        res = subprocess.run(cmd, env=env, cwd=src, capture_output=True, text=True)
        if res.returncode != 0:
            raise RuntimeError(f"compiled build failed ({res.returncode}):\n{res.stdout[-4000:]}\n{res.stderr[-4000:]}")
        wheels = list((Path(tmp) / "dist").glob("claimwatch-*.whl"))
        if len(wheels) != 1:
            raise RuntimeError(f"expected one claimwatch wheel, found {wheels}")
        shutil.rmtree(site, ignore_errors=True)
        with zipfile.ZipFile(wheels[0]) as z:
            z.extractall(site)
    return site


def main(argv: list[str]) -> int:
    if len(argv) == 1:
        tree, out = ROOT, Path(argv[0])
    elif len(argv) == 2:
        tree, out = Path(argv[0]), Path(argv[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(build(tree.resolve(), out.resolve()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
