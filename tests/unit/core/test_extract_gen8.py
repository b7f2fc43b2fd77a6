"""Extraction rules from held-out set #11 (invented sentences): model designators, ..."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.core.numbers import find_figures, noun_topic


def test_plural_model_designators_count_equipment(ex: Extractor) -> None:
    # listed models ("F-35s") and any plural designator ("Tu-95s", "C-130Js") are counted aircraft
    claims = run(ex, "Three Dutch F-35s have been at Amari air base in Estonia since May.")
    assert ("NL", "equipment", 3) in figs(claims)
    assert ("NL", "EE") in locs(claims)
    claims = run(ex, "Canada has sent two C-130Js and four CH-147Fs to Latvia.")
    assert {("CA", "equipment", 2), ("CA", "equipment", 4)} <= figs(claims)
    assert noun_topic("Tu-95s") == "equipment"
    assert noun_topic("B-52s") == "equipment"
    # a designator in the singular is a modifier: the noun after it is counted
    (f,) = find_figures("two P-8A Poseidon aircraft")
    assert (f.unit, f.topic) == ("aircraft", "equipment")
    # two designators joined by "and" still modify one noun
    (f,) = find_figures("70 Il-76 and An-124 transport planes")
    assert f.unit == "transport planes"


def test_a_fleet_brought_to_a_total_counts_equipment(ex: Extractor) -> None:
    claims = run(ex, "Chile's navy received two more frigates last week, bringing its fleet to 10.")
    assert {("CL", "equipment", 2), ("CL", "equipment", 10)} <= figs(claims)
    claims = run(ex, "Peru's air force took delivery of four more jets, raising its fleet to 14 of the 20 it ordered.")
    assert {("PE", "equipment", 14), ("PE", "equipment", 20)} <= figs(claims)
    assert not any(c.topic == "troops" for c in claims)


def test_named_aircraft_and_long_designators_count_equipment(ex: Extractor) -> None:
    claims = run(ex, "Italy will send about 200 troops, two Ospreys and four Leopards to Lithuania.")
    assert {("IT", "troops", 200), ("IT", "equipment", 2), ("IT", "equipment", 4)} <= figs(claims)
    assert noun_topic("Geran-2s") == "equipment"
    assert noun_topic("Hercules") == "equipment"


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


def test_a_mission_without_a_country_is_placed_in_its_territory(ex: Extractor) -> None:
    claims = run(ex, "Nepal provides about 440 soldiers to UNDOF, the UN force that monitors the 1974 ceasefire line.")
    assert ("NP", "troops", 440) in figs(claims)
    assert {c.location.name for c in claims if c.location} == {"Golan Heights"}


def test_a_singular_noun_after_a_count_modifies_the_counted_word() -> None:
    def got(t: str) -> list[tuple[int, str, str | None]]:
        return [(f.value, f.unit, f.topic) for f in find_figures(t)]

    assert got("the wing flew about 90 fighter sorties") == [(90, "", None)]
    assert got("it logged 40 fighter and helicopter landings") == [(40, "", None)]
    assert got("Poland will station 12 fighter aircraft there") == [(12, "aircraft", "equipment")]
    # still counted: a "-strong" force, a plural, a two-word noun, a capitalised name
    assert got("a 4,000-strong force") == [(4000, "force", "troops")]
    assert got("300 drone operators") == [(300, "drone operators", "troops")]
    assert got("two missile launchers") == [(2, "launchers", "equipment")]


def test_technicians_are_personnel(ex: Extractor) -> None:
    claims = run(ex, "A team of 15 French Air Force technicians is at Niamey to service the jets.")
    assert ("FR", "troops", 15) in figs(claims)
    assert ("FR", "NE") in locs(claims)


def test_the_number_of_fighters_beside_jets_counts_aircraft(ex: Extractor) -> None:
    body = "Italy sent three more Eurofighters to Romania, bringing the number of fighters at the base to seven."
    claims = run(ex, body)
    assert {("IT", "equipment", 3), ("IT", "equipment", 7)} <= figs(claims)
    assert not any(c.topic == "troops" for c in claims)


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


def test_a_mission_after_a_preposition_is_the_antecedent_of_which(ex: Extractor) -> None:
    body = "Ghana's battalion of about 870 soldiers is the largest in UNIFIL, which has about 10,000 troops."
    claims = run(ex, body)
    assert {("GH", "troops", 870), ("unifil", "troops", 10000)} <= figs(claims)
    assert ("GH", "troops", 10000) not in figs(claims)
    # a place after a preposition is still no antecedent: the noun phrase's owner is
    body = "Germany's brigade in Lithuania, which numbers about 4,800 troops, is its first abroad."
    assert ("DE", "troops", 4800) in figs(run(ex, body))


def test_the_later_ages_of_a_list_are_no_figures(ex: Extractor) -> None:
    body = "Ghana's army said the four wounded soldiers, aged 22, 25, 29 and 34, were flown to Accra."
    claims = run(ex, body)
    assert figs(claims) == {("GH", "casualties", 4)}
    # a count after an age and a new clause still counts
    claims = run(ex, "The commander, aged 52, said about 300 Ghanaian troops would stay in Lebanon.")
    assert ("GH", "troops", 300) in figs(claims)


def test_a_count_of_camps_or_checkpoints_counts_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Rwandan officers were seen at three camps near Goma, the experts said.")
    assert not any(c.figure for c in claims)
    claims = run(ex, "Turkish troops man four checkpoints in northern Iraq.")
    assert not any(c.figure for c in claims)


def test_a_plural_force_subject_that_numbers_a_count(ex: Extractor) -> None:
    claims = run(ex, "Chinese forces in Djibouti number about 2,000.")
    assert ("CN", "troops", 2000) in figs(claims)
    assert ("CN", "DJ") in locs(claims)
    claims = run(ex, "Paraguay's armed forces number about 15,000, the ministry said.")
    assert ("PY", "troops", 15000) in figs(claims)


def test_the_main_body_of_a_deployment_counts_troops(ex: Extractor) -> None:
    body = "South Korea sent an advance party of 40 soldiers to Poland in April.\n\nThe main body of about 300 came."
    assert {("KR", "troops", 40), ("KR", "troops", 300)} <= figs(run(ex, body))


def test_a_negation_in_a_restrictive_relative_clause_denies_nothing(ex: Extractor) -> None:
    body = "Ireland sent about 130 soldiers to Lebanon in 2019 to replace Finnish troops who withdrew after a cut."
    claims = run(ex, body)
    assert ("IE", "troops", 130) in figs(claims)
    assert ("IE", "LB") in locs(claims)
    # the relative clause ends at the main verb: a negation after it still denies
    body = "The Irish soldiers who came in May are no longer in Lebanon, the army said."
    assert all(c.denied for c in run(ex, body))


def test_a_name_after_a_year_is_the_subject(ex: Extractor) -> None:
    claims = run(ex, "In 2019 Ireland sent about 130 soldiers to Lebanon.")
    assert ("IE", "troops", 130) in figs(claims)
    assert ("IE", "LB") in locs(claims)


def test_luzon_and_the_luzon_strait_are_places(ex: Extractor) -> None:
    claims = run(ex, "About 300 Australian troops are in northern Luzon for the drills.")
    assert ("AU", "troops", 300) in figs(claims)
    assert ("AU", "PH") in locs(claims)
    claims = run(ex, "Two Chinese destroyers sailed through the Luzon Strait on Monday.")
    assert {c.location.name for c in claims if c.location} == {"Luzon Strait"}


def test_a_state_organ_that_said_on_a_date_that_it_would_send_speaks_of_its_own_forces(ex: Extractor) -> None:
    body = "Britain's defence ministry said on July 16 that it would send two more Typhoon jets to Estonia."
    claims = run(ex, body)
    assert ("GB", "equipment", 2) in figs(claims)
    assert ("GB", "EE") in locs(claims)
