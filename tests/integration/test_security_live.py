"""Security properties of running processes: no secret in worker logs, no content in /metrics, loopback broker."""

from __future__ import annotations

import json
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from claimwatch.broker import EmbeddedBroker
from claimwatch.stream.harness import WorkerProcess, produce, stream_env, wait_for

pytestmark = pytest.mark.integration

SECRET = "pw-" + uuid.uuid4().hex  # unique: any occurrence in a log is a leak
ROOT = Path(__file__).resolve().parents[2]


def test_worker_debug_logs_never_print_the_sasl_password(kafka, tmp_path):
    """A worker with SASL settings and debug logging, pointed at a broker it cannot authenticate to."""
    env = stream_env(
        kafka.bootstrap,
        f"sec-{uuid.uuid4().hex[:8]}",
        tmp_path / "state",
        CLAIMWATCH_SECURITY_PROTOCOL="SASL_PLAINTEXT",
        CLAIMWATCH_SASL_MECHANISM="SCRAM-SHA-512",
        CLAIMWATCH_SASL_USERNAME="claimwatch",
        CLAIMWATCH_SASL_PASSWORD=SECRET,
        CLAIMWATCH_SSL_PASSWORD=SECRET,
    )
    w = WorkerProcess(env, tmp_path / "worker.log", verbose=True).start()
    try:
        # Whatever the broker makes of SASL (refuse, or accept), give the worker time to log its attempts.
        wait_for(lambda: len(w.log_tail(400).splitlines()) > 20 or not w.running, 30)
        time.sleep(5)
    finally:
        w.kill()
    text = (tmp_path / "worker.log").read_text(errors="replace")
    assert text.strip(), "the worker logged nothing: the check would prove nothing"
    assert SECRET not in text


def _metrics_text(port: int) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
        return r.read().decode("utf-8")


def test_metrics_expose_no_item_content(kafka, tmp_path):
    lines = [ln for ln in (ROOT / "examples" / "sample_feed.jsonl").read_bytes().splitlines() if ln.strip()]
    env = stream_env(kafka.bootstrap, f"mx-{uuid.uuid4().hex[:8]}", tmp_path / "state")
    w = WorkerProcess(env, tmp_path / "worker.log").start()
    try:
        produce(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ITEMS"], lines, partition=0)
        assert wait_for(lambda: sum(w.outcomes().values()) >= len(lines), 120), w.log_tail()
        text = _metrics_text(w.metrics_port)
    finally:
        assert w.stop() == 0, w.log_tail()
    assert "claimwatch_items_total" in text
    leaks = set()
    for ln in lines:
        try:
            doc = json.loads(ln)
        except ValueError:
            continue
        for field in ("id", "source", "title"):
            value = doc.get(field)
            if isinstance(value, str) and len(value) >= 4 and value in text:
                leaks.add(value)
    for word in ("North Korea", "Kursk", "Pyongyang"):
        if word in text:
            leaks.add(word)
    assert leaks == set(), f"/metrics carries item content: {sorted(leaks)}"


def test_embedded_broker_listens_on_loopback_only(tmp_path):
    with EmbeddedBroker() as broker:
        assert broker.proc is not None
        listening = _listening_addresses(broker.port)
        assert listening, f"nothing listens on port {broker.port}"
        assert listening <= {"127.0.0.1"}, f"the embedded broker listens on {listening}"


def _listening_addresses(port: int) -> set[str]:
    """IPv4/IPv6 addresses with a LISTEN socket on ``port``, from /proc/net/tcp{,6}."""
    out: set[str] = set()
    for name, width in (("tcp", 8), ("tcp6", 32)):
        path = Path("/proc/net") / name
        if not path.exists():
            continue
        for row in path.read_text().splitlines()[1:]:
            parts = row.split()
            local, state = parts[1], parts[3]
            addr_hex, port_hex = local.split(":")
            if state != "0A" or int(port_hex, 16) != port:
                continue
            if width == 8:
                b = bytes.fromhex(addr_hex)[::-1]
                out.add(".".join(str(x) for x in b))
            else:
                out.add("::1" if addr_hex.endswith("01000000") and addr_hex.startswith("0" * 24) else addr_hex)
    return out
