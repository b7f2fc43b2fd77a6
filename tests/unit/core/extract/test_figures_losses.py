"""Losses: when a count is a casualty figure, and whose losses it is.

A toll is claimed for the side that suffered it, not for the side that inflicted it or for a count nearby; the
tests cover loss verbs, tolls, captives and the counts a loss clause does not reach, on invented sentences.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, run

from claimwatch.core.extract import Extractor

# ---------------------------------------------------------------- attribution rules


def test_subject_of_killing_is_not_the_loser(ex: Extractor) -> None:
    body = (
        "At least 30 Hezbollah fighters died in the raid, a monitor estimated. "
        "Hamas, the rival movement, said it had killed 40."
    )
    got = figs(run(ex, body))
    assert ("hezbollah", "casualties", 40) in got
    assert not any(a == "hamas" for a, _, _ in got)


def test_killed_without_known_subject_gives_no_owner(ex: Extractor) -> None:
    got = figs(run(ex, "Gunmen said they had seized 12 trucks near the border."))
    assert got == set()


def test_casualty_clause_of_a_part_is_no_casualty_figure(ex: Extractor) -> None:
    body = "He said 5,000 Chinese troops had been sent to Belarus and that some of them had been wounded."
    assert figs(run(ex, body)) == {("CN", "troops", 5000)}
    body = "For a force of about 900 Iranian soldiers sent to Syria, that is a very heavy toll."
    assert figs(run(ex, body)) == {("IR", "troops", 900)}


def test_casualty_verb_after_an_appositive(ex: Extractor) -> None:
    body = "At least 90 Wagner fighters, most of them from one assault unit, have been killed in Mali."
    assert ("wagner-group", "casualties", 90) in figs(run(ex, body))


def test_injuries_are_casualties(ex: Extractor) -> None:
    claims = run(ex, "Four Polish soldiers suffered injuries from a roadside bomb in Iraq.")
    assert figs(claims) == {("PL", "casualties", 4)}


def test_death_toll_of_unrest_is_no_casualty_figure(ex: Extractor) -> None:
    body = (
        "The CSTO said Belarus sent 500 troops to Kazakhstan.\n\n"
        "Officials said the death toll from the unrest had risen to 225 in Almaty.\n\n"
        "Police said more than 3,000 people were detained in Almaty."
    )
    claims = run(ex, body)
    assert ("BY", "troops", 500) in figs(claims)
    assert not {c for c in figs(claims) if c[1] == "casualties"}


def test_forces_killed_in_unrest_remain_casualties(ex: Extractor) -> None:
    claims = run(ex, "Officials said 12 Belarusian soldiers were killed in the unrest in Almaty.")
    assert ("BY", "casualties", 12) in figs(claims)


def test_losses_inflicted_are_not_the_attackers(ex: Extractor) -> None:
    claims = run(ex, "Chinese coast guard crews boarded Vietnamese fishing boats on Monday, injuring six sailors.")
    assert not any(c.actor.code == "CN" and c.topic == "casualties" for c in claims)
    claims = run(ex, "JNIM said it had killed 40 Burkinabe soldiers near Djibo.")
    assert figs(claims) == {("BF", "casualties", 40)}


def test_a_loss_mentioned_in_a_later_statement_does_not_make_a_count_a_toll(ex: Extractor) -> None:
    claims = run(ex, "Nepal, with about 900 soldiers in Lebanon, said none of its soldiers had been among the dead.")
    assert ("NP", "troops", 900) in figs(claims)
    assert ("NP", "casualties", 900) not in figs(claims)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Chinese coast guard personnel with water cannon boarded Philippine navy boats near the atoll on "
            "Tuesday, injuring seven sailors, the military said.",
            {("PH", "casualties", 7)},
        ),
        (
            "Vietnamese militia personnel rammed a Malaysian navy patrol craft near the reef on Friday, "
            "injuring five sailors, the ministry said.",
            {("MY", "casualties", 5)},
        ),
    ],
)
def test_losses_after_an_attack_are_the_side_attacked(
    ex: Extractor, body: str, want: set[tuple[str, str, int]]
) -> None:
    assert figs(run(ex, body)) == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Shabaab has lost, by its own estimate, about 3,000 fighters.",
        "Al-Shabaab has lost much of its leadership and, by its own count, about 3,000 fighters.",
        "Al-Shabaab has lost most of its commanders and about 3,000 fighters.",
    ],
)
def test_a_loss_verb_reaches_over_an_aside_or_a_first_object(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == {("al-shabaab", "casualties", 3000)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya has deployed, by its own count, about 3,000 soldiers to Somalia.",
        "The camp Kenya built near Garissa is being taken down and about 3,000 soldiers remain in Somalia.",
    ],
)
def test_no_loss_verb_governs_the_count(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == {("KE", "troops", 3000)}


def test_second_loss_verb_with_a_bare_number_counts_the_same_forces(ex: Extractor) -> None:
    claims = run(ex, "Gunmen ambushed the convoy, killing 6 Nigerien soldiers and wounding 14.")
    assert figs(claims) == {("NE", "casualties", 6), ("NE", "casualties", 14)}


def test_bare_number_after_a_non_loss_verb_is_no_loss(ex: Extractor) -> None:
    claims = run(ex, "Gunmen ambushed the convoy, killing 6 Nigerien soldiers and burning 14.")
    assert ("NE", "casualties", 14) not in figs(claims)


def test_an_abbreviation_between_a_count_and_its_casualty_verb_keeps_them_together(ex: Extractor) -> None:
    # the full stops of "U.N." end no sentence: the peacekeepers "were wounded"
    claims = run(ex, "Two Fijian peacekeepers serving with the U.N. force were wounded on Wednesday.")
    assert figs(claims) == {("FJ", "casualties", 2)}


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Kyiv said Russian casualties had reached about 1,100 in the sector, including at least 100 dead.", 1100),
        ("Russian losses have passed 600,000, Ukraine's general staff said.", 600000),
        ("Ukraine said Russian casualties stood at 1,200 on Monday.", 1200),
    ],
)
def test_a_running_toll_without_a_noun_after_it_counts_casualties(ex: Extractor, body: str, value: int) -> None:
    assert ("RU", "casualties", value) in figs(run(ex, body))


def test_soldiers_who_drowned_are_losses(ex: Extractor) -> None:
    claims = run(ex, "Three Chilean marines drowned off the coast of Peru during an exercise on Sunday.")
    assert ("CL", "casualties", 3) in figs(claims)


@pytest.mark.parametrize(
    "body",
    [
        'The group said it had killed "at least 12" Kenyan soldiers near Kismayo.',
        'The rebels said they had killed "more than 12" Kenyan soldiers in the raid.',
    ],
)
def test_a_quoted_count_keeps_its_modifier_and_its_loss_verb(ex: Extractor, body: str) -> None:
    assert figs(run(ex, body)) == {("KE", "casualties", 12)}


@pytest.mark.parametrize(
    "body",
    [
        "Kenyan troops repelled the assault in Somalia and 15 militants were killed, the army said.",
        "Nigerian soldiers fought off the raid near Maiduguri, killing 11 gunmen, the army said.",
    ],
)
def test_militants_killed_beside_a_states_forces_are_not_that_states_losses(ex: Extractor, body: str) -> None:
    assert not {f for f in figs(run(ex, body)) if f[1] == "casualties"}


def test_counts_joined_before_their_verb_share_a_casualty_verb(ex: Extractor) -> None:
    got = figs(run(ex, "Chad said 30 of its soldiers and 12 Wagner fighters were killed near Kidal."))
    assert {("TD", "casualties", 30), ("wagner-group", "casualties", 12)} <= got
    got = figs(run(ex, "About 230 Chadians had been recruited and 18 killed, the panel said."))
    assert ("td-fighters", "troops", 230) in got  # a count with its own verb keeps it


def test_a_casualty_verb_before_two_coordinated_counts_governs_both(ex: Extractor) -> None:
    got = figs(run(ex, "The rebels said they had killed 12 Chadian soldiers and 30 Wagner mercenaries near Kidal."))
    assert {("TD", "casualties", 12), ("wagner-group", "casualties", 30)} <= got
    assert ("ML", "troops", 300) in figs(run(ex, "Rebels killed 5 Malian soldiers in Gao and 300 troops remain."))


def test_a_loss_in_the_clause_before_does_not_make_a_later_count_a_toll(ex: Extractor) -> None:
    body = "Twelve Nepali recruits were killed near Bakhmut, and about 90 are still serving at the front."
    claims = run(ex, body)
    assert ("np-fighters", "troops", 90) in figs(claims)
    assert ("np-fighters", "casualties", 90) not in figs(claims)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Qatar had acknowledged the deaths of at least six of its soldiers in Yemen.", ("QA", "casualties", 6)),
        ("Greece mourned the loss of 12 sailors when its corvette sank off Crete.", ("GR", "casualties", 12)),
    ],
)
def test_deaths_or_loss_of_n_soldiers_are_casualties(ex: Extractor, body: str, want: tuple[str, str, int]) -> None:
    assert want in figs(run(ex, body))


@pytest.mark.parametrize("speaker", ["Seoul", "Kyiv", "The Pentagon", "South Korea's spy agency"])
def test_a_bare_toll_after_a_count_is_of_the_counted_forces_not_the_speakers(ex: Extractor, speaker: str) -> None:
    claims = run(ex, f"About 2,000 Chadian soldiers are in Niger. {speaker} said about 300 had been killed or wounded.")
    assert ("TD", "casualties", 300) in figs(claims)
    assert not any(c.actor.kind == "state" and c.actor.code != "TD" for c in claims)


def test_troops_sent_to_make_up_for_losses_are_no_losses(ex: Extractor) -> None:
    body = "Chad sent a further 3,000 or so troops to Niger in May to make up for its losses."
    assert figs(run(ex, body)) == {("TD", "troops", 3000)}


def test_forces_sent_to_help_a_state_are_not_its_losses(ex: Extractor) -> None:
    body = "Chadian troops sent to help Niger have suffered about 470 casualties, including some 60 killed."
    assert {("TD", "casualties", 470), ("TD", "casualties", 60)} <= figs(run(ex, body))


def test_wounded_soldiers_of_a_state_are_its_losses(ex: Extractor) -> None:
    body = "Niger captured two wounded Chadian soldiers near Agadez in January."
    assert ("TD", "casualties", 2) in figs(run(ex, body))


def test_veterans_on_their_way_are_troops_not_losses(ex: Extractor) -> None:
    body = (
        "At least 300 Colombian former soldiers have been fighting for Sudan's Rapid Support Forces. Eight of the "
        "veterans had been killed. Between 40 and 60 more veterans were believed to be on their way."
    )
    assert ("co-fighters", "troops", 40) in figs(run(ex, body))


@pytest.mark.parametrize(
    "tail",
    [
        "and that some 90 of them had been killed",
        "and some 90 of them had been killed",
        "and that 90 had been killed",
    ],
)
def test_a_toll_in_a_new_clause_leaves_the_count_before_a_troop_count(ex: Extractor, tail: str) -> None:
    claims = run(ex, f"Officials estimated that Chad had sent about 1,400 soldiers to Niger {tail}.")
    assert ("TD", "troops", 1400) in figs(claims)
    assert ("TD", "casualties", 1400) not in figs(claims)
    assert ("TD", "casualties", 90) in figs(claims)


def test_counts_joined_before_their_verb_still_share_it(ex: Extractor) -> None:
    claims = run(ex, "Gunmen ambushed the convoy on Monday; 12 Chadian soldiers and 4 gendarmes were killed.")
    assert ("TD", "casualties", 12) in figs(claims)


def test_a_clause_with_its_own_possessive_subject_keeps_its_toll_apart(ex: Extractor) -> None:
    body = (
        "Chad sent about 1,200 more soldiers to Niger in March, and its casualties in the fighting near the border "
        "are estimated at around 340, officials said."
    )
    assert figs(run(ex, body)) == {("TD", "troops", 1200), ("TD", "casualties", 340)}


@pytest.mark.parametrize("verb", ["are estimated at", "stand at", "have reached"])
def test_a_demonyms_losses_are_its_forces_losses(ex: Extractor, verb: str) -> None:
    assert figs(run(ex, f"Chadian casualties {verb} about 340, according to the monitors.")) == {
        ("TD", "casualties", 340)
    }


def test_a_resolve_to_die_is_no_loss(ex: Extractor) -> None:
    claims = run(ex, "The Wagner chief said 8,000 of his men were prepared to die for the town.")
    assert figs(claims) == {("wagner-group", "troops", 8000)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency put Chadian deaths at about 260.",
        "Total Chadian casualties since late 2024 highly likely exceed 260.",
        "A rocket strike on the base caused traumatic brain injuries to 260 Chadian soldiers.",
    ],
)
def test_more_forms_of_a_toll(ex: Extractor, sentence: str) -> None:
    assert ("TD", "casualties", 260) in figs(run(ex, sentence))


def test_a_bare_count_continuing_a_loss_count_is_a_loss_count(ex: Extractor) -> None:
    body = "The Pentagon said 11 American personnel were hurt in a strike on a base in Syria, and four at Erbil, Iraq."
    got = figs(run(ex, body))
    assert {("US", "casualties", 11), ("US", "casualties", 4)} <= got
    assert ("US", "troops", 4) not in got


def test_the_uniform_worn_names_whose_dead_are_counted(ex: Extractor) -> None:
    body = (
        "Al-Shabaab said it had overrun the camp. Photos posted by the militants showed at least 15 bodies in "
        "Ethiopian uniforms near the river."
    )
    assert ("ET", "casualties", 15) in figs(run(ex, body))
    body = "Rebels said nine men wearing Russian army uniforms were captured near Kidal."
    assert figs(run(ex, body)) == {("RU", "casualties", 9)}


def test_the_victims_of_a_strike_on_a_states_base_are_its_losses(ex: Extractor) -> None:
    body = "A rocket hit a small French supply base in Chad, killing two legionnaires and wounding 11 soldiers."
    assert figs(run(ex, body)) == {("FR", "casualties", 2), ("FR", "casualties", 11)}


def test_a_second_loss_verb_counts_the_same_sides_losses(ex: Extractor) -> None:
    body = "A drone attack near Gao on Monday killed four Turkish soldiers and wounded more than 20 service members."
    assert figs(run(ex, body)) == {("TR", "casualties", 4), ("TR", "casualties", 20)}


def test_a_definite_count_described_by_ages_refers_back_to_people_counted(ex: Extractor) -> None:
    body = (
        "A rocket hit a French base in Chad, killing two French legionnaires, the ministry said. "
        "The two legionnaires, aged 31 and 25, served with a Foreign Legion company."
    )
    assert figs(run(ex, body)) == {("FR", "casualties", 2)}


def test_a_plural_demonym_right_after_a_loss_count_names_the_victims(ex: Extractor) -> None:
    body = (
        "Nine Chadian soldiers were killed near the border on Sunday. "
        "Boko Haram said its fighters had killed 25 Nigerians and seized four armoured vehicles."
    )
    got = figs(run(ex, body))
    assert {("NG", "casualties", 25), ("NG", "equipment", 4)} <= got
    assert ("TD", "casualties", 25) not in got


def test_captives_shown_under_guard_are_losses(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has about 1,500 men in Niger. "
        "A video shows at least five men in Russian uniforms sitting under guard."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "casualties", 5) in got
    assert ("africa-corps", "troops", 5) not in got


def test_losses_among_a_force_counted_before_are_claims(ex: Extractor) -> None:
    body = (
        "About 300 Syrian men have been recruited into the Russian army this year and sent to fight in Ukraine. "
        "Of the roughly 300, at least 19 have been killed and seven taken prisoner near Bakhmut, officials said."
    )
    got = figs(run(ex, body))
    assert {("sy-fighters", "casualties", 19), ("sy-fighters", "casualties", 7)} <= got
    # a split of a loss count given stays no new count
    body = "Six Kenyan soldiers were wounded in the blast. Of the six wounded, four have returned to duty."
    assert figs(run(ex, body)) == {("KE", "casualties", 6)}


def test_prisoners_taken_after_a_loss_count_are_the_same_sides(ex: Extractor) -> None:
    body = "Nine Chadian soldiers died in the raid. Boko Haram said it had killed 20 Nigerians and took 6 prisoners."
    got = figs(run(ex, body))
    assert ("NG", "casualties", 6) in got
    assert ("TD", "casualties", 6) not in got


def test_seals_are_troops_and_their_losses_casualties(ex: Extractor) -> None:
    body = "Three U.S. Navy SEALs were killed when their boat capsized off Somalia, the Pentagon said."
    assert ("US", "casualties", 3) in figs(run(ex, body))
    # seals that are animals: no forces
    body = "Rangers found 40 seals dead on a beach in Namibia."
    assert not figs(run(ex, body))


def test_soldiers_of_one_side_held_by_another_are_captives(ex: Extractor) -> None:
    body = "The minister said Azerbaijan currently holds 14 Armenian soldiers."
    claims = run(ex, body)
    assert ("AM", "casualties", 14) in figs(claims)
    assert ("AM", "troops", 14) not in figs(claims)


def test_a_state_holding_its_own_troops_somewhere_keeps_them_as_troops(ex: Extractor) -> None:
    body = "Britain holds 800 British soldiers in reserve in Cyprus."
    assert ("GB", "troops", 800) in figs(run(ex, body))


def test_its_fighters_killed_by_a_named_side_are_the_other_sides(ex: Extractor) -> None:
    body = (
        "Wagner's worst setback in Libya came in 2020, when GNA forces and Turkey said they killed more than 60 of "
        "its fighters near Tripoli."
    )
    got = figs(run(ex, body))
    assert ("wagner-group", "casualties", 60) in got
    body = "The Africa Corps said JNIM had killed 14 of its soldiers near Gao."
    assert ("africa-corps", "casualties", 14) in figs(run(ex, body))


def test_one_lost_from_forces_named_before_is_counted(ex: Extractor) -> None:
    got = figs(run(ex, "About 300 French soldiers are in Chad. One was wounded in an ambush near Abeche on Monday."))
    assert ("FR", "casualties", 1) in got
    assert figs(run(ex, "Three civilians were hurt in the blast. One was killed, police said.")) == set()
    body = "About 300 French soldiers are in Chad. No one was hurt in the attack."
    assert figs(run(ex, body)) == {("FR", "troops", 300)}


def test_a_share_of_a_toll_after_including_is_a_loss(ex: Extractor) -> None:
    body = "Riots in Guadeloupe left nine people dead, including three French gendarmes, in March."
    assert figs(run(ex, body)) == {("FR", "casualties", 3)}
    body = "Italy has 1,200 soldiers in Lebanon, including 300 engineers, the Italian defence ministry said."
    assert ("IT", "troops", 300) in figs(run(ex, body))


def test_one_soldier_among_a_toll_of_others_is_one_loss(ex: Extractor) -> None:
    body = "Last year one Nepali peacekeeper was among more than 30 people killed in raids near Bunia."
    assert figs(run(ex, body)) == {("NP", "casualties", 1)}


def test_a_toll_in_the_next_clause_leaves_the_force_count_a_troop_figure(ex: Extractor) -> None:
    # ", and it put the number killed ... at N": the count before the comma is the force, the one after the toll
    body = (
        "Seoul's spy agency said about 9,500 North Korean soldiers were in Russia, and it put the number killed"
        " or wounded in Kursk since last spring at around 1,300."
    )
    claims = figs(run(ex, body))
    assert ("KP", "troops", 9500) in claims
    assert ("KP", "casualties", 1300) in claims
    assert ("KP", "casualties", 9500) not in claims
    assert ("KP", "troops", 1300) not in claims


def test_a_later_estimate_of_losses_is_a_new_clause(ex: Extractor) -> None:
    body = (
        "The agency estimated that some 6,000 North Korean troops had been sent to Russia, and later put their"
        " losses at roughly 2,100 killed or wounded."
    )
    claims = figs(run(ex, body))
    assert ("KP", "troops", 6000) in claims
    assert ("KP", "casualties", 6000) not in claims


def test_losses_told_in_the_counts_own_clause_stay_losses(ex: Extractor) -> None:
    body = "About 700 North Korean soldiers were killed or wounded in Kursk, the agency said."
    assert ("KP", "casualties", 700) in figs(run(ex, body))


def test_paramilitaries_killed_are_the_groups_losses(ex: Extractor) -> None:
    body = "Rebels said they had killed 17 Russian paramilitaries of the Africa Corps near Menaka."
    assert ("africa-corps", "casualties", 17) in figs(run(ex, body))


def test_drones_a_force_engaged_are_its_targets_not_its_kit(ex: Extractor) -> None:
    claims = run(ex, "French officials said the frigate's guns engaged three drones over the Red Sea.")
    assert figs(claims) == set()
    # as with "intercepted": the attacker's drones, when the sentence names the attacker
    claims = run(ex, "The frigate Alsace engaged three Houthi drones on Tuesday, France said.")
    assert ("FR", "equipment", 3) not in figs(claims)


def test_a_single_loss_named_with_the_ship_served_on_is_a_count_of_one(ex: Extractor) -> None:
    body = (
        "The destroyer USS Mason reached Bahrain in May. "
        "One sailor aboard the frigate USS Constellation was killed in a fire on Friday."
    )
    assert ("US", "casualties", 1) in figs(run(ex, body))


def test_fresh_graves_count_the_dead(ex: Extractor) -> None:
    body = "Wagner has about 800 men in Libya. Analysts counted 31 fresh graves at a cemetery outside Sirte."
    assert figs(run(ex, body)) == {("wagner-group", "troops", 800), ("wagner-group", "casualties", 31)}


def test_soldiers_graves_and_burials_count_the_dead(ex: Extractor) -> None:
    # a count of soldiers' graves is a count of their dead (a floor); mass graves are sites, not the dead
    body = "Analysts counted 640 fresh graves of Eritrean soldiers at a cemetery near Asmara during 2031."
    assert figs(run(ex, body)) == {("ER", "casualties", 640)}
    assert figs(run(ex, "The Eritrean army buried its dead: 415 burials in one year.")) == {("ER", "casualties", 415)}
    assert figs(run(ex, "Police said Eritrean troops had left three mass graves near the town.")) == set()


def test_a_count_after_by_is_the_agent_of_the_verb_not_its_losses(ex: Extractor) -> None:
    # "taken by N soldiers": the soldiers did the taking; none of them was lost
    got = run(ex, "Their positions near Tessalit were taken by roughly 700 Chadian soldiers flown in from Abeche.")
    assert ("TD", "troops", 700) in figs(got)
    assert ("TD", "casualties", 700) not in figs(got)


def test_the_breakdown_of_a_toll_is_the_same_sides(ex: Extractor) -> None:
    # ", with N killed, M wounded and K captured" splits the toll just given; the speaker's state is no owner
    body = (
        "Norway's defence staff put Serbian casualties in Kosovo at about 2,300, with some 410 killed, "
        "roughly 1,600 wounded and fewer than 70 captured by Albanian units."
    )
    assert figs(run(ex, body)) == {
        ("RS", "casualties", 2300),
        ("RS", "casualties", 410),
        ("RS", "casualties", 1600),
        ("RS", "casualties", 70),
    }


def test_notices_of_soldiers_killed_count_the_dead(ex: Extractor) -> None:
    # one notice for each death: "N notices of soldiers killed", "N death notices"
    claims = run(ex, "Iranian parents have been handed some 45 notices of soldiers killed in Yemen this year.")
    assert figs(claims) == {("IR", "casualties", 45)}
    claims = run(ex, "The Iranian army has mailed 18 death notices to families in Ahvaz since the Yemen war began.")
    assert figs(claims) == {("IR", "casualties", 18)}


def test_a_strength_before_a_speakers_report_of_losses_is_no_toll(ex: Extractor) -> None:
    # ", <Name> said it had killed N": a named speaker's new report; the count before it is the force's strength
    body = "In Chad, where diplomats think Peru has about 1,100 soldiers, ISWAP said it had killed 14 Peruvian troops."
    got = figs(run(ex, body))
    assert ("PE", "troops", 1100) in got and ("PE", "casualties", 1100) not in got


def test_victims_named_by_a_plural_demonym_are_counted_whoever_the_unnamed_agent(ex: Extractor) -> None:
    # "they had captured four Turks": the side harmed is named after the count even when the agent is no actor
    claims = run(ex, "The rebels published photos of a burned truck, and claimed to have captured four Turks.")
    assert figs(claims) == {("TR", "casualties", 4)}
    claims = run(ex, "Insurgents said they had killed 30 Egyptians in an ambush near the border.")
    assert figs(claims) == {("EG", "casualties", 30)}
    assert figs(run(ex, "They said they had seized five vehicles near the border.")) == set()


def test_losses_of_a_ship_an_unnamed_agent_struck_are_its_navys(ex: Extractor) -> None:
    claims = run(ex, "A drone struck the frigate HMS Kent in the Red Sea, wounding three sailors.")
    assert figs(claims) == {("GB", "casualties", 3)}
