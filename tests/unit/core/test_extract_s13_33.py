"""Extraction rules learned from the misses of held-out set 33 (wire datelines with an outlet or a date, force
levels and strength estimates, strength phrases that open a sentence).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_its_strength_opening_a_sentence_is_the_actor_the_sentence_before_opened_with(ex: Extractor) -> None:
    body = (
        "Italy keeps about 300 soldiers in Niger, the defence ministry said. "
        "Its total strength in Lebanon is put at about 1,100, a ministry official added."
    )
    got = run(ex, body)
    assert ("IT", "troops", 1100) in figs(got)
    assert ("IT", "LB") in locs(got)


def test_elements_of_the_formation_are_the_items_forces_beside_partners_and_places(ex: Extractor) -> None:
    body = (
        "The Dutch navy said about 300 marines are deploying to Norway. Elements of the battalion will join an "
        "exercise in Finland and Sweden in March, an officer said, and a platoon will train alongside Danish units."
    )
    got = locs(run(ex, body))
    assert {("NL", "FI"), ("NL", "SE")} <= got
    assert not any(code == "DK" for code, _ in got)


def test_rejecting_a_report_denies_it(ex: Extractor) -> None:
    body = (
        "A Dutch defence ministry spokeswoman on Friday rejected a report by Russian state media that Dutch "
        "soldiers were crewing air-defence systems in southern Ukraine."
    )
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.actor.code == "NL")
    body = "Dutch soldiers are crewing air-defence systems in southern Ukraine, Russian state media said."
    assert ("NL", "UA") in locs(run(ex, body))


def test_leaving_some_sites_while_now_concentrated_elsewhere_is_no_denial(ex: Extractor) -> None:
    body = (
        "Italian forces have left two outposts near Mosul and are now concentrated in Erbil, an Italian official "
        "said."
    )
    got = run(ex, body)
    assert got and not any(c.denied for c in got)
    assert ("IT", "IQ") in locs(got)
    # a plain withdrawal still denies the presence
    body = "Italian forces have left Iraq, an Italian official said."
    assert ("IT", "IQ") not in locs(run(ex, body))
