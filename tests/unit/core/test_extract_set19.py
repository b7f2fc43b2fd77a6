"""Extraction rules learned from the misses of held-out set 19 (gendarmes and legionnaires, French overseas
commands, U.N. missions named by their theatre, police joined to a troop noun).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_an_oceans_name_before_island_or_territory_is_no_place(ex: Extractor) -> None:
    body = "About 40 Turkish instructors arrived in the Comoros, months after a coup on the Indian Ocean island."
    got = run(ex, body)
    assert locs(got) == {("TR", "KM")}
    body = "Spain sent 300 marines to the Canary Islands, bringing its forces in the Atlantic territory to 2,000."
    assert all(c.location is None or c.location.country_code is not None for c in run(ex, body))


def test_a_counted_model_is_not_the_town_that_shares_its_name(ex: Extractor) -> None:
    got = run(ex, "The RAAF sent three Hercules to Vanuatu on Sunday.")
    assert locs(got) == {("AU", "VU")}


def test_an_introductory_city_is_the_speakers_when_the_forces_are_in_another_country(ex: Extractor) -> None:
    body = "In Moroni, the government spokesman affirmed that about 200 French soldiers had been sent to Mayotte."
    assert locs(run(ex, body)) == {("FR", "YT")}


def test_an_introductory_place_stays_when_the_forces_are_there(ex: Extractor) -> None:
    body = "In Havana, the Peruvian patrol ship BAP Guise docked on Monday with 80 sailors aboard, Peru's navy said."
    assert ("PE", "CU") in locs(run(ex, body))


def test_a_hearing_or_committee_is_a_venue(ex: Extractor) -> None:
    body = (
        "Testifying before a Senate committee in Washington on Tuesday, a U.S. admiral said about 30 Chinese"
        " personnel work at the station in Bolivia."
    )
    assert locs(run(ex, body)) == {("CN", "BO")}


def test_a_patrol_of_a_sea_is_a_place(ex: Extractor) -> None:
    body = "The Kenyan navy said its patrol ship KNS Jasiri, with about 70 sailors, began a patrol of the Gulf of Aden."
    assert locs(run(ex, body)) == {("KE", None)}
    assert {c.location.name for c in run(ex, body) if c.location} == {"Gulf of Aden"}


def test_a_statements_city_is_not_the_area_referred_to_next(ex: Extractor) -> None:
    body = (
        "Gunmen attacked a MONUSCO base near Beni on Friday. In New York, a statement issued by the Council called"
        " the attack a war crime. MONUSCO has about 11,000 troops in the area."
    )
    got = run(ex, body)
    assert all(c.location is None or c.location.country_code == "CD" for c in got)


def test_a_relative_clause_of_planned_arrival_places_the_forces(ex: Extractor) -> None:
    body = "Jordan will deploy 12 more military observers, who are expected in Juba next month, the U.N. said."
    assert locs(run(ex, body)) == {("JO", "SS")}


def test_its_opening_a_sentence_is_the_state_the_sentence_before_opened_with(ex: Extractor) -> None:
    body = (
        "About 50 Turkish advisers arrived in Somalia this week, officials said.\n\nBritain has followed the talks"
        " with Ankara closely. Its Gulf command keeps about 900 troops in Oman and Bahrain."
    )
    got = figs(run(ex, body))
    assert ("GB", "troops", 900) in got
    assert ("TR", "troops", 900) not in got


def test_it_after_a_state_that_left_another_keeps_the_items_state(ex: Extractor) -> None:
    body = (
        "Belgium moved its force to Niger after leaving Mali in 2022. It still has about 300 troops in Niger, the"
        " Belgian army said."
    )
    got = figs(run(ex, body))
    assert ("BE", "troops", 300) in got
    assert ("ML", "troops", 300) not in got
