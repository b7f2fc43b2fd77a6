"""Deployment-location rules from the twelfth session's second location round, each tested on sentences written
for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def _names(claims: list) -> set[tuple[str, str]]:
    return {(c.actor.code, c.location.name) for c in claims if c.location and not c.denied}


@pytest.mark.parametrize(
    "body",
    [
        'The agency said there were "no signs" that Chadian troops had been sent into Niger.',
        'An official wrote that there was "no confirmed presence" of Chadian troops in Niger\'s Tillaberi region.',
        "The minister said Kenyan soldiers will not be deployed to Haiti.",
        "Nairobi said the Kenyan engineers would work only at home and would not be sent into Somalia.",
        '"I am not aware of any Kenyan personnel surge to Djibouti," the spokesman said.',
        '"Chad has supplied no weapons to Sudan," a Chadian spokesman told reporters.',
    ],
)
def test_a_negative_finding_or_a_move_ruled_out_is_denied(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims if c.location)


def test_a_denial_by_others_in_an_although_clause_leaves_the_claim_standing(ex: Extractor) -> None:
    body = (
        "About 100 Chadian soldiers arrived in Niamey in August, according to a military source, although officials "
        "in the presidency denied that any Chadian unit was in the country."
    )
    claims = run(ex, body)
    assert ("TD", "NE") in locs(claims)


def test_a_denial_in_the_main_clause_still_denies(ex: Extractor) -> None:
    claims = run(ex, "Chad denied that its soldiers were in Niger, although officials in Niamey said 100 had arrived.")
    assert claims and all(c.denied for c in claims)
