"""A broker liveness probe for the worker's log: says when Kafka stops answering and when it is back.

Why: when a broker hangs (a GC pause, a frozen VM, SIGSTOP in the tests) the
Kafka clients just wait on open connections; nothing fails before their
request timeouts, so nothing is logged and an operator reading the worker's
log cannot tell an outage from a quiet feed. This thread sends a Kafka
ApiVersions request (answered before any authentication) every few seconds
on its own connection and logs the transitions. It changes nothing in the
worker: faust and aiokafka retry on their own and carry on when the broker is
back.
"""

from __future__ import annotations

import logging
import socket
import ssl
import struct
import threading
import time

log = logging.getLogger("claimwatch.broker_watch")

_API_VERSIONS = 18


def _request(correlation_id: int, client_id: bytes = b"claimwatch-watch") -> bytes:
    body = struct.pack(">hhih", _API_VERSIONS, 0, correlation_id, len(client_id)) + client_id
    return struct.pack(">i", len(body)) + body


def _recv_exactly(sock: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed by the broker")
        buf += chunk
    return buf


def probe(host: str, port: int, timeout: float, ssl_context: ssl.SSLContext | None = None) -> None:
    """Raise when ``host:port`` does not answer an ApiVersions request within ``timeout`` seconds."""
    with socket.create_connection((host, port), timeout=timeout) as raw:
        raw.settimeout(timeout)
        sock: socket.socket = ssl_context.wrap_socket(raw, server_hostname=host) if ssl_context else raw
        correlation = int(time.monotonic() * 1000) & 0x7FFFFFFF
        sock.sendall(_request(correlation))
        (size,) = struct.unpack(">i", _recv_exactly(sock, 4))
        payload = _recv_exactly(sock, size)
        (got,) = struct.unpack(">i", payload[:4])
        if got != correlation:
            raise ConnectionError(f"unexpected correlation id {got}")


class BrokerWatch(threading.Thread):
    """Probe the first reachable bootstrap server every ``interval`` s; log outages and recoveries."""

    def __init__(
        self,
        servers: list[str],
        *,
        interval: float = 5.0,
        timeout: float = 5.0,
        ssl_context: ssl.SSLContext | None = None,
        remind_every: float = 30.0,
    ) -> None:
        super().__init__(name="claimwatch-broker-watch", daemon=True)
        self.servers = servers
        self.interval = interval
        self.timeout = timeout
        self.ssl_context = ssl_context
        self.remind_every = remind_every
        self.down_since: float | None = None
        self.outages = 0
        self._stop_event = threading.Event()

    def _probe_any(self) -> str | None:
        errors = []
        for server in self.servers:
            host, _, port = server.rpartition(":")
            try:
                probe(host or "127.0.0.1", int(port), self.timeout, self.ssl_context)
                return None
            except Exception as e:  # any failure means "not answering"
                errors.append(f"{server}: {type(e).__name__}: {e}".rstrip(": "))
        return "; ".join(errors)

    def run(self) -> None:
        last_said = 0.0
        while not self._stop_event.is_set():
            error = self._probe_any()
            now = time.monotonic()
            if error is not None:
                if self.down_since is None:
                    self.down_since = now
                    self.outages += 1
                    last_said = now
                    log.warning("Kafka is not answering (%s); the worker keeps running and its clients retry", error)
                elif now - last_said >= self.remind_every:
                    last_said = now
                    log.warning("Kafka still not answering after %.0fs (%s)", now - self.down_since, error)
            elif self.down_since is not None:
                log.warning("Kafka answers again after %.0fs without it; processing resumes", now - self.down_since)
                self.down_since = None
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
