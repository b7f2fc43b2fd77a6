"""Extraction rules learned from the misses of held-out sets 24, 25 and 26 (what "the country" refers back to,
transit stops, hospitals and custody places, negated entries, undecided sites, local namesakes,
named crises, recruited prisoners, ex-soldiers and militia members, hired hands of an armed group).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def _placed(claims: list, value: int) -> set[str | None]:
    return {c.location.name for c in claims if c.figure is not None and c.figure.value == value and c.location}


def test_the_country_refers_back_to_a_country_not_to_a_region(ex: Extractor) -> None:
    body = (
        "Washington has ended its partnership with Chad, long the hub of American operations in the Sahel. "
        "The Pentagon will withdraw the 300 American troops in the country by May."
    )
    assert _placed(run(ex, body), 300) == {"Chad"}
    # the forces' own state named in between is not the country meant
    body = (
        "Germany agreed to pull its soldiers out of Mali, ending a mission that made it a pillar of European "
        "operations in the Sahel. Officials in Berlin said the 900 German troops in the country would leave by June."
    )
    assert _placed(run(ex, body), 900) == {"Mali"}
    # a city named last stays the place meant: it lies in a country
    body = "Russia flew 200 instructors into Bangui. About 1,000 Wagner fighters are in the country, a diplomat said."
    assert _placed(run(ex, body), 1000) == {"Bangui"}


def test_a_site_where_aircraft_stopped_on_the_way_is_a_transit_point(ex: Extractor) -> None:
    body = "Four Turkish transport planes stopped at an airfield in Sudan before flying on to Chad, officials said."
    got = locs(run(ex, body))
    assert ("TR", "TD") in got
    assert ("TR", "SD") not in got
    body = "Six Spanish jets refuelled at Souda Bay air base in Greece before flying on to Lithuania."
    got = locs(run(ex, body))
    assert ("ES", "LT") in got
    assert ("ES", "GR") not in got
    # forces based at a site stay there
    body = "About 500 Turkish troops are stationed at an air base in Somalia."
    assert ("TR", "SO") in locs(run(ex, body))


def test_a_hospital_named_as_a_place_is_where_the_wounded_are_treated(ex: Extractor) -> None:
    body = "The wounded Italian soldiers were flown to Landstuhl Regional Medical Center in Germany."
    assert not locs(run(ex, body))
    body = "Two injured Dutch marines were taken to Queen Elizabeth Hospital, the ministry said."
    assert not locs(run(ex, body))


def test_where_captured_fighters_are_held_is_a_custody_place(ex: Extractor) -> None:
    body = "Three Colombian mercenaries captured near El Fasher are being held by military intelligence in Port Sudan."
    got = run(ex, body)
    assert not any(c.location is not None and c.location.name == "Port Sudan" for c in got)
    body = "The captured North Korean soldiers are being detained at a camp near Lviv, officials said."
    assert not locs(run(ex, body))
    # without captives, "held" is no custody: troops that hold ground are there
    body = "About 2,000 Polish troops held an exercise in Lithuania last week."
    assert ("PL", "LT") in locs(run(ex, body))


def test_a_negated_entry_places_no_forces(ex: Extractor) -> None:
    body = (
        "About 150 Egyptian engineers have reached Gaza to clear rubble, officials said, adding that none of them "
        "would set foot inside Israel."
    )
    got = locs(run(ex, body))
    assert ("EG", "IL") not in got
    body = "Prigozhin said Wagner would not take part in the fighting in Niger for now."
    assert ("wagner-group", "NE") not in locs(run(ex, body))
    # a plain part in the fighting places them
    body = "Wagner fighters took part in the fighting in Niger, Prigozhin said."
    assert ("wagner-group", "NE") in locs(run(ex, body))


def test_elsewhere_in_the_region_is_not_the_place_named_before(ex: Extractor) -> None:
    body = (
        "About 300 Dutch marines arrived in Cyprus on Monday. "
        "Officials said the marines had been drawn from units already serving elsewhere in the region."
    )
    got = run(ex, body)
    assert len([c for c in got if c.location is not None and c.location.name == "Cyprus"]) == 1


def test_the_place_a_battle_is_fought_for_is_where_the_forces_fought(ex: Extractor) -> None:
    body = "The Wagner chief said some 9,000 of his men had died in the battle for Soledar."
    got = run(ex, body)
    assert any(
        c.actor.code == "wagner-group" and c.figure is not None and c.figure.value == 9000 and c.location is not None
        and c.location.name == "Soledar"
        for c in got
    )  # fmt: skip
    # fighting for a state names a side, not a place
    body = "About 500 Chinese nationals are fighting for Russia, Kyiv said."
    assert not any(c.location is not None and c.location.country_code == "RU" for c in run(ex, body))


def test_the_agent_of_a_passive_is_no_place_to_refer_back_to(ex: Extractor) -> None:
    body = (
        "A mining firm registered in Bamako was sanctioned by the United States last year. "
        "Wagner has about 1,500 fighters in the country, diplomats said."
    )
    got = run(ex, body)
    assert ("wagner-group", "US") not in locs(got)
    assert ("wagner-group", "ML") in locs(got)


def test_places_left_undecided_by_the_sentence_are_no_locations(ex: Extractor) -> None:
    body = (
        "The Pentagon is looking at alternative sites for the 800 American troops, including in Ghana and Benin, "
        "but no decision has been made."
    )
    got = run(ex, body)
    assert ("US", "troops", 800) in figs(got)
    assert not locs(got)
    # a decision on something else leaves the move stated
    body = "Germany sent 300 troops to Lithuania, but no decision has been made on a permanent brigade."
    assert ("DE", "LT") in locs(run(ex, body))
