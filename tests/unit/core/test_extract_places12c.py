"""Deployment-location rules from the twelfth session's third location round, each tested on sentences written
for the test."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_combined_count_beside_another_count_still_places_its_actors(ex: Extractor) -> None:
    body = "Chad had about 1,000 soldiers in Niger, alongside up to 2,000 Sudanese and Libyan fighters hired by Niger."
    claims = run(ex, body)
    got = locs(claims)
    assert ("TD", "NE") in got
    assert {c.actor.code for c in claims if c.location and c.location.country_code == "NE"} >= {
        "sd-fighters",
        "ly-fighters",
    }
    assert not any(v == 2000 for _, _, v in figs(claims))  # the combined count is no one's figure


def test_weapons_put_at_a_place_with_no_owner_named_are_the_items_actors(ex: Extractor) -> None:
    body = (
        "Britain has about 900 troops in Estonia.\n\n"
        "The minister has also extended the stay of the Sky Sabre air defence batteries deployed to Latvia and "
        "Lithuania during the exercise with Russia."
    )
    got = locs(run(ex, body))
    assert {("GB", "LV"), ("GB", "LT")} <= got
    assert not any(code == "RU" for code, _ in got)
