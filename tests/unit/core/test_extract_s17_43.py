"""Rules of session 17 (misses of a held-out mix of stories in wire-desk copy, dev's actors): a toll reported in
the clause after a force count, "in support of" an alliance, a second object of "alongside".

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


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


def test_the_alliance_a_rotation_supports_does_not_own_it(ex: Extractor) -> None:
    body = (
        "The United States is rotating more armored units through the Baltic states.\n\n"
        "Soldiers from the 3rd Infantry Division began arriving in Latvia this week in support of NATO's"
        " deterrence mission."
    )
    claims = run(ex, body)
    assert ("US", "LV") in locs(claims)
    assert not any(actor == "nato" for actor, _ in locs(claims))


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


def test_a_contingent_that_numbers_people_counts_troops(ex: Extractor) -> None:
    body = "Kyiv said the North Korean contingent in Kursk now numbers about 7,500 people."
    assert ("KP", "troops", 7500) in figs(run(ex, body))


def test_a_town_that_numbers_people_counts_no_forces(ex: Extractor) -> None:
    body = "North Korean engineers are working in Tumangang, a town that numbers about 7,500 people."
    assert not any(value == 7500 for _, _, value in figs(run(ex, body)))


def test_vehicles_carrying_forces_count_the_vehicles(ex: Extractor) -> None:
    body = "Pyongyang has sent 23 trains carrying soldiers to the Kursk region since May, Ukrainian officials said."
    claims = run(ex, body)
    assert not any(value == 23 for _, _, value in figs(claims))
    assert ("KP", "RU") in locs(claims)


def test_attack_boats_are_equipment(ex: Extractor) -> None:
    body = "Iran has moved 80 fast-attack boats and 15 missile boats to Abu Musa, the officials said."
    claims = figs(run(ex, body))
    assert ("IR", "equipment", 80) in claims
    assert ("IR", "equipment", 15) in claims
    assert ("IR", "troops", 80) not in claims


def test_a_count_of_units_is_no_figure(ex: Extractor) -> None:
    body = "The Pentagon will withdraw three rotational units from Germany and send two units to Lithuania."
    claims = run(ex, body)
    assert not any(value in (2, 3) for _, _, value in figs(claims))
    assert ("US", "LT") in locs(claims)


def test_a_count_of_artillery_battalions_is_no_figure(ex: Extractor) -> None:
    body = "North Korea has sent four artillery battalions to the Kursk region, Seoul's spy agency said."
    claims = run(ex, body)
    assert not any(value == 4 for _, _, value in figs(claims))
    assert ("KP", "RU") in locs(claims)


def test_a_count_of_a_belligerent_and_its_ally_together_is_no_figure(ex: Extractor) -> None:
    # "A and B have massed N troops in <A's region>": a joint total, though A is at home there
    body = "Russia and North Korea have gathered about 45,000 troops in the Bryansk region, Kyiv said."
    claims = run(ex, body)
    assert not any(value == 45000 for _, _, value in figs(claims))
    assert ("KP", "RU") in locs(claims)


def test_a_count_of_one_state_in_the_others_home_keeps_its_figure(ex: Extractor) -> None:
    body = "North Korea has about 9,000 troops in the Bryansk region, Kyiv said."
    assert ("KP", "troops", 9000) in figs(run(ex, body))


def test_a_relative_clause_after_places_only_hangs_on_no_state(ex: Extractor) -> None:
    # "a brigade in A and a battalion in B, which will head home": the units are in the places, owned by the item's
    # actor, not by the last place named
    body = (
        "The number of U.S. troops in Europe has fallen to about 70,000, officials said.\n\n"
        "The cuts affect a tank battalion in Hungary and an engineer company in Slovakia, which will return"
        " home in March, the officials said."
    )
    claims = run(ex, body)
    assert ("US", "SK") in locs(claims)
    assert not any(actor == "SK" for actor, _ in locs(claims))


def test_force_levels_that_rose_above_a_number_are_a_strength(ex: Extractor) -> None:
    body = "British force levels in Estonia rose above 1,800 during the spring exercises, the ministry said."
    assert ("GB", "troops", 1800) in figs(run(ex, body))


def test_force_levels_that_rose_by_a_number_are_no_strength(ex: Extractor) -> None:
    body = "British troop levels in Estonia rose 300 during the spring exercises, the ministry said."
    assert ("GB", "troops", 300) not in figs(run(ex, body))


def test_the_group_a_successor_replaced_does_not_own_the_count(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has about 900 personnel in Libya.\n\n"
        "In Burkina Faso, where the corps replaced the Wagner Group last year, the force has about 300 personnel,"
        " diplomats said."
    )
    claims = run(ex, body)
    assert ("africa-corps", "troops", 300) in figs(claims)
    assert ("wagner-group", "troops", 300) not in figs(claims)
    assert not any(actor == "wagner-group" for actor, _ in locs(claims))


def test_no_plans_to_change_a_presence_is_no_denial_of_it(ex: Extractor) -> None:
    body = "Officials said Nairobi had no plans to cut the roughly 900 Kenyan troops deployed across Somalia."
    claims = run(ex, body)
    assert ("KE", "troops", 900) in figs(claims)
    assert ("KE", "SO") in locs(claims)


def test_no_plans_to_send_troops_is_still_a_denial(ex: Extractor) -> None:
    body = "Kenya said it had no plans to send troops to Haiti."
    assert ("KE", "HT") not in locs(run(ex, body))


def test_a_states_command_named_after_a_host_owns_the_first_count_it_reports(ex: Extractor) -> None:
    body = "Four Army rocket launchers have arrived in South Korea for a drill, U.S. Forces Korea said on Monday."
    claims = run(ex, body)
    assert ("US", "equipment", 4) in figs(claims)
    assert ("US", "KR") in locs(claims)


def test_the_state_someone_told_is_not_the_country_referred_back_to(ex: Extractor) -> None:
    body = (
        "About 300 Russian instructors arrived in Bangui last week, officials said.\n\n"
        "The price was not disclosed, a government source told FRANCE 24.\n\n"
        "Rwanda, which has about 1,100 troops in the country, declined to comment."
    )
    claims = run(ex, body)
    assert ("RW", "CF") in locs(claims)
    assert ("RW", "FR") not in locs(claims)
