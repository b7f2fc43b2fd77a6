"""``claimwatch extract`` and ``claimwatch backtest``: argument parsing and printing only."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

from claimwatch.models import ClaimEvent
from claimwatch.settings import Settings


def _cmd_extract(args: argparse.Namespace) -> int:
    from claimwatch.core.extract import Extractor
    from claimwatch.offline.jsonl import ReadReport, open_out, read_items

    settings = Settings()
    extractor = Extractor()
    report = ReadReport()
    claims = 0
    with open_out(args.output) as out:
        for item in read_items(args.input, report, max_body_bytes=settings.max_body_bytes):
            for claim in extractor.extract(item):
                out.write(claim.model_dump_json() + "\n")
                claims += 1
    print(f"items {report.items}, claims {claims}, bad lines {len(report.bad)}", file=sys.stderr)
    return 1 if report.bad else 0


def _cmd_backtest(args: argparse.Namespace) -> int:
    from claimwatch.core.dedup import Deduper  # here, not at the top: datasketch imports scipy (~45 MB)
    from claimwatch.offline.backtest import run_backtest
    from claimwatch.offline.progress import Progress

    settings = Settings()
    reporting = bool(args.report or args.expected)
    claims: list[ClaimEvent] | None = [] if args.report else None
    with Progress("backtest", enabled=not args.quiet) as progress:
        summary, report, alerts = run_backtest(
            args.input,
            alerts_out=args.alerts_out,
            state_in=args.state_in,
            state_out=args.state_out,
            max_body_bytes=settings.max_body_bytes,
            progress=progress.update,
            claims=claims,
            keep_alerts=reporting,
            deduper=Deduper(
                threshold=settings.dedup_threshold,
                window=timedelta(hours=settings.dedup_window_hours),
                max_entries=settings.dedup_max_items,
            ),
        )
    if reporting:
        from claimwatch.offline.report import write_report

        write_report(args.report, summary=summary, alerts=alerts, expected=args.expected, claims=claims)
    for line in summary.lines():
        print(line, file=sys.stderr)
    return 1 if report.bad else 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("extract", help="NewsItem lines -> ClaimEvent lines (offline)")
    c.add_argument("input", help="JSON Lines of NewsItems, or - for stdin")
    c.add_argument("-o", "--output", default="-", help="ClaimEvent lines (default: stdout)")
    c.set_defaults(func=_cmd_extract)

    c = sub.add_parser("backtest", help="run an archive through the core in published order")
    c.add_argument("input", help="JSON Lines of NewsItems, or - for stdin")
    c.add_argument("--alerts-out", default=None, help="Alert lines (default: not written; - for stdout)")
    c.add_argument("--state-in", type=Path, help="continue from the knowledge of an earlier run")
    c.add_argument("--state-out", type=Path, help="save the knowledge at the end")
    c.add_argument("--expected", type=Path, help="expected alerts (JSON Lines) to score against")
    c.add_argument("--report", type=Path, help="write an HTML report and summary.json here")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    c.set_defaults(func=_cmd_backtest)
