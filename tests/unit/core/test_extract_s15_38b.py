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


def test_a_relative_clause_taking_over_something_else_places_no_forces(ex: Extractor) -> None:
    body = "Russia, which took over the chair of the talks in Geneva last year, has about 300 soldiers in Syria."
    got = locs(run(ex, body))
    assert ("RU", "SY") in got
    assert ("RU", "CH") not in got


def test_both_states_of_a_joint_subject_are_placed_where_the_count_goes(ex: Extractor) -> None:
    body = "Spain and Italy will deploy 3,000 soldiers to Lebanon next month, the ministries said."
    got = locs(run(ex, body))
    assert ("ES", "LB") in got
    assert ("IT", "LB") in got
    body = "Norway and Denmark have agreed to send about 400 troops into Latvia after the exercise."
    got = locs(run(ex, body))
    assert ("NO", "LV") in got
    assert ("DK", "LV") in got


def test_a_country_naming_whose_plans_is_no_place(ex: Extractor) -> None:
    body = "Denmark sent four F-16 jets to Romania, but said it had no part in U.S. war planning."
    got = locs(run(ex, body))
    assert ("DK", "RO") in got
    assert ("DK", "US") not in got
    body = "Canada moved 200 soldiers to Latvia, officials said, in line with French defence policy."
    got = locs(run(ex, body))
    assert ("CA", "LV") in got
    assert ("CA", "FR") not in got


def test_units_named_at_a_place_without_serving_in_them_keep_the_place(ex: Extractor) -> None:
    # the place is where the units struck are, not the count's
    body = "Ukrainian drones hit Russian units in Kursk Oblast, killing 20 North Korean soldiers."
    assert ("KP", "RU") not in locs(run(ex, body))
