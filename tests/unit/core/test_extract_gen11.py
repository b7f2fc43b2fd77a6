"""Extraction rules of gen11: general patterns, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent


def places(claims: list[ClaimEvent]) -> set[tuple[str, str]]:
    return {(c.actor.code, c.location.name) for c in claims if c.location and not c.denied}


def test_arctic_and_caribbean_waters_are_places(ex: Extractor) -> None:
    # seas and straits the gazetteer lacked: each is its own place, not the country whose name it holds
    claims = run(ex, "Two Russian frigates spent the week in the Chukchi Sea, the navy said.")
    assert ("RU", "Chukchi Sea") in places(claims)
    claims = run(ex, "A Japanese destroyer was patrolling the Beaufort Sea on Friday.")
    assert ("JP", "Beaufort Sea") in places(claims)
    claims = run(ex, "Three Mexican patrol boats were deployed to the Straits of Florida last week.")
    assert places(claims) == {("MX", "Straits of Florida")}


def test_guantanamo_bay_is_in_cuba(ex: Extractor) -> None:
    claims = run(ex, "The submarine USS Helena arrived at Guantanamo Bay on Monday with about 140 sailors aboard.")
    assert figs(claims) == {("US", "troops", 140)}
    assert {c.location.country_code for c in claims if c.location} == {"CU"}


def test_a_missions_headquarters_city_is_its_seat_but_staff_posted_at_headquarters_are_there(ex: Extractor) -> None:
    claims = run(ex, "Aspides, headquartered in Larissa, had three frigates in the Red Sea in May.")
    assert places(claims) == {("aspides", "Red Sea")}
    claims = run(ex, "Togo keeps about 90 staff officers at the force's headquarters in Niamey.")
    assert figs(claims) == {("TG", "troops", 90)}
    assert {c.location.country_code for c in claims if c.location} == {"NE"}
