"""The production build of the core (mypyc, ``CLAIMWATCH_COMPILE=1``) runs the same rules as the sources.

The image compiles the extraction core (``setup.py``); developers and every other test run the sources. This
builds the wheel as the image does (``tools/compiled_build.py``, about two minutes, once for the module), then
checks that the build really is native code, that ``claimwatch extract`` and ``claimwatch backtest`` write the
same bytes from it as from the sources, and that the core's unit tests pass against it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "bench"))

import compiled_build  # noqa: E402
import synthetic  # noqa: E402

pytestmark = pytest.mark.e2e


def _compiled_modules() -> list[str]:
    """The modules ``setup.py`` compiles (it runs ``setup()`` only as the build's ``__main__``)."""
    spec = importlib.util.spec_from_file_location("claimwatch_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    paths: list[str] = mod.COMPILED
    return [p.removeprefix("service/").removesuffix(".py").removesuffix(".__init__").replace("/", ".") for p in paths]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("CLAIMWATCH_SKIP_COMPILED") == "1":
        pytest.skip("CLAIMWATCH_SKIP_COMPILED=1")
    return compiled_build.build(ROOT, tmp_path_factory.mktemp("compiled"))


def _env(path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(path), "PYTHONHASHSEED": "0"}


def _run(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimwatch.cli", *args], env=_env(path), capture_output=True, text=True, timeout=240
    )


# (the module fixture, the mypyc build, is charged to the first test: ~170 s on a quiet machine, over 400 s at
# a load average of 8-14 on two shared cores)
@pytest.mark.timeout(1200)
def test_the_build_is_native_for_every_listed_module(site: Path) -> None:
    modules = _compiled_modules()
    assert "claimwatch.core.extract.extractor" in modules and "claimwatch.core.numbers" in modules
    code = (
        "import importlib, json, sys; "
        "print(json.dumps({m: importlib.import_module(m).__file__ for m in sys.argv[1:]}))"
    )
    res = subprocess.run([sys.executable, "-c", code, *modules], env=_env(site), capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-3000:]
    files = json.loads(res.stdout)
    not_native = {m: f for m, f in files.items() if not f.endswith(".so") or not f.startswith(str(site))}
    assert not not_native, not_native


@pytest.mark.timeout(600)
def test_extract_and_backtest_write_the_same_bytes_compiled_and_from_source(site: Path, tmp_path: Path) -> None:
    archive = tmp_path / "synthetic.jsonl"
    synthetic.write(archive, 400, seed=23)
    inputs = [archive, *sorted((ROOT / "examples").glob("*.jsonl"))]
    for src in inputs:
        outs: dict[str, tuple[int, int, str, str]] = {}
        for name, path in (("compiled", site), ("source", ROOT / "service")):
            claims, alerts = tmp_path / f"{name}.claims.jsonl", tmp_path / f"{name}.alerts.jsonl"
            ex = _run(path, "extract", str(src), "-o", str(claims))
            bt = _run(path, "backtest", str(src), "--alerts-out", str(alerts))
            # (the sample feed has bad lines on purpose: exit code 1, the same from both)
            assert ex.returncode in (0, 1) and bt.returncode in (0, 1), (ex.stderr[-2000:], bt.stderr[-2000:])
            outs[name] = (ex.returncode, bt.returncode, claims.read_text(encoding="utf-8"),
                          alerts.read_text(encoding="utf-8"))  # fmt: skip
        assert outs["compiled"][2].count("\n") > 0 and outs["compiled"][3].count("\n") > 0, src
        if src == archive:
            assert outs["compiled"][:2] == (0, 0)
        assert outs["compiled"] == outs["source"], f"{src.name}: compiled and source builds disagree"


@pytest.mark.timeout(600)
def test_the_core_unit_tests_pass_against_the_build(site: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests/unit/core"],
        cwd=ROOT, env=_env(site), capture_output=True, text=True, timeout=560,
    )  # fmt: skip
    assert res.returncode == 0, res.stdout[-4000:]
    assert " passed" in res.stdout
    # and they ran against the build, not the sources
    probe = subprocess.run(
        [sys.executable, "-c", "import claimwatch.core.extract.extractor as m; print(m.__file__)"],
        env=_env(site), capture_output=True, text=True,
    )  # fmt: skip
    assert probe.stdout.strip().startswith(str(site)), probe.stdout
