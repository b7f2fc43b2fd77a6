"""Deployment-location rules from the twelfth session's second location round, each tested on sentences written
for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def _names(claims: list) -> set[tuple[str, str]]:
    return {(c.actor.code, c.location.name) for c in claims if c.location and not c.denied}


@pytest.mark.parametrize(
    "body",
    [
        'The agency said there were "no signs" that Chadian troops had been sent into Niger.',
        'An official wrote that there was "no confirmed presence" of Chadian troops in Niger\'s Tillaberi region.',
        "The minister said Kenyan soldiers will not be deployed to Haiti.",
        "Nairobi said the Kenyan engineers would work only at home and would not be sent into Somalia.",
        '"I am not aware of any Kenyan personnel surge to Djibouti," the spokesman said.',
        '"Chad has supplied no weapons to Sudan," a Chadian spokesman told reporters.',
    ],
)
def test_a_negative_finding_or_a_move_ruled_out_is_denied(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims if c.location)


def test_where_supplies_are_meant_to_be_used_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Chad shipped 40 armoured vehicles to Sudan for use in Darfur.")
    assert locs(claims) == {("TD", "SD")}
    assert "Darfur" not in {c.location.name for c in claims if c.location}


def test_a_denial_by_others_in_an_although_clause_leaves_the_claim_standing(ex: Extractor) -> None:
    body = (
        "About 100 Chadian soldiers arrived in Niamey in August, according to a military source, although officials "
        "in the presidency denied that any Chadian unit was in the country."
    )
    claims = run(ex, body)
    assert ("TD", "NE") in locs(claims)


def test_a_denial_in_the_main_clause_still_denies(ex: Extractor) -> None:
    claims = run(ex, "Chad denied that its soldiers were in Niger, although officials in Niamey said 100 had arrived.")
    assert claims and all(c.denied for c in claims)


@pytest.mark.parametrize(
    "body",
    [
        "Three Kenyan soldiers were killed and more than 40 service members injured in a one-way drone attack on a "
        "base in Somalia.",
        "Three Kenyan soldiers were killed in a one-way drone attack on a base in Somalia.",
        "On Jan. 28, 2024, a drone attack on a base in Somalia killed three Kenyan soldiers and wounded more than 40.",
    ],
)
def test_forces_killed_or_hurt_in_a_strike_were_where_it_hit(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.figure and c.location} == {"SO"}


def test_people_a_strike_killed_do_not_place_the_striker(ex: Extractor) -> None:
    body = "Al-Shabaab said it had fired at a Kenyan patrol, hours after Kenyan strikes on Somalia that the group said "
    body += "had killed at least 16 people."
    assert ("KE", "SO") not in locs(run(ex, body))


def test_a_parenthesis_after_a_listed_place_keeps_the_list_going(ex: Extractor) -> None:
    claims = run(ex, "The Africa Corps also operates in Chad (about 1,000 personnel), Niger and Sudan.")
    assert locs(claims) == {("africa-corps", "TD"), ("africa-corps", "NE"), ("africa-corps", "SD")}
    assert {c.location.country_code for c in claims if c.figure} == {"TD"}


def test_land_crossed_on_the_way_to_a_goal_is_a_transit_point(ex: Extractor) -> None:
    body = "The land route through which Kenya's army trucked weapons across Ethiopia into Sudan was cut."
    assert locs(run(ex, body)) == {("KE", "SD")}


def test_forces_spread_across_a_country_are_there(ex: Extractor) -> None:
    assert locs(run(ex, "Chadian troops are deployed across Niger.")) == {("TD", "NE")}


@pytest.mark.parametrize("intro", ["During the Chadian civil war,", "After the 2019 attacks,", "Since the invasion,"])
def test_a_war_or_attack_in_an_introductory_phrase_makes_no_target(ex: Extractor, intro: str) -> None:
    body = f"Hezbollah said 5,000 of its fighters had been killed. {intro} it sent up to 7,000 fighters to Chad."
    assert ("hezbollah", "TD") in locs(run(ex, body))


def test_a_strike_in_the_main_clause_still_marks_a_target(ex: Extractor) -> None:
    assert ("KE", "SO") not in locs(run(ex, "After the talks, Kenyan jets struck Somalia."))


def test_cargo_planes_flying_from_a_base_leave_it(ex: Extractor) -> None:
    body = "The Chadian transfers, mostly aboard cargo planes flying from Air Base 101 near Niamey, followed the coup."
    assert locs(run(ex, body)) == set()


def test_patrol_aircraft_flying_from_a_base_work_from_it(ex: Extractor) -> None:
    body = "Chadian patrol aircraft flying from Air Base 101 near Niamey watch the border."
    assert locs(run(ex, body)) == {("TD", "NE")}


def test_a_city_passed_through_before_the_next_leg_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "The Kenyan recruits were flown from Nairobi via Addis Ababa to Moscow and then taken by bus to a training "
        "ground in the Rostov region."
    )
    names = {n for _, n in _names(run(ex, body))}
    assert "Moscow" not in names
    assert "Rostov Oblast" in names


@pytest.mark.parametrize("gap", [", in occupied southern", ", in south-eastern", ", in the north-east of"])
def test_the_country_after_a_region_only_says_where_the_region_is(ex: Extractor, gap: str) -> None:
    body = f"Chadian troops are deployed in Nigeria's Borno State{gap} Nigeria."
    names = {n for _, n in _names(run(ex, body))}
    assert "Nigeria" not in names
    assert names
