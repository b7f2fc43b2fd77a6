"""Foreign fighters: nationals of one state recruited or serving for another state or an armed group.

Such people are counted as their own actor ("Peruvian fighters") rather than as their home state's forces, and only
in a military context; the sentences are written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run

from claimwatch.core.extract import Extractor


def test_nationals_fighters(ex: Extractor) -> None:
    claims = run(ex, "At least 150 Nepali mercenaries are fighting in Ukraine, the ministry said.")
    assert ("np-fighters", "troops", 150) in figs(claims)
    assert all(c.actor.kind == "nationals" for c in claims if c.figure)


def test_recruitment_cue_makes_demonym_personnel_nationals(ex: Extractor) -> None:
    claims = run(ex, "Officials said at least 40 Sri Lankan men had been recruited into the Russian army.")
    assert ("lk-fighters", "troops", 40) in figs(claims)
    assert not any(c.actor.code == "LK" for c in claims)


def test_recruits_stay_nationals_in_later_sentences(ex: Extractor) -> None:
    body = (
        "About 500 Tajik citizens have signed contracts with the Russian army, a rights group said. "
        "Many of the Tajik men were later sent to fight in Zaporizhzhia Oblast."
    )
    claims = run(ex, body)
    assert ("tj-fighters", "troops", 500) in figs(claims)
    assert all(c.actor.code != "TJ" for c in claims if not c.denied)


def test_demonym_people_fighting_on_another_states_side_are_nationals(ex: Extractor) -> None:
    # "on X's side" / "on the side of X" says what "fighting for X" says
    claims = run(ex, "Some 70 Nepalis have died fighting on Moscow's side since 2040, Kathmandu said.")
    assert figs(claims) == {("np-fighters", "casualties", 70)}
    claims = run(ex, "About 400 Nepalis are in Russia fighting on the side of Russia, an official said.")
    assert ("np-fighters", "troops", 400) in figs(claims)


def test_a_range_of_demonym_fighters_another_state_brought_are_nationals(ex: Extractor) -> None:
    claims = run(ex, "Sudan brought between 600 and 900 Chadian fighters to southern Libya in 2039.")
    assert ("td-fighters", "troops", 600) in figs(claims)
    assert not any(c.actor.code == "TD" for c in claims)


def test_demonym_personnel_sent_by_another_state_are_nationals(ex: Extractor) -> None:
    body = (
        "The number of Chadian fighters that Sudan has sent to Libya has reached about 4,000, a monitor said. "
        "Another 1,200 Chadians are training in camps in southern Sudan."
    )
    claims = run(ex, body)
    assert {("td-fighters", "troops", 4000), ("td-fighters", "troops", 1200)} <= figs(claims)
    assert {("td-fighters", "LY"), ("td-fighters", "SD")} <= locs(claims)
    assert not any(c.actor.code == "TD" for c in claims)


def test_recruited_locally_keeps_the_state_forces(ex: Extractor) -> None:
    claims = run(
        ex,
        "Some 800 Armenian servicemen are stationed in Georgia. Fewer than 200 of the servicemen came from "
        "Armenia, with the rest recruited locally. Armenian troops stayed in Georgia.",
    )
    assert {c.actor.code for c in claims} == {"AM"}


def test_demonym_fighters_after_mercenaries_are_nationals(ex: Extractor) -> None:
    body = (
        "Libya's government said Peruvian mercenaries were guarding oil fields for the rebels.\n\n"
        "It said about 80 Peruvian fighters had been seen in Sirte in March."
    )
    claims = run(ex, body)
    assert ("PE", "troops", 80) not in figs(claims)
    assert any(c.actor.code.endswith("fighters") and c.figure and c.figure.value == 80 for c in claims)


def test_citizens_do_not_make_later_troops_nationals(ex: Extractor) -> None:
    body = "Chinese citizens were evacuated from Port Sudan.\n\nAbout 400 Chinese soldiers arrived in Djibouti."
    assert ("CN", "troops", 400) in figs(run(ex, body))


def test_nationals_count_as_forces_only_in_a_military_context(ex: Extractor) -> None:
    assert run(ex, "About 40,000 Filipino nationals live in Kuwait, the embassy said.") == []
    claims = run(ex, "About 200 Filipino nationals were recruited to fight in Ukraine, police said.")
    assert [(c.actor.kind, c.figure.value) for c in claims if c.figure] == [("nationals", 200)]


def test_an_office_title_is_no_military_context_for_residents(ex: Extractor) -> None:
    # "Armed" names the speaker's office, not the residents counted; later troops stay the state's own
    body = (
        "Italy's Minister of the Armed Forces, Paolo Greco, said about 90,000 Italian citizens live in Argentina."
        "\n\nSome 300 Italian soldiers are based in Kosovo."
    )
    assert figs(run(ex, body)) == {("IT", "troops", 300)}


def test_the_army_that_hires_is_no_nationals_actor(ex: Extractor) -> None:
    claims = run(
        ex,
        "About 40 men from the region who signed contracts with the Russian army died in Ukraine. Russia keeps "
        "about 3,000 troops at its base in Tajikistan.",
    )
    assert ("RU", "troops", 3000) in figs(claims)


def test_former_soldiers_working_for_a_company_are_recruited_nationals(ex: Extractor) -> None:
    # nationals who work for a private company abroad are "<demonym> fighters", not their state's forces
    body = (
        "At least 30 former Peruvian soldiers are working for the U.S. security company Sierra Shield Group in Chile."
    )
    claims = run(ex, body)
    assert figs(claims) == {("pe-fighters", "troops", 30)}
    assert {(c.actor.code, c.location.country_code) for c in claims if c.location} == {("pe-fighters", "CL")}


@pytest.mark.parametrize(
    "body",
    [
        "Investigators counted about 250 Peruvian fighters, mostly veterans, with the RSF in Darfur.",
        "About 250 Peruvian fighters in the ranks of the RSF were seen near Nyala.",
    ],
)
def test_a_demonyms_fighters_serving_an_armed_group_are_its_nationals(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert {(c.actor.name, c.figure.value) for c in claims if c.figure} == {("Peruvian fighters", 250)}


@pytest.mark.parametrize(
    "body",
    [
        "About 2,000 Rwandan troops are fighting alongside the M23 in North Kivu, U.N. experts said.",
        "Some 500 Russian fighters with the Africa Corps are in Mali.",  # a group the state sponsors
    ],
)
def test_troops_beside_a_group_or_fighters_of_a_sponsored_group_are_no_nationals(ex: Extractor, body: str) -> None:
    assert not [c for c in run(ex, body) if c.actor.name.endswith(" fighters")]


def test_an_employer_rule_does_not_give_nationals_to_the_group(ex: Extractor) -> None:
    got = run(ex, "About 120 Colombian fighters serving with the RSF were seen near Nyala.")
    assert [c.actor.name for c in got if c.figure is not None] == ["Colombian fighters"]


def test_people_who_serve_with_another_states_army_are_its_foreign_fighters(ex: Extractor) -> None:
    got = run(ex, "About 60 Cubans serve with the Russian army near Pokrovsk.")
    assert [c.actor.name for c in got if c.figure is not None] == ["Cuban fighters"]


def test_demonym_people_fighting_for_another_state_are_nationals(ex: Extractor) -> None:
    body = (
        "KAMPALA - At least 30 Ugandans have been killed fighting for Russia in Ukraine and about 150 are still "
        "serving with Russian forces, the ministry said."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "casualties", 30), ("ug-fighters", "troops", 150)} <= figs(claims)
    assert {c.actor.name for c in claims if c.actor.code == "ug-fighters"} == {"Ugandan fighters"}
    # the state's own soldiers are no nationals
    claims = run(ex, "About 600 Ugandan soldiers are serving with the African Union in Somalia.")
    assert ("UG", "troops", 600) in figs(claims)


def test_a_state_cutting_its_own_army_is_not_its_recruits(ex: Extractor) -> None:
    body = (
        "At least 40 Ugandans have been recruited to fight for Russia, officials said.\n\n"
        "Uganda, which ended a long insurgency, cut its army to about 45,000 troops from 60,000."
    )
    claims = run(ex, body)
    assert ("ug-fighters", "troops", 40) in figs(claims)
    assert ("UG", "troops", 45000) in figs(claims)
    assert not any(c.actor.code == "ug-fighters" and c.figure and c.figure.value == 45000 for c in claims)


def test_deaths_of_recruits_named_earlier_are_theirs(ex: Extractor) -> None:
    body = (
        "KAMPALA - At least 70 Ugandans have been recruited to fight for Russia, the ministry said.\n\n"
        '"We have confirmed 11 deaths," the minister told parliament.'
    )
    claims = run(ex, body)
    assert ("ug-fighters", "casualties", 11) in figs(claims)
    assert not any(c.actor.code == "UG" for c in claims)


def test_the_side_joined_does_not_own_a_later_bare_count(ex: Extractor) -> None:
    body = (
        "The ministry estimates that about 320 Ugandans have joined the Russian army, many of them veterans, "
        "and that at least 27 have been killed."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 320), ("ug-fighters", "casualties", 27)} <= figs(claims)
    assert not any(c.actor.code == "RU" for c in claims)


def test_a_count_of_demonym_people_and_a_later_missing_toll(ex: Extractor) -> None:
    body = (
        "He said the government's count of Ugandans who had joined Russian forces had risen to 412, "
        "from 398 in January, and that 23 were listed as missing."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 412), ("ug-fighters", "troops", 398)} <= figs(claims)
    assert ("ug-fighters", "casualties", 23) in figs(claims)


def test_people_counted_alongside_recruits_are_recruits(ex: Extractor) -> None:
    body = (
        "At least 61 Nepalis have been killed fighting for Russia, officials said.\n\n"
        "Kyiv said it held seven Nepalis and four Ugandans captured mostly in Donetsk region."
    )
    claims = run(ex, body)
    assert ("ug-fighters", "casualties", 4) in figs(claims)
    # soldiers of two states named side by side stay their states' forces
    claims = run(ex, "About 300 Ugandan soldiers and 200 Kenyan soldiers serve in Somalia.")
    assert {("UG", "troops", 300), ("KE", "troops", 200)} <= figs(claims)


def test_a_count_apart_from_volunteers_named_by_demonym_counts_those_nationals(ex: Extractor) -> None:
    body = "Georgian volunteers, numbering about 400, are fighting for Ukraine near Kupiansk, their commander said."
    assert ("ge-fighters", "troops", 400) in figs(run(ex, body))


def test_a_count_apart_from_a_state_force_stays_the_state(ex: Extractor) -> None:
    body = "Polish troops, numbering about 400, are training in Lithuania, the ministry said."
    assert ("PL", "troops", 400) in figs(run(ex, body))


def test_former_soldiers_beside_an_armed_group_are_nationals(ex: Extractor) -> None:
    body = "About 150 Peruvian former soldiers are fighting alongside the paramilitary RSF in Darfur, the report said."
    assert ("pe-fighters", "troops", 150) in figs(run(ex, body))
    body = "About 150 Peruvian soldiers are training with the Brazilian army in Manaus."
    assert ("PE", "troops", 150) in figs(run(ex, body))


def test_a_plural_demonym_whose_relative_says_they_were_hired_counts_nationals(ex: Extractor) -> None:
    body = "Lima said it had identified 85 Peruvians who had signed contracts with the Russian army."
    assert ("pe-fighters", "troops", 85) in figs(run(ex, body))
    assert figs(run(ex, "About 1.7 million Nepalis who had jobs abroad sent money home.")) == set()


def test_former_soldiers_fighting_for_a_groups_country_possessive_are_nationals(ex: Extractor) -> None:
    body = "At least 300 Colombian former soldiers have been fighting for Sudan's Rapid Support Forces in Darfur."
    assert ("co-fighters", "troops", 300) in figs(run(ex, body))


def test_men_recruited_to_fight_make_the_items_later_people_of_that_country_nationals(ex: Extractor) -> None:
    body = (
        "Hundreds of Nepali men have been recruited to fight for Russia in Ukraine, an investigation found. "
        "Officials in Kathmandu estimate that at least 400 Nepalis have been sent to Russia since 2024."
    )
    assert ("np-fighters", "troops", 400) in figs(run(ex, body))
    claims = run(ex, "More than 200 Nepali men have been flown to Russia to fight in its army.")
    assert ("np-fighters", "troops", 200) in figs(claims)


def test_army_contracts_handed_to_recruits_name_no_forces_of_the_employer(ex: Extractor) -> None:
    body = (
        "About 120 Ghanaian men were flown to Russia to fight in its army, an investigation found.\n\n"
        "The recruits were taken to a training camp in Belgorod region, handed Russian army contracts, and "
        "sent to the front in eastern Ukraine.\n\n"
        "Relatives said at least three of the men had been killed near Kupiansk."
    )
    got = run(ex, body)
    assert ("gh-fighters", "casualties", 3) in figs(got)
    assert ("gh-fighters", "UA") in locs(got)
    assert ("RU", "casualties", 3) not in figs(got)


def test_ex_soldiers_are_counted_and_fight_as_individuals_beside_an_armed_group(ex: Extractor) -> None:
    body = "Around 150 Peruvian ex-soldiers are fighting alongside the RSF in Kordofan, their families said."
    got = run(ex, body)
    assert ("pe-fighters", "troops", 150) in figs(got)
    assert ("pe-fighters", "SD") in locs(got)


def test_prisoners_recruited_are_counted_as_troops_not_losses(ex: Extractor) -> None:
    body = "The Wagner Group recruited about 30,000 prisoners from penal colonies, its founder said."
    got = run(ex, body)
    assert not any(c.topic == "casualties" and c.figure is not None and c.figure.value == 30000 for c in got)
    assert any(c.topic == "troops" and c.figure is not None and c.figure.value == 30000 for c in got)
    # prisoners taken stay losses
    body = "Ukrainian forces captured 120 Wagner fighters near Soledar, the army said."
    assert ("wagner-group", "casualties", 120) in figs(run(ex, body))


def test_fighters_named_after_mercenaries_for_an_armed_group_are_hired_hands(ex: Extractor) -> None:
    body = "The army said it shot down a plane carrying foreign mercenaries for the RSF, killing 25 Kenyan fighters."
    got = figs(run(ex, body))
    assert ("ke-fighters", "casualties", 25) in got
    assert ("KE", "casualties", 25) not in got


def test_a_toll_of_the_items_hired_nationals_counts_their_losses(ex: Extractor) -> None:
    lead = "At least 300 Colombian mercenaries have fought for the RSF in Sudan, an investigation found. "
    body = lead + "The foreign ministry said it had confirmed the deaths of at least 14 Colombian nationals in Sudan."
    assert ("co-fighters", "casualties", 14) in figs(run(ex, body))
    # other nationals, or no hired nationals in the item: residents, no forces
    body = lead + "India said the deaths of 12 Indian nationals in Sudan were confirmed."
    assert not any(value == 12 for _, _, value in figs(run(ex, body)))
    body = "The foreign ministry said it had confirmed the deaths of at least 14 Colombian nationals in Sudan."
    assert not figs(run(ex, body))


def test_a_share_from_a_country_among_foreign_fighters_counts_its_nationals(ex: Extractor) -> None:
    body = "Kyiv says people from 30 countries are fighting for Russia, among them about 600 from Cuba."
    assert ("cu-fighters", "troops", 600) in figs(run(ex, body))
    # among a state's peacekeepers, a share from a country is that state's contingent
    body = "The UN mission has 12,000 peacekeepers, among them about 1,100 from Ghana."
    assert ("GH", "troops", 1100) in figs(run(ex, body))


def test_a_speakers_compatriots_serving_abroad_are_his_states_nationals(ex: Extractor) -> None:
    body = "A Peruvian former marine said about 180 of his compatriots were fighting with the militia in Donetsk."
    claims = run(ex, body)
    assert any(c.actor.name == "Peruvian fighters" and c.figure and c.figure.value == 180 for c in claims)
    # compatriots with no military word around them are no forces
    body = "About 200 Peruvian compatriots met in Madrid to celebrate the national day."
    assert not figs(run(ex, body))


def test_fighters_another_state_sends_are_nationals_not_their_state(ex: Extractor) -> None:
    body = "Azerbaijan has sent about 600 Afghan fighters to the front over the winter, a monitor said."
    assert ("af-fighters", "troops", 600) in figs(run(ex, body))
    body = "Up to 2,000 Afghan fighters had been sent to the front by Azerbaijan, the monitor said."
    assert ("af-fighters", "troops", 2000) in figs(run(ex, body))


def test_a_state_sending_its_own_or_others_troops_keeps_their_state(ex: Extractor) -> None:
    # troops (not fighters) of another state: no hired individuals
    body = "Azerbaijan has sent about 600 Afghan troops to the front, a monitor said."
    assert ("AF", "troops", 600) in figs(run(ex, body))
    body = "Azerbaijan has sent about 600 Azerbaijani fighters to the front, a monitor said."
    assert ("AZ", "troops", 600) in figs(run(ex, body))


def test_citizens_of_a_country_recruited_by_another_are_its_nationals(ex: Extractor) -> None:
    body = "Russia has recruited some 900 citizens of Laos to fight on its side, and 40 of them have died, it said."
    got = figs(run(ex, body))
    assert ("la-fighters", "troops", 900) in got
    assert ("la-fighters", "casualties", 40) in got
    assert not any(code == "LA" for code, _, _ in got)
    # later, the demonym's nationals of the same item are the same fighters
    body += "\n\nThe Lao government said 12 Lao nationals were confirmed dead."
    assert ("la-fighters", "casualties", 12) in figs(run(ex, body))


def test_citizens_of_a_country_living_abroad_are_no_forces(ex: Extractor) -> None:
    body = "Some 5,000 citizens of Laos live in the capital, the embassy said."
    assert not figs(run(ex, body))


def test_foreign_fighters_serving_in_another_states_units_are_where_those_units_are(ex: Extractor) -> None:
    body = "About 400 Cuban recruits are serving in Russian units in Zaporizhzhia Oblast, officials said."
    got = run(ex, body)
    assert ("cu-fighters", "troops", 400) in figs(got)
    assert ("cu-fighters", "UA") in locs(got)


def test_a_group_the_fighters_are_drawn_from_does_not_own_a_later_share(ex: Extractor) -> None:
    body = (
        "Russia has sent about 800 Serbian fighters to Mali, a monitor said.\n\n"
        "The fighters, drawn mostly from units of the Wagner Group, are paid $2,000 a month, the monitor said. "
        "At least 12 of them have been killed, it said."
    )
    got = figs(run(ex, body))
    assert ("rs-fighters", "casualties", 12) in got
    assert not any(code == "wagner-group" for code, _, _ in got)


def test_nationals_hired_to_fight_for_a_group_are_where_it_fights(ex: Extractor) -> None:
    body = (
        "Chile says at least 40 of its citizens have been killed fighting abroad.\n\n"
        "Elsewhere, several hundred other Chileans have been hired to fight for the Rapid Support Forces in Sudan."
    )
    got = locs(run(ex, body))
    assert ("cl-fighters", "SD") in got


def test_nationals_recruited_to_fight_are_counted_as_fighters(ex: Extractor) -> None:
    body = "Russia has recruited about 2,000 Nepalis to fight in Ukraine since 2023, the ministry said."
    assert ("np-fighters", "troops", 2000) in figs(run(ex, body))


def test_nationals_hired_for_civilian_work_are_no_fighters(ex: Extractor) -> None:
    body = "The shipping firm hired 300 Filipinos to work on its tankers last year."
    assert not figs(run(ex, body))


def test_a_demonyms_people_said_to_be_recruited_later_are_fighters(ex: Extractor) -> None:
    body = (
        "Investigators counted about 150 Nigerien fighters near Kidal. The Nigeriens were reportedly recruited in"
        " Agadez, the panel said."
    )
    got = figs(run(ex, body))
    assert ("ne-fighters", "troops", 150) in got
    assert ("NE", "troops", 150) not in got


def test_a_plural_demonym_without_recruitment_stays_the_state(ex: Extractor) -> None:
    body = "Investigators counted about 150 Nigerien soldiers near Kidal. The Nigeriens arrived last week, they said."
    assert figs(run(ex, body)) == {("NE", "troops", 150)}


def test_a_plural_demonym_counts_its_nationals(ex: Extractor) -> None:
    got = figs(run(ex, "Poland said 300 Poles had joined the Ukrainian army as volunteers."))
    assert ("pl-fighters", "troops", 300) in got


def test_recruited_nationals_named_by_their_plural_demonym_are_where_they_were_sent(ex: Extractor) -> None:
    body = (
        "The RSF has recruited at least 600 citizens of Kenya, a monitoring group said. "
        "Most of the Kenyans were later sent to North Kordofan, the group said."
    )
    got = run(ex, body)
    assert ("ke-fighters", "SD") in locs(got)
    # with no recruits found before, a plural demonym alone places no one
    assert not locs(run(ex, "Kenyans were sent to Kordofan in May."))


def test_their_number_after_hired_nationals_counts_the_nationals(ex: Extractor) -> None:
    body = (
        "The junta relies on several hundred Colombian mercenaries, a UN panel found. "
        "The panel put their number at around 450."
    )
    got = figs(run(ex, body))
    assert ("co-fighters", "troops", 450) in got
    assert ("CO", "troops", 450) not in got


def test_a_states_citizens_killed_fighting_for_another_side_are_its_fighters(ex: Extractor) -> None:
    assert figs(run(ex, "Sri Lanka says at least 16 of its citizens were killed serving with Russian forces.")) == {
        ("lk-fighters", "casualties", 16)
    }
    # citizens killed with no other side named stay the state's
    assert figs(run(ex, "Sri Lanka says at least 16 of its citizens were killed in Myanmar.")) == {
        ("LK", "casualties", 16)
    }


def test_one_recruit_sent_to_fight_is_placed_with_the_nationals(ex: Extractor) -> None:
    # a single recruit the story follows ("he was sent to fight") is one of the nationals counted before
    body = (
        "At least 300 Nepali nationals are fighting in the Russian army, officials said. One of them, a former "
        "policeman, flew to Moscow in May. He was sent to fight near Bakhmut after four weeks of drills in "
        "Belgorod region."
    )
    assert {("np-fighters", "Belgorod Oblast"), ("np-fighters", "Bakhmut")} <= places(run(ex, body))


def test_fighters_alongside_a_country_s_adjectived_group_are_nationals(ex: Extractor) -> None:
    # "alongside Sudan's paramilitary RSF": the group's country and an adjective stand between the side word and it
    body = (
        "Some 90 Peruvian fighters are serving alongside Libya's paramilitary Rapid Support Forces in Kordofan. "
        "Peru's foreign ministry said at least 12 of its citizens have died in Sudan this year."
    )
    assert figs(run(ex, body)) == {("pe-fighters", "troops", 90), ("pe-fighters", "casualties", 12)}


def test_a_demonyms_fighters_on_anothers_payroll_are_hired_nationals(ex: Extractor) -> None:
    body = "Monitors counted around 2,000 Chadian fighters on Moscow's payroll in Fezzan, down from 3,000 in 2030."
    assert figs(run(ex, body)) == {("td-fighters", "troops", 2000), ("td-fighters", "troops", 3000)}


def test_those_demonyms_after_recruited_fighters_are_the_fighters(ex: Extractor) -> None:
    # "Afghan fighters recruited by Tehran" with no count: later "those Afghans" are still the hired nationals
    body = (
        "Who backs the west?\nIran, along with Afghan fighters recruited by Tehran in 2015. The panel thinks "
        "fewer than 2,000 of those Afghans are still in Syria."
    )
    got = figs(run(ex, body))
    assert ("af-fighters", "troops", 2000) in got and ("AF", "troops", 2000) not in got


def test_a_states_demonym_before_fighters_names_hired_nationals(ex: Extractor) -> None:
    # a state's forces are its soldiers or troops: "<demonym> fighters" are always the hired nationals
    body = (
        "About 70 more Peruvian fighters reached Bangui last month, a monitoring group said. Six Peruvians "
        "have been killed there since May."
    )
    got = figs(run(ex, body))
    assert ("pe-fighters", "troops", 70) in got and ("PE", "troops", 70) not in got


def test_a_demonyms_people_with_an_armed_group_are_hired_nationals(ex: Extractor) -> None:
    # "N <Demonyms> are now with <armed group>": people of one state on a group's side, not that state's forces
    body = (
        "As many as 300 Peruvians are now with the Rapid Support Forces in Kordofan, a newspaper reported. At "
        "least 12 Peruvians have been killed there."
    )
    got = figs(run(ex, body))
    assert got == {("pe-fighters", "troops", 300), ("pe-fighters", "casualties", 12)}


def test_a_demonyms_fighters_in_a_sentence_about_aircraft_are_jets(ex: Extractor) -> None:
    # "Peruvian fighters" that were scrambled or flew are fighter jets: Peru's forces, and no hired nationals later
    body = (
        "Four Peruvian fighters were scrambled after the patrol aircraft crossed the line, the air force said. "
        "Peru now has about 400 soldiers on the border."
    )
    got = figs(run(ex, body))
    assert ("PE", "troops", 400) in got and ("pe-fighters", "troops", 400) not in got


def test_people_fighting_alongside_an_armed_group_are_fighters_not_their_states_forces(ex: Extractor) -> None:
    # "<demonym>s fighting alongside the <group>": people on another's side, whether a state or an armed group
    body = (
        "Quito believes some 90 Ecuadorians are fighting alongside the RSF near Kadugli.\n\n"
        "At least 11 Ecuadorians have been killed since June, the ministry added."
    )
    got = run(ex, body)
    assert {("ec-fighters", "troops", 90), ("ec-fighters", "casualties", 11)} <= figs(got)
    assert not any(c.actor.code == "EC" for c in got)


def test_the_recruiter_named_after_by_keeps_its_own_troops(ex: Extractor) -> None:
    # "Sudanese fighters recruited by Egypt": Egypt recruits; its own troops in the sentence stay Egypt's
    body = "Monitors counted about 900 Egyptian troops in Darfur, and Chadian fighters recruited by Egypt."
    assert ("EG", "troops", 900) in figs(run(ex, body))
