"""Numbers that count no forces: civilians, money, ages, votes, capacities, rates, kinds and events.

A figure is a claim about a military force; every number that merely stands near a force word must stay out, and
each form that once slipped in has a test here on a sentence written for it.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_non_figures_make_no_claims(ex: Extractor) -> None:
    claims = run(ex, "On 23 March, a 19-year-old Chadian soldier was paid $300, officials said.")
    assert figs(claims) == set()


def test_specifications_rates_capacities_and_years_are_no_figures(ex: Extractor) -> None:
    assert figs(run(ex, "A German frigate squadron usually consists of four ships and 800 sailors.")) == set()
    assert figs(run(ex, "The Turkish base in Qatar has room for up to 5,000 troops.")) == set()
    assert figs(run(ex, "Iranian forces in Syria lose about 15 soldiers a day, the monitor said.")) == set()
    body = "Hezbollah fighters guarded the minister and helped secure the 2019 vote."
    assert figs(run(ex, body)) == set()


def test_the_two_men_are_people_named_before(ex: Extractor) -> None:
    body = "Iran sent 40 drones to Russia. The envoy met his Omani peer, before the two men flew on to Muscat."
    assert figs(run(ex, body)) == {("IR", "equipment", 40)}


def test_counts_of_task_forces_and_bases_are_no_troop_figures(ex: Extractor) -> None:
    body = "Japan has sent more than 30 escort task forces to the Arabian Sea and keeps 12 military bases there."
    assert not figs(run(ex, body))


def test_civilians_installations_and_formations_are_no_figures(ex: Extractor) -> None:
    claims = run(ex, "Kenyan peacekeepers sheltered more than 3,000 civilians at their base in Somalia.")
    assert not figs(claims)
    claims = run(ex, "Chadian units were positioned at 12 forward operating bases in Niger.")
    assert not figs(claims)
    claims = run(ex, "France will send two squadrons of Rafale jets to Estonia.")
    assert not figs(claims) and ("FR", "EE") in locs(claims)


def test_counts_of_sites_sides_and_votes_are_no_figures(ex: Extractor) -> None:
    claims = run(ex, "About 900 Turkish soldiers stayed at the three bases, officials of the two governments said.")
    assert figs(claims) == {("TR", "troops", 900)}
    claims = run(ex, "The council backed the plan by 40 votes to 12 after 300 Kenyan troops arrived in Haiti.")
    assert figs(claims) == {("KE", "troops", 300)}


def test_money_in_other_currencies_is_no_figure(ex: Extractor) -> None:
    claims = run(ex, "Brazil sent 900 soldiers to Haiti; the mission costs about 150 million reais a year.")
    assert figs(claims) == {("BR", "troops", 900)}


@pytest.mark.parametrize(
    "body",
    [
        "The Rwandan units are now fighting near Bunagana, three of the sources said.",
        "French and Belgian jets have carried out more than 30 rounds of strikes since March.",
        "The clashes in May killed about 120 soldiers on both sides, officials said.",
        "Supplies in the caves are enough to equip a brigade of about 12,000 troops.",
        "The task force said it had shot down 25 drones over the strait.",
    ],
)
def test_numbers_that_count_no_ones_forces(ex: Extractor, body: str) -> None:
    assert not figs(run(ex, body)), body


def test_counts_of_countries_and_of_airports_are_no_forces(ex: Extractor) -> None:
    claims = run(ex, "About 2,000 U.S. troops are based in Honduras under the two countries' 1954 agreement.")
    assert figs(claims) == {("US", "troops", 2000)}
    claims = run(ex, "Panama will let U.S. military aircraft refuel at three of its airports.")
    assert not any(c.figure and c.figure.value == 3 for c in claims)


def test_a_vote_of_n_to_m_and_permanent_members_are_no_figures(ex: Extractor) -> None:
    assert not figs(run(ex, "Italy's senate extended the mission in Niger by a vote of 150 to 112."))
    assert not figs(run(ex, "France is the only one of the five permanent members with troops in the Sahel."))


def test_a_class_crew_and_a_ports_capacity_are_no_counts(ex: Extractor) -> None:
    claims = run(ex, "A frigate of the Halifax class carries a crew of about 240. The port could accommodate 8 ships.")
    assert not figs(claims)


def test_a_merchant_fleet_and_shelters_for_jets_are_no_figures(ex: Extractor) -> None:
    assert not figs(run(ex, "Greek shipping companies operate about 4,000 vessels, the union said."))
    assert not figs(run(ex, "The Italian base has shelters for up to 12 fighter jets."))


def test_incoming_rounds_with_no_firer_named_are_no_figure(ex: Extractor) -> None:
    body = (
        "Italy keeps about 400 troops at its base near the airport. "
        "Witnesses said at least six mortar rounds landed inside the base overnight."
    )
    assert figs(run(ex, body)) == {("IT", "troops", 400)}


@pytest.mark.parametrize(
    "body",
    [
        "The Rwandan soldiers left Kigali on two chartered aircraft and arrived in Bangui on Sunday.",
        "The African Union has suspended three of its members - Mali, Guinea and Niger - since 2021.",
    ],
)
def test_civil_transport_and_named_members_are_no_figures(ex: Extractor, body: str) -> None:
    assert not any(v in (2, 3) for _, _, v in figs(run(ex, body)))


@pytest.mark.parametrize("kind", ["roadside", "car"])
def test_improvised_bombs_are_no_ones_equipment(ex: Extractor, kind: str) -> None:
    assert not figs(run(ex, f"Al-Shabaab planted three {kind} bombs near the Kenyan base in Lamu."))


@pytest.mark.parametrize(
    "spec",
    [
        "A Bayraktar battery has six launchers and 48 drones.",
        "How the system works: a Mistral battery usually has between four and eight launchers, each holding up to 16 "
        "missiles, and is run by about 60 soldiers.",
        "Each armoured brigade fields 40 tanks.",
    ],
)
def test_the_make_up_of_a_kind_counts_no_forces(ex: Extractor, spec: str) -> None:
    body = f"Kenya has deployed two air-defence batteries to Lamu with about 200 troops. {spec}"
    assert figs(run(ex, body)) == {("KE", "equipment", 2), ("KE", "troops", 200)}


def test_a_named_states_unit_is_no_kind(ex: Extractor) -> None:
    body = "A Kenyan battalion has 800 soldiers in Kismayo."
    assert ("KE", "troops", 800) in figs(run(ex, body))


@pytest.mark.parametrize(
    "sentence",
    [
        "ACLED recorded 14 armed violence events involving Kenyan forces in Somalia in May.",
        "Monitors logged 31 security incidents targeting Chadian troops near Lake Chad.",
    ],
)
def test_events_closed_by_a_participle_count_no_forces(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == set()


def test_member_states_of_an_alliance_are_no_troops(ex: Extractor) -> None:
    assert figs(run(ex, "The ministry said 30 NATO members had agreed to the plan.")) == set()


def test_a_count_of_countries_before_a_force_noun_is_no_figure(ex: Extractor) -> None:
    claims = run(ex, "UNIFIL has 10,000 troops in Lebanon. About 30 countries contribute troops to the mission.")
    assert figs(claims) == {("unifil", "troops", 10000)}


def test_men_described_by_their_ages_are_no_forces(ex: Extractor) -> None:
    claims = run(ex, "French soldiers detained three men aged between 20 and 30 near Gao.")
    assert not figs(claims)
    assert ("FR", "troops", 40) in figs(run(ex, "About 40 men of the French Foreign Legion arrived in Gao."))


def test_police_n_strong_are_no_forces(ex: Extractor) -> None:
    assert not figs(run(ex, "The Estonian police, about 900 strong, guarded the border."))


def test_military_sources_are_no_troops(ex: Extractor) -> None:
    body = "Chad has sent up to 900 more soldiers into Sudan, two Chadian military sources told Reuters on Friday."
    assert figs(run(ex, body)) == {("TD", "troops", 900)}


def test_people_rescued_are_no_force(ex: Extractor) -> None:
    body = (
        "At least 40 Ugandans have been recruited to fight for Russia.\n\n"
        "Police said they had rescued 17 young men from a house in Kampala who were due to fly out this week."
    )
    claims = run(ex, body)
    assert not any(c.figure and c.figure.value == 17 for c in claims)


def test_the_later_ages_of_a_list_are_no_figures(ex: Extractor) -> None:
    body = "Ghana's army said the four wounded soldiers, aged 22, 25, 29 and 34, were flown to Accra."
    claims = run(ex, body)
    assert figs(claims) == {("GH", "casualties", 4)}
    # a count after an age and a new clause still counts
    claims = run(ex, "The commander, aged 52, said about 300 Ghanaian troops would stay in Lebanon.")
    assert ("GH", "troops", 300) in figs(claims)


def test_a_count_of_camps_or_checkpoints_counts_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Rwandan officers were seen at three camps near Goma, the experts said.")
    assert not any(c.figure for c in claims)
    claims = run(ex, "Turkish troops man four checkpoints in northern Iraq.")
    assert not any(c.figure for c in claims)


def test_members_of_a_civil_unit_are_no_troops(ex: Extractor) -> None:
    assert not figs(run(ex, "Nine members of the ruling party's youth unit from Ghana were arrested in Lagos."))


def test_officials_of_a_state_counted_as_sources_are_no_forces(ex: Extractor) -> None:
    body = "Chad is sending more troops to Niger. Two battalions moved to Agadez, according to two Chadian officials."
    claims = run(ex, body)
    assert not any(c.figure and c.figure.value == 2 for c in claims)
    assert any(c.claimant and c.claimant.name == "two Chadian officials" for c in claims)


def test_a_release_of_prisoners_and_shipping_containers_are_no_figures(ex: Extractor) -> None:
    assert figs(run(ex, "Chad freed nearly 200 Sudanese prisoners under the deal.")) == set()
    assert figs(run(ex, "Chad shipped the equivalent of 2,000 shipping containers of shells to Niger.")) == set()


def test_small_arms_are_no_equipment_figure(ex: Extractor) -> None:
    body = "Chad's army in Niger received 5,200 Kalashnikov rifles and 40 armoured vehicles, diplomats said."
    assert ("TD", "equipment", 5200) not in figs(run(ex, body))


def test_a_number_of_possessors_and_a_guests_name_are_no_count_or_place(ex: Extractor) -> None:
    body = (
        "Africa Corps men entered an air base in Niger that also hosts U.S. troops, putting the two rivals' "
        "forces side by side."
    )
    claims = run(ex, body)
    assert not any(c.figure and c.figure.value == 2 for c in claims)
    assert locs(claims) == {("africa-corps", "NE")}


@pytest.mark.parametrize(
    "body",
    [
        "About 150 Chadian soldiers landed in Niamey aboard two air force transport planes.",
        "Chadian troops are in Niger and Mali, the two other members of the Alliance of Sahel States.",
        "Chad has 150 soldiers in Niger. Are the two Chadian battalions still in the region?",
    ],
)
def test_carriers_member_states_and_questions_count_nothing(ex: Extractor, body: str) -> None:
    assert not any(value == 2 for _, _, value in figs(run(ex, body)))


def test_a_weapon_word_that_modifies_another_noun_names_no_forces(ex: Extractor) -> None:
    body = (
        "The USS Ford arrived in the Caribbean. The Ford brings more than 4,000 sailors, the largest naval "
        "concentration since the 1962 Cuban missile crisis."
    )
    assert ("US", "troops", 4000) in figs(run(ex, body))


@pytest.mark.parametrize("age", ["as young as 17", "as old as 60"])
def test_an_age_is_no_figure(ex: Extractor, age: str) -> None:
    body = f"Chadian soldiers were killed near the lake. Some of the soldiers killed were {age}, relatives said."
    assert not any(c.figure for c in run(ex, body))


def test_a_noun_joined_to_a_non_force_head_counts_no_equipment(ex: Extractor) -> None:
    claims = run(ex, "Chad answered with strikes on three fuel and ammunition storage sites in Niger, the army said.")
    assert not any(c.figure for c in claims)
    assert ("TD", "equipment", 40) in figs(run(ex, "Chad sent 40 tanks and armoured vehicles to Niger."))


def test_a_usual_strength_of_a_place_named_counts_but_the_make_up_of_a_kind_does_not(ex: Extractor) -> None:
    assert ("US", "troops", 3000) in figs(run(ex, "The base in Djibouti normally hosts some 3,000 U.S. personnel."))
    assert not figs(run(ex, "A frigate of this class usually carries about 180 sailors and one helicopter."))


def test_flights_and_events_are_counted_not_forces(ex: Extractor) -> None:
    assert not figs(run(ex, "At least 40 Chadian military cargo flights have landed at Agadez since May."))


def test_a_count_of_contingents_counts_units_not_troops(ex: Extractor) -> None:
    body = "Spain keeps three contingents in Lebanon, a defence official said."
    got = run(ex, body)
    assert not any(topic == "troops" for _, topic, _ in figs(got))
    assert ("ES", "LB") in locs(got)
    body = "Two detachments of Italian engineers are working in Kosovo."
    assert not figs(run(ex, body))
    # a contingent's own strength is still counted
    body = "Spain keeps a contingent of 650 soldiers in Lebanon."
    assert ("ES", "troops", 650) in figs(run(ex, body))


def test_a_toll_in_a_sentence_about_civilian_deaths_counts_no_forces(ex: Extractor) -> None:
    body = (
        "Wagner fighters have operated in Mali since 2021. Civilian deaths in the region doubled last year, "
        "according to a monitoring group, which counted more than 4,000 fatalities across the country."
    )
    assert all(v != 4000 for _, _, v in figs(run(ex, body)))
    body = "Civilian deaths rose sharply as 300 Wagner fighters were killed in the fighting."
    assert ("wagner-group", "casualties", 300) in figs(run(ex, body))


def test_civilians_counted_are_no_forces(ex: Extractor) -> None:
    body = "Wagner fighters have operated in Mali since 2021. Monitors recorded more than 300 civilian deaths there."
    assert ("wagner-group", "casualties", 300) not in figs(run(ex, body))
    body = "Turkey has sent about 2,000 civilian workers and 500 soldiers to Libya, officials said."
    assert figs(run(ex, body)) == {("TR", "troops", 500)}


def test_rockets_fired_per_salvo_are_a_rate_not_a_count(ex: Extractor) -> None:
    body = "Iran has delivered 30 Fajr launchers to the Houthis. Each launcher fires 12 rockets in a single salvo."
    got = figs(run(ex, body))
    assert all(v != 12 for _, _, v in got)
    assert any(v == 30 for _, _, v in got)


def test_room_to_house_forces_is_no_count_of_them(ex: Extractor) -> None:
    body = "Lithuania said the Rukla camp will be enlarged to house up to 3,000 soldiers by 2028."
    assert figs(run(ex, body)) == set()
    body = "The Polish base is getting new barracks for about 1,200 U.S. troops, the ministry said."
    assert figs(run(ex, body)) == set()
    # a count of forces sent stays one
    assert figs(run(ex, "Lithuania sent 300 soldiers to Rukla, the ministry said.")) == {("LT", "troops", 300)}


def test_a_capitalised_strike_in_an_exercises_name_is_no_strike(ex: Extractor) -> None:
    body = "Some 300 Dutch marines will join the Northern Strike exercise in Norway in March, the navy said."
    got = run(ex, body)
    assert figs(got) == {("NL", "troops", 300)}
    assert locs(got) == {("NL", "NO")}
    # a strike's target is still no place of the striker's
    body = "Dutch jets carried out a strike on targets in Syria, the ministry said."
    assert ("NL", "SY") not in locs(run(ex, body))


def test_the_people_a_report_spoke_to_are_no_count(ex: Extractor) -> None:
    body = (
        "About 300 Colombian fighters were flown to Libya, the investigation found, citing contracts and "
        "interviews with four of the men."
    )
    got = figs(run(ex, body))
    assert ("co-fighters", "troops", 300) in got
    assert not any(value == 4 for _, _, value in got)
    body = "Reporters spoke to 20 Chadian soldiers at the base in Niger."
    assert not any(value == 20 for _, _, value in figs(run(ex, body)))


def test_what_a_base_was_built_to_hold_is_its_capacity(ex: Extractor) -> None:
    body = (
        "Camp Lemonnier, the largest French military installation in Africa, was built to hold more than 4,000 "
        "personnel."
    )
    assert figs(run(ex, body)) == set()
    body = "The Spanish base at Rota was built to house about 3,000 sailors; some 2,100 Spanish sailors are there now."
    got = figs(run(ex, body))
    assert ("ES", "troops", 3000) not in got


def test_a_small_number_of_forces_counts_formations(ex: Extractor) -> None:
    body = (
        "The Wagner Group and the Africa Corps both operate in Bangui. "
        "The two forces now share a base near the airport, an official said."
    )
    assert figs(run(ex, body)) == set()


def test_respectively_after_counts_of_a_noun_that_is_no_force(ex: Extractor) -> None:
    # the list counts what follows it ("visitors"), no force named before "of"
    body = "Chad and Niger, which host French contingents, expect about 450 and 120 visitors respectively."
    assert not figs(run(ex, body))


def test_a_weapon_word_that_only_modifies_a_factory_names_no_forces(ex: Extractor) -> None:
    # "toured an aircraft plant near X": a visit to an industry, no forces placed there
    body = (
        "Iran has sent drones to Belarus.\n\n"
        "The minister, 61, spent three days in Belarus and toured an aircraft plant near Minsk."
    )
    claims = run(ex, body)
    assert ("IR", "BY") in locs(claims)  # the first sentence's
    assert sum(1 for c in claims if c.location is not None) == 1


def test_a_share_of_their_places_counts_no_forces(ex: Extractor) -> None:
    body = (
        "About 800 Chadian soldiers are now positioned near Gao. Malian drone units have already struck two of "
        "their firing positions, the army said."
    )
    assert ("TD", "troops", 2) not in figs(run(ex, body))
    body = "About 800 Chadian soldiers are now positioned near Gao. About 40 of their soldiers were wounded."
    assert ("TD", "casualties", 40) in figs(run(ex, body))


def test_a_change_from_a_count_that_is_no_force_counts_nothing(ex: Extractor) -> None:
    body = (
        "France's frigate Vendemiaire has patrolled the Coral Sea since May, the French embassy said. Monitors have"
        " logged 41 suspected smuggling runs so far this year, down from 52 in 2024, according to an Australian tally."
    )
    assert figs(run(ex, body)) == set()


def test_mines_cleared_or_laid_are_no_ones_equipment(ex: Extractor) -> None:
    assert figs(run(ex, "Ukraine's navy said its divers had cleared more than 700 mines from the coast.")) == set()
    assert figs(run(ex, "Romanian sappers found and destroyed 14 mines near Sulina last month.")) == set()
    assert ("RU", "equipment", 500) in figs(run(ex, "Russia has delivered 500 anti-tank mines to Mali."))


def test_ships_inspected_and_their_cargo_are_no_ones(ex: Extractor) -> None:
    body = (
        "Operation Atalanta has inspected 45 ships since May and diverted six of them. Its frigates inspected a"
        " dhow off Eyl and found 12 rocket launchers that were not declared."
    )
    assert figs(run(ex, body)) == set()


def test_police_alone_is_no_count_of_forces(ex: Extractor) -> None:
    body = "The city's police, about 7,000 strong, were told to guard the polling stations, Kenya said."
    assert figs(run(ex, body)) == set()


def test_a_town_that_numbers_people_counts_no_forces(ex: Extractor) -> None:
    body = "North Korean engineers are working in Tumangang, a town that numbers about 7,500 people."
    assert not any(value == 7500 for _, _, value in figs(run(ex, body)))


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


def test_a_decimal_share_and_a_years_force_are_no_counts(ex: Extractor) -> None:
    body = (
        "Spain will send 400 more soldiers to Latvia. The extra deployment will be paid for from the defence "
        "budget, which rises to 2.4% of GDP in 2029."
    )
    assert figs(run(ex, body)) == {("ES", "troops", 400)}
    body = "Chad has about 1,100 soldiers in Mali. That is half the size of the original 2022 contingent."
    assert figs(run(ex, body)) == {("TD", "troops", 1100)}


def test_a_ships_hull_number_is_a_reference_number(ex: Extractor) -> None:
    body = "Japan's navy tracked the Chinese destroyer Nanchang (hull number 101) and two frigates near Okinawa."
    assert figs(run(ex, body)) == {("CN", "equipment", 2)}
    body = "Photographs of the Chinese warships (pennant numbers 101, 512 and 538) were released on Monday."
    assert figs(run(ex, body)) == set()


def test_take_offs_and_landings_from_a_carrier_are_events_not_forces(ex: Extractor) -> None:
    body = (
        "The Chinese carrier Liaoning sailed into the Philippine Sea with three destroyers. "
        "Over two days, a total of 120 take-offs and landings by jets on board the Liaoning were observed."
    )
    assert figs(run(ex, body)) == {("CN", "equipment", 3)}


def test_a_ratio_of_wounded_to_killed_is_no_count(ex: Extractor) -> None:
    body = "Its estimate of total Iranian casualties assumes five wounded for each soldier killed."
    assert figs(run(ex, body)) == set()
    body = "The model of Iranian losses counts four wounded for every fighter killed in the strikes."
    assert figs(run(ex, body)) == set()


def test_a_share_of_a_hosts_sites_with_a_modifier_counts_no_forces(ex: Extractor) -> None:
    body = "Kenya lets U.S. forces use six of its military airfields, two of them opened in 2022."
    assert figs(run(ex, body)) == set()


def test_the_most_a_weapon_carries_is_a_specification(ex: Extractor) -> None:
    body = (
        "Iran has sent Shahed drones to Russia. Each Shahed-136 carries up to 50 kg of explosives and the newer "
        "variant carries up to two bombs."
    )
    assert figs(run(ex, body)) == set()
    # a ship's troops are still counted
    assert ("US", "troops", 1800) in figs(run(ex, "The USS Kearsarge carries up to 1,800 Marines to the Baltic."))
    # and so are the jets a carrier group deploys with
    body = "The British carrier group will carry up to 18 F-35B jets to Japan."
    assert ("GB", "equipment", 18) in figs(run(ex, body))


def test_cruise_ships_are_liners_not_warships(ex: Extractor) -> None:
    body = "The U.S. destroyer docked at Piraeus. The port said 120 cruise ships had called there this year."
    assert figs(run(ex, body)) == set()
    assert ("US", "equipment", 40) in figs(run(ex, "The Pentagon sent 40 cruise missiles to Cyprus."))


def test_a_forces_whole_stock_of_a_type_is_no_figure(ex: Extractor) -> None:
    assert figs(run(ex, "The US Air Force has just 19 of the bombers in its fleet.")) == set()
    assert figs(run(ex, "Only 40 F-22s remain in the Air Force's inventory.")) == set()
    # a named fleet is a formation, and a share of the stock sent somewhere is still a deployment
    assert ("RU", "equipment", 20) in figs(run(ex, "Russia keeps 20 warships in its Black Sea Fleet at Sevastopol."))
    assert ("US", "equipment", 12) in figs(run(ex, "The US deployed 12 F-22s to Poland, a tenth of its fleet."))


def test_a_difference_between_two_counts_is_no_figure(ex: Extractor) -> None:
    # "N fewer than the M", "N more than planned": how far one count is from another, not a strength
    got = figs(run(ex, "Spain now keeps about 1,900 soldiers in Latvia, some 250 fewer than the 2,150 it had in May."))
    assert ("ES", "troops", 1900) in got
    assert ("ES", "troops", 250) not in got
    got = figs(run(ex, "Spain now keeps about 1,900 soldiers in Latvia, roughly 300 more than planned."))
    assert ("ES", "troops", 300) not in got


def test_a_ratios_base_and_document_numbers_are_no_figures(ex: Extractor) -> None:
    claims = run(ex, 'About 900 Chadian soldiers are in Niger. The order asks for "one cook per 60 personnel".')
    assert figs(claims) == {("TD", "troops", 900)}
    body = "Turkey has moved 300 soldiers to Libya. The papers, transfer orders numbered 27-204 through 27-209, say so."
    assert figs(run(ex, body)) == {("TR", "troops", 300)}
    body = "Chinese troops are in Myanmar. Each file carries a unit number in the 30,000 range, a code for a brigade."
    assert not figs(run(ex, body))


def test_the_number_of_a_documents_part_is_no_figure(ex: Extractor) -> None:
    # "slide 14", "paragraph 3", "table 2": where in a document a figure stands, not a count
    got = figs(run(ex, "As shown on slide 9, about 4,200 French soldiers are posted in Estonia."))
    assert got == {("FR", "troops", 4200)}
    got = figs(run(ex, "Under paragraph 12, roughly 600 Italian troops serve in Lebanon, the memo says."))
    assert got == {("IT", "troops", 600)}


def test_counts_under_a_condition_are_hypotheses(ex: Extractor) -> None:
    # a count inside the condition, and a modal count in a sentence that sets one, claim nothing
    assert not figs(run(ex, "Even if Iran shipped 4,000 more drones to Russia, the front would hold, he said."))
    assert not figs(run(ex, "Analysts wonder what happens if Belarus moves 20,000 soldiers to the border."))
    assert not figs(run(ex, "If asked, Britain could fly 700 paratroopers to Estonia within days, she said."))
    # (without a condition, "could" reports a prospect)
    claims = run(ex, "Britain could fly up to 700 paratroopers to Estonia, the minister said.")
    assert figs(claims) == {("GB", "troops", 700)}


def test_a_new_total_of_bases_counts_places_not_forces(ex: Extractor) -> None:
    # "bringing the number of <bases> to N" counts sites; "the number of its soldiers" still counts forces
    got = run(
        ex, "Iranian engineers finished a depot near Latakia, bringing the number of Iranian sites in Syria to 17."
    )
    assert 17 not in {v for _, _, v in figs(got)}
    got = run(ex, "Kenya sent 300 troops to Haiti, bringing the number of its soldiers there to 1,000.")
    assert ("KE", "troops", 1000) in figs(got)


def test_a_time_phrase_after_a_bare_count_ends_its_noun_phrase(ex: Extractor) -> None:
    body = "Chadian troops are in Niger, and their contingent near Diffa has dwindled to 450 after weeks of raids."
    assert ("TD", "troops", 450) in figs(run(ex, body))


def test_a_base_believed_to_house_n_counts_those_there(ex: Extractor) -> None:
    # "is believed to house about N": an estimate of who is there; "built to house N" stays a capacity
    body = "The Lemonnier annex, Japan's sole outpost overseas, is thought to house roughly 180 personnel."
    assert figs(run(ex, body)) == {("JP", "troops", 180)}
    assert figs(run(ex, "The new barracks in Djibouti were built to house 500 Japanese troops.")) == set()


def test_the_people_a_report_quotes_are_no_forces(ex: Extractor) -> None:
    body = (
        "About 200 Nepali recruits are fighting for Russia in Donbas, Kathmandu said. The daily Kantipur, citing "
        "four former recruits, reported that at least 30 Nepalis had been killed near Bakhmut."
    )
    assert not any(value == 4 for _, _, value in figs(run(ex, body)))
    body = "Two former Greek officers who reviewed the ledger for the paper said its format matched."
    assert not figs(run(ex, body))


def test_the_ceiling_an_agreement_would_allow_is_no_figure(ex: Extractor) -> None:
    body = "The 2031 accord with Eritrea would allow up to six warships and 500 Iranian personnel at the port."
    assert not figs(run(ex, body))


def test_a_yearly_outflow_of_soldiers_is_a_rate(ex: Extractor) -> None:
    body = "Peru's army discharges about 8,000 professional soldiers every year, most of them in their forties."
    assert not figs(run(ex, body))
    body = "The Kenyan army retires some 3,500 soldiers annually, a parliamentary report said."
    assert not figs(run(ex, body))


def test_a_count_of_allies_is_no_figure(ex: Extractor) -> None:
    body = (
        "Of the roughly 2,600 soldiers in the brigade near Tallinn, some 1,100 are French, Paris says. "
        "Seven other allies provide the rest, in units from a platoon to a battalion."
    )
    assert figs(run(ex, body)) == {("FR", "troops", 1100)}


def test_a_share_of_places_with_two_modifiers_is_no_figure(ex: Extractor) -> None:
    # "three of its five remaining outposts" counts places, however many words stand before the head
    body = "Paris will cut its force in Niger to about 400 soldiers, closing three of its five remaining outposts."
    assert figs(run(ex, body)) == {("FR", "troops", 400)}


def test_a_speech_verb_ends_the_counted_noun_phrase(ex: Extractor) -> None:
    # the officials are counted: "drones" after "said" is no noun of theirs
    assert not figs(run(ex, "Two Greek officials said the drones had come from Libya."))


def test_ships_escorted_and_soldiers_trained_are_others(ex: Extractor) -> None:
    body = "Since 2015 Japanese destroyers have accompanied more than 4,200 ships through the strait."
    assert not figs(run(ex, body))
    assert not figs(run(ex, "Egyptian instructors have trained more than 7,000 Djiboutian soldiers since 2012."))


def test_a_force_noun_modifying_places_counts_the_places(ex: Extractor) -> None:
    body = "Roughly 1,400 Spanish troops are stationed at the two army bases near Adazi in Latvia."
    assert figs(run(ex, body)) == {("ES", "troops", 1400)}
    body = "About 1,900 Dutch marines serve in the three base areas on Curacao."
    assert figs(run(ex, body)) == {("NL", "troops", 1900)}


def test_a_count_of_military_vehicles_of_an_uncounted_kind_is_no_figure(ex: Extractor) -> None:
    # "military" counts personnel alone ("300 military"), not before a noun it modifies
    body = "Turkey keeps 1,200 soldiers in Qatar. A rail clerk noted 17 military convoys passing in June."
    assert figs(run(ex, body)) == {("TR", "troops", 1200)}


def test_more_before_a_plain_plural_noun_counts_that_noun(ex: Extractor) -> None:
    # "two more barrack blocks": the blocks are counted, not two more soldiers
    body = "Turkey keeps 1,200 soldiers in Qatar. Engineers will refit three more accommodation blocks by May."
    assert figs(run(ex, body)) == {("TR", "troops", 1200)}


def test_a_plural_noun_before_and_is_no_modifier_of_a_later_noun(ex: Extractor) -> None:
    # ("in three warehouses and laying mines": "mines" is the object of a second verb, not what "three" counts)
    body = "Some 250 Chinese engineers are housed in three warehouses and laying mines along the river in Laos."
    assert figs(run(ex, body)) == {("CN", "troops", 250)}


def test_a_regions_adjective_before_the_counted_noun_makes_it_no_ones(ex: Extractor) -> None:
    body = (
        "The ministry said 25 Sri Lankans had died serving with Russian forces. One returned recruit said he "
        "had shared a dugout near Luhansk with 35 Central Asian volunteers."
    )
    assert {v for _, _, v in figs(run(ex, body))} == {25}


def test_people_who_went_abroad_for_work_are_no_forces(ex: Extractor) -> None:
    body = (
        "The ministry said 25 Sri Lankans had died serving with Russian forces. The village headman said at "
        "least 70 of its men left abroad for work last winter, mostly to Qatar."
    )
    claims = run(ex, body)
    assert {v for _, _, v in figs(claims)} == {25}
    assert not {cc for _, cc in locs(claims)} & {"QA"}


def test_a_wars_death_toll_that_names_no_one_is_no_figure(ex: Extractor) -> None:
    # "N reported deaths" with no actor, force or pronoun in the sentence: people at large, nobody's losses
    body = "Iran sent 40 drones to the rebels. A monitor has recorded more than 9,000 reported deaths since 2031."
    assert figs(run(ex, body)) == {("IR", "equipment", 40)}
    # (a pronoun still refers back to whose losses they are)
    body = "Iran sent 400 soldiers to the rebels. Its force has suffered 90 deaths since 2031."
    assert ("IR", "casualties", 90) in figs(run(ex, body))


def test_the_people_a_force_trains_are_no_count(ex: Extractor) -> None:
    # "training for N pilots": trainees, no one's forces
    body = "Ankara said it had delivered four drones to Niamey; the deal also covers training for 30 pilots."
    assert figs(run(ex, body)) == {("TR", "equipment", 4)}


def test_a_year_after_an_indefinite_article_is_no_count(ex: Extractor) -> None:
    # "a 1990 military review": one event of a year; a count after "a" would be written "a 1,990-strong ..."
    body = "Belarus moved 30 tanks to the border. The tanks, shown at a 1991 military review, are old."
    assert figs(run(ex, body)) == {("BY", "equipment", 30)}


def test_a_number_in_brackets_after_a_ships_name_is_its_pennant_number(ex: Extractor) -> None:
    # "the frigate Zadorny (231)": the ship's reference number, like "(hull number 605)", counts nothing
    body = (
        "Three Russian ships sailed to Syria: the destroyer Admiral Levchenko (hull number 605), the frigate "
        "Zadorny (231) and a tanker."
    )
    assert figs(run(ex, body)) == {("RU", "equipment", 3)}
    assert ("RU", "equipment", 12) in figs(run(ex, "Russia sent 12 warships (3 destroyers) to Syria."))


def test_all_before_a_bare_number_restates_the_count_before_it(ex: Extractor) -> None:
    # "Five ... were injured ..., adding that all five ...": the same people again, no count of troops
    body = (
        "Five Italian sailors were injured when a drone struck a frigate off Hodeidah on Monday, the navy said, "
        "adding that all five had since been flown home."
    )
    assert figs(run(ex, body)) == {("IT", "casualties", 5)}


def test_a_grouped_distance_glued_to_its_unit_is_no_count(ex: Extractor) -> None:
    # "1,400km" is one distance; its first digit alone must not become a count of the ships
    body = "Two Indian frigates at Port Blair. A base there would put Indian ships within about 1,400km of Myanmar."
    assert figs(run(ex, body)) == {("IN", "equipment", 2)}


def test_a_fronted_total_of_bases_counts_places_not_forces(ex: Extractor) -> None:
    # "raises to N the number of X": N counts X; bases open to a force are places, whatever force follows them
    body = (
        "Danish troops will rotate through Latvia from June. "
        "The accord raises to 7 the number of Latvian sites open to Danish forces."
    )
    assert figs(run(ex, body)) == set()


def test_one_of_only_n_is_the_size_of_a_class_not_a_count(ex: Extractor) -> None:
    body = (
        "Italy sent the frigate Bergamini to the Red Sea on Monday. "
        "The Bergamini is one of only four air-defence frigates in the Italian fleet."
    )
    assert figs(run(ex, body)) == set()


def test_what_a_force_would_need_is_a_requirement_not_a_count(ex: Extractor) -> None:
    body = "Germany plans to send 500 soldiers to Lithuania. Planners say a full brigade would need about 4,800 troops."
    assert figs(run(ex, body)) == {("DE", "troops", 500)}


def test_graduates_of_a_school_are_no_count(ex: Extractor) -> None:
    # "N officers have graduated from it": trainees passed through over the years, no force
    body = "Egypt runs a staff college in Juba, and Cairo says some 9,000 South Sudanese officers have graduated there."
    assert figs(run(ex, body)) == set()


def test_missiles_fired_in_a_weapons_test_are_no_count(ex: Extractor) -> None:
    # "test-fired N missiles": the shots of a test, no stock or delivery of the weapons
    assert figs(run(ex, "Iran's navy test-fired four anti-ship missiles in the Gulf of Oman on Friday.")) == set()
    assert ("IR", "equipment", 4) in figs(run(ex, "Iran's navy fired four anti-ship missiles at a tanker on Friday."))
