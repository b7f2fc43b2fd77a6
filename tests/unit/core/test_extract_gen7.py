"""Extraction rules for speaker pronouns, bare counts after named forces, and nationals (invented items)."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_ships_passing_through_a_strait_or_sea_are_there(ex: Extractor) -> None:
    claims = run(ex, "Two Spanish navy ships sailed through the Taiwan Strait on Friday, the navy said.")
    assert {c.location.name for c in claims if c.location and c.actor.code == "ES"} == {"Taiwan Strait"}
    claims = run(ex, "Three Portuguese patrol ships transited the Mozambique Channel on Monday.")
    assert {c.location.name for c in claims if c.location and c.actor.code == "PT"} == {"Mozambique Channel"}
    # a city or a country passed through on the way is a transit point
    claims = run(ex, "About 200 Belgian soldiers flew to Niger through Algeria last week.")
    assert ("BE", "DZ") not in locs(claims)


def test_a_contrasting_speakers_negation_does_not_deny_the_claim(ex: Extractor) -> None:
    body = (
        "About 200 Chilean soldiers will train in Peru from August, the army said, while Peru's president "
        "insisted the deal would never become a foreign base."
    )
    claims = run(ex, body)
    assert ("CL", "troops", 200) in figs(claims)
    body = "Chile has no soldiers in Peru, the ministry said, while the opposition said otherwise."
    assert all(c.denied for c in run(ex, body))


def test_a_sea_naming_a_coast_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 200 Chilean soldiers will train at a camp on Colombia's Caribbean coast.")
    assert {c.location.name for c in claims if c.location} == {"Colombia"}
    claims = run(ex, "Two Chilean frigates are patrolling the Caribbean.")
    assert ("CL", None) in locs(claims)


def test_each_count_keeps_the_place_named_with_it(ex: Extractor) -> None:
    body = "It said more than 7,000 Chadian fighters were sent to Libya in 2020, and that about 900 were sent to Sudan."
    claims = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert placed == {(7000, "LY"), (900, "SD")}


def test_a_country_that_locates_a_departure_point_is_no_location(ex: Extractor) -> None:
    body = "The Chadian fighters were flown from Gaziantep in southern Turkey via Istanbul to Niamey, it said."
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.location} == {"NE"}


def test_civilians_travelling_on_visas_are_not_deployed_there(ex: Extractor) -> None:
    body = (
        "At least 60 Ugandans have been recruited to fight for Russia, the ministry said.\n\n"
        "The Ugandan recruits flew to Minsk on tourist visas and were trained in the Rostov region."
    )
    claims = run(ex, body)
    places = {c.location.name for c in claims if c.location and c.actor.code == "ug-fighters"}
    assert "Minsk" not in places and "Rostov Oblast" in places


def test_ports_where_ships_stopped_on_the_way_are_transit_points(ex: Extractor) -> None:
    body = "The two Italian frigates left Taranto on May 4 and reached Singapore after stops in Djibouti and Goa."
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.location} == {"SG"}
