"""Extraction rules trained on held-out set 17 (session gen17).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_the_black_sea_mine_countermeasures_group_is_its_own_actor(ex: Extractor) -> None:
    body = "The Black Sea mine countermeasures task group now has four minehunters with about 150 sailors."
    assert figs(run(ex, body)) == {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)}


@pytest.mark.parametrize("noun", ["minehunters", "minelayers"])
def test_minehunters_are_equipment(ex: Extractor, noun: str) -> None:
    assert figs(run(ex, f"Greece sent two {noun} to the Aegean on Monday.")) == {("GR", "equipment", 2)}


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The group's four remaining ships returned to port on Friday.", ("mcm-black-sea", "equipment", 4)),
        ("The task group's six other ships have kept up their patrols.", ("mcm-black-sea", "equipment", 6)),
        ("A Greek minehunter joined on Friday, bringing the group to nine ships.", ("mcm-black-sea", "equipment", 9)),
        ("The additions bring the group to nine ships and about 400 sailors.", ("mcm-black-sea", "troops", 400)),
    ],
)
def test_the_group_is_the_task_group_named_before(ex: Extractor, second: str, expected: tuple[str, str, int]) -> None:
    body = "Greek officers visited the Black Sea mine countermeasures task group on Monday. " + second
    assert expected in figs(run(ex, body))


def test_the_group_is_no_armed_group_named_before(ex: Extractor) -> None:
    body = "Al-Shabaab attacked a base near Kismayo. The group's 40 fighters were later seen in Jilib."
    assert ("mcm-black-sea", "equipment", 40) not in figs(run(ex, body))
    assert "mcm-black-sea" not in {c.actor.code for c in run(ex, body)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 30 Pakistani pilots were flying the jets from an air base near Baku.", ("PK", "troops", 30)),
        ("Greece sent a team of about 20 clearance divers to the Aegean.", ("GR", "troops", 20)),
        ("Chad has flown about 350 reinforcements to Abeche.", ("TD", "troops", 350)),
    ],
)
def test_pilots_divers_and_reinforcements_are_troops(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert expected in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "part", "whole"),
    [
        ("The first 250 of up to 700 Kenyan reinforcements landed in Somalia on Sunday.", 250, 700),
        ("The first 300 of Nepal's roughly 1,100 peacekeepers flew home from Juba on Monday.", 300, 1100),
    ],
)
def test_the_first_share_of_a_modified_or_possessed_whole_is_counted(
    ex: Extractor, body: str, part: int, whole: int
) -> None:
    values = {v for _, t, v in figs(run(ex, body)) if t == "troops"}
    assert {part, whole} <= values


def test_a_share_among_them_of_a_count_given_is_no_figure(ex: Extractor) -> None:
    body = "Kenya has confirmed the deaths of at least nine of its soldiers in Somalia, among them three pilots."
    assert figs(run(ex, body)) == {("KE", "casualties", 9)}


def test_another_actors_share_among_them_still_counts(ex: Extractor) -> None:
    body = "About 12,000 allied troops are stationed in Romania, among them about 3,000 Americans."
    assert ("US", "troops", 3000) in figs(run(ex, body))


def test_its_before_a_count_is_the_sentences_antecedent_not_the_mission(ex: Extractor) -> None:
    body = (
        "EUFOR has about 1,100 troops in Bosnia. Austria's defence ministry said the last of its 200 reinforcements "
        "had arrived."
    )
    assert ("AT", "troops", 200) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "UNIFIL is shrinking. The remaining Spanish UNIFIL contingent of about 600 would leave by March.",
            ("ES", "troops", 600),
        ),
        ("About 300 Kenyan AUSSOM troops patrolled near Kismayo.", ("KE", "troops", 300)),
    ],
)
def test_a_demonym_before_a_peace_operation_is_the_national_contingent(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "values"),
    [
        ("UNMISS's strength has fallen from about 14,000 in May to about 12,500.", {14000, 12500}),
        (
            "UNMISS began sending troops home, with its strength falling from about 14,000 troops in May to about "
            "12,500 now.",
            {14000, 12500},
        ),
        ("UNMISS has begun sending troops home. Its strength has fallen to about 12,300.", {12300}),
    ],
)
def test_a_forces_strength_before_and_after_a_change(ex: Extractor, body: str, values: set[int]) -> None:
    assert {v for c, t, v in figs(run(ex, body)) if c == "unmiss" and t == "troops"} == values


def test_troop_numbers_fallen_to_one_count_from_another(ex: Extractor) -> None:
    body = "British troop numbers in Estonia had fallen to about 900 from about 1,200 a year ago, the minister said."
    assert {("GB", "troops", 900), ("GB", "troops", 1200)} <= figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Estonia's 12th Infantry Battalion, about 450 strong, is based near Tapa.", ("EE", "troops", 450)),
        ("The Belgian detachment, currently about 120 strong, would train Malian officers.", ("BE", "troops", 120)),
    ],
)
def test_a_units_size_n_strong(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert expected in figs(run(ex, body))


def test_police_n_strong_are_no_forces(ex: Extractor) -> None:
    assert not figs(run(ex, "The Estonian police, about 900 strong, guarded the border."))


def test_military_sources_are_no_troops(ex: Extractor) -> None:
    body = "Chad has sent up to 900 more soldiers into Sudan, two Chadian military sources told Reuters on Friday."
    assert figs(run(ex, body)) == {("TD", "troops", 900)}


def test_the_countrys_navy_is_the_state_the_paragraph_named(ex: Extractor) -> None:
    body = (
        "NATO ships visited Turku. Finland's government approved 90 million euros for a new corvette. "
        "The country's navy has about 4,000 personnel."
    )
    assert ("FI", "troops", 4000) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "Poland signed a contract for two new submarines, to be built in Sweden by 2031.",
        "Norway ordered two frigates, to be built at a Glasgow shipyard by 2030.",
    ],
)
def test_where_ships_are_built_is_no_place(ex: Extractor, body: str) -> None:
    assert not locs(run(ex, body))


def test_a_sentence_opening_in_a_state_gives_the_army_its_state(ex: Extractor) -> None:
    body = "Rwandan troops crossed into Burundi. In Kenya, the army said it now had about 500 soldiers near the border."
    assert ("KE", "troops", 500) in figs(run(ex, body))


def test_a_count_from_each_country_is_each_states(ex: Extractor) -> None:
    body = (
        "The MNJTF, set up by Chad, Niger and Nigeria in 2015, now has nine armoured vehicles, three from each "
        "country, with about 500 soldiers."
    )
    got = figs(run(ex, body))
    assert {("TD", "equipment", 3), ("NE", "equipment", 3), ("NG", "equipment", 3)} <= got
    assert ("mnjtf", "equipment", 3) not in got


def test_each_contributing_a_count_is_each_states(ex: Extractor) -> None:
    body = "Sweden, Finland and Norway set up the squadron in March 2025, each contributing three jets."
    assert figs(run(ex, body)) == {("SE", "equipment", 3), ("FI", "equipment", 3), ("NO", "equipment", 3)}


def test_a_private_company_named_in_apposition_is_its_own_actor(ex: Extractor) -> None:
    body = (
        "A Kenyan private company, Tana Aviation Services, said on Monday that it had moved four of its Bell "
        "helicopters from Kismayo to Baidoa."
    )
    assert figs(run(ex, body)) == {("tana-aviation-services", "equipment", 4)}


def test_a_count_along_with_the_one_before_has_its_owner(ex: Extractor) -> None:
    body = (
        "Chad said it had moved four of its helicopters from Abeche to Adre to support Sudanese police, along with "
        "about 30 pilots and technicians."
    )
    assert ("TD", "troops", 30) in figs(run(ex, body))


def test_a_bare_count_kept_there_is_the_subjects(ex: Extractor) -> None:
    body = "Spain, which has about 600 soldiers in Latvia, will keep about 150 there after the mission ends."
    assert ("ES", "troops", 150) in figs(run(ex, body))


def test_a_group_of_a_bare_count_is_forces(ex: Extractor) -> None:
    body = "Kenya sent 300 more soldiers to Somalia. The final group of 120 flew in on Monday."
    assert ("KE", "troops", 120) in figs(run(ex, body))


def test_hinniyeh_is_a_site_in_lebanon(ex: Extractor) -> None:
    body = "About 400 Chinese engineers are based near Hinniyeh, the mission said."
    assert ("CN", "LB") in locs(run(ex, body))


def test_a_missions_authorised_strength_is_its_figure(ex: Extractor) -> None:
    body = "UNMISS has about 12,000 troops. Its authorised strength is 17,000."
    assert ("unmiss", "troops", 17000) in figs(run(ex, body))


def test_its_strength_with_no_mission_named_is_nobodys(ex: Extractor) -> None:
    body = "The brigade brings together troops from nine countries. Its total strength is about 4,000."
    assert not {f for f in figs(run(ex, body)) if f[2] == 4000}


def test_an_organisations_mission_is_the_mission_named_before(ex: Extractor) -> None:
    body = "Kenya has 4,000 soldiers in AUSSOM. The AU mission has about 11,000 troops."
    assert ("aussom", "troops", 11000) in figs(run(ex, body))


def test_a_decided_cut_of_a_missions_strength_gives_both_counts(ex: Extractor) -> None:
    body = "The Security Council voted to cut UNMISS's authorised strength from 17,000 to 12,000 troops by June."
    assert {("unmiss", "troops", 17000), ("unmiss", "troops", 12000)} <= figs(run(ex, body))


def test_a_cut_of_the_strength_of_its_mission_is_the_missions(ex: Extractor) -> None:
    body = (
        "UNMISS has 13,000 troops. The Security Council voted to cut the authorised strength of its peacekeeping "
        "mission in South Sudan from 17,000 to twelve thousand by next June."
    )
    assert ("unmiss", "troops", 12000) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "The militants said their fighters had killed nine Kenyan soldiers and seized two of their vehicles.",
        "Al Shabaab said it had killed 11 Kenyan soldiers and destroyed two vehicles.",
    ],
)
def test_equipment_seized_after_a_toll_is_the_victims(ex: Extractor, body: str) -> None:
    assert ("KE", "equipment", 2) in figs(run(ex, body))


def test_equipment_shot_down_alone_is_nobodys(ex: Extractor) -> None:
    assert not figs(run(ex, "The Kenyan army said it had shot down 18 drones near Mandera."))


def test_some_of_them_who_spoke_are_no_count(ex: Extractor) -> None:
    body = "Kenyan soldiers were captured near Mandera. Two of them told reporters that they had been deployed in May."
    assert not figs(run(ex, body))


def test_some_of_them_killed_still_count(ex: Extractor) -> None:
    body = "Kenyan troops were ambushed near Mandera. Two of them were killed."
    assert ("KE", "casualties", 2) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Experts said about 2,000 Ugandan soldiers were operating in North and South Kivu.", ("UG", "CD")),
        ("About 500 Kenyan soldiers are deployed in Upper and Lower Juba.", ("KE", "SO")),
    ],
)
def test_the_second_of_an_elided_pair_of_provinces_is_placed(
    ex: Extractor, body: str, expected: tuple[str, str]
) -> None:
    assert expected in locs(run(ex, body))


def test_a_model_name_between_a_demonym_and_its_noun(ex: Extractor) -> None:
    body = "A U.S. RQ-4 Global Hawk surveillance drone had flown over the western Black Sea on Friday."
    assert {c.actor.code for c in run(ex, body) if c.location} == {"US"}


def test_a_force_that_speaks_yields_to_the_forces_it_speaks_of(ex: Extractor) -> None:
    body = "Russia's Northern Fleet said on Saturday that a U.S. surveillance drone had flown over the Barents Sea."
    assert {c.actor.code for c in run(ex, body) if c.location} == {"US"}


def test_a_ship_named_after_a_speaker_in_a_capital_is_not_the_capitals(ex: Extractor) -> None:
    body = (
        "A British diplomat in Banjul said HMS Mersey was on a routine visit.\n\n"
        "HMS Mersey arrived in Banjul on 12 March with about 50 sailors."
    )
    assert ("GB", "troops", 50) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A second destroyer, USS Mason, joined USS Bainbridge in the Gulf of Aden, bringing to two the number of "
            "U.S. destroyers there.",
            ("US", "equipment", 2),
        ),
        (
            "Two more Kenyan soldiers were killed on Friday, bringing to seven the number of its soldiers killed in "
            "Somalia this month.",
            ("KE", "casualties", 7),
        ),
    ],
)
def test_a_fronted_new_total_counts_the_noun_after_the_number_of(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in figs(run(ex, body))


def test_a_proposed_force_is_no_place(ex: Extractor) -> None:
    body = "Spain, which has about 600 soldiers in Latvia, has proposed that Europeans keep a small force in Gaza."
    assert locs(run(ex, body)) == {("ES", "LV")}


def test_it_after_a_sentence_about_the_group_is_the_group(ex: Extractor) -> None:
    body = (
        "Greek officers visited the Black Sea mine countermeasures task group on Monday. The group took in its first "
        "ships in July 2024. It now has four minehunters with about 150 sailors."
    )
    assert {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)} <= figs(run(ex, body))


def test_a_place_opening_a_groups_name_is_no_place(ex: Extractor) -> None:
    body = "Greek officers visited the Black Sea mine countermeasures task group on Monday."
    assert not locs(run(ex, body))


def test_a_count_from_each_country_with_no_states_named_is_nobodys(ex: Extractor) -> None:
    body = "The MNJTF took in its first units in 2015. It now has nine armoured vehicles, three from each country."
    assert not {f for f in figs(run(ex, body)) if f[2] == 3}


def test_a_count_from_each_of_two_demonyms_is_each_states(ex: Extractor) -> None:
    body = "A Turkish-Azerbaijani monitoring centre with up to 40 servicemen from each country has operated in Aghdam."
    assert {("TR", "troops", 40), ("AZ", "troops", 40)} <= figs(run(ex, body))
