"""Real Prometheus and Alertmanager for end-to-end tests (helpers, not tests).

Both run from the Debian packages (``make system-deps``) on free loopback
ports with 1 s scrape/evaluation/group timers, from configs derived from the
files in ``deploy/`` so the routing and rules under test are the shipped ones.

Typical use (any test that has a ``/metrics`` endpoint, e.g. a running worker)::

    with WebhookReceiver() as hook, \\
         AlertmanagerServer(hook.url, tmp_path / "am") as am, \\
         PrometheusServer([f"127.0.0.1:{metrics_port}"], tmp_path / "prom",
                          alertmanager=am.hostport,
                          rule_files=[deploy_rules(tmp_path, only={"ClaimwatchDeadLetterRateHigh"})]) as prom:
        ...
        got = hook.wait_for(lambda a: a["labels"]["alertname"] == "ClaimwatchNewFigure", timeout=30)

A missing binary skips the test, unless ``CLAIMWATCH_REQUIRE_SYSTEM_TOOLS`` is
set (CI sets it), where it fails: CI must not go green by skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE_WEBHOOK_BASE = "http://webhook:8080"


def require_tool(*names: str) -> str:
    """Path of the first binary found among ``names``; skip or fail the test when none is."""
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
        if found:
            return found
    msg = f"{' / '.join(names)} not installed (make system-deps)"
    if os.environ.get("CLAIMWATCH_REQUIRE_SYSTEM_TOOLS"):
        pytest.fail(msg + " and CLAIMWATCH_REQUIRE_SYSTEM_TOOLS is set")
    pytest.skip(msg)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(predicate: Callable[[], Any], timeout: float, interval: float = 0.05) -> Any:
    """Poll until ``predicate()`` is truthy; return its value, or the last falsy one at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(interval)


def _http_ok(url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return 200 <= resp.status < 300
    except (urllib.error.URLError, OSError):
        return False


class WebhookReceiver:
    """Alertmanager's webhook target: records every alert it is sent, with the time it arrived."""

    def __init__(self) -> None:
        self.notifications: list[dict[str, Any]] = []
        self.alerts: list[dict[str, Any]] = []  # each alert plus "_path" and "_received" (monotonic)
        self._cond = threading.Condition()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received = time.monotonic()
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                with outer._cond:
                    outer.notifications.append({"path": self.path, "body": body, "received": received})
                    for a in body.get("alerts", []):
                        outer.alerts.append({**a, "_path": self.path, "_received": received})
                    outer._cond.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def wait_for(self, match: Callable[[dict[str, Any]], bool], timeout: float) -> dict[str, Any] | None:
        """The first received alert ``match`` accepts, waiting up to ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for a in self.alerts:
                    if match(a):
                        return a
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(left)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Server:
    """A child process on a free loopback port, ready when ``ready_path`` answers 200."""

    name = "server"
    ready_path = "/-/ready"

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = workdir / f"{self.name}.log"

    @property
    def hostport(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.hostport}"

    def command(self, port: int) -> list[str]:
        raise NotImplementedError

    def start(self, timeout: float = 60.0) -> None:
        # The port is free when picked but could be taken before the child binds it: retry.
        for _attempt in range(3):
            self.port = free_port()
            log = self.log_path.open("ab")
            self.proc = subprocess.Popen(
                self.command(self.port), stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir, start_new_session=True
            )
            log.close()
            proc = self.proc
            if wait_until(lambda p=proc: p.poll() is not None or _http_ok(self.url + self.ready_path), timeout):
                if proc.poll() is None:
                    return
                if "address already in use" in self.log_tail().lower():
                    continue
            self.stop()
            break
        raise RuntimeError(f"{self.name} did not become ready on {self.hostport}:\n{self.log_tail()}")

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def alertmanager_config(webhook_base: str, *, timer: str = "1s", source: Path | None = None) -> dict[str, Any]:
    """``deploy/alertmanager/alertmanager.yml`` with its webhook URLs moved to ``webhook_base`` and fast timers."""
    cfg = yaml.safe_load((source or DEPLOY / "alertmanager" / "alertmanager.yml").read_text())
    for receiver in cfg.get("receivers", []):
        for hook in receiver.get("webhook_configs", []):
            url = hook["url"]
            if url.startswith(COMPOSE_WEBHOOK_BASE):
                url = webhook_base.rstrip("/") + url[len(COMPOSE_WEBHOOK_BASE) :]
            hook["url"] = url

    def tighten(route: dict[str, Any]) -> None:
        route["group_wait"] = timer
        route["group_interval"] = timer
        for child in route.get("routes", []):
            tighten(child)

    tighten(cfg["route"])
    return cfg


class AlertmanagerServer(_Server):
    """``prometheus-alertmanager`` on loopback, no clustering, routing to ``webhook_base``."""

    name = "alertmanager"

    def __init__(self, webhook_base: str, workdir: Path, *, config: dict[str, Any] | None = None) -> None:
        super().__init__(workdir)
        self.binary = require_tool("prometheus-alertmanager", "alertmanager")
        self.config_path = workdir / "alertmanager.yml"
        self.config_path.write_text(yaml.safe_dump(config or alertmanager_config(webhook_base), sort_keys=False))

    def command(self, port: int) -> list[str]:
        return [
            self.binary,
            f"--config.file={self.config_path}",
            f"--storage.path={self.workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--cluster.listen-address=",  # else it gossips on 0.0.0.0:9094
        ]

    def alerts(self) -> list[dict[str, Any]]:
        with urllib.request.urlopen(self.url + "/api/v2/alerts", timeout=5) as resp:
            return list(json.load(resp))


def deploy_rules(out_dir: Path, *, only: set[str] | None = None, for_: str = "1s", source: Path | None = None) -> Path:
    """A copy of ``deploy/prometheus/rules.yml`` (optionally only some alerts) with ``for:`` shortened."""
    doc = yaml.safe_load((source or DEPLOY / "prometheus" / "rules.yml").read_text())
    for group in doc["groups"]:
        group["interval"] = "1s"
        group["rules"] = [r for r in group["rules"] if only is None or r.get("alert") in only]
        for rule in group["rules"]:
            if "alert" in rule:
                rule["for"] = for_
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "rules.test.yml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


class PrometheusServer(_Server):
    """``prometheus`` on loopback scraping ``targets`` as job ``claimwatch`` every second."""

    name = "prometheus"

    def __init__(
        self,
        targets: list[str],
        workdir: Path,
        *,
        alertmanager: str | None = None,
        rule_files: list[Path] | None = None,
        interval: str = "1s",
    ) -> None:
        super().__init__(workdir)
        self.binary = require_tool("prometheus")
        cfg = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
        cfg["global"] = {"scrape_interval": interval, "evaluation_interval": interval, "scrape_timeout": interval}
        cfg["rule_files"] = [str(p) for p in (rule_files or [])]
        if alertmanager:
            cfg["alerting"] = {"alertmanagers": [{"static_configs": [{"targets": [alertmanager]}]}]}
        else:
            cfg.pop("alerting", None)
        cfg["scrape_configs"] = [{"job_name": "claimwatch", "static_configs": [{"targets": targets}]}]
        self.config_path = workdir / "prometheus.yml"
        self.config_path.write_text(yaml.safe_dump(cfg, sort_keys=False))

    def command(self, port: int) -> list[str]:
        return [
            self.binary,
            f"--config.file={self.config_path}",
            f"--storage.tsdb.path={self.workdir / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--rules.alert.resend-delay=1s",
        ]

    def query(self, expr: str) -> list[dict[str, Any]]:
        url = self.url + "/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        with urllib.request.urlopen(url, timeout=5) as resp:
            data = json.load(resp)
        return list(data["data"]["result"])

    def wait_for_query(self, expr: str, timeout: float) -> list[dict[str, Any]]:
        """Poll ``expr`` until it returns a non-empty vector."""
        return wait_until(lambda: self.query(expr), timeout, interval=0.2) or []
