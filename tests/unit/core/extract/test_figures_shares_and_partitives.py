"""Shares and partitives ("N of them", "of whom N", "N of the M"): which count a part belongs to, and when the
whole still counts beside it.

A share counted as a new force would double a claim, and a share taken for the whole would lose one; the
sentences are written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, run
from extract_helpers import placed_countries as _placed

from claimwatch.core.extract import Extractor


def test_partitive_counts_the_noun_after_of(ex: Extractor) -> None:
    got = figs(run(ex, "Up to four of the French Rafale jets have landed in Chad, officials said."))
    assert got == {("FR", "equipment", 4)}
    body = "Hamas fighters entered the town in March. Rivals later said they killed 25 of its fighters there."
    assert ("hamas", "casualties", 25) in figs(run(ex, body))
    got = figs(run(ex, "Iran has handed over 60 of each system, the report said."))
    assert got == {("IR", "equipment", 60)}


def test_partitive_of_a_non_force_count_is_no_figure(ex: Extractor) -> None:
    body = "Egypt is training about 600 soldiers. The assembly has 90 seats, 41 of them held by the ruling party."
    assert figs(run(ex, body)) == {("EG", "troops", 600)}


def test_a_share_of_whom_is_counted(ex: Extractor) -> None:
    claims = run(ex, "Ankara will keep its soldiers, about 250 of whom guard the airport in Mogadishu.")
    assert ("TR", "troops", 250) in figs(claims)


def test_preposed_partitive_names_the_counted_noun(ex: Extractor) -> None:
    claims = run(ex, "Iran flew 30 drones near Oman. Of the drones, 8 crossed the airspace of the Gulf of Oman.")
    assert ("IR", "equipment", 8) in figs(claims)


def test_a_share_of_a_counted_force_goes_to_its_demonym(ex: Extractor) -> None:
    claims = run(ex, "The NATO mission in Iraq has about 2,000 personnel, including roughly 350 Italians.")
    assert ("IT", "troops", 350) in figs(claims)
    claims = run(ex, "A Panama-flagged tanker was seized with 19 crew members, including seven Filipinos.")
    assert not any(c.actor.code == "PH" for c in claims)


def test_of_whom_a_state_provides_a_share(ex: Extractor) -> None:
    got = figs(run(ex, "The AU force has about 4,000 soldiers, of whom Burundi provides about 1,100, a diplomat said."))
    assert got == {("african-union", "troops", 4000), ("BI", "troops", 1100)}


def test_numbers_that_split_a_count_already_given_are_no_figures(ex: Extractor) -> None:
    body = (
        "Six Nepalese peacekeepers were wounded in the ambush. "
        "Of the six soldiers wounded, four have returned to duty and two remain in hospital, the army said."
    )
    assert figs(run(ex, body)) == {("NP", "casualties", 6)}


@pytest.mark.parametrize(
    "loss",
    [
        "had been killed or wounded, among some 3,000 sent last year",
        "died in the Gedo campaign, out of some 3,000 sent",
    ],
)
def test_the_whole_a_loss_was_counted_from_is_a_troop_count(ex: Extractor, loss: str) -> None:
    claims = run(ex, f"Nairobi said about 90 Kenyan soldiers {loss}.")
    assert ("KE", "casualties", 90) in figs(claims)
    assert ("KE", "troops", 3000) in figs(claims)
    assert ("KE", "casualties", 3000) not in figs(claims)


def test_a_toll_among_others_stays_no_figure(ex: Extractor) -> None:
    claims = run(ex, "One Kenyan soldier was among some 40 people killed in the blast in Lamu.")
    assert ("KE", "casualties", 40) not in figs(claims)
    assert ("KE", "troops", 40) not in figs(claims)


@pytest.mark.parametrize("share", ["about 60 of them fatal", "about 60 of them killed in Gedo"])
def test_a_share_of_losses_leaves_the_total_ones_own(ex: Extractor, share: str) -> None:
    claims = run(ex, f"Nairobi said Kenya had suffered about 470 casualties, {share}.")
    assert ("KE", "casualties", 470) in figs(claims)
    assert ("KE", "casualties", 60) in figs(claims)


def test_a_share_by_nationality_still_makes_the_total_combined(ex: Extractor) -> None:
    claims = run(ex, "About 9,000 troops are in Chad, about 5,000 of them French.")
    assert ("FR", "troops", 5000) in figs(claims)
    assert ("TD", "troops", 9000) not in figs(claims)


@pytest.mark.parametrize("share", ["including some 60 who died", "including 60 who were killed"])
def test_a_share_whose_own_verb_is_a_loss_counts_losses(ex: Extractor, share: str) -> None:
    claims = run(ex, f"About 470 Kenyan soldiers have been killed or wounded in Somalia, {share}, officials said.")
    assert figs(claims) == {("KE", "casualties", 470), ("KE", "casualties", 60)}


def test_first_n_of_m_counts_the_share_placed_and_the_whole_unplaced(ex: Extractor) -> None:
    # "the first eight of 24 K9 howitzers" delivered to a place: eight are there; the 24 ordered are not
    claims = run(ex, "South Korea has delivered the first eight of 24 K9 self-propelled howitzers to Estonia.")
    assert figs(claims) == {("KR", "equipment", 8), ("KR", "equipment", 24)}
    placed = {(c.figure.value, c.location.country_code if c.location else None) for c in claims if c.figure}
    assert placed == {(8, "EE"), (24, None)}


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


def test_some_of_them_who_spoke_are_no_count(ex: Extractor) -> None:
    body = "Kenyan soldiers were captured near Mandera. Two of them told reporters that they had been deployed in May."
    assert not figs(run(ex, body))


def test_some_of_them_killed_still_count(ex: Extractor) -> None:
    body = "Kenyan troops were ambushed near Mandera. Two of them were killed."
    assert ("KE", "casualties", 2) in figs(run(ex, body))


def test_a_quote_closing_after_the_number_keeps_the_partitive(ex: Extractor) -> None:
    got = run(ex, 'The Italian navy said "900" of its sailors were now deployed in the Red Sea.')
    assert figs(got) == {("IT", "troops", 900)}
    assert [c.location.name for c in got if c.location is not None] == ["Red Sea"]


def test_a_share_of_lawmakers_is_no_force(ex: Extractor) -> None:
    body = (
        "About 150 Chilean soldiers are training in Peru.\n\n"
        "Opposition senators, 19 of whom signed a petition, say the deal breaks the constitution."
    )
    claims = run(ex, body)
    assert ("CL", "troops", 150) in figs(claims)
    assert not any(c.figure and c.figure.value == 19 for c in claims)


def test_dashed_share_of_lawmakers_and_an_as_clause_negation(ex: Extractor) -> None:
    body = (
        "About 200 Chilean soldiers will train in Peru from August, the army said on Monday, as Peru's president "
        "repeated that the deal would never become a foreign base.\n\n"
        "Opposition senators - 19 of whom signed a petition - say the deal is illegal."
    )
    claims = run(ex, body)
    assert figs(claims) == {("CL", "troops", 200)}


def test_a_share_of_them_counts_the_forces_counted_before(ex: Extractor) -> None:
    body = "At least 200 Kenyan former soldiers are fighting alongside the RSF, and 11 of them were killed in May."
    assert ("ke-fighters", "casualties", 11) in figs(run(ex, body))
    body = "About 900 North Korean soldiers were moved to Kursk Oblast. Ukrainian troops captured three of them."
    assert ("KP", "casualties", 3) in figs(run(ex, body))


def test_a_share_apposed_to_its_noun_or_after_a_nearer_plural_is_not_the_last_count(ex: Extractor) -> None:
    body = "Norway sent 250 soldiers. Dutch marines, some 300 of them, landed in Troms on Monday."
    assert ("NL", "troops", 300) in figs(run(ex, body))
    body = "Kenya has 900 troops there. Its soldiers repulsed the raiders and killed 12 of them, the army said."
    assert ("KE", "casualties", 12) not in figs(run(ex, body))


def test_a_share_with_no_count_before_counts_the_plural_named_before(ex: Extractor) -> None:
    claims = run(ex, "Chad bought dozens of Turkish drones, and officials said its army had flown over 900 of them.")
    assert {(c.topic, c.figure.value) for c in claims if c.figure} == {("equipment", 900)}
    claims = run(ex, "Chad trained hundreds of soldiers, and 300 of them were killed.")
    assert ("TD", "casualties", 300) in figs(claims)


def test_a_share_after_a_places_possessive_is_the_senders(ex: Extractor) -> None:
    body = "Chad will send about 900 more soldiers to Niger's Agadez region, including 200 deminers and 700 builders."
    assert {("TD", "troops", 200), ("TD", "troops", 700)} <= figs(run(ex, body))
    assert not any(code == "NE" for code, _, _ in figs(run(ex, body)))


def test_an_apposed_share_after_a_verb_is_a_share_of_the_count_before(ex: Extractor) -> None:
    body = "Wagner has suffered some 3,000 casualties in Mali since the junta took power, about 900 of them killed."
    assert ("wagner-group", "casualties", 900) in figs(run(ex, body))


def test_a_share_of_them_takes_the_plural_of_the_sentence_before(ex: Extractor) -> None:
    body = "Four helicopters are at the base. Wagner fighters came to Chad in 2019. Up to 2,000 of them were there."
    assert ("wagner-group", "troops", 2000) in figs(run(ex, body))


def test_the_whole_a_toll_is_out_of_is_a_troop_count(ex: Extractor) -> None:
    body = "About 200 Chadian soldiers have been killed, out of some 1,500 sent to Niger."
    assert {("TD", "casualties", 200), ("TD", "troops", 1500)} <= figs(run(ex, body))


def test_a_share_of_a_toll_that_died_is_a_loss(ex: Extractor) -> None:
    claims = run(ex, "Some 300 Chadian soldiers were wounded in the fighting, around 40 of them fatally.")
    assert figs(claims) == {("TD", "casualties", 300), ("TD", "casualties", 40)}


def test_a_share_in_its_own_clause_leaves_the_whole_a_troop_count(ex: Extractor) -> None:
    body = "Officials said Chad had sent some 4,000 troops to Niger in total, about 300 of whom had been killed."
    assert figs(run(ex, body)) == {("TD", "troops", 4000), ("TD", "casualties", 300)}


def test_a_share_that_names_its_own_forces_is_a_count_of_them(ex: Extractor) -> None:
    body = "Of the 4,000 engineers Pyongyang pledged in May, about 800 sappers have already reached Kursk."
    got = figs(run(ex, body))
    assert {("KP", "troops", 4000), ("KP", "troops", 800)} <= got
    # a bare share of a count given stays no figure
    body = "Of the six Irish peacekeepers injured, four have returned to duty, the army said."
    assert ("IE", "casualties", 4) not in figs(run(ex, body))


def test_the_clause_after_of_whom_is_the_shares_not_the_counts(ex: Extractor) -> None:
    body = "Officials said about 9,000 Eritrean troops had been sent to Sudan, of whom some 600 had been killed."
    assert figs(run(ex, body)) == {("ER", "troops", 9000), ("ER", "casualties", 600)}
    body = "About 700 Rwandan soldiers were flown to Mozambique, among whom 40 were later wounded, Kigali said."
    assert figs(run(ex, body)) == {("RW", "troops", 700), ("RW", "casualties", 40)}


def test_a_share_of_a_strength_among_them_is_counted(ex: Extractor) -> None:
    body = "Seoul estimates that some 12,000 North Korean troops are now in Russia, among them about 3,000 engineers."
    assert {("KP", "troops", 12000), ("KP", "troops", 3000)} <= figs(run(ex, body))
    body = "The British brought 40 vehicles to Finland, among them six Challenger tanks."
    assert {("GB", "equipment", 40), ("GB", "equipment", 6)} <= figs(run(ex, body))
    # a share of a toll stays no figure
    body = "Kenya has confirmed the deaths of at least nine of its soldiers in Somalia, among them three pilots."
    assert not any(value == 3 for _, _, value in figs(run(ex, body)))


def test_a_share_among_them_with_a_place_of_its_own_is_counted_there(ex: Extractor) -> None:
    body = "About 9,000 Iranian advisers are in Syria, among them some 2,000 in neighbouring Lebanon, officials said."
    got = run(ex, body)
    assert ("IR", "troops", 2000) in figs(got)
    assert _placed(got, 2000) == {("IR", "LB")}
    # a share named by its kind stays no count of its own
    body = "Ghana has confirmed the deaths of at least seven of its soldiers in Mali, among them two officers."
    assert ("GH", "casualties", 2) not in figs(run(ex, body))


def test_a_state_that_launched_a_share_of_weapons_counted_before_holds_it(ex: Extractor) -> None:
    body = (
        "Iran designed the Shahed drones. The plant turns out about 2,000 of them a month, he said, "
        "and Russia launched 3,500 of them at Ukraine in May alone."
    )
    got = figs(run(ex, body))
    assert ("RU", "equipment", 3500) in got
    assert ("IR", "equipment", 3500) not in got


def test_a_share_of_forces_counted_before_still_belongs_to_them_after_other_verbs(ex: Extractor) -> None:
    body = "About 300 Colombian fighters joined the RSF last year, and 17 of them were killed near El Fasher."
    assert ("co-fighters", "casualties", 17) in figs(run(ex, body))


def test_a_share_of_the_new_arrivals_is_the_force_counted_before(ex: Extractor) -> None:
    body = (
        "Iran has flown a new contingent of about 3,000 troops to Syria, officials said.\n\n"
        "About 1,200 of the new arrivals have been posted to Deir ez-Zor, the officials said."
    )
    got = run(ex, body)
    assert ("IR", "troops", 1200) in figs(got)
    assert ("IR", "SY") in locs(got)
    # arrivals of migrants are no forces
    body = "Some 3,000 migrants landed on Lampedusa this week. About 1,200 of the new arrivals were moved on."
    assert not figs(run(ex, body))


def test_a_share_set_off_by_dashes_counts_the_noun_before_it(ex: Extractor) -> None:
    body = (
        "Russia sent 300 engineers to Mali last year.\n\n"
        "The jets fly from a base near Gao, where Turkish advisers - about 25 of them - train the crews."
    )
    assert ("TR", "troops", 25) in figs(run(ex, body))


def test_the_whole_an_equipment_count_is_out_of_is_counted_too(ex: Extractor) -> None:
    body = "Norway has received 20 K9 howitzers so far out of 54 on order from South Korea, the army said."
    got = figs(run(ex, body))
    assert ("NO", "equipment", 20) in got
    assert ("NO", "equipment", 54) in got
    # losses out of a force sent are no second count of losses
    body = "About 300 Kenyan soldiers have been killed out of some 2,000 sent to Somalia."
    assert ("KE", "casualties", 2000) not in figs(run(ex, body))


def test_a_partitive_of_a_teams_members_names_their_state(ex: Extractor) -> None:
    body = (
        "The ASEAN Observer Team patrols the border. One of its Malaysian members was wounded by a landmine near"
        " Anlong Veng on Monday."
    )
    assert figs(run(ex, body)) == {("MY", "casualties", 1)}


def test_the_first_few_of_a_count_given_before_are_counted_again(ex: Extractor) -> None:
    body = "The United States will deliver 96 Apache helicopters to Poland. The first six are due to arrive in 2028."
    assert figs(run(ex, body)) == {("US", "equipment", 96), ("US", "equipment", 6)}



def test_of_those_soldiers_a_sentence_later_is_a_share_of_the_count_before(ex: Extractor) -> None:
    body = (
        "Background:\n- Chad sent about 1,200 soldiers to Mali in 2013, and they fought to push Nigerien forces "
        "out of Kidal.\n- Idriss Deby and French President Francois Hollande met in Paris in 2014.\n"
        "- By 2016 about 100 of those soldiers had been killed."
    )
    got = figs(run(ex, body))
    assert ("TD", "casualties", 100) in got
    assert ("NE", "casualties", 100) not in got


def test_of_them_after_a_count_with_a_two_word_noun_counts_that_noun(ex: Extractor) -> None:
    # the sentence before the count named missiles last: "of them" still counts the service members
    body = (
        "The battery's six launchers arrived in Lithuania on Monday.\n\nThe system can fire cruise missiles, as "
        "well as interceptors.\n\nAbout 4,000 American service members will join the drills in Lithuania, the Army "
        "said. Some 250 of them will train at Pabrade."
    )
    assert ("US", "troops", 250) in figs(run(ex, body))


def test_a_share_of_a_count_by_the_time_it_fell_in_is_the_same_count(ex: Extractor) -> None:
    body = "Iran has sent about 300 drones to Russia since 2030, including 80 in the past three months."
    assert figs(run(ex, body)) == {("IR", "equipment", 300), ("IR", "equipment", 80)}
    # (soldiers a state trained are no figure of anyone's: its own sent soldiers are)
    body = "Turkey has sent about 5,000 soldiers to Somalia since 2017, including 900 during the last year."
    assert ("TR", "troops", 900) in figs(run(ex, body))


def test_a_share_of_our_forces_is_the_speakers_count(ex: Extractor) -> None:
    # "our" is the speaker's side, as "its" is the antecedent's
    body = "Norway has lent two frigates to the alliance. Roughly 240 of our soldiers are now in Lithuania, she wrote."
    assert ("NO", "troops", 240) in figs(run(ex, body))


def test_partitive_of_a_named_owners_noun_counts_that_noun(ex: Extractor) -> None:
    # "N of <Name>'s <noun>": the possessive name is the partitive's determiner, like "of its"
    body = "Officials said the first 12 of Poland's new Krab howitzers had reached Estonia by sea."
    assert figs(run(ex, body)) == {("PL", "equipment", 12)}
    body = "Roughly 90 of Iran's Shahed drones were handed to Venezuela last year, a report said."
    assert ("IR", "equipment", 90) in figs(run(ex, body))
