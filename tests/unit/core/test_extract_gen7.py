"""Extraction rules for speaker pronouns, bare counts after named forces, and nationals (invented items)."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_speaker_with_a_time_phrase_owns_its_pronoun(ex: Extractor) -> None:
    body = (
        "Portugal has around 180 soldiers in Lebanon, officials said.\n\n"
        "Its foreign minister once chaired the African Union summit and praised the bloc.\n\n"
        "Portugal said in March that its contingent in Lebanon would shrink to about 120 personnel."
    )
    assert ("PT", "troops", 120) in figs(run(ex, body))
    body = "Belgium said in 2024 that its unit in Jordan numbered about 90 personnel."
    assert ("BE", "troops", 90) in figs(run(ex, body))


def test_demonym_people_fighting_for_another_state_are_nationals(ex: Extractor) -> None:
    body = (
        "KAMPALA - At least 30 Ugandans have been killed fighting for Russia in Ukraine and about 150 are still "
        "serving with Russian forces, the ministry said."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "casualties", 30), ("ug-fighters", "troops", 150)} <= figs(claims)
    assert {c.actor.name for c in claims if c.actor.code == "ug-fighters"} == {"Ugandan fighters"}
    # the state's own soldiers are no nationals
    claims = run(ex, "About 600 Ugandan soldiers are serving with the African Union in Somalia.")
    assert ("UG", "troops", 600) in figs(claims)


def test_a_state_cutting_its_own_army_is_not_its_recruits(ex: Extractor) -> None:
    body = (
        "At least 40 Ugandans have been recruited to fight for Russia, officials said.\n\n"
        "Uganda, which ended a long insurgency, cut its army to about 45,000 troops from 60,000."
    )
    claims = run(ex, body)
    assert ("ug-fighters", "troops", 40) in figs(claims)
    assert ("UG", "troops", 45000) in figs(claims)
    assert not any(c.actor.code == "ug-fighters" and c.figure and c.figure.value == 45000 for c in claims)


def test_ships_passing_through_a_strait_or_sea_are_there(ex: Extractor) -> None:
    claims = run(ex, "Two Spanish navy ships sailed through the Taiwan Strait on Friday, the navy said.")
    assert {c.location.name for c in claims if c.location and c.actor.code == "ES"} == {"Taiwan Strait"}
    claims = run(ex, "Three Portuguese patrol ships transited the Mozambique Channel on Monday.")
    assert {c.location.name for c in claims if c.location and c.actor.code == "PT"} == {"Mozambique Channel"}
    # a city or a country passed through on the way is a transit point
    claims = run(ex, "About 200 Belgian soldiers flew to Niger through Algeria last week.")
    assert ("BE", "DZ") not in locs(claims)


def test_deaths_of_recruits_named_earlier_are_theirs(ex: Extractor) -> None:
    body = (
        "KAMPALA - At least 70 Ugandans have been recruited to fight for Russia, the ministry said.\n\n"
        '"We have confirmed 11 deaths," the minister told parliament.'
    )
    claims = run(ex, body)
    assert ("ug-fighters", "casualties", 11) in figs(claims)
    assert not any(c.actor.code == "UG" for c in claims)


def test_the_side_joined_does_not_own_a_later_bare_count(ex: Extractor) -> None:
    body = (
        "The ministry estimates that about 320 Ugandans have joined the Russian army, many of them veterans, "
        "and that at least 27 have been killed."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 320), ("ug-fighters", "casualties", 27)} <= figs(claims)
    assert not any(c.actor.code == "RU" for c in claims)


def test_a_contrasting_speakers_negation_does_not_deny_the_claim(ex: Extractor) -> None:
    body = (
        "About 200 Chilean soldiers will train in Peru from August, the army said, while Peru's president "
        "insisted the deal would never become a foreign base."
    )
    claims = run(ex, body)
    assert ("CL", "troops", 200) in figs(claims)
    body = "Chile has no soldiers in Peru, the ministry said, while the opposition said otherwise."
    assert all(c.denied for c in run(ex, body))


def test_a_sea_naming_a_coast_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 200 Chilean soldiers will train at a camp on Colombia's Caribbean coast.")
    assert {c.location.name for c in claims if c.location} == {"Colombia"}
    claims = run(ex, "Two Chilean frigates are patrolling the Caribbean.")
    assert ("CL", None) in locs(claims)


def test_each_count_keeps_the_place_named_with_it(ex: Extractor) -> None:
    body = "It said more than 7,000 Chadian fighters were sent to Libya in 2020, and that about 900 were sent to Sudan."
    claims = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert placed == {(7000, "LY"), (900, "SD")}


def test_a_country_that_locates_a_departure_point_is_no_location(ex: Extractor) -> None:
    body = "The Chadian fighters were flown from Gaziantep in southern Turkey via Istanbul to Niamey, it said."
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.location} == {"NE"}


def test_a_possessive_before_a_new_clause_does_not_own_its_count(ex: Extractor) -> None:
    body = (
        "KAMPALA - More than 200 Ugandans have been recruited into Russia's armed forces and at least "
        "19 of them have been killed, the ministry said."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 200), ("ug-fighters", "casualties", 19)} <= figs(claims)
    assert not any(c.actor.code == "RU" for c in claims)


def test_civilians_travelling_on_visas_are_not_deployed_there(ex: Extractor) -> None:
    body = (
        "At least 60 Ugandans have been recruited to fight for Russia, the ministry said.\n\n"
        "The Ugandan recruits flew to Minsk on tourist visas and were trained in the Rostov region."
    )
    claims = run(ex, body)
    places = {c.location.name for c in claims if c.location and c.actor.code == "ug-fighters"}
    assert "Minsk" not in places and "Rostov Oblast" in places


def test_a_count_of_demonym_people_and_a_later_missing_toll(ex: Extractor) -> None:
    body = (
        "He said the government's count of Ugandans who had joined Russian forces had risen to 412, "
        "from 398 in January, and that 23 were listed as missing."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 412), ("ug-fighters", "troops", 398)} <= figs(claims)
    assert ("ug-fighters", "casualties", 23) in figs(claims)


def test_people_counted_alongside_recruits_are_recruits(ex: Extractor) -> None:
    body = (
        "At least 61 Nepalis have been killed fighting for Russia, officials said.\n\n"
        "Kyiv said it held seven Nepalis and four Ugandans captured mostly in Donetsk region."
    )
    claims = run(ex, body)
    assert ("ug-fighters", "casualties", 4) in figs(claims)
    # soldiers of two states named side by side stay their states' forces
    claims = run(ex, "About 300 Ugandan soldiers and 200 Kenyan soldiers serve in Somalia.")
    assert {("UG", "troops", 300), ("KE", "troops", 200)} <= figs(claims)


def test_a_warship_named_again_on_its_own_keeps_its_state_and_crew(ex: Extractor) -> None:
    body = (
        "The Dutch frigate HNLMS Evertsen is in the Indian Ocean and will join the Italian ships.\n\n"
        "Italy's navy said its ships were in Goa. The Netherlands' defence ministry said the Evertsen, "
        "with about 180 crew, would next sail to Busan in South Korea."
    )
    claims = run(ex, body)
    assert ("NL", "troops", 180) in figs(claims)
    assert ("NL", "KR") in locs(claims)


def test_ports_where_ships_stopped_on_the_way_are_transit_points(ex: Extractor) -> None:
    body = "The two Italian frigates left Taranto on May 4 and reached Singapore after stops in Djibouti and Goa."
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.location} == {"SG"}
