"""Deployment-location rules from the twelfth session's probes, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize("stay", ["had trained for about a month in", "were training at a camp in", "drilled in"])
def test_a_training_ground_counts_before_a_later_move(ex: Extractor, stay: str) -> None:
    body = f"Captured Chadian soldiers said their unit {stay} eastern Niger before being moved north."
    assert ("TD", "NE") in locs(run(ex, body))


def test_a_port_the_forces_were_unloaded_at_before_a_move_stays_a_stage(ex: Extractor) -> None:
    body = "Chadian soldiers were unloaded at the port of Douala before being moved by rail."
    assert locs(run(ex, body)) == set()


@pytest.mark.parametrize("verb", ["had fought to help recapture", "retook", "helped liberate", "were retaking"])
def test_a_place_the_forces_retake_is_where_they_fight(ex: Extractor, verb: str) -> None:
    claims = run(ex, f"Kenya said its soldiers {verb} Somalia's Gedo region from the militants.")
    assert ("KE", "SO") in locs(claims)


@pytest.mark.parametrize("confirming", ["confirming a deployment", "confirming reports of a deployment"])
def test_a_confirmation_of_what_was_once_dismissed_is_no_denial(ex: Extractor, confirming: str) -> None:
    body = (
        "Kenyan soldiers had taken part in operations in Somalia's Gedo region, the ministry said, "
        f"{confirming} it had previously dismissed as fabricated."
    )
    claims = run(ex, body)
    assert claims and not any(c.denied for c in claims)
    assert ("KE", "SO") in locs(claims)


def _placed(claims: list) -> set[tuple[str, int | None, str]]:
    return {(c.actor.code, c.figure.value if c.figure else None, c.location.name) for c in claims if c.location}


def test_a_region_named_before_the_countries_that_spell_it_out_keeps_the_count(ex: Extractor) -> None:
    claims = run(ex, "Turkey has about 3,000 soldiers in Europe, at bases in Poland, Romania and Estonia.")
    assert ("TR", 3000, "Europe") in _placed(claims)
    assert {"PL", "RO", "EE"} <= {c.location.country_code for c in claims if c.location}


def test_a_share_in_one_country_leaves_the_whole_count_in_the_region(ex: Extractor) -> None:
    claims = run(ex, "Turkey has roughly 8,000 troops stationed across Europe, around 3,500 of them in Poland.")
    assert {("TR", 8000, "Europe"), ("TR", 3500, "Poland")} <= _placed(claims)


def test_a_region_named_after_its_country_still_yields_to_it(ex: Extractor) -> None:
    claims = run(ex, "Turkey has about 3,000 soldiers in Poland, the largest foreign contingent in Europe.")
    assert "Europe" not in {c.location.name for c in claims if c.location}


@pytest.mark.parametrize(
    "body",
    [
        "What is not included: Kenyan forces in Somalia, where about 3,000 personnel serve, are counted elsewhere.",
        "Kenyan soldiers in Somalia, about 3,000 of them, are not counted in the mission's total.",
    ],
)
def test_forces_left_out_of_a_count_are_no_denial(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert ("KE", "SO") in locs(claims)


@pytest.mark.parametrize(
    "body",
    [
        "Officials stressed that no decision had been taken to send the Kenyan troops to Haiti.",
        "No decision has been made on deploying Kenyan soldiers to Haiti, the ministry said.",
        "Kenya remains undecided on sending the 400 soldiers to Haiti.",
    ],
)
def test_a_move_not_yet_decided_is_no_location(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Officials said Chadian engineers would free up Nigerien units for offensives in the Tillaberi region.",
        "Analysts said Niamey is using Chadian specialists to free Nigerien troops for offensive operations "
        "elsewhere, particularly in the Tillaberi region.",
    ],
)
def test_where_freed_forces_go_is_not_where_the_freeing_forces_are(ex: Extractor, body: str) -> None:
    assert ("TD", "NE") not in locs(run(ex, body))


def test_the_freeing_forces_place_stays(ex: Extractor) -> None:
    body = "Chadian engineers arrived in Niger to free up Nigerien units for offensives."
    assert locs(run(ex, body)) == {("TD", "NE")}


def test_no_information_of_a_presence_is_a_negative_finding(ex: Extractor) -> None:
    body = "A spokesman said Juba had no information that South Sudanese troops were present in Sudan's Darfur region."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)
