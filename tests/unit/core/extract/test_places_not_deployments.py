"""Places that are no deployment: venues, seats, targets, custody places, homes, places inside names, places of
speakers and of civilians.

Most places in a story are not where the forces are; every such role that once produced a wrong location has a
test here on a sentence written for it.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, placed_countries, places, run
from extract_helpers import place_names as names
from extract_helpers import placed_names as _placed

from claimwatch.core.extract import Extractor


def test_venue_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "At a summit in Nairobi, the president said 500 Kenyan troops are stationed in Haiti.")
    assert locs(claims) == {("KE", "HT")}
    claims = run(ex, "Speaking at a press conference in Ankara, he said Iran had sent drones to Sudan.")
    assert ("IR", "TR") not in locs(claims)


def test_where_talks_with_a_long_subject_were_held_is_a_venue(ex: Extractor) -> None:
    body = (
        "The United Kingdom keeps roughly 1,500 soldiers in the Gulf, the ministry said, as talks with Iraq over the "
        "future of the coalition opened in Doha."
    )
    assert _placed(run(ex, body), 1500) == {"Middle East"}


def test_a_place_that_opens_an_events_name_is_no_location(ex: Extractor) -> None:
    body = "Speaking at the Vilnius Defence Forum on Tuesday, the minister said 200 Danish soldiers were in Estonia."
    assert _placed(run(ex, body), 200) == {"Estonia"}


def test_claimant_seat_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Officials in Bogota say 200 Venezuelan soldiers crossed into Guyana.")
    assert locs(claims) == {("VE", "GY")}


def test_home_country_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Iran has 5,000 troops in Iran and 700 soldiers in Syria.")
    assert ("IR", "IR") not in locs(claims)
    assert ("IR", "SY") in locs(claims)


def test_strike_target_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Houthi fighters fired 20 missiles at Eilat, Israel's army said.")
    assert ("houthis", "IL") not in locs(claims)


def test_source_of_a_statement_and_place_adjective_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "According to Baghdad, the Iranian contingent has lost 40 soldiers.")
    assert not any(c.location for c in claims)
    body = "Hezbollah fighters are deployed in Syria, making the Levant country a hub of the group."
    assert locs(run(ex, body)) == {("hezbollah", "SY")}


def test_near_a_countrys_northern_border_is_not_that_country(ex: Extractor) -> None:
    body = "About 900 Iranian soldiers are in Syria, near Turkey's northern border, officials said."
    assert locs(run(ex, body)) == {("IR", "SY")}


def test_place_of_a_statement_is_a_venue(ex: Extractor) -> None:
    claims = run(ex, "The Houthis said in a statement read in Sanaa that their drones had hit a tanker.")
    assert not locs(claims)


def test_a_partner_turned_to_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Belgian troops left Mali in 2022 after the junta turned to Russia for help.")
    assert ("BE", "RU") not in locs(claims)


def test_patron_adjective_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "About 70 Italian soldiers joined the Paris-led mission on Friday.")
    assert ("IT", "FR") not in locs(claims)


def test_a_distance_from_a_place_makes_it_a_reference_point(ex: Extractor) -> None:
    claims = run(ex, "A Spanish frigate intercepted the skiff about 300 nautical miles east of Somalia.")
    assert locs(claims) == set()


def test_people_who_fled_put_no_forces_anywhere(ex: Extractor) -> None:
    claims = run(ex, "Chad has sent 500 soldiers to Darfur. Some 20,000 people have fled fighting into Libya.")
    assert locs(claims) == {("TD", "SD")}


def test_a_place_in_the_name_of_a_command_or_fleet_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 2,000 U.S. troops are in Djibouti, U.S. Africa Command said.")
    assert {c.location.name for c in claims if c.location} == {"Djibouti"}
    claims = run(
        ex, "Two Chinese destroyers shadowed the convoy, the Southern Theater Command said. They stayed there."
    )
    assert not [c for c in claims if c.location]
    claims = run(ex, "Some 300 Marines landed in Darwin, U.S. Marine Corps Forces Pacific said.")
    assert {c.location.name for c in claims if c.location} == {"Darwin"}


def test_a_group_named_like_a_town_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "Hamas fighters crossed into Israel. The base was later said to hold 500 soldiers.")
    assert not [c for c in claims if c.location and c.location.country_code == "DE"]


def test_a_missions_headquarters_city_is_its_seat_but_staff_posted_at_headquarters_are_there(ex: Extractor) -> None:
    claims = run(ex, "Aspides, headquartered in Larissa, had three frigates in the Red Sea in May.")
    assert places(claims) == {("aspides", "Red Sea")}
    claims = run(ex, "Togo keeps about 90 staff officers at the force's headquarters in Niamey.")
    assert figs(claims) == {("TG", "troops", 90)}
    assert {c.location.country_code for c in claims if c.location} == {"NE"}


@pytest.mark.parametrize(
    "body",
    [
        "Germany's defence minister visited Lithuania on Monday.",
        "President Macron visited Ghana last week, the Elysee said.",
        "A delegation of Turkish lawmakers is visiting Somalia this week.",
    ],
)
def test_a_visit_by_officials_places_no_forces(ex: Extractor, body: str) -> None:
    # "visited" places forces only where the sentence names a force: a minister's trip moves none
    assert locs(run(ex, body)) == set()


def test_sending_a_delegation_moves_no_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Iran will send a delegation to Syria next week.")) == set()


def test_a_state_named_before_its_organisation_is_no_place(ex: Extractor) -> None:
    # the claimant's organisation "Norway's Intelligence Service" places nothing in Norway
    claims = run(ex, "About 40 Russian sailors arrived in Syria, Norway's Intelligence Service told lawmakers.")
    assert locs(claims) == {("RU", "SY")}


def test_a_chamber_a_speaker_addressed_is_a_venue(ex: Extractor) -> None:
    body = "The head of UNMISS, speaking from Juba to the council chamber in New York, said the mission would stay."
    assert ("unmiss", "US") not in locs(run(ex, body))


def test_a_commands_seat_is_no_deployment(ex: Extractor) -> None:
    body = "NATO's Allied Maritime Command in Northwood, Britain, which directs the patrols, said four frigates sailed."
    assert not [c for c in run(ex, body) if c.location is not None and c.location.country_code == "GB"]


@pytest.mark.parametrize(
    "body",
    [
        "Poland signed a contract for two new submarines, to be built in Sweden by 2031.",
        "Norway ordered two frigates, to be built at a Glasgow shipyard by 2030.",
    ],
)
def test_where_ships_are_built_is_no_place(ex: Extractor, body: str) -> None:
    assert not locs(run(ex, body))


def test_a_place_opening_a_groups_name_is_no_place(ex: Extractor) -> None:
    body = "Greek officers visited the Black Sea mine countermeasures task group on Monday."
    assert not locs(run(ex, body))


def test_the_city_of_a_building_where_reporters_were_told_is_a_venue(ex: Extractor) -> None:
    body = (
        "Three Chinese warships were seen near Fiji last week, an Australian official told reporters at the "
        "Department of Defence in Canberra."
    )
    assert names(run(ex, body)) == {"Fiji"}


def test_headquarters_where_reporters_were_shown_something_is_a_venue(ex: Extractor) -> None:
    body = (
        "The army spokesman showed reporters at army headquarters in Hanoi photographs that he said showed"
        " Chinese officers beside a rocket launcher."
    )
    assert not [c for c in run(ex, body) if c.location is not None]


@pytest.mark.parametrize(
    "body",
    [
        "The Arab League called for an immediate truce in Kordofan.",
        "The African Union urged restraint in Puntland on Friday.",
        "ECOWAS condemned the coup in Niger.",
    ],
)
def test_an_appeal_about_a_place_does_not_place_the_group_that_makes_it(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == set()


def test_a_country_before_strikes_names_the_attacker_not_a_place(ex: Extractor) -> None:
    got = run(ex, "The Houthis said 12 of their fighters died in U.S. strikes overnight.")
    assert [c.location for c in got] == [None]


def test_civilians_travelling_on_visas_are_not_deployed_there(ex: Extractor) -> None:
    body = (
        "At least 60 Ugandans have been recruited to fight for Russia, the ministry said.\n\n"
        "The Ugandan recruits flew to Minsk on tourist visas and were trained in the Rostov region."
    )
    claims = run(ex, body)
    places = {c.location.name for c in claims if c.location and c.actor.code == "ug-fighters"}
    assert "Minsk" not in places and "Rostov Oblast" in places


def test_a_place_before_a_service_name_names_an_organisation(ex: Extractor) -> None:
    # "the Republic of Fiji Military Forces said": the speaker's name holds no place for "there" to refer back to
    body = (
        "Vanuatu has about 90 soldiers in the mission, the Republic of Fiji Military Forces said. "
        "More Vanuatu soldiers were later sent there."
    )
    assert not any(c.location and c.location.country_code == "FJ" for c in run(ex, body))
    body = "About 300 Kenya Defence Forces soldiers arrived in Haiti on Tuesday."
    claims = run(ex, body)
    assert ("KE", "troops", 300) in figs(claims)
    assert ("KE", "HT") in locs(claims)


@pytest.mark.parametrize(
    "body",
    [
        "Officials said Chadian engineers would free up Nigerien units for offensives in the Tillaberi region.",
        "Analysts said Niamey is using Chadian specialists to free Nigerien troops for offensive operations "
        "elsewhere, particularly in the Tillaberi region.",
    ],
)
def test_where_freed_forces_go_is_not_where_the_freeing_forces_are(ex: Extractor, body: str) -> None:
    assert ("TD", "NE") not in locs(run(ex, body))


def test_the_freeing_forces_place_stays(ex: Extractor) -> None:
    body = "Chadian engineers arrived in Niger to free up Nigerien units for offensives."
    assert locs(run(ex, body)) == {("TD", "NE")}


def test_where_supplies_are_meant_to_be_used_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Chad shipped 40 armoured vehicles to Sudan for use in Darfur.")
    assert locs(claims) == {("TD", "SD")}
    assert "Darfur" not in {c.location.name for c in claims if c.location}


def test_people_a_strike_killed_do_not_place_the_striker(ex: Extractor) -> None:
    body = "Al-Shabaab said it had fired at a Kenyan patrol, hours after Kenyan strikes on Somalia that the group said "
    body += "had killed at least 16 people."
    assert ("KE", "SO") not in locs(run(ex, body))


@pytest.mark.parametrize("intro", ["During the Chadian civil war,", "After the 2019 attacks,", "Since the invasion,"])
def test_a_war_or_attack_in_an_introductory_phrase_makes_no_target(ex: Extractor, intro: str) -> None:
    body = f"Hezbollah said 5,000 of its fighters had been killed. {intro} it sent up to 7,000 fighters to Chad."
    assert ("hezbollah", "TD") in locs(run(ex, body))


def test_a_strike_in_the_main_clause_still_marks_a_target(ex: Extractor) -> None:
    assert ("KE", "SO") not in locs(run(ex, "After the talks, Kenyan jets struck Somalia."))


def test_where_recruits_signed_up_or_a_firm_is_registered_is_no_location(ex: Extractor) -> None:
    body = "Most Nepali recruits signed contracts at recruitment centres in Rostov-on-Don, the report said."
    assert locs(run(ex, body)) == set()
    body = "The Kenyan guards were hired by a company registered in Cyprus, the report said."
    assert locs(run(ex, body)) == set()


def test_a_sale_to_a_states_army_without_a_count_is_no_move(ex: Extractor) -> None:
    assert locs(run(ex, "Turkey sold Bayraktar drones to Mali's army last year.")) == set()


def test_the_target_of_a_strike_with_no_victims_named_is_no_location(ex: Extractor) -> None:
    assert locs(run(ex, "French jets struck militant positions in Gao on Monday.")) == set()


def test_a_states_organ_after_its_possessive_is_no_place(ex: Extractor) -> None:
    for organ in ("Defence Intelligence", "Armed Forces", "Border Guard"):
        claims = run(ex, f"Chadian troops have arrived in Agadez, Niger's {organ} said.")
        assert ("TD", "Agadez") in {(c.actor.code, c.location.name) for c in claims if c.location}
        assert not any(c.location and c.location.name == "Niger" and c.location.text == "Niger" for c in claims)


def test_an_armed_groups_home_country_is_no_deployment_location(ex: Extractor) -> None:
    claims = run(ex, "The Houthis, who control much of northern Yemen, sent fighters to Sudan, officials said.")
    assert ("houthis", "YE") not in locs(claims)
    assert ("houthis", "SD") in locs(claims)


@pytest.mark.parametrize(
    "body",
    [
        "Africa Corps troops are in Niger, according to a Western security official based in Abidjan.",
        "The Africa Corps has about 2,500 men in Niger, a researcher at the Dakar-based Centre for Sahel Studies said.",
    ],
)
def test_a_speakers_seat_is_no_deployment_location(ex: Extractor, body: str) -> None:
    assert locs(run(ex, body)) == {("africa-corps", "NE")}


def test_a_state_that_only_observes_places_none_of_its_own_forces(ex: Extractor) -> None:
    body = (
        "Chad has sent troops to Niger. Nigeria's army said it had spotted dozens of trucks carrying soldiers "
        "towards Agadez."
    )
    assert not any(code == "NG" for code, _ in locs(run(ex, body)))
    body = "Chad has sent troops to Niger. Nigeria's army said that it was watching for troop movements near Kano."
    assert not any(code == "NG" for code, _ in locs(run(ex, body)))


def test_a_states_officials_and_its_bases_abroad_place_nothing(ex: Extractor) -> None:
    body = "In 2023, U.S. officials accused Chad of supplying rifles to militias in Sudan."
    assert not any(c.location and c.location.country_code == "US" for c in run(ex, body))
    body = "About 200 Chadian soldiers arrived in Niger. The troops, flown in from U.S. bases in Germany, will stay."
    assert not any(c.location and c.location.country_code == "DE" for c in run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "Chadian transport aircraft flying from Sudan have landed repeatedly at bases in Niger.",
        "The wounded Chadian soldiers were flown out to a military hospital in Sudan.",
        "A Nigerien official said there was no indication so far that Chad was sending troops to Sudan.",
    ],
)
def test_departures_medical_evacuations_and_negative_findings_place_no_one_in_sudan(ex: Extractor, body: str) -> None:
    assert not any(c.location and c.location.country_code == "SD" and not c.denied for c in run(ex, body))


def test_where_bombs_were_dropped_is_a_target(ex: Extractor) -> None:
    body = "Six Chadian jets flew from N'Djamena and dropped 12 bombs on Agadez, the ministry said."
    assert not any(c.location and c.location.name == "Agadez" for c in run(ex, body))


def test_a_group_attacking_ships_at_sea_is_not_placed_there(ex: Extractor) -> None:
    assert not run(ex, "Al-Shabaab began attacking merchant ships in the Gulf of Aden in March.")


def test_a_speaker_based_in_a_described_capital_gives_his_seat_not_a_deployment(ex: Extractor) -> None:
    body = (
        "About 200 Rwandan soldiers landed in Bangui in June, a European diplomat based in the Cameroonian capital, "
        "Yaounde, told reporters."
    )
    got = locs(run(ex, body))
    assert ("RW", "CF") in got
    assert ("RW", "CM") not in got


def test_a_university_or_institute_names_its_seat_not_a_deployment(ex: Extractor) -> None:
    body = (
        "Iran has sent drones to Russia, officials said.\n\n"
        "Sara Haidari, a fellow at the Institute for Middle Eastern Studies in Ankara, said the deployment of "
        "Iranian drones would grow."
    )
    assert ("IR", "TR") not in locs(run(ex, body))
    body = "Park, a professor at Kyungnam University in Changwon, said the deployment of Chinese troops would grow."
    assert ("CN", "KR") not in locs(run(ex, body))
    # a training centre is where forces train
    body = "About 300 Polish soldiers are training at the Combat Training Center in Grafenwoehr."
    assert ("PL", "DE") in locs(run(ex, body))


def test_a_demonym_in_the_name_of_a_field_of_study_names_no_forces(ex: Extractor) -> None:
    body = "Kim, who directs the North Korean Studies programme at a university, said troops were deployed in Kursk."
    assert ("KP", "RU") not in locs(run(ex, body))


def test_a_place_inside_a_groups_home_country_is_no_location(ex: Extractor) -> None:
    body = "Houthi fighters have massed near Hodeidah in recent weeks, local officials said."
    assert ("houthis", "YE") not in locs(run(ex, body))
    body = "Hezbollah has moved about 2,000 fighters to Tyre and to Syria, Israeli officials said."
    got = run(ex, body)
    assert ("hezbollah", "LB") not in locs(got)
    assert ("hezbollah", "SY") in locs(got)


def test_the_people_a_cause_stands_with_are_not_placed(ex: Extractor) -> None:
    body = "Hezbollah fighters were sent south in solidarity with Palestinians in Gaza, the group said."
    assert ("hezbollah", "PS") not in locs(run(ex, body))
    body = "Houthi forces were moved to Saudi Arabia in solidarity with the people of Gaza, a spokesman said."
    got = locs(run(ex, body))
    assert ("houthis", "PS") not in got
    assert ("houthis", "SA") in got


def test_a_place_inside_an_armed_groups_name_is_no_place(ex: Extractor) -> None:
    body = "A rocket fired by the Islamic Resistance in Iraq wounded five U.S. soldiers at a base in Syria."
    got = run(ex, body)
    assert ("US", "IQ") not in locs(got)
    assert ("US", "SY") in locs(got)
    body = "The European Union Training Mission in Mali has 600 troops."
    assert ("eutm-mali", "ML") in locs(run(ex, body))


def test_where_a_cargo_was_intercepted_is_no_place_of_its_owner(ex: Extractor) -> None:
    body = "A boat intercepted off Somalia was carrying parts for 25 Iranian drones, the navy said."
    got = run(ex, body)
    assert ("IR", "equipment", 25) in figs(got)
    assert ("IR", "SO") not in locs(got)


def test_a_states_office_holder_after_its_name_is_no_place(ex: Extractor) -> None:
    body = "About 3,000 Chinese engineers are now working in Djibouti's port, Kenya's Defence Minister Aden Duale said."
    got = run(ex, body)
    assert ("CN", "KE") not in locs(got)
    assert ("CN", "DJ") in locs(got)
    body = "Some 400 Turkish soldiers arrived in Somalia, Egypt's Foreign Minister said on Monday."
    assert locs(run(ex, body)) == {("TR", "SO")}


def test_civilians_who_arrived_are_no_forces_of_the_items_actor(ex: Extractor) -> None:
    body = (
        "China will send 800 engineers to Laos, officials said.\n\n"
        "Independent media have reported that thousands of Chinese civilian workers arrived in Cambodia in 2024, "
        "many of them on tourist visas."
    )
    got = run(ex, body)
    assert ("CN", "KH") not in locs(got)
    assert ("CN", "LA") in locs(got)


def test_where_fired_munitions_were_aimed_is_a_target_not_a_location(ex: Extractor) -> None:
    body = "Six British Typhoons flew from Cyprus to drop 12 Paveway bombs on Houthi depots near Hodeidah on Friday."
    got = run(ex, body)
    assert ("GB", "YE") not in locs(got)
    assert ("GB", "equipment", 6) in figs(got)
    body = "A French frigate fired eight cruise missiles at a radar site, near Latakia, the ministry said."
    assert ("FR", "SY") not in locs(run(ex, body))


def test_a_for_opening_is_a_point_of_view_not_a_place(ex: Extractor) -> None:
    body = "For Japan, the experience gained by Chinese marines in Cambodia is the most worrying legacy of the drills."
    assert ("CN", "JP") not in locs(run(ex, body))
    body = "For Japan, the deployment of 500 Chinese marines to Cambodia is a warning."
    assert locs(run(ex, body)) == {("CN", "KH")}


def test_rulers_in_their_capitals_are_no_forces(ex: Extractor) -> None:
    body = (
        "Analysts say the juntas in Niamey and Ouagadougou, now grouped in the Alliance of Sahel States, see "
        "Moscow as a partner."
    )
    assert locs(run(ex, body)) == set()


def test_where_interviews_were_conducted_is_a_venue(ex: Extractor) -> None:
    body = (
        "Interviews conducted by the institute in Abidjan and Accra suggest that Turkish instructors now train "
        "the army in Burkina Faso."
    )
    got = run(ex, body)
    assert ("TR", "CI") not in locs(got)
    assert ("TR", "GH") not in locs(got)
    assert ("TR", "BF") in locs(got)


def test_where_a_strikes_debris_was_found_is_no_location(ex: Extractor) -> None:
    body = "Officials said Russia had fired Iranian ballistic missiles at Ukraine, citing debris recovered in Odesa."
    assert ("IR", "UA") not in locs(run(ex, body))
    body = "Chinese troops cleared debris in Vientiane, officials said."
    assert locs(run(ex, body)) == {("CN", "LA")}


def test_a_place_apposed_to_another_group_is_not_the_counts_place(ex: Extractor) -> None:
    body = "Al-Shabaab, the jihadist group active across Somalia, said it killed 12 Kenyan soldiers on Monday."
    got = run(ex, body)
    assert ("KE", "casualties", 12) in figs(got)
    assert ("KE", "SO") not in locs(got)


def test_where_prisoners_are_taken_is_a_custody_place(ex: Extractor) -> None:
    body = (
        "Two Belarusian soldiers were captured near Kharkiv, the SBU said.\n\n"
        "The prisoners, aged 22 and 31, have been transferred to Lviv, where they are being held in a detention "
        "facility."
    )
    got = run(ex, body)
    assert not [c for c in got if c.location is not None and c.location.name == "Lviv"]


def test_a_subject_counting_forces_before_in_place_comma_is_no_venue(ex: Extractor) -> None:
    body = "Spanish force levels in Latvia stood at about 600, a defence official said."
    assert locs(run(ex, body)) == {("ES", "LV")}
    # an introductory venue stays a venue
    body = "Speaking in Riga, the minister said 600 Spanish troops were in Estonia."
    assert locs(run(ex, body)) == {("ES", "EE")}


def test_a_hospital_named_as_a_place_is_where_the_wounded_are_treated(ex: Extractor) -> None:
    body = "The wounded Italian soldiers were flown to Landstuhl Regional Medical Center in Germany."
    assert not locs(run(ex, body))
    body = "Two injured Dutch marines were taken to Queen Elizabeth Hospital, the ministry said."
    assert not locs(run(ex, body))


def test_where_captured_fighters_are_held_is_a_custody_place(ex: Extractor) -> None:
    body = "Three Colombian mercenaries captured near El Fasher are being held by military intelligence in Port Sudan."
    got = run(ex, body)
    assert not any(c.location is not None and c.location.name == "Port Sudan" for c in got)
    body = "The captured North Korean soldiers are being detained at a camp near Lviv, officials said."
    assert not locs(run(ex, body))
    # without captives, "held" is no custody: troops that hold ground are there
    body = "About 2,000 Polish troops held an exercise in Lithuania last week."
    assert ("PL", "LT") in locs(run(ex, body))


def test_a_firing_range_is_where_gunners_train_not_a_target(ex: Extractor) -> None:
    body = "North Korean troops were sent to firing ranges in Kursk region to train on drones."
    assert "Kursk Oblast" in names(run(ex, body))


def test_a_custody_place_is_no_location(ex: Extractor) -> None:
    body = "Two North Korean soldiers captured by Ukrainian forces in Kursk region are being held in Kyiv."
    got = run(ex, body)
    assert "Kyiv" not in names(got)
    assert "Kursk Oblast" in names(got)
    # drills held somewhere are where the forces are
    body = "U.S. troops took part in drills held in Latvia."
    assert ("US", "LV") in locs(run(ex, body))


def test_the_place_of_a_speakers_audience_is_a_venue(ex: Extractor) -> None:
    body = "The general, speaking to MPs in Warsaw, said 400 Canadian soldiers had arrived in Latvia."
    got = run(ex, body)
    assert locs(got) == {("CA", "LV")}
    assert placed_countries(got, 400) == {("CA", "LV")}
    # an audience of forces is where forces are
    body = "The minister, speaking to troops in Latvia, said Canada would add 300 soldiers next year."
    assert ("CA", "LV") in locs(run(ex, body))


def test_the_ends_of_a_scope_are_no_destination(ex: Extractor) -> None:
    body = (
        "Britain keeps about 800 troops in Kenya, and the minister said the base would serve as the hub for "
        "operations from the Red Sea to the Indian Ocean."
    )
    got = run(ex, body)
    assert _placed(got, 800) == {"Kenya"}
    assert {c.location.name for c in got if c.location} == {"Kenya"}
    body = (
        "Russian forces hold a line stretching from Kherson to Zaporizhzhia, and 3,000 North Korean troops "
        "were sent to Kursk."
    )
    assert _placed(run(ex, body), 3000) == {"Kursk"}
    # a move from one place to another still has its destination
    body = "About 400 Spanish troops were flown from Madrid to Latvia on Monday."
    assert ("ES", "LV") in locs(run(ex, body))


def test_a_second_object_of_a_strike_verb_is_a_target_too(ex: Extractor) -> None:
    body = (
        "Britain sent four Typhoon jets to Cyprus. On Friday the jets struck a radar site near Sanaa and a drone "
        "workshop in the port city of Hodeidah."
    )
    got = run(ex, body)
    assert ("GB", "CY") in locs(got)
    assert ("GB", "YE") not in locs(got)
    # forces named after the target, with their own verb, are where they are
    body = "US jets hit a depot near Sanaa, and US troops in Djibouti were put on alert."
    assert ("US", "DJ") in locs(run(ex, body))


def test_where_leaders_agree_to_meet_is_a_venue(ex: Extractor) -> None:
    body = "Norway sent 200 soldiers to Latvia, and defence ministers will meet again in Riga."
    got = run(ex, body)
    assert _placed(got, 200) == {"Latvia"}
    assert {c.location.name for c in got if c.location} == {"Latvia"}
    body = "Albania, the host, offered its air base to allied aircraft, and leaders agreed to meet next year in Rome."
    assert not any(c.location is not None for c in run(ex, body))
    # forces that meet others somewhere are there
    body = "Spanish troops will meet their Latvian counterparts in Adazi next week."
    assert ("ES", "LV") in locs(run(ex, body))


def test_the_road_to_a_place_is_no_move_there(ex: Extractor) -> None:
    body = "The French convoy of 60 vehicles was ordered to reopen the road to Niger, officials said."
    assert locs(run(ex, body)) == set()
    body = "A French convoy of 60 vehicles was ordered to Niger, officials said."
    assert locs(run(ex, body)) == {("FR", "NE")}


def test_a_think_tank_in_a_city_is_no_place_of_forces(ex: Extractor) -> None:
    body = "Turkey has about 800 troops in Libya, said an analyst at the Royal Defence Studies Institute in London."
    assert locs(run(ex, body)) == {("TR", "LY")}


def test_a_journey_on_tourist_visas_places_no_forces_but_the_camp_after_it_does(ex: Extractor) -> None:
    body = (
        "About 300 Nepali men were recruited into the Russian army last year. They flew from Kathmandu to Moscow "
        "via Dubai on tourist visas, were sent to a training camp in Rostov region and then to the front."
    )
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("np-fighters", "Rostov Oblast") in got
    assert ("np-fighters", "Moscow") not in got


def test_a_group_named_without_supplies_is_no_place(ex: Extractor) -> None:
    # defection is no delivery: the group's name places nobody
    body = "Several Wagner Group fighters defected to the RSF last spring, a commander said."
    assert ("wagner-group", "SD") not in locs(run(ex, body))
    # the group supplied is the sentence's own actor: its home is no new place
    body = "RSF fighters were supplied with new drones last month, a spokesman for the RSF said."
    assert ("rsf", "SD") not in locs(run(ex, body))


def test_a_site_capacity_places_no_forces(ex: Extractor) -> None:
    body = "Syrian drones were launched at the Tanf garrison. The base, near the Jordanian border, can hold 4,000 men."
    assert not any(c.location is not None for c in run(ex, body) if c.actor.code == "SY")
    body = "The new camp near Tapa has room for 3,000 British soldiers, the ministry said."
    assert not any(c.location is not None for c in run(ex, body))
    # forces sent to a site with a capacity are still there
    body = "About 800 British soldiers were deployed to the camp near Tapa, which has room for 3,000."
    assert ("GB", "EE") in locs(run(ex, body))


def test_people_travelling_to_a_country_are_not_placed_there(ex: Extractor) -> None:
    body = (
        "Russia has recruited about 700 Lao mercenaries, a monitor said.\n\n"
        "Vientiane said 30 Lao nationals were confirmed dead and warned citizens against travelling to Russia."
    )
    claims = run(ex, body)
    assert ("la-fighters", "casualties", 30) in figs(claims)
    assert ("la-fighters", "RU") not in locs(claims)
    # forces travelling somewhere are still placed there
    body = "About 400 French troops travelling to Estonia crossed into Latvia on Monday."
    assert ("FR", "EE") in locs(run(ex, body))


def test_a_country_naming_whose_plans_is_no_place(ex: Extractor) -> None:
    body = "Denmark sent four F-16 jets to Romania, but said it had no part in U.S. war planning."
    got = locs(run(ex, body))
    assert ("DK", "RO") in got
    assert ("DK", "US") not in got
    body = "Canada moved 200 soldiers to Latvia, officials said, in line with French defence policy."
    got = locs(run(ex, body))
    assert ("CA", "LV") in got
    assert ("CA", "FR") not in got


def test_a_firm_based_somewhere_is_no_force(ex: Extractor) -> None:
    body = "A Chinese company based in Zambia built the new road, officials said."
    assert ("CN", "ZM") not in locs(run(ex, body))


def test_a_capitalised_city_with_a_colon_is_a_dateline_not_a_place(ex: Extractor) -> None:
    body = "MUSCAT: Iran has sent around 120 advisers to Yemen, two officials said."
    got = locs(run(ex, body))
    assert ("IR", "YE") in got
    assert ("IR", "OM") not in got


def test_a_message_to_a_state_is_no_place(ex: Extractor) -> None:
    body = "Four B-52 bombers landed in Guam on Friday, a deployment analysts read as a message to China."
    got = locs(run(ex, body))
    assert ("US", "GU") in got or ("US", "US") in got
    assert ("US", "CN") not in got
    body = "Britain sent two frigates to the Baltic Sea, a clear warning to Russia, officials said."
    assert ("GB", "RU") not in locs(run(ex, body))


def test_a_think_tank_in_a_city_is_no_place(ex: Extractor) -> None:
    body = "A think tank in Tokyo estimated that Beijing has sent about 200 engineers to Cambodia."
    got = locs(run(ex, body))
    assert ("CN", "KH") in got
    assert ("CN", "JP") not in got


def test_munitions_dropped_on_a_site_named_with_articles_is_a_target(ex: Extractor) -> None:
    body = (
        "The United States attacked two nuclear sites in Iran early Sunday, dropping 30,000-pound bombs on the "
        "underground enrichment plant at Natanz in an operation that involved more than 90 American aircraft."
    )
    claims = run(ex, body)
    assert ("US", "equipment", 90) in figs(claims)
    assert not any(c.location and c.location.country_code == "IR" for c in claims if not c.denied)


def test_where_the_speaker_of_a_quotation_works_is_no_place_of_forces(ex: Extractor) -> None:
    body = '"Nobody can do what Wagner did there," said a security analyst at a university in Abidjan.'
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert not any(name == "Abidjan" for _, name in got)
    # a speaker who is one of the group's men speaks where the group is
    body = '"We hold the town," said a Wagner commander in Mali.'
    assert ("wagner-group", "ML") in locs(run(ex, body))


def test_an_embargo_on_a_state_does_not_place_forces_there(ex: Extractor) -> None:
    got = run(ex, "Three Spanish warships are enforcing the arms embargo on Sudan in the Red Sea.")
    assert {c.location.name for c in got if c.location} == {"Red Sea"}


def test_a_counted_model_is_not_the_town_that_shares_its_name(ex: Extractor) -> None:
    got = run(ex, "The RAAF sent three Hercules to Vanuatu on Sunday.")
    assert locs(got) == {("AU", "VU")}


def test_an_introductory_city_is_the_speakers_when_the_forces_are_in_another_country(ex: Extractor) -> None:
    body = "In Moroni, the government spokesman affirmed that about 200 French soldiers had been sent to Mayotte."
    assert locs(run(ex, body)) == {("FR", "YT")}


def test_a_hearing_or_committee_is_a_venue(ex: Extractor) -> None:
    body = (
        "Testifying before a Senate committee in Washington on Tuesday, a U.S. admiral said about 30 Chinese"
        " personnel work at the station in Bolivia."
    )
    assert locs(run(ex, body)) == {("CN", "BO")}


def test_a_place_on_the_forces_own_coast_or_border_is_at_home(ex: Extractor) -> None:
    body = "Egypt has deployed about 40 tanks along its own border near the Gaza Strip, officials said."
    got = run(ex, body)
    assert ("EG", "equipment", 40) in figs(got)
    assert not locs(got)
    # without "own", the place named is where the forces went
    body = "Egypt has deployed about 40 tanks near the Gaza Strip, officials said."
    assert locs(run(ex, body))


def test_where_a_cargo_was_seized_is_no_place_of_its_owner_or_recipient(ex: Extractor) -> None:
    body = "The Houthis said the weapons seized in the Red Sea were not theirs."
    assert not locs(run(ex, body))
    body = "The US Navy said 14 Iranian missiles were found in a seizure off Somalia."
    got = run(ex, body)
    assert ("IR", "equipment", 14) in figs(got)
    assert ("IR", "SO") not in locs(got)


def test_a_carrier_strike_group_arriving_in_the_region_is_no_strike(ex: Extractor) -> None:
    body = (
        "U.S. troops are in Iraq and Syria, and ships are in Bahrain. "
        "The USS Truman Carrier Strike Group reached the region late on Thursday."
    )
    got = run(ex, body)
    assert any(c.location is not None and c.location.name == "Middle East" for c in got)
    # a real strike on the region places no forces there
    body = "U.S. troops are in Iraq and Syria. A missile strike hit the region on Monday."
    assert not any(c.location is not None and c.location.name == "Middle East" for c in run(ex, body))


def test_places_in_a_quoted_characterisation_after_as_are_no_places_of_forces(ex: Extractor) -> None:
    body = (
        "A channel close to the Wagner Group dismissed rumours that it would leave Mali as "
        '"wishful thinking in Paris and Kyiv". Officials declined to comment on its presence in the country.'
    )
    got = locs(run(ex, body))
    assert ("wagner-group", "FR") not in got
    assert ("wagner-group", "UA") not in got
    # a quotation that names the forces still places them
    body = 'The minister described it as "a force of French troops in Niger".'
    assert ("FR", "NE") in locs(run(ex, body))


def test_a_place_of_tension_is_no_deployment(ex: Extractor) -> None:
    body = (
        "The Italian frigate Carlo Bergamini will sail to Djibouti next week. "
        "The move comes after a rise in tensions in the Bab el-Mandeb, where a bulk carrier was attacked."
    )
    got = places(run(ex, body))
    assert ("IT", "Djibouti") in got
    assert ("IT", "Red Sea") not in got  # (the strait is read as the sea it opens)


def test_where_munitions_fired_at_a_target_hit_is_no_place_of_the_firer(ex: Extractor) -> None:
    body = "Al-Shabaab has fired dozens of mortars at merchant ships in the Gulf of Aden since January."
    assert not locs(run(ex, body))
    # forces or a base aimed at are there, whoever fired
    body = "The militia fired drones at a U.S. base in Syria on Sunday."
    assert ("US", "SY") in locs(run(ex, body))


def test_a_place_that_names_a_speakers_institution_is_no_place(ex: Extractor) -> None:
    body = (
        'Researchers say the outpost has become a template. "Each deployment teaches the Russian navy how to sustain '
        'ships far from home," said a fellow at a Nairobi think tank.'
    )
    assert ("RU", "KE") not in locs(run(ex, body))


@pytest.mark.parametrize("seat", ["a Tokyo think tank", "a Manila university"])
def test_a_place_qualifying_a_speakers_institution_is_no_location(ex: Extractor, seat: str) -> None:
    claims = run(ex, f"Two Chinese warships sailed near the islands on Monday, said a researcher at {seat}.")
    assert figs(claims) == {("CN", "equipment", 2)}
    assert not locs(claims)


def test_whom_a_signal_is_sent_to_is_no_destination(ex: Extractor) -> None:
    body = 'Spain has 600 troops in Latvia. Robles called the battalion "the strongest message we can send" to Moscow.'
    assert ("ES", "RU") not in locs(run(ex, body))


def test_a_security_dialogue_is_a_venue(ex: Extractor) -> None:
    body = "Admiral Cole told the Shangri-La Dialogue in Singapore that the carrier USS Nimitz had entered the Red Sea."
    assert ("US", "SG") not in locs(run(ex, body))


def test_a_struck_object_described_at_length_is_still_a_target(ex: Extractor) -> None:
    # the strike verb is far from the place, but the place is where the struck objects lie
    body = (
        "About 600 U.S. troops are based at two sites in Syria. Hours later, U.S. jets struck four depots "
        "used by the militia in Syria's Deir ez-Zor province, destroying a warehouse."
    )
    assert "Dayr az Zawr" not in names(run(ex, body))
    body = (
        "About 600 U.S. troops are based at two sites in Syria. A day later, Navy jets bombed two radar "
        "stations and several launch positions in rebel-held areas of Yemen."
    )
    assert ("US", "YE") not in locs(run(ex, body))
    # forces named at the struck place are there
    body = "Insurgents attacked the base where 300 U.S. troops are stationed in Niger."
    assert ("US", "NE") in locs(run(ex, body))
    # a verb of its own after the struck objects governs the place
    body = "Japanese P-3s struck pirate hideouts in March and are now stationed in Djibouti."
    assert ("JP", "DJ") in locs(run(ex, body))


def test_a_custody_place_named_by_its_side_is_no_location(ex: Extractor) -> None:
    # "in western X": the side of the country where captives are held is still a custody place
    body = "Kyiv said the nine captured Nepali mercenaries were being held at a camp in northern Ukraine."
    assert ("np-fighters", "UA") not in locs(run(ex, body))
    body = "Two captured Nepali mercenaries are being held in western Ukraine, officials said."
    assert ("np-fighters", "UA") not in locs(run(ex, body))
    # drills held in a side of a country are where forces train
    assert ("nato", "PL") in locs(run(ex, "NATO drills held in eastern Poland drew 5,000 troops."))


def test_a_country_coordinated_with_a_second_attacker_names_who_struck(ex: Extractor) -> None:
    claims = run(ex, "Some 45 Hezbollah fighters died in US and British raids near Tyre in March.")
    assert figs(claims) == {("hezbollah", "casualties", 45)}
    assert not {c for c in locs(claims) if c[1] == "US"}


def test_targets_after_a_long_list_of_struck_objects_are_no_locations(ex: Extractor) -> None:
    body = (
        "Jets from the carrier USS Harry S. Truman struck missile depots and coastal radar sites near Saada and "
        "on Perim island, officials said."
    )
    assert names(run(ex, body)) == set()


def test_a_country_named_for_its_currency_is_no_place(ex: Extractor) -> None:
    body = (
        "Chinese troops have been sent to Djibouti, the agency said.\n\n"
        "Beijing gets oil in exchange, the agency thinks. Wang said each Chinese soldier abroad received around "
        "1,500 U.S. dollars a month."
    )
    got = locs(run(ex, body))
    assert ("CN", "DJ") in got
    assert ("CN", "US") not in got


def test_a_research_centre_or_initiative_sits_where_it_is_named(ex: Extractor) -> None:
    body = (
        "Indian warships have been moored at Agalega since 2030, according to satellite images analysed by "
        "the Pacific Shipping Transparency Initiative in Singapore."
    )
    assert "Singapore" not in names(run(ex, body))
    body = (
        "Indian warships have been moored at Agalega, according to images studied by the Center for Naval "
        "Analysis in Washington."
    )
    assert "Washington" not in names(run(ex, body))


def test_the_hosts_government_and_rebel_forces_are_no_foreign_forces(ex: Extractor) -> None:
    # the item's mission named before is not who fights between the host's government and rebels
    body = (
        "MINUSCA was set up in 2014. "
        "Fighting between government troops and rebel militias around Vakaga has uprooted 20,000 people this year."
    )
    assert locs(run(ex, body)) == set()


def test_where_an_interview_was_recorded_is_its_venue(ex: Extractor) -> None:
    body = (
        "Greece's defence minister said 350 Italian soldiers had arrived in Lebanon, in an interview with a "
        "Dutch radio station recorded in Athens."
    )
    assert locs(run(ex, body)) == {("IT", "LB")}


def test_a_place_across_the_border_from_a_countrys_side_is_no_location(ex: Extractor) -> None:
    # the forces are in the country whose side it is; the town only says where along the border
    body = "Kurdish officials said 300 Iranian advisers were seen on the Iraqi side of the border near Khorramshahr."
    assert locs(run(ex, body)) == {("IR", "IQ")}


def test_a_state_named_in_a_source_after_according_to_a_is_no_place(ex: Extractor) -> None:
    # "according to a U.S. ... estimate": the source's state, with any article; nor is it "the country" later
    body = (
        "The Chinese navy keeps roughly 400 sailors at its pier near Mombasa, according to a U.S. Indo-Pacific "
        "Command estimate published in March. Turkey has about 300 troops in the country, Ankara says."
    )
    claims = run(ex, body)
    assert ("CN", "US") not in locs(claims)
    assert placed_countries(claims, 300) == {("TR", "KE")}


def test_the_seat_of_a_body_cited_as_source_is_no_place_of_forces(ex: Extractor) -> None:
    # "according to the <body> in X": where the cited body sits, not where the counted forces are
    body = "Iran has sent Russia 4 million rounds since 2031, according to the Defence Intelligence Agency in Paris."
    assert names(run(ex, body)) == {"Russia"}


def test_the_addressee_of_a_message_a_deployment_sent_is_no_place(ex: Extractor) -> None:
    # 'the battalion sent "a clear signal" to Minsk': whom the signal is for, with the verb before the noun
    body = 'Canada is adding 300 soldiers in Latvia. The minister said the battalion sent "a clear signal" to Minsk.'
    assert locs(run(ex, body)) == {("CA", "LV")}


def test_the_place_of_fighting_in_a_time_clause_is_no_deployment(ex: Extractor) -> None:
    # "until the fighting in X stops": an event that times the clause, not where the group's forces are
    body = "The Houthis vow to keep firing at tankers as long as the fighting in Lebanon rages."
    assert locs(run(ex, body)) == set()
    # forces sent to join the fighting are there
    assert locs(run(ex, "Hezbollah sent fighters to join the fighting in Syria.")) == {("hezbollah", "SY")}


def test_a_berth_long_or_deep_enough_for_a_ship_is_a_capacity(ex: Extractor) -> None:
    # "deep enough to dock a carrier": what the base could take, no ship placed there
    body = (
        "India has 200 sailors at a base on Agalega. "
        "Satellite photos show the new jetty at the base is deep enough to dock a carrier."
    )
    assert placed_countries(run(ex, body), 200) == {("IN", "MU")}
    assert [c.topic for c in run(ex, body) if c.location] == ["troops"]


def test_a_meeting_of_its_members_is_a_venue(ex: Extractor) -> None:
    body = (
        "About 300 Danish soldiers will go to Latvia in March, the minister said at a summit of Central European and "
        "Balkan army chiefs in Sofia."
    )
    assert locs(run(ex, body)) == {("DK", "LV")}


def test_a_city_that_locates_the_region_named_before_is_a_landmark(ex: Extractor) -> None:
    body = "Seoul said Pyongyang has begun moving rocket units into Bryansk Oblast, north of the city of Chernihiv."
    assert names(run(ex, body)) == {"Bryansk Oblast"}


def test_where_a_hubs_aid_goes_places_no_forces(ex: Extractor) -> None:
    body = (
        "Britain has based two Typhoon jets at Constanta airport, a key hub for allied relief aid to Moldova."
    )
    assert locs(run(ex, body)) == {("GB", "RO")}


def test_a_commitment_to_a_country_places_no_forces(ex: Extractor) -> None:
    body = (
        'Canada keeps troops in Latvia. "Our commitment to Lithuania is unwavering," the NATO general told the troops.'
    )
    assert locs(run(ex, body)) == {("CA", "LV")}


def test_people_said_not_to_be_soldiers_are_placed_nowhere(ex: Extractor) -> None:
    # "described them as cooks, not soldiers": the force noun is denied of the people counted
    body = (
        "Pakistan has supplied Qatar with about 420 shells, the ministry said. The ministry said some 2,000 "
        "Pakistani labourers went to Syria in May, and called them hired cooks, not soldiers."
    )
    assert ("PK", "SY") not in locs(run(ex, body))


def test_an_institute_in_a_city_with_the_article_is_its_seat(ex: Extractor) -> None:
    # "a fellow at the X Institute in The Hague": the speaker's institution, no place of forces
    body = (
        "Egypt keeps an estimated 900 troops at Jufra, the agency added. \"The garrison is the core of a wider "
        "plan,\" said a fellow at the Lowy Institute in The Hague."
    )
    assert "The Hague" not in names(run(ex, body))


def test_a_name_coordinated_with_a_demonym_before_forces_is_no_place(ex: Extractor) -> None:
    # "US and Italian personnel": the country names whose personnel, as in "US personnel"
    claims = run(ex, "Around 9,000 US and Italian personnel are already based in Djibouti.")
    assert locs(claims) == {("US", "DJ"), ("IT", "DJ")}


def test_the_state_an_attack_is_blamed_on_is_no_location(ex: Extractor) -> None:
    body = (
        "France will post 400 more soldiers at its base in Chad, officials said, after rocket attacks on the "
        "capital that N'Djamena blamed on Sudan."
    )
    assert locs(run(ex, body)) == {("FR", "TD")}


def test_a_far_place_naming_a_venue_in_town_is_no_place(ex: Extractor) -> None:
    # "the Washington market" in a story set in Mali: a market named after a far city, in the town
    body = (
        "Wagner Group trucks rolled into Kidal on Friday. Stallholders at the Paris bazaar counted about 25 "
        "armoured vehicles."
    )
    claims = run(ex, body)
    assert ("wagner-group", "FR") not in locs(claims)
    body = "Wagner Group trucks rolled into Kidal on Friday. Stallholders at the Kidal bazaar saw 25 armoured cars."
    assert ("wagner-group", "ML") in locs(run(ex, body))


def test_a_states_body_whose_name_holds_of_is_a_speaker_not_a_place(ex: Extractor) -> None:
    # "<Country>'s Chiefs of Staff said": the speaking body's state, not where the forces are
    body = "Iran has started moving drones into Syria's Deir ez-Zor province, Israel's Chiefs of Defence Staff said."
    assert locs(run(ex, body)) == {("IR", "SY")}


def test_where_fired_missiles_came_down_is_no_deployment(ex: Extractor) -> None:
    # "missiles ... flew N km and splashed down in <sea>": an impact point; a drone that lands has arrived
    body = (
        "Iran sent 300 advisers to Syria. Oman said cruise missiles fired by Tehran on Friday flew about 350 km "
        "and splashed down in the Arabian Sea."
    )
    assert places(run(ex, body)) == {("IR", "Syria")}
    assert locs(run(ex, "Iranian drones landed in Belarus last week.")) == {("IR", "BY")}


def test_where_a_minister_travels_is_a_trip_not_a_deployment(ex: Extractor) -> None:
    # "<person> flies to X ... to discuss the deployment of N troops to Y": only Y holds the forces
    body = "Defence Minister Ilse Berg travels to Oslo on Monday to review the posting of 400 German sailors to Bergen."
    assert names(run(ex, body)) == {"Bergen"}
    assert names(run(ex, "About 300 German sailors flew to Bergen on Monday.")) == {"Bergen"}


def test_a_place_named_as_the_nearest_point_is_a_landmark(ex: Extractor) -> None:
    # "closest to X" measures where the site lies; X holds none of the forces
    body = "Britain will base four Typhoon jets at Akrotiri, the part of Cyprus closest to Lebanon, the RAF said."
    body2 = "Two German frigates will be stationed at Tromso, the port nearest to the Kola Peninsula."
    assert names(run(ex, body)) | names(run(ex, body2)) == {"Akrotiri and Dhekelia", "Tromsø"}


def test_where_recruiting_agencies_work_is_no_deployment(ex: Extractor) -> None:
    # the hiring happened there; the men serve elsewhere
    body = (
        "Police said at least 600 Kenyans had been recruited to fight for Russia, most of them through agencies in "
        "Nairobi and Istanbul, and sent to the front in Donetsk."
    )
    assert names(run(ex, body)) == {"Donetsk"}


def test_a_commodity_that_opens_a_sentence_is_no_place(ex: Extractor) -> None:
    # "Gold" is an old alternate name of an Australian city: the metal is no place, and "the country" after it
    # is still the country the item named
    body = (
        "Wagner has fighters in Mali. Gold exports climbed 14 percent last year. "
        "Monitors now estimate that the group has about 1,700 men in the country."
    )
    assert placed_countries(run(ex, body), 1700) == {("wagner-group", "ML")}
