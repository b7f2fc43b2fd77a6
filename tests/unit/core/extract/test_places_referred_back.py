"""Places referred back to: "the country", "there", "the base", "the region", "the province" and the place they
stand for.

A back-reference carries a place between clauses and sentences, so it must find the right antecedent and no
other; the sentences are written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from extract_helpers import figs, locs, placed_countries, run
from extract_helpers import placed_names as _placed

from claimwatch.core.extract import Extractor
from claimwatch.models import NewsItem


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


def test_the_province_refers_back_to_the_last_province_named(ex: Extractor) -> None:
    claims = run(
        ex,
        "Militants have attacked towns across Cabo Delgado province. Leaders met in Maputo, where Zimbabwe and "
        "Botswana pledged troops. Rwanda began deploying 1,000 soldiers to the province in July.",
    )
    assert any(c.actor.code == "RW" and c.location and c.location.name == "Cabo Delgado" for c in claims)


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


def test_an_anaphor_described_by_its_complement_refers_back_to_nothing(ex: Extractor) -> None:
    body = (
        "The ceasefire line runs between Israel and Syria, officials in Damascus said.\n\n"
        "Ghanaian soldiers patrol the area of separation."
    )
    assert not any(c.location for c in run(ex, body))
    # "the country of 5 million people" still refers back
    body = (
        "Russian mercenaries have been in Mali since 2021.\n\n"
        "The country of about 20 million people has been their main base, hosting about 1,500 mercenaries."
    )
    assert any(c.location and c.location.country_code == "ML" and c.figure for c in run(ex, body))


def test_there_after_a_relative_clause_refers_to_the_place_it_names(ex: Extractor) -> None:
    body = (
        "Turkey has deployed trainers to Somalia.\n\n"
        "Al-Shabaab, which has attacked Kenya's coastal towns since 2011, still keeps its largest units there."
    )
    got = locs(run(ex, body))
    assert ("al-shabaab", "KE") in got
    assert ("al-shabaab", "SO") not in got


def test_there_does_not_mean_a_neighbour_named_as_a_border(ex: Extractor) -> None:
    body = (
        "Analysts described a new airstrip in Niger close to the borders with Chad and Libya. "
        "Turkish drones were seen there on Monday."
    )
    assert ("TR", "LY") not in locs(run(ex, body))


def test_the_country_after_a_countrys_own_rulers_is_that_country(ex: Extractor) -> None:
    body = "Wagner fighters arrived in Libya in 2019. Mali's junta says 1,000 Wagner troops are now in the country."
    assert ("wagner-group", "ML") in locs(run(ex, body))
    body = (
        "Wagner fighters arrived in the Central African Republic in 2018. "
        "Russia's ambassador said 1,890 Wagner instructors were in the country."
    )
    got = locs(run(ex, body))
    assert ("wagner-group", "CF") in got
    assert ("wagner-group", "RU") not in got


def test_a_count_that_refers_back_to_the_region_keeps_that_place(ex: Extractor) -> None:
    body = (
        "The carrier group has operated in the Middle East since April, the navy said.\n\n"
        "About 30,000 British troops are based in the region, including some 2,000 at Akrotiri in Cyprus."
    )
    got = run(ex, body)
    by_value = {c.figure.value: c.location.name for c in got if c.figure and c.location}
    assert by_value[30000] == "Middle East"
    assert by_value[2000] != "Middle East"


def test_a_speakers_region_is_no_place_referred_back_to(ex: Extractor) -> None:
    body = (
        "Turkey has moved 300 soldiers to Niger, officials said.\n\n"
        "Analysts in the region say the Alliance of Sahel States sees Ankara as a partner."
    )
    got = run(ex, body)
    assert [c for c in got if c.actor.code == "aes-unified-force" and c.location is not None] == []


def test_the_country_refers_back_to_a_country_not_to_a_region(ex: Extractor) -> None:
    body = (
        "Washington has ended its partnership with Chad, long the hub of American operations in the Sahel. "
        "The Pentagon will withdraw the 300 American troops in the country by May."
    )
    assert _placed(run(ex, body), 300) == {"Chad"}
    # the forces' own state named in between is not the country meant
    body = (
        "Germany agreed to pull its soldiers out of Mali, ending a mission that made it a pillar of European "
        "operations in the Sahel. Officials in Berlin said the 900 German troops in the country would leave by June."
    )
    assert _placed(run(ex, body), 900) == {"Mali"}
    # a city named last stays the place meant: it lies in a country
    body = "Russia flew 200 instructors into Bangui. About 1,000 Wagner fighters are in the country, a diplomat said."
    assert _placed(run(ex, body), 1000) == {"Bangui"}


def test_elsewhere_in_the_region_is_not_the_place_named_before(ex: Extractor) -> None:
    body = (
        "About 300 Dutch marines arrived in Cyprus on Monday. "
        "Officials said the marines had been drawn from units already serving elsewhere in the region."
    )
    got = run(ex, body)
    assert len([c for c in got if c.location is not None and c.location.name == "Cyprus"]) == 1


def test_the_agent_of_a_passive_is_no_place_to_refer_back_to(ex: Extractor) -> None:
    body = (
        "A mining firm registered in Bamako was sanctioned by the United States last year. "
        "Wagner has about 1,500 fighters in the country, diplomats said."
    )
    got = run(ex, body)
    assert ("wagner-group", "US") not in locs(got)
    assert ("wagner-group", "ML") in locs(got)


def test_a_place_named_by_its_part_is_the_one_the_city_refers_back_to(ex: Extractor) -> None:
    body = (
        "Around 1,000 Turkish soldiers have been flown from Turkey to Misrata since April. The flights left from "
        "Incirlik air base, east of Adana, and landed at Misrata's airport, the sources said. About 150 of the new "
        "arrivals are air-defence specialists assigned to protect the city."
    )
    got = run(ex, body)
    assert placed_countries(got, 150) == {("TR", "LY")}


def test_there_after_a_place_and_its_region_is_the_place(ex: Extractor) -> None:
    body = "Djibouti, on the Horn of Africa, is home to several foreign bases. Japan keeps about 180 troops there."
    assert _placed(run(ex, body), 180) == {"Djibouti"}
    # a region named on its own is still what "there" means
    body = "Tensions rose across the Horn of Africa last year. Japan keeps about 180 troops there."
    assert _placed(run(ex, body), 180) == {"Horn of Africa"}


def test_the_base_there_is_in_the_last_place_named_whatever_its_kind(ex: Extractor) -> None:
    body = (
        "About 100 Italian personnel remain at a camp near Niamey. Italy also keeps soldiers in Djibouti. "
        "The base there hosts 12 helicopters."
    )
    assert _placed(run(ex, body), 12) == {"Djibouti"}
    # "the base" alone still means the last base or city named
    body = "About 100 Italian personnel remain at a camp near Niamey. The base hosts 12 helicopters."
    assert _placed(run(ex, body), 12) == {"Niamey"}


def test_the_base_is_the_last_base_named_not_a_later_target(ex: Extractor) -> None:
    body = (
        "Iran fired missiles at Al Udeid Air Base in Qatar on Monday, two days after American bombers struck "
        "targets near Isfahan. Qatar said its air defenses, backed by US Patriot batteries, stopped all but one "
        "of the missiles, which landed in an empty area of the base."
    )
    got = run(ex, body)
    assert ("US", "QA") in locs(got)
    assert ("US", "IR") not in locs(got)
    # with no base named, "the base" is still the last city
    body = "About 100 Italian personnel remain at a camp near Niamey. The base hosts 12 helicopters."
    assert _placed(run(ex, body), 12) == {"Niamey"}


def test_an_ocean_that_only_locates_an_island_is_not_the_region_referred_back_to(ex: Extractor) -> None:
    body = (
        "The Pentagon is sending a second aircraft carrier to the Middle East, officials said.\n\n"
        "The USS Ford will join the USS Nimitz in the region by the end of the month, a spokesman said.\n\n"
        "Four B-52 bombers remain on the island of Diego Garcia in the Indian Ocean, where they arrived in April.\n\n"
        "The Nimitz has been in the region since January, when it arrived with some 5,000 sailors aboard."
    )
    got = {(c.actor.code, c.figure.value, c.location.name) for c in run(ex, body) if c.figure and c.location}
    assert ("US", 5000, "Middle East") in got
    assert ("US", 5000, "Indian Ocean") not in got


def test_ships_sent_to_an_ocean_are_still_in_the_region_referred_back_to(ex: Extractor) -> None:
    body = (
        "Two Indian destroyers were sent to the Indian Ocean last month, the navy said.\n\n"
        "The ships have been in the region since May with about 600 sailors aboard."
    )
    got = {(c.actor.code, c.figure.value, c.location.name) for c in run(ex, body) if c.figure and c.location}
    assert ("IN", 600, "Indian Ocean") in got


def test_the_region_is_the_region_most_places_named_lie_in(ex: Extractor) -> None:
    body = (
        "Bahrain hosts about 9,000 American sailors. Jordan hosts about 3,000 American troops. A radar unit now in "
        "Jordan was moved from a base in Japan in the spring. About 45,000 American troops were in the region in "
        "December, officials said."
    )
    assert _placed(run(ex, body), 45000) == {"Middle East"}


def test_the_region_without_a_clear_region_keeps_the_place_named_last(ex: Extractor) -> None:
    # one country named: no region holds two of them, the place named stays the one meant
    body = "About 2,000 French troops are stationed in Djibouti. Some 500 more were sent to the region in May."
    assert _placed(run(ex, body), 500) == {"Djibouti"}


def test_a_site_ranked_in_the_region_is_no_reference_back(ex: Extractor) -> None:
    body = (
        "Jordan says drones aimed at Muwaffaq Salti were shot down.\n\n"
        "Jordan's army says its air defences shot down Syrian drones fired at Muwaffaq Salti Air Base, the largest "
        "US military facility in the region, and that no one was hurt."
    )
    assert not any(c.location is not None for c in run(ex, body) if c.actor.code == "SY")
    # forces in the region still refer back
    body = "Jordan hosts about 3,000 US troops. Kuwait hosts 13,000 more. About 40,000 US troops are in the region."
    assert ("US", None) in {(c.actor.code, c.location.country_code) for c in run(ex, body) if c.location}


def test_a_count_whose_place_the_source_did_not_give_takes_none_named_before(ex: Extractor) -> None:
    body = (
        "The agency said about 300 Ghanaian recruits were fighting for Russian units around Kupiansk, and that it "
        "had identified 120 Indian citizens serving in the Russian army, without saying where."
    )
    got = {(c.actor.code, c.figure.value if c.figure else None, c.location is not None) for c in run(ex, body)}
    assert ("gh-fighters", 300, True) in got
    assert ("in-fighters", 120, True) not in got


def test_a_state_describing_a_speaker_is_no_place_the_country_refers_to(ex: Extractor) -> None:
    body = (
        "The United States has agreed to pull its forces out of Chad, the newspaper reported, citing U.S. "
        "officials, ending a partnership of many years.\n\n"
        "According to the paper, officials accepted a demand to withdraw the more than 300 American military "
        "personnel in the country."
    )
    got = locs(run(ex, body))
    assert ("US", "TD") in got


def test_a_statements_city_is_not_the_area_referred_to_next(ex: Extractor) -> None:
    body = (
        "Gunmen attacked a MONUSCO base near Beni on Friday. In New York, a statement issued by the Council called"
        " the attack a war crime. MONUSCO has about 11,000 troops in the area."
    )
    got = run(ex, body)
    assert all(c.location is None or c.location.country_code == "CD" for c in got)


def test_the_region_is_not_a_region_of_the_forces_own_state(ex: Extractor) -> None:
    body = (
        "About 600 U.S. troops are in Iraq, 900 in Syria and 8,000 in Bahrain. "
        "Bombers from Barksdale in Louisiana flew a mission on Monday. "
        "All told, U.S. force levels in the region stand at about 41,000."
    )
    got = run(ex, body)
    assert any(
        c.figure is not None and c.figure.value == 41000 and c.location is not None and c.location.name == "Middle East"
        for c in got
    )


def test_the_country_after_the_sponsor_of_a_group_was_named_is_the_country_before(ex: Extractor) -> None:
    body = (
        "The Wagner Group has guarded the president in the Central African Republic since 2018. "
        "Under the deal, Bangui pays in cash. Moscow had asked for more money. "
        "About 1,300 Wagner contractors were in the country by December."
    )
    got = run(ex, body)
    assert ("wagner-group", "troops", 1300) in figs(got)
    assert any(
        c.figure is not None and c.figure.value == 1300 and c.location is not None and c.location.country_code == "CF"
        for c in got
    )


def test_the_state_someone_told_is_not_the_country_referred_back_to(ex: Extractor) -> None:
    body = (
        "About 300 Russian instructors arrived in Bangui last week, officials said.\n\n"
        "The price was not disclosed, a government source told FRANCE 24.\n\n"
        "Rwanda, which has about 1,100 troops in the country, declined to comment."
    )
    claims = run(ex, body)
    assert ("RW", "CF") in locs(claims)
    assert ("RW", "FR") not in locs(claims)


def test_the_country_others_left_is_where_those_remaining_are(ex: Extractor) -> None:
    body = "Months after Berlin pulled a helicopter unit out of Mali, about 200 German soldiers remain in the country."
    assert ("DE", "ML") in locs(run(ex, body))


def test_the_region_of_a_body_that_names_none_yet_is_the_one_the_headline_names(ex: Extractor) -> None:
    item = NewsItem(
        id="t-1",
        source="Test Wire",
        published_at=datetime(2025, 3, 14, 12, tzinfo=UTC),
        title="How France's forces are spread across the Horn of Africa",
        body="France now keeps about 1,600 troops across the region, up from 1,200 last year. Most are in Djibouti.",
    )
    claims = ex.extract(item)
    assert "Horn of Africa" in _placed(claims, 1600)
    # with no region in the headline the count stays unplaced
    item = item.model_copy(update={"title": "How France's forces are spread"})
    assert not _placed(ex.extract(item), 1600)


def test_the_city_is_not_the_seat_of_the_embassy_that_spoke(ex: Extractor) -> None:
    body = (
        "The British frigate HMS Iron Duke docked at Piraeus port on Monday for a three-day port call, the British "
        "embassy in Athens said.\n\n"
        "The frigate sailed in from Malta, where it had trained for two weeks. About 190 of its crew are to "
        "go ashore on leave in the city, according to the embassy."
    )
    assert _placed(run(ex, body), 190) == {"Piraeus"}


def test_a_capital_named_right_after_the_word_is_no_reference_back(ex: Extractor) -> None:
    body = (
        "The cruiser arrived in Brest on Friday after a week of drills, the French navy said.\n\n"
        "The rebels, who hold much of the north including the capital Bamako, say their raids target army convoys."
    )
    assert "Brest" not in {c.location.name for c in run(ex, body) if c.location and c.actor.code != "FR"}


def test_the_country_is_the_topic_the_sentence_opens_with(ex: Extractor) -> None:
    # "Asked about X, ... in the country": the country fronted as the topic, not the place of the sentence before
    body = (
        "British jets landed at Akrotiri in Cyprus. Asked about Estonia, the minister said Britain had about 900 "
        "troops in the country."
    )
    assert placed_countries(run(ex, body), 900) == {("GB", "EE")}


def test_a_roundups_capitalised_heading_places_the_counts_of_its_section(ex: Extractor) -> None:
    # a digest's "GUINEA-BISSAU" heading says where the section's counts are, until a heading that names no place
    body = (
        "Our weekly digest of deployments.\n\nGUINEA-BISSAU\n\n"
        "Senegal will send up to 350 gendarmes and soldiers next month, officials in Dakar said.\n\n"
        "BUDGETS\n\nGhana will add 120 soldiers, its army said."
    )
    got = run(ex, body)
    assert ("SN", "GW") in locs(got)
    assert not any(a == "GH" for a, _ in locs(got))


def test_the_region_does_not_refer_back_to_a_heading_whose_section_has_ended(ex: Extractor) -> None:
    # a digest's heading ("EUROPE") places only its own section: a later "in the region" is the region named in text
    body = (
        "Our weekly digest.\n\nGULF\n\n- The Pentagon said it would send about 1,700 additional troops to the "
        "Middle East.\n\nEUROPE\n\n- Spain's parliament passed its budget.\n\nOUTLOOK\n\nThe move reverses a "
        "drawdown.\n\nBackground:\n\n- In May about 31,000 Americans served in the region, officials said."
    )
    assert _placed(run(ex, body), 31000) == {"Middle East"}


def test_the_country_is_the_lines_label_when_two_counts_refer_back(ex: Extractor) -> None:
    # "- Chad: ... to the country, bringing ... to N": the line's label is what "the country" means, not the last
    # place of the line before
    body = (
        "- Losses: More than 20 Nepalis have been killed in Ukraine since 2033, Nepal's foreign ministry said. "
        "Their remains were flown home through Dubai.\n"
        "- Chad: Kenya sent a further 200 soldiers to the country in May, bringing its contingent to about 900."
    )
    got = run(ex, body)
    assert placed_countries(got, 200) == {("KE", "TD")}


def test_forces_that_joined_them_are_where_those_named_before_are(ex: Extractor) -> None:
    body = "Spain keeps three corvettes in the Gulf of Guinea. Portugal's patrol ship Zaire joined them on Friday."
    assert ("PT", "Gulf of Guinea") in {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    got = run(ex, "Austria has 90 engineers in Bosnia, and Slovenian sappers joined them in March.")
    assert ("SI", "BA") in locs(got)
    # a state that joined others in a statement moves no forces
    assert ("FR", "ML") not in locs(run(ex, "Spain has 300 soldiers in Mali. France joined them in calling for talks."))


def test_a_line_that_is_a_place_name_alone_heads_its_section(ex: Extractor) -> None:
    # "Niger" on a line of its own: the section under it is about that place, like "NIGER"
    body = (
        "Our monthly look at foreign forces in the Sahel.\n\n"
        "Niger\n\n"
        "About 80 Chilean instructors are now training the army, a diplomat said.\n\n"
        "Mali\n\n"
        "A rebel group said it had killed nine Chilean soldiers on the road between two villages.\n"
    )
    got = run(ex, body)
    assert placed_countries(got, 80) == {("CL", "NE")}
    assert placed_countries(got, 9) == {("CL", "ML")}


def test_forces_also_present_are_at_the_place_named_before(ex: Extractor) -> None:
    # "are also present" with no place of its own adds forces to where the sentence before put others
    claims = run(ex, "Chinese sailors are in Djibouti. Russian technicians are also present, officials said.")
    assert ("RU", "DJ") in locs(claims)
    claims = run(ex, "Chinese sailors are in Djibouti. Russian technicians are also present in Eritrea.")
    assert ("RU", "DJ") not in locs(claims)
    body = (
        "Turkey keeps about 400 drone operators in western Libya. Fighters of Kataib Hezbollah are also present, "
        "according to the report."
    )
    assert ("kataib-hezbollah", "LY") in locs(run(ex, body))


def test_a_hospital_is_no_place_the_base_refers_back_to(ex: Extractor) -> None:
    # the wounded flown to a medical center: "the base" later means a post of forces, not the hospital
    body = (
        "A drone strike on a U.S. outpost in Iraq wounded three U.S. soldiers. One was flown to Landstuhl Regional "
        "Medical Center in Germany.\n\nA militia claimed the strike, saying it had sent drones at the base."
    )
    assert all(c.location is None or c.location.country_code != "DE" for c in run(ex, body))
