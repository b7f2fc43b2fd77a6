"""Metric names referenced by a PromQL expression (helpers, not tests).

A rename in ``claimwatch.ops.metrics`` should break the dashboard and rules
tests, not production panels and alerts silently. This is no full PromQL
parser: it removes what cannot be a metric name (strings, label matchers,
ranges, grouping clauses, function calls, keywords, Grafana variables) and
returns the identifiers that remain.
"""

from __future__ import annotations

import re

from prometheus_client import CollectorRegistry

from claimwatch.ops.metrics import Metrics

KEYWORDS = {"and", "or", "unless", "offset", "bool", "by", "without", "on", "ignoring", "group_left",
            "group_right", "inf", "nan", "atan2"}  # fmt: skip
#: Series Prometheus itself adds to every scrape target.
PROMETHEUS_BUILTIN = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_GRAFANA_VAR = re.compile(r"\$\{[^}]*\}|\$\w+")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")
_IDENT = re.compile(r"(?<![\w.:])([A-Za-z_:][\w:]*)(\s*\()?")


def metric_names(expr: str) -> set[str]:
    """Identifiers in metric-name position in ``expr``."""
    s = _STRING.sub('""', expr)
    s = re.sub(r"\{[^}]*\}", "", s)
    s = re.sub(r"\[[^\]]*\]", "", s)
    s = _GRAFANA_VAR.sub("1", s)
    s = _GROUPING.sub("", s)
    names = set()
    for m in _IDENT.finditer(s):
        name, call = m.group(1), m.group(2)
        if call or name.lower() in KEYWORDS:
            continue
        names.add(name)
    return names


def label_values_metric(query: str) -> set[str]:
    """The metric of a Grafana ``label_values(metric{...}, label)`` variable query."""
    m = re.match(r"\s*label_values\((.*),\s*\w+\s*\)\s*$", query, re.S)
    return metric_names(m.group(1)) if m else metric_names(query)


def exported_names(registry: CollectorRegistry | None = None) -> set[str]:
    """Every series name a fresh ``Metrics`` exposes (``_total``, ``_bucket``/``_sum``/``_count`` included)."""
    reg = registry or Metrics().registry
    suffixes = {"counter": ("_total", "_created"), "histogram": ("_bucket", "_sum", "_count", "_created"),
                "summary": ("", "_sum", "_count", "_created"), "info": ("_info",), "gauge": ("",)}  # fmt: skip
    names: set[str] = set()
    for fam in reg.collect():  # from the definitions: a labelled gauge has no sample until set
        names.update(fam.name + suffix for suffix in suffixes.get(fam.type, ("",)))
        names.update(s.name for s in fam.samples)
    return names


def family_names(registry: CollectorRegistry | None = None) -> set[str]:
    """Metric family names (``claimwatch_items``, not ``claimwatch_items_total``)."""
    return {fam.name for fam in (registry or Metrics().registry).collect()}
