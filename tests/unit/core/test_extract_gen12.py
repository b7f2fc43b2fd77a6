"""Extraction rules of gen12: naval formations and port visits, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "body",
    [
        "The Indian task group entered the Arabian Sea on Monday.",
        "An Indian flotilla was deployed to the Arabian Sea last week.",
        "India's carrier strike group entered the Arabian Sea.",
        "An Indian naval task force arrived in the Arabian Sea.",
    ],
)
def test_a_naval_formation_is_a_force_of_its_state(ex: Extractor, body: str) -> None:
    # a task group, strike group or flotilla is the state's forces as much as its warships are
    claims = run(ex, body)
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("IN", "Arabian Sea")}


def test_a_patrol_boat_is_a_force_of_its_state(ex: Extractor) -> None:
    claims = run(ex, "Two Chinese patrol boats entered the lagoon at Scarborough Shoal on Friday.")
    assert ("CN", "equipment", 2) in figs(claims)
    assert {c.location.name for c in claims if c.location and c.actor.code == "CN"} == {"Scarborough Shoal"}


def test_a_patrol_ship_named_after_its_state_places_that_state(ex: Extractor) -> None:
    claims = run(ex, "The Dutch patrol ship HNLMS Groningen arrived in Belize in May, the navy said.")
    assert locs(claims) == {("NL", "BZ")}


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


def test_a_visited_country_owns_no_forces(ex: Extractor) -> None:
    # the country after "visited" is where the ships went, not whose ships they are
    claims = run(ex, "Three Spanish warships visited Senegal with about 600 sailors aboard.")
    assert ("ES", "troops", 600) in figs(claims)
    assert not any(c.actor.code == "SN" for c in claims)


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


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("PNS Khaibar arrived in Bahrain on Monday with about 180 sailors aboard.", "PK"),
        ("FGS Sachsen arrived in Djibouti with about 230 crew.", "DE"),
        ("KRI Raden Eddy Martadinata sailed to the Andaman Sea with 120 sailors.", "ID"),
        ("ORP Slazak joined the patrol in the Baltic Sea with about 90 sailors.", "PL"),
        ("BRP Gregorio del Pilar reached the Sulu Sea with about 80 sailors.", "PH"),
    ],
)
def test_a_navy_ship_prefix_names_its_state(ex: Extractor, body: str, state: str) -> None:
    claims = run(ex, body)
    assert {c.actor.code for c in claims} == {state}
    assert any(c.figure is not None for c in claims)


def test_a_ship_named_by_its_prefix_alone_is_a_force(ex: Extractor) -> None:
    # no "frigate" or "warship" in the sentence: the prefix says the ship is a navy's
    claims = run(ex, "HMS Medway visited Belize last week.")
    assert locs(claims) == {("GB", "BZ")}


def test_an_upper_case_prefix_word_in_ordinary_text_is_no_ship(ex: Extractor) -> None:
    assert run(ex, "Its share of ITS revenue rose by 4 percent, the company said.") == []


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


def test_a_state_after_of_a_is_no_subject_of_the_item(ex: Extractor) -> None:
    # "the arrival ... of a British patrol vessel" names the object of "of": the item stays about Chile's forces
    claims = run(
        ex,
        "Chile on Monday ordered 1,200 troops to the north in response to the arrival of a Peruvian navy patrol "
        "vessel. The defence minister said the exercise would involve aircraft and 1,400 servicemen.",
    )
    assert ("CL", "troops", 1400) in figs(claims)
    assert not any(c.actor.code == "PE" and c.figure is not None for c in claims)
