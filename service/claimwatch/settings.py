"""Runtime settings, from the environment (prefix ``CLAIMWATCH_``).

One object for every driver so that the worker, the demo and the tools agree on
topic names and broker options. Secrets are ``SecretStr`` so that printing the
settings (``claimwatch config``, logs) never shows them.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from claimwatch.models import DEFAULT_MAX_BODY_BYTES


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMWATCH_", extra="ignore")

    kafka_bootstrap: str = Field(default="127.0.0.1:9092", description="Comma-separated host:port list.")

    topic_items: str = "news.items"
    topic_claims: str = "claimwatch.claims"
    topic_alerts: str = "claimwatch.alerts"
    topic_dlq: str = "claimwatch.dlq"
    partitions: int = Field(default=4, ge=1, description="Partitions of the claimwatch topics.")
    replication_factor: int = Field(default=1, ge=1)

    app_id: str = "claimwatch"
    metrics_port: int = Field(default=9464, ge=0, le=65535)
    metrics_host: str = Field(
        default="127.0.0.1", description="Bind address of /metrics; 0.0.0.0 in a container so Prometheus reaches it."
    )
    web_port: int = Field(default=6066, ge=0, le=65535)
    state_dir: Path = Path("./.claimwatch-state")
    store: Literal["memory", "rocksdb"] = "rocksdb"
    max_body_bytes: int = Field(default=DEFAULT_MAX_BODY_BYTES, ge=1024)
    dedup_threshold: float = Field(default=0.5, gt=0, le=1, description="Jaccard similarity of a near-copy.")
    dedup_window_hours: float = Field(default=72, gt=0, description="How long item fingerprints are remembered.")
    dedup_max_items: int = Field(default=30_000, ge=1, description="At most this many fingerprints (~2.4 KB each).")
    extract_processes: int = Field(
        default=0,
        ge=0,
        le=64,
        description="Child processes that extract claims beside the worker's event loop (0: in the worker).",
    )
    alertmanager_url: str | None = None
    broker_wait_seconds: float = Field(
        default=0, ge=0, description="How long `claimwatch worker` waits for Kafka at start; 0 waits forever."
    )

    # Kafka security, passed through to every Kafka client.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    ssl_password: SecretStr | None = None

    def topics(self) -> dict[str, str]:
        return {
            "items": self.topic_items,
            "claims": self.topic_claims,
            "alerts": self.topic_alerts,
            "dlq": self.topic_dlq,
        }

    def bootstrap_servers(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap.split(",") if s.strip()]

    def kafka_python_options(self) -> dict[str, Any]:
        """Connection options for kafka-python clients (producer, admin, consumer)."""
        opts: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers(),
            "security_protocol": self.security_protocol,
        }
        if self.sasl_mechanism:
            opts["sasl_mechanism"] = self.sasl_mechanism
            opts["sasl_plain_username"] = self.sasl_username
            opts["sasl_plain_password"] = self.sasl_password.get_secret_value() if self.sasl_password else None
        if self.ssl_cafile:
            opts["ssl_cafile"] = str(self.ssl_cafile)
        if self.ssl_certfile:
            opts["ssl_certfile"] = str(self.ssl_certfile)
        if self.ssl_keyfile:
            opts["ssl_keyfile"] = str(self.ssl_keyfile)
        if self.ssl_password:
            opts["ssl_password"] = self.ssl_password.get_secret_value()
        return opts

    def tls_context(self) -> ssl.SSLContext | None:
        """The TLS context of the clients that take one (faust, aiokafka, the broker probe); None for a
        protocol without TLS. One builder, so every client trusts the same CA and shows the same cert."""
        if self.security_protocol not in ("SSL", "SASL_SSL"):
            return None
        ctx = ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)
        if self.ssl_certfile:
            ctx.load_cert_chain(
                str(self.ssl_certfile),
                str(self.ssl_keyfile) if self.ssl_keyfile else None,
                self.ssl_password.get_secret_value() if self.ssl_password else None,
            )
        return ctx

    def secret_values(self) -> list[str]:
        """The non-empty secrets, for redacting them from log output (see claimwatch.cli)."""
        out = []
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, SecretStr) and value.get_secret_value():
                out.append(value.get_secret_value())
        return out

    def masked(self) -> dict[str, Any]:
        """The effective settings, secrets replaced by asterisks, for printing."""
        out: dict[str, Any] = {}
        for name, value in self.model_dump().items():
            if isinstance(value, SecretStr):
                value = "**********" if value.get_secret_value() else ""
            elif isinstance(value, Path):
                value = str(value)
            out[name] = value
        return out
