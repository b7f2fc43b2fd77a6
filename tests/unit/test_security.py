"""Kafka security settings reach every client, and secrets are never printed.

Three client stacks talk to Kafka: faust (the worker's consumer and changelog
producer), the worker's own aiokafka data producer, and kafka-python (topic
admin, replay, harness). One Settings object feeds all three; these tests pin
the mapping so a SASL/TLS deployment cannot silently fall back to plaintext.
"""

from __future__ import annotations

import ssl
from pathlib import Path

import certifi
import faust
import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from claimwatch.settings import Settings
from claimwatch.stream.app import _credentials, faust_options

CA = Path(certifi.where())
SECRET = "s3cr3t-pa55"


def _settings(**kw: object) -> Settings:
    base: dict[str, object] = {"kafka_bootstrap": "k1:9093,k2:9093"}
    base.update(kw)
    return Settings(**base)  # type: ignore[arg-type]


def test_plaintext_has_no_credentials():
    s = _settings()
    assert faust_options(s, "memory")["broker_credentials"] is None
    assert s.kafka_python_options() == {"bootstrap_servers": ["k1:9093", "k2:9093"], "security_protocol": "PLAINTEXT"}


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN"])
def test_sasl_ssl_reaches_faust_aiokafka_and_kafka_python(mechanism):
    s = _settings(
        security_protocol="SASL_SSL",
        sasl_mechanism=mechanism,
        sasl_username="svc-claimwatch",
        sasl_password=SECRET,
        ssl_cafile=CA,
    )
    creds = faust_options(s, "memory")["broker_credentials"]
    assert isinstance(creds, faust.SASLCredentials)
    assert isinstance(creds.ssl_context, ssl.SSLContext)
    assert creds.ssl_context.verify_mode == ssl.CERT_REQUIRED and creds.ssl_context.check_hostname

    # What faust's aiokafka driver (and the worker's DataProducer) hand to aiokafka.
    auth = credentials_to_aiokafka_auth(creds)
    assert auth["security_protocol"] == "SASL_SSL"
    assert auth["sasl_mechanism"] == mechanism
    assert auth["sasl_plain_username"] == "svc-claimwatch"
    assert auth["sasl_plain_password"] == SECRET
    assert auth["ssl_context"] is creds.ssl_context

    kp = s.kafka_python_options()
    assert kp["security_protocol"] == "SASL_SSL"
    assert kp["sasl_mechanism"] == mechanism
    assert kp["sasl_plain_username"] == "svc-claimwatch"
    assert kp["sasl_plain_password"] == SECRET
    assert kp["ssl_cafile"] == str(CA)


def test_sasl_plaintext_has_no_tls_context():
    s = _settings(
        security_protocol="SASL_PLAINTEXT", sasl_mechanism="SCRAM-SHA-256", sasl_username="u", sasl_password=SECRET
    )
    auth = credentials_to_aiokafka_auth(_credentials(s))
    assert auth["security_protocol"] == "SASL_PLAINTEXT"
    assert auth["sasl_mechanism"] == "SCRAM-SHA-256"
    assert auth["ssl_context"] is None


def test_tls_only():
    s = _settings(security_protocol="SSL", ssl_cafile=CA)
    creds = _credentials(s)
    assert isinstance(creds, faust.SSLCredentials)
    auth = credentials_to_aiokafka_auth(creds)
    assert auth["security_protocol"] == "SSL" and isinstance(auth["ssl_context"], ssl.SSLContext)
    kp = s.kafka_python_options()
    assert kp["security_protocol"] == "SSL" and kp["ssl_cafile"] == str(CA)
    assert "sasl_mechanism" not in kp


def test_secrets_are_not_in_reprs_or_masked_output():
    s = _settings(
        security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_password=SECRET, ssl_password=SECRET
    )
    assert SECRET not in repr(s) and SECRET not in str(s)
    assert SECRET not in str(s.masked())
    assert s.masked()["sasl_password"] == "**********"


def test_every_kafka_python_client_in_the_package_gets_the_settings_options():
    """A static check: each KafkaProducer/KafkaConsumer/KafkaAdminClient built by the package takes options
    from Settings.kafka_python_options() (directly or through a ``kafka_options`` argument)."""
    import re

    root = Path(__file__).resolve().parents[2] / "service" / "claimwatch"
    offenders = []
    for path in root.rglob("*.py"):
        text = path.read_text("utf-8")
        for m in re.finditer(r"(?<![A-Za-z])(KafkaProducer|KafkaConsumer|KafkaAdminClient)\(", text):
            window = text[max(0, m.start() - 400) : m.start() + 600]
            if not re.search(r"kafka_python_options\(\)|\*\*opts|\*\*kafka_options|\*\*options", window):
                offenders.append(f"{path.relative_to(root)}: {text[m.start() : m.start() + 80]!r}")
    assert offenders == []


def test_cli_redacts_configured_secrets_from_any_log_record(monkeypatch):
    """kafka-python logs its config (passwords included) at DEBUG: the CLI's record factory masks them."""
    import logging

    from claimwatch import cli

    monkeypatch.setenv("CLAIMWATCH_SASL_PASSWORD", SECRET)
    previous = logging.getLogRecordFactory()
    try:
        cli._redact_secrets_in_logs()
        record = logging.getLogger("kafka.admin.client").makeRecord(
            "kafka.admin.client", logging.DEBUG, __file__, 1, "config: %s", ({"sasl_plain_password": SECRET},), None
        )
        assert SECRET not in record.getMessage()
        assert "**********" in record.getMessage()
    finally:
        logging.setLogRecordFactory(previous)
