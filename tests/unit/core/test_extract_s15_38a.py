"""Actor rules for sponsors and proxies, foreign nationals and multinational contingents (session 15).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_fighters_another_state_sends_are_nationals_not_their_state(ex: Extractor) -> None:
    body = "Azerbaijan has sent about 600 Afghan fighters to the front over the winter, a monitor said."
    assert ("af-fighters", "troops", 600) in figs(run(ex, body))
    body = "Up to 2,000 Afghan fighters had been sent to the front by Azerbaijan, the monitor said."
    assert ("af-fighters", "troops", 2000) in figs(run(ex, body))


def test_a_state_sending_its_own_or_others_troops_keeps_their_state(ex: Extractor) -> None:
    # troops (not fighters) of another state: no hired individuals
    body = "Azerbaijan has sent about 600 Afghan troops to the front, a monitor said."
    assert ("AF", "troops", 600) in figs(run(ex, body))
    body = "Azerbaijan has sent about 600 Azerbaijani fighters to the front, a monitor said."
    assert ("AZ", "troops", 600) in figs(run(ex, body))


def test_citizens_of_a_country_recruited_by_another_are_its_nationals(ex: Extractor) -> None:
    body = "Russia has recruited some 900 citizens of Laos to fight on its side, and 40 of them have died, it said."
    got = figs(run(ex, body))
    assert ("la-fighters", "troops", 900) in got
    assert ("la-fighters", "casualties", 40) in got
    assert not any(code == "LA" for code, _, _ in got)
    # later, the demonym's nationals of the same item are the same fighters
    body += "\n\nThe Lao government said 12 Lao nationals were confirmed dead."
    assert ("la-fighters", "casualties", 12) in figs(run(ex, body))


def test_citizens_of_a_country_living_abroad_are_no_forces(ex: Extractor) -> None:
    body = "Some 5,000 citizens of Laos live in the capital, the embassy said."
    assert not figs(run(ex, body))


def test_people_travelling_to_a_country_are_not_placed_there(ex: Extractor) -> None:
    body = (
        "Russia has recruited about 700 Lao mercenaries, a monitor said.\n\n"
        "Vientiane said 30 Lao nationals were confirmed dead and warned citizens against travelling to Russia."
    )
    claims = run(ex, body)
    assert ("la-fighters", "casualties", 30) in figs(claims)
    assert ("la-fighters", "RU") not in locs(claims)
    # forces travelling somewhere are still placed there
    body = "About 400 French troops travelling to Estonia crossed into Latvia on Monday."
    assert ("FR", "EE") in locs(run(ex, body))


def test_an_actor_named_as_object_inside_a_relative_clause_is_not_the_subject(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps now operates in Niger.\n\n"
        "The corps, which replaced the Wagner Group in Niger last year, is thought to have about 800 men there."
    )
    got = figs(run(ex, body))
    assert ("wagner-group", "troops", 800) not in got
    assert ("africa-corps", "troops", 800) in got
    # the relative clause's own subject still leads the force it hangs on
    body = "The mission, which Rwanda has led since 2023, has about 1,200 personnel."
    assert ("RW", "troops", 1200) in figs(run(ex, body))


def test_a_states_men_under_its_groups_banner_are_the_groups(ex: Extractor) -> None:
    body = "Analysts say Russia has moved about 1,800 men into Niger under the Africa Corps banner since January."
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 1800) in got
    assert ("RU", "troops", 1800) not in got
