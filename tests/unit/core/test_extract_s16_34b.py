"""Rules of session 16, second pass over a held-out mix of stories: a value another source gives for a quantity
named just before ("put it at", "a higher figure of").

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_a_port_where_cargo_was_unloaded_before_it_went_on_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "A Turkish freighter unloaded about 30 armoured vehicles for the Somali army at the port of Berbera on "
        "Tuesday, and the convoy has since crossed into Ethiopia on its way to Addis Ababa, drivers said."
    )
    places = locs(run(ex, body))
    assert not any(cc == "SO" for _, cc in places)
    assert any(cc == "ET" for _, cc in places)


def test_a_port_where_cargo_was_unloaded_with_no_onward_move_stays_placed(ex: Extractor) -> None:
    body = "A Turkish freighter unloaded about 30 armoured vehicles for the Somali army at the port of Berbera."
    assert any(cc == "SO" for _, cc in locs(run(ex, body)))


def test_a_closing_relative_clause_that_withdraws_the_forces_ends_the_deployment(ex: Extractor) -> None:
    body = "In 2017 Belgium sent a training team of 60 soldiers to Niger, which was withdrawn within a year."
    assert not any(cc == "NE" for _, cc in locs(run(ex, body)))
    body = "Belgium sent 60 soldiers to Niger, who were recalled in March."
    assert not any(cc == "NE" for _, cc in locs(run(ex, body)))


def test_a_relative_clause_that_moves_the_forces_on_does_not_end_the_move(ex: Extractor) -> None:
    body = "Belgium sent 60 soldiers to Niger, who were withdrawn to Benin in March."
    assert any(cc == "NE" for _, cc in locs(run(ex, body)))
    body = "Belgium sent 60 soldiers to Niger, which is a close partner."
    assert any(cc == "NE" for _, cc in locs(run(ex, body)))


def test_forces_a_relative_clause_sent_somewhere_that_then_returned_are_no_longer_there(ex: Extractor) -> None:
    body = "The artillery battery that France sent to Romania in 2023 returned to France in the spring, officials said."
    assert not any(cc == "RO" for _, cc in locs(run(ex, body)))
    body = "The artillery battery that France sent to Romania in 2023 is now training near Cincu, officials said."
    assert any(cc == "RO" for _, cc in locs(run(ex, body)))
