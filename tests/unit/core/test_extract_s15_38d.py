"""Place rules for multinational contingents and foreign fighters (session 15, set 38, places).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_contributors_named_only_by_a_unit_are_where_the_counted_ones_are(ex: Extractor) -> None:
    body = (
        "The battlegroup in Estonia counts some 900 British soldiers, about 200 Danes and 150 French, "
        "with smaller Icelandic and Polish detachments, officials said."
    )
    got = locs(run(ex, body))
    assert ("IS", "EE") in got
    assert ("PL", "EE") in got
    body = "Germany sent 500 soldiers to Mali, about 120 from Austria and a Slovenian engineering company."
    assert ("SI", "ML") in locs(run(ex, body))


def test_a_unit_of_a_state_in_another_clause_is_not_placed(ex: Extractor) -> None:
    # the unit's own place follows it: not where the count was put
    body = "Germany sent 500 soldiers to Mali, and a Dutch unit in Niger stayed behind."
    assert ("NL", "ML") not in locs(run(ex, body))


def test_names_joined_before_a_plural_region_word_each_name_the_region(ex: Extractor) -> None:
    body = "North Korean troops have been moved to the Kharkiv and Sumy directions, the ministry said."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("KP", "Kharkiv Oblast") in got
    assert ("KP", "Sumy Oblast") in got
    assert ("KP", "Kharkiv") not in got


def test_a_states_company_trained_or_deployed_somewhere_is_a_force(ex: Extractor) -> None:
    body = "A Dutch company trained in Estonia during a spring exercise in 2024."
    assert ("NL", "EE") in locs(run(ex, body))
    body = "A Polish mechanised company was deployed to Latvia last year."
    assert ("PL", "LV") in locs(run(ex, body))


def test_a_firm_based_somewhere_is_no_force(ex: Extractor) -> None:
    body = "A Chinese company based in Zambia built the new road, officials said."
    assert ("CN", "ZM") not in locs(run(ex, body))


def test_a_capitalised_city_with_a_colon_is_a_dateline_not_a_place(ex: Extractor) -> None:
    body = "MUSCAT: Iran has sent around 120 advisers to Yemen, two officials said."
    got = locs(run(ex, body))
    assert ("IR", "YE") in got
    assert ("IR", "OM") not in got


def test_a_count_whose_place_the_source_did_not_give_takes_none_named_before(ex: Extractor) -> None:
    body = (
        "The agency said about 300 Ghanaian recruits were fighting for Russian units around Kupiansk, and that it "
        "had identified 120 Indian citizens serving in the Russian army, without saying where."
    )
    got = {(c.actor.code, c.figure.value if c.figure else None, c.location is not None) for c in run(ex, body)}
    assert ("gh-fighters", 300, True) in got
    assert ("in-fighters", 120, True) not in got
