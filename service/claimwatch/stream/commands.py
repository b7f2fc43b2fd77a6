"""``claimwatch worker`` and ``claimwatch demo``: wiring and printing only."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

from claimwatch.models import Alert

log = logging.getLogger(__name__)

#: The sample archive the demo feeds (shipped in the repository's examples/).
SAMPLE_FEED = Path(__file__).resolve().parents[3] / "examples" / "sample_feed.jsonl"


def _run_worker(stream_app: Any, *, verbose: bool) -> int:
    """Run faust's worker in the foreground; its own handlers turn SIGTERM/SIGINT into a graceful stop."""
    import faust

    worker = faust.Worker(
        stream_app.app, loglevel="debug" if verbose else "warning", quiet=True, redirect_stdouts=False
    )
    # faust's startup spinner hides/shows the cursor with escape codes, even into a pipe or a log file,
    # and they end up in the demo's output; every use of it is guarded by "if self.spinner".
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    except SystemExit as e:
        return int(e.code or 0)
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    from claimwatch.ops.broker_watch import BrokerWatch
    from claimwatch.ops.metrics import Metrics, start_exporter
    from claimwatch.settings import Settings
    from claimwatch.stream.app import make_app
    from claimwatch.stream.heap import tune_malloc
    from claimwatch.stream.topics import TopicMismatch, ensure_topics, wait_for_kafka

    tune_malloc()  # before the exporter's, faust's and RocksDB's threads start (see its docstring)
    settings = Settings()
    # faust/aiokafka exit when no broker answers at start; wait here instead, saying so every 10 s.
    wait_for_kafka(settings, timeout=settings.broker_wait_seconds or None)
    try:
        created = ensure_topics(settings)
    except (TopicMismatch, RuntimeError) as e:
        print(f"claimwatch worker: {e}", file=sys.stderr)
        return 2
    for name in created:
        log.info("created topic %s", name)
    metrics = Metrics()
    server = start_exporter(metrics, settings.metrics_port, settings.metrics_host)
    log.info("metrics on %s", server.url)
    pusher = None
    if settings.alertmanager_url:
        from claimwatch.ops.alertmanager import AlertmanagerPusher

        pusher = AlertmanagerPusher(settings.alertmanager_url, metrics)
    stream_app = make_app(settings, metrics=metrics, alertmanager=pusher)
    # The Kafka clients log nothing while a broker hangs; this says when it stops and starts answering.
    watch = BrokerWatch(settings.bootstrap_servers(), ssl_context=settings.tls_context())
    watch.start()
    try:
        return _run_worker(stream_app, verbose=args.verbose)
    finally:
        watch.stop()
        if pusher is not None:
            pusher.close(timeout=10.0)
        server.close()


def format_alert(alert: Alert) -> str:
    """What the demo prints for one alert: the fact, who says so, where, and the sentence."""
    from claimwatch.ops.alertmanager import summarize

    who = alert.claim.claimant.name if alert.claim.claimant else "(the outlet itself)"
    return (
        f"ALERT {alert.kind.value:<12} [{alert.severity.value}] {summarize(alert)}\n"
        f"      claimant: {who} | source: {alert.source} | item: {alert.item_id} | "
        f"published {alert.published_at.isoformat()}\n"
        f'      evidence: "{alert.claim.evidence.sentence.strip()}"'
    )


def _cmd_demo(args: argparse.Namespace) -> int:
    from claimwatch.broker import BrokerError, EmbeddedBroker, free_port
    from claimwatch.ops.metrics import Metrics, start_exporter
    from claimwatch.settings import Settings
    from claimwatch.stream.app import make_app
    from claimwatch.stream.topics import ensure_topics

    feed: Path = args.feed
    if not feed.exists():
        print(f"claimwatch demo: no sample feed at {feed}", file=sys.stderr)
        return 2
    lines = [ln for ln in feed.read_bytes().splitlines() if ln.strip()]
    broker = EmbeddedBroker(port=args.port)
    try:
        broker.start()
    except BrokerError as e:
        print(f"claimwatch demo: {e}", file=sys.stderr)
        return 2
    state_dir = tempfile.mkdtemp(prefix="claimwatch-demo-")
    try:
        base = Settings()
        overrides: dict[str, Any] = {
            "kafka_bootstrap": broker.bootstrap,
            "state_dir": Path(state_dir),
            "web_port": 0,
            "security_protocol": "PLAINTEXT",
        }
        if args.metrics_port is not None:
            overrides["metrics_port"] = args.metrics_port
        settings = base.model_copy(update=overrides)
        ensure_topics(settings)
        metrics = Metrics()
        try:
            server = start_exporter(metrics, settings.metrics_port, settings.metrics_host)
        except OSError:
            server = start_exporter(metrics, free_port(), settings.metrics_host)
        print(f"claimwatch demo: embedded broker on {broker.bootstrap} (memory only)", flush=True)
        print(f"  metrics:  {server.url}", flush=True)
        print(f"  feeding:  {feed} ({len(lines)} lines) -> {settings.topic_items}", flush=True)
        print(f"  alerts:   {settings.topic_alerts}; dead letters: {settings.topic_dlq}", flush=True)
        print("  waiting for the worker to join its group (a few seconds)...", flush=True)

        printed: list[str] = []

        def show(alert: Alert) -> None:
            printed.append(alert.alert_id)
            print(format_alert(alert), flush=True)

        # The memory store: the broker forgets everything when the demo stops, so should the tables.
        stream_app = make_app(settings, store="memory", metrics=metrics, on_alert=show)
        app = stream_app.app

        @app.task  # type: ignore[untyped-decorator]
        async def feeder() -> None:
            for line in lines:
                # One partition keeps the story in published order, as a backtest would read it.
                await stream_app.items_topic.send(value=line, partition=0)
                if not args.no_wait:
                    await asyncio.sleep(args.interval)
            total = len(lines)
            while _accounted(metrics) < total:
                await asyncio.sleep(0.2)
            await asyncio.sleep(1.0)  # let the claim stage finish the last item's claims
            print(_summary(metrics, total), flush=True)
            if args.exit_after_feed:
                os.kill(os.getpid(), signal.SIGTERM)
            else:
                print("feed done; the worker keeps running with /metrics up. Ctrl-C to stop.", flush=True)

        code = _run_worker(stream_app, verbose=args.verbose)
        server.close()
        return code
    finally:
        broker.stop()
        import shutil

        shutil.rmtree(state_dir, ignore_errors=True)


def _counter(metrics: Any, name: str, label: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for family in metrics.registry.collect():
        if family.name != name:
            continue
        for s in family.samples:
            if s.name.endswith("_total"):
                out[s.labels[label]] = s.value
    return out


def _accounted(metrics: Any) -> int:
    return int(sum(_counter(metrics, "claimwatch_items", "outcome").values()))


def _summary(metrics: Any, total: int) -> str:
    items = _counter(metrics, "claimwatch_items", "outcome")
    alerts = _counter(metrics, "claimwatch_alerts", "kind")
    dead = {k: v for k, v in _counter(metrics, "claimwatch_dead_letters", "reason").items() if v}
    parts = ", ".join(f"{k} {int(v)}" for k, v in sorted(items.items()))
    return f"fed {total} messages -> {parts}; alerts {int(sum(alerts.values()))}" + (
        f"; dead letters by reason: {', '.join(f'{k} {int(v)}' for k, v in sorted(dead.items()))}" if dead else ""
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("worker", help="the stream worker against $CLAIMWATCH_KAFKA_BOOTSTRAP")
    c.set_defaults(func=_cmd_worker)

    c = sub.add_parser("demo", help="embedded broker + worker + sample feed; prints alerts, serves /metrics")
    c.add_argument("--port", type=int, default=0, help="broker port (default: a free one)")
    c.add_argument("--metrics-port", type=int, default=None, help="default: $CLAIMWATCH_METRICS_PORT")
    c.add_argument("--feed", type=Path, default=SAMPLE_FEED, help="JSON Lines to feed (default: the sample)")
    c.add_argument("--interval", type=float, default=0.5, help="seconds between fed items")
    c.add_argument("--no-wait", action="store_true", help="feed everything at once")
    c.add_argument("--exit-after-feed", action="store_true", help="stop once every fed item is accounted for")
    c.set_defaults(func=_cmd_demo)
