"""Extraction rules of the eighth session's own work (owners named after the counted noun, quoted partitives).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    "body",
    [
        "The Spanish frigate left the Kenyan port of Mombasa on Monday.",
        "The Spanish frigate departed from the port of Mombasa on Monday.",
    ],
)
def test_a_port_left_through_its_name_is_a_departure(ex: Extractor, body: str) -> None:
    assert not [c for c in run(ex, body) if c.location is not None]


@pytest.mark.parametrize(
    "body",
    [
        "The Spanish frigate arrived in the Kenyan port of Mombasa on Monday.",
        "The Spanish frigate arrived in the port of Mombasa on Monday.",
    ],
)
def test_a_port_arrived_in_through_its_name_is_a_location(ex: Extractor, body: str) -> None:
    assert [c.location.name for c in run(ex, body) if c.location is not None] == ["Mombasa"]


@pytest.mark.parametrize(("demonym", "code"), [("Montenegrin", "ME"), ("Thai", "TH"), ("Togolese", "TG")])
def test_a_demonym_listed_among_a_states_aliases_still_names_its_land(ex: Extractor, demonym: str, code: str) -> None:
    got = run(ex, f"Two Italian F-35s entered {demonym} airspace on Monday.")
    assert ("IT", code) in locs(got)


def test_coordinated_demonyms_share_the_land_word_after_the_second(ex: Extractor) -> None:
    got = run(ex, "Four Greek F-16s policed Slovenian and Croatian airspace last month.")
    assert {("GR", "SI"), ("GR", "HR")} <= locs(got)


@pytest.mark.parametrize(
    "body",
    [
        "Chad has offered to send 500 troops to Niger.",
        "Chad would consider sending 500 troops to Niger.",
        "Chad is willing to deploy 500 troops to Niger.",
    ],
)
def test_an_offer_or_a_willingness_places_no_forces(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert ("TD", "troops", 500) in figs(got)
    assert not locs(got)


@pytest.mark.parametrize(
    "body", ["Chad refused to send 500 troops to Niger.", "Chad declined to deploy troops to Niger."]
)
def test_a_refusal_to_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert got and all(c.denied for c in got)


def test_declining_to_comment_is_no_denial(ex: Extractor) -> None:
    got = run(ex, "Chad declined to comment on reports that 500 of its troops were in Niger.")
    assert got and not any(c.denied for c in got)


def test_an_island_named_after_a_base_on_it_is_no_second_place(ex: Extractor) -> None:
    got = run(ex, "New Zealand flew about 40 airmen to Kadena Air Base on the Japanese island of Okinawa last week.")
    assert [c.location.name for c in got if c.location is not None] == ["Kadena Air Base"]


def test_headquarters_where_reporters_were_shown_something_is_a_venue(ex: Extractor) -> None:
    body = (
        "The army spokesman showed reporters at army headquarters in Hanoi photographs that he said showed"
        " Chinese officers beside a rocket launcher."
    )
    assert not [c for c in run(ex, body) if c.location is not None]
