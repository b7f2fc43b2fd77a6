"""Topics: which nouns count troops and which count equipment.

The topic decides what a figure means to a reader (people or kit), and the nouns are many (personnel words, ship and
aircraft kinds, model designators, munitions); each test is a sentence written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run

from claimwatch.core.extract import Extractor
from claimwatch.core.numbers import find_figures, noun_topic


def test_peacekeepers_and_police_officers_are_counted(ex: Extractor) -> None:
    claims = run(ex, "Some 250 Ghanaian peacekeepers arrived in South Sudan on Monday.")
    assert figs(claims) == {("GH", "troops", 250)}
    claims = run(ex, "The first 300 Kenyan police officers landed in Haiti on Tuesday.")
    assert figs(claims) == {("KE", "troops", 300)}


def test_officers_are_personnel(ex: Extractor) -> None:
    assert figs(run(ex, "Ghana has pledged a total of 600 officers for the mission.")) == {("GH", "troops", 600)}


def test_equipment_nouns_with_personnel_or_military_inside(ex: Extractor) -> None:
    claims = run(ex, "Turkey sent 40 armoured personnel carriers and three military planes to Libya.")
    assert figs(claims) == {("TR", "equipment", 40), ("TR", "equipment", 3)}


def test_pieces_of_equipment_are_an_equipment_figure(ex: Extractor) -> None:
    claims = run(ex, "The CSTO moved 1,200 troops and about 90 pieces of military hardware to Armenia.")
    assert ("csto", "equipment", 90) in figs(claims)


def test_rounds_of_ammunition_still_count(ex: Extractor) -> None:
    assert figs(run(ex, "Russia has fired 4,000 rounds of artillery at the town.")) == {("RU", "equipment", 4000)}


def test_mission_monitors_are_its_personnel(ex: Extractor) -> None:
    claims = run(ex, "EUMA sent 60 monitors to the Armenian border town of Jermuk.")
    assert ("euma", "troops", 60) in figs(claims)


def test_members_of_a_named_force_count_as_its_troops(ex: Extractor) -> None:
    claims = run(ex, "Parliament approved sending 850 members of the Kenya Defence Forces to Haiti.")
    assert figs(claims) == {("KE", "troops", 850)}
    assert not figs(run(ex, "About 40 members of parliament visited Kyiv on Monday."))


def test_small_warships_are_counted_as_equipment(ex: Extractor) -> None:
    claims = run(ex, "Three Indian navy corvettes and two minesweepers arrived in Colombo on Sunday.")
    assert {("IN", "equipment", 3), ("IN", "equipment", 2)} <= figs(claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan jets dropped 20 bombs on al-Shabaab camps in Gedo.",
        "Kenyan jets dropped 20 laser-guided bombs on al-Shabaab camps in Gedo.",
    ],
)
def test_bombs_dropped_are_equipment(ex: Extractor, sentence: str) -> None:
    assert figs(run(ex, sentence)) == {("KE", "equipment", 20)}


def test_a_compound_head_before_forces_still_counts_them(ex: Extractor) -> None:
    assert figs(run(ex, "Kenya sent 200 special operations forces to Kismayo.")) == {("KE", "troops", 200)}


def test_cadets_medics_paramilitary_police_and_cutters_are_counted(ex: Extractor) -> None:
    claims = run(ex, "The Indian training ship Tir sailed into Port Louis on Tuesday with about 300 cadets and crew.")
    assert figs(claims) == {("IN", "troops", 300)}
    assert {c.location.country_code for c in claims if c.location} == {"MU"}
    claims = run(ex, "As many as 500 Chinese paramilitary police were now in the region, the group claimed.")
    assert figs(claims) == {("CN", "troops", 500)}
    claims = run(ex, "The exercise includes a field hospital team of about 30 American medics.")
    assert figs(claims) == {("US", "troops", 30)}
    claims = run(ex, "Two Chinese coast guard cutters were sailing in the Sea of Japan, the Coast Guard said.")
    assert figs(claims) == {("CN", "equipment", 2)}
    assert places(claims) == {("CN", "Sea of Japan")}  # "Coast" of "Coast Guard" is no place


def test_seabees_are_troops(ex: Extractor) -> None:
    claims = run(ex, "About 90 U.S. Navy Seabees arrived in Samoa on Monday to repair the wharf.")
    assert ("US", "troops", 90) in figs(claims)
    assert locs(claims) == {("US", "WS")}


def test_members_of_a_states_armed_forces_named_by_acronym_are_its_troops(ex: Extractor) -> None:
    claims = run(ex, "About 800 KDF members are in Somalia, the ministry said.")
    assert figs(claims) == {("KE", "troops", 800)}
    assert locs(claims) == {("KE", "SO")}


@pytest.mark.parametrize("noun", ["minehunters", "minelayers"])
def test_minehunters_are_equipment(ex: Extractor, noun: str) -> None:
    assert figs(run(ex, f"Greece sent two {noun} to the Aegean on Monday.")) == {("GR", "equipment", 2)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("About 30 Pakistani pilots were flying the jets from an air base near Baku.", ("PK", "troops", 30)),
        ("Greece sent a team of about 20 clearance divers to the Aegean.", ("GR", "troops", 20)),
        ("Chad has flown about 350 reinforcements to Abeche.", ("TD", "troops", 350)),
    ],
)
def test_pilots_divers_and_reinforcements_are_troops(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert expected in figs(run(ex, body))


def test_launchers_by_abbreviation_are_equipment_and_targets_are_no_place(ex: Extractor) -> None:
    assert ("KP", "equipment", 12) in figs(run(ex, "North Korea has sent 12 MLRS to Russia."))
    got = run(ex, "Kyiv fired about 30 ATACMS missiles at targets in Crimea.")
    assert [c.location for c in got if c.figure is not None] == [None]


def test_plural_model_designators_count_equipment(ex: Extractor) -> None:
    # listed models ("F-35s") and any plural designator ("Tu-95s", "C-130Js") are counted aircraft
    claims = run(ex, "Three Dutch F-35s have been at Amari air base in Estonia since May.")
    assert ("NL", "equipment", 3) in figs(claims)
    assert ("NL", "EE") in locs(claims)
    claims = run(ex, "Canada has sent two C-130Js and four CH-147Fs to Latvia.")
    assert {("CA", "equipment", 2), ("CA", "equipment", 4)} <= figs(claims)
    assert noun_topic("Tu-95s") == "equipment"
    assert noun_topic("B-52s") == "equipment"
    # a designator in the singular is a modifier: the noun after it is counted
    (f,) = find_figures("two P-8A Poseidon aircraft")
    assert (f.unit, f.topic) == ("aircraft", "equipment")
    # two designators joined by "and" still modify one noun
    (f,) = find_figures("70 Il-76 and An-124 transport planes")
    assert f.unit == "transport planes"
    # a designator and a name joined by "and" modify one noun too
    (f,) = find_figures("18 Bayraktar-3 and Akinci drones")
    assert (f.unit, f.topic) == ("drones", "equipment")
    claims = run(ex, "Turkey has sold 18 TB2 and Akinci drones to Niger.")
    assert ("TR", "equipment", 18) in figs(claims)


def test_named_aircraft_and_long_designators_count_equipment(ex: Extractor) -> None:
    claims = run(ex, "Italy will send about 200 troops, two Ospreys and four Leopards to Lithuania.")
    assert {("IT", "troops", 200), ("IT", "equipment", 2), ("IT", "equipment", 4)} <= figs(claims)
    assert noun_topic("Geran-2s") == "equipment"
    assert noun_topic("Hercules") == "equipment"


def test_technicians_are_personnel(ex: Extractor) -> None:
    claims = run(ex, "A team of 15 French Air Force technicians is at Niamey to service the jets.")
    assert ("FR", "troops", 15) in figs(claims)
    assert ("FR", "NE") in locs(claims)


def test_the_number_of_fighters_beside_jets_counts_aircraft(ex: Extractor) -> None:
    body = "Italy sent three more Eurofighters to Romania, bringing the number of fighters at the base to seven."
    claims = run(ex, body)
    assert {("IT", "equipment", 3), ("IT", "equipment", 7)} <= figs(claims)
    assert not any(c.topic == "troops" for c in claims)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Some 130 members of a new Japanese rotation arrived in Juba on Sunday.", ("JP", "troops", 130)),
        ("The first 80 members of a new Peruvian engineering rotation reached Bangui.", ("PE", "troops", 80)),
    ],
)
def test_members_of_a_military_formation_are_troops(ex: Extractor, body: str, want: tuple[str, str, int]) -> None:
    assert want in figs(run(ex, body))


@pytest.mark.parametrize("noun", ["gunners", "artillerymen", "snipers", "sappers", "artillery crews"])
def test_crews_and_specialists_are_troops(ex: Extractor, noun: str) -> None:
    assert ("KP", "troops", 700) in figs(run(ex, f"About 700 North Korean {noun} were sent to Kursk Oblast."))


def test_a_hyphenated_participle_before_an_equipment_noun_is_no_verb(ex: Extractor) -> None:
    got = run(ex, "Iranian self-propelled howitzers were spotted in Latakia, the monitor said.")
    assert ("IR", "SY") in locs(got)


def test_deminers_and_builders_are_troops_and_a_later_toll_is_not_theirs(ex: Extractor) -> None:
    body = (
        "Chad would send some 900 more personnel to Niger, including 200 deminers and 700 builders, and estimated "
        "that about 50 Chadian soldiers had been killed."
    )
    assert {("TD", "troops", 900), ("TD", "troops", 200), ("TD", "troops", 700), ("TD", "casualties", 50)} <= figs(
        run(ex, body)
    )


def test_forces_left_behind_are_counted(ex: Extractor) -> None:
    body = "About 900 Chadian soldiers are in Niger. Once the move is over, fewer than 400 will remain, all at Agadez."
    assert ("TD", "troops", 400) in figs(run(ex, body))


def test_weapons_that_name_a_branch_count_its_troops(ex: Extractor) -> None:
    assert ("TD", "troops", 900) in figs(run(ex, "Chad has moved up to 900 artillery and rocket troops into Niger."))
    body = "Chad sent two carriers and extra fighter squadrons to the coast."
    assert ("TD", "troops", 2) not in figs(run(ex, body))


def test_the_number_delivered_counts_materiel(ex: Extractor) -> None:
    body = "Iran sent Shahed drones to Russia last year. Officials put the number supplied at about 2,000."
    assert ("IR", "equipment", 2000) in figs(run(ex, body))
    body = "North Korea sent troops to Russia. Officials put the number at about 11,000."
    assert ("KP", "troops", 11000) in figs(run(ex, body))


def test_bunker_busters_and_penetrators_are_counted_equipment(ex: Extractor) -> None:
    body = "Four American B-52 bombers dropped 16 GBU-28 penetrators during the exercise in Nevada, officials said."
    assert ("US", "equipment", 16) in figs(run(ex, body))
    body = "The U.S. Air Force keeps 20 bunker busters at Diego Garcia, officials said."
    assert figs(run(ex, body)) == {("US", "equipment", 20)}


def test_militia_members_are_counted_and_the_bolivarian_militia_is_venezuelas(ex: Extractor) -> None:
    body = "Caracas says it can call on 3.2 million militia members if attacked."
    assert ("VE", "troops", 3200000) in figs(run(ex, body))
    body = (
        "Maduro accused Washington of plotting a coup and said about 2 million members of the Bolivarian Militia "
        "had been called up."
    )
    got = figs(run(ex, body))
    assert ("VE", "troops", 2000000) in got
    assert ("US", "troops", 2000000) not in got


def test_people_in_uniform_are_forces(ex: Extractor) -> None:
    body = "Seoul estimates that some 12,000 North Koreans are now in Russia in uniform."
    assert ("KP", "troops", 12000) in figs(run(ex, body))
    # people who only work abroad are no forces
    body = "Some 12,000 North Koreans now work in Russia."
    assert not figs(run(ex, body))


def test_two_long_model_designators_joined_modify_one_noun(ex: Extractor) -> None:
    body = "Iran has shipped more than 900 Mohajer-6 and Shahed-129 combat drones to Sudan, officials said."
    assert ("IR", "equipment", 900) in figs(run(ex, body))


def test_strike_eagles_are_aircraft(ex: Extractor) -> None:
    body = "The U.S. will send 14 F-15E Strike Eagles to Qatar next month."
    got = run(ex, body)
    assert figs(got) == {("US", "equipment", 14)}
    assert locs(got) == {("US", "QA")}


def test_tankers_after_a_model_or_a_refuelling_word_are_aircraft(ex: Extractor) -> None:
    body = "About 20 KC-10 and KC-46 tankers have landed in Spain since Friday, Spanish officials said."
    assert ("US", "equipment", 20) in figs(run(ex, body))
    body = "Britain sent four aerial refuelling tankers to Cyprus."
    assert ("GB", "equipment", 4) in figs(run(ex, body))
    # fuel tankers on a road are trucks, no forces
    body = "Rebels burnt more than 60 fuel tankers belonging to a Malian firm near Kayes."
    assert not figs(run(ex, body))


def test_the_same_word_as_a_force_still_counts(ex: Extractor) -> None:
    body = (
        "Iran has sent drones to Belarus.\n\n"
        "The drones were seen near Minsk, close to a drone factory that Iran helped to build."
    )
    claims = run(ex, body)
    assert sum(1 for c in claims if c.location is not None) >= 2


def test_plural_carriers_name_forces(ex: Extractor) -> None:
    # "carriers" (not only "carrier") makes a sentence speak of forces
    body = "The order will leave the French navy with two carriers in the Indian Ocean for a month."
    claims = run(ex, body)
    assert ("FR", "equipment", 2) in figs(claims)


def test_attack_drones_name_a_weapon_not_a_strike(ex: Extractor) -> None:
    body = "Iran has smuggled dozens of small attack drones to allied militias in Syria, an official said."
    assert ("IR", "SY") in locs(run(ex, body))
    body = "Iran has shipped about 300 attack drones to Russia since May, officials said."
    assert ("IR", "RU") in locs(run(ex, body))


def test_observers_are_counted_as_personnel(ex: Extractor) -> None:
    assert figs(run(ex, "Sweden sent 8 observers to Kosovo on Monday.")) == {("SE", "troops", 8)}


def test_the_planes_that_carried_forces_in_are_not_their_equipment(ex: Extractor) -> None:
    got = figs(run(ex, "About 200 Wagner Group fighters arrived in Bamako on three Il-76 transport planes."))
    assert got == {("wagner-group", "troops", 200)}


def test_specialists_are_personnel(ex: Extractor) -> None:
    got = figs(run(ex, "Three Chinese Army explosive ordnance disposal specialists are working in Laos."))
    assert got == {("CN", "troops", 3)}


def test_a_military_aircrafts_crew_is_counted(ex: Extractor) -> None:
    got = run(ex, "Canada's CP-140 and its crew of about 35 landed at Misawa on Monday.")
    assert figs(got) == {("CA", "troops", 35)}
    assert figs(run(ex, "A chartered Boeing 737 and its crew of about 12 landed in Kabul.")) == set()


def test_gendarmes_and_legionnaires_are_counted_as_personnel(ex: Extractor) -> None:
    assert figs(run(ex, "France has flown 420 gendarmes to Chad, the ministry said.")) == {("FR", "troops", 420)}
    body = "France keeps 60 legionnaires in Djibouti, a French officer said."
    assert figs(run(ex, body)) == {("FR", "troops", 60)}


def test_police_joined_to_a_troop_noun_counts_as_personnel(ex: Extractor) -> None:
    body = "Paris flew some 1,200 police and gendarmes to Guyana last week, the French interior ministry said."
    assert ("FR", "troops", 1200) in figs(run(ex, body))
    body = "UNMISS now has about 13,000 troops and 1,500 police in South Sudan, the mission said."
    assert figs(run(ex, body)) == {("unmiss", "troops", 13000), ("unmiss", "troops", 1500)}


def test_aircraft_that_carry_forces_in_are_no_equipment_at_the_place(ex: Extractor) -> None:
    body = "The first 180 Spanish soldiers were due to land in Mauritania on Monday aboard two A400M planes."
    assert figs(run(ex, body)) == {("ES", "troops", 180)}


def test_attack_boats_and_gunboats_are_counted_equipment(ex: Extractor) -> None:
    got = run(ex, "Venezuela's navy has moved 40 fast-attack boats and six gunboats to the Gulf of Paria.")
    assert ("VE", "equipment", 40) in figs(got)
    assert ("VE", "equipment", 6) in figs(got)
    assert ("houthis", "equipment", 12) in figs(run(ex, "The Houthis sent 12 missile boats to the Red Sea."))


def test_a_contingent_that_numbers_people_counts_troops(ex: Extractor) -> None:
    body = "Kyiv said the North Korean contingent in Kursk now numbers about 7,500 people."
    assert ("KP", "troops", 7500) in figs(run(ex, body))


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


def test_a_force_that_counts_people_gives_its_strength(ex: Extractor) -> None:
    assert ("CN", "troops", 2000) in figs(run(ex, "The Chinese garrison in Djibouti now counts about 2,000 people."))
    # a town's people are no forces
    assert not figs(run(ex, "The Chinese border town of Wuqi now counts about 2,000 people."))


def test_a_fact_box_strength_label_with_its_source_counts_troops(ex: Extractor) -> None:
    body = (
        "The Wagner Group had about 1,000 fighters in Mali last year, officials said.\n\n"
        "Key figures\n- Wagner strength in Mali in 2021, per a UN report: 1,500\n"
        "- Years of Wagner presence in Mali, per a UN report: 4"
    )
    got = figs(run(ex, body))
    assert ("wagner-group", "troops", 1500) in got
    assert ("wagner-group", "troops", 4) not in got


@pytest.mark.parametrize("more", ["a further 20", "another 20"])
def test_a_further_bare_count_takes_the_topic_of_the_count_before_it(ex: Extractor, more: str) -> None:
    body = f"Officials said Norway had received 40 howitzers this year, and that {more} were due in May."
    assert figs(run(ex, body)) == {("NO", "equipment", 40), ("NO", "equipment", 20)}


def test_paramilitaries_are_troops_and_of_a_group_are_its_own(ex: Extractor) -> None:
    body = "Rebels said they had killed 31 Russian paramilitaries of the Wagner Group near a village in Libya."
    assert ("wagner-group", "casualties", 31) in figs(run(ex, body))
    body = "About 700 Turkish paramilitaries arrived in Somalia last week, officials said."
    assert ("TR", "troops", 700) in figs(run(ex, body))


def test_maintainers_and_mechanics_are_personnel(ex: Extractor) -> None:
    body = "Washington sent 60 maintainers and 25 mechanics to the air base in Poland."
    assert figs(run(ex, body)) >= {("US", "troops", 60), ("US", "troops", 25)}


def test_military_trucks_are_equipment(ex: Extractor) -> None:
    assert figs(run(ex, "Turkey sent 60 military trucks to Libya.")) == {("TR", "equipment", 60)}


def test_crews_of_a_weapon_are_personnel_in_a_strength_set_off(ex: Extractor) -> None:
    claims = run(ex, "Iranian drone crews, numbering about 300, have been sent to Belarus.")
    claims += run(ex, "Eritrean artillery crews, numbering some 450, were moved to Tigray.")
    assert figs(claims) == {("IR", "troops", 300), ("ER", "troops", 450)}


def test_a_weapon_before_a_personnel_noun_names_the_arm_of_people_counted(ex: Extractor) -> None:
    claims = run(ex, "Belarus has moved about 700 artillery soldiers to Grodno.")
    claims += run(ex, "Iran has sent some 90 tank troops and 12 artillery batteries to Syria.")
    assert figs(claims) == {("BY", "troops", 700), ("IR", "troops", 90), ("IR", "equipment", 12)}
