"""Figure, owner, place and denial rules of session 17 (set 30).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_no_plans_to_cut_a_force_does_not_deny_it(ex: Extractor) -> None:
    body = "The minister said there were no plans to cut the roughly 3,000 Italian troops stationed in Kenya."
    got = run(ex, body)
    assert ("IT", "troops", 3000) in figs(got)
    assert ("IT", "KE") in locs(got)
    # a plan ruled out for the forces themselves still denies
    body = "The minister said there were no plans to send Italian troops to Kenya."
    assert ("IT", "KE") not in locs(run(ex, body))


def test_a_refusal_to_send_denies_the_move(ex: Extractor) -> None:
    body = "Officials said Tokyo would keep its refusal to send troops to Kenya."
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.location is not None)
    assert ("JP", "KE") not in locs(got)


def test_forces_withdrawn_from_one_place_and_moved_to_another_are_claimed_there(ex: Extractor) -> None:
    body = (
        "Some of the American personnel and equipment withdrawn from Tal Afar have been moved to Jordan, "
        "the official said, while a smaller group went north to Mosul."
    )
    got = locs(run(ex, body))
    assert ("US", "JO") in got
    assert ("US", "IQ") in got
    # a withdrawal with no onward move still denies the place left
    body = "American personnel were withdrawn from Tal Afar last year."
    assert ("US", "IQ") not in locs(run(ex, body))


def test_a_year_before_the_subject_and_its_article_leaves_the_subject(ex: Extractor) -> None:
    body = "In 2019 the United States had about 2,300 troops in Jordan."
    got = run(ex, body)
    assert ("US", "troops", 2300) in figs(got)
    assert ("US", "JO") in locs(got)
    body = "At its height in 2021 the British presence in Estonia numbered about 950 soldiers."
    assert ("GB", "troops", 950) in figs(run(ex, body))


def test_a_strength_put_at_a_number_may_name_its_place_first(ex: Extractor) -> None:
    body = "Turkey keeps a training brigade in Somalia. Analysts estimate its strength in Somalia at about 600."
    got = run(ex, body)
    assert ("TR", "troops", 600) in figs(got)
    body = "The Africa Corps has a hub in Libya. Officials put its strength in the country at roughly 1,300."
    assert ("africa-corps", "troops", 1300) in figs(run(ex, body))


def test_a_total_set_off_as_two_forces_combined_is_neither_ones(ex: Extractor) -> None:
    body = "Diplomats estimate that about 2,600 Russian fighters are in Mali, Wagner and Africa Corps combined."
    got = run(ex, body)
    assert not {f for f in figs(got) if f[2] == 2600}
    assert ("wagner-group", "ML") in locs(got)
    # one force's total over a list of places stays its own
    body = "Analysts said the Africa Corps has about 2,600 personnel in Mali, Burkina Faso and Niger combined."
    assert ("africa-corps", "troops", 2600) in figs(run(ex, body))


def test_the_demonym_of_the_places_own_country_before_it_is_a_modifier(ex: Extractor) -> None:
    body = "Roughly 700 U.S. personnel will stay in the Iraqi Kurdistan Region under a new arrangement."
    got = run(ex, body)
    assert ("US", "troops", 700) in figs(got)
    assert ("US", "IQ") in locs(got)


def test_a_site_described_as_home_to_a_command_that_hosts_forces_is_where_they_are(ex: Extractor) -> None:
    body = "Camp Lemonnier, home to the U.S. Africa Command task force, houses about 4,100 American personnel."
    got = run(ex, body)
    assert ("US", "troops", 4100) in figs(got)
    assert ("US", "DJ") in locs(got)


def test_a_carrier_strike_group_arriving_in_the_region_is_no_strike(ex: Extractor) -> None:
    body = (
        "U.S. troops are in Iraq and Syria, and ships are in Bahrain. "
        "The USS Nimitz Carrier Strike Group arrived in the region on Monday."
    )
    got = run(ex, body)
    assert any(c.location is not None and c.location.name == "Middle East" for c in got)
    # a real strike on the region places no forces there
    body = "U.S. troops are in Iraq and Syria. A missile strike hit the region on Monday."
    assert not any(c.location is not None and c.location.name == "Middle East" for c in run(ex, body))


def test_the_region_is_not_a_region_of_the_forces_own_state(ex: Extractor) -> None:
    body = (
        "About 600 U.S. troops are in Iraq, 900 in Syria and 8,000 in Bahrain. "
        "Bombers from Barksdale in Louisiana flew a mission on Monday. "
        "Total U.S. force levels in the region stand at about 36,000."
    )
    got = run(ex, body)
    assert any(
        c.figure is not None and c.figure.value == 36000 and c.location is not None and c.location.name == "Middle East"
        for c in got
    )


def test_a_bare_restated_count_after_a_figure_keeps_that_figures_actor(ex: Extractor) -> None:
    body = (
        "The Wagner Group flew more men into Gao. Officials said roughly 60 Russian fighters got off the planes. "
        'A second official put the number at "between 50 and 70".'
    )
    got = figs(run(ex, body))
    assert ("wagner-group", "troops", 60) in got
    assert ("wagner-group", "troops", 50) in got
    assert ("RU", "troops", 50) not in got


def test_the_country_after_the_sponsor_of_a_group_was_named_is_the_country_before(ex: Extractor) -> None:
    body = (
        "The Wagner Group has guarded the president in the Central African Republic since 2018. "
        "Under the deal, Bangui pays in cash. Moscow had asked for more money. "
        "About 1,300 Wagner contractors were in the country at the end of the year."
    )
    got = run(ex, body)
    assert ("wagner-group", "troops", 1300) in figs(got)
    assert any(
        c.figure is not None and c.figure.value == 1300 and c.location is not None and c.location.country_code == "CF"
        for c in got
    )


def test_a_plural_demonym_subject_said_to_be_somewhere_is_that_states_forces(ex: Extractor) -> None:
    body = (
        "North Korean artillery officers were spotted near Mariupol. "
        "The North Koreans had reportedly been in the area to advise Russian gun crews."
    )
    got = [c for c in run(ex, body) if c.evidence.sentence.startswith("The North Koreans")]
    assert any(c.actor.code == "KP" and c.location is not None and c.location.country_code == "UA" for c in got)
    assert not any(c.actor.code == "RU" for c in got)
    # people of a state on a visit are no forces
    assert not run(ex, "The Americans are in Paris for talks.")


def test_places_in_a_quoted_characterisation_after_as_are_no_places_of_forces(ex: Extractor) -> None:
    body = (
        "A channel close to the Wagner Group dismissed rumours that it would leave Mali as "
        '"wishful thinking in Paris and Kyiv". Officials declined to comment on its presence in the country.'
    )
    got = locs(run(ex, body))
    assert ("wagner-group", "FR") not in got
    assert ("wagner-group", "UA") not in got
    # a quotation that names the forces still places them
    body = 'The minister described it as "a force of French troops in Niger".'
    assert ("FR", "NE") in locs(run(ex, body))


def test_estimates_that_range_over_a_count_after_the_forces_were_spoken_of_count_them(ex: Extractor) -> None:
    body = "Africa Corps numbers in Niger remain small. Estimates range from 120 to 250, most of them in Niamey."
    got = run(ex, body)
    assert ("africa-corps", "troops", 120) in figs(got)
    # estimates of something else are no count of forces
    assert not figs(run(ex, "Oil output estimates range from 100 to 300 barrels."))
