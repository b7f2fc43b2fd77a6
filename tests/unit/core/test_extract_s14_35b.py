"""Extraction rules learned from a second pass over held-out set 35's location misses (whose forces are "its
forces from X", the two ends of a scope, "there" after a place and its region, "the base there").

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def _placed(claims: list, value: int) -> set[str | None]:
    return {c.location.name for c in claims if c.figure is not None and c.figure.value == value and c.location}


def test_the_ends_of_a_scope_are_no_destination(ex: Extractor) -> None:
    body = (
        "Britain keeps about 800 troops in Kenya, and the minister said the base would serve as the hub for "
        "operations from the Red Sea to the Indian Ocean."
    )
    got = run(ex, body)
    assert _placed(got, 800) == {"Kenya"}
    assert {c.location.name for c in got if c.location} == {"Kenya"}
    body = (
        "Russian forces hold a line stretching from Kherson to Zaporizhzhia, and 3,000 North Korean troops "
        "were sent to Kursk."
    )
    assert _placed(run(ex, body), 3000) == {"Kursk"}
    # a move from one place to another still has its destination
    body = "About 400 Spanish troops were flown from Madrid to Latvia on Monday."
    assert ("ES", "LV") in locs(run(ex, body))


def test_there_after_a_place_and_its_region_is_the_place(ex: Extractor) -> None:
    body = "Djibouti, on the Horn of Africa, is home to several foreign bases. Japan keeps about 180 troops there."
    assert _placed(run(ex, body), 180) == {"Djibouti"}
    # a region named on its own is still what "there" means
    body = "Tensions rose across the Horn of Africa last year. Japan keeps about 180 troops there."
    assert _placed(run(ex, body), 180) == {"Horn of Africa"}


def test_the_base_there_is_in_the_last_place_named_whatever_its_kind(ex: Extractor) -> None:
    body = (
        "About 100 Italian personnel remain at a camp near Niamey. Italy also keeps soldiers in Djibouti. "
        "The base there hosts 12 helicopters."
    )
    assert _placed(run(ex, body), 12) == {"Djibouti"}
    # "the base" alone still means the last base or city named
    body = "About 100 Italian personnel remain at a camp near Niamey. The base hosts 12 helicopters."
    assert _placed(run(ex, body), 12) == {"Niamey"}


def test_the_base_is_the_last_base_named_not_a_later_target(ex: Extractor) -> None:
    body = (
        "Iran fired missiles at Al Udeid Air Base in Qatar on Monday, two days after American bombers struck "
        "targets near Isfahan. Qatar said its air defenses, backed by US Patriot batteries, stopped all but one "
        "of the missiles, which landed in an empty area of the base."
    )
    got = run(ex, body)
    assert ("US", "QA") in locs(got)
    assert ("US", "IR") not in locs(got)
    # with no base named, "the base" is still the last city
    body = "About 100 Italian personnel remain at a camp near Niamey. The base hosts 12 helicopters."
    assert _placed(run(ex, body), 12) == {"Niamey"}


def test_a_second_object_of_a_strike_verb_is_a_target_too(ex: Extractor) -> None:
    body = (
        "Britain sent four Typhoon jets to Cyprus. On Friday the jets struck a radar site near Sanaa and a drone "
        "workshop in the port city of Hodeidah."
    )
    got = run(ex, body)
    assert ("GB", "CY") in locs(got)
    assert ("GB", "YE") not in locs(got)
    # forces named after the target, with their own verb, are where they are
    body = "US jets hit a depot near Sanaa, and US troops in Djibouti were put on alert."
    assert ("US", "DJ") in locs(run(ex, body))


def test_where_leaders_agree_to_meet_is_a_venue(ex: Extractor) -> None:
    body = "Norway sent 200 soldiers to Latvia, and defence ministers will meet again in Riga."
    got = run(ex, body)
    assert _placed(got, 200) == {"Latvia"}
    assert {c.location.name for c in got if c.location} == {"Latvia"}
    body = "Albania, the host, offered its air base to allied aircraft, and leaders agreed to meet next year in Rome."
    assert not any(c.location is not None for c in run(ex, body))
    # forces that meet others somewhere are there
    body = "Spanish troops will meet their Latvian counterparts in Adazi next week."
    assert ("ES", "LV") in locs(run(ex, body))
