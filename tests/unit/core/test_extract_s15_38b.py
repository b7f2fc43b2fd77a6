"""Location rules from the misses of held-out set 38 (contingents of a multinational battlegroup referred back to,
"not part of" and "a figure X called groundless" that deny no presence, a successor that took over somewhere, states
joined as the subject of a count, a country that only names whose plans).


Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_contingents_of_a_battlegroup_named_before_are_where_the_battlegroup_is(ex: Extractor) -> None:
    body = (
        "Spain has raised its contribution to the NATO battlegroup in Latvia to about 700 soldiers, Madrid said. "
        "The battlegroup also counts some 150 Slovak troops and about 90 Danish engineers, officials said."
    )
    got = run(ex, body)
    assert ("SK", "troops", 150) in figs(got)
    assert ("SK", "LV") in locs(got)
    body = (
        "The Dutch-led battlegroup at Rukla now has 900 soldiers, the army said. "
        "Norway, which contributed a company of 180 troops to the battlegroup in 2023, will stay, Oslo said."
    )
    assert ("NO", "LT") in locs(run(ex, body))


def test_a_battlegroup_referred_back_to_is_where_the_last_count_was_put(ex: Extractor) -> None:
    body = (
        "Canada now has about 2,000 soldiers of its brigade stationed in Latvia, Ottawa said. "
        "The battlegroup itself is a separate unit: it counts some 400 Italian soldiers, the ministry said."
    )
    got = run(ex, body)
    assert ("IT", "troops", 400) in figs(got)
    assert ("IT", "LV") in locs(got)


def test_a_battlegroup_not_referred_back_to_takes_no_earlier_place(ex: Extractor) -> None:
    body = (
        "Canada now has about 2,000 soldiers stationed in Latvia, Ottawa said. "
        "Italy also keeps some 400 soldiers at home for a future battlegroup, the ministry said."
    )
    assert ("IT", "LV") not in locs(run(ex, body))


def test_not_part_of_a_scheme_denies_no_presence(ex: Extractor) -> None:
    body = "Italy's own troops in Lebanon are not part of the new training scheme, officials said."
    got = run(ex, body)
    assert ("IT", "LB") in locs(got)
    # a plain negation of the presence still denies it
    body = "Spain's soldiers are not in Lebanon, officials said."
    assert ("ES", "LB") not in locs(run(ex, body))


def test_a_figure_the_other_side_called_false_is_still_claimed(ex: Extractor) -> None:
    body = (
        "Intelligence officials said about 200 Cuban recruits were fighting in Donetsk Oblast, "
        'a figure Havana called "groundless."'
    )
    got = run(ex, body)
    assert ("cu-fighters", "troops", 200) in figs(got)
    assert ("cu-fighters", "UA") in locs(got)
    # the denial in the main clause still denies
    body = "Havana denied that about 200 Cuban recruits were fighting in Donetsk Oblast."
    assert ("cu-fighters", "UA") not in locs(run(ex, body))
