"""The shipped Prometheus and Alertmanager configs pass their own tools' checks."""

from __future__ import annotations

import subprocess

import pytest
from ops_servers import DEPLOY, require_tool

pytestmark = pytest.mark.e2e


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=DEPLOY)


def test_promtool_rule_unit_tests_pass() -> None:
    promtool = require_tool("promtool")
    res = _run([promtool, "test", "rules", "prometheus/rules_test.yml"])
    assert res.returncode == 0, res.stdout + res.stderr
    assert "SUCCESS" in res.stdout


def test_every_rule_has_a_firing_and_a_quiet_case() -> None:
    import yaml

    rules = yaml.safe_load((DEPLOY / "prometheus" / "rules.yml").read_text())
    names = {r["alert"] for g in rules["groups"] for r in g["rules"] if "alert" in r}
    tests = yaml.safe_load((DEPLOY / "prometheus" / "rules_test.yml").read_text())["tests"]
    fired: set[str] = set()
    quiet: set[str] = set()
    for t in tests:
        for case in t.get("alert_rule_test", []):
            (fired if case.get("exp_alerts") else quiet).add(case["alertname"])
    assert names <= fired, f"rules never shown firing: {names - fired}"
    assert names <= quiet, f"rules never shown quiet: {names - quiet}"


def test_promtool_check_config() -> None:
    promtool = require_tool("promtool")
    res = _run([promtool, "check", "config", "prometheus/prometheus.yml"])
    assert res.returncode == 0, res.stdout + res.stderr


def test_amtool_check_config() -> None:
    amtool = require_tool("amtool")
    res = _run([amtool, "check-config", "alertmanager/alertmanager.yml"])
    assert res.returncode == 0, res.stdout + res.stderr
    assert "SUCCESS" in res.stdout
