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


def test_a_subject_counting_forces_before_in_place_comma_is_no_venue(ex: Extractor) -> None:
    body = "Spanish force levels in Latvia stood at about 600, a defence official said."
    assert locs(run(ex, body)) == {("ES", "LV")}
    # an introductory venue stays a venue
    body = "Speaking in Riga, the minister said 600 Spanish troops were in Estonia."
    assert locs(run(ex, body)) == {("ES", "EE")}


def test_elements_of_the_formation_are_the_items_forces_beside_partners_and_places(ex: Extractor) -> None:
    body = (
        "The Dutch navy said about 300 marines are deploying to Norway. Elements of the battalion will join an "
        "exercise in Finland and Sweden in March, an officer said, and a platoon will train alongside Danish units."
    )
    got = locs(run(ex, body))
    assert {("NL", "FI"), ("NL", "SE")} <= got
    assert not any(code == "DK" for code, _ in got)


def test_left_a_place_at_a_time_for_a_country_names_the_destination(ex: Extractor) -> None:
    body = "About 400 Kenyan soldiers left Jomo Kenyatta International Airport on Monday for Haiti, officials said."
    got = run(ex, body)
    assert locs(got) == {("KE", "HT")}
    # "for" after no verb of leaving is no destination
    body = "Kenya deployed 400 soldiers on Monday for the first time, officials in Haiti said."
    assert ("KE", "HT") not in locs(run(ex, body))


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


def test_a_count_in_a_relative_clause_on_a_place_is_in_that_place(ex: Extractor) -> None:
    body = (
        "Spare parts were flown to Naples, while the heavier kit went by sea to Cyprus, which hosts about "
        "2,200 British troops at Akrotiri and Dhekelia."
    )
    got = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in got if c.figure and c.location}
    assert placed == {(2200, "CY")}
