"""Extraction rules learned from the location misses of held-out sets 26 and 33 in session 14 (a base spoken of
only as a prospect, ...).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_a_prospective_base_in_a_where_clause_places_no_forces(ex: Extractor) -> None:
    body = (
        "About 300 Russian instructors have landed in Sao Tome and Principe.\n\n"
        "Diplomats said the deployment would hand Moscow a foothold on the Gulf of Guinea, where Paris had long been "
        "worried about a potential Chinese naval base."
    )
    got = locs(run(ex, body))
    assert ("RU", "ST") in got
    assert not any(code == "CN" for code, _ in got)
    # forces named before the place are there, whatever the relative clause says of a base
    body = "Chinese engineers are in Cambodia, where Washington fears a proposed Chinese naval base."
    assert ("CN", "KH") in locs(run(ex, body))
    # a base that exists is no prospect
    body = "Chinese sailors arrived in Djibouti, where China opened its first overseas naval base in 2017."
    assert ("CN", "DJ") in locs(run(ex, body))


def test_forces_that_travelled_to_a_place_are_there(ex: Extractor) -> None:
    body = "A small team of Russian military advisers had travelled to Bangui in March, the officials said."
    assert ("RU", "CF") in locs(run(ex, body))
    body = "About 40 Turkish instructors flew to Mogadishu last week."
    assert ("TR", "SO") in locs(run(ex, body))
    # anyone else's journey stays a transit point or a visit's venue
    body = "The Russian defence minister travelled to Bangui in March to meet President Touadera."
    assert ("RU", "CF") not in locs(run(ex, body))
    body = "The Nepali recruits travelled to Moscow before they were sent to the front in Ukraine."
    assert not any(cc == "RU" for _, cc in locs(run(ex, body)))


def test_a_stage_left_again_with_were_then_is_no_location(ex: Extractor) -> None:
    body = "The North Korean troops landed in Vladivostok and were then moved by train to the Kursk region."
    got = locs(run(ex, body))
    assert ("KP", "RU") in got
    got_names = {c.location.name for c in run(ex, body) if c.location}
    assert "Vladivostok" not in got_names
    # after a plain coordination the first place stays
    body = "The North Korean troops landed in Vladivostok and were welcomed by Russian officers."
    got_names = {c.location.name for c in run(ex, body) if c.location}
    assert "Vladivostok" in got_names


def test_a_course_given_up_is_no_location(ex: Extractor) -> None:
    body = (
        "The destroyer USS Arleigh Burke, which had been heading for the Baltic Sea, was diverted to the North Sea "
        "on Friday."
    )
    got = {c.location.name for c in run(ex, body) if c.location}
    assert "North Sea" in got
    assert "Baltic Sea" not in got
    body = "About 300 Dutch soldiers who were due to deploy to Lithuania will go to Romania instead."
    got_cc = locs(run(ex, body))
    assert ("NL", "RO") in got_cc
    assert ("NL", "LT") not in got_cc
    # with no change of course the destination stays
    body = "About 300 Dutch soldiers were due to deploy to Lithuania in the spring."
    assert ("NL", "LT") in locs(run(ex, body))


def test_forces_named_alongside_are_there_too(ex: Extractor) -> None:
    body = "About 200 Dutch marines trained in northern Norway alongside British commandos last month."
    got = locs(run(ex, body))
    assert {("NL", "NO"), ("GB", "NO")} <= got
    body = (
        "Some 400 Spanish soldiers took part in an exercise in Latvia, training alongside Canadian and Latvian "
        "units."
    )
    got = locs(run(ex, body))
    assert {("ES", "LV"), ("CA", "LV")} <= got
    assert ("LV", "LV") not in got  # a host's own units are at home
    # officials beside forces are no forces; a place of another clause is not the partner's
    body = "About 150 French troops arrived in Estonia, where they were greeted alongside British officials."
    assert ("GB", "EE") not in locs(run(ex, body))
    body = (
        "Some 300 U.S. soldiers will join an exercise in Lithuania in June, the general said, and a tank platoon "
        "will train alongside Polish units in Poland."
    )
    assert ("PL", "LT") not in locs(run(ex, body))


def test_a_place_the_next_sentence_moves_on_from_is_a_stage(ex: Extractor) -> None:
    first = "Iran delivered attack drones to Russia, unloaded at the port of Makhachkala in Dagestan.\n\n"
    body = first + "From there, officials said, the drones were trucked to Kazan."
    got = {c.location.name for c in run(ex, body) if c.location}
    assert "Makhachkala" not in got
    assert "Kazan" in got
    # with no next leg the place stays
    got = {c.location.name for c in run(ex, first + "Officials said the drones were counted there.") if c.location}
    assert "Makhachkala" in got
