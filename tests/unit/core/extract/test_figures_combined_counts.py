"""Counts of several states' forces together, and counts given for each state.

A total for a coalition, a joint force or "troops from several states" is no one state's figure, while "N from
each country" is every state's; these tests keep the two apart on sentences written for the test.
"""

from __future__ import annotations

from extract_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_total_for_several_states_is_no_figure(ex: Extractor) -> None:
    body = (
        "Kenya sent 400 police officers. "
        "Benin, Chad and Togo have also promised personnel, bringing the total to 2,100."
    )
    assert figs(run(ex, body)) == {("KE", "troops", 400)}


def test_total_with_one_states_share_is_no_figure_for_it(ex: Extractor) -> None:
    claims = run(ex, "This year's drills involve about 9,400 troops, 5,000 of them French.")
    assert figs(claims) == {("FR", "troops", 5000)}


def test_troops_from_several_states_are_a_combined_count(ex: Extractor) -> None:
    claims = run(ex, "About 6,000 troops from Kenya, Uganda and partner nations began drills in Tanzania.")
    assert figs(claims) == set()


def test_total_counting_both_actors_is_no_figure(ex: Extractor) -> None:
    claims = run(ex, "Some 9,000 troops drilled in Armenia, counting both Russian and Armenian soldiers, at 30 ranges.")
    assert not figs(claims)


def test_a_combined_count_of_several_states_is_no_ones(ex: Extractor) -> None:
    claims = run(ex, "Chile has 200 troops in Haiti. Together the three countries now have about 900 soldiers there.")
    assert figs(claims) == {("CL", "troops", 200)}


def test_one_navys_ships_or_one_governments_moves_together_are_its_count(ex: Extractor) -> None:
    body = (
        "The USS Ashland left Sasebo with two destroyers on Friday, the U.S. Navy said. "
        "Together the warships carry about 3,100 sailors and Marines."
    )
    assert ("US", "troops", 3100) in figs(run(ex, body))
    body = (
        "The Pentagon ordered a second carrier to the Arabian Sea on Monday. "
        "Taken together, the moves add roughly 8,500 sailors and Marines, an official said."
    )
    assert ("US", "troops", 8500) in figs(run(ex, body))


def test_a_count_from_many_nations_is_no_one_states_but_a_missions(ex: Extractor) -> None:
    claims = run(ex, "Finland said about 18,000 troops from 11 allied nations would join its winter drills.")
    assert figs(claims) == set()
    claims = run(ex, "UNMISS, which has about 17,000 troops from 60 countries, extended its patrols.")
    assert ("unmiss", "troops", 17000) in {(c.actor.code.lower(), c.topic, c.figure.value) for c in claims if c.figure}


def test_a_count_mostly_of_one_nation_is_no_ones(ex: Extractor) -> None:
    body = "About 900 troops are taking part in the drill, most of them Norwegian, the command said."
    assert not any(a == "NO" for a, _, _ in figs(run(ex, body)))


def test_a_count_mostly_from_one_unit_still_counts(ex: Extractor) -> None:
    body = "Norway has sent about 900 troops to Lithuania, most of them from the Telemark battalion."
    assert ("NO", "troops", 900) in figs(run(ex, body))


def test_shared_noun_of_two_demonyms_is_still_no_figure_for_either(ex: Extractor) -> None:
    claims = run(ex, "The strike killed 40 Russian and North Korean troops.")
    assert not figs(claims)


def test_a_count_from_each_country_is_each_states(ex: Extractor) -> None:
    body = (
        "The MNJTF, set up by Chad, Niger and Nigeria in 2015, now has nine armoured vehicles, three from each "
        "country, with about 500 soldiers."
    )
    got = figs(run(ex, body))
    assert {("TD", "equipment", 3), ("NE", "equipment", 3), ("NG", "equipment", 3)} <= got
    assert ("mnjtf", "equipment", 3) not in got


def test_each_contributing_a_count_is_each_states(ex: Extractor) -> None:
    body = "Sweden, Finland and Norway set up the squadron in March 2025, each contributing three jets."
    assert figs(run(ex, body)) == {("SE", "equipment", 3), ("FI", "equipment", 3), ("NO", "equipment", 3)}


def test_a_count_from_each_country_with_no_states_named_is_nobodys(ex: Extractor) -> None:
    body = "The MNJTF took in its first units in 2015. It now has nine armoured vehicles, three from each country."
    assert not {f for f in figs(run(ex, body)) if f[2] == 3}


def test_a_count_from_each_of_two_demonyms_is_each_states(ex: Extractor) -> None:
    body = "A Turkish-Azerbaijani monitoring centre with up to 40 servicemen from each country has operated in Aghdam."
    assert {("TR", "troops", 40), ("AZ", "troops", 40)} <= figs(run(ex, body))


def test_totals_of_many_nations_belong_to_no_one_state(ex: Extractor) -> None:
    body = (
        "About 300 Spanish soldiers joined the drills in Peru.\n\n"
        "In all about 1,800 personnel from the participating nations are taking part, the army said.\n\n"
        "Officials said the exercise would bring together about 120 aircraft and 2,800 personnel."
    )
    claims = run(ex, body)
    assert ("ES", "troops", 300) in figs(claims)
    assert not {v for _, _, v in figs(claims)} & {1800, 120, 2800}
    body = (
        "Kyiv said it had identified more than 900 citizens of 24 Asian countries fighting for Russia, "
        "among them more than 100 Nepalis."
    )
    claims = run(ex, body)
    assert ("np-fighters", "troops", 100) in figs(claims)
    assert not any(c.figure and c.figure.value == 900 for c in claims)
    body = "Spanish forces in Iraq will be brought together under one command, and will shrink to 400 troops."
    assert ("ES", "troops", 400) in figs(run(ex, body))


def test_a_count_set_off_after_two_states_troops_is_neither_states(ex: Extractor) -> None:
    assert not figs(run(ex, "Officials say Emirati and Saudi troops, about 1,000 in all, were sent to Marib."))


def test_a_combined_presence_is_no_figure_for_either_force(ex: Extractor) -> None:
    body = "A UN report put the combined Russian presence in Libya at between 1,800 and 2,300."
    got = run(ex, body)
    assert not any(value == 1800 for _, _, value in figs(got))
    body = "Diplomats put the combined strength of Wagner and the Africa Corps in Mali at about 3,000."
    assert not any(value == 3000 for _, _, value in figs(run(ex, body)))
    # one force's count stays
    body = "A UN report put the Russian presence in Libya at about 1,800."
    assert ("RU", "troops", 1800) in figs(run(ex, body))


def test_a_share_of_a_multinational_whole_that_names_its_state(ex: Extractor) -> None:
    body = (
        "The Dutch-led battlegroup took over in Lithuania in May. Of the roughly 1,800 troops in the battlegroup, "
        "about 1,100 are Dutch; the rest come from six allies."
    )
    got = figs(run(ex, body))
    assert ("NL", "troops", 1100) in got
    assert not any(value == 1800 for _, _, value in got)
    # a split of a count given still counts nothing new
    body = "Of the five Dutch soldiers wounded, three have returned to duty, the ministry said."
    assert ("NL", "casualties", 3) not in figs(run(ex, body))


def test_each_contributor_of_a_listed_battlegroup_keeps_its_own_share(ex: Extractor) -> None:
    body = "The multinational battalion counts about 900 Spanish soldiers, some 300 Slovaks and 120 Danish."
    got = figs(run(ex, body))
    assert ("ES", "troops", 900) in got
    assert ("SK", "troops", 300) in got
    assert ("DK", "troops", 120) in got
    assert ("ES", "troops", 300) not in got
    body = "The battalion has 900 Spanish soldiers, 300 Slovaks and 150 French."
    got = figs(run(ex, body))
    assert ("SK", "troops", 300) in got
    assert ("FR", "troops", 150) in got


def test_a_share_from_a_named_country_in_a_list_is_that_countrys(ex: Extractor) -> None:
    body = "The force also includes some 400 Polish troops, about 150 from Slovenia and a Croatian engineer platoon."
    got = figs(run(ex, body))
    assert ("PL", "troops", 400) in got
    assert ("SI", "troops", 150) in got
    assert ("PL", "troops", 150) not in got


def test_a_states_share_of_a_joint_force_is_that_states(ex: Extractor) -> None:
    body = (
        "Spain and Italy plan to deploy about 6,000 troops to the mission, with the Spanish share set at up to "
        "2,500 and the Italian at roughly 3,500, officials said."
    )
    got = figs(run(ex, body))
    assert ("ES", "troops", 2500) in got
    assert ("IT", "troops", 3500) in got
    assert ("IT", "troops", 2500) not in got
    body = "Portugal and Greece will send 900 soldiers, with the Greek contribution put at 400."
    got = figs(run(ex, body))
    assert ("GR", "troops", 400) in got


def test_a_joint_total_of_two_states_is_neither_states_figure(ex: Extractor) -> None:
    body = "Spain and Italy will deploy about 3,000 soldiers to Lebanon next year, officials said."
    got = run(ex, body)
    assert not figs(got)
    assert {("ES", "LB"), ("IT", "LB")} <= locs(got)
    # each state's own share still counts
    body = "Spain and Italy will deploy 3,000 soldiers to Lebanon, with the Spanish share set at 1,800."
    got_figs = figs(run(ex, body))
    assert ("ES", "troops", 1800) in got_figs
    assert not any(value == 3000 for _, _, value in got_figs)
    # one state's own count stays its figure
    body = "Spain will deploy about 3,000 soldiers to Lebanon next year, officials said."
    assert ("ES", "troops", 3000) in figs(run(ex, body))


def test_a_total_of_a_sponsors_nationals_over_two_of_its_groups_is_neither_groups_figure(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps flew about 400 soldiers into Niger in May. The Wagner Group still keeps some 800 "
        "fighters in the country, an official said. In all, some 1,200 Russians are now deployed there, he said."
    )
    claims = figs(run(ex, body))
    assert ("africa-corps", "troops", 400) in claims
    assert ("wagner-group", "troops", 800) in claims
    assert not any(v == 1200 for _, _, v in claims)


def test_a_total_of_nationals_with_one_group_named_stays_a_figure(ex: Extractor) -> None:
    body = (
        "The Wagner Group keeps some 800 fighters in Mali, an official said. In all, some 1,200 Russians are now "
        "deployed there, he said."
    )
    assert any(v == 1200 for _, _, v in figs(run(ex, body)))


def test_a_figure_that_includes_both_of_two_forces_is_neither_ones(ex: Extractor) -> None:
    body = (
        "Monitors counted at least 3,000 Russian personnel in Mali, a total that includes both Africa Corps "
        "contractors and regular soldiers."
    )
    assert ("africa-corps", "troops", 3000) not in figs(run(ex, body))


def test_a_count_of_two_states_nationals_in_apposition_is_no_ones(ex: Extractor) -> None:
    body = (
        "A Kenyan army officer serving with UNMISS was wounded near Malakal on Friday. Two other monitors travelling"
        " with him, a Nepali and a Zambian officer, were unhurt."
    )
    assert figs(run(ex, body)) == set()


def test_a_total_set_off_as_two_forces_combined_is_neither_ones(ex: Extractor) -> None:
    body = "Diplomats believe roughly 2,600 Russian gunmen are in Niger, Wagner and Africa Corps combined."
    got = run(ex, body)
    assert not {f for f in figs(got) if f[2] == 2600}
    assert ("wagner-group", "NE") in locs(got)
    # one force's total over a list of places stays its own
    body = "Analysts said the Africa Corps has about 2,600 personnel in Mali, Burkina Faso and Niger combined."
    assert ("africa-corps", "troops", 2600) in figs(run(ex, body))


def test_a_count_of_a_belligerent_and_its_ally_together_is_no_figure(ex: Extractor) -> None:
    # "A and B have massed N troops in <A's region>": a joint total, though A is at home there
    body = "Russia and North Korea have gathered about 45,000 troops in the Bryansk region, Kyiv said."
    claims = run(ex, body)
    assert not any(value == 45000 for _, _, value in figs(claims))
    assert ("KP", "RU") in locs(claims)


def test_a_count_of_one_state_in_the_others_home_keeps_its_figure(ex: Extractor) -> None:
    body = "North Korea has about 9,000 troops in the Bryansk region, Kyiv said."
    assert ("KP", "troops", 9000) in figs(run(ex, body))


def test_a_joint_body_of_two_sides_gives_neither_its_count(ex: Extractor) -> None:
    body = (
        "A joint column of Burkinabe troops and Africa Corps fighters, some 45 vehicles in all, "
        "was moving from Dori to Djibo."
    )
    got = figs(run(ex, body))
    assert not any(v == 45 for _, _, v in got)


def test_allied_troops_are_no_one_states_count(ex: Extractor) -> None:
    body = "Beside a U.S. battalion and a Dutch company, more than 3,000 allied troops are now in Latvia."
    claims = run(ex, body)
    assert figs(claims) == set()
    # the forces the sentence names are still there
    assert ("NL", "LV") in locs(claims)
    # a hyphenated ally names the state the fighters are allied to
    assert figs(run(ex, "More than 3,000 Iranian-allied fighters are in Syria.")) == {("IR", "troops", 3000)}


def test_a_total_left_unsplit_between_two_groups_is_no_figure(ex: Extractor) -> None:
    body = (
        "Russia folded Wagner into the Africa Corps in Mali in 2024. Officials reckoned roughly 2,100 Russian "
        "fighters were in the country, but did not say how they were shared among the two outfits."
    )
    assert not {f for f in figs(run(ex, body)) if f[2] == 2100}
    # a state's troops split between two places stay its own
    body = "Britain will send 1,000 soldiers to the Baltics, to be split between the two countries."
    assert ("GB", "troops", 1000) in figs(run(ex, body))


def test_a_total_whose_owner_of_each_part_is_left_open_is_no_figure(ex: Extractor) -> None:
    body = (
        "Western diplomats estimate that about 900 Russian contractors are in Chad, without saying how many of "
        "them belong to Wagner."
    )
    claims = run(ex, body)
    assert not {f for f in figs(claims) if f[2] == 900}
    # the forces the sentence names are still there
    assert ("wagner-group", "TD") in locs(claims)
    body = (
        "Analysts count some 150 Quds Force officers in Yemen alongside Hezbollah trainers; analysts cannot "
        "separate these two forces."
    )
    assert not {f for f in figs(run(ex, body)) if f[2] == 150}
    # an open question about something else leaves the count alone
    body = "Iran has sent about 150 Quds Force officers to Yemen, without saying how many drones they brought."
    assert ("IR", "troops", 150) in figs(run(ex, body))


def test_counts_drawn_from_both_sides_forces_are_no_ones(ex: Extractor) -> None:
    body = "The Australian navy's drills with Japan will involve about 60 jets and 14 frigates from both navies."
    assert figs(run(ex, body)) == set()
    body = "Australia's exercise with Japan will field some 3,000 sailors from the two navies off Darwin."
    assert figs(run(ex, body)) == set()
    # a count of one side's forces, with both sides named elsewhere, stays its own
    body = "Australia will send 14 frigates to the drills, where both navies will practise landings."
    assert ("AU", "equipment", 14) in figs(run(ex, body))


def test_a_total_drawn_from_several_countries_is_no_figure_for_the_state_named_before(ex: Extractor) -> None:
    # a multinational force's total counts many contributors' troops together
    got = run(
        ex,
        "Kenya has about 400 police officers and soldiers in Haiti, its defence ministry says.\n\n"
        "The multinational mission, which has some 2,900 troops drawn from six countries, will be trimmed in May.",
    )
    assert 2900 not in {v for _, _, v in figs(got)}


def test_a_total_not_broken_down_between_two_forces_is_neither_ones(ex: Extractor) -> None:
    body = (
        "The Wagner Group has about 400 men in Mali. The envoy said about 2,000 Russian trainers were in Libya, "
        "without breaking that total down between the corps and ex-Wagner men."
    )
    got = figs(run(ex, body))
    assert not any(v == 2000 for _, _, v in got)


def test_a_whole_that_includes_a_states_unit_is_not_that_states_count(ex: Extractor) -> None:
    # "Including a Dutch platoon, the battlegroup would number N": the state's unit is a part of the whole
    body = (
        "Denmark will send about 300 more troops to the battlegroup it leads in Lithuania. Including a Dutch "
        "engineer platoon, the battlegroup would then number some 1,900 personnel in all."
    )
    assert figs(run(ex, body)) == {("DK", "troops", 300)}
    assert figs(run(ex, "Including a Dutch engineer platoon, Denmark's contingent numbers 900 soldiers.")) == {
        ("DK", "troops", 900)
    }


def test_a_staff_drawn_from_all_members_is_no_figure_for_the_state_named_before(ex: Extractor) -> None:
    # "officers drawn from all N members": a multinational total, as "drawn from N countries"
    body = "Poland sends 900 troops to the mission. Its staff employs about 240 officers drawn from all 11 members."
    assert figs(run(ex, body)) == {("PL", "troops", 900)}


def test_a_number_of_members_that_send_forces_counts_states(ex: Extractor) -> None:
    # "N members send X": the alliance's member states are counted, not the forces they send
    body = "Poland sends 900 troops to the mission. Five smaller members send only liaison officers."
    assert figs(run(ex, body)) == {("PL", "troops", 900)}


def test_a_count_each_for_several_unnamed_states_is_no_ones_figure(ex: Extractor) -> None:
    # "N other countries send M each": one count for each of states the item does not name
    body = (
        "The biggest contingents in Kosovo are Italy 1,100; Hungary 700; Austria 320. Three other countries "
        "send more than 200 each, and the contingents rotate every nine months."
    )
    got = figs(run(ex, body))
    assert ("AT", "troops", 320) in got
    assert not {v for (_, _, v) in got} & {200}


def test_two_forces_that_together_number_a_count_are_no_ones_figure(ex: Extractor) -> None:
    body = (
        "Further south, Belarusian military and Wagner Group instructors together number roughly 1,700, "
        "split between Sirte and Hun."
    )
    assert figs(run(ex, body)) == set()


def test_an_unnamed_mission_of_an_alliance_drawn_from_many_states_is_no_states_figure(ex: Extractor) -> None:
    # "the African Union mission, which has N troops drawn from five countries": the alliance's name only
    # qualifies the mission; no state named before owns the total
    body = (
        "Spain has about 700 troops in the country, its defence ministry says.\n\nSOMALIA\n"
        "The African Union mission, which counts some 9,000 troops drawn from six countries, will shrink in May."
    )
    assert figs(run(ex, body)) == {("ES", "troops", 700)}


def test_a_joint_label_places_both_states_and_gives_neither_the_total(ex: Extractor) -> None:
    # "- A and B: N ships in all, off P": the line's label names both owners; the total is neither one's
    claims = run(ex, "- Greece and Cyprus: four frigates in all, working off the Kherson coast.")
    assert not figs(claims)
    assert locs(claims) == {("GR", "UA"), ("CY", "UA")}


def test_a_count_for_a_list_of_states_together_is_no_ones(ex: Extractor) -> None:
    claims = run(ex, "Together, Chile, Peru, Italy and Brazil have roughly 3,000 soldiers deployed abroad.")
    assert figs(claims) == set()


def test_a_total_line_after_rows_of_several_states_is_no_rows_figure(ex: Extractor) -> None:
    # "Total: N" under rows that each give one state's count sums them: not the last row's state's figure
    body = (
        "The coalition gave its strength by contributor on Tuesday.\n\n"
        "Ghana: 1,200 (Tombouctou)\nSenegal: 800 (Gao)\nNigeria: 650 (Mopti)\n\n"
        "Total deployed personnel: 2,650, below a planned 3,000."
    )
    assert figs(run(ex, body)) == {("GH", "troops", 1200), ("SN", "troops", 800), ("NG", "troops", 650)}
