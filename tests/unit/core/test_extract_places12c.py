"""Deployment-location rules from the twelfth session's third location round, each tested on sentences written
for the test."""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_weapons_put_at_a_place_with_no_owner_named_are_the_items_actors(ex: Extractor) -> None:
    body = (
        "Britain has about 900 troops in Estonia.\n\n"
        "The minister has also extended the stay of the Sky Sabre air defence batteries deployed to Latvia and "
        "Lithuania during the exercise with Russia."
    )
    got = locs(run(ex, body))
    assert {("GB", "LV"), ("GB", "LT")} <= got
    assert not any(code == "RU" for code, _ in got)
