"""Extraction end to end on invented items: actors, figures, locations and flags."""

from __future__ import annotations

from datetime import UTC, datetime

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import NewsItem


def test_figure_with_place_is_one_claim(ex: Extractor) -> None:
    claims = run(ex, "Iran has sent about 400 soldiers to Venezuela, officials said.")
    assert figs(claims) == {("IR", "troops", 400)}
    assert locs(claims) == {("IR", "VE")}
    c = next(c for c in claims if c.figure)
    assert c.figure is not None and c.figure.approx and c.location is not None
    assert c.evidence.start == 0 and c.evidence.sentence.startswith("Iran has sent")


def test_venue_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "At a summit in Nairobi, the president said 500 Kenyan troops are stationed in Haiti.")
    assert locs(claims) == {("KE", "HT")}
    claims = run(ex, "Speaking at a press conference in Ankara, he said Iran had sent drones to Sudan.")
    assert ("IR", "TR") not in locs(claims)


def test_claimant_seat_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Officials in Bogota say 200 Venezuelan soldiers crossed into Guyana.")
    assert locs(claims) == {("VE", "GY")}


def test_home_country_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Iran has 5,000 troops in Iran and 700 soldiers in Syria.")
    assert ("IR", "IR") not in locs(claims)
    assert ("IR", "SY") in locs(claims)


def test_departure_and_transit_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "Some 900 Chinese troops flew from Tibet via Pakistan to Myanmar.")
    assert locs(claims) == {("CN", "MM")}


def test_hypothetical_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Analysts say 1,000 Iranian troops could enter Iraq next month.")
    assert figs(claims) == {("IR", "troops", 1000)}
    assert locs(claims) == set()


def test_strike_target_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Houthi fighters fired 20 missiles at Eilat, Israel's army said.")
    assert ("houthis", "IL") not in locs(claims)


def test_denied_and_hedged(ex: Extractor) -> None:
    claims = run(ex, "Caracas denied that Venezuelan troops were deployed in Guyana.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "Chad reportedly moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)
    claims = run(ex, "There was no sign of Iranian soldiers in Yemen, the agency said.")
    assert claims and all(c.denied for c in claims)


def test_the_month_may_is_no_hedge(ex: Extractor) -> None:
    claims = run(ex, "Chad moved 600 troops to Niger in May, the ministry said.")
    assert claims and not any(c.hedged for c in claims)
    claims = run(ex, "Chad may have moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)


def test_background_section(ex: Extractor) -> None:
    body = "Chad moved 600 troops to Niger.\n\nBackground:\n\n- In 2022, Chad sent 400 soldiers to Mali.\n"
    claims = run(ex, body)
    bg = {c.figure.value: c.background for c in claims if c.figure}
    assert bg == {600: False, 400: True}


def test_claim_ids_are_deterministic(ex: Extractor) -> None:
    body = "Iran has sent about 400 soldiers to Venezuela."
    a = [c.claim_id for c in run(ex, body)]
    b = [c.claim_id for c in run(ex, body)]
    assert a == b and len(a[0]) == 16


def test_module_level_extract() -> None:
    from claimwatch.core.extract import extract

    item = NewsItem(id="x", source="s", published_at=datetime(2025, 1, 1, tzinfo=UTC), body="No claims here.")
    assert extract(item) == []


# ---------------------------------------------------------------- location rules


def test_host_and_reliance_verbs_place_the_forces(ex: Extractor) -> None:
    assert ("hezbollah", "SY") in locs(run(ex, "Neighbouring Syria has long relied on Hezbollah fighters."))
    assert ("US", "JO") in locs(run(ex, "Jordan hosts U.S. troops at two desert bases."))


def test_conjoined_places_share_the_preposition(ex: Extractor) -> None:
    claims = run(ex, "The Turkish army has since sent instructors to Somalia and Libya.")
    assert locs(claims) == {("TR", "SO"), ("TR", "LY")}


def test_source_of_a_statement_and_place_adjective_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "According to Baghdad, the Iranian contingent has lost 40 soldiers.")
    assert not any(c.location for c in claims)
    body = "Hezbollah fighters are deployed in Syria, making the Levant country a hub of the group."
    assert locs(run(ex, body)) == {("hezbollah", "SY")}


def test_place_anaphora_refers_back(ex: Extractor) -> None:
    body = "Iranian advisers first arrived in Venezuela in 2019. About 300 of them are now stationed there."
    claims = run(ex, body)
    assert ("IR", "troops", 300) in figs(claims)
    assert all(c.location is not None and c.location.country_code == "VE" for c in claims if c.figure)
    body = "Hamas fighters fought near Sidon in May. Rivals said 25 Hamas fighters died in the ambush."
    c = next(c for c in run(ex, body) if c.figure)
    assert c.location is not None and c.location.country_code == "LB"


def test_existential_there_and_targets_carry_no_place(ex: Extractor) -> None:
    body = "Turkish troops are deployed in Somalia. There are 40 Hezbollah fighters, officials said."
    claims = run(ex, body)
    assert not any(c.location for c in claims if c.actor.code == "hezbollah")
    body = "Chinese troops are deployed in Djibouti. Hamas said it had carried out 13 attacks there."
    assert not any(c.actor.code == "hamas" for c in run(ex, body))


def test_near_a_countrys_northern_border_is_not_that_country(ex: Extractor) -> None:
    body = "About 900 Iranian soldiers are in Syria, near Turkey's northern border, officials said."
    assert locs(run(ex, body)) == {("IR", "SY")}


def test_place_of_a_statement_is_a_venue(ex: Extractor) -> None:
    claims = run(ex, "The Houthis said in a statement read in Sanaa that their drones had hit a tanker.")
    assert not locs(claims)


def test_keeps_troops_in_places_them(ex: Extractor) -> None:
    claims = run(ex, "Ethiopia keeps several thousand soldiers in Somalia, diplomats say.")
    assert ("ET", "SO") in locs(claims)


def test_first_forces_sentence_sets_the_focus(ex: Extractor) -> None:
    body = (
        "The destroyer HMS Kent has left the Black Sea, the ministry said. "
        "The roughly 200 sailors of the Kent spent most of the tour in the Black Sea, clashing with the Houthis. "
        "The ship's helicopters fired more than 30 missiles at Houthi boats."
    )
    claims = run(ex, body)
    assert {("GB", "troops", 200), ("GB", "equipment", 30)} <= figs(claims)


def test_coordinated_states_share_the_place(ex: Extractor) -> None:
    body = "Kenya sent 400 police officers to Haiti. Benin and Chad also have troops in Haiti with the mission."
    claims = run(ex, body)
    assert {("BJ", "HT"), ("TD", "HT"), ("KE", "HT")} <= locs(claims)


def test_centre_of_a_city_is_the_city(ex: Extractor) -> None:
    claims = run(ex, "Ugandan troops had entered the centre of Bunia overnight, officials said.")
    assert ("UG", "CD") in locs(claims)


def test_long_country_name_without_article(ex: Extractor) -> None:
    claims = run(ex, "About 1,200 Burundian soldiers are deployed in eastern Democratic Republic of Congo.")
    assert locs(claims) == {("BI", "CD")}


def test_a_partner_turned_to_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Belgian troops left Mali in 2022 after the junta turned to Russia for help.")
    assert ("BE", "RU") not in locs(claims)


def test_negated_count_of_forces_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, "Officials insisted that no Italian combat troops are in Libya.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "The 5,000 Italian troops in Libya are not affected by the decision.")
    assert figs(claims) == {("IT", "troops", 5000)}
    claims = run(ex, "No fewer than 2,000 Kenyan troops are in Somalia.")
    assert figs(claims) == {("KE", "troops", 2000)}


def test_macro_regions_resolve_and_a_region_holding_home_is_home(ex: Extractor) -> None:
    claims = run(ex, "About 20,000 Canadian troops are now in Europe, and two Dutch frigates sailed to the Caribbean.")
    names = {(c.actor.code, c.location.name) for c in claims if c.location}
    assert ("CA", "Europe") in names and ("NL", "Caribbean") in names
    claims = run(ex, "Poland has sent 300 soldiers to Europe's external borders in Europe.")
    assert not any(c.location and c.location.name == "Europe" for c in claims)


def test_island_and_base_sites_resolve_and_onto_marks_a_place(ex: Extractor) -> None:
    claims = run(ex, "Qatar has flown 30 soldiers onto Yemen's Socotra archipelago, officials say.")
    assert figs(claims) == {("QA", "troops", 30)}
    assert locs(claims) == {("QA", "YE")}
    claims = run(ex, "Beijing sent four warships near Matsu on Friday.")
    assert locs(claims) == {("CN", "TW")}


def test_patron_adjective_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "About 70 Italian soldiers joined the Paris-led mission on Friday.")
    assert ("IT", "FR") not in locs(claims)


def test_where_forces_come_from_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 250 Danish soldiers arrived in Tallinn on Friday from bases in Jutland and Zealand.")
    assert locs(claims) == {("DK", "EE")}
    claims = run(ex, "The battalion, drawn from the army's reserve in Croatia and Slovenia, will be in Kosovo by May.")
    assert not any(c.location and c.location.country_code in ("HR", "SI") for c in claims)


def test_a_possibility_is_no_deployment(ex: Extractor) -> None:
    claims = run(ex, "Italy has discussed with Greece the possibility of sending troops to Cyprus, the minister said.")
    assert locs(claims) == set()


def test_states_listed_after_from_are_all_placed(ex: Extractor) -> None:
    claims = run(ex, "Troops from Belgium, the Netherlands and Luxembourg arrived in Romania on Sunday.")
    assert locs(claims) == {("BE", "RO"), ("NL", "RO"), ("LU", "RO")}


def test_a_sea_after_a_base_only_says_where_the_base_lies(ex: Extractor) -> None:
    claims = run(ex, "France has stationed 12 Rafale jets at Diego Garcia, the remote base in the Indian Ocean.")
    assert {c.location.name for c in claims if c.location} == {"Diego Garcia"}


def test_a_distance_from_a_place_makes_it_a_reference_point(ex: Extractor) -> None:
    claims = run(ex, "A Spanish frigate intercepted the skiff about 300 nautical miles east of Somalia.")
    assert locs(claims) == set()


def test_a_relative_clause_about_something_else_places_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Italy sent 400 troops to Bosnia under the accord, which was signed at a hotel in Paris.")
    assert locs(claims) == {("IT", "BA")}
    claims = run(ex, "The frigate, which had been in the Aegean Sea, is due to arrive in the Red Sea on Monday.")
    assert not any(c.location and c.location.name == "Aegean Sea" for c in claims)


def test_a_negation_inside_a_relative_clause_denies_nothing(ex: Extractor) -> None:
    [c] = run(ex, "Kenya, which is not a member of the bloc, has sent 400 police officers to Haiti.")
    assert not c.denied and c.figure is not None and c.figure.value == 400
    [c] = run(ex, "Burundi has about 2,000 soldiers in South Kivu, which Bujumbura denies.")
    assert not c.denied
    [c] = run(ex, "Burundi denied that it had sent 2,000 soldiers to South Kivu.")
    assert c.denied


def test_a_relative_clause_that_places_forces_still_counts(ex: Extractor) -> None:
    claims = run(ex, "France, which keeps a base in Djibouti with about 1,500 troops, said it would stay.")
    assert ("FR", "DJ") in locs(claims)


def test_states_with_contingents_there_are_placed(ex: Extractor) -> None:
    claims = run(ex, "Kenya has 800 police in Haiti. Belize, Jamaica and the Bahamas also have contingents there.")
    assert {("BZ", "HT"), ("JM", "HT"), ("BS", "HT")} <= locs(claims)


def test_the_province_refers_back_to_the_last_province_named(ex: Extractor) -> None:
    claims = run(
        ex,
        "Militants have attacked towns across Cabo Delgado province. Leaders met in Maputo, where Zimbabwe and "
        "Botswana pledged troops. Rwanda began deploying 1,000 soldiers to the province in July.",
    )
    assert any(c.actor.code == "RW" and c.location and c.location.name == "Cabo Delgado" for c in claims)


def test_reports_called_baseless_are_denied(ex: Extractor) -> None:
    claims = run(ex, 'Ankara said reports that 2,000 Turkish soldiers had entered Libya were "baseless."')
    assert claims and all(c.denied for c in claims)


def test_invaded_and_entered_take_the_place_as_object(ex: Extractor) -> None:
    assert locs(run(ex, "About 3,000 Ethiopian soldiers entered Somalia on Monday.")) == {("ET", "SO")}


def test_a_host_named_before_an_appositive_still_hosts(ex: Extractor) -> None:
    claims = run(ex, "Qatar, a small emirate on the western shore of the Gulf, also hosts about 8,000 U.S. personnel.")
    assert locs(claims) == {("US", "QA")}


def test_there_refers_to_the_last_place_that_is_not_a_possessive(ex: Extractor) -> None:
    claims = run(
        ex,
        "The talks took place in Rome. Bahrain hosts the U.S. Fifth Fleet at Manama as well as Britain's naval "
        "support facility. Australia also keeps a small detachment there.",
    )
    assert ("AU", "BH") in locs(claims)


def test_the_mission_refers_back_to_the_missions_place(ex: Extractor) -> None:
    body = (
        "UNMISS, the UN peacekeeping mission, has kept troops deployed in South Sudan since 2011.\n\n"
        "Rwanda has about 2,600 soldiers in the mission. Ghana and Nepal provide the mission's other troops."
    )
    claims = run(ex, body)
    assert ("RW", "troops", 2600) in figs(claims)
    assert {("RW", "SS"), ("GH", "SS"), ("NP", "SS")} <= locs(claims)


def test_the_countrys_as_a_possessive_refers_to_no_place(ex: Extractor) -> None:
    claims = run(
        ex, "Chinese ships were seen off Manila. Beijing calls the U.S. deployment a plot to seize the country's gas."
    )
    assert not any(c.actor.code == "US" and c.location is not None for c in claims)


def test_no_abbreviated_state_troops_and_ruled_out_are_denials(ex: Extractor) -> None:
    assert all(c.denied for c in run(ex, "Officials said no U.K. troops would be sent to Sudan."))
    assert all(c.denied for c in run(ex, "Canada has ruled out deploying its soldiers to Haiti."))
    assert not any(c.denied for c in run(ex, "Canada has not ruled out deploying 200 soldiers to Haiti."))


def test_departed_for_names_a_destination(ex: Extractor) -> None:
    claims = run(ex, "Some 200 Indonesian troops departed on Monday for Oman, the ministry said.")
    assert locs(claims) == {("ID", "OM")}


def test_people_who_fled_put_no_forces_anywhere(ex: Extractor) -> None:
    claims = run(ex, "Chad has sent 500 soldiers to Darfur. Some 20,000 people have fled fighting into Libya.")
    assert locs(claims) == {("TD", "SD")}


def test_off_a_coast_and_a_carrier_strike_group_place_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Two Greek frigates have begun patrols off Libya's coast.")) == {("GR", "LY")}
    claims = run(ex, "The French navy has kept a carrier strike group and two frigates in the Red Sea since May.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("FR", "Red Sea")}


def test_from_there_and_a_reference_place_chain_are_no_locations(ex: Extractor) -> None:
    claims = run(ex, "Russian bombers were based in Engels. Drones hit the base, and the jets took off from there.")
    assert all(c.location is None or c.location.country_code == "RU" for c in claims)
    claims = run(ex, "A Dutch frigate sank a skiff 30 nautical miles east of Socotra, off Yemen, on Friday.")
    assert not locs(claims)


def test_no_warship_sent_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, '"No Italian warship has been sent to the Strait of Hormuz," the minister said.')
    assert claims and all(c.denied for c in claims)


def test_transit_stops_are_no_deployment_places(ex: Extractor) -> None:
    claims = run(ex, "The 120 engineers changed planes in Doha and stopped over in Nairobi before landing in Juba.")
    claims += run(ex, "Finland has sent 120 engineers to South Sudan; their flight stopped in Egypt on the way.")
    assert ("FI", "EG") not in locs(claims)
    assert ("FI", "KE") not in locs(claims)


def test_the_navy_is_the_paragraphs_states_not_the_items_focus(ex: Extractor) -> None:
    body = (
        "Two Japanese destroyers called at Sattahip in Thailand on Monday.\n\n"
        "Thai officials say the new pier will help the navy patrol the country's waters. "
        "The navy has about 24,000 personnel, according to analysts."
    )
    claims = run(ex, body)
    assert ("TH", "troops", 24000) in figs(claims)
    assert not any(c.actor.code == "JP" and c.figure and c.figure.value == 24000 for c in claims)


def test_a_strike_group_is_a_formation_not_an_attack(ex: Extractor) -> None:
    claims = run(ex, "The French carrier Charles de Gaulle will lead a carrier strike group bound for Cyprus soon.")
    assert ("FR", "CY") in locs(claims)
    claims = run(ex, "A US strike group attacked targets in Yemen on Monday.")
    assert ("US", "YE") not in locs(claims)


def test_a_place_the_journey_went_on_from_is_no_deployment_place(ex: Extractor) -> None:
    body = (
        "About 200 Rwandan soldiers landed at Entebbe in southern Uganda, from where they were driven into "
        "South Sudan on Friday."
    )
    claims = run(ex, body)
    assert ("RW", "UG") not in locs(claims)
    assert ("RW", "SS") in locs(claims)


def test_unifil_sites_are_in_lebanon(ex: Extractor) -> None:
    claims = run(ex, "Irish peacekeepers were moved to Naqoura. About 300 Finnish soldiers are based near Marjayoun.")
    assert {("IE", "LB"), ("FI", "LB")} <= locs(claims)


def test_the_place_around_a_transit_point_is_a_transit_point_too(ex: Extractor) -> None:
    claims = run(ex, "Four Italian fighter jets will deploy to Kuwait via Souda Bay in Crete.")
    assert locs(claims) == {("IT", "KW")}
    claims = run(
        ex, "Two Spanish frigates will stop over at Souda Bay on the island of Crete on their way to the Red Sea."
    )
    assert {c.location.name for c in claims if c.location} == {"Red Sea"}
    claims = run(ex, "The Australian jets flew via Diego Garcia in the Indian Ocean to Qatar.")
    assert {c.location.name for c in claims if c.location} == {"Qatar"}
    # a place merely next to the stage is still read on its own
    claims = run(ex, "French troops are based at Gao, in Mali.")
    assert locs(claims) == {("FR", "ML")}


def test_the_place_of_a_named_base_forces_came_from_is_a_departure_point(ex: Extractor) -> None:
    claims = run(ex, "About 300 US soldiers arrived in Poland from Ramstein Air Base in Germany.")
    assert locs(claims) == {("US", "PL")}
    claims = run(ex, "Two Dutch transport planes reached Lithuania from Camp Viking in Norway on Monday.")
    assert locs(claims) == {("NL", "LT")}


def test_a_place_in_the_name_of_a_command_or_fleet_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 2,000 U.S. troops are in Djibouti, U.S. Africa Command said.")
    assert {c.location.name for c in claims if c.location} == {"Djibouti"}
    claims = run(
        ex, "Two Chinese destroyers shadowed the convoy, the Southern Theater Command said. They stayed there."
    )
    assert not [c for c in claims if c.location]
    claims = run(ex, "Some 300 Marines landed in Darwin, U.S. Marine Corps Forces Pacific said.")
    assert {c.location.name for c in claims if c.location} == {"Darwin"}


def test_a_sea_in_a_hyphenated_region_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Britain will send eight ships to the Indo-Pacific this year. They will stay there until May.")
    assert not [c for c in claims if c.location]
    claims = run(ex, "Britain will send eight ships to the western Pacific this year.")
    assert {c.location.name for c in claims if c.location} == {"Pacific Ocean"}


def test_over_places_aircraft_only_after_a_flying_word(ex: Extractor) -> None:
    claims = run(ex, "Two British surveillance aircraft flew over the Black Sea on Friday.")
    assert {c.location.name for c in claims if c.location} == {"Black Sea"}
    claims = run(ex, "Dutch F-35 jets flying over Estonia were scrambled twice this week.")
    assert locs(claims) == {("NL", "EE")}
    claims = run(ex, "The 300 Russian soldiers in Transnistria are at the centre of a row over the Dniester region.")
    assert {c.location.name for c in claims if c.location} == {"Transnistria"}
    claims = run(ex, "A radar at the base, where 200 US airmen serve, tracks missiles over the Arctic.")
    assert not [c for c in claims if c.location]
    claims = run(ex, "Over the past year Iran sent 300 drones to Russia.")
    assert locs(claims) == {("IR", "RU")}


def test_a_landmark_that_locates_a_sea_area_or_islands_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Two Dutch frigates are patrolling the Baltic Sea west of Gotland this week.")
    assert {c.location.name for c in claims if c.location} == {"Baltic Sea"}
    claims = run(ex, "Japan moved 300 soldiers to the Nansei islands near Taiwan.")
    assert not [c for c in claims if c.location and c.location.country_code == "TW"]
    # with no sea before it, a bearing still places the forces near the town
    claims = run(ex, "About 400 French troops are deployed in Niger west of Agadez.")
    assert locs(claims) == {("FR", "NE")}


def test_a_demonym_before_territory_soil_waters_or_airspace_is_the_state_as_a_place(ex: Extractor) -> None:
    claims = run(ex, "About 60 Turkish officers will work at a monitoring centre on Azerbaijani territory.")
    assert locs(claims) == {("TR", "AZ")}
    claims = run(ex, "About 500 US troops are now on Polish soil.")
    assert locs(claims) == {("US", "PL")}
    claims = run(ex, "Two Russian jets entered Estonian airspace on Friday.")
    assert locs(claims) == {("RU", "EE")}
    claims = run(ex, "A Venezuelan warship entered Guyana's waters on Saturday.")
    assert locs(claims) == {("VE", "GY")}


def test_an_area_the_forces_left_is_no_place_of_theirs(ex: Extractor) -> None:
    claims = run(ex, "A Venezuelan warship entered Guyanese waters on Saturday. The ship left the area by noon.")
    assert locs(claims) == {("VE", "GY")}
    assert len([c for c in claims if c.location]) == 1


def test_a_region_is_no_location_beside_one_of_its_countries(ex: Extractor) -> None:
    claims = run(ex, "Russia, which keeps about 5,000 troops in Tajikistan, opposes any other force in Central Asia.")
    assert {c.location.name for c in claims if c.location} == {"Tajikistan"}
    claims = run(ex, "About 300 Indian soldiers are deployed in Central Asia.")
    assert {c.location.name for c in claims if c.location} == {"Central Asia"}


def test_the_base_refers_back_to_a_town_not_a_region(ex: Extractor) -> None:
    body = (
        "Indian engineers left an air base near Dushanbe in 2022, ending India's presence in Central Asia. "
        "At its peak the base hosted about 200 Indian personnel."
    )
    claims = run(ex, body)
    assert ("IN", "troops", 200) in figs(claims)
    assert {c.location.country_code for c in claims if c.figure and c.location} == {"TJ"}


def test_a_base_named_after_the_noun_is_no_reference_back(ex: Extractor) -> None:
    body = (
        "French troops were based in N'Djamena until 2025. "
        "The last 1,000 French troops left in January, and the base at Kossei was handed to Chad's army."
    )
    claims = run(ex, body)
    assert [c.location for c in claims if c.figure and c.figure.value == 1000] == [None]


def test_a_group_named_like_a_town_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "Hamas fighters crossed into Israel. The base was later said to hold 500 soldiers.")
    assert not [c for c in claims if c.location and c.location.country_code == "DE"]


def test_a_time_clause_about_another_actors_move_places_nothing(ex: Extractor) -> None:
    claims = run(ex, "About 20,000 Canadian troops are now in Europe, up from 9,000 before Russia invaded Ukraine.")
    assert {c.location.name for c in claims if c.location} == {"Europe"}
    claims = run(ex, "The 3,000 Turkish soldiers in Qatar have been there since Iraq's invasion of Kuwait.")
    assert locs(claims) == {("TR", "QA")}


def test_a_base_forces_operate_from_is_where_they_are(ex: Extractor) -> None:
    claims = run(ex, "An Indian patrol aircraft operating from Djibouti is also supporting the mission.")
    assert locs(claims) == {("IN", "DJ")}
    claims = run(ex, "The Canadian patrol aircraft was on a routine mission, flying from Kadena Air Base in Okinawa.")
    assert locs(claims) == {("CA", "JP")}
    claims = run(ex, "Two French Rafales operating out of Jordan struck targets in Syria.")
    assert locs(claims) == {("FR", "JO")}
    # a journey with a destination is no base of operations
    claims = run(ex, "Two Dutch fighter jets flying from Leeuwarden to Poland were refuelled in the air.")
    assert locs(claims) == {("NL", "PL")}


def test_a_claim_reported_with_the_other_sides_rebuttal_is_not_denied(ex: Extractor) -> None:
    claims = run(ex, "A rebel group said it killed nine Russian soldiers in northern Mali, a claim Moscow dismissed.")
    assert [c.denied for c in claims if c.figure] == [False]
    assert locs(claims) == {("RU", "ML")}
    claims = run(ex, "Rebels said 40 Wagner fighters were in Mali, an allegation that the embassy denied on Monday.")
    assert [c.denied for c in claims if c.figure] == [False]
    # the denial itself is still a denial
    claims = run(ex, "Moscow denied that 300 Russian soldiers were in Mali.")
    assert [c.denied for c in claims if c.figure] == [True]


def test_a_former_base_and_a_base_forces_left_are_no_locations(ex: Extractor) -> None:
    claims = run(ex, "British drones previously based in Niger now fly from Ghana.")
    assert locs(claims) == {("GB", "GH")}
    claims = run(ex, "The last 800 French troops left Chad's Air Base 172 in Abeche in January.")
    assert locs(claims) == set()
