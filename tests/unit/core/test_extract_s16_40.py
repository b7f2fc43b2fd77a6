"""Figure, owner, place and denial rules of session 16 (set 40).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_an_assessment_another_party_rejects_is_not_a_denial(ex: Extractor) -> None:
    body = (
        "Iran has based about 150 military advisers in Iraq's Anbar province, three Western officials said, "
        "an assessment Tehran dismissed as baseless."
    )
    got = run(ex, body)
    assert ("IR", "troops", 150) in figs(got)
    assert ("IR", "IQ") in locs(got)


def test_an_introductory_place_before_a_count_and_a_trailing_speaker_is_where_the_forces_are(ex: Extractor) -> None:
    body = "In Kuwait, the US presence has grown to about 13,000 personnel, a Pentagon official said."
    got = run(ex, body)
    assert ("US", "troops", 13000) in figs(got)
    assert ("US", "KW") in locs(got)
    # a statement that names another place keeps the introductory place as its venue
    body = "In Brussels, Spain has 600 soldiers in Latvia, the minister said."
    assert ("ES", "BE") not in locs(run(ex, body))


def test_the_country_around_a_departure_base_described_in_apposition_is_a_departure_too(ex: Extractor) -> None:
    body = (
        "About 200 British paratroopers arrived in Jordan on planes that had taken off from Akrotiri, "
        "the British base in Cyprus, officials said."
    )
    got = locs(run(ex, body))
    assert ("GB", "CY") not in got
    assert ("GB", "JO") in got


def test_a_training_ground_left_afterwards_still_places_the_forces(ex: Extractor) -> None:
    body = "The Belarusian battalion spent a month at training grounds in Russia's Far East before heading west."
    assert ("BY", "RU") in locs(run(ex, body))
    # a stage of a journey with no training stays a stage
    body = "The Belarusian battalion was unloaded at Vladivostok before being moved west by rail to Kursk."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("BY", "Vladivostok") not in got


def test_a_border_station_passed_through_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "Russian troops travelled by rail through the border station at Erenhot and were first gathered near "
        "Beijing for the drills."
    )
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("RU", "Beijing") in got
    assert ("RU", "Erenhot") not in got


def test_a_port_before_the_next_leg_by_rail_is_a_transit_point(ex: Extractor) -> None:
    body = "Iran's shells for Russia arrived by sea from Bandar Abbas to Astrakhan and then by rail, officials said."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert not any(name == "Astrakhan" for _, name in got)


def test_an_earlier_presence_told_after_a_negative_finding_is_not_denied(ex: Extractor) -> None:
    body = (
        "Officials said no Turkish troops remained at the base in Somalia, where about 1,200 had been stationed "
        "until last year."
    )
    assert ("TR", "troops", 1200) in figs(run(ex, body))
    # a relative clause of the present stays under the denial
    body = "Officials denied that Turkish troops were at the base in Somalia, where about 1,200 are stationed."
    assert ("TR", "troops", 1200) not in figs(run(ex, body))


def test_the_country_a_panel_is_named_for_is_the_country_it_counts_forces_in(ex: Extractor) -> None:
    body = (
        "Flights from Benghazi to Niamey have doubled, a diplomat said.\n\n"
        "The UN Panel of Experts on Mali said it had counted about 1,500 Africa Corps personnel in the country."
    )
    got = run(ex, body)
    assert ("africa-corps", "ML") in locs(got)
    assert ("africa-corps", "NE") not in locs(got)


def test_a_target_described_in_apposition_is_where_the_victims_were(ex: Extractor) -> None:
    body = "A drone attack on al-Tanf, a US outpost in Syria, wounded four US soldiers on Sunday."
    assert ("US", "SY") in locs(run(ex, body))
    # the striker is not placed at its target
    body = "A US strike on Hodeidah, a Houthi-held port, killed 30 Houthi fighters."
    assert ("US", "YE") not in locs(run(ex, body))


def test_forces_rotating_through_a_place_are_based_there(ex: Extractor) -> None:
    body = "Some 300 Dutch soldiers will rotate through Rukla in Lithuania this year."
    assert ("NL", "LT") in locs(run(ex, body))
    # a convoy passing through a town is in transit
    body = "A Dutch army convoy passed through Rukla on its way to Vilnius."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("NL", "Rukla") not in got


def test_where_the_speaker_of_a_quotation_works_is_no_place_of_forces(ex: Extractor) -> None:
    body = '"Nobody can do what Wagner did there," said a security analyst at a university in Abidjan.'
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert not any(name == "Abidjan" for _, name in got)
    # a speaker who is one of the group's men speaks where the group is
    body = '"We hold the town," said a Wagner commander in Mali.'
    assert ("wagner-group", "ML") in locs(run(ex, body))
