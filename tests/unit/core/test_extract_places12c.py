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


def test_there_after_a_relative_clause_refers_to_the_place_it_names(ex: Extractor) -> None:
    body = (
        "Turkey has deployed trainers to Somalia.\n\n"
        "Al-Shabaab, which has attacked Kenya's coastal towns since 2011, still keeps its largest units there."
    )
    got = locs(run(ex, body))
    assert ("al-shabaab", "KE") in got
    assert ("al-shabaab", "SO") not in got


def test_a_place_left_in_a_relative_clause_is_not_there(ex: Extractor) -> None:
    body = "Chad sent troops to Niger in May.\n\nChad, which pulled its soldiers out of Mali in 2022, keeps 900 there."
    got = locs(run(ex, body))
    assert ("TD", "ML") not in got


def test_the_enemy_a_force_defeats_somewhere_does_not_take_the_place_from_it(ex: Extractor) -> None:
    got = locs(run(ex, "Kenyan soldiers had given vital help in defeating al-Shabaab units in the Gedo region."))
    assert ("KE", "SO") in got
