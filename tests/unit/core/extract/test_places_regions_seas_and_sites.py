"""Regions, seas, islands and sites as deployment places: which name a place resolves to, and when a region or sea
only locates another place.

The gazetteer finds the names; these tests pin what the extractor keeps of them, on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run
from extract_helpers import placements as _placed
from extract_helpers import places as _names

from claimwatch.core.extract import Extractor


def test_centre_of_a_city_is_the_city(ex: Extractor) -> None:
    claims = run(ex, "Ugandan troops had entered the centre of Bunia overnight, officials said.")
    assert ("UG", "CD") in locs(claims)


def test_long_country_name_without_article(ex: Extractor) -> None:
    claims = run(ex, "About 1,200 Burundian soldiers are deployed in eastern Democratic Republic of Congo.")
    assert locs(claims) == {("BI", "CD")}


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


def test_a_sea_after_a_base_only_says_where_the_base_lies(ex: Extractor) -> None:
    claims = run(ex, "France has stationed 12 Rafale jets at Diego Garcia, the remote base in the Indian Ocean.")
    assert {c.location.name for c in claims if c.location} == {"Diego Garcia"}


def test_unifil_sites_are_in_lebanon(ex: Extractor) -> None:
    claims = run(ex, "Irish peacekeepers were moved to Naqoura. About 300 Finnish soldiers are based near Marjayoun.")
    assert {("IE", "LB"), ("FI", "LB")} <= locs(claims)


def test_a_sea_in_a_hyphenated_region_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Britain will send eight ships to the Indo-Pacific this year. They will stay there until May.")
    assert not [c for c in claims if c.location]
    claims = run(ex, "Britain will send eight ships to the western Pacific this year.")
    assert {c.location.name for c in claims if c.location} == {"Pacific Ocean"}


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


def test_a_region_is_no_location_beside_one_of_its_countries(ex: Extractor) -> None:
    claims = run(ex, "Russia, which keeps about 5,000 troops in Tajikistan, opposes any other force in Central Asia.")
    assert {c.location.name for c in claims if c.location} == {"Tajikistan"}
    claims = run(ex, "About 300 Indian soldiers are deployed in Central Asia.")
    assert {c.location.name for c in claims if c.location} == {"Central Asia"}


def test_a_region_after_a_base_site_is_a_destination_of_its_own(ex: Extractor) -> None:
    # only a sea or ocean locates a site; a region of countries is where the second move goes
    body = "The Netherlands flew four F-16 jets to Diego Garcia and dispatched a frigate to the Middle East on Monday."
    assert ("NL", "Middle East") in places(run(ex, body))


def test_a_region_whose_countries_are_given_as_examples_is_a_place(ex: Extractor) -> None:
    body = "In the Middle East, roughly 600 French personnel carry out training tasks, including in Jordan and Iraq."
    assert ("FR", "Middle East") in places(run(ex, body))


def test_the_number_of_forces_in_a_region_keeps_the_region(ex: Extractor) -> None:
    body = (
        "Spain will deploy a 700-strong battalion to Jordan next week, a step that would raise the number of "
        "Spanish soldiers across the Middle East past 2,200."
    )
    assert {("ES", "Jordan"), ("ES", "Middle East")} <= places(run(ex, body))


def test_arctic_and_caribbean_waters_are_places(ex: Extractor) -> None:
    # seas and straits the gazetteer lacked: each is its own place, not the country whose name it holds
    claims = run(ex, "Two Russian frigates spent the week in the Chukchi Sea, the navy said.")
    assert ("RU", "Chukchi Sea") in places(claims)
    claims = run(ex, "A Japanese destroyer was patrolling the Beaufort Sea on Friday.")
    assert ("JP", "Beaufort Sea") in places(claims)
    claims = run(ex, "Three Mexican patrol boats were deployed to the Straits of Florida last week.")
    assert places(claims) == {("MX", "Straits of Florida")}


def test_guantanamo_bay_is_in_cuba(ex: Extractor) -> None:
    claims = run(ex, "The submarine USS Helena arrived at Guantanamo Bay on Monday with about 140 sailors aboard.")
    assert figs(claims) == {("US", "troops", 140)}
    assert {c.location.country_code for c in claims if c.location} == {"CU"}


def test_a_named_sea_beyond_the_old_table_is_where_ships_are(ex: Extractor) -> None:
    claims = run(ex, "Two Russian submarines were spotted in the Irish Sea last week.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("RU", "Irish Sea")}


@pytest.mark.parametrize("side", ["southern", "north-western", "eastern"])
def test_a_side_of_a_states_coast_is_that_state(ex: Extractor, side: str) -> None:
    claims = run(ex, f"Two Dutch patrol boats began patrols off Aruba's {side} coast on Sunday.")
    assert {c.location.country_code for c in claims if c.location} == {"AW"}


def test_a_region_that_describes_a_country_is_no_place(ex: Extractor) -> None:
    body = "Britain deployed 200 Royal Marines to Fiji, its first such deployment to the Pacific island nation."
    assert locs(run(ex, body)) == {("GB", "FJ")}


def test_the_region_itself_is_still_a_place(ex: Extractor) -> None:
    assert {c.location.name for c in run(ex, "Fiji sent 40 soldiers to the Pacific.") if c.location} == {
        "Pacific Ocean"
    }


def test_small_allied_air_bases_are_places(ex: Extractor) -> None:
    assert locs(run(ex, "Six U.S. P-8 aircraft are based at Sigonella.")) == {("US", "IT")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 80 Slovak soldiers arrived at Camp Butmir on Friday.", ("SK", "BA")),
        ("Two Kenyan soldiers were wounded at Sabiid on Friday.", ("KE", "SO")),
        ("Two Ugandan helicopters are based at Baledogle.", ("UG", "SO")),
        ("Six U.S. F-35B jets landed at Roosevelt Roads on Monday.", ("US", "PR")),
        ("About 300 Turkish soldiers are stationed at the Zilkan base.", ("TR", "IQ")),
        ("Two Chinese navy ships patrolled near the Pratas Islands on Monday.", ("CN", "TW")),
        ("Two U.S. missile launchers were deployed to Batanes.", ("US", "PH")),
        ("The Australian destroyer docked at Subic Bay on Sunday.", ("AU", "PH")),
        ("Two Chinese warships sailed near Iriomote on Saturday.", ("CN", "JP")),
    ],
)
def test_curated_military_sites_are_places(ex: Extractor, body: str, expected: tuple[str, str]) -> None:
    assert expected in locs(run(ex, body))


def test_hinniyeh_is_a_site_in_lebanon(ex: Extractor) -> None:
    body = "About 400 Chinese engineers are based near Hinniyeh, the mission said."
    assert ("CN", "LB") in locs(run(ex, body))


@pytest.mark.parametrize(("demonym", "code"), [("Montenegrin", "ME"), ("Thai", "TH"), ("Togolese", "TG")])
def test_a_demonym_listed_among_a_states_aliases_still_names_its_land(ex: Extractor, demonym: str, code: str) -> None:
    got = run(ex, f"Two Italian F-35s entered {demonym} airspace on Monday.")
    assert ("IT", code) in locs(got)


def test_coordinated_demonyms_share_the_land_word_after_the_second(ex: Extractor) -> None:
    got = run(ex, "Four Greek F-16s policed Slovenian and Croatian airspace last month.")
    assert {("GR", "SI"), ("GR", "HR")} <= locs(got)


def test_an_island_named_after_a_base_on_it_is_no_second_place(ex: Extractor) -> None:
    got = run(ex, "New Zealand flew about 40 airmen to Kadena Air Base on the Japanese island of Okinawa last week.")
    assert [c.location.name for c in got if c.location is not None] == ["Kadena Air Base"]


def test_the_region_is_no_sea_unless_the_sentence_is_about_ships(ex: Extractor) -> None:
    body = (
        "Canada will send 600 more soldiers to the Middle East. Two patrol aircraft moved to the Arabian Sea. "
        "Canada had about 400 troops in the region last year."
    )
    got = {(c.figure.value, c.location.name) for c in run(ex, body) if c.figure and c.location}
    assert (400, "Middle East") in got
    body = "A Danish frigate sailed for the Gulf of Guinea. The ship, with 170 crew, will patrol the region until May."
    assert ("DK", "Gulf of Guinea") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}


def test_a_sea_naming_a_coast_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 200 Chilean soldiers will train at a camp on Colombia's Caribbean coast.")
    assert {c.location.name for c in claims if c.location} == {"Colombia"}
    claims = run(ex, "Two Chilean frigates are patrolling the Caribbean.")
    assert ("CL", None) in locs(claims)


def test_luzon_and_the_luzon_strait_are_places(ex: Extractor) -> None:
    claims = run(ex, "About 300 Australian troops are in northern Luzon for the drills.")
    assert ("AU", "troops", 300) in figs(claims)
    assert ("AU", "PH") in locs(claims)
    claims = run(ex, "Two Chinese destroyers sailed through the Luzon Strait on Monday.")
    assert {c.location.name for c in claims if c.location} == {"Luzon Strait"}


def test_a_region_named_before_the_countries_that_spell_it_out_keeps_the_count(ex: Extractor) -> None:
    claims = run(ex, "Turkey has about 3,000 soldiers in Europe, at bases in Poland, Romania and Estonia.")
    assert ("TR", 3000, "Europe") in _placed(claims)
    assert {"PL", "RO", "EE"} <= {c.location.country_code for c in claims if c.location}


def test_a_share_in_one_country_leaves_the_whole_count_in_the_region(ex: Extractor) -> None:
    claims = run(ex, "Turkey has roughly 8,000 troops stationed across Europe, around 3,500 of them in Poland.")
    assert {("TR", 8000, "Europe"), ("TR", 3500, "Poland")} <= _placed(claims)


def test_a_region_named_after_its_country_still_yields_to_it(ex: Extractor) -> None:
    claims = run(ex, "Turkey has about 3,000 soldiers in Poland, the largest foreign contingent in Europe.")
    assert "Europe" not in {c.location.name for c in claims if c.location}


@pytest.mark.parametrize("gap", [", in occupied southern", ", in south-eastern", ", in the north-east of"])
def test_the_country_after_a_region_only_says_where_the_region_is(ex: Extractor, gap: str) -> None:
    body = f"Chadian troops are deployed in Nigeria's Borno State{gap} Nigeria."
    names = {n for _, n in _names(run(ex, body))}
    assert "Nigeria" not in names
    assert names


def test_the_sea_a_country_lies_on_is_no_deployment(ex: Extractor) -> None:
    body = "About 150 Chadian soldiers arrived in Togo, making the small state on the Gulf of Guinea their newest base."
    assert {name for _, name in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}} == {"Togo"}
    claims = run(ex, "Chinese warships arrived in the Gulf of Guinea.")
    assert ("CN", "Gulf of Guinea") in {(c.actor.code, c.location.name) for c in claims if c.location}


def test_the_island_of_a_place_is_that_place(ex: Extractor) -> None:
    got = run(ex, "Four U.S. B-52 bombers remain on the island of Guam, the Air Force said.")
    assert ("US", "equipment", 4) in figs(got)
    assert [c.location.name for c in got if c.location] == ["Guam"]


def test_a_sea_that_only_locates_a_port_is_no_place_of_forces(ex: Extractor) -> None:
    got = run(ex, "Turkey sent three frigates to Samsun on the Black Sea, the navy said.")
    assert "Black Sea" not in [c.location.name for c in got if c.location]
    got = run(ex, "Turkey sent three frigates to the Black Sea, the navy said.")
    assert [c.location.name for c in got if c.location] == ["Black Sea"]


def test_the_sahel_is_too_vague_to_place_forces(ex: Extractor) -> None:
    body = "The French contingent of 1,200 soldiers was long the core of Europe's strategy in the Sahel."
    assert not any(c.location is not None and c.location.name == "Sahel" for c in run(ex, body))
    body = "Italian military trainers have been deployed across the Sahel since 2019, a ministry spokesman said."
    assert not any(c.location is not None and c.location.name == "Sahel" for c in run(ex, body))
    # a country of the belt still places them
    body = "About 300 Italian military trainers are deployed in Niger, in the heart of the Sahel."
    assert ("IT", "NE") in locs(run(ex, body))


def test_names_joined_before_a_plural_region_word_each_name_the_region(ex: Extractor) -> None:
    body = "North Korean troops have been moved to the Kharkiv and Sumy directions, the ministry said."
    got = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("KP", "Kharkiv Oblast") in got
    assert ("KP", "Sumy Oblast") in got
    assert ("KP", "Kharkiv") not in got


def test_a_hyphenated_pair_naming_a_boundary_is_neither_place(ex: Extractor) -> None:
    got = run(ex, "Ghana sent 12 observers to the Eritrea-Ethiopia border in 2001.")
    assert figs(got) == {("GH", "troops", 12)}
    assert not locs(got)
    assert locs(run(ex, "Ghana sent 12 observers to Eritrea in 2001.")) == {("GH", "ER")}


def test_two_compass_parts_of_one_place_are_that_place(ex: Extractor) -> None:
    got = run(ex, "The Wagner Group has about 1,500 fighters in northern and central Mali.")
    assert locs(got) == {("wagner-group", "ML")}


def test_a_province_named_after_its_countrys_possessive_is_the_part_of_it(ex: Extractor) -> None:
    got = run(ex, "Belarusian volunteers were fighting in occupied parts of Ukraine's Kherson region, Kyiv said.")
    assert {c.location.name for c in got if c.location} == {"Kherson Oblast"}


def test_an_oceans_name_before_island_or_territory_is_no_place(ex: Extractor) -> None:
    body = "About 40 Turkish instructors arrived in the Comoros, months after a coup on the Indian Ocean island."
    got = run(ex, body)
    assert locs(got) == {("TR", "KM")}
    body = "Spain sent 300 marines to the Canary Islands, bringing its forces in the Atlantic territory to 2,000."
    assert all(c.location is None or c.location.country_code is not None for c in run(ex, body))


def test_a_patrol_of_a_sea_is_a_place(ex: Extractor) -> None:
    body = "The Kenyan navy said its patrol ship KNS Jasiri, with about 70 sailors, began a patrol of the Gulf of Aden."
    assert locs(run(ex, body)) == {("KE", None)}
    assert {c.location.name for c in run(ex, body) if c.location} == {"Gulf of Aden"}


@pytest.mark.parametrize(
    ("body", "want", "place"),
    [
        (
            "The United States deployed six F-35 jets to Al Minhad Air Base.",
            ("US", "equipment", 6),
            "Al Minhad Air Base",
        ),
        ("The US sent 200 Marines to Erbil Air Base.", ("US", "troops", 200), "Erbil Air Base"),
        ("Israel deployed 2,000 troops to the Philadelphi Corridor.", ("IL", "troops", 2000), "Philadelphi Corridor"),
        ("The UAE stationed 300 troops at Berbera airport.", ("AE", "troops", 300), "Berbera airport"),
        ("The US sent 1,000 troops to Redzikowo.", ("US", "troops", 1000), "Redzikowo"),
        ("The US deployed 12 F-15E jets to RAF Lakenheath.", ("US", "equipment", 12), "RAF Lakenheath"),
        ("China deployed 12 ships near Mischief Reef.", ("CN", "equipment", 12), "Mischief Reef"),
        ("The US deployed 300 troops to Soto Cano Air Base.", ("US", "troops", 300), "Soto Cano Air Base"),
        ("Venezuela sent 2,000 soldiers to the Essequibo region.", ("VE", "troops", 2000), "Essequibo"),
        ("France has 6,000 troops in West Africa.", ("FR", "troops", 6000), "West Africa"),
        ("China sent 30 warships into the Bohai Sea for drills.", ("CN", "equipment", 30), "Bohai Sea"),
        ("Russia sent 20 aircraft to the Kant air base in Kyrgyzstan.", ("RU", "equipment", 20), "Kant air base"),
        ("Turkey sent 1,500 troops into Idlib province.", ("TR", "troops", 1500), "Idlib"),
        ("Eritrea deployed 10,000 troops in the Tigray region.", ("ER", "troops", 10000), "Tigrai"),
        ("Burundi sent 1,000 troops to North Kivu province.", ("BI", "troops", 1000), "Nord-Kivu"),
    ],
)
def test_a_claim_takes_the_new_place(ex: Extractor, body: str, want: tuple, place: str) -> None:
    got = run(ex, body)
    assert want in figs(got)
    assert place in [c.location.name for c in got if c.location is not None and c.actor.code == want[0]]


def test_a_countrys_resource_sites_lie_in_the_country(ex: Extractor) -> None:
    assert ("wagner-group", "LY") in locs(run(ex, "The Wagner Group was active in Libya's oil fields until 2023."))
    assert ("wagner-group", "ML") in locs(
        run(ex, "Wagner has operated in Mali's gold sector since 2022.")
    )


def test_the_demonym_of_the_places_own_country_before_it_is_a_modifier(ex: Extractor) -> None:
    body = "Roughly 700 U.S. personnel will remain in the Iraqi Kurdistan Region after the drawdown."
    got = run(ex, body)
    assert ("US", "troops", 700) in figs(got)
    assert ("US", "IQ") in locs(got)


def test_an_airport_named_after_a_person_is_no_town_of_that_name(ex: Extractor) -> None:
    # Mogadishu's airport bears a president's name, whose first word is also a Yemeni port's
    body = "Some 300 Burundian troops flew into Aden Adde International Airport on Sunday."
    got = run(ex, body)
    assert ("BI", "SO") in locs(got)
    assert ("BI", "YE") not in locs(got)


def test_a_two_word_sea_before_island_of_is_an_adjective_of_the_island(ex: Extractor) -> None:
    # "the South Atlantic island of X": the island after "of" is where the aircraft went
    claims = run(ex, "Britain flew four Typhoon jets to the South Atlantic island of Ascension on Monday.")
    assert _names(claims) == {("GB", "Ascension")}


def test_a_ship_named_after_a_town_after_its_kind_is_no_place(ex: Extractor) -> None:
    # "the frigate Weifang": a vessel's kind in lower case, then its name; "the base" still refers to the port
    body = (
        "Three Pakistani warships docked at the naval base in Salalah on Friday. The destroyer Badr and the frigate "
        "Weifang will relieve two ships that are heading home. About 300 sailors are now at the base."
    )
    assert _placed(run(ex, body)) >= {("PK", 300, "Şalālah")}
    assert "Weifang" not in {n for _, _, n in _placed(run(ex, body))}


def test_the_gulf_on_its_own_is_the_middle_east(ex: Extractor) -> None:
    # "entered the Gulf": the Persian Gulf of the news, not a province named Gulf
    claims = run(ex, "The destroyer USS Mason sailed into the Gulf on Friday with about 280 sailors aboard.")
    assert places(claims) == {("US", "Middle East")}


def test_a_capitalised_line_label_before_a_dash_places_the_lines_count(ex: Extractor) -> None:
    # "* NORWAY - ..." is a fact box's label as "- Norway: ..." is, when the line names no place of its own
    body = (
        "The biggest foreign detachments in the north, by official count:\n"
        "* NORWAY - Spain's marine battalion, 700 marines, ashore since January.\n"
        "* FINLAND - Some 450 Dutch troops, spread over the east of the country."
    )
    claims = run(ex, body)
    assert {("ES", "NO"), ("NL", "FI")} <= locs(claims)
