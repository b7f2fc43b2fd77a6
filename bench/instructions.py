"""Benchmark: instructions per item of ``Pipeline.process``, counted by valgrind, head against a base commit.

Run from the repository root (needs ``valgrind`` on the PATH)::

    .venv/bin/python bench/instructions.py [--items 40] [--base COMMIT] [--compiled] [--stage pipeline|extract|decide]

Why instructions and not seconds: this machine's 2 cores are shared with other agents, and wall-clock or even
CPU-time rates of the same code move by +-20% from one run to the next (bench/RESULTS.md, session 11), which
hides any single change worth less than ~10%. The number of instructions a run executes does not depend on the
load: with a fixed hash seed two runs of one commit agree to a few parts per million, so a 1% change is plain.
It is a proxy (cache misses and branch mispredictions cost time that it does not count), so a change that it
calls a gain should still show in ``bench/extract.py`` on a quiet machine.

How: each version runs in a child under ``valgrind --tool=callgrind`` with collection off, and switched on only
inside the one ``functools.reduce`` call that drives the measured loop (``--toggle-collect=functools_reduce``;
nothing in the core calls ``functools.reduce``), so start-up, the gazetteer load and the warm-up items are not
counted. ``--base COMMIT`` checks that commit out in a temporary ``git worktree``, as ``bench/extract.py`` does.
A run of 40 items takes about a minute per version (valgrind runs the interpreter ~50x slower).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import functools, sys
sys.path.insert(0, {bench!r})
import synthetic
from claimwatch.core.extract import Extractor
from claimwatch.core.pipeline import Pipeline
from claimwatch.models import NewsItem

stage, n, warm = {stage!r}, {items}, 20
docs = [NewsItem.model_validate(d) for d in synthetic.items(n + warm)]
ex = Extractor()
p = Pipeline(extractor=ex)
for d in docs[:warm]:
    p.process(d)
if stage == "pipeline":
    step = lambda _, d: p.process(d)
    work = docs[warm:]
elif stage == "extract":
    step = lambda _, d: ex.extract(d)
    work = docs[warm:]
else:  # decide: the claims of the measured items, decided in order
    work = [(c, d.published_at) for d in docs[warm:] for c in ex.extract(d)]
    step = lambda _, cn: p.claims.process(*cn)
functools.reduce(step, work, None)
"""


def count(path: Path, stage: str, items: int) -> int:
    """Instructions executed inside the measured loop, for the ``claimwatch`` package found in ``path``."""
    code = CHILD.format(bench=str(ROOT / "bench"), stage=stage, items=items)
    cmd = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
           "--callgrind-out-file=/dev/null", sys.executable, "-c", code]  # fmt: skip
    # a fixed hash seed: string hashes decide set and dict layouts, and so a few tenths of a per cent of the count
    env = {"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}
    out = subprocess.run(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, check=True)
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit(f"no instruction count from valgrind for {path}:\n{out.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=40, help="synthetic items measured (after 20 warm-up items)")
    ap.add_argument("--stage", choices=("pipeline", "extract", "decide"), default="pipeline")
    ap.add_argument("--base", metavar="COMMIT", help="also count this commit (git worktree) and give the ratio")
    ap.add_argument("--compiled", action="store_true",
                    help="also count the working tree built with mypyc (tools/compiled_build.py; ~2 min)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    work = Path(tempfile.mkdtemp(prefix="cw-bench-instr-"))
    trees = {"head": ROOT}
    if args.base:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(work / "base"), args.base],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        trees = {"base": work / "base", **trees}
    paths = {name: tree / "service" for name, tree in trees.items()}
    try:
        if args.compiled:
            sys.path.insert(0, str(ROOT / "tools"))
            import compiled_build

            paths["compiled"] = compiled_build.build(ROOT, work / "compiled")
        got = {name: count(path, args.stage, args.items) for name, path in paths.items()}
    finally:
        if args.base:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(work / "base")], check=False)
        shutil.rmtree(work, ignore_errors=True)
    for name, n in got.items():
        print(f"{name}: {n:,} instructions, {n / args.items / 1e6:.2f} M per item ({args.stage}, {args.items} items)")
    for a, b in (("head", "base"), ("compiled", "head")):
        if a in got and b in got:
            change = (got[a] / got[b] - 1) * 100
            print(f"{a}/{b}: {got[a] / got[b]:.4f} ({abs(change):.1f}% {'more' if change > 0 else 'fewer'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
