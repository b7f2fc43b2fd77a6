"""Rules of session 16 from set 34's misses: number ranges, departure points, captives, suppliers, successors.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_state_a_move_starts_from_does_not_own_the_forces_moved(ex: Extractor) -> None:
    body = "The British Army is moving 350 soldiers from Cyprus to Jordan, officials said."
    claims = run(ex, body)
    assert ("GB", "troops", 350) in figs(claims)
    assert ("GB", "JO") in locs(claims)
    assert ("CY", "JO") not in locs(claims)
    body = "Paris is shifting an infantry battalion from Chad to Niger this month."
    got = locs(run(ex, body))
    assert ("FR", "NE") in got
    assert ("TD", "NE") not in got


def test_troops_from_a_state_with_no_other_subject_are_its_own(ex: Extractor) -> None:
    body = "About 300 soldiers from Chad were flown to Mali last week."
    assert ("TD", "troops", 300) in figs(run(ex, body))


def test_a_group_named_as_what_the_men_once_were_is_not_the_clauses_subject(ex: Extractor) -> None:
    body = (
        "The official said the Africa Corps has about 1,800 personnel in Niger, most of them former Wagner "
        "contractors, and has lost at least 45 men since it arrived."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "casualties", 45) in got
    assert ("wagner-group", "casualties", 45) not in got


def test_a_state_in_a_units_quoted_nickname_owns_none_of_its_kit(ex: Extractor) -> None:
    body = (
        "Britain's armoured brigade now counts 2,000 soldiers in Estonia.\n\n"
        'The 12th Armoured Brigade, known as the "Estonia Brigade," will field 60 Challenger 3 tanks, its '
        "commander said."
    )
    got = figs(run(ex, body))
    assert ("GB", "equipment", 60) in got
    assert ("EE", "equipment", 60) not in got


def test_a_state_describing_a_speaker_is_no_place_the_country_refers_to(ex: Extractor) -> None:
    body = (
        "The United States has agreed to pull its forces out of Chad, the newspaper reported, citing U.S. "
        "officials, ending a partnership of many years.\n\n"
        "According to the paper, officials accepted a demand to withdraw the more than 300 American military "
        "personnel in the country."
    )
    got = locs(run(ex, body))
    assert ("US", "TD") in got


def test_a_withdrawal_of_the_units_replaced_denies_nothing(ex: Extractor) -> None:
    body = "Chad has rotated about 1,200 fresh soldiers into Niger since May to replace units withdrawn in the spring."
    claims = [c for c in run(ex, body) if c.actor.code == "TD" and c.figure]
    assert claims and not claims[0].denied
    body = "The 600 Chadian soldiers were replaced and pulled out of Niger in May."
    assert all(c.denied for c in run(ex, body) if c.actor.code == "TD")


def test_a_bounded_count_delivered_to_a_states_army_is_in_that_state(ex: Extractor) -> None:
    body = "Turkey has delivered at least 18 Bayraktar drones to Niger's army since March."
    assert ("TR", "NE") in locs(run(ex, body))


def test_special_operations_forces_are_the_named_states(ex: Extractor) -> None:
    body = (
        "Iran has shipped dozens of attack drones to militias in Syria, an official said. "
        "Al-Tanf has hosted U.S. special operations forces since 2016."
    )
    got = locs(run(ex, body))
    assert ("IR", "US") not in got
    assert ("US", "SY") in got


def test_a_name_in_a_clause_on_a_place_is_no_antecedent_of_its(ex: Extractor) -> None:
    body = (
        "Officials said the Africa Corps will base its staff at Kati, the old camp near the capital that Wagner "
        "used as a depot, and eventually bring its strength in the country to 2,200."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 2200) in got
    assert ("wagner-group", "troops", 2200) not in got


def test_a_place_after_an_adjective_is_still_the_prepositions_object(ex: Extractor) -> None:
    body = (
        "In May, Britain completed the first phase of its withdrawal from southern Iraq, bringing its troop "
        "numbers in the country to about 800."
    )
    got = figs(run(ex, body))
    assert ("GB", "troops", 800) in got
    assert ("IQ", "troops", 800) not in got


def test_nationals_recruited_to_fight_are_counted_as_fighters(ex: Extractor) -> None:
    body = "Russia has recruited about 2,000 Nepalis to fight in Ukraine since 2023, the ministry said."
    assert ("np-fighters", "troops", 2000) in figs(run(ex, body))


def test_nationals_hired_for_civilian_work_are_no_fighters(ex: Extractor) -> None:
    body = "The shipping firm hired 300 Filipinos to work on its tankers last year."
    assert not figs(run(ex, body))


def test_most_or_many_of_the_things_counted_before_are_placed(ex: Extractor) -> None:
    body = "About 150 Turkish drones have been delivered to Mali. Most are deployed in the Gao and Kidal regions."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("TR", "Gao") in got
    body = "Many are worried about the war in Sudan, analysts said."
    assert not run(ex, body)


def test_intelligence_that_does_not_show_forces_somewhere_is_a_denial(ex: Extractor) -> None:
    body = "Intelligence does not show Belarusian troops in Volyn region, the spokesman said."
    claims = [c for c in run(ex, body) if c.actor.code == "BY" and c.location]
    assert claims and all(c.denied for c in claims)


def test_a_sea_crossed_by_ship_is_a_transit_point(ex: Extractor) -> None:
    body = "Iran has delivered more than 300 drones to Russia since May, most of them by ship across the Caspian Sea."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("IR", "Caspian Sea") not in got
    assert ("IR", "Russia") in got
