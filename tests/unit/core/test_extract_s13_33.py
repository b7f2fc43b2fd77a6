"""Extraction rules learned from the misses of held-out set 33 (wire datelines with an outlet or a date, force
levels and strength estimates, strength phrases that open a sentence).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_wire_dateline_with_an_outlet_names_no_owner(ex: Extractor) -> None:
    body = "GRAFENWOEHR, Germany (Reuters) - About 3,200 soldiers are starting a six-month rotation in Hungary."
    assert ("DE", "troops", 3200) not in figs(run(ex, body))
    body = "VICENZA, Italy (Army Times) — Some 1,100 paratroopers began a rotation in Bulgaria on Monday."
    assert ("IT", "troops", 1100) not in figs(run(ex, body))


def test_a_wire_dateline_with_a_date_names_no_owner(ex: Extractor) -> None:
    body = "NIAMEY/ABUJA, March 3 (AFP) - About 600 soldiers arrived in Chad last week, a diplomat said."
    assert not any(code in ("NE", "NG") for code, _, _ in figs(run(ex, body)))
    body = "DAKAR, Senegal, July 9, 2025 (AP) - Spain has sent 150 marines to Mauritania, its navy said."
    assert figs(run(ex, body)) == {("ES", "troops", 150)}


def test_its_strength_opening_a_sentence_is_the_actor_the_sentence_before_opened_with(ex: Extractor) -> None:
    body = (
        "Italy keeps about 300 soldiers in Niger, the defence ministry said. "
        "Its total strength in Lebanon is put at about 1,100, a ministry official added."
    )
    got = run(ex, body)
    assert ("IT", "troops", 1100) in figs(got)
    assert ("IT", "LB") in locs(got)


def test_a_subject_counting_forces_before_in_place_comma_is_no_venue(ex: Extractor) -> None:
    body = "Spanish force levels in Latvia stood at about 600, a defence official said."
    assert locs(run(ex, body)) == {("ES", "LV")}
    # an introductory venue stays a venue
    body = "Speaking in Riga, the minister said 600 Spanish troops were in Estonia."
    assert locs(run(ex, body)) == {("ES", "EE")}


def test_the_corps_is_the_group_named_corps_even_after_another_groups_name(ex: Extractor) -> None:
    body = (
        "The Africa Corps has taken over Wagner's old camps in Mali. "
        "Since Wagner's exit in March, the corps has lost at least 30 men near Menaka, relatives said."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "casualties", 30) in got
    assert ("wagner-group", "casualties", 30) not in got


def test_corps_personnel_are_the_corps_not_the_group_they_replaced(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps took over from Wagner in Niger last year. "
        "In Mali the last Wagner men left in May, officials said, putting the number of corps personnel there at "
        "about 900. Analysts think 400 to 500 corps troops are based at Gao."
    )
    got = figs(run(ex, body))
    assert {("africa-corps", "troops", 900), ("africa-corps", "troops", 400)} <= got
    assert not any(code == "wagner-group" for code, _, _ in got)


def test_a_military_instrument_names_no_forces_of_the_possessor(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has become the Kremlin's chief military tool in the Sahel. "
        "It now fields some 4,000 personnel in four countries, analysts said."
    )
    assert figs(run(ex, body)) == {("africa-corps", "troops", 4000)}


def test_the_framework_a_state_deploys_under_is_no_owner(ex: Extractor) -> None:
    body = "Canada first deployed to Latvia under NATO's Enhanced Forward Presence in 2017, with about 450 troops."
    got = run(ex, body)
    assert figs(got) == {("CA", "troops", 450)}
    assert locs(got) == {("CA", "LV")}
    body = "Italy went to Lebanon under UNIFIL in 2006, with about 2,500 soldiers."
    assert figs(run(ex, body)) == {("IT", "troops", 2500)}


def test_a_demonym_inside_a_warships_name_names_no_state(ex: Extractor) -> None:
    body = "The cruiser USS Philippine Sea arrived in Bahrain on Monday with two destroyers, the Navy said."
    got = run(ex, body)
    assert ("US", "equipment", 2) in figs(got)
    assert not any(c.actor.code == "PH" for c in got)
    assert ("US", "BH") in locs(got)


def test_elements_of_the_formation_are_the_items_forces_beside_partners_and_places(ex: Extractor) -> None:
    body = (
        "The Dutch navy said about 300 marines are deploying to Norway. Elements of the battalion will join an "
        "exercise in Finland and Sweden in March, an officer said, and a platoon will train alongside Danish units."
    )
    got = locs(run(ex, body))
    assert {("NL", "FI"), ("NL", "SE")} <= got
    assert not any(code == "DK" for code, _ in got)


def test_a_contingent_serving_with_a_un_mission_is_the_contributing_states(ex: Extractor) -> None:
    body = (
        "Some 600 Nepalese soldiers flew to Lebanon on Monday, the Nepali army said. "
        "In South Sudan, an infantry battalion of about 850 soldiers serving with UNMISS in Bor finished its "
        "rotation last month."
    )
    got = run(ex, body)
    assert ("NP", "troops", 850) in figs(got)
    assert ("unmiss", "troops", 850) not in figs(got)
    # a state named as the subject keeps its count
    body = "Ghana has 800 troops serving with UNIFIL in southern Lebanon, the Ghanaian army said."
    assert figs(run(ex, body)) == {("GH", "troops", 800)}


def test_left_a_place_at_a_time_for_a_country_names_the_destination(ex: Extractor) -> None:
    body = "About 400 Kenyan soldiers left Jomo Kenyatta International Airport on Monday for Haiti, officials said."
    got = run(ex, body)
    assert locs(got) == {("KE", "HT")}
    # "for" after no verb of leaving is no destination
    body = "Kenya deployed 400 soldiers on Monday for the first time, officials in Haiti said."
    assert ("KE", "HT") not in locs(run(ex, body))


def test_a_bilateral_mission_is_not_the_un_mission_named_before(ex: Extractor) -> None:
    body = (
        "Nepal keeps about 900 troops with UNIFIL in Lebanon, its army said. "
        "The bilateral mission, which began in 2024 with 200 troops, now numbers about 500 soldiers, "
        "the army said."
    )
    got = figs(run(ex, body))
    assert ("NP", "troops", 500) in got
    assert not any(code == "unifil" for code, _, _ in got)


def test_a_states_armed_force_reporting_the_first_count_after_it_owns_it(ex: Extractor) -> None:
    body = "About 1,500 soldiers are starting a six-month rotation in Romania, the French Army said on Monday."
    assert figs(run(ex, body)) == {("FR", "troops", 1500)}
    body = "Some 900 paratroopers have arrived in Latvia, the Italian military said."
    assert figs(run(ex, body)) == {("IT", "troops", 900)}
    # officials who speak own nothing by speaking
    body = "About 1,500 soldiers are starting a rotation in Romania, French officials said."
    assert figs(run(ex, body)) == set()


def test_a_prefixed_warship_joining_a_mission_stays_its_navys(ex: Extractor) -> None:
    body = "The frigate HMS Kent sailed into the North Sea on Friday to join NATO's Standing Maritime Group 1."
    assert {code for code, _ in locs(run(ex, body))} == {"GB"}
    body = "The destroyer HMS Diamond, which left the group in May, stays in the Red Sea with the EU's Aspides mission."
    assert {code for code, _ in locs(run(ex, body))} == {"GB"}


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


def test_a_count_in_a_relative_clause_on_a_place_is_in_that_place(ex: Extractor) -> None:
    body = (
        "Spare parts were flown to Naples, while the heavier kit went by sea to Cyprus, which hosts about "
        "2,200 British troops at Akrotiri and Dhekelia."
    )
    got = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in got if c.figure and c.location}
    assert placed == {(2200, "CY")}
