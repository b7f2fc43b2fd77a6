"""Extraction rules of session 7 (lead): a single casualty and singular service members.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_ships_name_after_its_prefix_is_no_place_and_casts_no_vote(ex: Extractor) -> None:
    # "Severn" is also a town in Maryland: as a place it would pull "Bridgetown" to a US city of that old name
    claims = run(ex, "HMS Severn arrived in Bridgetown on Monday with about 50 sailors and 10 Royal Marines.")
    assert figs(claims) == {("GB", "troops", 50), ("GB", "troops", 10)}
    assert locs(claims) == {("GB", "BB")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Russia's Africa Corps has about 250 instructors in Mali.", ("africa-corps", "troops", 250)),
        ("Yemen's Houthis launched 14 drones at the port overnight.", ("houthis", "equipment", 14)),
    ],
)
def test_a_group_after_its_home_states_possessive_is_the_actor(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert figs(run(ex, body)) == {expected}


def test_the_state_named_on_its_own_keeps_its_own_figure(ex: Extractor) -> None:
    claims = run(ex, "Russia has 3,000 troops in Syria, and Russia's Wagner Group has 1,000 men in Libya.")
    assert ("RU", "troops", 3000) in figs(claims)
    assert ("RU", "troops", 1000) not in figs(claims)


@pytest.mark.parametrize(
    "body",
    [
        "Jamaica's coast guard has four patrol boats and about 300 personnel.",
        "The Jamaica Coast Guard has four patrol boats and about 300 personnel.",
    ],
)
def test_a_states_coast_guard_is_its_force_not_its_coast(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("JM", "equipment", 4), ("JM", "troops", 300)}


def test_a_states_coast_names_no_force(ex: Extractor) -> None:
    assert run(ex, "Jamaica's coast was battered by the storm, and 40 houses were destroyed.") == []


def test_a_coast_guard_cutter_prefix_names_its_state(ex: Extractor) -> None:
    claims = run(ex, "The cutter USCGC Alert, with about 100 crew aboard, docked in Apia on Friday.")
    assert figs(claims) == {("US", "troops", 100)}
    assert locs(claims) == {("US", "WS")}


@pytest.mark.parametrize(
    "body",
    [
        "Investigators counted about 250 Peruvian fighters, mostly veterans, with the RSF in Darfur.",
        "About 250 Peruvian fighters in the ranks of the RSF were seen near Nyala.",
    ],
)
def test_a_demonyms_fighters_serving_an_armed_group_are_its_nationals(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert {(c.actor.name, c.figure.value) for c in claims if c.figure} == {("Peruvian fighters", 250)}


@pytest.mark.parametrize(
    "body",
    [
        "About 2,000 Rwandan troops are fighting alongside the M23 in North Kivu, U.N. experts said.",
        "Some 500 Russian fighters with the Africa Corps are in Mali.",  # a group the state sponsors
    ],
)
def test_troops_beside_a_group_or_fighters_of_a_sponsored_group_are_no_nationals(ex: Extractor, body: str) -> None:
    assert not [c for c in run(ex, body) if c.actor.name.endswith(" fighters")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Qatar delivered 16 Turkish-made armoured vehicles to the Somali army.", {("QA", "equipment", 16)}),
        ("Poland has sent 12 U.S.-built F-16 jets to Lithuania.", {("PL", "equipment", 12)}),
        ("Russia launched 60 Iranian-designed drones overnight.", {("RU", "equipment", 60)}),
    ],
)
def test_who_made_a_weapon_is_not_whose_it_is(ex: Extractor, body: str, expected: set[tuple[str, str, int]]) -> None:
    claims = run(ex, body)
    assert figs(claims) == expected
    assert all(c.location is None or c.location.country_code != "US" for c in claims)  # "U.S.-built" is no place


def test_a_region_that_describes_a_country_is_no_place(ex: Extractor) -> None:
    body = "Britain deployed 200 Royal Marines to Fiji, its first such deployment to the Pacific island nation."
    assert locs(run(ex, body)) == {("GB", "FJ")}


def test_the_region_itself_is_still_a_place(ex: Extractor) -> None:
    assert {c.location.name for c in run(ex, "Fiji sent 40 soldiers to the Pacific.") if c.location} == {
        "Pacific Ocean"
    }


@pytest.mark.parametrize(
    "body",
    [
        "The first 14 Leopard 2A8 tanks for Norway's new armoured battalion arrived in Finnmark on Monday.",
        "Fourteen tanks for the Norwegian battalion arrived in Finnmark on Monday.",
    ],
)
def test_equipment_for_a_states_own_force_is_that_states(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("NO", "equipment", 14)}


def test_equipment_a_named_supplier_approved_for_another_army_stays_the_suppliers(ex: Extractor) -> None:
    assert figs(run(ex, "Italy approved 12 howitzers for Ukraine's army.")) == {("IT", "equipment", 12)}


def test_its_own_troops_in_a_relative_clause_belong_to_its_antecedent(ex: Extractor) -> None:
    body = "The company serves in the NATO brigade in Latvia led by Spain, which has about 600 of its own troops there."
    assert figs(run(ex, body)) == {("ES", "troops", 600)}


@pytest.mark.parametrize(
    "body",
    [
        "Chile bought 18 F-16s from the Netherlands in 2005.",
        "Chile operates 18 F-16s bought from the Netherlands in 2005.",
    ],
)
def test_a_purchase_is_a_figure_of_buyer_and_seller(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("CL", "equipment", 18), ("NL", "equipment", 18)}


def test_troops_from_a_state_are_no_sale(ex: Extractor) -> None:
    assert figs(run(ex, "Chad received 200 troops from Niger.")) == {("NE", "troops", 200)}


def test_the_other_side_of_a_sale_gets_no_place(ex: Extractor) -> None:
    claims = run(ex, "Chile bought six more F-16s from the Netherlands, which landed in Antofagasta.")
    assert {(c.actor.code, c.location is None) for c in claims if c.figure} == {("NL", False), ("CL", True)}


def test_a_states_aircraft_by_model_are_its_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Spanish F-18s are based in Lithuania.")) == {("ES", "LT")}


def test_a_commands_seat_is_no_deployment(ex: Extractor) -> None:
    body = "NATO's Allied Maritime Command in Northwood, Britain, which directs the patrols, said four frigates sailed."
    assert not [c for c in run(ex, body) if c.location is not None and c.location.country_code == "GB"]


def test_small_allied_air_bases_are_places(ex: Extractor) -> None:
    assert locs(run(ex, "Six U.S. P-8 aircraft are based at Sigonella.")) == {("US", "IT")}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("About 300 TTP fighters crossed into Kurram district.", "ttp"),
        ("The Polisario Front said 12 of its fighters were killed.", "polisario"),
        ("About 200 Akhmat fighters arrived in Kursk.", "akhmat"),
    ],
)
def test_well_known_armed_groups_are_their_own_actors(ex: Extractor, body: str, code: str) -> None:
    assert code in {c.actor.code for c in run(ex, body)}
