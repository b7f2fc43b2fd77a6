"""Departure and transit points: where forces come from and pass through on the way is not where they are.

The destination of a journey is the deployment, the places before it are stages; the sentences are written for
the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, run
from extract_helpers import place_names as names
from extract_helpers import placed_countries as _placed
from extract_helpers import places as _names

from claimwatch.core.extract import Extractor


def test_departure_and_transit_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "Some 900 Chinese troops flew from Tibet via Pakistan to Myanmar.")
    assert locs(claims) == {("CN", "MM")}


def test_where_forces_come_from_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 250 Danish soldiers arrived in Tallinn on Friday from bases in Jutland and Zealand.")
    assert locs(claims) == {("DK", "EE")}
    claims = run(ex, "The battalion, drawn from the army's reserve in Croatia and Slovenia, will be in Kosovo by May.")
    assert not any(c.location and c.location.country_code in ("HR", "SI") for c in claims)


def test_departed_for_names_a_destination(ex: Extractor) -> None:
    claims = run(ex, "Some 200 Indonesian troops departed on Monday for Oman, the ministry said.")
    assert locs(claims) == {("ID", "OM")}


def test_from_there_and_a_reference_place_chain_are_no_locations(ex: Extractor) -> None:
    claims = run(ex, "Russian bombers were based in Engels. Drones hit the base, and the jets took off from there.")
    assert all(c.location is None or c.location.country_code == "RU" for c in claims)
    claims = run(ex, "A Dutch frigate sank a skiff 30 nautical miles east of Socotra, off Yemen, on Friday.")
    assert not locs(claims)


def test_transit_stops_are_no_deployment_places(ex: Extractor) -> None:
    claims = run(ex, "The 120 engineers changed planes in Doha and stopped over in Nairobi before landing in Juba.")
    claims += run(ex, "Finland has sent 120 engineers to South Sudan; their flight stopped in Egypt on the way.")
    assert ("FI", "EG") not in locs(claims)
    assert ("FI", "KE") not in locs(claims)


def test_a_place_the_journey_went_on_from_is_no_deployment_place(ex: Extractor) -> None:
    body = (
        "About 200 Rwandan soldiers landed at Entebbe in southern Uganda, from where they were driven into "
        "South Sudan on Friday."
    )
    claims = run(ex, body)
    assert ("RW", "UG") not in locs(claims)
    assert ("RW", "SS") in locs(claims)


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


def test_a_strait_passed_on_the_way_into_a_sea_is_a_transit_point(ex: Extractor) -> None:
    # "through X into Y": the ships went to Y; X was on the way
    claims = run(ex, "A Chinese carrier group sailed through the Bashi Channel into the Philippine Sea this week.")
    assert {c.location.name for c in claims if c.location} == {"Philippine Sea"}


def test_a_strait_through_which_ships_entered_a_named_sea_is_a_transit_point(ex: Extractor) -> None:
    # "entered Y through X": the sea entered is where the ships went, the strait the way in
    claims = run(ex, "The destroyer USS Mason entered the Sea of Japan through the Tsushima Strait on Friday.")
    assert {c.location.name for c in claims if c.location} == {"Sea of Japan"}
    # a strait the gazetteer knows as the sea it leads into is that sea
    claims = run(ex, "The destroyer USS Gravely re-entered the Red Sea on Friday through the Bab el-Mandeb strait.")
    assert {c.location.name for c in claims if c.location} == {"Red Sea"}


def test_a_coast_followed_from_a_departure_point_is_the_route(ex: Extractor) -> None:
    body = (
        "Iranian advisers were in Yemen in May, the panel said, and most of the drones were moved by dhow from "
        "the port of Chabahar along the coast of Somalia."
    )
    assert names(run(ex, body)) == {"Yemen"}
    # a coast patrolled is where the ships are
    assert names(run(ex, "Two Indian frigates patrolled along the coast of Somalia in May.")) == {"Somalia"}


def test_a_strait_sailed_through_with_no_onward_place_is_where_ships_are(ex: Extractor) -> None:
    claims = run(ex, "Two Chinese destroyers sailed through the Taiwan Strait on Monday.")
    assert {c.location.name for c in claims if c.location} == {"Taiwan Strait"}


def test_a_sea_crossed_on_the_way_to_a_named_destination_is_a_transit_point(ex: Extractor) -> None:
    claims = run(ex, "More than 200 Iranian missiles were shipped to Russia across the Caspian Sea, officials said.")
    assert {c.location.name for c in claims if c.location} == {"Russia"}
    # with no destination named, the sea crossed is where the forces are
    claims = run(ex, "Two Russian warships were deployed across the Baltic Sea.")
    assert {c.location.name for c in claims if c.location} == {"Baltic Sea"}


@pytest.mark.parametrize(
    "body",
    [
        "The Spanish frigate left the Kenyan port of Mombasa on Monday.",
        "The Spanish frigate departed from the port of Mombasa on Monday.",
    ],
)
def test_a_port_left_through_its_name_is_a_departure(ex: Extractor, body: str) -> None:
    assert not [c for c in run(ex, body) if c.location is not None]


def test_a_capital_left_or_spoken_in_is_still_no_place(ex: Extractor) -> None:
    assert locs(run(ex, "About 150 Turkish instructors left the capital, Mogadishu, on Friday.")) == set()
    assert locs(run(ex, "The Turkish minister spoke in the Somali capital on Friday.")) == set()


def test_ships_passing_through_a_strait_or_sea_are_there(ex: Extractor) -> None:
    claims = run(ex, "Two Spanish navy ships sailed through the Taiwan Strait on Friday, the navy said.")
    assert {c.location.name for c in claims if c.location and c.actor.code == "ES"} == {"Taiwan Strait"}
    claims = run(ex, "Three Portuguese patrol ships transited the Mozambique Channel on Monday.")
    assert {c.location.name for c in claims if c.location and c.actor.code == "PT"} == {"Mozambique Channel"}
    # a city or a country passed through on the way is a transit point
    claims = run(ex, "About 200 Belgian soldiers flew to Niger through Algeria last week.")
    assert ("BE", "DZ") not in locs(claims)


def test_a_country_that_locates_a_departure_point_is_no_location(ex: Extractor) -> None:
    body = "The Chadian fighters were flown from Gaziantep in southern Turkey via Istanbul to Niamey, it said."
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.location} == {"NE"}


def test_ports_where_ships_stopped_on_the_way_are_transit_points(ex: Extractor) -> None:
    body = "The two Italian frigates left Taranto on May 4 and reached Singapore after stops in Djibouti and Goa."
    claims = run(ex, body)
    assert {c.location.country_code for c in claims if c.location} == {"SG"}


def test_a_port_the_forces_were_unloaded_at_before_a_move_stays_a_stage(ex: Extractor) -> None:
    body = "Chadian soldiers were unloaded at the port of Douala before being moved by rail."
    assert locs(run(ex, body)) == set()


def test_land_crossed_on_the_way_to_a_goal_is_a_transit_point(ex: Extractor) -> None:
    body = "The land route through which Kenya's army trucked weapons across Ethiopia into Sudan was cut."
    assert locs(run(ex, body)) == {("KE", "SD")}


def test_cargo_planes_flying_from_a_base_leave_it(ex: Extractor) -> None:
    body = "The Chadian transfers, mostly aboard cargo planes flying from Air Base 101 near Niamey, followed the coup."
    assert locs(run(ex, body)) == set()


def test_a_city_passed_through_before_the_next_leg_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "The Kenyan recruits were flown from Nairobi via Addis Ababa to Moscow and then taken by bus to a training "
        "ground in the Rostov region."
    )
    names = {n for _, n in _names(run(ex, body))}
    assert "Moscow" not in names
    assert "Rostov Oblast" in names


def test_cargo_carried_across_a_sea_is_in_transit(ex: Extractor) -> None:
    got = run(ex, "The Iranian missiles were shipped across the Caspian Sea and unloaded in Dagestan.")
    assert ("IR", "RU") in locs(got)
    assert not any(c.location is not None and c.location.country_code is None for c in got)


def test_a_port_where_cargo_was_unloaded_before_moving_on_is_a_transit_point(ex: Extractor) -> None:
    body = "Chadian shells were unloaded at the port of Cotonou before being moved by rail to Niger."
    assert ("TD", "BJ") not in locs(run(ex, body))


def test_a_crossing_passed_on_the_way_is_a_transit_point(ex: Extractor) -> None:
    body = "About 500 Chadian soldiers reached Niger by road, travelling via the border crossing at Nguigmi."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("TD", "Niger") in got and not any("guigmi" in name for _, name in got)


def test_left_a_place_at_a_time_for_a_country_names_the_destination(ex: Extractor) -> None:
    body = "About 400 Kenyan soldiers left Jomo Kenyatta International Airport on Monday for Haiti, officials said."
    got = run(ex, body)
    assert locs(got) == {("KE", "HT")}
    # "for" after no verb of leaving is no destination
    body = "Kenya deployed 400 soldiers on Monday for the first time, officials in Haiti said."
    assert ("KE", "HT") not in locs(run(ex, body))


def test_a_site_where_aircraft_stopped_on_the_way_is_a_transit_point(ex: Extractor) -> None:
    body = "Four Turkish transport planes stopped at an airfield in Sudan before flying on to Chad, officials said."
    got = locs(run(ex, body))
    assert ("TR", "TD") in got
    assert ("TR", "SD") not in got
    body = "Six Spanish jets refuelled at Souda Bay air base in Greece before flying on to Lithuania."
    got = locs(run(ex, body))
    assert ("ES", "LT") in got
    assert ("ES", "GR") not in got
    # forces based at a site stay there
    body = "About 500 Turkish troops are stationed at an air base in Somalia."
    assert ("TR", "SO") in locs(run(ex, body))


def test_a_stage_left_again_with_were_then_is_no_location(ex: Extractor) -> None:
    body = "The North Korean troops landed in Vladivostok and were then moved by train to the Kursk region."
    got = locs(run(ex, body))
    assert ("KP", "RU") in got
    got_names = {c.location.name for c in run(ex, body) if c.location}
    assert "Vladivostok" not in got_names
    # after a plain coordination the first place stays
    body = "The North Korean troops landed in Vladivostok and were welcomed by Russian officers."
    got_names = {c.location.name for c in run(ex, body) if c.location}
    assert "Vladivostok" in got_names


def test_a_place_the_next_sentence_moves_on_from_is_a_stage(ex: Extractor) -> None:
    first = "Iran delivered attack drones to Russia, unloaded at the port of Makhachkala in Dagestan.\n\n"
    body = first + "From there, officials said, the drones were trucked to Kazan."
    got = {c.location.name for c in run(ex, body) if c.location}
    assert "Makhachkala" not in got
    assert "Kazan" in got
    # with no next leg the place stays
    got = {c.location.name for c in run(ex, first + "Officials said the drones were counted there.") if c.location}
    assert "Makhachkala" in got


def test_a_place_left_again_for_a_next_leg_is_a_stage(ex: Extractor) -> None:
    body = (
        "The U.S. Army said its tanks will be unloaded at Gdansk in northern Poland next week and then moved by "
        "rail to Lithuania."
    )
    got = run(ex, body)
    assert ("US", "LT") in locs(got)
    assert ("US", "PL") not in locs(got)
    body = (
        "The Chadian recruits were flown from Ndjamena to Istanbul and then on to Misrata in western Libya, before "
        "crossing into Sudan by road."
    )
    got = run(ex, body)
    assert {cc for _, cc in locs(got)} == {"SD"}
    body = "Some of the U.S. equipment was trucked to the port of Haifa and shipped back to the United States."
    assert ("US", "IL") not in locs(run(ex, body))
    # a place named with another, no next leg, stays
    body = "The U.S. sent 300 troops to Poland and Lithuania."
    assert {("US", "PL"), ("US", "LT")} <= locs(run(ex, body))


def test_a_stop_on_the_way_is_a_stage(ex: Extractor) -> None:
    body = "The British task group stopped at Gibraltar for fuel before heading for the Red Sea."
    got = run(ex, body)
    assert "Gibraltar" not in names(got)
    assert "Red Sea" in names(got)
    body = "The Russian personnel were flown from Libya to Bamako, with refuelling stops at Tessalit."
    got = run(ex, body)
    assert "Tessalit" not in names(got)
    assert "Bamako" in names(got)


def test_a_place_passed_on_the_way_is_no_location(ex: Extractor) -> None:
    body = (
        "Chinese engineers arrived in Djibouti last week. The engineers were unloaded at Berbera and moved south by "
        "road to the Ethiopian border, the ministry said."
    )
    assert ("CN", "SO") not in locs(run(ex, body))
    body = (
        "About 300 Turkish soldiers were unloaded at Lome, the capital of neighbouring Togo, before being driven "
        "north to Niger."
    )
    got = run(ex, body)
    assert ("TR", "TG") not in locs(got)
    assert _placed(got, 300) == {("TR", "NE")}
    body = "The Italian frigates stopped for two days at Limassol in Cyprus before heading through the Suez Canal."
    assert ("IT", "CY") not in locs(run(ex, body))


def test_training_grounds_forces_left_are_a_departure_point(ex: Extractor) -> None:
    body = (
        "A further 1,000 North Korean troops had left training grounds in Primorsky Krai "
        "and were moving toward Ukraine."
    )
    got = locs(run(ex, body))
    assert ("KP", "UA") in got
    assert ("KP", "RU") not in got


def test_bases_forces_left_are_a_departure_point(ex: Extractor) -> None:
    body = "About 600 Chadian soldiers left their bases in Niger and were heading for Mali."
    got = locs(run(ex, body))
    assert ("TD", "ML") in got
    assert ("TD", "NE") not in got


def test_a_sea_crossed_by_ship_is_a_transit_point(ex: Extractor) -> None:
    body = "Iran has delivered more than 300 drones to Russia since May, most of them by ship across the Caspian Sea."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("IR", "Caspian Sea") not in got
    assert ("IR", "Russia") in got


def test_a_port_where_cargo_was_unloaded_before_it_went_on_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "A Turkish freighter unloaded about 30 armoured vehicles for the Somali army at the port of Berbera on "
        "Tuesday, and the convoy has since crossed into Ethiopia on its way to Addis Ababa, drivers said."
    )
    places = locs(run(ex, body))
    assert not any(cc == "SO" for _, cc in places)
    assert any(cc == "ET" for _, cc in places)


def test_a_port_where_cargo_was_unloaded_with_no_onward_move_stays_placed(ex: Extractor) -> None:
    body = "A Turkish freighter unloaded about 30 armoured vehicles for the Somali army at the port of Berbera."
    assert any(cc == "SO" for _, cc in locs(run(ex, body)))


def test_the_country_around_a_departure_base_described_in_apposition_is_a_departure_too(ex: Extractor) -> None:
    body = (
        "About 200 British paratroopers arrived in Jordan on planes that had taken off from Akrotiri, "
        "the British base in Cyprus, officials said."
    )
    got = locs(run(ex, body))
    assert ("GB", "CY") not in got
    assert ("GB", "JO") in got


def test_a_training_ground_left_afterwards_still_places_the_forces(ex: Extractor) -> None:
    body = "The Belarusian battalion spent a month at training grounds in Russia's Far East before heading west."
    assert ("BY", "RU") in locs(run(ex, body))
    # a stage of a journey with no training stays a stage
    body = "The Belarusian battalion was unloaded at Vladivostok before being moved west by rail to Kursk."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("BY", "Vladivostok") not in got


def test_a_border_station_passed_through_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "Russian troops travelled by rail through the border station at Erenhot and were first gathered near "
        "Beijing for the drills."
    )
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("RU", "Beijing") in got
    assert ("RU", "Erenhot") not in got


def test_a_port_before_the_next_leg_by_rail_is_a_transit_point(ex: Extractor) -> None:
    body = "Iran's shells for Russia arrived by sea from Bandar Abbas to Astrakhan and then by rail, officials said."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert not any(name == "Astrakhan" for _, name in got)


def test_where_moved_forces_were_kept_or_trained_is_where_the_move_started(ex: Extractor) -> None:
    body = "About 3,000 Chadian soldiers trained in Morocco have been deployed to the Lake Chad area of Niger."
    got = run(ex, body)
    assert ("TD", "MA") not in locs(got)
    assert ("TD", "NE") in locs(got)
    assert ("TD", "troops", 3000) in figs(got)
    body = "France will move the 300 soldiers it kept in Gabon to Chad, the ministry said."
    got = run(ex, body)
    assert ("FR", "GA") not in locs(got)
    assert ("FR", "TD") in locs(got)
    # with no move after it, the place they trained or are based in is where they are
    assert ("TD", "MA") in locs(run(ex, "About 3,000 Chadian soldiers trained in Morocco last year."))
    assert ("US", "KW") in locs(run(ex, "US troops based in Kuwait will take part in the drills."))


def test_a_port_the_cargo_is_moved_on_from_is_a_transit_point(ex: Extractor) -> None:
    body = (
        "Norway's 24 self-propelled howitzers will be shipped from Bergen to the Polish port of Gdansk "
        "and then railed from there to Lithuania, the Norwegian army said."
    )
    claims = run(ex, body)
    assert figs(claims) == {("NO", "equipment", 24)}
    assert _placed(claims, 24) == {("NO", "LT")}


def test_a_sea_crossed_by_a_gerund_of_shipping_is_a_transit(ex: Extractor) -> None:
    # "shipping them across the sea": the gerund, its object between, is the same carrying as "shipped across"
    body = "Iran has handed about 150 drones to Russia since June, ferrying them across the Caspian Sea by night."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("IR", "Russia") in got
    assert ("IR", "Caspian Sea") not in got


def test_sites_from_one_place_to_another_hold_both(ex: Extractor) -> None:
    # "bases from A to B": a span of sites, held at both ends; forces moved "from A to B" left A
    body = 'A Houthi spokesman said British bases "from Cyprus to Oman" were within reach of its drones.'
    assert {"CY", "OM"} <= {cc for _, cc in locs(run(ex, body))}
    assert ("US", "KW") not in locs(run(ex, "U.S. troops moved from Kuwait to Oman in June."))


def test_a_home_port_left_for_a_destination_does_not_hide_the_destination(ex: Extractor) -> None:
    body = (
        "France has 900 sailors in the Indian Ocean. "
        "The frigate Vega will leave its home port of Toulon on Monday for the Red Sea."
    )
    got = _names(run(ex, body))
    assert ("FR", "Red Sea") in got


def test_the_unit_and_base_forces_come_from_are_a_departure(ex: Extractor) -> None:
    # "The jets, from <squadron> at <base>, ...": where the aircraft come from, not where they are
    body = (
        "Four Italian Eurofighter jets have landed at Siauliai Air Base in Lithuania. "
        "The jets, from XI(B) Squadron at Grosseto, will fly beside 7 Squadron, a joint Italian-Lithuanian unit."
    )
    got = _names(run(ex, body))
    assert not any(name == "Grosseto" for _, name in got)


def test_a_ships_own_home_port_left_is_a_departure(ex: Extractor) -> None:
    body = (
        "France has 900 sailors in the Indian Ocean. The frigate Vega will leave its home port of Toulon next week "
        "for the Arabian Sea, where it is to join the EU's Aspides naval mission."
    )
    got = names(run(ex, body))
    assert "Toulon" not in got and "Arabian Sea" in got


def test_where_a_cargo_was_loaded_before_it_was_unloaded_elsewhere_is_a_departure_point(ex: Extractor) -> None:
    body = "Chinese transport ships loaded 40 armoured vehicles in Karachi last month and unloaded them in Djibouti."
    assert locs(run(ex, body)) == {("CN", "DJ")}


def test_a_place_the_load_was_moved_on_from_by_road_is_a_transit_point(ex: Extractor) -> None:
    claims = run(ex, "The 300 Belarusian drones were flown from Minsk to Baku, then moved by road, officials said.")
    assert ("BY", "AZ") not in locs(claims)
    assert ("BY", "equipment", 300) in figs(claims)


def test_a_road_march_across_a_country_passes_through_it(ex: Extractor) -> None:
    body = (
        "A Dutch mechanised battalion from Oirschot completed its move to Tapa in May after a road march across "
        "Latvia."
    )
    got = run(ex, body)
    assert ("NL", "EE") in locs(got)
    assert ("NL", "LV") not in locs(got)


def test_flown_to_a_place_and_then_carried_on_some_distance_is_a_stage(ex: Extractor) -> None:
    body = (
        "The Ethiopian troops had flown from Addis Ababa to Djibouti and were then carried some 700 kilometres "
        "south by road, officials said."
    )
    assert ("ET", "DJ") not in locs(run(ex, body))


def test_port_calls_on_the_way_home_and_the_home_port_are_no_deployments(ex: Extractor) -> None:
    body = (
        "The Indian navy's new anti-piracy flotilla reached the Gulf of Aden on Friday.\n\n"
        "The Indian destroyers it relieved are due to call at Mombasa and Port Louis on their way home."
    )
    got = run(ex, body)
    assert ("IN", "KE") not in locs(got) and ("IN", "MU") not in locs(got)
    body = (
        "The Indian navy's new anti-piracy flotilla reached the Gulf of Aden on Friday.\n\n"
        "The flotilla it relieved will visit Muscat and Mombasa before heading back to its home port of Mumbai."
    )
    got = run(ex, body)
    assert not any(c.location is not None and c.location.name in ("Mumbai", "Mombasa") for c in got)
    assert not any(c.actor.code == "OM" for c in got)


def test_the_corps_a_unit_is_drawn_from_is_its_home(ex: Extractor) -> None:
    # "drawn from the 5th Engineer Corps in X": where the unit came from, not where it serves
    body = (
        "Japan will send 300 engineers to the UN Interim Force in Lebanon. "
        "The unit, drawn from the 5th Engineer Corps in Cyprus, will clear mines."
    )
    assert all(cc != "CY" for _, cc in locs(run(ex, body)))


def test_port_calls_are_stops_on_the_way(ex: Extractor) -> None:
    claims = run(ex, "The Italian destroyers have lately made port calls in Dakar, Luanda and Maputo on the way.")
    claims += run(ex, "The Dutch frigate Tromp paid a port call at Haifa in Israel before the drill.")
    assert not locs(claims)


def test_the_region_does_not_refer_back_to_a_stop_on_the_way(ex: Extractor) -> None:
    body = (
        "Madrid is sending two frigates and about 800 sailors to the Middle East. The frigates had been on a port "
        "call at Toulon in France last week. Officials said the move would lift the number of Spanish sailors in "
        "the region to about 2,400."
    )
    claims = run(ex, body)
    assert _names(claims) == {("ES", "Middle East")}


def test_a_place_reached_first_on_the_way_is_a_staging_point(ex: Extractor) -> None:
    assert not _names(run(ex, "About 60 Dutch marines will fly to Malta first before joining the frigates at sea."))
    body = "The Dutch marines will fly to Malta first, then join the frigate in the Aegean Sea."
    assert _names(run(ex, body)) == {("NL", "Aegean Sea")}


def test_a_port_named_with_its_country_as_possessive_is_a_transit(ex: Extractor) -> None:
    # "shipped through Togo's port of Lome": whose port it is modifies it, the port is still passed through
    body = (
        "Africa Corps units are in Mali. The corps said its units in Niger had taken delivery of 30 trucks in May, "
        "shipped through Togo's port of Lome."
    )
    assert "Lomé" not in names(run(ex, body))


def test_a_stop_joined_to_a_stop_is_a_transit_too(ex: Extractor) -> None:
    body = "Some 700 Danish troops will fly to Estonia, with fuel stops at Shannon in Ireland and Lyon in France."
    claims = run(ex, body)
    assert locs(claims) == {("DK", "EE")}


def test_forces_sent_to_drive_others_out_of_a_place_are_there(ex: Extractor) -> None:
    # "push the rebels out of X": the forces fight in X; only "were pushed out of X" is their own leaving
    sent = run(ex, "About 3,000 Rwandan soldiers were deployed to help push insurgents out of Cabo Delgado.")
    assert ("RW", "MZ") in locs(sent)
    inner = run(ex, "Some 2,000 Rwandan troops went in to drive the militants out of Mozambique's Niassa province.")
    assert "Niassa" in names(inner)
    retreat = run(ex, "About 3,000 Rwandan soldiers were pushed back out of Cabo Delgado by the insurgents.")
    assert ("RW", "MZ") not in locs(retreat)


def test_a_stop_made_on_the_way_is_a_transit_point(ex: Extractor) -> None:
    # "on the way out", "en route": a port of call on the journey, the goal named elsewhere
    body = (
        "The Italian carrier Cavour sailed from Taranto for the Pacific, where it will spend three months. The "
        "ships will stop at Jeddah in Saudi Arabia and at Colombo on the way out."
    )
    assert names(run(ex, body)) == {"Pacific Ocean"}
    body = "The Italian carrier Cavour will spend three months in Japan, calling at Colombo en route."
    assert names(run(ex, body)) == {"Japan"}


def test_a_strait_passed_before_the_place_the_ships_will_operate_in_is_a_transit_point(ex: Extractor) -> None:
    # the clause goes on to where the ships are bound: the strait is the way there
    body = "The Italian carrier group will sail through the Strait of Gibraltar and then operate in the Aegean Sea."
    assert names(run(ex, body)) == {"Aegean Sea"}
    body = "Two Indian frigates sailed through the Strait of Malacca on Sunday on their way to the South China Sea."
    assert names(run(ex, body)) == {"South China Sea"}


@pytest.mark.parametrize(
    "second",
    [
        "Its equipment will be offloaded at Klaipeda in Lithuania and moved north by rail.",
        "The equipment is being shipped from Halifax to the port of Klaipeda and will cross Lithuania by rail.",
    ],
)
def test_a_port_where_cargo_lands_before_going_on_by_rail_is_a_stage(ex: Extractor, second: str) -> None:
    # the port is a stage of the journey: the kit goes on over land to where the brigade deploys
    body = "A Canadian brigade of about 2,800 soldiers will deploy to Latvia in May. " + second
    assert names(run(ex, body)) == {"Latvia"}


def test_people_of_a_demonym_expected_to_be_moved_are_forces(ex: Extractor) -> None:
    # "the <Demonyms>" that are to be moved somewhere are the state's forces the item counts
    body = (
        "About 700 Belarusian soldiers have reached a camp in Serbia, officials said. "
        "Analysts expect the Belarusians to be moved south to Kosovo by late May."
    )
    assert ("BY", "XK") in locs(run(ex, body))


def test_a_crossing_on_the_way_is_no_place_of_the_forces(ex: Extractor) -> None:
    claims = run(ex, "Some 700 Kazakh sappers crossed into Russia over a bridge near Orenburg, the ministry said.")
    assert _placed(claims, 700) == {("KZ", "RU")}
    assert "Orenburg" not in names(claims)


def test_a_place_coordinated_with_a_passage_is_passed_too(ex: Extractor) -> None:
    # the word before the first of two places governs both, and straits crossed before the work are the way there
    body = "The Spanish corvette will sail through the Strait of Hormuz and the Gulf of Oman before docking at Aden."
    claims = run(ex, body)
    assert names(claims) == {"Aden"}
    claims = run(ex, "Some 400 Czech soldiers travelled via Austria and Hungary to Serbia.")
    assert locs(claims) == {("CZ", "RS")}


def test_a_border_post_named_where_forces_crossed_is_passed(ex: Extractor) -> None:
    # the town that names the crossing is the way in; the country entered is where the troops are
    claims = run(ex, "About 300 Rwandan troops entered Congo at the Goma border post on Friday.")
    assert names(claims) == {"Democratic Republic of the Congo"}


def test_a_port_of_after_to_with_an_onward_move_is_a_transit(ex: Extractor) -> None:
    # "shipped to the port of X and then carried by rail": the port is a stage of the journey
    body = (
        "About 3,000 Dutch soldiers are deploying to Lithuania. Their heavy equipment was shipped to the German "
        "port of Hamburg and then carried east by rail."
    )
    assert "Hamburg" not in names(run(ex, body))
