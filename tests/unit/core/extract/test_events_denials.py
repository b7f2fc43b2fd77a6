"""Denials and negative findings: which negations deny a claim, and which leave it standing.

A denied claim is kept but flagged, so a negation that reaches too far hides a real deployment and one that stops
short reports a denied one; each scope is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run
from extract_helpers import place_names as names
from extract_helpers import placed_countries as _placed

from claimwatch.core.extract import Extractor


def test_denied_and_hedged(ex: Extractor) -> None:
    claims = run(ex, "Caracas denied that Venezuelan troops were deployed in Guyana.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "Chad reportedly moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)
    claims = run(ex, "There was no sign of Iranian soldiers in Yemen, the agency said.")
    assert claims and all(c.denied for c in claims)


def test_negated_count_of_forces_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, "Officials insisted that no Italian combat troops are in Libya.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "The 5,000 Italian troops in Libya are not affected by the decision.")
    assert figs(claims) == {("IT", "troops", 5000)}
    claims = run(ex, "No fewer than 2,000 Kenyan troops are in Somalia.")
    assert figs(claims) == {("KE", "troops", 2000)}


def test_a_negation_inside_a_relative_clause_denies_nothing(ex: Extractor) -> None:
    [c] = run(ex, "Kenya, which is not a member of the bloc, has sent 400 police officers to Haiti.")
    assert not c.denied and c.figure is not None and c.figure.value == 400
    [c] = run(ex, "Burundi has about 2,000 soldiers in South Kivu, which Bujumbura denies.")
    assert not c.denied
    [c] = run(ex, "Burundi denied that it had sent 2,000 soldiers to South Kivu.")
    assert c.denied


def test_reports_called_baseless_are_denied(ex: Extractor) -> None:
    claims = run(ex, 'Ankara said reports that 2,000 Turkish soldiers had entered Libya were "baseless."')
    assert claims and all(c.denied for c in claims)


def test_no_abbreviated_state_troops_and_ruled_out_are_denials(ex: Extractor) -> None:
    assert all(c.denied for c in run(ex, "Officials said no U.K. troops would be sent to Sudan."))
    assert all(c.denied for c in run(ex, "Canada has ruled out deploying its soldiers to Haiti."))
    assert not any(c.denied for c in run(ex, "Canada has not ruled out deploying 200 soldiers to Haiti."))


def test_no_warship_sent_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, '"No Italian warship has been sent to the Strait of Hormuz," the minister said.')
    assert claims and all(c.denied for c in claims)


def test_a_claim_reported_with_the_other_sides_rebuttal_is_not_denied(ex: Extractor) -> None:
    claims = run(ex, "A rebel group said it killed nine Russian soldiers in northern Mali, a claim Moscow dismissed.")
    assert [c.denied for c in claims if c.figure] == [False]
    assert locs(claims) == {("RU", "ML")}
    claims = run(ex, "Rebels said 40 Wagner fighters were in Mali, an allegation that the embassy denied on Monday.")
    assert [c.denied for c in claims if c.figure] == [False]
    # the denial itself is still a denial
    claims = run(ex, "Moscow denied that 300 Russian soldiers were in Mali.")
    assert [c.denied for c in claims if c.figure] == [True]


def test_a_denial_in_a_later_clause_does_not_deny_the_figure_before_it(ex: Extractor) -> None:
    body = (
        "The Kenyan army put the number of its soldiers in Somalia at about 3,500 on Monday, "
        "and dismissed claims that it was sending more."
    )
    claims = [c for c in run(ex, body) if c.figure]
    assert [(c.figure.value, c.denied) for c in claims if c.figure] == [(3500, False)]


def test_a_denial_after_a_closing_quote_does_not_deny_the_figure_before_it(ex: Extractor) -> None:
    body = (
        "A Kenyan army channel said three of its soldiers had been killed and five wounded "
        '"in an ambush near the border," and denied that any had been taken prisoner.'
    )
    claims = [c for c in run(ex, body) if c.figure]
    assert sorted((c.figure.value, c.denied) for c in claims if c.figure) == [(3, False), (5, False)]


def test_a_denial_before_the_figure_still_denies_it(ex: Extractor) -> None:
    claims = [c for c in run(ex, "Nairobi denied that 3,500 Kenyan soldiers were in Somalia, and said talks went on.")]
    assert claims and all(c.denied for c in claims if c.figure)


@pytest.mark.parametrize(
    "body", ["Chad refused to send 500 troops to Niger.", "Chad declined to deploy troops to Niger."]
)
def test_a_refusal_to_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert got and all(c.denied for c in got)


def test_declining_to_comment_is_no_denial(ex: Extractor) -> None:
    got = run(ex, "Chad declined to comment on reports that 500 of its troops were in Niger.")
    assert got and not any(c.denied for c in got)


@pytest.mark.parametrize(
    "body",
    [
        "Chad has not sent any soldiers to Niger, the army said.",
        "The army said Chad did not deploy troops to Niger.",
    ],
)
def test_a_negated_send_is_a_denial(ex: Extractor, body: str) -> None:
    got = [c for c in run(ex, body) if c.location is not None]
    assert got and all(c.denied for c in got)


def test_a_contrasting_speakers_negation_does_not_deny_the_claim(ex: Extractor) -> None:
    body = (
        "About 200 Chilean soldiers will train in Peru from August, the army said, while Peru's president "
        "insisted the deal would never become a foreign base."
    )
    claims = run(ex, body)
    assert ("CL", "troops", 200) in figs(claims)
    body = "Chile has no soldiers in Peru, the ministry said, while the opposition said otherwise."
    assert all(c.denied for c in run(ex, body))


def test_a_negation_in_a_restrictive_relative_clause_denies_nothing(ex: Extractor) -> None:
    body = "Ireland sent about 130 soldiers to Lebanon in 2019 to replace Finnish troops who withdrew after a cut."
    claims = run(ex, body)
    assert ("IE", "troops", 130) in figs(claims)
    assert ("IE", "LB") in locs(claims)
    # the relative clause ends at the main verb: a negation after it still denies
    body = "The Irish soldiers who came in May are no longer in Lebanon, the army said."
    assert all(c.denied for c in run(ex, body))


def test_a_figure_recalled_in_a_relative_clause_is_not_denied_by_the_main_clause(ex: Extractor) -> None:
    claims = run(ex, "Peru, which at one point kept about 1,300 marines in Haiti, withdrew its last company in June.")
    assert ("PE", "troops", 1300) in figs(claims)


def test_a_denial_before_the_relative_clause_still_governs_it(ex: Extractor) -> None:
    claims = run(ex, "The ministry denied that Chile, which has 400 soldiers in Haiti, would send more troops.")
    assert ("CL", "troops", 400) not in figs(claims)


def test_a_figure_in_the_main_clause_of_a_withdrawal_stays_denied(ex: Extractor) -> None:
    claims = run(ex, "Peru withdrew its 1,300 marines from Haiti in June, the ministry said.")
    assert ("PE", "troops", 1300) not in figs(claims)


def test_a_place_of_the_denied_main_clause_is_not_the_recalled_figures(ex: Extractor) -> None:
    claims = run(ex, "Kenya's own army, which has about 24,000 soldiers, is not involved in Somalia, officials said.")
    assert ("KE", "troops", 24000) in figs(claims)
    assert not locs(claims)  # Somalia is where Kenya's army is said not to be
    assert any(c.denied and c.location is not None and c.location.country_code == "SO" for c in claims)


def test_no_plans_to_withdraw_affirms_the_presence(ex: Extractor) -> None:
    claims = run(ex, "Turkey said there were no plans to withdraw its soldiers, some 350 of whom man posts in Iraq.")
    assert ("TR", "IQ") in locs(claims)
    denied = run(ex, "Turkey said it had no plans to send troops to Libya.")
    assert denied and all(c.denied for c in denied)


@pytest.mark.parametrize("confirming", ["confirming a deployment", "confirming reports of a deployment"])
def test_a_confirmation_of_what_was_once_dismissed_is_no_denial(ex: Extractor, confirming: str) -> None:
    body = (
        "Kenyan soldiers had taken part in operations in Somalia's Gedo region, the ministry said, "
        f"{confirming} it had previously dismissed as fabricated."
    )
    claims = run(ex, body)
    assert claims and not any(c.denied for c in claims)
    assert ("KE", "SO") in locs(claims)


@pytest.mark.parametrize(
    "body",
    [
        "What is not included: Kenyan forces in Somalia, where about 3,000 personnel serve, are counted elsewhere.",
        "Kenyan soldiers in Somalia, about 3,000 of them, are not counted in the mission's total.",
    ],
)
def test_forces_left_out_of_a_count_are_no_denial(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert ("KE", "SO") in locs(claims)


def test_no_information_of_a_presence_is_a_negative_finding(ex: Extractor) -> None:
    body = "A spokesman said Juba had no information that South Sudanese troops were present in Sudan's Darfur region."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)


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


def test_no_sign_that_is_a_negative_finding(ex: Extractor) -> None:
    got = run(ex, "Patrols found no sign that Belarusian troops had entered Volyn Oblast.")
    assert locs(got) == set()
    assert any(c.denied and c.location is not None for c in got)


def test_a_correction_of_an_earlier_version_denies_its_figure(ex: Extractor) -> None:
    body = "Correction: An earlier version of this article said that 3,000 Chadian soldiers had arrived in Niger."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)


def test_a_correction_of_the_post_or_story_above_denies_its_figure(ex: Extractor) -> None:
    # a live blog corrects "the post above", a wire "a previous version of the story": the same withdrawal
    body = "Note: an earlier version of the entry below gave 2,400 Belarusian instructors in Mali."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)
    body = "A previous version of the story said 900 Cuban troops had landed in Venezuela."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)


def test_ending_operations_somewhere_denies_a_presence_there(ex: Extractor) -> None:
    claims = run(ex, "France ended its military operations in Niger in December, five months after the coup.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "The coalition has completed its withdrawal from Baghdad, leaving 1,300 Chadian troops in Erbil.")
    assert ("TD", "troops", 1300) in figs(claims)


def test_a_denial_the_claim_goes_against_does_not_deny_it(ex: Extractor) -> None:
    body = (
        "Turkey shipped at least 300 more drones to Sudan in March, two officials said, despite repeated assurances "
        "from Ankara that it is not arming either side."
    )
    claims = run(ex, body)
    assert ("TR", "equipment", 300) in figs(claims)
    assert not any(c.denied for c in claims)
    assert all(c.denied for c in run(ex, "Ankara denied that it had shipped 300 drones to Sudan."))


def test_a_correction_of_an_earlier_brief_denies_its_figure(ex: Extractor) -> None:
    body = "Chad said 20 soldiers were wounded. Correction: an earlier version of this brief gave the number as 17."
    assert all(c.denied for c in run(ex, body) if c.figure and c.figure.value == 17)


def test_no_credible_evidence_is_a_negative_finding(ex: Extractor) -> None:
    body = "There is no credible evidence that Iranian ground units have crossed into Iraq, officials said."
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.location is not None)
    body = "Officials said they had found no hard evidence that Belarusian troops were in Kursk."
    assert all(c.denied for c in run(ex, body) if c.location is not None)


def test_a_denial_in_a_later_clause_leaves_the_places_before_it_claimed(ex: Extractor) -> None:
    body = (
        "Officials said Belarusian troops were stationed in Kursk, but found no evidence that they had been "
        "used in Ukraine's Sumy region."
    )
    got = run(ex, body)
    assert ("BY", "RU") in locs(got)
    assert all(c.denied for c in got if c.location is not None and c.location.country_code == "UA")
    body = "Minsk denied that Belarusian troops were in Kursk, and said none had been sent to Bryansk."
    assert locs(run(ex, body)) == set()


def test_rejecting_a_report_denies_it(ex: Extractor) -> None:
    body = (
        "A Dutch defence ministry spokeswoman on Friday rejected a report by Russian state media that Dutch "
        "soldiers were crewing air-defence systems in southern Ukraine."
    )
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.actor.code == "NL")
    body = "Dutch soldiers are crewing air-defence systems in southern Ukraine, Russian state media said."
    assert ("NL", "UA") in locs(run(ex, body))


def test_leaving_some_sites_while_now_concentrated_elsewhere_is_no_denial(ex: Extractor) -> None:
    body = (
        "Italian forces have left two outposts near Mosul and are now concentrated in Erbil, an Italian official "
        "said."
    )
    got = run(ex, body)
    assert got and not any(c.denied for c in got)
    assert ("IT", "IQ") in locs(got)
    # a plain withdrawal still denies the presence
    body = "Italian forces have left Iraq, an Italian official said."
    assert ("IT", "IQ") not in locs(run(ex, body))


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


def test_a_move_after_a_withdrawal_is_not_denied(ex: Extractor) -> None:
    body = (
        "The Africa Corps has withdrawn its personnel from Menaka in eastern Mali and regrouped about 400 of them "
        "at Mopti, local sources said."
    )
    got = run(ex, body)
    assert ("africa-corps", "troops", 400) in figs(got)
    assert "Mopti" in names(got)
    # the withdrawal alone stays a denial
    body = "The Africa Corps has withdrawn about 400 personnel from Mopti, local sources said."
    got = run(ex, body)
    assert ("africa-corps", "troops", 400) not in figs(got)


def test_forces_that_left_the_country_are_denied_there(ex: Extractor) -> None:
    body = "In Chad, the French army has handed its base at Abeche over to Chadian troops and left the country."
    got = run(ex, body)
    assert ("FR", "TD") not in locs(got)
    assert any(c.denied and c.actor.code == "FR" for c in got)


def test_an_onward_move_after_a_withdrawal_is_claimed_not_denied(ex: Extractor) -> None:
    body = "Italian troops were withdrawn from Niger in May and moved to Chad, the ministry said."
    got = run(ex, body)
    assert ("IT", "TD") in locs(got)
    assert ("IT", "NE") not in locs(got)
    body = (
        "Most Spanish marines have been pulled out of Mauritania and redeployed to bases in Senegal, where some 300 "
        "of them are training local forces."
    )
    got = run(ex, body)
    assert _placed(got, 300) == {("ES", "SN")}
    # a withdrawal with no move on is still denied
    body = "About 300 Italian troops were withdrawn from Niger and flown home."
    assert figs(run(ex, body)) == set()


def test_forces_that_now_operate_elsewhere_after_a_mission_ended_are_not_denied(ex: Extractor) -> None:
    body = (
        "In Niger, the French-led task force ended its mission at Ouallam last year and now operates only from the "
        "Tillaberi region, where about 900 French troops are deployed."
    )
    got = run(ex, body)
    assert ("FR", "troops", 900) in figs(got)
    # the base it left stays denied
    assert not any(c.location is not None and c.location.name == "Ouallam" and not c.denied for c in got)


def test_a_withdrawal_that_moves_the_forces_elsewhere_is_no_denial(ex: Extractor) -> None:
    got = run(ex, "Turkey withdrew about 300 of its soldiers from Mogadishu in May, moving them to Kismayo.")
    assert ("TR", "troops", 300) in figs(got)
    assert not any(c.denied for c in got)
    # a plain withdrawal still says the forces are no longer there
    got = run(ex, "Turkey withdrew its 300 soldiers from Somalia last year.")
    assert got and all(c.denied for c in got)


def test_not_part_of_a_scheme_denies_no_presence(ex: Extractor) -> None:
    body = "Italy's own troops in Lebanon are not part of the new training scheme, officials said."
    got = run(ex, body)
    assert ("IT", "LB") in locs(got)
    # a plain negation of the presence still denies it
    body = "Spain's soldiers are not in Lebanon, officials said."
    assert ("ES", "LB") not in locs(run(ex, body))


def test_a_figure_the_other_side_called_false_is_still_claimed(ex: Extractor) -> None:
    body = (
        "Intelligence officials said about 200 Cuban recruits were fighting in Donetsk Oblast, "
        'a figure Havana called "groundless."'
    )
    got = run(ex, body)
    assert ("cu-fighters", "troops", 200) in figs(got)
    assert ("cu-fighters", "UA") in locs(got)
    # the denial in the main clause still denies
    body = "Havana denied that about 200 Cuban recruits were fighting in Donetsk Oblast."
    assert ("cu-fighters", "UA") not in locs(run(ex, body))


def test_a_toll_never_acknowledged_is_no_denial(ex: Extractor) -> None:
    body = "At least 80 Wagner fighters were killed in Libya last year, a toll the Kremlin has never acknowledged."
    claims = run(ex, body)
    assert ("wagner-group", "casualties", 80) in figs(claims)
    body = "At least 80 Wagner fighters were killed in Libya last year, a toll the Kremlin has never confirmed."
    assert ("wagner-group", "casualties", 80) in figs(run(ex, body))


def test_a_withdrawal_of_the_units_replaced_denies_nothing(ex: Extractor) -> None:
    body = "Chad has rotated about 1,200 fresh soldiers into Niger since May to replace units withdrawn in the spring."
    claims = [c for c in run(ex, body) if c.actor.code == "TD" and c.figure]
    assert claims and not claims[0].denied
    body = "The 600 Chadian soldiers were replaced and pulled out of Niger in May."
    assert all(c.denied for c in run(ex, body) if c.actor.code == "TD")


def test_intelligence_that_does_not_show_forces_somewhere_is_a_denial(ex: Extractor) -> None:
    body = "Intelligence does not show Belarusian troops in Volyn region, the spokesman said."
    claims = [c for c in run(ex, body) if c.actor.code == "BY" and c.location]
    assert claims and all(c.denied for c in claims)


def test_an_assessment_another_party_rejects_is_not_a_denial(ex: Extractor) -> None:
    body = (
        "Iran has based about 150 military advisers in Iraq's Anbar province, three Western officials said, "
        "an assessment Tehran dismissed as baseless."
    )
    got = run(ex, body)
    assert ("IR", "troops", 150) in figs(got)
    assert ("IR", "IQ") in locs(got)


def test_an_earlier_presence_told_after_a_negative_finding_is_not_denied(ex: Extractor) -> None:
    body = (
        "Officials said no Turkish troops remained at the base in Somalia, where about 1,200 had been stationed "
        "until last year."
    )
    assert ("TR", "troops", 1200) in figs(run(ex, body))
    # a relative clause of the present stays under the denial
    body = "Officials denied that Turkish troops were at the base in Somalia, where about 1,200 are stationed."
    assert ("TR", "troops", 1200) not in figs(run(ex, body))


def test_a_denial_in_an_earlier_that_clause_does_not_deny_the_figure(ex: Extractor) -> None:
    body = (
        "The French embassy said there was no French military base in Chad and that about 120 French military"
        " personnel were in the country."
    )
    got = run(ex, body)
    assert [(c.figure.value, c.denied) for c in got if c.figure] == [(120, False)]


def test_no_plans_to_cut_a_force_does_not_deny_it(ex: Extractor) -> None:
    body = "The minister said there were no plans to cut the roughly 3,000 Italian troops stationed in Kenya."
    got = run(ex, body)
    assert ("IT", "troops", 3000) in figs(got)
    assert ("IT", "KE") in locs(got)
    # a plan ruled out for the forces themselves still denies
    body = "The minister said there were no plans to send Italian troops to Kenya."
    assert ("IT", "KE") not in locs(run(ex, body))


def test_a_refusal_to_send_denies_the_move(ex: Extractor) -> None:
    body = "Officials said Tokyo would keep its refusal to send troops to Kenya."
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.location is not None)
    assert ("JP", "KE") not in locs(got)


def test_no_plans_to_change_a_presence_is_no_denial_of_it(ex: Extractor) -> None:
    body = "Officials said Nairobi had no plans to cut the roughly 900 Kenyan troops deployed across Somalia."
    claims = run(ex, body)
    assert ("KE", "troops", 900) in figs(claims)
    assert ("KE", "SO") in locs(claims)


def test_no_plans_to_send_troops_is_still_a_denial(ex: Extractor) -> None:
    body = "Kenya said it had no plans to send troops to Haiti."
    assert ("KE", "HT") not in locs(run(ex, body))


def test_seen_no_indication_without_that_denies_the_move(ex: Extractor) -> None:
    body = "There are about 3,000 Iranian advisers in Syria. We've seen no indication they've moved into Iraq."
    got = run(ex, body)
    assert ("IR", "SY") in locs(got)
    assert ("IR", "IQ") not in locs(got)


def test_a_presence_another_denied_in_apposition_leaves_the_claim_standing(ex: Extractor) -> None:
    body = (
        "In 2021 a UN panel estimated that the Wagner Group had about 800 men in Mozambique, "
        "a presence that Moscow always denied."
    )
    got = run(ex, body)
    assert ("wagner-group", "troops", 800) in figs(got)
    assert ("wagner-group", "MZ") in locs(got)
    # the denial itself still denies
    denial = "Moscow always denied that the Wagner Group had men in Mozambique."
    assert ("wagner-group", "MZ") not in locs(run(ex, denial))


def test_forces_that_left_ending_a_deployment_are_no_longer_there(ex: Extractor) -> None:
    body = "The last Dutch troops left the Camp Castor base in Mali in 2023, ending a deployment that began in 2014."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)
    # ending something else denies nothing
    assert not any(c.denied for c in run(ex, "About 300 Dutch troops arrived in Mali in 2023, ending a long debate."))


def test_the_last_of_a_force_that_left_ends_its_presence(ex: Extractor) -> None:
    body = "The last of some 600 Italian soldiers stationed in Niger pulled out in March 2025."
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims if c.actor.code == "IT")
    # the last of a force to arrive is there; a later clause's departure ends nothing of the count's
    body = "The last of the 300 Italian instructors arrived in Niger on Friday."
    assert ("IT", "troops", 300) in figs(run(ex, body))
    body = "The last batch of 200 Italian soldiers will arrive in Niger next week, before the first group left."
    assert ("IT", "troops", 200) in figs(run(ex, body))


def test_forces_that_remain_after_a_withdrawal_are_not_withdrawn(ex: Extractor) -> None:
    body = "Belgium withdrew most troops from Niger in 2024, but about 120 Belgian soldiers remain in the country."
    claims = run(ex, body)
    assert ("BE", "troops", 120) in figs(claims)
    assert ("BE", "NE") in locs(claims)
    # the withdrawal alone still denies
    assert not figs(run(ex, "Belgium withdrew its last 120 soldiers from Niger last year."))


def test_forces_not_going_anywhere_are_no_denial(ex: Extractor) -> None:
    body = 'The general said some 4,500 British soldiers remain based in Estonia, "and they are not going anywhere."'
    claims = run(ex, body)
    assert figs(claims) == {("GB", "troops", 4500)}
    assert ("GB", "EE") in locs(claims)


def test_a_denied_withdrawal_is_no_denial_of_the_forces(ex: Extractor) -> None:
    body = "France denied that it was withdrawing its 600 soldiers from Chad."
    assert ("FR", "troops", 600) in figs(run(ex, body))
    body = '"Our troops are not leaving Niger," Rome said of its 350 soldiers in the country.'
    assert ("IT", "troops", 350) in figs(run(ex, body))
    # a denial of the forces themselves stays one
    assert figs(run(ex, "France denied that its 600 soldiers were in Chad.")) == set()


def test_a_second_report_joined_by_and_says_keeps_its_denial_to_itself(ex: Extractor) -> None:
    body = "The monitor lowered its count of the Wagner presence in Mali and says the group has left its camp in Chad."
    claims = run(ex, body)
    assert locs(claims) == {("wagner-group", "ML")}


def test_forces_that_did_not_stay_somewhere_are_denied_there(ex: Extractor) -> None:
    # "they did not stay in X": a negative finding about presence at a place, like "no troops in X"
    body = "Chadian fighters were flown to Niger in May and refuelled in Algeria. They did not remain in Algeria."
    claims = run(ex, body)
    assert any(c.denied for c in claims if c.location is not None and c.location.country_code == "DZ")
    # "did not stay long" denies no place
    body = "Chadian fighters were flown to Niger in May. Most did not stay long, and some went on to Niamey."
    assert not any(c.denied for c in run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        # a dismissal of others' statements or allegations, and a dismissive label in the figure's own clause
        "Minsk on Monday rejected statements by Lithuanian officials that Belarusian troops had entered Kursk.",
        "Ankara dismissed allegations from Athens that Turkish soldiers are stationed in Libya.",
        "Chinese diplomats called reports of Chinese troops in Russia fabrications.",
        "The envoy said Moscow was open and that Western talk of 9,000 Belarusian soldiers in Kursk was hysteria.",
    ],
)
def test_dismissed_statements_and_dismissive_labels_deny(ex: Extractor, body: str) -> None:
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims)


def test_a_state_that_never_published_a_figure_does_not_deny_the_claim(ex: Extractor) -> None:
    # the note says the figure is not official, not that the forces are absent
    got = run(
        ex,
        "Chad keeps about 3,000 soldiers in Mali under a defence pact, according to diplomats in Niamey, "
        "though N'Djamena has never published a number.",
    )
    assert figs(got) == {("TD", "troops", 3000)}


def test_reports_dismissed_as_fabrications_are_denied(ex: Extractor) -> None:
    body = 'A spokesman dismissed as "lies" accounts that Pakistani pilots were flying sorties over Yemen.'
    assert locs(run(ex, body)) == set()
    body = "The ministry called reports of Peruvian troops in Chad fabrications."
    assert locs(run(ex, body)) == set()


def test_the_place_a_force_left_for_is_where_it_went(ex: Extractor) -> None:
    body = "The Italian frigate Carabiniere has left the Adriatic for the Gulf of Guinea, the navy said."
    got = run(ex, body)
    assert ("IT", "Gulf of Guinea") in places(got)
    # the place it left stays denied
    assert ("IT", "Adriatic Sea") not in places(got)


def test_a_source_that_counts_after_but_lifts_an_undisclosed_figures_denial(ex: Extractor) -> None:
    # "has never disclosed how many ..., but analysts estimate that N are there": no disclosure is denied, not the
    # count the other source gives
    body = (
        "Ankara has never given a head-count for its garrison at the port, but regional diplomats estimate that "
        "about 900 Turkish soldiers are based in Somalia."
    )
    assert ("TR", "troops", 900) in figs(run(ex, body))


def test_a_negation_in_a_later_and_that_clause_denies_only_that_clause(ex: Extractor) -> None:
    body = (
        'An aide said the last 150 Wagner men had flown home on Monday and that "no Wagner mercenary is left in '
        'Mali".'
    )
    claims = run(ex, body)
    assert ("wagner-group", "troops", 150) in figs(claims)
    assert ("wagner-group", "ML") not in locs(claims)
    claims = run(ex, "An aide said 150 Wagner men landed in Bamako on Monday and that no Wagner fighter was in Chad.")
    assert locs(claims) == {("wagner-group", "ML")}


def test_a_negated_transfer_is_a_denial(ex: Extractor) -> None:
    body = 'Tehran said it "has not transferred any attack drones to Venezuela" and that the story was invented.'
    assert ("IR", "VE") not in locs(run(ex, body))


def test_no_unit_of_a_force_at_a_place_is_a_denial(ex: Extractor) -> None:
    # "no <force> unit is in X" negates the force's presence there, like "no <force> troops"
    body = "Officials in Bangui insist that no Wagner unit remains on Sudanese territory."
    assert ("wagner-group", "SD") not in locs(run(ex, body))


def test_a_concession_after_a_denial_does_not_take_it_back(ex: Extractor) -> None:
    # "no evidence of X, though it did not rule it out": the hedge concedes; the finding stays negative
    body = (
        "Lithuanian intelligence reported no evidence that Belarusian sappers were working in Latvia, "
        "although it did not rule out such a move."
    )
    claims = run(ex, body)
    assert claims and all(c.denied for c in claims if c.location)


def test_the_report_a_denial_answers_is_not_denied(ex: Extractor) -> None:
    body = (
        "Tashkent denied on Friday that Turkish troops were based at the Termez airfield, after Russian media "
        "reported that three Turkish drones had been parked there since June."
    )
    claims = run(ex, body)
    assert figs(claims) == {("TR", "equipment", 3)}
    assert ("TR", "UZ") in locs(claims)
    body = (
        "The group's founder denied that his fighters were in Chad, after a Nigerien colonel said they were guarding "
        "a mine near Abeche."
    )
    claims = run(ex, "Wagner has been active in Africa for years. " + body)
    assert any(c.location and c.location.name == "Abéché" and not c.denied for c in claims)
    assert any(c.location and c.location.country_code == "TD" and c.denied for c in claims)


def test_a_place_before_the_report_a_denial_answers_stays_denied(ex: Extractor) -> None:
    body = (
        "Minsk denied that Chinese troops were at the Brest range, after Polish officials said 200 Chinese "
        "soldiers had arrived in Grodno."
    )
    claims = run(ex, body)
    assert figs(claims) == {("CN", "troops", 200)}
    assert "Brest" not in names(claims)
    assert any(c.location and c.location.name == "Brest" and c.denied for c in claims)


def test_neither_nor_denies_the_move_it_negates(ex: Extractor) -> None:
    claims = run(ex, "The Austrian chancellor said Vienna would neither deploy soldiers to Kosovo nor raise taxes.")
    assert claims and all(c.denied for c in claims if c.location)
