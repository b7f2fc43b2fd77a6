"""Deployment-location rules from the twelfth session's probes, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "manner",
    ["confirmed for the first time on Monday", "had formally acknowledged for the first time", "officially confirmed"],
)
def test_a_state_that_says_in_some_manner_it_sent_troops_owns_them(ex: Extractor, manner: str) -> None:
    claims = run(ex, f"Chad {manner} that it had deployed troops to Niger.")
    assert locs(claims) == {("TD", "NE")}


def test_for_the_first_time_is_no_force_pronoun(ex: Extractor) -> None:
    body = "Kenya confirmed for the first time on Tuesday that it had sent soldiers to Haiti."
    assert ("KE", "HT") in locs(run(ex, body))


@pytest.mark.parametrize("verb", ["helped", "had supported", "were assisting"])
def test_the_forces_helped_are_not_the_helpers(ex: Extractor, verb: str) -> None:
    body = f"Chad said it had deployed troops to Niger, adding that its soldiers {verb} Niamey's forces near Agadez."
    claims = run(ex, body)
    assert ("TD", "NE") in locs(claims)
    assert not any(c.actor.code == "NE" for c in claims)
