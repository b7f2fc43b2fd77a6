"""The provisioned Grafana dashboard: valid JSON, wired to the provisioned datasource, real metric names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from promql_names import PROMETHEUS_BUILTIN, exported_names, label_values_metric, metric_names

ROOT = Path(__file__).resolve().parents[3]
GRAFANA = ROOT / "deploy" / "grafana"
DASHBOARDS = sorted((GRAFANA / "dashboards").glob("*.json"))


def _panels(dash: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for p in dash.get("panels", []):
        out.append(p)
        out.extend(p.get("panels", []))  # collapsed rows hold their panels
    return out


def test_the_parser_finds_names_where_promql_has_them() -> None:
    expr = (
        'histogram_quantile(0.99, sum by (le) (rate(claimwatch_processing_seconds_bucket{job="x", le!="1"}[5m])))'
        " > 2 and on (job) up offset 10m / ignoring(instance) group_left foo:bar_total"
    )
    assert metric_names(expr) == {"claimwatch_processing_seconds_bucket", "up", "foo:bar_total"}
    assert metric_names('sum(rate(claimwatch_items_total{i=~"$instance"}[$__rate_interval]))') == {
        "claimwatch_items_total"
    }
    assert metric_names("time() - max(a_b)") == {"a_b"}


def test_the_known_names_include_histogram_and_counter_series() -> None:
    names = exported_names()
    assert {"claimwatch_items_total", "claimwatch_processing_seconds_bucket", "claimwatch_processing_seconds_sum",
            "claimwatch_processing_seconds_count", "claimwatch_build_info"} <= names  # fmt: skip
    assert "claimwatch_items" not in names


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.name)
def test_dashboard_queries_name_only_existing_metrics(path: Path) -> None:
    dash = json.loads(path.read_text())
    assert dash["uid"] and dash["title"] and isinstance(dash["schemaVersion"], int)
    allowed = exported_names() | PROMETHEUS_BUILTIN
    ids = [p["id"] for p in _panels(dash)]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    seen: set[str] = set()
    exprs = 0
    for panel in _panels(dash):
        if panel.get("type") == "row":
            continue
        assert panel.get("datasource", {}).get("uid") == "prometheus", panel["title"]
        assert panel.get("targets"), f"panel {panel['title']!r} has no query"
        for target in panel["targets"]:
            names = metric_names(target["expr"])
            exprs += 1
            assert names, f"{panel['title']}: no metric in {target['expr']!r}"
            assert names <= allowed, f"{panel['title']}: unknown {names - allowed} in {target['expr']!r}"
            seen |= names
    for var in dash.get("templating", {}).get("list", []):
        if var.get("type") == "query":
            query = var["query"]["query"] if isinstance(var["query"], dict) else var["query"]
            assert label_values_metric(query) <= allowed, query
    assert exprs >= 10
    # Every family claimwatch exports is on the dashboard somewhere.
    families = {
        fam.name for fam in __import__("claimwatch.ops.metrics", fromlist=["Metrics"]).Metrics().registry.collect()
    }
    shown = {n.removesuffix("_total").removesuffix("_bucket").removesuffix("_sum").removesuffix("_count") for n in seen}
    assert families <= shown, f"metrics missing from the dashboard: {families - shown}"


def test_provisioning_points_at_the_dashboards_and_the_uid() -> None:
    ds = yaml.safe_load((GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text())
    assert [d["uid"] for d in ds["datasources"]] == ["prometheus"]
    assert ds["datasources"][0]["type"] == "prometheus"
    prov = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "claimwatch.yml").read_text())
    assert prov["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    assert DASHBOARDS
