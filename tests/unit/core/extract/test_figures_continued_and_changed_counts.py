"""Counts that carry on, change or restate a count given before: bare numbers, elided nouns, new totals, "from N to
M", "put it at", "they number", strengths that rise, fall or peak.

Such a number names no force of its own, so the figure is only right if it goes back to the forces and the topic
counted before; each test is a sentence or two written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, run
from extract_helpers import placed_countries as _placed

from claimwatch.core.extract import Extractor


def test_bare_number_continues_the_count_before_it(ex: Extractor) -> None:
    body = (
        "About 80 Turkish engineers arrived in Somalia in May, according to the army, which said 150 more would follow."
    )
    assert ("TR", "troops", 150) in figs(run(ex, body))


def test_plural_demonym_is_what_a_bare_number_counts(ex: Extractor) -> None:
    claims = run(ex, "Officials said four Georgians had been captured near the front.")
    assert figs(claims) == {("GE", "casualties", 4)}
    assert not figs(run(ex, "About 2 million Georgians live abroad, many in Greece."))


def test_bare_number_continues_a_count_in_another_place(ex: Extractor) -> None:
    claims = run(ex, "Spain keeps about 600 troops in Latvia, its largest mission, and some 150 in Slovakia.")
    assert {("ES", "troops", 600), ("ES", "troops", 150)} <= figs(claims)
    assert ("ES", "SK") in locs(claims)


def test_second_earlier_figure_after_from(ex: Extractor) -> None:
    claims = run(ex, "Chad has cut its contingent in Mali to 1,200 from a peak of 3,100, the minister said.")
    assert figs(claims) == {("TD", "troops", 1200), ("TD", "troops", 3100)}
    claims = run(ex, "Some 900 Kenyan soldiers remain in Haiti, down from about 1,400 in March.")
    assert figs(claims) == {("KE", "troops", 900), ("KE", "troops", 1400)}


def test_a_force_brought_to_a_new_total_counts_troops(ex: Extractor) -> None:
    claims = run(ex, "The new rotation will bring UNIFIL's strength to about 10,500, the mission said.")
    assert figs(claims) == {("unifil", "troops", 10500)}
    assert run(ex, "The shelling brought the death toll to 45.") == []


def test_an_estimate_of_the_number_with_no_noun_counts_the_forces_spoken_of(ex: Extractor) -> None:
    claims = run(ex, "Rwanda has sent troops to South Kivu. A UN source said the number was closer to 3,000.")
    assert ("RW", "troops", 3000) in figs(claims)
    assert not figs(run(ex, "Officials put the death toll at 45."))


def test_a_force_raised_in_a_place_to_a_number(ex: Extractor) -> None:
    claims = run(ex, "After the 2015 floods Chile raised its force in Haiti to about 1,400.")
    assert figs(claims) == {("CL", "troops", 1400)}
    assert ("CL", "HT") in locs(claims)
    body = "Nepal sent engineers to Mali in March. The contingent in Mali was raised to around 500 this year."
    assert ("NP", "troops", 500) in figs(run(ex, body))


def test_a_cumulative_total_put_at_a_number_restates_the_count_before(ex: Extractor) -> None:
    # "put the cumulative total sent to X since Y at N": the same materiel, whatever adjective and participle phrase
    body = (
        "Iran shipped about 300 Shahed drones to Russia last spring; Western officials put the cumulative total "
        "delivered to Russia since 2024 at more than 4,000."
    )
    got = figs(run(ex, body))
    assert ("IR", "equipment", 4000) in got
    assert ("IR", "troops", 4000) not in got


def test_forces_in_a_place_being_cut_to_a_number(ex: Extractor) -> None:
    # the plural "forces", a progressive or an adverb before the verb, a quoted new total: the same change of strength
    claims = run(ex, "Italian forces in Niger are being cut to fewer than 300.")
    assert ("IT", "troops", 300) in figs(claims)
    assert ("IT", "NE") in locs(claims)
    claims = run(ex, 'Belgian forces in Benin will also be reduced to "about 150," a ministry spokesman said.')
    assert ("BE", "troops", 150) in figs(claims)


def test_a_number_verb_gives_the_subjects_strength(ex: Extractor) -> None:
    claims = run(ex, "Nepal's engineering unit in Haiti, which numbered about 240 at its peak, left in 2012.")
    assert ("NP", "troops", 240) in figs(claims)
    claims = run(ex, "Officials expect the force in Mozambique to number about 2,000. Rwanda leads it.")
    assert not any(c.figure and c.figure.value == 2000 and c.actor.code == "RW" for c in claims)


def test_forces_that_now_number_a_count(ex: Extractor) -> None:
    claims = run(ex, "With the frigate's departure, Dutch forces in the region now number about 600, he said.")
    assert ("NL", "troops", 600) in figs(claims)


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (
            "The French Navy sent two frigates to the Adriatic, taking the number of its ships there to 7.",
            7,
        ),
        (
            "Spain has sent three warships to the Baltic, bringing its total on the northern flank to 9.",
            9,
        ),
    ],
)
def test_a_new_total_counts_what_was_counted_before(ex: Extractor, body: str, total: int) -> None:
    got = figs(run(ex, body))
    assert {t for _, t, _ in got} == {"equipment"} and total in {v for _, _, v in got}, got


def test_a_new_total_of_troops_stays_troops(ex: Extractor) -> None:
    got = figs(run(ex, "Norway sent 150 more soldiers to Lithuania, bringing its total there to 600."))
    assert got == {("NO", "troops", 150), ("NO", "troops", 600)}


def test_up_from_an_earlier_count_counts_the_same_thing(ex: Extractor) -> None:
    body = "Russia has now delivered at least 30 attack drones to Mali, up from the 18 cited by officials in May."
    assert figs(run(ex, body)) == {("RU", "equipment", 30), ("RU", "equipment", 18)}


def test_elided_count_takes_noun_and_place_of_the_sentence_before(ex: Extractor) -> None:
    # "Norway has about 90." right after a placed count: the soldiers and the place are elided
    claims = run(ex, "Sweden has about 350 soldiers in Latvia, officials said. Norway has about 90.")
    assert ("NO", "troops", 90) in figs(claims)
    assert ("NO", "LV") in locs(claims)


def test_elided_count_keeps_the_topic_before(ex: Extractor) -> None:
    claims = run(ex, "Greece operates 24 Rafale jets from Tanagra. Croatia has 12.")
    assert ("HR", "equipment", 12) in figs(claims)


def test_bare_has_number_without_a_count_before_claims_nothing(ex: Extractor) -> None:
    claims = run(ex, "The election was held on Sunday. Norway has about 90.")
    assert not figs(claims)


def test_count_before_a_change_after_from_is_the_same_forces(ex: Extractor) -> None:
    # "reduce ... to about 600 soldiers by June from about 1,000 now, officials said": both are Denmark's troops
    body = "Denmark will reduce its force in Latvia to about 600 soldiers by June from about 1,000 now, officials said."
    claims = run(ex, body)
    assert figs(claims) == {("DK", "troops", 600), ("DK", "troops", 1000)}


def test_from_a_number_without_a_change_is_no_count(ex: Extractor) -> None:
    claims = run(ex, "Denmark sent 600 soldiers to Latvia from 1,000 based at home.")
    assert ("DK", "troops", 1000) not in figs(claims)


def test_new_size_of_a_detachment_counts_what_was_just_sent(ex: Extractor) -> None:
    # "bringing its detachment there to eight": eight jets, the thing sent before, not eight troops
    claims = run(ex, "Portugal will send three more F-16 jets to Lithuania, bringing its detachment there to eight.")
    assert figs(claims) == {("PT", "equipment", 3), ("PT", "equipment", 8)}


def test_a_force_that_grew_from_a_number_counts_that_number(ex: Extractor) -> None:
    # "the Russian contingent had grown from about 200": the earlier strength of the force named
    claims = run(ex, "The group said the Russian contingent in Abkhazia had grown from about 200 in 2019.")
    assert figs(claims) == {("RU", "troops", 200)}
    claims = run(ex, "The group said turnout had grown from about 200 in 2019.")
    assert not figs(claims)


@pytest.mark.parametrize(
    "second",
    [
        "Their number is estimated at about 6,000.",
        "Their number was put at 6,000 by Western officials.",
        "Their number is believed to be about 6,000.",
    ],
)
def test_their_number_estimated_in_the_passive_is_a_figure(ex: Extractor, second: str) -> None:
    claims = run(ex, "Belarusian troops have been deployed near the border with Lithuania. " + second)
    assert ("BY", "troops", 6000) in figs(claims)


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


def test_a_count_along_with_the_one_before_has_its_owner(ex: Extractor) -> None:
    body = (
        "Chad said it had moved four of its helicopters from Abeche to Adre to support Sudanese police, along with "
        "about 30 pilots and technicians."
    )
    assert ("TD", "troops", 30) in figs(run(ex, body))


def test_a_bare_count_kept_there_is_the_subjects(ex: Extractor) -> None:
    body = "Spain, which has about 600 soldiers in Latvia, will keep about 150 there after the mission ends."
    assert ("ES", "troops", 150) in figs(run(ex, body))


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


def test_a_bare_number_with_its_own_time_continues_the_count_before(ex: Extractor) -> None:
    got = figs(run(ex, "Canada had about 600 soldiers in the region in 2019 and about 350 until this spring."))
    assert {("CA", "troops", 600), ("CA", "troops", 350)} <= got


def test_a_bare_count_already_there_is_the_forces_named_before(ex: Extractor) -> None:
    body = "About 300 more Rwandan soldiers reached Cabo Delgado on Monday. They joined some 2,500 already there."
    assert ("RW", "troops", 2500) in figs(run(ex, body))


def test_a_subject_that_puts_the_number_at_reports_it(ex: Extractor) -> None:
    body = "Rwanda has sent more troops to Mozambique. The U.S. later put the number at about 4,000."
    assert ("RW", "troops", 4000) in figs(run(ex, body))


def test_bare_count_after_named_forces_is_theirs(ex: Extractor) -> None:
    body = (
        "Greece has about 100 sailors in the Red Sea.\n\n"
        "Chadian fighters hired by a Libyan contractor guard oil fields in Sudan, a monitor said; "
        "at least 12 have been killed since March."
    )
    claims = run(ex, body)
    assert ("td-fighters", "casualties", 12) in figs(claims)
    assert not any(c.actor.code == "GR" and c.topic == "casualties" for c in claims)


def test_a_quoted_label_is_not_the_owner_of_a_bare_count(ex: Extractor) -> None:
    body = (
        "Moscow calls the Wagner Group men \"Russian advisers\"; its envoy put their number at 1,200."
    )
    claims = run(ex, body)
    assert not any(c.actor.code == "RU" and c.figure for c in claims)


def test_a_count_after_and_takes_the_verb_that_follows_it(ex: Extractor) -> None:
    body = "The ministry said at least 70 Ugandans had been recruited and 11 killed."
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 70), ("ug-fighters", "casualties", 11)} <= figs(claims)
    assert ("ug-fighters", "casualties", 70) not in figs(claims)


def test_two_more_continues_the_count_before_it(ex: Extractor) -> None:
    claims = run(ex, "Poland took delivery of eight K9 howitzers in 2024 and ordered three more this year.")
    assert {("PL", "equipment", 8), ("PL", "equipment", 3)} <= figs(claims)
    assert ("PL", "troops", 3) not in figs(claims)


def test_a_fleet_brought_to_a_total_counts_equipment(ex: Extractor) -> None:
    claims = run(ex, "Chile's navy received two more frigates last week, bringing its fleet to 10.")
    assert {("CL", "equipment", 2), ("CL", "equipment", 10)} <= figs(claims)
    claims = run(ex, "Peru's air force took delivery of four more jets, raising its fleet to 14 of the 20 it ordered.")
    assert {("PE", "equipment", 14), ("PE", "equipment", 20)} <= figs(claims)
    assert not any(c.topic == "troops" for c in claims)


def test_a_plural_force_subject_that_numbers_a_count(ex: Extractor) -> None:
    claims = run(ex, "Chinese forces in Djibouti number about 2,000.")
    assert ("CN", "troops", 2000) in figs(claims)
    assert ("CN", "DJ") in locs(claims)
    claims = run(ex, "Paraguay's armed forces number about 15,000, the ministry said.")
    assert ("PY", "troops", 15000) in figs(claims)


def test_a_bare_more_counts_what_the_item_counted_last(ex: Extractor) -> None:
    body = "Turkey has delivered at least 12 attack drones to Niger, officials said. Niamey has ordered 24 more."
    assert any(c.figure and c.figure.value == 24 and c.topic == "equipment" for c in run(ex, body))
    body = "Russia has sent 3,000 troops to Mali, officials said. Moscow plans to send 2,000 more next month."
    assert ("RU", "troops", 2000) in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "The Indian Navy said it had responded to 18 incidents in the Arabian Sea since December.",
        "The Kenyan report, running to 126 pages, named the foreign fighters in Somalia.",
    ],
)
def test_a_bare_number_before_a_plural_noun_counts_that_noun(ex: Extractor, body: str) -> None:
    assert not figs(run(ex, body))


def test_a_new_total_belongs_to_who_sent_the_first_count(ex: Extractor) -> None:
    body = "Norway is sending 200 troops to Lithuania to bolster its NATO presence, bringing the total there to 900."
    assert {("NO", "troops", 200), ("NO", "troops", 900)} <= figs(run(ex, body))


def test_their_number_estimated_by_a_speaker_is_the_forces_named_before(ex: Extractor) -> None:
    body = "Al-Shabaab sent fighters to Kenya in 2019; Kenyan officials later estimated their number at about 300."
    claims = run(ex, body)
    assert ("al-shabaab", "troops", 300) in figs(claims)
    assert ("al-shabaab", "KE") in locs(claims)


def test_deliveries_of_a_model_reaching_a_total_count_that_equipment(ex: Extractor) -> None:
    body = (
        "Kyiv says Iranian weapons keep arriving in Russia. "
        "Deliveries of Fath-360 ballistic missiles to Russia have reached about 240, the agency said."
    )
    assert ("IR", "equipment", 240) in figs(run(ex, body))


def test_a_peak_after_a_level_counts_the_same_forces(ex: Extractor) -> None:
    body = "French troop numbers in the Sahel stood at about 4,000 in 2019 and peaked above 5,100 in 2020."
    assert {("FR", "troops", 4000), ("FR", "troops", 5100)} <= figs(run(ex, body))


@pytest.mark.parametrize(
    "second",
    ["The figure was raised from 300 in May.", "That is more than double the 300 the ministry had long cited."],
)
def test_an_earlier_official_figure_is_a_count_of_the_same_forces(ex: Extractor, second: str) -> None:
    body = f"Chad has about 700 troops in Niger. {second}"
    assert ("TD", "troops", 300) in figs(run(ex, body))
    assert figs(run(ex, "Chad has about 700 troops in Niger. The 1990 treaty was cited.")) == {("TD", "troops", 700)}


@pytest.mark.parametrize(
    "second",
    ["Diplomats in Bamako spoke of about 1,500.", "A UN report says the true number is about 1,500."],
)
def test_a_number_named_as_the_forces_strength_is_a_count(ex: Extractor, second: str) -> None:
    assert ("wagner-group", "troops", 1500) in figs(run(ex, f"Wagner fighters are in Mali. {second}"))
    assert figs(run(ex, "Wagner fighters are in Mali. The vote total was 1,500.")) == set()


def test_a_count_on_top_of_another_shares_its_topic_and_convicts_are_troops(ex: Extractor) -> None:
    body = (
        "About 470 Chadian soldiers have been killed or wounded. Chad sent a further 300 or so troops to Niger to "
        "make up for its losses, on top of the roughly 1,100 it dispatched last year."
    )
    assert ("TD", "troops", 1100) in figs(run(ex, body))
    body = "Wagner said it had about 5,000 personnel in Mali, 1,000 contractors and 4,000 convicts."
    assert ("wagner-group", "troops", 4000) in figs(run(ex, body))


def test_a_count_compared_with_another_time_is_the_same_forces(ex: Extractor) -> None:
    body = "Chad has about 2,400 troops in Niger, compared with about 1,100 in ordinary times."
    assert {("TD", "troops", 2400), ("TD", "troops", 1100)} <= figs(run(ex, body))


def test_an_apposed_numbering_gives_the_strength_of_the_body_just_named(ex: Extractor) -> None:
    body = "A first detachment of instructors of the Africa Corps, numbering 120, arrived in Niamey."
    assert figs(run(ex, body)) == {("africa-corps", "troops", 120)}


def test_they_number_gives_the_strength_of_the_forces_named_before(ex: Extractor) -> None:
    body = "Wagner's men, by all accounts, are still in Mali, where they number around 1,300 and guard the junta."
    got = run(ex, body)
    assert ("wagner-group", "troops", 1300) in figs(got)
    assert ("wagner-group", "ML") in locs(got)


def test_a_continued_count_at_a_place_whose_name_opens_with_al(ex: Extractor) -> None:
    body = "The Pentagon said 11 American personnel were hurt in the strike on a base in Syria, and four at al-Udeid."
    assert ("US", "casualties", 4) in figs(run(ex, body))


def test_a_stockpile_put_at_a_number_counts_the_weapons_just_counted(ex: Extractor) -> None:
    body = (
        "Western officials believe that the Houthis now hold about 900 anti-ship missiles. "
        "Their prewar stockpile was put at about 2,500."
    )
    assert figs(run(ex, body)) == {("houthis", "equipment", 900), ("houthis", "equipment", 2500)}
    body = "Hamas has lost many fighters. Israeli officials said its arsenal is estimated at 4,000."
    assert ("hamas", "equipment", 4000) in figs(run(ex, body))


def test_an_earlier_estimate_of_a_count_keeps_the_counts_topic(ex: Extractor) -> None:
    body = (
        "About 900 Eritrean soldiers have been killed in Tigray, the agency said on Monday, raising its earlier "
        "estimate of around 300."
    )
    assert figs(run(ex, body)) == {("ER", "casualties", 900), ("ER", "casualties", 300)}
    body = "Some 4,000 Chinese troops are now in Laos, officials said, up from a previous estimate of 2,500."
    assert figs(run(ex, body)) == {("CN", "troops", 4000), ("CN", "troops", 2500)}


def test_a_summing_up_count_of_a_demonym_is_the_total_of_the_forces_just_counted(ex: Extractor) -> None:
    body = (
        "Eritrea will send 800 sappers and 1,200 military builders to Sudan, officials said. In total, some 2,000 "
        "Eritreans will take part, they said."
    )
    assert ("ER", "troops", 2000) in figs(run(ex, body))
    body = "Cuba welcomed record numbers of tourists last year. In total, some 6,000 Americans visited Havana."
    assert figs(run(ex, body)) == set()


def test_force_levels_stand_at_a_count(ex: Extractor) -> None:
    body = "British force levels in Cyprus now stand at about 2,600, down from roughly 3,000 in 2020."
    got = run(ex, body)
    assert {("GB", "troops", 2600), ("GB", "troops", 3000)} <= figs(got)
    assert ("GB", "CY") in locs(got)


def test_a_strength_estimated_at_a_count(ex: Extractor) -> None:
    body = "Turkey's troop strength in Qatar is now estimated at about 5,000, a Gulf diplomat said."
    got = run(ex, body)
    assert ("TR", "troops", 5000) in figs(got)
    assert ("TR", "QA") in locs(got)


def test_a_bare_count_that_will_go_somewhere_counts_forces(ex: Extractor) -> None:
    body = "Spain is sending 1,200 soldiers east, its army said. About 500 will go to Slovakia."
    got = run(ex, body)
    assert ("ES", "troops", 500) in figs(got)
    assert ("ES", "SK") in locs(got)
    body = "Spain is sending 1,200 soldiers east, its army said. Another 300 are to be deployed in Latvia."
    assert ("ES", "troops", 300) in figs(run(ex, body))
    # a bare number with no move is no count
    assert figs(run(ex, "The 500 will go to a vote in Madrid next week.")) == set()


def test_the_number_peaked_at_gives_the_strength_of_the_forces_spoken_of(ex: Extractor) -> None:
    body = (
        "About 1,900 German soldiers are still in Lithuania, the ministry said. "
        "A spokesman said later that the number had peaked at about 2,300 in the spring."
    )
    assert ("DE", "troops", 2300) in figs(run(ex, body))


def test_an_earlier_count_dated_by_ago_is_counted(ex: Extractor) -> None:
    body = "France now has 1,500 troops in Chad, down from more than 5,000 three years ago."
    assert {("FR", "troops", 1500), ("FR", "troops", 5000)} <= figs(run(ex, body))
    # a bare count of civilians stays none
    body = "France now has 1,500 troops in Chad, where 5,000 civilians fled two years ago."
    assert ("FR", "troops", 5000) not in figs(run(ex, body))


def test_a_continuing_count_in_a_neighbouring_place(ex: Extractor) -> None:
    body = "Turkey keeps about 3,000 soldiers in Qatar, and some 400 in neighbouring Kuwait, a diplomat said."
    got = run(ex, body)
    assert _placed(got, 400) == {("TR", "KW")}


def test_a_revised_count_from_one_number_to_another_gives_both(ex: Extractor) -> None:
    body = "Britain raised its estimate of Iranian losses in Syria from 400 to 650, a spokesman said."
    got = figs(run(ex, body))
    assert {("IR", "casualties", 400), ("IR", "casualties", 650)} <= got
    assert not any(code == "GB" for code, _, _ in got)
    body = "France will reduce its troop presence in Chad from about 1,000 to roughly 600 by June."
    assert {("FR", "troops", 1000), ("FR", "troops", 600)} <= figs(run(ex, body))


def test_a_count_against_an_earlier_level_is_the_same_forces_then(ex: Extractor) -> None:
    body = "France has 900 soldiers in Chad, versus 1,200 last year, the ministry said."
    assert {("FR", "troops", 900), ("FR", "troops", 1200)} <= figs(run(ex, body))
    body = "Britain now keeps about 30 combat jets in Cyprus, against roughly 18 a year ago."
    assert {("GB", "equipment", 30), ("GB", "equipment", 18)} <= figs(run(ex, body))
    # an opposing count is no earlier level
    body = "France has 900 soldiers in Chad, against 300 rebels."
    assert figs(run(ex, body)) == {("FR", "troops", 900)}


def test_a_quoted_estimate_after_put_the_number_at_restates_the_count(ex: Extractor) -> None:
    body = (
        "About 400 Turkish soldiers reached the base last month, one official said. "
        'A second official put the number at "no more than 320".'
    )
    assert ("TR", "troops", 320) in figs(run(ex, body))
    body = (
        "About 400 Turkish soldiers reached the base last month, one official said. "
        "A second official put the number at “roughly 350”."
    )
    assert ("TR", "troops", 350) in figs(run(ex, body))


def test_a_named_force_that_numbered_n_is_that_actors(ex: Extractor) -> None:
    body = (
        "An official said that about 700 Turkish soldiers were now at the airport, against a Spanish contingent "
        "that had numbered about 1,100 last spring."
    )
    got = figs(run(ex, body))
    assert ("TR", "troops", 700) in got
    assert ("ES", "troops", 1100) in got
    assert ("TR", "troops", 1100) not in got


def test_a_force_cut_or_raised_to_a_bare_count_is_its_new_size(ex: Extractor) -> None:
    body = "Canada is cutting its force in Latvia to about 800, officials said."
    got = run(ex, body)
    assert ("CA", "troops", 800) in figs(got)
    assert ("CA", "LV") in locs(got)
    # in a clause without a subject of its own: the sentence's subject, and the place named with the force
    body = "Canada has moved its trainers to Riga, while trimming its presence in Poland to about 300, officials said."
    got = run(ex, body)
    assert ("CA", "troops", 300) in figs(got)
    assert any(c.figure and c.figure.value == 300 and c.location and c.location.country_code == "PL" for c in got)
    # no force changed: a budget cut to a sum counts nothing
    body = "Canada is cutting its budget in Latvia to about 800 million dollars, officials said."
    assert not figs(run(ex, body))


def test_the_object_of_leave_has_the_count_after_with(ex: Extractor) -> None:
    body = "The cuts announced on Monday would leave the German army with about 150 tanks by 2030."
    assert ("DE", "equipment", 150) in figs(run(ex, body))
    body = "The redeployment leaves the Japanese navy with six destroyers in the East China Sea."
    assert ("JP", "equipment", 6) in figs(run(ex, body))


def test_a_second_count_for_another_phase_of_the_same_force(ex: Extractor) -> None:
    body = "Italy had about 800 soldiers in Niger at the start and as many as 1,400 at its peak, officials said."
    got = figs(run(ex, body))
    assert ("IT", "troops", 800) in got
    assert ("IT", "troops", 1400) in got


def test_bringing_its_strength_in_the_country_to_a_count(ex: Extractor) -> None:
    body = "The Africa Corps plans to bring its strength in the country to 2,500, officials in Bamako said."
    assert ("africa-corps", "troops", 2500) in figs(run(ex, body))


def test_put_it_at_refers_to_the_number_an_earlier_clause_named(ex: Extractor) -> None:
    body = (
        "The ministry declined to give the total number of French troops in the Sahel, but two diplomats put it "
        "at about 2,400."
    )
    assert ("FR", "troops", 2400) in figs(run(ex, body))


def test_put_it_at_restates_a_loss_count_of_the_same_sentence(ex: Extractor) -> None:
    body = (
        "The Pentagon's estimate of about 900 Russian soldiers killed last month seems low; British intelligence "
        "put it at 1,300."
    )
    claims = figs(run(ex, body))
    assert ("RU", "casualties", 900) in claims
    assert ("RU", "casualties", 1300) in claims


def test_a_higher_figure_of_restates_the_count_of_the_sentence_before(ex: Extractor) -> None:
    body = (
        "Iran has delivered about 400 Shahed drones to Russia, according to Western officials. "
        "Ukrainian intelligence has cited a higher figure of 600."
    )
    claims = figs(run(ex, body))
    assert ("IR", "equipment", 400) in claims
    assert ("IR", "equipment", 600) in claims


def test_put_it_at_with_nothing_counted_before_is_no_figure(ex: Extractor) -> None:
    body = "The German army held a parade in Berlin. Organisers put it at 3,000 spectators."
    assert not any(v == 3000 for _, _, v in figs(run(ex, body)))


def test_a_force_put_or_kept_at_a_number_is_its_strength(ex: Extractor) -> None:
    body = "Kyiv put the North Korean force in Kursk at about 12,000 in March."
    assert ("KP", "troops", 12000) in figs(run(ex, body))
    body = "Officials gave no total for the Chinese force in Djibouti, which Washington estimates at some 2,000."
    assert ("CN", "troops", 2000) in figs(run(ex, body))
    body = (
        "Belarus sent about 500 more soldiers to Russia in May.\n\n"
        "The move is meant to keep the overall contingent at roughly 4,000, officials said."
    )
    assert ("BY", "troops", 4000) in figs(run(ex, body))
    # a cost or a blast is no force
    body = "Analysts put the cost of the Chinese base in Djibouti at about 590 million."
    assert not figs(run(ex, body))


def test_a_bare_number_sent_to_a_second_place_continues_the_count(ex: Extractor) -> None:
    body = "Britain flew 400 soldiers to Estonia and 150 to Latvia last week."
    got = run(ex, body)
    assert ("GB", "troops", 150) in figs(got)
    assert any(
        c.figure is not None and c.figure.value == 150 and c.location and c.location.country_code == "LV" for c in got
    )


def test_a_plan_designed_to_keep_a_force_at_a_number_gives_its_strength(ex: Extractor) -> None:
    body = (
        "Belarus sent about 500 more soldiers to Russia in May.\n\n"
        "The rotation is designed to keep the overall contingent at about 4,000, officials said."
    )
    assert ("BY", "troops", 4000) in figs(run(ex, body))
    # a capacity is still no count
    body = "The new Chinese base in Cambodia is designed to hold up to 5,000 troops."
    assert not figs(run(ex, body))


def test_an_earlier_estimate_after_up_from_keeps_the_topic(ex: Extractor) -> None:
    body = (
        "About 900 Eritrean soldiers have died in Tigray this year, the monitors said, up from their earlier"
        " estimate of 350."
    )
    assert figs(run(ex, body)) == {("ER", "casualties", 900), ("ER", "casualties", 350)}


def test_bringing_it_to_gives_the_new_total_to_the_formation_just_named(ex: Extractor) -> None:
    got = figs(run(ex, "Ghana said it would send 150 more soldiers to the MNJTF, bringing it to about 11,000."))
    assert got == {("GH", "troops", 150), ("mnjtf", "troops", 11000)}


def test_a_total_after_joining_a_formation_is_the_formations(ex: Extractor) -> None:
    body = (
        "The Dutch frigate Tromp, with about 200 sailors, joined the EU's Operation Atalanta off Somalia on Friday,"
        " bringing the number of warships on patrol to five."
    )
    got = figs(run(ex, body))
    assert ("NL", "troops", 200) in got
    assert ("atalanta", "equipment", 5) in got
    assert ("NL", "equipment", 5) not in got


def test_a_change_of_a_force_by_a_count_to_a_count_gives_both(ex: Extractor) -> None:
    got = figs(run(ex, "Britain will increase its presence in Estonia by 300 troops to about 1,200."))
    assert got == {("GB", "troops", 300), ("GB", "troops", 1200)}
    got = figs(run(ex, "Washington said it would cut its forces in Japan by about 3,000 to roughly 50,000."))
    assert got == {("US", "troops", 3000), ("US", "troops", 50000)}
    assert figs(run(ex, "Prices rose by 300 to 1,200.")) == set()


def test_bare_counts_listed_with_their_mission_and_place_continue_the_count(ex: Extractor) -> None:
    body = (
        "Nepal has about 5,000 soldiers on U.N. missions, including about 900 with UNIFIL in Lebanon and about 1,700"
        " with UNMISS in South Sudan, the army said."
    )
    got = figs(run(ex, body))
    assert {("NP", "troops", 900), ("NP", "troops", 1700)} <= got


def test_a_strength_put_at_a_number_may_name_its_place_first(ex: Extractor) -> None:
    body = "Turkey keeps a training brigade in Somalia. Analysts estimate its strength in Somalia at about 600."
    got = run(ex, body)
    assert ("TR", "troops", 600) in figs(got)
    body = "The Africa Corps runs a base in Libya. Diplomats put its strength in the country at roughly 1,300."
    assert ("africa-corps", "troops", 1300) in figs(run(ex, body))


def test_estimates_that_range_over_a_count_after_the_forces_were_spoken_of_count_them(ex: Extractor) -> None:
    body = "Africa Corps numbers in Niger remain small. Estimates range from 120 to 250, most of them in Niamey."
    got = run(ex, body)
    assert ("africa-corps", "troops", 120) in figs(got)
    # estimates of something else are no count of forces
    assert not figs(run(ex, "Oil output estimates range from 100 to 300 barrels."))


def test_force_levels_that_rose_above_a_number_are_a_strength(ex: Extractor) -> None:
    body = "British force levels in Estonia rose above 1,800 during the spring exercises, the ministry said."
    assert ("GB", "troops", 1800) in figs(run(ex, body))


def test_force_levels_that_rose_by_a_number_are_no_strength(ex: Extractor) -> None:
    body = "British troop levels in Estonia rose 300 during the spring exercises, the ministry said."
    assert ("GB", "troops", 300) not in figs(run(ex, body))


def test_bringing_a_states_forces_to_a_number_gives_their_new_strength(ex: Extractor) -> None:
    body = "Those deployments will take Italian forces across the area to roughly 3,200."
    assert ("IT", "troops", 3200) in figs(run(ex, body))
    assert ("FR", "troops", 4000) in figs(run(ex, "The deployment raises French forces in the Sahel to about 4,000."))


def test_a_bare_count_moved_right_after_a_troop_count_counts_those_troops(ex: Extractor) -> None:
    body = (
        "London said about 2,200 British soldiers were in Estonia. "
        "The ministry said in June that some 600 had been moved to the Kaunas region."
    )
    got = run(ex, body)
    assert ("GB", "troops", 600) in figs(got)
    assert ("GB", "LT") in locs(got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "About 3,000 Canadian troops are in Latvia, including roughly 1,200 from a mechanised infantry brigade.",
            {("CA", "troops", 3000), ("CA", "troops", 1200)},
        ),
        (
            "About 3,000 Canadian troops are in Latvia, including roughly 1,200 with the new battlegroup.",
            {("CA", "troops", 3000), ("CA", "troops", 1200)},
        ),
        # a share by where its people come from is no formation of the force
        ("About 3,000 Canadian troops are in Latvia, including 1,200 from a nearby town.", {("CA", "troops", 3000)}),
    ],
)
def test_a_share_of_a_count_in_a_formation_continues_it(
    ex: Extractor, body: str, expected: set[tuple[str, str, int]]
) -> None:
    assert figs(run(ex, body)) == expected


def test_a_strength_put_at_a_bare_count_counts_its_troops(ex: Extractor) -> None:
    assert figs(run(ex, "Analysts put the Danish strength in Estonia at about 300.")) == {("DK", "troops", 300)}
    body = (
        "The Russian Volunteer Corps has moved 20 armoured vehicles to Belgorod.\n\n"
        "Analysts estimated the corps' total strength at about 900."
    )
    assert ("russian-volunteer-corps", "troops", 900) in figs(run(ex, body))


def test_a_bare_count_kept_at_a_named_place_counts_the_forces_named(ex: Extractor) -> None:
    claims = run(ex, "Denmark will pull its soldiers out of Mali and keep about 90 in neighbouring Niger.")
    assert figs(claims) == {("DK", "troops", 90)}
    assert _placed(claims, 90) == {("DK", "NE")}
    # no forces named: no count
    assert figs(run(ex, "The firm will keep about 90 in Niger.")) == set()


def test_a_bare_number_that_remains_somewhere_counts_the_forces_left(ex: Extractor) -> None:
    body = "German forces left Kabul last year, but about 900 remain in northern Afghanistan, the ministry said."
    claims = run(ex, body)
    assert ("DE", "troops", 900) in figs(claims)
    assert _placed(claims, 900) == {("DE", "AF")}
    # no forces named or counted: people who remain somewhere are no one's troops
    body = "Chad has sent troops to Niger. The floods displaced 90,000 people, and about 30,000 remain in camps."
    assert not {f for f in figs(run(ex, body)) if f[2] == 30000}


def test_a_share_who_were_sent_somewhere_continues_the_count(ex: Extractor) -> None:
    body = "Rwanda has sent about 2,000 soldiers to Mozambique, including some 600 who were deployed to Cabo Delgado."
    claims = run(ex, body)
    assert ("RW", "troops", 600) in figs(claims)
    assert _placed(claims, 600) == {("RW", "MZ")}


def test_a_bare_count_left_behind_at_a_named_place_counts_the_forces_named_before(ex: Extractor) -> None:
    body = "Italian troops pulled out of two bases in Lebanon last month. Roughly 600 remain at Shama."
    claims = run(ex, body)
    assert figs(claims) == {("IT", "troops", 600)}
    assert ("IT", "LB") in locs(claims)
    # no named place after the verb: nothing says the number counts forces placed somewhere
    body = "Italian troops pulled out of two bases last month. Roughly 600 remain in service."
    assert figs(run(ex, body)) == set()


def test_a_count_broken_down_by_place_after_a_colon_counts_the_same_forces(ex: Extractor) -> None:
    body = "Spain keeps 1,100–1,300 troops abroad: about 600 in Lebanon and 500 in Latvia."
    claims = run(ex, body)
    assert {("ES", "troops", 1100), ("ES", "troops", 600), ("ES", "troops", 500)} <= figs(claims)


def test_a_count_revised_from_an_earlier_value_gives_the_earlier_value(ex: Extractor) -> None:
    body = (
        "The ministry now estimates Iranian losses at about 900 killed or wounded. "
        "It revised the figure upward from 610 in its spring assessment."
    )
    assert figs(run(ex, body)) == {("IR", "casualties", 900), ("IR", "casualties", 610)}
    body = (
        "Turkey has shipped at least 45 armed drones to Somalia, a research group said on Friday. "
        "The figure is up from 27 in the group's previous survey."
    )
    assert {("TR", "equipment", 45), ("TR", "equipment", 27)} <= figs(run(ex, body))
    body = (
        "At least 41 Wagner fighters have been killed in Niger since May, a monitor said. "
        "The new figure of 41 replaces a tally of 46 published in April."
    )
    assert ("wagner-group", "casualties", 46) in figs(run(ex, body))


def test_an_earlier_value_quoted_after_up_from_is_the_same_count(ex: Extractor) -> None:
    body = 'Turkey now keeps an estimated 3,000 soldiers at its base in Somalia, up from "about 700" when it opened.'
    assert figs(run(ex, body)) == {("TR", "troops", 3000), ("TR", "troops", 700)}


def test_a_new_figure_two_sentences_after_the_count_restates_it(ex: Extractor) -> None:
    body = (
        "At least 58 Wagner fighters have been killed in Libya this year, a monitoring group said. "
        "Its count, released on Sunday, covers nine separate clashes. "
        "The new figure of 58 replaces a tally of 61 published in March."
    )
    assert figs(run(ex, body)) == {("wagner-group", "casualties", 58), ("wagner-group", "casualties", 61)}


def test_a_figure_given_in_another_answer_restates_the_count(ex: Extractor) -> None:
    body = (
        "About 820 Dutch troops were serving in Lithuania in March, the minister said. "
        'In a written answer last year, the number was given as "between 600 and 700".'
    )
    assert ("NL", "troops", 600) in figs(run(ex, body))


def test_a_sentence_opening_on_the_change_restates_the_count_before(ex: Extractor) -> None:
    body = "About 800 Italian troops will stay in Lebanon until 2030, Rome said. That is down from roughly 1,100."
    assert figs(run(ex, body)) == {("IT", "troops", 800), ("IT", "troops", 1100)}


def test_a_sources_own_figure_of_the_count_before_restates_it(ex: Extractor) -> None:
    # "X's latest figure, given in May, was N", 'described the presence as "about N"': another value of the count
    # made just before, of the same kind and owner
    body = (
        "Belarus has handed between 60 and 70 Polonez launchers to Russia since 2029. The ministry's latest "
        'published figure, released in March, was "at least 45".'
    )
    assert ("BY", "equipment", 45) in figs(run(ex, body))
    body = (
        "The French army said there were up to 4,500 French soldiers in Chad in 2027. Paris had long described "
        'the current presence as "about 3,000".'
    )
    assert ("FR", "troops", 3000) in figs(run(ex, body))


def test_a_force_held_at_a_level_is_its_strength(ex: Extractor) -> None:
    # "remains at", "has stayed at", "was steady at": the level the force is held at counts its troops
    claims = run(ex, "France has about 3,000 troops in Mali. The French force in Chad has remained at roughly 1,000.")
    assert ("FR", "troops", 1000) in figs(claims)
    claims = run(ex, "Spain keeps 600 soldiers in Latvia. Its force in Lebanon, she said, was steady at about 650.")
    assert ("ES", "troops", 650) in figs(claims)


def test_a_bare_count_answering_an_explainers_question_counts_its_noun(ex: Extractor) -> None:
    # "How many X troops ...?" on its own line: the count that opens the next line answers it
    body = "An explainer.\n\nHow many Ghanaian troops serve abroad?\n\nAbout 2,800, the army said on Monday."
    assert figs(run(ex, body)) == {("GH", "troops", 2800)}
    assert not figs(run(ex, "How many people live in Accra?\n\nAbout 2,800,000, the census said."))


def test_a_count_revised_from_one_value_to_an_approximate_one_gives_both(ex: Extractor) -> None:
    # a modifier before the later count ("to roughly") leaves no "A to B" range: the earlier count still stands
    body = "Ottawa has lowered its estimate of Chilean casualties in Bolivia from 900 to roughly 450 since May."
    assert figs(run(ex, body)) == {("CL", "casualties", 900), ("CL", "casualties", 450)}


def test_a_plural_names_strength_put_at_a_number_is_its_troops(ex: Extractor) -> None:
    # "the X Corps' strength": a bare apostrophe after a name ending in s is its possessive
    body = "By its latest tally an open-source tracker places the Africa Corps' strength in Niger at 1,300."
    assert figs(run(ex, body)) == {("africa-corps", "troops", 1300)}


def test_a_named_forces_numbers_put_at_a_count_later_in_the_sentence(ex: Extractor) -> None:
    # "<Name>'s numbers ..., when X put them at N": "them" is the named force's numbers
    body = "Wagner's numbers in Libya have shrunk since 2031, when an Italian envoy put them at 2,400."
    assert figs(run(ex, body)) == {("wagner-group", "troops", 2400)}


def test_a_force_n_strong_that_is_to_shrink_to_m(ex: Extractor) -> None:
    body = (
        "Germany will keep soldiers in Lithuania. The force in Niger, about 700 strong now, is set to shrink to "
        "fewer than 300 by the spring."
    )
    claims = run(ex, body)
    assert {("DE", "troops", 700), ("DE", "troops", 300)} <= figs(claims)


def test_troop_numbers_that_reached_or_hovered_at_a_level(ex: Extractor) -> None:
    # "troop numbers ... reached / hovered around N": the level the force stands at, its troops
    body = "Dutch troop numbers in Lithuania have hovered near 1,700 for two years, the ministry said."
    assert _placed(run(ex, body), 1700) == {("NL", "LT")}
    body = "Officials said Turkish troop numbers in Qatar had now reached roughly 5,400."
    assert figs(run(ex, body)) == {("TR", "troops", 5400)}


def test_a_strength_put_at_a_number_in_a_place_referred_back_to(ex: Extractor) -> None:
    # "put X's strength in the country at N", "puts the force there at N": the place named before
    body = "Turkey keeps 3,000 soldiers in Qatar. A think tank puts the Turkish force there at about 5,000."
    assert figs(run(ex, body)) == {("TR", "troops", 3000), ("TR", "troops", 5000)}
    body = "Egypt has 900 troops in Sudan. In 2030 a UN panel put Egypt's strength in the country at 1,200."
    assert _placed(run(ex, body), 1200) == {("EG", "SD")}


def test_a_force_put_at_a_number_may_name_where_in_any_words(ex: Extractor) -> None:
    # "put X's strength in eastern and central Y at N", "across the region": where the force is, however worded
    body = "Two Beirut dailies put the Wagner Group's strength in northern and central Mali at roughly 2,400."
    assert ("wagner-group", "troops", 2400) in figs(run(ex, body))
    body = "The Pentagon now puts its presence across the Gulf at some 27,000, an aide said."
    assert ("US", "troops", 27000) in figs(run(ex, body))


def test_their_number_after_a_plural_is_a_count_of_those_forces(ex: Extractor) -> None:
    # "their number peaked at N": the size of what a plural named before counts, not a number of nothing
    body = (
        "Iran first sent advisers to Venezuela in 2019, when Tehran flew in 90 technicians. "
        "Their number later climbed to more than 600, according to diplomats in Caracas."
    )
    assert ("IR", "troops", 600) in figs(run(ex, body))
    body = "Turkish drones arrived in Libya last year. Their number has since grown to about 40."
    assert figs(run(ex, body)) == {("TR", "equipment", 40)}
    assert figs(run(ex, "Protesters gathered outside the palace. Their number was about 5,000.")) == set()


@pytest.mark.parametrize("verb", ["are being cut to 300,", 'are now being cut to "fewer than 300,"'])
def test_forces_counted_in_a_relative_clause_then_cut_passively_to_a_new_size(ex: Extractor, verb: str) -> None:
    # the passive "forces ... are being cut to N" gives the force's new size, as the active "cutting its force to N"
    body = f"Spanish forces in Chad, which numbered about 1,100 in the spring, {verb} the ministry said."
    assert figs(run(ex, body)) == {("ES", "troops", 1100), ("ES", "troops", 300)}
