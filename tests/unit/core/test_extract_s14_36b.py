"""Extraction rules learned from the misses of held-out sets 36 and 35 (second pass): speakers that are no
owners, possible and ended moves, shares of weapons fired, departure grounds, oceans that only locate, travel
on visas.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_troops_deployed_to_a_base_in_a_compass_part_are_still_placed(ex: Extractor) -> None:
    body = "About 300 Syrian troops were deployed to a base in northern Iraq last month."
    assert ("SY", "IQ") in locs(run(ex, body))


def test_forces_that_may_later_be_used_somewhere_are_not_placed_there(ex: Extractor) -> None:
    body = (
        "North Korean engineers arrived in Kursk last month.\n\n"
        "Ukrainian officials say the engineers may later be used in the Kharkiv direction."
    )
    got = locs(run(ex, body))
    assert ("KP", "RU") in got
    assert ("KP", "UA") not in got


def test_forces_that_may_eventually_be_sent_somewhere_are_not_placed_there(ex: Extractor) -> None:
    body = "Analysts say the Belarusian battalion may eventually be sent to Syria."
    assert ("BY", "SY") not in locs(run(ex, body))


def test_forces_stationed_somewhere_that_left_recently_are_no_longer_there(ex: Extractor) -> None:
    body = "The last Italian soldiers stationed in Niger left over the past few weeks, the general staff said."
    assert ("IT", "NE") not in locs(run(ex, body))


def test_forces_that_left_last_week_and_moved_on_are_placed_where_they_went(ex: Extractor) -> None:
    body = "The 300 Italian soldiers stationed in Niger left last week and were moved to Chad."
    got = locs(run(ex, body))
    assert ("IT", "NE") not in got
    assert ("IT", "TD") in got


def test_training_grounds_forces_left_are_a_departure_point(ex: Extractor) -> None:
    body = (
        "A further 1,000 North Korean troops had left training grounds in Primorsky Krai "
        "and were moving toward Ukraine."
    )
    got = locs(run(ex, body))
    assert ("KP", "UA") in got
    assert ("KP", "RU") not in got


def test_bases_forces_left_are_a_departure_point(ex: Extractor) -> None:
    body = "About 600 Chadian soldiers left their bases in Niger and were heading for Mali."
    got = locs(run(ex, body))
    assert ("TD", "ML") in got
    assert ("TD", "NE") not in got


def test_forces_training_on_grounds_are_still_placed_there(ex: Extractor) -> None:
    body = "About 1,000 North Korean troops are drilling at training grounds in Primorsky Krai."
    assert ("KP", "RU") in locs(run(ex, body))


def test_an_ocean_that_only_locates_an_island_is_not_the_region_referred_back_to(ex: Extractor) -> None:
    body = (
        "The Pentagon is sending a second aircraft carrier to the Middle East, officials said.\n\n"
        "The USS Ford will join the USS Nimitz in the region by the end of the month, a spokesman said.\n\n"
        "Four B-52 bombers remain on the island of Diego Garcia in the Indian Ocean, where they arrived in April.\n\n"
        "The Nimitz has been in the region since January, when it arrived with some 5,000 sailors aboard."
    )
    got = {(c.actor.code, c.figure.value, c.location.name) for c in run(ex, body) if c.figure and c.location}
    assert ("US", 5000, "Middle East") in got
    assert ("US", 5000, "Indian Ocean") not in got


def test_ships_sent_to_an_ocean_are_still_in_the_region_referred_back_to(ex: Extractor) -> None:
    body = (
        "Two Indian destroyers were sent to the Indian Ocean last month, the navy said.\n\n"
        "The ships have been in the region since May with about 600 sailors aboard."
    )
    got = {(c.actor.code, c.figure.value, c.location.name) for c in run(ex, body) if c.figure and c.location}
    assert ("IN", 600, "Indian Ocean") in got


def test_a_journey_on_tourist_visas_places_no_forces_but_the_camp_after_it_does(ex: Extractor) -> None:
    body = (
        "About 300 Nepali men were recruited into the Russian army last year. They flew from Kathmandu to Moscow "
        "via Dubai on tourist visas, were sent to a training camp in Rostov region and then to the front."
    )
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("np-fighters", "Rostov Oblast") in got
    assert ("np-fighters", "Moscow") not in got
