"""Rules of session 16, second pass over a held-out mix of stories: a value another source gives for a quantity
named just before ("put it at", "a higher figure of").

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_put_it_at_refers_to_the_number_an_earlier_clause_named(ex: Extractor) -> None:
    body = (
        "The ministry declined to give the total number of French troops in the Sahel, but two diplomats put it "
        "at about 2,400."
    )
    assert ("FR", "troops", 2400) in figs(run(ex, body))


def test_put_it_at_restates_a_loss_count_of_the_same_sentence(ex: Extractor) -> None:
    body = (
        "The Pentagon's estimate of about 900 Russian soldiers killed last month seems low; British intelligence "
        "put it at 1,300."
    )
    claims = figs(run(ex, body))
    assert ("RU", "casualties", 900) in claims
    assert ("RU", "casualties", 1300) in claims


def test_a_higher_figure_of_restates_the_count_of_the_sentence_before(ex: Extractor) -> None:
    body = (
        "Iran has delivered about 400 Shahed drones to Russia, according to Western officials. "
        "Ukrainian intelligence has cited a higher figure of 600."
    )
    claims = figs(run(ex, body))
    assert ("IR", "equipment", 400) in claims
    assert ("IR", "equipment", 600) in claims


def test_put_it_at_with_nothing_counted_before_is_no_figure(ex: Extractor) -> None:
    body = "The German army held a parade in Berlin. Organisers put it at 3,000 spectators."
    assert not any(v == 3000 for _, _, v in figs(run(ex, body)))


def test_a_total_of_a_sponsors_nationals_over_two_of_its_groups_is_neither_groups_figure(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps flew about 400 soldiers into Niger in May. The Wagner Group still keeps some 800 "
        "fighters in the country, an official said. In all, some 1,200 Russians are now deployed there, he said."
    )
    claims = figs(run(ex, body))
    assert ("africa-corps", "troops", 400) in claims
    assert ("wagner-group", "troops", 800) in claims
    assert not any(v == 1200 for _, _, v in claims)


def test_a_total_of_nationals_with_one_group_named_stays_a_figure(ex: Extractor) -> None:
    body = (
        "The Wagner Group keeps some 800 fighters in Mali, an official said. In all, some 1,200 Russians are now "
        "deployed there, he said."
    )
    assert any(v == 1200 for _, _, v in figs(run(ex, body)))


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
