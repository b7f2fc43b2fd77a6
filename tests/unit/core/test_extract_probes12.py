"""Extraction rules from the twelfth session's probes, each tested on sentences written for the test."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_a_sponsors_losses_outside_the_groups_theatre_stay_the_sponsors(ex: Extractor) -> None:
    body = "Wagner fighters stormed Soledar last winter. A deputy put total Russian losses in the war at about 90,000."
    assert ("RU", "casualties", 90000) in figs(run(ex, body))
    body = "Wagner fighters guard the mines in Mali. A diplomat put Russian casualties in Mali at about 40."
    assert ("wagner-group", "casualties", 40) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("sentence", "owner", "value"),
    [
        ("Four B-52 bombers landed at Fairford on Sunday.", "US", 4),
        ("Six B-2s flew over the gulf overnight.", "US", 6),
        ("Ukraine said 30 KN-23 missiles had struck its cities since May.", "KP", 30),
    ],
)
def test_a_model_only_one_state_fields_names_the_owner(ex: Extractor, sentence: str, owner: str, value: int) -> None:
    assert (owner, "equipment", value) in figs(run(ex, sentence))


def test_a_model_many_states_field_names_no_owner(ex: Extractor) -> None:
    assert not figs(run(ex, "Twelve F-35 jets landed at the base on Sunday."))


@pytest.mark.parametrize("made", ["made in Iran", "supplied by Iran", "produced in Iran"])
def test_equipment_a_belligerent_fires_is_its_makers(ex: Extractor, made: str) -> None:
    assert ("IR", "equipment", 60) in figs(run(ex, f"Russia has fired 60 drones {made} at Kyiv since March."))


def test_a_sender_keeps_what_it_hands_on_whoever_made_it(ex: Extractor) -> None:
    assert ("IR", "equipment", 200) in figs(run(ex, "Iran sent 200 drones built by Russia to Sudan."))


def test_an_order_counts_the_sellers_equipment_and_a_batch_of_it_too(ex: Extractor) -> None:
    body = "Sudan had ordered about 900 drones of two types from Turkey, and a first batch of about 120 reached Sudan."
    assert figs(run(ex, body)) == {("TR", "equipment", 900), ("TR", "equipment", 120)}


def test_the_group_is_not_one_named_only_for_an_event(ex: Extractor) -> None:
    body = (
        "Al-Shabaab fought in Kenya for years. It struck Mandera a week after the Boko Haram attack in Borno. "
        "Its leader said last year that the group had 12,000 fighters."
    )
    assert ("al-shabaab", "troops", 12000) in figs(run(ex, body))


def test_a_capital_a_group_seized_names_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Al-Shabaab, which seized Mogadishu in 2006, says it has more than 9,000 men under arms.")
    assert figs(claims) == {("al-shabaab", "troops", 9000)}


def test_men_recruited_to_fight_make_the_items_later_people_of_that_country_nationals(ex: Extractor) -> None:
    body = (
        "Hundreds of Nepali men have been recruited to fight for Russia in Ukraine, an investigation found. "
        "Officials in Kathmandu estimate that at least 400 Nepalis have been sent to Russia since 2024."
    )
    assert ("np-fighters", "troops", 400) in figs(run(ex, body))
    claims = run(ex, "More than 200 Nepali men have been flown to Russia to fight in its army.")
    assert ("np-fighters", "troops", 200) in figs(claims)


@pytest.mark.parametrize("noun", ["militia fighters", "militiamen"])
def test_a_countrys_militias_are_their_own_actor(ex: Extractor, noun: str) -> None:
    claims = run(ex, f"About 300 Libyan {noun} crossed into Chad near the border post on Monday.")
    assert {(c.actor.code, c.actor.name, c.actor.kind) for c in claims} == {("ly-militias", "Libyan militias", "group")}
    assert ("ly-militias", "troops", 300) in figs(claims)
    claims = run(ex, "Libyan militias crossed into Chad near the border post on Monday.")
    assert {(c.actor.code, c.location.name if c.location else None) for c in claims} == {("ly-militias", "Chad")}


def test_a_name_that_says_who_holds_a_place_owns_nothing(ex: Extractor) -> None:
    body = (
        "Jets flying from the USS Gerald R. Ford, which has been operating in the eastern Mediterranean since May, "
        "hit depots across Shabaab-held territory, the command said."
    )
    assert {(c.actor.code, c.location.name) for c in run(ex, body) if c.location} == {("US", "Mediterranean Sea")}


def test_a_group_attacking_ships_at_sea_is_not_placed_there(ex: Extractor) -> None:
    assert not run(ex, "Al-Shabaab began attacking merchant ships in the Gulf of Aden in March.")


def test_a_model_in_the_count_names_its_owner_whoever_else_the_sentence_names(ex: Extractor) -> None:
    body = "In May the US struck Chad's Faya and Abeche depots using six B-2 bombers."
    assert figs(run(ex, body)) == {("US", "equipment", 6)}


def test_a_denial_the_claim_goes_against_does_not_deny_it(ex: Extractor) -> None:
    body = (
        "Turkey shipped at least 300 more drones to Sudan in March, two officials said, despite repeated assurances "
        "from Ankara that it is not arming either side."
    )
    claims = run(ex, body)
    assert ("TR", "equipment", 300) in figs(claims)
    assert not any(c.denied for c in claims)
    assert all(c.denied for c in run(ex, "Ankara denied that it had shipped 300 drones to Sudan."))


def test_no_speaker_calls_its_own_men_mercenaries(ex: Extractor) -> None:
    body = "Wagner fighters clashed with JNIM near Menaka on Sunday. JNIM said 37 mercenaries died in the fighting."
    claims = run(ex, body)
    assert ("wagner-group", "casualties", 37) in figs(claims)
    assert not any(c.actor.code == "jnim" and c.figure for c in claims)


def test_equipment_a_sponsors_group_operates_is_the_groups(ex: Extractor) -> None:
    body = "At least 12 Russian Su-24 combat aircraft operated by the Africa Corps are at an air base near Sirte."
    assert ("africa-corps", "equipment", 12) in figs(run(ex, body))


def test_a_wars_name_is_no_owner(ex: Extractor) -> None:
    body = "Hezbollah fought for the government. During the Syrian war, it sent up to 7,000 fighters at a time."
    assert ("hezbollah", "troops", 7000) in figs(run(ex, body))
    assert not any(c.actor.code == "SY" for c in run(ex, body))


def test_a_defence_officials_announced_deployment_is_his_states(ex: Extractor) -> None:
    body = (
        "The United States has massed warships near Cuba. Cuban Defence Minister Alvaro Lopez announced a deployment "
        "of some 90,000 troops across the island in response."
    )
    assert ("CU", "troops", 90000) in figs(run(ex, body))
    assert ("US", "troops", 90000) not in figs(run(ex, body))


def test_a_sponsors_instructors_in_its_groups_theatre_are_the_groups(ex: Extractor) -> None:
    body = "Wagner guards the president. Russia has sent 300 more military instructors to the Central African Republic."
    assert ("wagner-group", "troops", 300) in figs(run(ex, body))
    body = "Wagner guards the president in Bangui. Russia has sent 300 more military instructors to Belarus."
    assert ("RU", "troops", 300) in figs(run(ex, body))


def test_a_leaders_name_stands_for_the_state_or_group(ex: Extractor) -> None:
    body = "Kim Jong Un greeted soldiers at a ceremony, while Seoul's spy agency said 3,000 more troops were leaving."
    assert ("KP", "troops", 3000) in figs(run(ex, body))
    assert ("wagner-group", "troops", 8000) in figs(run(ex, "Prigozhin said 8,000 of his men had reached the town."))


def test_its_after_a_place_of_a_where_clause_is_the_subjects(ex: Extractor) -> None:
    body = "Al-Shabaab continues to operate in the DRC, where roughly 900 of its men remain."
    assert figs(run(ex, body)) == {("al-shabaab", "troops", 900)}


def test_a_correction_of_an_earlier_brief_denies_its_figure(ex: Extractor) -> None:
    body = "Chad said 20 soldiers were wounded. Correction: an earlier version of this brief gave the number as 17."
    assert all(c.denied for c in run(ex, body) if c.figure and c.figure.value == 17)


def test_a_briefing_question_claims_nothing_unless_it_relays_a_source(ex: Extractor) -> None:
    body = (
        "Q: Can you update us? There are reports of about 1,200 more Chadian troops flowing into Niger.\n\n"
        "MS. ADE: Roughly 2,000 Chadian troops remain in Niger, yes."
    )
    assert figs(run(ex, body)) == {("TD", "troops", 2000)}
    body = "Q: The Nigerien ministry says up to 3,000 Chadian troops could be cut. Can you confirm that number?"
    assert ("TD", "troops", 3000) in figs(run(ex, body))
