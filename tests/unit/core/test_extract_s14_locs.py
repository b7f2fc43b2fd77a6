"""Location rules from the errors that recur across the trained held-out sets (supplies handed to an armed group,
vague regions, what "the region" refers back to).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_supplies_handed_to_an_armed_group_are_received_in_its_home_country(ex: Extractor) -> None:
    body = "Investigators said the Wagner Group had supplied the RSF with anti-tank missiles from a depot in Chad."
    assert ("wagner-group", "SD") in locs(run(ex, body))
    body = "Wagner Group transport planes were ferrying ammunition to Sudan's paramilitary RSF, a UN panel said."
    assert ("wagner-group", "SD") in locs(run(ex, body))
    body = "The Wagner Group has been delivering spare parts to al-Shabaab, according to a confidential report."
    assert ("wagner-group", "SO") in locs(run(ex, body))


def test_a_group_named_without_supplies_is_no_place(ex: Extractor) -> None:
    # defection is no delivery: the group's name places nobody
    body = "Several Wagner Group fighters defected to the RSF last spring, a commander said."
    assert ("wagner-group", "SD") not in locs(run(ex, body))
    # the group supplied is the sentence's own actor: its home is no new place
    body = "RSF fighters were supplied with new drones last month, a spokesman for the RSF said."
    assert ("rsf", "SD") not in locs(run(ex, body))


def test_the_sahel_is_too_vague_to_place_forces(ex: Extractor) -> None:
    body = "The French contingent of 1,200 soldiers was long the core of Europe's strategy in the Sahel."
    assert not any(c.location is not None and c.location.name == "Sahel" for c in run(ex, body))
    body = "Italian military trainers have been deployed across the Sahel since 2019, a ministry spokesman said."
    assert not any(c.location is not None and c.location.name == "Sahel" for c in run(ex, body))
    # a country of the belt still places them
    body = "About 300 Italian military trainers are deployed in Niger, in the heart of the Sahel."
    assert ("IT", "NE") in locs(run(ex, body))
