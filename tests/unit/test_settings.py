"""Settings come from CLAIMWATCH_* and never print secrets."""

from __future__ import annotations

import json

from claimwatch.cli import main
from claimwatch.settings import Settings


def test_env_overrides_and_kafka_options(monkeypatch):
    monkeypatch.setenv("CLAIMWATCH_KAFKA_BOOTSTRAP", "k1:9093, k2:9093")
    monkeypatch.setenv("CLAIMWATCH_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("CLAIMWATCH_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("CLAIMWATCH_SASL_USERNAME", "svc")
    monkeypatch.setenv("CLAIMWATCH_SASL_PASSWORD", "hunter2")
    monkeypatch.setenv("CLAIMWATCH_TOPIC_ITEMS", "feed.items")
    s = Settings()
    assert s.topics()["items"] == "feed.items"
    opts = s.kafka_python_options()
    assert opts["bootstrap_servers"] == ["k1:9093", "k2:9093"]
    assert opts["sasl_mechanism"] == "SCRAM-SHA-512"
    assert opts["sasl_plain_password"] == "hunter2"
    assert "hunter2" not in repr(s)


def test_config_command_masks_secrets(monkeypatch, capsys):
    monkeypatch.setenv("CLAIMWATCH_SASL_PASSWORD", "hunter2")
    monkeypatch.setenv("CLAIMWATCH_SSL_PASSWORD", "s3cret")
    assert main(["config"]) == 0
    out = capsys.readouterr().out
    assert "hunter2" not in out and "s3cret" not in out
    data = json.loads(out)
    assert data["sasl_password"] == "**********"
    assert data["topic_alerts"] == "claimwatch.alerts"
