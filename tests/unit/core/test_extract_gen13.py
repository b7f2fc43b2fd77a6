"""Extraction rules of gen13, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_successor_mission_is_its_own_actor(ex: Extractor) -> None:
    # the Gang Suppression Force replaced the Multinational Security Support mission in Haiti under its own
    # mandate: its troops are not the MSS's
    claims = run(ex, "About 700 troops of the Gang Suppression Force are now deployed in Haiti, officials said.")
    assert ("gsf-haiti", "troops", 700) in figs(claims)
    assert ("gsf-haiti", "HT") in locs(claims)
    assert not any(c.actor.code == "mss-haiti" for c in claims)


def test_a_missions_forces_in_the_country_are_in_its_theatre(ex: Extractor) -> None:
    # the states named last voted on the mandate; "the country" of the mission's forces is where it serves
    body = (
        "The council renewed the mandate of UNMISS, with Russia and China abstaining. "
        "The mission has about 17,000 troops in the country, officials said."
    )
    assert locs(run(ex, body)) == {("unmiss", "SS")}


def test_a_chamber_a_speaker_addressed_is_a_venue(ex: Extractor) -> None:
    body = "The head of UNMISS, speaking from Juba to the council chamber in New York, said the mission would stay."
    assert ("unmiss", "US") not in locs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "KFOR patrols northern Kosovo. The force, commanded by Italian Maj. Gen. Mario Rossi, has about 4,500 troops.",
        "KFOR patrols northern Kosovo. The force, led by an Italian general, has about 4,500 troops.",
    ],
)
def test_a_commander_named_by_nationality_owns_no_forces(ex: Extractor, body: str) -> None:
    # the commander is a person: "Italian" says who he is, not whose the 4,500 troops are
    assert ("IT", "troops", 4500) not in figs(run(ex, body))


def test_forces_led_by_a_state_unit_are_that_states(ex: Extractor) -> None:
    # the rank rule leaves the agent of "led by" the owner when it names forces, not a person
    claims = run(ex, "A strike group led by the American carrier has about 7,000 sailors in the Red Sea.")
    assert ("US", "troops", 7000) in figs(claims)


def test_the_force_is_the_peace_operation_named_before(ex: Extractor) -> None:
    body = (
        "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon last year. "
        "The force now numbers about 10,000 troops, its spokesman said."
    )
    assert ("unifil", "troops", 10000) in figs(run(ex, body))


def test_the_air_force_is_no_peace_operation(ex: Extractor) -> None:
    body = "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon. The air force has 20 jets."
    assert not any(c.actor.code == "unifil" and c.figure for c in run(ex, body))


def test_a_private_military_company_is_its_own_actor(ex: Extractor) -> None:
    # contractors of a named private military company are the company's, not any state's
    body = "Vectus Global now has about 90 contractors in Haiti, officials said. The company also flies six drones."
    claims = run(ex, body)
    assert ("vectus-global", "troops", 90) in figs(claims)
    assert ("vectus-global", "HT") in locs(claims)


def test_a_states_coast_guard_is_its_force_not_its_coast(ex: Extractor) -> None:
    # "Japan's coast" names a place, "Japan's coast guard" a force that owns the boats
    claims = run(ex, "Japan's coast guard sent two patrol boats to Palau on Monday.")
    assert ("JP", "equipment", 2) in figs(claims)
    assert locs(claims) == {("JP", "PW")}


def test_a_states_coast_still_owns_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Two Chinese cutters sailed along Japan's coast on Monday.")
    assert not any(c.actor.code == "JP" for c in claims)


@pytest.mark.parametrize("side", ["southern", "north-western", "eastern"])
def test_a_side_of_a_states_coast_is_that_state(ex: Extractor, side: str) -> None:
    claims = run(ex, f"Two Dutch patrol boats began patrols off Aruba's {side} coast on Sunday.")
    assert {c.location.country_code for c in claims if c.location} == {"AW"}


def test_a_state_after_an_opening_place_is_the_subject(ex: Extractor) -> None:
    # "In Qatar, Spain will ...": the comma ends the opening place phrase, it does not list Spain with Qatar
    body = "Britain has 500 troops in Iraq. In Qatar, Spain will station about 80 personnel at an air base."
    assert ("ES", "troops", 80) in figs(run(ex, body))


def test_a_list_of_opening_places_is_still_a_list(ex: Extractor) -> None:
    body = "Britain has 500 troops in Iraq. In Kuwait, Qatar and Bahrain, the United States keeps about 40,000 troops."
    # Qatar goes on the list of places ("and Bahrain" follows): it is no subject, and owns none of the troops
    assert not any(c.actor.code == "QA" for c in run(ex, body))
