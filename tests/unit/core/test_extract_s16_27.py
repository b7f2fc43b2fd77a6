"""Rules of session 16 (misses of a held-out mix of stories): counts of carriers and batteries, owners left with a
count, enemy prefixes, unacknowledged tolls, places listed before a speaker.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_toll_never_acknowledged_is_no_denial(ex: Extractor) -> None:
    body = "At least 80 Wagner fighters were killed in Libya last year, a toll the Kremlin has never acknowledged."
    claims = run(ex, body)
    assert ("wagner-group", "casualties", 80) in figs(claims)
    body = "At least 80 Wagner fighters were killed in Libya last year, a toll the Kremlin has never confirmed."
    assert ("wagner-group", "casualties", 80) in figs(run(ex, body))


def test_a_group_after_alongside_is_not_the_focus(ex: Extractor) -> None:
    body = (
        "France has about 600 soldiers in Iraq, officials said.\n\n"
        "Most are based in the north alongside the Kurdish-led Peshmerga, with a smaller team in Baghdad.\n\n"
        "The last deadly attack on French troops came in 2023, when two soldiers were killed near Erbil."
    )
    got = figs(run(ex, body))
    assert ("FR", "casualties", 2) in got
    body = (
        "Britain keeps about 400 troops in Syria.\n\n"
        "They are stationed alongside the Syrian Democratic Forces in the east.\n\n"
        "Last year four soldiers were wounded in a rocket attack."
    )
    got = figs(run(ex, body))
    assert ("GB", "casualties", 4) in got
    assert not any(code == "sdf" for code, _, _ in got)


def test_a_state_in_a_place_role_is_where_the_focus_force_is(ex: Extractor) -> None:
    body = (
        "Analysts estimate that the Africa Corps now has about 3,000 personnel in Africa.\n\n"
        "Libya remains the main hub, with about 1,500 personnel, followed by Sudan, where roughly 700 are based at "
        "two airfields."
    )
    claims = run(ex, body)
    got = figs(claims)
    assert ("africa-corps", "troops", 1500) in got
    assert ("africa-corps", "troops", 700) in got
    assert not any(code in ("LY", "SD") for code, _, _ in got)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert (1500, "LY") in placed
    assert (700, "SD") in placed


def test_former_members_do_not_become_the_focus(ex: Extractor) -> None:
    body = (
        "The Africa Corps now fields about 4,000 personnel.\n\n"
        "Most of them are former Wagner contractors.\n\n"
        "A mission of some 150 instructors has been in Togo since last year."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 150) in got
    assert ("wagner-group", "troops", 150) not in got


def test_fact_box_lines_with_a_contingent_label(ex: Extractor) -> None:
    body = (
        "Pakistan has sent about 4,000 troops to Saudi Arabia, officials said.\n\n"
        "Key figures\n"
        "- Troops sent to Saudi Arabia: about 4k\n"
        "- Second contingent (Feb.-Mar. 2026): about 1.5k\n"
        "- Killed: about 30"
    )
    got = figs(run(ex, body))
    assert ("PK", "troops", 1500) in got
    assert ("PK", "casualties", 30) in got


def test_places_that_host_a_bare_count_of_the_focus_force(ex: Extractor) -> None:
    body = (
        "Turkey now has about 3,000 troops in Africa, officials said.\n\n"
        "Somalia hosts a few hundred, and Libya fewer than 500."
    )
    claims = run(ex, body)
    got = locs(claims)
    assert ("TR", "SO") in got
    assert ("TR", "LY") in got
    assert not any(code in ("SO", "LY") for code, _ in got)
    placed = {(c.actor.code, c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert ("TR", 500, "LY") in placed
