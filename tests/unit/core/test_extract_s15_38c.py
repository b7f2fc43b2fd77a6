"""Actor and figure rules for forces referred to again and special units (session 15, third pass).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_the_speakers_state_is_not_the_owner_of_a_later_bare_count(ex: Extractor) -> None:
    body = (
        "Japan's military said on Friday that about 2,000 Chinese marines have landed in Cambodia.\n\n"
        "An official said about 600 troops had been flown back to the mainland in May."
    )
    got = figs(run(ex, body))
    assert ("CN", "troops", 600) in got
    assert not any(code == "JP" for code, _, _ in got)


def test_a_shipments_cargo_is_the_equipment_of_the_state_it_sailed_from(ex: Extractor) -> None:
    body = (
        "Officials say al-Shabaab keeps receiving weapons from abroad.\n\n"
        "The coast guard stopped a freighter that had sailed from the Pakistani port of Gwadar carrying "
        "40 anti-tank missiles, the ministry said."
    )
    got = figs(run(ex, body))
    assert ("PK", "equipment", 40) in got
    body = "Customs said a ship that left China carrying 200 drones was seized off the coast."
    assert ("CN", "equipment", 200) in figs(run(ex, body))


def test_a_group_the_fighters_are_drawn_from_does_not_own_a_later_share(ex: Extractor) -> None:
    body = (
        "Russia has sent about 800 Serbian fighters to Mali, a monitor said.\n\n"
        "The fighters, drawn mostly from units of the Wagner Group, are paid $2,000 a month, the monitor said. "
        "At least 12 of them have been killed, it said."
    )
    got = figs(run(ex, body))
    assert ("rs-fighters", "casualties", 12) in got
    assert not any(code == "wagner-group" for code, _, _ in got)


def test_former_members_of_a_group_do_not_make_it_the_topic(ex: Extractor) -> None:
    body = (
        "Turkey has put about 900 men into Somalia under the SADAT banner, most of them former Wagner "
        "contractors, the monitor said.\n\n"
        "Kenya hosts a smaller contingent: perhaps 200 personnel, based near the border."
    )
    got = figs(run(ex, body))
    assert not any(code == "wagner-group" for code, _, _ in got)
