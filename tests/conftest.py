"""Session fixtures shared by every test folder.

The Kafka broker is chosen in this order: ``$CLAIMWATCH_KAFKA_BOOTSTRAP`` if
set; a testcontainers Kafka when a Docker daemon answers (checked with a short
socket probe, so machines without Docker do not hang); else the embedded Tansu
broker on a free port.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _docker_answers(timeout: float = 0.5) -> bool:
    """A fast check that a Docker daemon is listening (the client alone is not enough)."""
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if host.startswith("unix://"):
        path = host[len("unix://") :]
        if not os.path.exists(path):
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(timeout)
                s.connect(path)
                s.sendall(b"GET /_ping HTTP/1.0\r\n\r\n")
                return b"OK" in s.recv(256)
        except OSError:
            return False
    return False


class KafkaEndpoint:
    """Where the session's broker answers, and what kind it is."""

    def __init__(self, bootstrap: str, kind: str) -> None:
        self.bootstrap = bootstrap
        self.kind = kind

    @property
    def is_tansu(self) -> bool:
        return self.kind == "embedded"

    def __repr__(self) -> str:
        return f"KafkaEndpoint({self.bootstrap!r}, {self.kind!r})"


@pytest.fixture(scope="session")
def kafka() -> Iterator[KafkaEndpoint]:
    env = os.environ.get("CLAIMWATCH_KAFKA_BOOTSTRAP")
    if env:
        yield KafkaEndpoint(env, os.environ.get("CLAIMWATCH_TEST_BROKER_KIND", "external"))
        return
    if _docker_answers():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer().with_kraft() as container:
            yield KafkaEndpoint(container.get_bootstrap_server(), "testcontainers")
        return
    from claimwatch.broker import EmbeddedBroker

    with EmbeddedBroker() as broker:
        yield KafkaEndpoint(broker.bootstrap, "embedded")


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> str:
    """A topic/group name unique to the test, since the broker is shared by the session."""
    import uuid

    return f"t-{request.node.name[:40]}-{uuid.uuid4().hex[:8]}".replace("[", "-").replace("]", "")
