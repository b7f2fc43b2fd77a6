"""Rules of session 16 (misses of a held-out mix of stories): counts of carriers and batteries, owners left with a
count, enemy prefixes, unacknowledged tolls, places listed before a speaker.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_group_after_anti_or_counter_is_the_enemy_not_the_owner(ex: Extractor) -> None:
    body = (
        "French troops left Niger last year.\n\n"
        "Their personnel and equipment have been moved to Chad, where they will support the anti-ISIS campaign."
    )
    got = locs(run(ex, body))
    assert ("FR", "TD") in got
    assert not any(code == "islamic-state" for code, _ in got)
    body = "British personnel were relocated to Cyprus to support the counter-ISIS coalition, officials said."
    got = locs(run(ex, body))
    assert ("GB", "CY") in got
    assert not any(code == "islamic-state" for code, _ in got)


def test_a_toll_never_acknowledged_is_no_denial(ex: Extractor) -> None:
    body = "At least 80 Wagner fighters were killed in Libya last year, a toll the Kremlin has never acknowledged."
    claims = run(ex, body)
    assert ("wagner-group", "casualties", 80) in figs(claims)
    body = "At least 80 Wagner fighters were killed in Libya last year, a toll the Kremlin has never confirmed."
    assert ("wagner-group", "casualties", 80) in figs(run(ex, body))


def test_a_place_before_the_speaker_is_no_partner(ex: Extractor) -> None:
    body = (
        "Washington is sending two more Patriot batteries to Europe.\n\n"
        "The batteries will go to Rzeszow in Poland and to Romania, Pentagon spokesman John Smith said."
    )
    got = locs(run(ex, body))
    assert ("US", "PL") in got
    assert ("US", "RO") in got
    assert not any(code == "RO" for code, _ in got)


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


def test_a_message_to_a_state_is_no_place(ex: Extractor) -> None:
    body = "Four B-52 bombers landed in Guam on Friday, a deployment analysts read as a message to China."
    got = locs(run(ex, body))
    assert ("US", "GU") in got or ("US", "US") in got
    assert ("US", "CN") not in got
    body = "Britain sent two frigates to the Baltic Sea, a clear warning to Russia, officials said."
    assert ("GB", "RU") not in locs(run(ex, body))


def test_a_think_tank_in_a_city_is_no_place(ex: Extractor) -> None:
    body = "A think tank in Tokyo estimated that Beijing has sent about 200 engineers to Cambodia."
    got = locs(run(ex, body))
    assert ("CN", "KH") in got
    assert ("CN", "JP") not in got


def test_former_members_of_a_group_belong_to_the_group_they_joined(ex: Extractor) -> None:
    body = "Some 600 former Wagner fighters have signed contracts with the Africa Corps and moved to Libya."
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 600) in got
    assert ("wagner-group", "troops", 600) not in got
    # with no other group named, the former group's name still owns the count
    body = "About 300 former Wagner fighters now serve in Libya, a monitor said."
    assert ("wagner-group", "troops", 300) in figs(run(ex, body))


def test_a_states_force_that_speaks_in_a_relative_clause_owns_its_losses(ex: Extractor) -> None:
    body = (
        "Wagner fighters have left Niger.\n\n"
        "The news comes at a bad time for Chad's armed forces, which said on Sunday that 12 soldiers had died "
        "in an attack on a base near Lake Chad."
    )
    got = figs(run(ex, body))
    assert ("TD", "casualties", 12) in got
    assert ("wagner-group", "casualties", 12) not in got


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


def test_munitions_dropped_on_a_site_named_with_articles_is_a_target(ex: Extractor) -> None:
    body = (
        "The United States attacked two nuclear sites in Iran early Sunday, dropping 30,000-pound bombs on the "
        "underground enrichment plant at Natanz in an operation that involved more than 90 American aircraft."
    )
    claims = run(ex, body)
    assert ("US", "equipment", 90) in figs(claims)
    assert not any(c.location and c.location.country_code == "IR" for c in claims if not c.denied)


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


def test_the_corps_as_subject_is_the_group_named_before(ex: Extractor) -> None:
    body = (
        "The Africa Corps arrived in Chad in May with instructors to train Chadian soldiers. "
        "In neighbouring Niger, the corps has several hundred personnel, who guard the presidency."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "NE") in got
    assert ("TD", "NE") not in got


def test_the_corps_after_a_preposition_is_no_subject(ex: Extractor) -> None:
    body = (
        "The Africa Corps has taken over in Niger.\n\n"
        "Wagner fighters who refused to sign contracts with the corps have largely left the country, a source "
        'said, although "a few dozen" remain in Niger as guards at uranium mines.'
    )
    claims = run(ex, body)
    assert any(c.actor.code == "wagner-group" for c in claims)
    assert not any(c.actor.code == "africa-corps" and c.denied for c in claims)


def test_two_groups_joined_before_one_force_noun_are_both_placed(ex: Extractor) -> None:
    body = (
        "The Africa Corps has about 3,000 personnel on the continent.\n\n"
        "In Mozambique, the joint Wagner and Africa Corps presence is estimated at several hundred."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "MZ") in got
    assert ("wagner-group", "MZ") in got


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
