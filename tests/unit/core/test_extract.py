"""Extraction end to end on invented items: actors, figures, locations and flags."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent, NewsItem


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def run(ex: Extractor, body: str) -> list[ClaimEvent]:
    item = NewsItem(id="t-1", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), body=body)
    return ex.extract(item)


def figs(claims: list[ClaimEvent]) -> set[tuple[str, str, int]]:
    return {(c.actor.code, c.topic, c.figure.value) for c in claims if c.figure and not c.denied}


def locs(claims: list[ClaimEvent]) -> set[tuple[str, str | None]]:
    return {(c.actor.code, c.location.country_code) for c in claims if c.location and not c.denied}


def test_figure_with_place_is_one_claim(ex: Extractor) -> None:
    claims = run(ex, "Iran has sent about 400 soldiers to Venezuela, officials said.")
    assert figs(claims) == {("IR", "troops", 400)}
    assert locs(claims) == {("IR", "VE")}
    c = next(c for c in claims if c.figure)
    assert c.figure is not None and c.figure.approx and c.location is not None
    assert c.evidence.start == 0 and c.evidence.sentence.startswith("Iran has sent")


def test_actor_is_whose_forces_are_counted(ex: Extractor) -> None:
    claims = run(ex, "Syria intends to bring in about 2,000 fighters from Iran to hold the east.")
    assert figs(claims) == {("IR", "troops", 2000)}
    claims = run(ex, "Belarus now hosts up to 3,000 Chinese troops.")
    assert figs(claims) == {("CN", "troops", 3000)}


def test_nationals_fighters(ex: Extractor) -> None:
    claims = run(ex, "At least 150 Nepali mercenaries are fighting in Ukraine, the ministry said.")
    assert ("np-fighters", "troops", 150) in figs(claims)
    assert all(c.actor.kind == "nationals" for c in claims if c.figure)


def test_group_actor_and_two_places(ex: Extractor) -> None:
    claims = run(ex, "Hezbollah fighters were deployed to Syria and to Iraq last year.")
    assert locs(claims) == {("hezbollah", "SY"), ("hezbollah", "IQ")}


def test_two_figures_two_claims(ex: Extractor) -> None:
    claims = run(ex, "Israel said 12 Hezbollah fighters were killed and 30 wounded in the clash.")
    assert {("hezbollah", "casualties", 12), ("hezbollah", "casualties", 30)} <= figs(claims)


def test_venue_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "At a summit in Nairobi, the president said 500 Kenyan troops are stationed in Haiti.")
    assert locs(claims) == {("KE", "HT")}
    claims = run(ex, "Speaking at a press conference in Ankara, he said Iran had sent drones to Sudan.")
    assert ("IR", "TR") not in locs(claims)


def test_claimant_seat_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Officials in Bogota say 200 Venezuelan soldiers crossed into Guyana.")
    assert locs(claims) == {("VE", "GY")}


def test_home_country_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Iran has 5,000 troops in Iran and 700 soldiers in Syria.")
    assert ("IR", "IR") not in locs(claims)
    assert ("IR", "SY") in locs(claims)


def test_departure_and_transit_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "Some 900 Chinese troops flew from Tibet via Pakistan to Myanmar.")
    assert locs(claims) == {("CN", "MM")}


def test_hypothetical_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Analysts say 1,000 Iranian troops could enter Iraq next month.")
    assert figs(claims) == {("IR", "troops", 1000)}
    assert locs(claims) == set()


def test_strike_target_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Houthi fighters fired 20 missiles at Eilat, Israel's army said.")
    assert ("houthis", "IL") not in locs(claims)


def test_denied_and_hedged(ex: Extractor) -> None:
    claims = run(ex, "Caracas denied that Venezuelan troops were deployed in Guyana.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "Chad reportedly moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)
    claims = run(ex, "There was no sign of Iranian soldiers in Yemen, the agency said.")
    assert claims and all(c.denied for c in claims)


def test_background_section(ex: Extractor) -> None:
    body = "Chad moved 600 troops to Niger.\n\nBackground:\n\n- In 2022, Chad sent 400 soldiers to Mali.\n"
    claims = run(ex, body)
    bg = {c.figure.value: c.background for c in claims if c.figure}
    assert bg == {600: False, 400: True}


def test_non_figures_make_no_claims(ex: Extractor) -> None:
    claims = run(ex, "On 23 March, a 19-year-old Chadian soldier was paid $300, officials said.")
    assert figs(claims) == set()


def test_claim_ids_are_deterministic(ex: Extractor) -> None:
    body = "Iran has sent about 400 soldiers to Venezuela."
    a = [c.claim_id for c in run(ex, body)]
    b = [c.claim_id for c in run(ex, body)]
    assert a == b and len(a[0]) == 16


def test_module_level_extract() -> None:
    from claimwatch.core.extract import extract

    item = NewsItem(id="x", source="s", published_at=datetime(2025, 1, 1, tzinfo=UTC), body="No claims here.")
    assert extract(item) == []
