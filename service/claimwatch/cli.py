"""The command line: parses arguments and hands over to a driver. No logic here."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from claimwatch import __version__
from claimwatch.offline import commands as offline_commands
from claimwatch.stream import replay as replay_command


def _cmd_config(args: argparse.Namespace) -> int:
    from claimwatch.settings import Settings

    print(json.dumps(Settings().masked(), indent=2, sort_keys=True))
    return 0


def _cmd_schemas(args: argparse.Namespace) -> int:
    from claimwatch.models import json_schemas

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for stem, schema in json_schemas().items():
        path = out / f"{stem}.schema.json"
        path.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(path)
    return 0


def _cmd_broker(args: argparse.Namespace) -> int:
    from claimwatch.broker import BrokerError, EmbeddedBroker, create_topics
    from claimwatch.settings import Settings

    settings = Settings()
    broker = EmbeddedBroker(port=args.port)
    try:
        broker.start()
    except BrokerError as e:
        print(f"claimwatch broker: {e}", file=sys.stderr)
        return 2
    stop = {"now": False}

    def _stop(signum: int, frame: object) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        topics = [(name, settings.partitions) for name in settings.topics().values()]
        created = create_topics(broker.bootstrap, topics)
        print(f"embedded broker ready on {broker.bootstrap} (memory only: nothing survives a stop)", flush=True)
        for name, n in topics:
            print(f"  topic {name} ({n} partitions){' created' if name in created else ''}", flush=True)
        print("Ctrl-C to stop.", flush=True)
        assert broker.proc is not None
        while not stop["now"] and broker.proc.poll() is None:
            time.sleep(0.2)
        if broker.proc.poll() is not None and not stop["now"]:
            print(f"claimwatch broker: the broker exited ({broker.proc.returncode})", file=sys.stderr)
            return 1
        return 0
    finally:
        broker.stop()
        print("embedded broker stopped", flush=True)


Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="claimwatch", description=__doc__)
    p.add_argument("--version", action="version", version=f"claimwatch {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    c = sub.add_parser("config", help="print the effective settings (secrets masked)")
    c.set_defaults(func=_cmd_config)

    c = sub.add_parser("schemas", help="write the JSON Schemas of the contracts")
    c.add_argument("--out", type=Path, default=Path("schemas"))
    c.set_defaults(func=_cmd_schemas)

    c = sub.add_parser("broker", help="run the embedded Kafka-compatible broker in the foreground")
    c.add_argument("--port", type=int, default=9092)
    c.set_defaults(func=_cmd_broker)

    offline_commands.register(sub)
    replay_command.register(sub)
    from claimwatch.stream import commands as stream_commands

    stream_commands.register(sub)
    return p


def _redact_secrets_in_logs() -> None:
    """Replace the configured secrets in every log record, whoever logs it.

    Why: kafka-python logs its whole client configuration (SASL and TLS
    passwords included) at DEBUG, and faust reconfigures logging handlers, so
    the redaction sits in the record factory, before any handler or formatter.
    """
    try:
        from claimwatch.settings import Settings

        secrets = [s for s in Settings().secret_values() if len(s) >= 3]
    except Exception:  # invalid settings are reported by the command itself
        return
    if not secrets:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:
            return record
        if any(s in message for s in secrets):
            for s in secrets:
                message = message.replace(s, "**********")
            record.msg, record.args = message, None
        return record

    logging.setLogRecordFactory(factory)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:
        for noisy in ("kafka", "aiokafka", "faust", "mode"):
            logging.getLogger(noisy).setLevel(logging.WARNING)
    _redact_secrets_in_logs()
    func: Command = args.func
    try:
        return func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
