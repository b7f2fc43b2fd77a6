"""The backtest report renders from alerts alone and scores them against a hand-made timeline."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from claimwatch.models import (
    Actor,
    ActorKind,
    Alert,
    AlertKind,
    Claimant,
    ClaimEvent,
    Evidence,
    Figure,
    Location,
    Previous,
    Severity,
)
from claimwatch.offline.backtest import BacktestSummary
from claimwatch.offline.report import ExpectedFileError, norm, read_expected, write_report

T0 = datetime(2024, 10, 1, 8, 0, tzinfo=UTC)
DPRK = Actor(name="North Korea", code="KP", kind=ActorKind.state)
BRIGADE = Actor(name="Red Ridge Brigade", code="red-ridge-brigade", kind=ActorKind.group)


def at(day: int) -> datetime:
    return T0 + timedelta(days=day)


def claim(
    item: str,
    day: int,
    actor: Actor,
    topic: str,
    *,
    value: int | None = None,
    location: Location | None = None,
    sentence: str = "A sentence.",
    denied: bool = False,
) -> ClaimEvent:
    return ClaimEvent(
        claim_id=f"c-{item}-{topic}-{value}-{location.name if location else ''}",
        item_id=item,
        source="Test Wire",
        published_at=at(day),
        actor=actor,
        claimant=Claimant(name="A defence ministry <spokesman>", kind="government"),
        topic=topic,
        figure=Figure(value=value, unit="soldiers", text=f"{value:,}") if value is not None else None,
        location=location,
        denied=denied,
        evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
    )


def alert(c: ClaimEvent) -> Alert:
    kind = AlertKind.new_figure if c.figure else AlertKind.new_location
    return Alert(
        alert_id=f"a-{c.claim_id}",
        kind=kind,
        actor=c.actor,
        topic=c.topic,
        figure=c.figure if kind is AlertKind.new_figure else None,
        location=c.location if kind is AlertKind.new_location else None,
        previous=Previous(),
        claim=c,
        item_id=c.item_id,
        source=c.source,
        published_at=c.published_at,
        detected_at=c.published_at,
        severity=Severity.info,
    )


KURSK = Location(name="Kursk", country_code="RU", admin1="Kursk Oblast", text="the Kursk region")


@pytest.fixture
def scenario(tmp_path: Path) -> tuple[BacktestSummary, list[Alert], list[ClaimEvent], Path]:
    """One on-time, one late, one missed, one spurious and one duplicate alert."""
    claims = [
        claim("i1", 0, DPRK, "troops", value=10_000, sentence="Seoul said <b>10,000</b> soldiers & more were sent."),
        claim("i2", 1, DPRK, "troops", value=10_000),
        claim("i3", 2, DPRK, "troops", value=11_000, denied=True),
        claim("i4", 3, DPRK, "troops", location=KURSK, sentence="They were moved to the Kursk region."),
        claim("i5", 4, DPRK, "equipment", value=50),
        claim("i5", 4, BRIGADE, "troops", value=300),
    ]
    alerts = [
        alert(claims[0]),  # on time: expected on i1
        alert(claims[3]),  # late: expected on i2, raised on i4 (two items, two days later)
        alert(claims[4]),  # spurious: not expected at all
        alert(claims[0].model_copy(update={"item_id": "i5", "published_at": at(4)})),  # duplicate of the first
        alert(claims[5]),  # on time, actor matched by its name with other punctuation
    ]
    expected = tmp_path / "expected.jsonl"
    rows = [
        {
            "item_id": "i1",
            "kind": "new_figure",
            "actor": "North Korea",
            "category": "troops",
            "value": 10000,
            "location": None,
        },
        {
            "item_id": "i2",
            "kind": "new_location",
            "actor": "north korea",
            "category": "troops",
            "value": None,
            "location": "Kursk Oblast",
        },
        {"item_id": "i3", "kind": "new_figure", "actor": "KP", "category": "troops", "value": 11000, "location": None},
        {
            "item_id": "i5",
            "kind": "new_figure",
            "actor": "Red-Ridge brigade",
            "category": "troops",
            "value": 300,
            "location": None,
        },
    ]
    expected.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = BacktestSummary(items=5, timeline=[(f"i{n}", at(n - 1)) for n in range(1, 6)])
    return summary, alerts, claims, expected


def test_scores_with_lead_lag(scenario, tmp_path):
    summary, alerts, claims, expected = scenario
    doc = write_report(tmp_path / "r", summary=summary, alerts=alerts, expected=expected, claims=claims)
    assert (doc["tp"], doc["fp"], doc["fn"], doc["duplicates"]) == (3, 2, 1, 1)
    assert doc["precision"] == pytest.approx(3 / 5, abs=1e-4)
    assert doc["recall"] == pytest.approx(3 / 4, abs=1e-4)
    assert doc["f1"] == pytest.approx(2 * 0.6 * 0.75 / 1.35, abs=1e-4)
    assert doc["lead_lag"] == {"on_time": 2, "late": 1, "early": 0, "unknown": 0}
    rows = doc["alerts"]
    assert [r["status"] for r in rows] == ["match", "match", "spurious", "duplicate", "match"]
    assert (rows[0]["lag_items"], rows[0]["lag_seconds"]) == (0, 0.0)
    assert rows[1]["expected_item_id"] == "i2"
    assert (rows[1]["lag_items"], rows[1]["lag_seconds"]) == (2, 2 * 86400.0)
    assert [m["value"] for m in doc["missed"]] == [11000]


def test_report_folder_renders(scenario, tmp_path):
    summary, alerts, claims, expected = scenario
    out = tmp_path / "report"
    write_report(out, summary=summary, alerts=alerts, expected=expected, claims=claims)
    page = (out / "index.html").read_text(encoding="utf-8")
    saved = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    for key in ("precision", "recall", "f1", "lead_lag", "backtest"):
        assert key in saved
    assert page.count('src="data:image/png;base64,') == 2  # one plot per actor
    assert len(saved["plots"]) == 2
    for rel in saved["plots"]:
        assert (out / rel).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<table>" in page and "late by 2 item(s)" in page and "duplicate" in page
    # evidence, claimant and places are there, escaped
    assert "Seoul said &lt;b&gt;10,000&lt;/b&gt; soldiers &amp; more were sent." in page
    assert "A defence ministry &lt;spokesman&gt;" in page
    assert "<b>10,000</b>" not in page
    assert "Locations in order of first appearance" in page and "Kursk (Kursk Oblast, RU)" in page
    assert "http://" not in page and "https://" not in page  # nothing to fetch: opens offline


def test_report_without_expected_or_claims(tmp_path):
    a = alert(claim("x1", 0, DPRK, "troops", location=KURSK))
    doc = write_report(tmp_path / "r", summary=BacktestSummary(), alerts=[a], expected=None)
    assert "precision" not in doc
    assert (tmp_path / "r" / "index.html").exists()


def test_scores_to_stderr_without_a_folder(scenario, capsys):
    summary, alerts, _, expected = scenario
    doc = write_report(None, summary=summary, alerts=alerts, expected=expected)
    err = capsys.readouterr().err
    assert "precision 0.600" in err and "recall 0.750" in err
    assert doc["f1"] > 0


def test_lag_falls_back_to_alert_times_without_a_timeline(scenario):
    _, alerts, _, expected = scenario
    doc = write_report(None, summary=BacktestSummary(), alerts=alerts[:2], expected=expected)
    # i2 is unknown without the backtest's timeline or claims: the late alert's lag is unknown
    assert doc["alerts"][1]["lag_items"] is None and doc["lead_lag"]["unknown"] == 1


def test_bad_expected_line_is_an_error(tmp_path):
    bad = tmp_path / "e.jsonl"
    bad.write_text('{"item_id": "x", "kind": "new_thing", "actor": "A"}\n', encoding="utf-8")
    with pytest.raises(ExpectedFileError, match=r"e\.jsonl:1"):
        read_expected(bad)


def test_norm_ignores_case_and_punctuation():
    assert norm("D.P.R.K.") == norm("dprk")
    assert norm("Zaporizhzhia Oblast") == norm("zaporizhzhia-oblast")
