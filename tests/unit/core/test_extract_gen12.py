"""Extraction rules of gen12: naval formations and port visits, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_warship_that_visited_a_country_is_there(ex: Extractor) -> None:
    claims = run(ex, "The Norwegian frigate visited Ghana and Togo last week.")
    assert locs(claims) == {("NO", "GH"), ("NO", "TG")}


def test_ships_visiting_a_country_are_there_with_their_count(ex: Extractor) -> None:
    claims = run(ex, "Two Japanese minesweepers visited Cambodia in February.")
    assert ("JP", "equipment", 2) in figs(claims)
    assert locs(claims) == {("JP", "KH")}


@pytest.mark.parametrize(
    "body",
    [
        "Germany's defence minister visited Lithuania on Monday.",
        "President Macron visited Ghana last week, the Elysee said.",
        "A delegation of Turkish lawmakers is visiting Somalia this week.",
    ],
)
def test_a_visit_by_officials_places_no_forces(ex: Extractor, body: str) -> None:
    # "visited" places forces only where the sentence names a force: a minister's trip moves none
    assert locs(run(ex, body)) == set()


def test_a_named_sea_beyond_the_old_table_is_where_ships_are(ex: Extractor) -> None:
    claims = run(ex, "Two Russian submarines were spotted in the Irish Sea last week.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("RU", "Irish Sea")}


def test_a_strait_passed_on_the_way_into_a_sea_is_a_transit_point(ex: Extractor) -> None:
    # "through X into Y": the ships went to Y; X was on the way
    claims = run(ex, "A Chinese carrier group sailed through the Bashi Channel into the Philippine Sea this week.")
    assert {c.location.name for c in claims if c.location} == {"Philippine Sea"}


def test_a_strait_sailed_through_with_no_onward_place_is_where_ships_are(ex: Extractor) -> None:
    claims = run(ex, "Two Chinese destroyers sailed through the Taiwan Strait on Monday.")
    assert {c.location.name for c in claims if c.location} == {"Taiwan Strait"}


def test_ships_detected_or_sighted_somewhere_are_there(ex: Extractor) -> None:
    claims = run(
        ex,
        "Three Chinese warships sailed south past Papua New Guinea, the navy said. "
        "They were first detected in the Coral Sea on Sept. 7.",
    )
    assert ("CN", "Coral Sea") in {(c.actor.code, c.location.name) for c in claims if c.location}
    claims = run(ex, "Two Russian corvettes were sighted in the Celtic Sea on Tuesday.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("RU", "Celtic Sea")}


def test_a_sea_crossed_on_the_way_to_a_named_destination_is_a_transit_point(ex: Extractor) -> None:
    claims = run(ex, "More than 200 Iranian missiles were shipped to Russia across the Caspian Sea, officials said.")
    assert {c.location.name for c in claims if c.location} == {"Russia"}
    # with no destination named, the sea crossed is where the forces are
    claims = run(ex, "Two Russian warships were deployed across the Baltic Sea.")
    assert {c.location.name for c in claims if c.location} == {"Baltic Sea"}


@pytest.mark.parametrize(
    ("body", "host"),
    [
        ("Germany hosts U.S. forces at several bases.", "DE"),
        ("Djibouti hosts French troops at a base near the port.", "DJ"),
        ("Japan hosts American forces on Okinawa and in Yokosuka.", "JP"),
    ],
)
def test_hosted_forces_are_the_guests_at_the_host(ex: Extractor, body: str, host: str) -> None:
    # the forces after "hosts" are the guest's, not the host's, and hosting places them there
    claims = run(ex, body)
    assert claims
    assert all(c.actor.code != host for c in claims)
    assert {c.location.country_code for c in claims if c.location} == {host}


@pytest.mark.parametrize(
    "body",
    [
        "Iran will send its forces to Syria, officials said.",
        "Iran is likely to deploy some of its regular forces to Syria.",
        "Iran plans to station its forces in Syria.",
        "Iran intends to dispatch its forces to Syria next month.",
    ],
)
def test_a_planned_move_in_the_verb_s_base_form_places_forces(ex: Extractor, body: str) -> None:
    # "will send", "likely to deploy": a planned move counts as much as "sent" or "deployed"
    assert locs(run(ex, body)) == {("IR", "SY")}


def test_sending_a_delegation_moves_no_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Iran will send a delegation to Syria next week.")) == set()


def test_a_state_named_before_its_organisation_is_no_place(ex: Extractor) -> None:
    # the claimant's organisation "Norway's Intelligence Service" places nothing in Norway
    claims = run(ex, "About 40 Russian sailors arrived in Syria, Norway's Intelligence Service told lawmakers.")
    assert locs(claims) == {("RU", "SY")}
