"""Extraction rules learned from the misses of held-out set 32 (a state's office-holder is no place, civilians
are no forces, the share's clause after "of whom", firing rates and hedged negative findings).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


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


def test_no_credible_evidence_is_a_negative_finding(ex: Extractor) -> None:
    body = "There is no credible evidence that Iranian ground units have crossed into Iraq, officials said."
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.location is not None)
    body = "Officials said they had found no hard evidence that Belarusian troops were in Kursk."
    assert all(c.denied for c in run(ex, body) if c.location is not None)


def test_where_fired_munitions_were_aimed_is_a_target_not_a_location(ex: Extractor) -> None:
    body = "Six British Typhoons flew from Cyprus to drop 12 Paveway bombs on Houthi depots near Hodeidah on Friday."
    got = run(ex, body)
    assert ("GB", "YE") not in locs(got)
    assert ("GB", "equipment", 6) in figs(got)
    body = "A French frigate fired eight cruise missiles at a radar site, near Latakia, the ministry said."
    assert ("FR", "SY") not in locs(run(ex, body))


def test_a_ship_that_fired_earlier_is_still_placed_where_it_now_is(ex: Extractor) -> None:
    body = "The British destroyer, which fired 20 missiles at Houthi drones in March, is now at Souda Bay in Crete."
    assert ("GB", "GR") in locs(run(ex, body))


def test_a_denial_in_a_later_clause_leaves_the_places_before_it_claimed(ex: Extractor) -> None:
    body = (
        "Officials said Belarusian troops were stationed in Kursk, but found no evidence that they had been "
        "used in Ukraine's Sumy region."
    )
    got = run(ex, body)
    assert ("BY", "RU") in locs(got)
    assert all(c.denied for c in got if c.location is not None and c.location.country_code == "UA")
    body = "Minsk denied that Belarusian troops were in Kursk, and said none had been sent to Bryansk."
    assert locs(run(ex, body)) == set()


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


def test_a_count_that_refers_back_to_the_region_keeps_that_place(ex: Extractor) -> None:
    body = (
        "The carrier group has operated in the Middle East since April, the navy said.\n\n"
        "About 30,000 British troops are based in the region, including some 2,000 at Akrotiri in Cyprus."
    )
    got = run(ex, body)
    by_value = {c.figure.value: c.location.name for c in got if c.figure and c.location}
    assert by_value[30000] == "Middle East"
    assert by_value[2000] != "Middle East"


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


def test_the_place_forces_were_moved_off_is_not_where_they_are(ex: Extractor) -> None:
    body = (
        "Houthi drones struck near the British base at Akrotiri in Cyprus on Monday, officials said.\n\n"
        "British officials said some aircraft and some troops were moved off the base last week as a precaution."
    )
    got = run(ex, body)
    assert not [c for c in got if c.location is not None and c.topic == "troops"]
    body = (
        "Britain keeps about 2,000 troops at Akrotiri in Cyprus, officials said.\n\n"
        "British officials said more aircraft were moved to the base last week."
    )
    assert ("GB", "CY") in locs(run(ex, body))


def test_where_prisoners_are_taken_is_a_custody_place(ex: Extractor) -> None:
    body = (
        "Two Belarusian soldiers were captured near Kharkiv, the SBU said.\n\n"
        "The prisoners, aged 22 and 31, have been transferred to Lviv, where they are being held in a detention "
        "facility."
    )
    got = run(ex, body)
    assert not [c for c in got if c.location is not None and c.location.name == "Lviv"]


def test_a_speakers_region_is_no_place_referred_back_to(ex: Extractor) -> None:
    body = (
        "Turkey has moved 300 soldiers to Niger, officials said.\n\n"
        "Analysts in the region say the Alliance of Sahel States sees Ankara as a partner."
    )
    got = run(ex, body)
    assert [c for c in got if c.actor.code == "aes-unified-force" and c.location is not None] == []
