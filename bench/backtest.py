"""Benchmark: ``claimwatch backtest`` over a large synthetic archive, wall time and peak RSS.

Run from the repository root::

    .venv/bin/python bench/backtest.py --items 100000 [--report] [--record]

Items are generated from template sentences (written for this benchmark) with
varied actors, figures and places, padded with claim-free filler to about 500
words, and a few syndicated near-copies, so that every stage of the core does
real work. The backtest runs as a child process (the real command line) and its
peak RSS comes from ``os.wait4``'s rusage of that child alone. ``--record``
appends a section to ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import results

ROOT = Path(__file__).resolve().parent.parent

ACTORS = [
    ("North Korea", "North Korean"),
    ("Russia", "Russian"),
    ("Iran", "Iranian"),
    ("Belarus", "Belarusian"),
    ("Ukraine", "Ukrainian"),
    ("China", "Chinese"),
    ("Turkey", "Turkish"),
    ("Sudan", "Sudanese"),
]
PLACES = [
    "Kursk Oblast",
    "Belgorod Oblast",
    "Crimea",
    "Vladivostok",
    "Rostov-on-Don",
    "Donetsk",
    "Zaporizhzhia Oblast",
    "Khabarovsk",
    "Minsk",
    "Kherson",
    "the Far East",
    "Sevastopol",
]
CLAIMANTS = [
    "the defence ministry",
    "a senior intelligence official",
    "the general staff",
    "a spokesperson for the president",
    "an independent monitoring group",
    "military analysts",
]
UNITS = [
    ("troops", "troops"),
    ("soldiers", "troops"),
    ("tanks", "equipment"),
    ("drones", "equipment"),
    ("artillery pieces", "equipment"),
    ("soldiers killed", "casualties"),
]
CLAIM_TEMPLATES = [
    "{claimant_cap} said on {weekday} that about {n:,} {demonym} {unit} had been sent to {place}.",
    "According to {claimant}, {actor} has deployed {n:,} {unit} to {place} in recent weeks.",
    "{claimant_cap} estimated that more than {n:,} {demonym} {unit} were now stationed near {place}.",
    "Satellite images reviewed by {claimant} suggest up to {n:,} {unit} from {actor} are training in {place}.",
    "{actor} has moved roughly {n:,} {unit} towards {place}, {claimant} told reporters.",
]
FILLER = [
    "The statement came as diplomats prepared for another round of talks on regional security.",
    "Markets in the capital were calm on the day, with trading volumes close to their monthly average.",
    "Observers noted that the weather in the region had turned colder, slowing road traffic.",
    "The ministry did not say how the information had been gathered or whether it had been verified.",
    "Local officials urged residents to follow instructions and keep emergency supplies at home.",
    "A parliamentary committee is expected to discuss the budget for reconstruction next month.",
    "Analysts cautioned that early figures in such situations are often revised as more reports arrive.",
    "Rail operators announced timetable changes because of maintenance works on several lines.",
    "The foreign ministry summoned an ambassador to protest what it called provocative statements.",
    "Humanitarian groups said access to some villages remained limited because of damaged bridges.",
    "Several newspapers ran editorials calling for greater transparency from all governments involved.",
    "The central bank kept its key interest rate unchanged, citing uncertainty about energy prices.",
]
SUBJECTS = [
    "The council",
    "A regional governor",
    "The opposition leader",
    "Farmers in the valley",
    "The city mayor",
    "A group of economists",
    "Teachers' unions",
    "The port authority",
    "Energy regulators",
    "Local traders",
    "The health service",
    "A team of engineers",
    "Festival organisers",
    "The tourism board",
    "Fishermen",
    "University researchers",
    "The water utility",
    "Shipping firms",
    "Hospital managers",
    "Small businesses",
]
VERBS = [
    "announced",
    "criticised",
    "welcomed",
    "postponed",
    "reviewed",
    "questioned",
    "approved",
    "debated",
    "celebrated",
    "delayed",
    "expanded",
    "simplified",
    "defended",
    "examined",
    "promoted",
    "rejected",
]
OBJECTS = [
    "a plan for new cycle lanes",
    "the harvest forecast",
    "changes to school timetables",
    "a proposal on parking fees",
    "the renovation of the old library",
    "plans for a solar farm",
    "the price of bread",
    "a dispute over fishing quotas",
    "the reopening of the museum",
    "new rules for street markets",
    "a bid to host a sports final",
    "the repair of coastal roads",
    "a scheme to plant trees",
    "the cost of heating",
    "a report on air quality",
    "the ferry timetable",
]
TAILS = [
    "after a long meeting",
    "despite heavy rain",
    "amid public concern",
    "in a brief statement",
    "on local radio",
    "at a crowded hall",
    "without giving details",
    "for the second time this year",
    "ahead of the holidays",
    "following complaints",
    "in an open letter",
    "during a site visit",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["Harbor Wire", "Meridian Times", "Northgate Daily", "Coastal Ledger", "Summit Post", "Plainview Herald"]


def filler(rng: random.Random) -> str:
    """A claim-free sentence; random slots so that unrelated items do not look like syndicated copies."""
    if rng.random() < 0.2:
        return rng.choice(FILLER)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."


def make_item(rng: random.Random, n: int, at: datetime, words: int = 500) -> dict[str, object]:
    """One item: 1-4 claim sentences spread among filler until about ``words`` words."""
    claims = []
    for _ in range(rng.randint(1, 4)):
        actor, demonym = rng.choice(ACTORS)
        unit, _topic = rng.choice(UNITS)
        claimant = rng.choice(CLAIMANTS)
        n_value = rng.choice([rng.randint(1, 120) * 100, rng.randint(1, 30) * 1000, rng.randint(5, 900)])
        claims.append(
            rng.choice(CLAIM_TEMPLATES).format(
                claimant=claimant,
                claimant_cap=claimant[0].upper() + claimant[1:],
                weekday=rng.choice(WEEKDAYS),
                n=n_value,
                demonym=demonym,
                unit=unit,
                place=rng.choice(PLACES),
                actor=actor,
            )
        )
    body: list[str] = []
    count = 0
    while count < words:
        s = claims.pop() if claims and rng.random() < 0.25 else filler(rng)
        body.append(s)
        count += len(s.split())
    body += claims
    paragraphs = [" ".join(body[i : i + 5]) for i in range(0, len(body), 5)]
    return {
        "id": f"bench-{n:07d}",
        "source": rng.choice(SOURCES),
        "published_at": at.isoformat(),
        "title": f"Dispatch {n}",
        "body": "\n\n".join(paragraphs),
    }


def generate(path: Path, items: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    recent: list[dict[str, object]] = []
    with open(path, "w", encoding="utf-8") as f:
        for n in range(items):
            at = t0 + timedelta(minutes=5 * n + rng.randint(0, 4))
            if recent and rng.random() < 0.03:  # a syndicated copy: same text, other outlet, slight edit
                src = rng.choice(recent)
                doc = dict(
                    src,
                    id=f"bench-{n:07d}",
                    source=rng.choice(SOURCES),
                    published_at=at.isoformat(),
                    body=str(src["body"]) + " (Additional reporting by our correspondent.)",
                )
            else:
                doc = make_item(rng, n, at)
                recent = [*recent[-50:], doc]
            f.write(json.dumps(doc) + "\n")


def run(cmd: list[str]) -> tuple[int, float, int]:
    """Return code, wall seconds and peak RSS (KiB) of the child alone."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    sys.stderr.write(err.decode("utf-8", "replace"))
    return proc.returncode, wall, int(usage.ru_maxrss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--workdir", type=Path, help="keep the archive and outputs here (default: a temp dir)")
    ap.add_argument("--report", action="store_true", help="also write the HTML report (--report DIR)")
    ap.add_argument("--record", action="store_true", help="append the result to bench/RESULTS.md")
    args = ap.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="cw-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    archive = work / f"items-{args.items}.jsonl"
    if not archive.exists():
        t = time.perf_counter()
        generate(archive, args.items)
        print(
            f"generated {args.items} items ({archive.stat().st_size / 1e6:.0f} MB) in "
            f"{time.perf_counter() - t:.0f} s: {archive}",
            file=sys.stderr,
        )
    claimwatch = str(Path(sys.executable).with_name("claimwatch"))
    cmd = [claimwatch, "backtest", str(archive), "--alerts-out", str(work / "alerts.jsonl")]
    if args.report:
        cmd += ["--report", str(work / "report")]
    rc, wall, rss_kib = run(cmd)
    with open(work / "alerts.jsonl", encoding="utf-8") as f:
        alerts = sum(1 for _ in f)
    rate = args.items / wall
    shown = " ".join(shlex.quote(c.replace(str(ROOT) + "/", "")) for c in cmd)
    lines = [
        f"### backtest, {args.items:,} synthetic items (~500 words each){' + report' if args.report else ''}",
        "",
        f"- command: `{shown}` (archive from `.venv/bin/python bench/backtest.py --items {args.items}`)",
        f"- exit code {rc}; wall {wall:.1f} s ({rate:,.0f} items/s); peak RSS {rss_kib / 1024:,.0f} MiB "
        f"(os.wait4 rusage of the child); {alerts:,} alerts",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores (shared with other jobs), "
        f"Python {platform.python_version()}, {datetime.now(UTC).date().isoformat()}",
        "",
    ]
    print("\n".join(lines))
    if args.record:
        results.record(lines)
    return rc


if __name__ == "__main__":
    sys.exit(main())
