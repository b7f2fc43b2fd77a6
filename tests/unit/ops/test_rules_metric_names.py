"""Health rules and their promtool tests name only metrics claimwatch exports (promtool cannot know)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from promql_names import PROMETHEUS_BUILTIN, exported_names, metric_names

PROM = Path(__file__).resolve().parents[3] / "deploy" / "prometheus"


def test_rule_exprs_name_existing_metrics() -> None:
    allowed = exported_names() | PROMETHEUS_BUILTIN
    rules = [r for g in yaml.safe_load((PROM / "rules.yml").read_text())["groups"] for r in g["rules"]]
    assert len(rules) >= 5
    for rule in rules:
        names = metric_names(rule["expr"])
        assert names and names <= allowed, (rule.get("alert"), names - allowed)
        assert rule["labels"]["severity"] in {"info", "warning", "critical"}
        assert rule["labels"]["service"] == "claimwatch"  # the Alertmanager route matches on it


def test_rule_test_series_are_real_metrics() -> None:
    allowed = exported_names() | PROMETHEUS_BUILTIN
    tests = yaml.safe_load((PROM / "rules_test.yml").read_text())["tests"]
    for t in tests:
        for s in t["input_series"]:
            name = re.match(r"\s*([A-Za-z_:][\w:]*)", s["series"]).group(1)
            assert name in allowed, name
