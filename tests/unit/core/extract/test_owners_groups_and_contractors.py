"""Armed groups, private military and security companies, and the groups a state sponsors.

Such an actor owns its own forces, and a sponsor's men, kit and losses in the group's theatre are the group's; the
tests keep groups apart from their sponsors, their successors and each other, on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import figs, locs, places, run

from claimwatch.core.extract import Extractor


def test_group_actor_and_two_places(ex: Extractor) -> None:
    claims = run(ex, "Hezbollah fighters were deployed to Syria and to Iraq last year.")
    assert locs(claims) == {("hezbollah", "SY"), ("hezbollah", "IQ")}


def test_adf_in_congo_is_the_rebel_group_not_australia(ex: Extractor) -> None:
    claims = run(ex, "Ugandan troops said they had killed 40 ADF fighters near Beni.")
    assert not any(c.actor.code == "AU" for c in claims)


def test_private_security_contractors_are_their_own_actor(ex: Extractor) -> None:
    # a private security company's staff are not the state's forces; later "contractors" of the
    # same demonym in the item are theirs too
    claims = run(
        ex,
        "About 80 Turkish private security contractors are guarding a cement plant in Mali, officials said. "
        "Up to 200 more Turkish contractors could be deployed in Mali next year.",
    )
    assert figs(claims) == {("tr-security-contractors", "troops", 80), ("tr-security-contractors", "troops", 200)}
    assert locs(claims) == {("tr-security-contractors", "ML")}
    assert {c.actor.name for c in claims} == {"Turkish security contractors"}


def test_a_named_private_security_company_is_its_own_actor(ex: Extractor) -> None:
    # a company the item introduces as a private security company owns its contractors, under its full name,
    # its first word alone and "the firm"; its home seat ("based in Texas") is no place of its staff
    body = (
        "About 80 contractors from Sierra Shield Group, a private security company based in Texas, have arrived "
        "in Lima, officials said. Opposition lawmaker Ana Ruiz said the firm already had at least 150 men in Peru. "
        "Officials said 205 Sierra contractors were registered in Peru."
    )
    claims = run(ex, body)
    assert figs(claims) == {
        ("sierra-shield-group", "troops", 80),
        ("sierra-shield-group", "troops", 150),
        ("sierra-shield-group", "troops", 205),
    }
    assert {c.actor.name for c in claims} == {"Sierra Shield Group"}
    assert {c.location.country_code for c in claims if c.location} == {"PE"}


def test_the_state_before_a_security_company_names_the_companys_home(ex: Extractor) -> None:
    # "the U.S. security company X": one name, not the United States' forces
    body = "Three contractors of the U.S. security company Sierra Shield Group are guarding the mine, officials said."
    assert figs(run(ex, body)) == {("sierra-shield-group", "troops", 3)}


def test_a_private_military_company_is_its_own_actor(ex: Extractor) -> None:
    # contractors of a named private military company are the company's, not any state's
    body = "Vectus Global now has about 90 contractors in Haiti, officials said. The company also flies six drones."
    claims = run(ex, body)
    assert ("vectus-global", "troops", 90) in figs(claims)
    assert ("vectus-global", "HT") in locs(claims)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Russia's Africa Corps has about 250 instructors in Mali.", ("africa-corps", "troops", 250)),
        ("Yemen's Houthis launched 14 drones at the port overnight.", ("houthis", "equipment", 14)),
    ],
)
def test_a_group_after_its_home_states_possessive_is_the_actor(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert figs(run(ex, body)) == {expected}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("About 300 TTP fighters crossed into Kurram district.", "ttp"),
        ("The Polisario Front said 12 of its fighters were killed.", "polisario"),
        ("About 200 Akhmat fighters arrived in Kursk.", "akhmat"),
    ],
)
def test_well_known_armed_groups_are_their_own_actors(ex: Extractor, body: str, code: str) -> None:
    assert code in {c.actor.code for c in run(ex, body)}


def test_an_armed_groups_own_militants_still_count(ex: Extractor) -> None:
    assert ("al-shabaab", "troops", 300) in figs(run(ex, "About 300 al Shabaab militants attacked the base."))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sudan's RSF has about 100,000 fighters in Darfur.", ("rsf", "troops", 100000)),
        ("Russia's Africa Corps has 200 instructors in Mali.", ("africa-corps", "troops", 200)),
    ],
)
def test_a_states_own_armed_group_keeps_its_forces(ex: Extractor, body: str, expected: tuple[str, str, int]) -> None:
    assert expected in figs(run(ex, body))


def test_a_private_company_named_in_apposition_is_its_own_actor(ex: Extractor) -> None:
    body = (
        "A Kenyan private company, Tana Aviation Services, said on Monday that it had moved four of its Bell "
        "helicopters from Kismayo to Baidoa."
    )
    assert figs(run(ex, body)) == {("tana-aviation-services", "equipment", 4)}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Five contractors employed by Bancroft were wounded near Baidoa on Monday.", ("bancroft", "casualties", 5)),
        (
            "Two contractors working for the American security firm Bancroft were killed near Kismayo.",
            ("bancroft", "casualties", 2),
        ),
        ("About 60 fighters serving with the Wagner Group reached Bangui.", ("wagner-group", "troops", 60)),
        ("About 250 soldiers serving with the Spanish army landed in Latvia.", ("ES", "troops", 250)),
    ],
)
def test_the_employer_named_after_the_noun_owns_the_count(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_group_written_with_a_lower_case_article_is_found(ex: Extractor) -> None:
    got = run(ex, "About 200 al-Qaeda fighters attacked the town of Kidal on Sunday.")
    assert ("al-qaeda", "troops", 200) in figs(got)


def test_a_group_linked_to_another_is_not_that_others(ex: Extractor) -> None:
    got = run(ex, "An al Qaeda-linked group said its fighters had seized the town of Kidal.")
    assert "al-qaeda" not in {c.actor.code for c in got}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("About 500 Kachin Independence Army fighters attacked Bhamo.", "kachin-independence-army"),
        ("The Abu Sayyaf Group had about 50 fighters on Jolo.", "abu-sayyaf"),
        ("About 300 Lakurawa fighters crossed into Sokoto state.", "lakurawa"),
    ],
)
def test_armed_groups_often_in_the_news_are_actors(ex: Extractor, body: str, code: str) -> None:
    assert code in {f[0] for f in figs(run(ex, body))}


def test_a_patron_of_backed_or_trained_fighters_does_not_own_them(ex: Extractor) -> None:
    assert figs(run(ex, "About 2,000 Turkish-backed fighters were moved to Tripoli.")) == set()
    assert ("ML", "troops", 900) in figs(run(ex, "About 900 Russian-trained Malian soldiers arrived in Niger."))


def test_a_group_named_as_replaced_does_not_own_the_sponsors_personnel_named_next(ex: Extractor) -> None:
    body = (
        "The Redut group has deployed 300 fighters to Niger.\n\n"
        "In Chad, a Redut commander said Akhmat had no fighters left.\n\n"
        "In Chad, the unit took over from Akhmat in June.\n\n"
        "In Togo, the first 100 Russian servicemen arrived in January."
    )
    got = locs(run(ex, body))
    assert ("redut", "TG") in got
    assert ("akhmat", "TG") not in got


def test_a_demonym_before_a_group_of_its_own_country_names_the_group(ex: Extractor) -> None:
    got = locs(run(ex, "Somali al-Shabaab fighters crossed into Kenya's Mandera county last week."))
    assert ("al-shabaab", "KE") in got
    assert not any(code == "SO" for code, _ in got)


def test_a_group_chiefs_men_are_the_groups(ex: Extractor) -> None:
    assert ("wagner-group", "casualties", 2000) in figs(
        run(ex, "The Wagner chief said 2,000 of his fighters had been killed near Kidal.")
    )


def test_the_corps_is_the_group_whose_name_says_corps(ex: Extractor) -> None:
    body = (
        "Most of the Wagner Group in Africa has been folded into the Africa Corps. Wagner survives only in Chad.\n\n"
        "At a glance:\n- Mali: 2,000 to 2,500 personnel, the corps' largest contingent.\n"
    )
    claims = run(ex, body)
    assert ("africa-corps", "troops", 2000) in figs(claims)
    assert ("wagner-group", "troops", 2000) not in figs(claims)


def test_russian_personnel_are_the_sponsors_group_the_item_is_about(ex: Extractor) -> None:
    body = (
        "At least seven soldiers of Russia's Africa Corps were killed in Mali, the first heavy loss since it "
        "replaced Wagner. JNIM said it had killed more than 20 Russian mercenaries."
    )
    assert ("africa-corps", "casualties", 20) in figs(run(ex, body))


def test_a_sponsors_losses_outside_the_groups_theatre_stay_the_sponsors(ex: Extractor) -> None:
    body = "Wagner fighters stormed Soledar last winter. A deputy put total Russian losses in the war at about 90,000."
    assert ("RU", "casualties", 90000) in figs(run(ex, body))
    body = "Wagner fighters guard the mines in Mali. A diplomat put Russian casualties in Mali at about 40."
    assert ("wagner-group", "casualties", 40) in figs(run(ex, body))


def test_the_group_is_not_one_named_only_for_an_event(ex: Extractor) -> None:
    body = (
        "Al-Shabaab fought in Kenya for years. It struck Mandera a week after the Boko Haram attack in Borno. "
        "Its leader said last year that the group had 12,000 fighters."
    )
    assert ("al-shabaab", "troops", 12000) in figs(run(ex, body))


@pytest.mark.parametrize("noun", ["militia fighters", "militiamen"])
def test_a_countrys_militias_are_their_own_actor(ex: Extractor, noun: str) -> None:
    claims = run(ex, f"About 300 Libyan {noun} crossed into Chad near the border post on Monday.")
    assert {(c.actor.code, c.actor.name, c.actor.kind) for c in claims} == {("ly-militias", "Libyan militias", "group")}
    assert ("ly-militias", "troops", 300) in figs(claims)
    claims = run(ex, "Libyan militias crossed into Chad near the border post on Monday.")
    assert {(c.actor.code, c.location.name if c.location else None) for c in claims} == {("ly-militias", "Chad")}


def test_no_speaker_calls_its_own_men_mercenaries(ex: Extractor) -> None:
    body = "Wagner fighters clashed with JNIM near Menaka on Sunday. JNIM said 37 mercenaries died in the fighting."
    claims = run(ex, body)
    assert ("wagner-group", "casualties", 37) in figs(claims)
    assert not any(c.actor.code == "jnim" and c.figure for c in claims)


def test_equipment_a_sponsors_group_operates_is_the_groups(ex: Extractor) -> None:
    body = "At least 12 Russian Su-24 combat aircraft operated by the Africa Corps are at an air base near Sirte."
    assert ("africa-corps", "equipment", 12) in figs(run(ex, body))


def test_a_sponsors_instructors_in_its_groups_theatre_are_the_groups(ex: Extractor) -> None:
    body = "Wagner guards the president. Russia has sent 300 more military instructors to the Central African Republic."
    assert ("wagner-group", "troops", 300) in figs(run(ex, body))
    body = "Wagner guards the president in Bangui. Russia has sent 300 more military instructors to Belarus."
    assert ("RU", "troops", 300) in figs(run(ex, body))


def test_a_group_named_as_replaced_owns_no_count_of_its_sponsors_forces(ex: Extractor) -> None:
    body = (
        "About 250 Russian soldiers of the Africa Corps arrived in Bangui on Monday. "
        "Up to 800 more are due by June, as the corps slowly takes over from the Wagner Group, a diplomat said."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 800) in got
    assert ("wagner-group", "troops", 800) not in got


def test_personnel_of_the_corps_are_the_corps_after_another_group_of_its_sponsor(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps flew 200 soldiers into Bamako in May. "
        "Wagner still has about 1,000 fighters in the Central African Republic, a diplomat said. "
        "Russian advisers of the corps have also been spotted at a camp in Niger, residents said."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "NE") in got
    assert ("wagner-group", "NE") not in got


def test_the_media_a_group_runs_report_the_groups_own_losses(ex: Extractor) -> None:
    body = "Hezbollah-run television reported the deaths of 14 fighters in clashes near the border on Sunday."
    assert figs(run(ex, body)) == {("hezbollah", "casualties", 14)}
    body = "Houthi-controlled media said 9 fighters were killed in clashes with government troops."
    assert figs(run(ex, body)) == {("houthis", "casualties", 9)}
    body = "About 300 soldiers guard Houthi-held territory near the coast."
    assert not any(a == "houthis" for a, _, _ in figs(run(ex, body)))


def test_a_countrys_factions_before_which_own_the_count_in_the_clause(ex: Extractor) -> None:
    body = "The Syrian factions, which monitors say field about 40,000 men, have avoided clashes with Turkish forces."
    assert figs(run(ex, body)) == {("sy-militias", "troops", 40000)}
    body = "The Libyan armed factions, which together number some 25,000 men, met U.S. envoys in Rome."
    assert figs(run(ex, body)) == {("ly-militias", "troops", 25000)}


def test_mercenaries_counted_after_a_rebel_attack_are_the_hired_group(ex: Extractor) -> None:
    body = "JNIM fighters ambushed a Wagner convoy near Gao in May. The insurgents said 31 of the mercenaries died."
    assert figs(run(ex, body)) == {("wagner-group", "casualties", 31)}
    body = "JNIM fighters ambushed a convoy near Gao in May. The insurgents said 31 mercenaries died."
    assert not any(a == "jnim" for a, _, _ in figs(run(ex, body)))


def test_a_successor_group_takes_over_where_the_replaced_one_is(ex: Extractor) -> None:
    body = "In Mali, Wagner's roughly 2,000 men are now due to be replaced by the Africa Corps by the end of the year."
    got = run(ex, body)
    assert ("wagner-group", "troops", 2000) in figs(got)
    assert {("wagner-group", "ML"), ("africa-corps", "ML")} <= locs(got)


def test_weapons_handled_by_a_sponsors_personnel_are_its_groups(ex: Extractor) -> None:
    body = (
        "The Africa Corps has sent about 200 more instructors to Mali. "
        "Footage showed Russian soldiers unloading three Mi-8 helicopters at the airport on Friday."
    )
    assert ("africa-corps", "equipment", 3) in figs(run(ex, body))


def test_a_group_named_only_by_one_of_its_people_places_no_forces(ex: Extractor) -> None:
    body = "Israel has vowed to avenge the killing in Beirut of Hezbollah military chief Fuad Shukr, officials said."
    assert locs(run(ex, body)) == set()
    body = "Wagner fighters arrived in Minsk on Tuesday, Wagner founder Yevgeny Prigozhin said."
    assert ("wagner-group", "BY") in locs(run(ex, body))


def test_the_corps_is_the_group_named_corps_even_after_another_groups_name(ex: Extractor) -> None:
    body = (
        "The Africa Corps has taken over Wagner's old camps in Mali. "
        "Since Wagner's exit in March, the corps has lost at least 30 men near Menaka, relatives said."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "casualties", 30) in got
    assert ("wagner-group", "casualties", 30) not in got


def test_corps_personnel_are_the_corps_not_the_group_they_replaced(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps took over from Wagner in Niger last year. "
        "In Mali the last Wagner men left in May, officials said, putting the number of corps personnel there at "
        "about 900. Analysts think 400 to 500 corps troops are based at Gao."
    )
    got = figs(run(ex, body))
    assert {("africa-corps", "troops", 900), ("africa-corps", "troops", 400)} <= got
    assert not any(code == "wagner-group" for code, _, _ in got)


def test_a_group_known_locally_by_a_known_groups_name_is_not_that_group(ex: Extractor) -> None:
    body = "The revolt in northern Mozambique, led by a group known locally as al-Shabaab, has spread to Niassa."
    assert not any(c.actor.code == "al-shabaab" for c in run(ex, body))
    # the group itself, named plainly, stays
    body = "About 300 al-Shabaab fighters crossed into Kenya last week, police said."
    assert any(c.actor.code == "al-shabaab" for c in run(ex, body))


def test_a_sponsors_instructors_sent_to_the_country_named_before_are_its_groups_men(ex: Extractor) -> None:
    body = (
        "Wagner fighters have guarded the president of the Central African Republic since 2018. "
        "Moscow first sent 175 civilian instructors to the country that year, officially to train the army."
    )
    assert ("wagner-group", "troops", 175) in figs(run(ex, body))


def test_a_sponsors_kit_delivered_for_its_group_is_the_groups(ex: Extractor) -> None:
    body = "About 40 Russian armoured vehicles have reached Niamey for the Africa Corps, a Nigerien official said."
    got = figs(run(ex, body))
    assert ("africa-corps", "equipment", 40) in got
    assert ("RU", "equipment", 40) not in got
    # with no group named, the kit stays the sponsor's
    body = "About 40 Russian armoured vehicles have reached Niamey, a Nigerien official said."
    got = figs(run(ex, body))
    assert ("RU", "equipment", 40) in got
    assert ("africa-corps", "equipment", 40) not in got


def test_the_sponsors_equipment_in_its_groups_theatre_is_the_groups(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has about 1,500 men in Niger, officials said. "
        "JNIM said it destroyed 12 Russian armoured vehicles near Tillaberi."
    )
    assert ("africa-corps", "equipment", 12) in figs(run(ex, body))
    # outside the group's theatre the state's equipment stays the state's
    body = "Russia's Africa Corps has about 1,500 men in Mali. Separately, Russia has massed 400 tanks in Kursk Oblast."
    got = figs(run(ex, body))
    assert ("RU", "equipment", 400) in got
    assert ("africa-corps", "equipment", 400) not in got


def test_equipment_a_state_sends_to_its_own_group_is_the_groups(ex: Extractor) -> None:
    body = "Russia has delivered about 60 armoured vehicles, including 20 T-90 tanks, to its Africa Corps in Mali."
    got = figs(run(ex, body))
    assert {("africa-corps", "equipment", 60), ("africa-corps", "equipment", 20)} <= got
    # a delivery to another state's or group's forces stays the sender's
    body = "Iran has shipped 200 drones to Hezbollah in Lebanon, Israeli officials said."
    assert ("IR", "equipment", 200) in figs(run(ex, body))


def test_the_sponsors_demonym_in_the_groups_theatre_counts_the_groups_losses_and_materiel(ex: Extractor) -> None:
    body = (
        "Fighters of the Africa Corps clashed with jihadists near Menaka in eastern Mali on Sunday. "
        "A local official put the Russian toll at between four and six dead."
    )
    assert ("africa-corps", "casualties", 4) in figs(run(ex, body))
    body = (
        "Jihadists attacked an Africa Corps convoy near Menaka in eastern Mali on Sunday. "
        "They burnt two armoured vehicles belonging to the Russians before withdrawing."
    )
    assert ("africa-corps", "equipment", 2) in figs(run(ex, body))
    # outside the group's theatre, the sponsor's toll is the state's
    body = (
        "Wagner fighters led the assault on Soledar in eastern Ukraine. "
        "A Ukrainian officer put the Russian toll at about 500 dead."
    )
    assert ("wagner-group", "casualties", 500) not in figs(run(ex, body))
    body = (
        "Wagner fighters led the assault on Soledar in eastern Ukraine. "
        "Kyiv said its artillery destroyed 14 tanks belonging to the Russians."
    )
    assert ("wagner-group", "equipment", 14) not in figs(run(ex, body))


def test_a_states_men_under_its_groups_banner_are_the_groups(ex: Extractor) -> None:
    body = "Analysts say Russia has moved about 1,800 men into Niger under the Africa Corps banner since January."
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 1800) in got
    assert ("RU", "troops", 1800) not in got


def test_a_successor_is_where_a_relative_clause_says_it_took_over(ex: Extractor) -> None:
    body = "The Africa Corps, which took over from Wagner in Mali in June, already has personnel in Niger."
    got = locs(run(ex, body))
    assert ("africa-corps", "ML") in got
    assert ("africa-corps", "NE") in got
    body = (
        "The Africa Corps, which has taken over the Wagner Group's duties in the Central African Republic, "
        "has men in Chad."
    )
    assert ("africa-corps", "CF") in locs(run(ex, body))


def test_former_members_of_a_group_do_not_make_it_the_topic(ex: Extractor) -> None:
    body = (
        "Turkey has put about 900 men into Somalia under the SADAT banner, most of them former Wagner "
        "contractors, the monitor said.\n\n"
        "Kenya hosts a smaller contingent: perhaps 200 personnel, based near the border."
    )
    got = figs(run(ex, body))
    assert not any(code == "wagner-group" for code, _, _ in got)


def test_former_members_of_a_group_belong_to_the_group_they_joined(ex: Extractor) -> None:
    body = "Some 600 former Wagner fighters have signed contracts with the Africa Corps and moved to Libya."
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 600) in got
    assert ("wagner-group", "troops", 600) not in got
    # with no other group named, the former group's name still owns the count
    body = "About 300 former Wagner fighters now serve in Libya, a monitor said."
    assert ("wagner-group", "troops", 300) in figs(run(ex, body))


def test_the_corps_as_subject_is_the_group_named_before(ex: Extractor) -> None:
    body = (
        "The Africa Corps arrived in Chad in May with instructors to train Chadian soldiers. "
        "In neighbouring Niger, the corps has several hundred personnel, who guard the presidency."
    )
    got = locs(run(ex, body))
    assert ("africa-corps", "NE") in got
    assert ("TD", "NE") not in got


def test_the_corps_after_a_preposition_is_no_subject(ex: Extractor) -> None:
    body = (
        "The Africa Corps has taken over in Niger.\n\n"
        "Wagner fighters who refused to sign contracts with the corps have largely left the country, a source "
        'said, although "a few dozen" remain in Niger as guards at uranium mines.'
    )
    claims = run(ex, body)
    assert any(c.actor.code == "wagner-group" for c in claims)
    assert not any(c.actor.code == "africa-corps" and c.denied for c in claims)


def test_a_group_named_as_what_the_men_once_were_is_not_the_clauses_subject(ex: Extractor) -> None:
    body = (
        "The official said the Africa Corps has about 1,800 personnel in Niger, most of them former Wagner "
        "contractors, and has lost at least 45 men since it arrived."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "casualties", 45) in got
    assert ("wagner-group", "casualties", 45) not in got


def test_the_group_whose_contracts_were_inherited_is_not_the_items_topic(ex: Extractor) -> None:
    body = (
        "Two years after inheriting Wagner's deals, Russia's Africa Corps is stretched in Niger.\n\n"
        "In Mali, where it landed in March with about 120 men, the corps now has 900 personnel."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 120) in got
    assert ("wagner-group", "troops", 120) not in got


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Asaib Ahl al-Haq sent 2,000 fighters to Syria.", ("asaib-ahl-al-haq", "troops", 2000)),
        ("The Badr Organization deployed 3,000 fighters to Diyala.", ("badr-organization", "troops", 3000)),
        ("The PKK has about 5,000 fighters in the Qandil Mountains.", ("pkk", "troops", 5000)),
        ("The Fatemiyoun Brigade sent 3,000 fighters to Aleppo.", ("fatemiyoun", "troops", 3000)),
        ("The Southern Transitional Council deployed 4,000 fighters to Hadramawt.", ("stc", "troops", 4000)),
        ("The Giants Brigades sent 5,000 fighters to Shabwa.", ("giants-brigades", "troops", 5000)),
        ("The PFLP said 12 of its fighters were killed in Jenin.", ("pflp", "casualties", 12)),
        ("The KNU said 50 soldiers surrendered in Kayin State.", ("knu", "troops", 50)),
        ("The United Wa State Army has about 30,000 soldiers.", ("uwsa", "troops", 30000)),
        ("The MILF has about 40,000 fighters in Mindanao.", ("milf", "troops", 40000)),
        ("The Sudan Liberation Movement sent 2,000 fighters to El Fasher.", ("slm", "troops", 2000)),
        ("Wazalendo fighters, about 500 of them, attacked Goma.", ("wazalendo", "troops", 500)),
        ("The AFC/M23 deployed 2,000 fighters to Uvira.", ("m23", "troops", 2000)),
        (
            "The Russian Volunteer Corps sent 300 fighters into the Belgorod region.",
            ("russian-volunteer-corps", "troops", 300),
        ),
        ("The Georgian Legion has about 1,000 fighters in Ukraine.", ("georgian-legion", "troops", 1000)),
        ("The Peshmerga deployed 2,000 fighters to Kirkuk.", ("peshmerga", "troops", 2000)),
        ("Hurras al-Din had about 2,000 fighters in Idlib.", ("hurras-al-din", "troops", 2000)),
        (
            "The Arakan Rohingya Salvation Army said 20 of its fighters were killed in Rakhine State.",
            ("arsa", "casualties", 20),
        ),
    ],
)
def test_armed_groups(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_count_whose_owner_is_left_an_open_question_is_none_of_the_groups_named_in_it(ex: Extractor) -> None:
    body = (
        "Three Russian advisers died when rebels attacked their column near Menaka, local officials said, "
        "without saying whether they belonged to Wagner or the Africa Corps."
    )
    got = figs(run(ex, body))
    assert ("RU", "casualties", 3) in got
    assert not {f for f in got if f[0] in ("wagner-group", "africa-corps")}
    # a group named as the owner is still the owner
    body = "Three Wagner fighters died when rebels attacked their column near Menaka, local officials said."
    assert ("wagner-group", "casualties", 3) in figs(run(ex, body))


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


def test_kit_destined_for_the_corps_is_the_corps_kit(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has about 2,000 men in Libya. About 70 per cent of them are veterans of the Wagner "
        "group.\n\nA cargo ship unloaded some 30 armoured vehicles destined for the Corps' units in Burkina Faso."
    )
    got = run(ex, body)
    assert ("africa-corps", "equipment", 30) in figs(got)
    assert ("wagner-group", "equipment", 30) not in figs(got)
    assert ("africa-corps", "BF") in locs(got)


def test_a_place_named_contingent_after_its_is_the_groups(ex: Extractor) -> None:
    body = 'The Africa Corps said its "Mali contingent" had grown to more than 900 fighters.'
    got = run(ex, body)
    assert ("africa-corps", "troops", 900) in figs(got)
    assert ("ML", "troops", 900) not in figs(got)


def test_the_corps_named_before_a_pronoun_is_what_the_pronoun_means(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has grown since it took over from Wagner. "
        "Its Libyan hub matters more since the loss of Moscow's Syrian bases.\n\n"
        "Burkina Faso is now the corps' busiest front. It has lost at least 35 men there since March."
    )
    claims = run(ex, body)
    assert figs(claims) == {("africa-corps", "casualties", 35)}
    assert ("africa-corps", "BF") in locs(claims)


def test_a_groups_members_are_its_fighters(ex: Extractor) -> None:
    got = run(ex, "Drone strikes killed at least 17 Hezbollah members near the border on Sunday, the group said.")
    assert ("hezbollah", "casualties", 17) in figs(got)
    body = "A monitor said its count of Wagner members killed in Mali since June had risen to 64."
    assert figs(run(ex, body)) == {("wagner-group", "casualties", 64)}


def test_hezbollah_spelled_hizbullah_is_the_group(ex: Extractor) -> None:
    claims = run(ex, "Hizbullah instructors are now based near Qusayr in Syria, officials said.")
    assert ("hezbollah", "SY") in locs(claims)


def test_members_of_a_sponsors_group_are_the_groups(ex: Extractor) -> None:
    body = (
        "At least 29 members of Russia's Africa Corps have died in Niger since March, a monitor said. "
        "The new figure of 29 replaces a tally of 31 published in May."
    )
    assert figs(run(ex, body)) == {("africa-corps", "casualties", 29), ("africa-corps", "casualties", 31)}


def test_a_group_named_only_for_an_event_places_no_forces(ex: Extractor) -> None:
    body = (
        "British warships sailed to Cyprus in October. "
        "The sailors spent weeks in the eastern Mediterranean following the Hamas attack on Israel."
    )
    got = places(run(ex, body))
    assert ("GB", "Mediterranean Sea") in got
    assert not any(code == "hamas" for code, _ in got)
    body = "The frigate HMS Kent reached Duqm in May. Its crew patrolled the Gulf of Aden during the Houthi-led raids."
    assert not any(code == "houthis" for code, _ in places(run(ex, body)))
    # the group's assault that takes a place is its forces there
    body = "Shelling went on in January. In February a Wagner-led assault took the village of Klishchiivka."
    assert ("wagner-group", "UA") in locs(run(ex, body))


def test_a_quoted_count_of_a_groups_members_is_the_groups(ex: Extractor) -> None:
    claims = run(ex, 'The monitors now count "between 140 and 160" Wagner Group members at Bria.')
    assert figs(claims) == {("wagner-group", "troops", 140)}


def test_the_men_of_a_group_merged_into_another_stay_the_merged_groups(ex: Extractor) -> None:
    body = (
        "Wagner's remaining unit in Libya will be merged into Russia's Kremlin-backed Africa Corps, with"
        " about 400 of the roughly 900 contractors there due to sign by spring."
    )
    assert figs(run(ex, body)) == {("wagner-group", "troops", 400), ("wagner-group", "troops", 900)}
    body = "The Wagner Group unit in Mali is being absorbed into the Africa Corps, with some 700 men set to sign."
    assert figs(run(ex, body)) == {("wagner-group", "troops", 700)}


def test_a_states_navy_is_never_its_sponsored_groups(ex: Extractor) -> None:
    # a group has no navy or air force: "Russian navy corvettes" are Russia's even where Wagner is the topic
    body = (
        "The corps took over what the Wagner Group had run in the country. "
        "Russian navy corvettes have docked at Tobruk four times since March, port records show."
    )
    got = places(run(ex, body))
    assert not any(code == "wagner-group" for code, _ in got)


def test_a_group_named_as_the_threat_guarded_against_places_no_forces(ex: Extractor) -> None:
    body = (
        "France has 900 sailors in the Indian Ocean. The corvette Vega will sail to the Red Sea next week, "
        "where it will help shield tankers from Houthi attacks."
    )
    got = places(run(ex, body))
    assert ("FR", "Red Sea") in got
    assert not any(code == "houthis" for code, _ in got)


def test_the_corps_opening_a_sentence_stays_the_topic_over_a_group_it_took_over(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has about 900 men in Libya. The corps was formed in 2023 to absorb the old "
        "business of the Wagner Group in Syria. In addition to Libya, it keeps a team of about 80 advisers in Chad."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 80) in got
    assert ("wagner-group", "troops", 80) not in got


def test_a_count_of_its_groups_men_belongs_to_the_group(ex: Extractor) -> None:
    body = "The Kremlin keeps a hand in Libya, where about 800 contractors of its Wagner Group still guard oil fields."
    assert figs(run(ex, body)) == {("wagner-group", "troops", 800)}


def test_a_group_named_in_a_monitoring_project_owns_no_forces(ex: Extractor) -> None:
    body = (
        "Russian cargo flights brought some 300 Africa Corps instructors to Bamako in May, according to the "
        "Tracking Wagner project.\n\nAbout 90 of the men later drove on to Timbuktu, the researchers believe."
    )
    got = run(ex, body)
    assert ("africa-corps", "troops", 90) in figs(got)
    assert not any(c.actor.code == "wagner-group" for c in got)


def test_a_count_of_a_states_navy_ships_stays_the_states_beside_a_group_named(ex: Extractor) -> None:
    # the count's own words name the navy: the ships are the state's, the cargo for the group is the group's
    body = (
        "Three Russian navy cargo ships unloaded about 60 trucks and armoured cars at Benghazi, bound for Africa "
        "Corps units in the Sahel, a Libyan source said."
    )
    got = figs(run(ex, body))
    assert ("RU", "equipment", 3) in got and ("africa-corps", "equipment", 3) not in got


def test_a_group_named_at_the_end_of_a_projects_title_is_no_actor(ex: Extractor) -> None:
    body = (
        "Two Russian cargo ships unloaded some 30 armoured cars at Benghazi, destined for Africa Corps units.\n\n"
        "Open Eyes on Wagner, citing imagery from May 3, said the two cargo ships were moored at Benghazi."
    )
    assert not any(code == "wagner-group" for code, _, _ in figs(run(ex, body)))


def test_the_corps_force_in_a_country_is_the_corps_not_the_country(ex: Extractor) -> None:
    body = (
        "The Africa Corps is in Mali. The corps' detachment in Niger, which first arrived in 2030, "
        "has grown to some 400 instructors, a source said."
    )
    assert ("africa-corps", "troops", 400) in figs(run(ex, body))
    assert not any(c.actor.code == "NE" for c in run(ex, body))


def test_a_group_named_after_an_article_is_no_noun_of_the_capital_before(ex: Extractor) -> None:
    # "Envoys in Niamey expect the Africa Corps to ...": the noun ending the group's name is not the capital's
    body = "Envoys in Niamey expect the Africa Corps to move trainers into Benin next year."
    assert ("africa-corps", "BJ") in locs(run(ex, body))


def test_a_groups_own_outlet_counts_the_groups_men(ex: Extractor) -> None:
    # an outlet close to a group speaks for it: the bare count it gives is the group's, not the actor named last
    body = (
        "Rebels said on Monday they had ambushed a patrol of the Wagner Group near Menaka.\n\n"
        "The route has been cut since the Islamic State began raiding convoys last year.\n\n"
        "A Telegram channel close to the Wagner Group acknowledged that 9 fighters had died in the clash."
    )
    assert ("wagner-group", "casualties", 9) in figs(run(ex, body))
    assert not any(code != "wagner-group" for code, _, _ in figs(run(ex, body)))


def test_a_shared_acronym_is_the_force_the_item_names(ex: Extractor) -> None:
    body = (
        "Japan's cabinet extended the mission. "
        "Roughly 90 SDF personnel are stationed at a base in Juba, the minister said."
    )
    assert figs(run(ex, body)) == {("JP", "troops", 90)}
    assert figs(run(ex, "Roughly 90 SDF fighters guard the camp near Raqqa in Syria, Syrian officials said.")) == {
        ("sdf", "troops", 90)
    }


def test_the_group_that_took_over_anothers_posts_owns_the_count_it_now_has(ex: Extractor) -> None:
    # "X has taken over the bases Y ran and now has N": Y is the takeover's object, the count is X's
    body = (
        "Officials in Bamako say the Africa Corps has taken over each of the camps Wagner fighters used to run "
        "and now fields roughly 2,300 men across Mali."
    )
    assert figs(run(ex, body)) == {("africa-corps", "troops", 2300)}
