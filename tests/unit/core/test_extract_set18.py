"""Extraction rules learned from the misses of held-out set 18 (earlier estimates, calibres, observer teams, mines).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_hyphenated_pair_naming_a_boundary_is_neither_place(ex: Extractor) -> None:
    got = run(ex, "Ghana sent 12 observers to the Eritrea-Ethiopia border in 2001.")
    assert figs(got) == {("GH", "troops", 12)}
    assert not locs(got)
    assert locs(run(ex, "Ghana sent 12 observers to Eritrea in 2001.")) == {("GH", "ER")}


def test_two_compass_parts_of_one_place_are_that_place(ex: Extractor) -> None:
    got = run(ex, "The Wagner Group has about 1,500 fighters in northern and central Mali.")
    assert locs(got) == {("wagner-group", "ML")}


def test_supplies_handed_to_a_states_army_are_placed_in_that_state(ex: Extractor) -> None:
    got = run(ex, "Turkey delivered 30 armoured vehicles to Somalia's army last week.")
    assert ("TR", "SO") in locs(got)
    assert not locs(run(ex, "Turkey praised Somalia's army for its courage."))


def test_a_province_named_after_its_countrys_possessive_is_the_part_of_it(ex: Extractor) -> None:
    got = run(ex, "Belarusian volunteers were fighting in occupied parts of Ukraine's Kherson region, Kyiv said.")
    assert {c.location.name for c in got if c.location} == {"Kherson Oblast"}


def test_an_embargo_on_a_state_does_not_place_forces_there(ex: Extractor) -> None:
    got = run(ex, "Three Spanish warships are enforcing the arms embargo on Sudan in the Red Sea.")
    assert {c.location.name for c in got if c.location} == {"Red Sea"}


def test_a_denial_in_an_earlier_that_clause_does_not_deny_the_figure(ex: Extractor) -> None:
    body = (
        "The French embassy said there was no French military base in Chad and that about 120 French military"
        " personnel were in the country."
    )
    got = run(ex, body)
    assert [(c.figure.value, c.denied) for c in got if c.figure] == [(120, False)]
