"""What is carried between sentences and paragraphs: the item's focus, the paragraph's actor, references back to a
force named before ("the group", "it", "its", "them"), questions and answers, fact boxes and lists.

A sentence alone often names no owner or place; these tests pin what the extractor takes from the sentences before
it, on items written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, placed_countries, run

from claimwatch.core.extract import Extractor


def test_first_forces_sentence_sets_the_focus(ex: Extractor) -> None:
    body = (
        "The destroyer HMS Kent has left the Black Sea, the ministry said. "
        "The roughly 200 sailors of the Kent spent most of the tour in the Black Sea, clashing with the Houthis. "
        "The ship's helicopters fired more than 30 missiles at Houthi boats."
    )
    claims = run(ex, body)
    assert {("GB", "troops", 200), ("GB", "equipment", 30)} <= figs(claims)


def test_the_navy_is_the_paragraphs_states_not_the_items_focus(ex: Extractor) -> None:
    body = (
        "Two Japanese destroyers called at Sattahip in Thailand on Monday.\n\n"
        "Thai officials say the new pier will help the navy patrol the country's waters. "
        "The navy has about 24,000 personnel, according to analysts."
    )
    claims = run(ex, body)
    assert ("TH", "troops", 24000) in figs(claims)
    assert not any(c.actor.code == "JP" and c.figure and c.figure.value == 24000 for c in claims)


def test_the_mission_refers_back_to_the_mission_named_before(ex: Extractor) -> None:
    body = (
        "Kenya's president met the head of UNMISS in Nairobi on Monday.\n\n"
        "The mission is expected to shrink to about 12,000 personnel by next year, officials said."
    )
    assert figs(run(ex, body)) == {("unmiss", "troops", 12000)}


def test_the_norths_force_is_the_state_the_item_names(ex: Extractor) -> None:
    body = "North Korea tested a missile on Monday. Analysts said the North's 1.2 million-strong army was ill-fed."
    assert ("KP", "troops", 1200000) in figs(run(ex, body))


def test_the_force_is_the_peace_operation_named_before(ex: Extractor) -> None:
    body = (
        "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon last year. "
        "The force now numbers about 10,000 troops, its spokesman said."
    )
    assert ("unifil", "troops", 10000) in figs(run(ex, body))


def test_the_air_force_is_no_peace_operation(ex: Extractor) -> None:
    body = "UNIFIL patrols southern Lebanon. Spain sent 600 troops to Lebanon. The air force has 20 jets."
    assert not any(c.actor.code == "unifil" and c.figure for c in run(ex, body))


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


def test_its_before_a_count_is_the_sentences_antecedent_not_the_mission(ex: Extractor) -> None:
    body = (
        "EUFOR has about 1,100 troops in Bosnia. Austria's defence ministry said the last of its 200 reinforcements "
        "had arrived."
    )
    assert ("AT", "troops", 200) in figs(run(ex, body))


def test_the_countrys_navy_is_the_state_the_paragraph_named(ex: Extractor) -> None:
    body = (
        "NATO ships visited Turku. Finland's government approved 90 million euros for a new corvette. "
        "The country's navy has about 4,000 personnel."
    )
    assert ("FI", "troops", 4000) in figs(run(ex, body))


def test_its_strength_with_no_mission_named_is_nobodys(ex: Extractor) -> None:
    body = "The brigade brings together troops from nine countries. Its total strength is about 4,000."
    assert not {f for f in figs(run(ex, body)) if f[2] == 4000}


def test_an_organisations_mission_is_the_mission_named_before(ex: Extractor) -> None:
    body = "Kenya has 4,000 soldiers in AUSSOM. The AU mission has about 11,000 troops."
    assert ("aussom", "troops", 11000) in figs(run(ex, body))


def test_it_after_a_sentence_about_the_group_is_the_group(ex: Extractor) -> None:
    body = (
        "Greek officers visited the Black Sea mine countermeasures task group on Monday. The group took in its first "
        "ships in July 2024. It now has four minehunters with about 150 sailors."
    )
    assert {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)} <= figs(run(ex, body))


def test_a_bare_korean_is_the_korea_the_item_named(ex: Extractor) -> None:
    body = "North Korea has sent more troops. About 2,500 Korean soldiers were moved to Kursk Oblast, officials said."
    assert ("KP", "troops", 2500) in figs(run(ex, body))


def test_congolese_troops_are_the_drc_unless_the_item_names_brazzaville(ex: Extractor) -> None:
    assert ("CD", "troops", 600) in figs(run(ex, "About 600 Congolese troops arrived in Bunia on Monday."))
    body = "Brazzaville confirmed the move. About 300 Congolese troops arrived in Bangui on Monday."
    assert ("CG", "troops", 300) in figs(run(ex, body))


def test_a_state_that_only_speaks_does_not_become_the_topic(ex: Extractor) -> None:
    body = (
        "Two Dutch navy ships sailed through the Taiwan Strait on Thursday, the Dutch defence ministry said, and "
        "China's military said it had tracked them. The frigate Tromp and the supply ship Den Helder left the "
        "strait later that day, heading for the East China Sea."
    )
    places = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("NL", "East China Sea") in places
    assert not any(code == "CN" for code, _ in places)


def test_weapons_put_at_a_place_with_no_owner_named_are_the_items_actors(ex: Extractor) -> None:
    body = (
        "Britain has about 900 troops in Estonia.\n\n"
        "The minister has also extended the stay of the Sky Sabre air defence batteries deployed to Latvia and "
        "Lithuania during the exercise with Russia."
    )
    got = locs(run(ex, body))
    assert {("GB", "LV"), ("GB", "LT")} <= got
    assert not any(code == "RU" for code, _ in got)


def test_most_of_them_are_the_forces_the_item_is_about(ex: Extractor) -> None:
    body = (
        "Pyongyang has sent about 300 Koksan guns to Russia. "
        "Most of them are deployed with Russian units in Luhansk Oblast, the agency said."
    )
    assert ("KP", "UA") in locs(run(ex, body))


def test_the_new_arrivals_are_the_forces_counted_before(ex: Extractor) -> None:
    body = "North Korea moved about 2,000 troops to Kursk Oblast. The new arrivals trained in Primorsky Krai first."
    got = run(ex, body)
    assert any(c.actor.code == "KP" and c.location and c.location.admin1 == "Primorsky Krai" for c in got)


def test_them_in_a_later_clause_are_the_forces_named_in_the_clause_before(ex: Extractor) -> None:
    body = "Belarusian troops have joined the assault near Bryansk, and Ukrainian soldiers have captured three of them."
    assert ("BY", "casualties", 3) in figs(run(ex, body))


@pytest.mark.parametrize("subject", ["A further group", "Another group", "The new contingent", "The servicemen"])
def test_a_further_group_of_the_forces_counted_before_is_placed(ex: Extractor, subject: str) -> None:
    body = f"Chad has sent about 800 more soldiers to Niger, officials said. {subject} was training near Agadez."
    assert ("TD", "NE") in locs(run(ex, body))
    assert ("TD", "Agadez") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_the_group_is_the_armed_group_named_last_even_when_it_only_spoke(ex: Extractor) -> None:
    body = (
        "Africa Corps instructors arrived in Niger in April, officials said. Wagner said last year it was quitting "
        "Niger. At its height the group had about 900 men in the country, diplomats said."
    )
    assert ("wagner-group", "troops", 900) in figs(run(ex, body))
    assert ("africa-corps", "troops", 900) not in figs(run(ex, body))


def test_a_place_possessive_before_a_group_named_after_a_preposition_keeps_the_focus(ex: Extractor) -> None:
    body = (
        "At least 240 Yemeni men have been recruited into the Russian army, the project said. Many were lured by a "
        "company linked to Yemen's Houthi movement. They were sent to training camps in Rostov Oblast."
    )
    assert ("ye-fighters", "Rostov Oblast") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_the_north_is_north_korea_in_an_item_that_names_it(ex: Extractor) -> None:
    body = "North Korean troops are in Kursk, Seoul said. It added that the North was sending 1,000 deminers there."
    assert ("KP", "troops", 1000) in figs(run(ex, body))
    assert not any(c.actor.code == "KP" for c in run(ex, "Fighting went on in the North of Mali, where 300 died."))


def test_the_troops_stay_the_items_forces_whatever_carries_or_reports_them(ex: Extractor) -> None:
    body = (
        "About 150 soldiers from Russia's Africa Corps have arrived in Chad, where the Wagner Group once had men. "
        "The troops landed at N'Djamena airport aboard a Russian transport plane, a Chadian army officer said. "
        "They are to be based at the former Wagner camp at Abeche."
    )
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert {("africa-corps", "N'Djamena"), ("africa-corps", "Abéché")} <= got
    assert not any(code == "wagner-group" for code, _ in got)


def test_a_possessive_before_a_named_force_is_not_the_items_focus(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has expanded its base at Agadez, satellite images show. The images show at least "
        "four air-defence systems and around 40 armoured vehicles near the runway."
    )
    assert {("africa-corps", "equipment", 4), ("africa-corps", "equipment", 40)} <= figs(run(ex, body))


def test_russian_personnel_in_africa_are_the_group_the_item_names_later(ex: Extractor) -> None:
    body = (
        "Several dozen Russian military instructors have landed in Chad, state television said. "
        "The Africa Corps said more would follow."
    )
    assert ("africa-corps", "TD") in locs(run(ex, body))
    body = "Russian troops advanced near Pokrovsk on Monday. The Africa Corps is active in Mali."
    assert ("RU", "Pokrovsk") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_a_fact_box_line_counts_the_forces_at_its_place(ex: Extractor) -> None:
    body = (
        "Here is where Chad keeps its troops abroad.\n\n"
        "Where Chadian troops are:\n"
        "- Niger: about 1,200, at Agadez.\n"
        "- Mali: some 800.\n"
    )
    claims = run(ex, body)
    assert {("TD", "troops", 1200), ("TD", "troops", 800)} <= figs(claims)
    assert {("TD", "NE"), ("TD", "ML")} <= locs(claims)


def test_a_trailing_as_clause_and_a_groups_possessive_set_no_focus(ex: Extractor) -> None:
    body = (
        "Chad will send about 2,000 troops to Niger, the ministry said, bolstering NATO's southern flank as "
        "Sudan masses forces near Darfur. Officials said about 700 soldiers would go to Agadez."
    )
    assert ("TD", "troops", 700) in figs(run(ex, body))


def test_a_briefing_question_claims_nothing_unless_it_relays_a_source(ex: Extractor) -> None:
    body = (
        "Q: Can you update us? There are reports of about 1,200 more Chadian troops flowing into Niger.\n\n"
        "MS. ADE: Roughly 2,000 Chadian troops remain in Niger, yes."
    )
    assert figs(run(ex, body)) == {("TD", "troops", 2000)}
    body = "Q: The Nigerien ministry says up to 3,000 Chadian troops could be cut. Can you confirm that number?"
    assert ("TD", "troops", 3000) in figs(run(ex, body))


def test_its_strength_opening_a_sentence_is_the_actor_the_sentence_before_opened_with(ex: Extractor) -> None:
    body = (
        "Italy keeps about 300 soldiers in Niger, the defence ministry said. "
        "Its total strength in Lebanon is put at about 1,100, a ministry official added."
    )
    got = run(ex, body)
    assert ("IT", "troops", 1100) in figs(got)
    assert ("IT", "LB") in locs(got)


def test_elements_of_the_formation_are_the_items_forces_beside_partners_and_places(ex: Extractor) -> None:
    body = (
        "The Dutch navy said about 300 marines are deploying to Norway. Elements of the battalion will join an "
        "exercise in Finland and Sweden in March, an officer said, and a platoon will train alongside Danish units."
    )
    got = locs(run(ex, body))
    assert {("NL", "FI"), ("NL", "SE")} <= got
    assert not any(code == "DK" for code, _ in got)


def test_a_fact_box_line_counts_what_its_label_names(ex: Extractor) -> None:
    body = (
        "Iran has shipped 200 ballistic missiles to Russia since 2022, officials said. Its other deliveries so far:\n"
        "Cruise missiles: about 400\n"
        "Attack drones: more than 6,000\n"
        "Artillery pieces: 90 (2023), more expected\n"
    )
    got = figs(run(ex, body))
    assert {("IR", "equipment", 400), ("IR", "equipment", 6000), ("IR", "equipment", 90)} <= got


def test_a_fact_box_line_of_losses_counts_casualties(ex: Extractor) -> None:
    body = (
        "France keeps some 1,200 troops in Chad, the ministry said. Our running tally:\n\n"
        "Killed: about 20\n\n"
        "Wounded: more than 45\n\n"
        "Armoured vehicles: 150"
    )
    got = figs(run(ex, body))
    assert {("FR", "casualties", 20), ("FR", "casualties", 45), ("FR", "equipment", 150)} <= got
    assert ("FR", "troops", 20) not in got


def test_a_capitalised_fact_box_label_with_a_note_counts_troops(ex: Extractor) -> None:
    body = (
        "France keeps troops in several African states. Our estimates:\n\n"
        "Chad: 1,000\n\n"
        "Afloat (two frigates and a helicopter carrier): about 3,000"
    )
    got = figs(run(ex, body))
    assert {("FR", "troops", 1000), ("FR", "troops", 3000)} <= got
    assert ("FR", "equipment", 3000) not in got


def test_contingents_of_a_battlegroup_named_before_are_where_the_battlegroup_is(ex: Extractor) -> None:
    body = (
        "Spain has raised its contribution to the NATO battlegroup in Latvia to about 700 soldiers, Madrid said. "
        "The battlegroup also counts some 150 Slovak troops and about 90 Danish engineers, officials said."
    )
    got = run(ex, body)
    assert ("SK", "troops", 150) in figs(got)
    assert ("SK", "LV") in locs(got)
    body = (
        "The Dutch-led battlegroup at Rukla now has 900 soldiers, the army said. "
        "Norway, which contributed a company of 180 troops to the battlegroup in 2023, will stay, Oslo said."
    )
    assert ("NO", "LT") in locs(run(ex, body))


def test_a_battlegroup_referred_back_to_is_where_the_last_count_was_put(ex: Extractor) -> None:
    body = (
        "Canada now has about 2,000 soldiers of its brigade stationed in Latvia, Ottawa said. "
        "The battlegroup itself is a separate unit: it counts some 400 Italian soldiers, the ministry said."
    )
    got = run(ex, body)
    assert ("IT", "troops", 400) in figs(got)
    assert ("IT", "LV") in locs(got)


def test_a_battlegroup_not_referred_back_to_takes_no_earlier_place(ex: Extractor) -> None:
    body = (
        "Canada now has about 2,000 soldiers stationed in Latvia, Ottawa said. "
        "Italy also keeps some 400 soldiers at home for a future battlegroup, the ministry said."
    )
    assert ("IT", "LV") not in locs(run(ex, body))


def test_a_main_clause_with_only_a_place_leaves_the_sentence_to_the_item(ex: Extractor) -> None:
    body = (
        "The Dutch army has sent a company to the Baltic.\n\n"
        "Paratroopers trained near Vilnius in May, a step Belarus described as hostile."
    )
    claims = run(ex, body)
    assert not any(actor == "BY" for actor, _ in locs(claims))


def test_a_transcripts_bare_answer_takes_the_questions_place(ex: Extractor) -> None:
    body = (
        "Q: How many British soldiers are in Estonia at the moment?\n\n"
        "MR. JONES: Roughly 1,200, depending on the rotation.\n\n"
        "Q: And what about the ships?\n\n"
        "MR. JONES: Around 900, but I would not put a place on that."
    )
    claims = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert (1200, "EE") in placed
    assert not any(v == 900 for v, _ in placed)  # the question named no place: the answer gets none


def test_a_bare_count_later_in_the_transcript_gets_no_question_place(ex: Extractor) -> None:
    body = (
        "Q: How many British soldiers are in Estonia at the moment?\n\n"
        "MR. JONES: I will not give numbers.\n\n"
        "We have about 300 in reserve, he added later."
    )
    claims = run(ex, body)
    assert not any(c.figure and c.figure.value == 300 and c.location for c in claims)


def test_a_group_after_alongside_is_not_the_focus(ex: Extractor) -> None:
    body = (
        "France has about 600 soldiers in Iraq, officials said.\n\n"
        "Most are based in the north alongside the Kurdish-led Peshmerga, with a smaller team in Baghdad.\n\n"
        "The last deadly attack on French troops came in 2023, when two soldiers were killed near Erbil."
    )
    got = figs(run(ex, body))
    assert ("FR", "casualties", 2) in got
    body = (
        "Britain keeps about 400 troops in Syria.\n\n"
        "They are stationed alongside the Syrian Democratic Forces in the east.\n\n"
        "Last year four soldiers were wounded in a rocket attack."
    )
    got = figs(run(ex, body))
    assert ("GB", "casualties", 4) in got
    assert not any(code == "sdf" for code, _, _ in got)


def test_a_state_in_a_place_role_is_where_the_focus_force_is(ex: Extractor) -> None:
    body = (
        "Analysts estimate that the Africa Corps now has about 3,000 personnel in Africa.\n\n"
        "Libya remains the main hub, with about 1,500 personnel, followed by Sudan, where roughly 700 are based at "
        "two airfields."
    )
    claims = run(ex, body)
    got = figs(claims)
    assert ("africa-corps", "troops", 1500) in got
    assert ("africa-corps", "troops", 700) in got
    assert not any(code in ("LY", "SD") for code, _, _ in got)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert (1500, "LY") in placed
    assert (700, "SD") in placed


def test_former_members_do_not_become_the_focus(ex: Extractor) -> None:
    body = (
        "The Africa Corps now fields about 4,000 personnel.\n\n"
        "Most of them are former Wagner contractors.\n\n"
        "A mission of some 150 instructors has been in Togo since last year."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 150) in got
    assert ("wagner-group", "troops", 150) not in got


def test_fact_box_lines_with_a_contingent_label(ex: Extractor) -> None:
    body = (
        "Pakistan has sent about 4,000 troops to Saudi Arabia, officials said.\n\n"
        "Key figures\n"
        "- Troops sent to Saudi Arabia: about 4k\n"
        "- Second contingent (Feb.-Mar. 2026): about 1.5k\n"
        "- Killed: about 30"
    )
    got = figs(run(ex, body))
    assert ("PK", "troops", 1500) in got
    assert ("PK", "casualties", 30) in got


def test_places_that_host_a_bare_count_of_the_focus_force(ex: Extractor) -> None:
    body = (
        "Turkey now has about 3,000 troops in Africa, officials said.\n\n"
        "Somalia hosts a few hundred, and Libya fewer than 500."
    )
    claims = run(ex, body)
    got = locs(claims)
    assert ("TR", "SO") in got
    assert ("TR", "LY") in got
    assert not any(code in ("SO", "LY") for code, _ in got)
    placed = {(c.actor.code, c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert ("TR", 500, "LY") in placed


def test_most_or_many_of_the_things_counted_before_are_placed(ex: Extractor) -> None:
    body = "About 150 Turkish drones have been delivered to Mali. Most are deployed in the Gao and Kidal regions."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("TR", "Gao") in got
    body = "Many are worried about the war in Sudan, analysts said."
    assert not run(ex, body)


def test_its_opening_a_sentence_is_the_state_the_sentence_before_opened_with(ex: Extractor) -> None:
    body = (
        "About 50 Turkish advisers arrived in Somalia this week, officials said.\n\nBritain has followed the talks"
        " with Ankara closely. Its Gulf command keeps about 900 troops in Oman and Bahrain."
    )
    got = figs(run(ex, body))
    assert ("GB", "troops", 900) in got
    assert ("TR", "troops", 900) not in got


def test_it_after_a_state_that_left_another_keeps_the_items_state(ex: Extractor) -> None:
    body = (
        "Belgium moved its force to Niger after leaving Mali in 2022. It still has about 300 troops in Niger, the"
        " Belgian army said."
    )
    got = figs(run(ex, body))
    assert ("BE", "troops", 300) in got
    assert ("ML", "troops", 300) not in got


def test_a_bare_restated_count_after_a_figure_keeps_that_figures_actor(ex: Extractor) -> None:
    body = (
        "The Wagner Group flew more men into Gao. Officials said roughly 60 Russian fighters got off the planes. "
        'A second official put the number at "between 50 and 70".'
    )
    got = figs(run(ex, body))
    assert ("wagner-group", "troops", 60) in got
    assert ("wagner-group", "troops", 50) in got
    assert ("RU", "troops", 50) not in got


def test_the_second_object_of_alongside_is_not_what_the_item_is_about(ex: Extractor) -> None:
    body = (
        "About 900 U.S. soldiers will deploy to Poland. The brigade will exercise alongside Polish units and the"
        " Canadian-led NATO battlegroup near Orzysz.\n\n"
        "Separately, four launchers and about 60 soldiers have arrived in Latvia."
    )
    claims = run(ex, body)
    assert ("US", "troops", 60) in figs(claims)
    assert ("US", "LV") in locs(claims)
    assert not any(actor == "nato" for actor, _, _ in figs(claims))


def test_a_fact_box_line_with_its_source_before_the_colon_counts_the_label(ex: Extractor) -> None:
    body = (
        "The quarter's numbers:\n\n"
        "- Iranian drones in Belarus, according to Polish intelligence: up to 40\n"
        "- Wagner fighters killed near Kidal in Mali, according to local officials: 17"
    )
    got = figs(run(ex, body))
    assert got == {("IR", "equipment", 40), ("wagner-group", "casualties", 17)}


def test_a_digest_paragraphs_run_in_heading_places_its_counts(ex: Extractor) -> None:
    body = (
        "Our weekly digest, one country per paragraph.\n\n"
        "Estonia. France's battlegroup numbers about 1 200 after the spring rotation, the French army said.\n\n"
        "Reader mail. Many of you asked about the 300 Belgian soldiers who arrived last month."
    )
    claims = run(ex, body)
    assert ("FR", "EE") in locs(claims)
    assert not any(c.actor.code == "BE" and c.location for c in claims)  # the heading's section ends with its paragraph


def test_a_digest_lines_label_places_the_counts_of_its_line(ex: Extractor) -> None:
    body = (
        "Notes from the eastern front line, one bullet per host.\n\n"
        "- Estonia: The French battalion is at full strength, Paris said. Separately, about 300 Danish soldiers "
        "moved into the Kessu camp.\n"
        "- Latvia: Nothing changed this week.\n\n"
        "Niger - Niamey said 150 Algerian instructors were training soldiers at a base outside Agadez."
    )
    claims = run(ex, body)
    assert placed_countries(claims, 300) == {("DK", "EE")}
    assert placed_countries(claims, 150) == {("DZ", "NE")}
    # a dateline in capitals is the writer's seat, no section
    assert locs(run(ex, "LAGOS - About 90 Ghanaian engineers have finished their tour, the army said.")) == set()


def test_a_state_that_owns_the_count_of_its_where_clause_becomes_the_focus(ex: Extractor) -> None:
    # the state opens the sentence and owns the count after ", where": the item now speaks of its forces, so a
    # bare count in the next sentence is its too (not the state of the paragraph before)
    body = (
        "The Czech-led battlegroup in Slovakia counts about 700 Czech personnel.\n\n"
        "Further south, Portugal remains the lead nation in Greece, where it keeps about 450 troops at Larisa. "
        "Nine Leopard tanks have been parked there since last year."
    )
    assert ("PT", "equipment", 9) in figs(run(ex, body))
