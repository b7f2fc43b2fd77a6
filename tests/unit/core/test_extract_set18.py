"""Extraction rules learned from the misses of held-out set 18 (earlier estimates, calibres, observer teams, mines).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_an_earlier_estimate_after_up_from_keeps_the_topic(ex: Extractor) -> None:
    body = (
        "About 900 Eritrean soldiers have died in Tigray this year, the monitors said, up from their earlier"
        " estimate of 350."
    )
    assert figs(run(ex, body)) == {("ER", "casualties", 900), ("ER", "casualties", 350)}


def test_a_change_from_a_count_that_is_no_force_counts_nothing(ex: Extractor) -> None:
    body = (
        "France's frigate Vendemiaire has patrolled the Coral Sea since May, the French embassy said. Monitors have"
        " logged 41 suspected smuggling runs so far this year, down from 52 in 2024, according to an Australian tally."
    )
    assert figs(run(ex, body)) == set()


def test_a_hyphenated_calibre_is_a_modifier_of_the_counted_noun(ex: Extractor) -> None:
    body = "Poland has moved about 40 of its new 155-mm self-propelled howitzers to the east, officials said."
    got = figs(run(ex, body))
    assert got == {("PL", "equipment", 40)}


def test_observers_are_counted_as_personnel(ex: Extractor) -> None:
    assert figs(run(ex, "Sweden sent 8 observers to Kosovo on Monday.")) == {("SE", "troops", 8)}


def test_a_team_named_before_owns_its_strength(ex: Extractor) -> None:
    body = (
        "Fiji has joined the ASEAN Observer Team with two officers. The team, which now has about 60 observers,"
        " patrols the border."
    )
    assert ("asean-observer-team", "troops", 60) in figs(run(ex, body))
    body = (
        "Brunei will send 12 officers to the ASEAN Observer Team. The additions will bring the team to about 70"
        " observers."
    )
    assert ("asean-observer-team", "troops", 70) in figs(run(ex, body))


def test_bringing_it_to_gives_the_new_total_to_the_formation_just_named(ex: Extractor) -> None:
    got = figs(run(ex, "Ghana said it would send 150 more soldiers to the MNJTF, bringing it to about 11,000."))
    assert got == {("GH", "troops", 150), ("mnjtf", "troops", 11000)}


def test_a_count_of_two_states_nationals_in_apposition_is_no_ones(ex: Extractor) -> None:
    body = (
        "A Kenyan army officer serving with UNMISS was wounded near Malakal on Friday. Two other monitors travelling"
        " with him, a Nepali and a Zambian officer, were unhurt."
    )
    assert figs(run(ex, body)) == set()


def test_mines_cleared_or_laid_are_no_ones_equipment(ex: Extractor) -> None:
    assert figs(run(ex, "Ukraine's navy said its divers had cleared more than 700 mines from the coast.")) == set()
    assert figs(run(ex, "Romanian sappers found and destroyed 14 mines near Sulina last month.")) == set()
    assert ("RU", "equipment", 500) in figs(run(ex, "Russia has delivered 500 anti-tank mines to Mali."))


def test_a_hyphenated_pair_naming_a_boundary_is_neither_place(ex: Extractor) -> None:
    got = run(ex, "Ghana sent 12 observers to the Eritrea-Ethiopia border in 2001.")
    assert figs(got) == {("GH", "troops", 12)}
    assert not locs(got)
    assert locs(run(ex, "Ghana sent 12 observers to Eritrea in 2001.")) == {("GH", "ER")}


def test_two_compass_parts_of_one_place_are_that_place(ex: Extractor) -> None:
    got = run(ex, "The Wagner Group has about 1,500 fighters in northern and central Mali.")
    assert locs(got) == {("wagner-group", "ML")}


def test_supplies_handed_to_a_states_army_are_placed_in_that_state(ex: Extractor) -> None:
    got = run(ex, "Turkey delivered 30 armoured vehicles to Somalia's army last week.")
    assert ("TR", "SO") in locs(got)
    assert not locs(run(ex, "Turkey praised Somalia's army for its courage."))


def test_a_province_named_after_its_countrys_possessive_is_the_part_of_it(ex: Extractor) -> None:
    got = run(ex, "Belarusian volunteers were fighting in occupied parts of Ukraine's Kherson region, Kyiv said.")
    assert {c.location.name for c in got if c.location} == {"Kherson Oblast"}


def test_a_total_after_joining_a_formation_is_the_formations(ex: Extractor) -> None:
    body = (
        "The Dutch frigate Tromp, with about 200 sailors, joined the EU's Operation Atalanta off Somalia on Friday,"
        " bringing the number of warships on patrol to five."
    )
    got = figs(run(ex, body))
    assert ("NL", "troops", 200) in got
    assert ("atalanta", "equipment", 5) in got
    assert ("NL", "equipment", 5) not in got


def test_an_embargo_on_a_state_does_not_place_forces_there(ex: Extractor) -> None:
    got = run(ex, "Three Spanish warships are enforcing the arms embargo on Sudan in the Red Sea.")
    assert {c.location.name for c in got if c.location} == {"Red Sea"}


def test_ships_inspected_and_their_cargo_are_no_ones(ex: Extractor) -> None:
    body = (
        "Operation Atalanta has inspected 45 ships since May and diverted six of them. Its frigates inspected a"
        " dhow off Eyl and found 12 rocket launchers that were not declared."
    )
    assert figs(run(ex, body)) == set()


def test_the_planes_that_carried_forces_in_are_not_their_equipment(ex: Extractor) -> None:
    got = figs(run(ex, "About 200 Wagner Group fighters arrived in Bamako on three Il-76 transport planes."))
    assert got == {("wagner-group", "troops", 200)}


def test_a_downed_drone_named_with_its_owner_is_counted(ex: Extractor) -> None:
    got = figs(run(ex, "The RSF said it had shot down three Egyptian drones near El Obeid."))
    assert got == {("EG", "equipment", 3)}
    assert figs(run(ex, "Ukraine's air force said it had shot down 40 drones overnight.")) == set()


def test_a_denial_in_an_earlier_that_clause_does_not_deny_the_figure(ex: Extractor) -> None:
    body = (
        "The French embassy said there was no French military base in Chad and that about 120 French military"
        " personnel were in the country."
    )
    got = run(ex, body)
    assert [(c.figure.value, c.denied) for c in got if c.figure] == [(120, False)]


def test_specialists_are_personnel(ex: Extractor) -> None:
    got = figs(run(ex, "Three Chinese Army explosive ordnance disposal specialists are working in Laos."))
    assert got == {("CN", "troops", 3)}


def test_a_military_aircrafts_crew_is_counted(ex: Extractor) -> None:
    got = run(ex, "Canada's CP-140 and its crew of about 35 landed at Misawa on Monday.")
    assert figs(got) == {("CA", "troops", 35)}
    assert figs(run(ex, "A chartered Boeing 737 and its crew of about 12 landed in Kabul.")) == set()


def test_one_lost_from_forces_named_before_is_counted(ex: Extractor) -> None:
    got = figs(run(ex, "About 300 French soldiers are in Chad. One was wounded in an ambush near Abeche on Monday."))
    assert ("FR", "casualties", 1) in got
    assert figs(run(ex, "Three civilians were hurt in the blast. One was killed, police said.")) == set()
    body = "About 300 French soldiers are in Chad. No one was hurt in the attack."
    assert figs(run(ex, body)) == {("FR", "troops", 300)}


def test_a_partitive_of_a_teams_members_names_their_state(ex: Extractor) -> None:
    body = (
        "The ASEAN Observer Team patrols the border. One of its Malaysian members was wounded by a landmine near"
        " Anlong Veng on Monday."
    )
    assert figs(run(ex, body)) == {("MY", "casualties", 1)}


def test_a_change_of_a_force_by_a_count_to_a_count_gives_both(ex: Extractor) -> None:
    got = figs(run(ex, "Britain will increase its presence in Estonia by 300 troops to about 1,200."))
    assert got == {("GB", "troops", 300), ("GB", "troops", 1200)}
    got = figs(run(ex, "Washington said it would cut its forces in Japan by about 3,000 to roughly 50,000."))
    assert got == {("US", "troops", 3000), ("US", "troops", 50000)}
    assert figs(run(ex, "Prices rose by 300 to 1,200.")) == set()


def test_the_first_few_of_a_count_given_before_are_counted_again(ex: Extractor) -> None:
    body = "The United States will deliver 96 Apache helicopters to Poland. The first six are due to arrive in 2028."
    assert figs(run(ex, body)) == {("US", "equipment", 96), ("US", "equipment", 6)}
