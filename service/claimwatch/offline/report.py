"""The backtest report: one self-contained HTML page, ``summary.json`` and plot files.

Presentation and scoring only. Analysts open the page from a laptop, a mail
attachment or an air-gapped box, so everything is inline (CSS, plots as base64
PNG): nothing is fetched when it opens. Plots come from matplotlib on the Agg
backend so that a headless CI machine renders the same page as a desktop.

Scoring matches each alert to one row of an expected-alert timeline (JSON
Lines: ``item_id``, ``kind``, ``actor``, ``category``, ``value``,
``location``). Matching is by fact, not by item, so that an alert raised on
another item than expected still counts and its lead/lag says how early or
late it came. A second alert for the same fact is a false positive: the
contract is one alert per new fact.
"""

from __future__ import annotations

import base64
import html
import io
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from claimwatch.models import Alert, AlertKind, ClaimEvent

#: Beyond this many actors the rest get a table row but no plot: a 100,000-item
#: archive can name hundreds of actors and matplotlib takes ~0.2 s per figure.
MAX_PLOTS = 60


# --------------------------------------------------------------------------- scoring


def norm(text: str | None) -> str:
    """Case, accent and punctuation-insensitive form, so "D.P.R.K." matches "dprk"."""
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "", folded.lower())


@lru_cache(maxsize=1)
def country_names() -> dict[str, list[str]]:
    """ISO alpha-2 code -> the country's name and aliases, from the gazetteer.

    Optional: when the gazetteer cannot load, actors and places still match by
    name and code.
    """
    try:
        from claimwatch.core.gazetteer import Gazetteer

        countries: Iterable[Any] = Gazetteer.load().countries()
        out: dict[str, list[str]] = {}
        for c in countries:
            code, name = getattr(c, "iso2", None), getattr(c, "name", None)
            if isinstance(code, str) and isinstance(name, str):
                out[code.upper()] = [name, *getattr(c, "aliases", ())]
        return out
    except Exception:
        return {}


@dataclass(frozen=True, slots=True)
class Expected:
    line: int
    item_id: str
    kind: str
    actor: str
    category: str | None
    value: int | None
    location: str | None

    def fact(self) -> str:
        return str(self.value) if self.kind == AlertKind.new_figure else str(self.location)


class ExpectedFileError(ValueError):
    """The expected-alert file has a line that is not an expected alert."""


def read_expected(path: Path) -> list[Expected]:
    """Rows of an expected-alert file; a malformed line is an error, since scores would be silently wrong."""
    rows: list[Expected] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
            kind = str(d["kind"])
            if kind not in (AlertKind.new_figure, AlertKind.new_location):
                raise ValueError(f"unknown kind {kind!r}")
            value = d.get("value")
            rows.append(
                Expected(
                    line=n,
                    item_id=str(d["item_id"]),
                    kind=kind,
                    actor=str(d["actor"]),
                    category=d.get("category"),
                    value=int(value) if value is not None else None,
                    location=d.get("location"),
                )
            )
        except (ValueError, KeyError, TypeError) as e:
            raise ExpectedFileError(f"{path}:{n}: not an expected alert: {e}") from e
    return rows


def actor_keys(alert: Alert) -> set[str]:
    keys = {norm(alert.actor.name), norm(alert.actor.code)}
    keys.update(norm(n) for n in country_names().get(alert.actor.code.upper(), []))
    return keys - {""}


def place_keys(alert: Alert) -> list[str]:
    """Candidate names of the alert's place, most specific first (name, as written, region, country)."""
    loc = alert.location
    if loc is None:
        return []
    cands = [loc.name, loc.text, loc.admin1]
    if loc.country_code:
        cands += country_names().get(loc.country_code.upper(), [])[:1]
    out: list[str] = []
    for c in cands:
        k = norm(c)
        if k and k not in out:
            out.append(k)
    return out


def alert_fact(alert: Alert) -> str:
    """The fact an alert announces, for spotting duplicate alerts."""
    if alert.kind is AlertKind.new_figure and alert.figure is not None:
        return f"{alert.topic}:{alert.figure.value}"
    loc = alert.location
    assert loc is not None
    return f"loc:{loc.geonames_id if loc.geonames_id is not None else norm(loc.name)}"


@dataclass(slots=True)
class AlertScore:
    """How one alert fared against the expected timeline."""

    status: str  # "match" | "duplicate" | "spurious" | "unscored"
    expected: Expected | None = None
    lag_items: int | None = None
    lag_seconds: float | None = None

    @property
    def timing(self) -> str:
        if self.lag_items is None:
            return "" if self.status != "match" else "unknown"
        if self.lag_items == 0:
            return "on time"
        return f"late by {self.lag_items} item(s)" if self.lag_items > 0 else f"early by {-self.lag_items} item(s)"


@dataclass(slots=True)
class Scores:
    per_alert: list[AlertScore]
    missed: list[Expected]
    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0
    on_time: int = 0
    late: int = 0
    early: int = 0
    lag_unknown: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "duplicates": self.duplicates,
            "lead_lag": {
                "on_time": self.on_time,
                "late": self.late,
                "early": self.early,
                "unknown": self.lag_unknown,
            },
        }


@dataclass(slots=True)
class Timeline:
    """Where each item sits in published order, for lead/lag of an alert against the expected item."""

    position: dict[str, int] = field(default_factory=dict)
    published: dict[str, datetime] = field(default_factory=dict)

    @classmethod
    def build(cls, seen: Iterable[tuple[str, datetime]]) -> Timeline:
        t = cls()
        for item_id, at in sorted(seen, key=lambda p: p[1]):
            if item_id not in t.position:
                t.position[item_id] = len(t.position)
                t.published[item_id] = at
        return t


def _timeline(summary: Any, alerts: list[Alert], claims: list[ClaimEvent] | None) -> Timeline:
    """The backtest's own item order when it recorded one, else what alerts and claims tell."""
    seen = list(getattr(summary, "timeline", None) or [])
    if seen:
        t = Timeline()
        for item_id, at in seen:
            if item_id not in t.position:
                t.position[item_id] = len(t.position)
                t.published[item_id] = at
        return t
    pairs = [(a.item_id, a.published_at) for a in alerts]
    pairs += [(c.item_id, c.published_at) for c in claims or []]
    return Timeline.build(pairs)


def score(alerts: list[Alert], expected: list[Expected], timeline: Timeline) -> Scores:
    """Match alerts (in their order) to expected rows; each row matches at most once."""
    by_key: dict[tuple[str, str, str], list[Expected]] = defaultdict(list)
    for e in expected:
        fact = str(e.value) if e.kind == AlertKind.new_figure else norm(e.location)
        topic = norm(e.category) if e.kind == AlertKind.new_figure else ""
        by_key[(e.kind, norm(e.actor), f"{topic}:{fact}")].append(e)
    used: set[int] = set()
    seen_facts: set[tuple[str, str, str]] = set()
    result = Scores(per_alert=[], missed=[])
    for a in alerts:
        fact_id = (a.kind.value, a.actor.code, alert_fact(a))
        if fact_id in seen_facts:
            result.per_alert.append(AlertScore("duplicate"))
            result.fp += 1
            result.duplicates += 1
            continue
        seen_facts.add(fact_id)
        if a.kind is AlertKind.new_figure and a.figure is not None:
            facts = [f"{norm(a.topic)}:{a.figure.value}"]
        else:
            facts = [f":{k}" for k in place_keys(a)]
        match: Expected | None = None
        for fact in facts:  # place names in order of preference: the first that is expected wins
            for actor in sorted(actor_keys(a)):
                for e in by_key.get((a.kind.value, actor, fact), []):
                    if id(e) not in used:
                        match = e
                        break
                if match:
                    break
            if match:
                break
        if match is None:
            result.per_alert.append(AlertScore("spurious"))
            result.fp += 1
            continue
        used.add(id(match))
        result.tp += 1
        s = AlertScore("match", match)
        pa, pe = timeline.position.get(a.item_id), timeline.position.get(match.item_id)
        if a.item_id == match.item_id:
            s.lag_items, s.lag_seconds = 0, 0.0
        elif pa is not None and pe is not None:
            s.lag_items = pa - pe
        if match.item_id in timeline.published and a.item_id != match.item_id:
            s.lag_seconds = (a.published_at - timeline.published[match.item_id]).total_seconds()
        if s.lag_items is None:
            result.lag_unknown += 1
        elif s.lag_items == 0:
            result.on_time += 1
        elif s.lag_items > 0:
            result.late += 1
        else:
            result.early += 1
        result.per_alert.append(s)
    result.missed = [e for e in expected if id(e) not in used]
    result.fn = len(result.missed)
    return result


# --------------------------------------------------------------------------- plots


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-") or "actor"


def plot_actor(actor: str, alerts: list[Alert], claims: list[ClaimEvent]) -> bytes:
    """A PNG: figures over time per topic; claims as dots, alerts as stars, new places as dotted lines."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 3.6), dpi=96)
    try:
        topics = sorted({c.topic for c in claims if c.figure} | {a.topic for a in alerts if a.figure})
        colors = {t: f"C{i % 10}" for i, t in enumerate(topics)}
        values: list[int] = []
        for t in topics:
            pts = [(c.published_at, c.figure.value, c.denied) for c in claims if c.topic == t and c.figure]
            kept = [(x, y) for x, y, d in pts if not d]
            denied = [(x, y) for x, y, d in pts if d]
            if kept:
                ax.scatter(
                    [p[0] for p in kept], [p[1] for p in kept], s=18, color=colors[t], alpha=0.6, label=f"{t} claims"
                )
            if denied:
                ax.scatter(
                    [p[0] for p in denied],
                    [p[1] for p in denied],
                    s=18,
                    facecolors="none",
                    edgecolors=colors[t],
                    alpha=0.6,
                    label=f"{t} denied",
                )
            marks = [a for a in alerts if a.topic == t and a.figure is not None]
            if marks:
                ax.scatter(
                    [a.published_at for a in marks],
                    [a.figure.value for a in marks if a.figure],
                    s=110,
                    marker="*",
                    color=colors[t],
                    edgecolors="black",
                    linewidths=0.6,
                    zorder=3,
                    label=f"{t} new figure",
                )
            values += [p[1] for p in pts] + [a.figure.value for a in marks if a.figure]
        places = [a for a in alerts if a.kind is AlertKind.new_location and a.location]
        for i, a in enumerate(places):
            ax.axvline(
                a.published_at, color="0.45", linestyle=":", linewidth=1, label="new location" if i == 0 else None
            )
            if i < 25 and a.location:
                ax.annotate(
                    a.location.name[:28],
                    (a.published_at, 1.0),
                    xycoords=("data", "axes fraction"),
                    rotation=90,
                    fontsize=7,
                    va="top",
                    ha="right",
                    color="0.3",
                )
        if values and min(values) > 0 and max(values) / min(values) > 50:
            ax.set_yscale("log")
        ax.set_title(actor, fontsize=10)
        ax.set_ylabel("figure")
        ax.grid(True, alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
        fig.autofmt_xdate()
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    finally:
        plt.close(fig)


# --------------------------------------------------------------------------- html

_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;max-width:1400px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5em 0;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.num{text-align:right}
.match{background:#eaf7ea}.spurious,.duplicate{background:#fbeaea}.missed{background:#fff4dd}
.ev{max-width:520px}.muted{color:#777}img{max-width:100%;border:1px solid #eee}
.scores td{font-size:15px}
"""


def _e(x: object) -> str:
    return html.escape("" if x is None else str(x))


def _fact_text(a: Alert) -> str:
    if a.figure is not None and a.kind is AlertKind.new_figure:
        return f"{a.figure.value:,} ({a.figure.text})"
    if a.location is not None:
        extra = ", ".join(x for x in (a.location.admin1, a.location.country_code) if x)
        return f"{a.location.name}" + (f" ({extra})" if extra else "")
    return ""


def _scores_html(sc: Scores) -> str:
    rows = [
        ("precision", f"{sc.precision:.3f}"),
        ("recall", f"{sc.recall:.3f}"),
        ("F1", f"{sc.f1:.3f}"),
        ("matched", sc.tp),
        ("false positives", f"{sc.fp} (of which duplicates {sc.duplicates})"),
        ("missed", sc.fn),
        ("on time / late / early / unknown", f"{sc.on_time} / {sc.late} / {sc.early} / {sc.lag_unknown}"),
    ]
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    return f'<h2 id="scores">Scores against the expected timeline</h2><table class="scores">{body}</table>'


def _alert_table(alerts: list[Alert], scores: dict[int, AlertScore] | None) -> str:
    head = ["published", "kind", "topic", "fact", "claimant", "source", "item", "evidence"]
    if scores is not None:
        head += ["score", "lead/lag"]
    out = ["<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    for a in alerts:
        s = scores.get(id(a)) if scores is not None else None
        claimant = a.claim.claimant.name if a.claim.claimant else "(the item itself)"
        cells = [
            a.published_at.isoformat(),
            a.kind.value,
            a.topic,
            _fact_text(a),
            claimant,
            a.source,
            a.item_id,
        ]
        tds = "".join(f"<td>{_e(c)}</td>" for c in cells)
        tds += f'<td class="ev">{_e(a.claim.evidence.sentence)}</td>'
        cls = ""
        if s is not None:
            cls = f' class="{s.status}"'
            lag = s.timing
            if s.lag_seconds:
                lag += f" ({s.lag_seconds / 3600:+.1f} h)"
            exp = f" (expected on {s.expected.item_id})" if s.expected and s.expected.item_id != a.item_id else ""
            tds += f"<td>{_e(s.status)}{_e(exp)}</td><td>{_e(lag)}</td>"
        out.append(f"<tr{cls}>{tds}</tr>")
    out.append("</table>")
    return "".join(out)


def _missed_table(missed: list[Expected]) -> str:
    if not missed:
        return "<p>None: every expected alert was raised.</p>"
    head = "<tr><th>item</th><th>kind</th><th>actor</th><th>category</th><th>fact</th></tr>"
    rows = "".join(
        f'<tr class="missed"><td>{_e(e.item_id)}</td><td>{_e(e.kind)}</td><td>{_e(e.actor)}</td>'
        f"<td>{_e(e.category)}</td><td>{_e(e.fact())}</td></tr>"
        for e in missed
    )
    return f"<table>{head}{rows}</table>"


# --------------------------------------------------------------------------- entry


def write_report(
    out_dir: Path | None,
    *,
    summary: Any,
    alerts: list[Alert],
    expected: Path | None,
    claims: list[ClaimEvent] | None = None,
    stream: TextIO | None = None,
) -> dict[str, Any]:
    """Write the report folder (when ``out_dir``) and/or score against ``expected``; return summary.json's content.

    Without ``out_dir`` the scores go to ``stream`` so that ``backtest --expected``
    alone is a quick quality check.
    """
    timeline = _timeline(summary, alerts, claims)
    doc: dict[str, Any] = {"backtest": summary.to_json() if hasattr(summary, "to_json") else {}}
    scores: Scores | None = None
    if expected is not None:
        scores = score(alerts, read_expected(expected), timeline)
        doc.update(scores.to_json())
        doc["expected_file"] = str(expected)
        doc["alerts"] = [
            {
                "alert_id": a.alert_id,
                "item_id": a.item_id,
                "kind": a.kind.value,
                "actor": a.actor.name,
                "topic": a.topic,
                "fact": _fact_text(a),
                "status": s.status,
                "expected_item_id": s.expected.item_id if s.expected else None,
                "lag_items": s.lag_items,
                "lag_seconds": s.lag_seconds,
            }
            for a, s in zip(alerts, scores.per_alert, strict=True)
        ]
        doc["missed"] = [
            {
                "item_id": e.item_id,
                "kind": e.kind,
                "actor": e.actor,
                "category": e.category,
                "value": e.value,
                "location": e.location,
            }
            for e in scores.missed
        ]
    if out_dir is None:
        if scores is not None:
            print(
                f"alerts vs expected: precision {scores.precision:.3f}, recall {scores.recall:.3f}, "
                f"F1 {scores.f1:.3f} (matched {scores.tp}, false positives {scores.fp} incl. "
                f"{scores.duplicates} duplicates, missed {scores.fn}; on time {scores.on_time}, "
                f"late {scores.late}, early {scores.early})",
                file=stream or sys.stderr,
            )
        return doc

    out_dir.mkdir(parents=True, exist_ok=True)
    plots_dir = out_dir / "plots"
    plots_dir.mkdir(exist_ok=True)
    by_actor: dict[str, list[Alert]] = defaultdict(list)
    names: dict[str, str] = {}
    for a in alerts:
        by_actor[a.actor.code].append(a)
        names.setdefault(a.actor.code, a.actor.name)
    claims_by_actor: dict[str, list[ClaimEvent]] = defaultdict(list)
    for c in claims or []:
        claims_by_actor[c.actor.code].append(c)
        names.setdefault(c.actor.code, c.actor.name)
    order = sorted(names, key=lambda code: (-len(by_actor.get(code, [])), names[code].lower()))
    per_score = {id(a): s for a, s in zip(alerts, scores.per_alert, strict=True)} if scores else None

    sections: list[str] = []
    plots: list[str] = []
    toc: list[str] = []
    for n, code in enumerate(order):
        acts = sorted(by_actor.get(code, []), key=lambda a: a.published_at)
        anchor = f"a{n}"
        name = names[code]
        toc.append(f'<li><a href="#{anchor}">{_e(name)}</a> <span class="muted">({len(acts)} alerts)</span></li>')
        parts = [f'<h2 id="{anchor}">{_e(name)} <span class="muted">[{_e(code)}]</span></h2>']
        if n < MAX_PLOTS:
            png = plot_actor(name, acts, claims_by_actor.get(code, []))
            fname = f"plots/{n:03d}-{_slug(code)}.png"
            (out_dir / fname).write_bytes(png)
            plots.append(fname)
            b64 = base64.b64encode(png).decode("ascii")
            parts.append(f'<img alt="{_e("figures over time: " + name)}" src="data:image/png;base64,{b64}">')
        else:
            parts.append(f'<p class="muted">No plot: only the first {MAX_PLOTS} actors are plotted.</p>')
        places = [a for a in acts if a.kind is AlertKind.new_location and a.location]
        if places:
            li = "".join(
                f"<li>{_e(_fact_text(a))} <span class='muted'>first on {_e(a.published_at.date())} "
                f"({_e(a.source)}, {_e(a.item_id)})</span></li>"
                for a in places
            )
            parts.append(f"<h3>Locations in order of first appearance</h3><ol>{li}</ol>")
        if acts:
            parts.append("<h3>Alerts</h3>" + _alert_table(acts, per_score))
        sections.append("\n".join(parts))

    bt = doc["backtest"]
    facts = "".join(
        f"<tr><th>{_e(k)}</th><td>{_e(json.dumps(v) if isinstance(v, dict) else v)}</td></tr>" for k, v in bt.items()
    )
    page = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>claimwatch backtest report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>claimwatch backtest report</h1>",
        f"<table>{facts}<tr><th>alerts listed</th><td>{len(alerts)}</td></tr></table>",
    ]
    if scores is not None:
        page.append(_scores_html(scores))
        page.append("<h3>Expected alerts that were not raised</h3>" + _missed_table(scores.missed))
        unowned = [a for a, s in zip(alerts, scores.per_alert, strict=True) if s.status != "match"]
        page.append(f"<p>{len(unowned)} alert(s) not in the expected timeline are marked in the tables below.</p>")
    page.append(f"<h2>Actors</h2><ul>{''.join(toc)}</ul>")
    page += sections
    page.append("</body></html>")
    (out_dir / "index.html").write_text("\n".join(page), encoding="utf-8")
    doc["plots"] = plots
    doc["actors"] = {names[c]: len(by_actor.get(c, [])) for c in order}
    (out_dir / "summary.json").write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return doc
