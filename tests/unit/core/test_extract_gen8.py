"""Extraction rules from held-out set #11 (invented sentences): model designators, ..."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_place_before_a_service_name_names_an_organisation(ex: Extractor) -> None:
    # "the Republic of Fiji Military Forces said": the speaker's name holds no place for "there" to refer back to
    body = (
        "Vanuatu has about 90 soldiers in the mission, the Republic of Fiji Military Forces said. "
        "More Vanuatu soldiers were later sent there."
    )
    assert not any(c.location and c.location.country_code == "FJ" for c in run(ex, body))
    body = "About 300 Kenya Defence Forces soldiers arrived in Haiti on Tuesday."
    claims = run(ex, body)
    assert ("KE", "troops", 300) in figs(claims)
    assert ("KE", "HT") in locs(claims)


def test_an_anaphor_described_by_its_complement_refers_back_to_nothing(ex: Extractor) -> None:
    body = (
        "The ceasefire line runs between Israel and Syria, officials in Damascus said.\n\n"
        "Ghanaian soldiers patrol the area of separation."
    )
    assert not any(c.location for c in run(ex, body))
    # "the country of 5 million people" still refers back
    body = (
        "Russian mercenaries have been in Mali since 2021.\n\n"
        "The country of about 20 million people has been their main base, hosting about 1,500 mercenaries."
    )
    assert any(c.location and c.location.country_code == "ML" and c.figure for c in run(ex, body))


def test_aircraft_that_landed_arrived(ex: Extractor) -> None:
    body = "Spain has about 130 troops in Latvia.\n\nFour Spanish F-18s landed at Siauliai in Lithuania on Monday."
    claims = run(ex, body)
    assert ("ES", "equipment", 4) in figs(claims)
    assert ("ES", "LT") in locs(claims)
    body = "Spain has about 130 troops in Latvia.\n\nTwo Eurofighters landed at Amari on Monday."
    assert ("ES", "equipment", 2) in figs(run(ex, body))
    # fired things that landed are incoming fire, whose firer is not said
    body = "Spain has about 130 troops in Latvia.\n\nTwo rockets landed near the Spanish base on Monday."
    assert not any(c.figure for c in run(ex, body) if c.topic == "equipment")


def test_a_negation_in_a_restrictive_relative_clause_denies_nothing(ex: Extractor) -> None:
    body = "Ireland sent about 130 soldiers to Lebanon in 2019 to replace Finnish troops who withdrew after a cut."
    claims = run(ex, body)
    assert ("IE", "troops", 130) in figs(claims)
    assert ("IE", "LB") in locs(claims)
    # the relative clause ends at the main verb: a negation after it still denies
    body = "The Irish soldiers who came in May are no longer in Lebanon, the army said."
    assert all(c.denied for c in run(ex, body))


def test_luzon_and_the_luzon_strait_are_places(ex: Extractor) -> None:
    claims = run(ex, "About 300 Australian troops are in northern Luzon for the drills.")
    assert ("AU", "troops", 300) in figs(claims)
    assert ("AU", "PH") in locs(claims)
    claims = run(ex, "Two Chinese destroyers sailed through the Luzon Strait on Monday.")
    assert {c.location.name for c in claims if c.location} == {"Luzon Strait"}
