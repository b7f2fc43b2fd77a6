"""Deployment-location rules from the twelfth session's probes, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


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


def test_no_information_of_a_presence_is_a_negative_finding(ex: Extractor) -> None:
    body = "A spokesman said Juba had no information that South Sudanese troops were present in Sudan's Darfur region."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)
