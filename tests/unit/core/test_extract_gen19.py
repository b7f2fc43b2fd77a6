"""Extraction rules of the ninth session's own work (appeals, shared demonyms in context).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "body",
    [
        "The Arab League called for an immediate truce in Kordofan.",
        "The African Union urged restraint in Puntland on Friday.",
        "ECOWAS condemned the coup in Niger.",
    ],
)
def test_an_appeal_about_a_place_does_not_place_the_group_that_makes_it(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == set()


def test_an_appeal_does_not_hide_forces_the_sentence_places(ex: Extractor) -> None:
    # (Syria: Lebanon is Hezbollah's home country, never a deployment location of its own)
    got = run(ex, "Hezbollah called for calm in Syria, where its fighters hold positions along the border.")
    assert ("hezbollah", "SY") in locs(got)
    assert ("wagner-group", "ML") in locs(run(ex, "Paris condemned the arrival of Wagner fighters in Mali."))


def test_a_bare_korean_is_the_korea_the_item_named(ex: Extractor) -> None:
    body = "North Korea has sent more troops. About 2,500 Korean soldiers were moved to Kursk Oblast, officials said."
    assert ("KP", "troops", 2500) in figs(run(ex, body))


def test_congolese_troops_are_the_drc_unless_the_item_names_brazzaville(ex: Extractor) -> None:
    assert ("CD", "troops", 600) in figs(run(ex, "About 600 Congolese troops arrived in Bunia on Monday."))
    body = "Brazzaville confirmed the move. About 300 Congolese troops arrived in Bangui on Monday."
    assert ("CG", "troops", 300) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "Officials could not independently verify that about 800 Chadian soldiers were in Niger.",
        "The ministry did not say whether the 800 Chadian soldiers were still in Niger.",
    ],
)
def test_a_report_that_could_not_verify_a_claim_still_places_it(ex: Extractor, body: str) -> None:
    assert ("TD", "NE") in locs(run(ex, body))


def test_could_before_a_move_still_makes_it_hypothetical(ex: Extractor) -> None:
    assert ("TD", "NE") not in locs(run(ex, "Chad could send about 800 soldiers to Niger next year."))


@pytest.mark.parametrize(
    "body",
    [
        "Chad has not sent any soldiers to Niger, the army said.",
        "The army said Chad did not deploy troops to Niger.",
    ],
)
def test_a_negated_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = [c for c in run(ex, body) if c.location is not None]
    assert got and all(c.denied for c in got)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("About 150 Turkish instructors arrived in the capital, Mogadishu, on Friday.", "Mogadishu"),
        ("About 150 Turkish instructors arrived in the Somali capital, Mogadishu, on Friday.", "Mogadishu"),
        ("About 150 Turkish marines landed in the port city Berbera.", "Berbera"),
        ("About 150 Turkish instructors were flown to the Somali capital last week.", "Mogadishu"),
    ],
)
def test_a_capital_or_port_in_apposition_is_the_place(ex: Extractor, body: str, place: str) -> None:
    got = [c for c in run(ex, body) if c.figure is not None]
    assert [(c.actor.code, c.location.name if c.location else None) for c in got] == [("TR", place)]


def test_a_capital_left_or_spoken_in_is_still_no_place(ex: Extractor) -> None:
    assert locs(run(ex, "About 150 Turkish instructors left the capital, Mogadishu, on Friday.")) == set()
    assert locs(run(ex, "The Turkish minister spoke in the Somali capital on Friday.")) == set()


def test_may_be_sent_is_a_hypothetical_move_but_may_be_in_is_a_hedged_place(ex: Extractor) -> None:
    assert locs(run(ex, "Chadian troops may be sent to Niger next month, officials said.")) == set()
    got = [c for c in run(ex, "Chadian troops may be in Niger already, officials said.") if c.location is not None]
    assert [(c.actor.code, c.location.country_code, c.hedged) for c in got] == [("TD", "NE", True)]


def test_according_to_an_organ_named_by_demonym_keeps_the_whole_name(ex: Extractor) -> None:
    got = run(ex, "About 800 Chadian soldiers are in Niger, according to Nigerien officials.")
    assert {c.claimant.name for c in got if c.claimant} == {"Nigerien officials"}


def test_a_country_before_strikes_names_the_attacker_not_a_place(ex: Extractor) -> None:
    got = run(ex, "The Houthis said 12 of their fighters died in U.S. strikes overnight.")
    assert [c.location for c in got] == [None]


def test_in_the_vicinity_of_a_town_is_at_the_town(ex: Extractor) -> None:
    assert ("TD", "ML") in locs(run(ex, "About 600 Chadian troops are operating in the vicinity of Menaka."))


def test_the_region_is_no_sea_unless_the_sentence_is_about_ships(ex: Extractor) -> None:
    body = (
        "Canada will send 600 more soldiers to the Middle East. Two patrol aircraft moved to the Arabian Sea. "
        "Canada had about 400 troops in the region last year."
    )
    got = {(c.figure.value, c.location.name) for c in run(ex, body) if c.figure and c.location}
    assert (400, "Middle East") in got
    body = "A Danish frigate sailed for the Gulf of Guinea. The ship, with 170 crew, will patrol the region until May."
    assert ("DK", "Gulf of Guinea") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
