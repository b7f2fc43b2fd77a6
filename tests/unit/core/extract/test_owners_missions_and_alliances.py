"""Missions, peace operations and alliances as actors, and the national contingents serving in them.

A mission's strength is the mission's figure, a contributor's contingent is the contributor's; these tests keep the
two apart on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extract_helpers import driver_run, figs, locs, places, run

from claimwatch.core.extract import Extractor


def test_un_missions_are_group_actors(ex: Extractor) -> None:
    claims = run(ex, "MONUSCO's roughly 11,000 peacekeepers are deployed in eastern Congo.")
    assert ("monusco", "troops", 11000) in figs(claims)
    assert all(c.actor.kind == "group" for c in claims)


# --- alliances and multinational formations (invented sentences) ---


def test_alliance_mission_is_a_group_actor(ex: Extractor) -> None:
    claims = run(ex, "EUFOR has about 1,100 soldiers in Bosnia, its commander said.")
    assert figs(claims) == {("eufor", "troops", 1100)}
    claims = run(ex, "The AU mission ATMIS kept about 9,000 soldiers in Somalia this spring.")
    assert ("atmis", "troops", 9000) in figs(claims)


def test_lead_state_does_not_own_the_alliance_formation(ex: Extractor) -> None:
    claims = run(ex, "Spain leads NATO's battle group in Slovakia, based near Lest, which has about 900 troops.")
    assert figs(claims) == {("nato", "troops", 900)}
    claims = run(ex, "The Danish-led NATO battlegroup numbers about 1,200 troops, about 500 of them Danish.")
    assert figs(claims) == {("nato", "troops", 1200), ("DK", "troops", 500)}


def test_csto_force_is_a_group(ex: Extractor) -> None:
    claims = run(ex, "The CSTO said its force in Armenia numbered about 1,800 troops.")
    assert ("csto", "troops", 1800) in figs(claims)


def test_missions_are_their_own_actors(ex: Extractor) -> None:
    claims = run(ex, "ECOWAS has approved sending about 1,500 troops to Guinea-Bissau, the bloc said.")
    assert ("ecowas", "troops", 1500) in figs(claims)


def test_a_contributor_to_a_bracketed_mission_owns_its_count(ex: Extractor) -> None:
    body = (
        "Burundi is the biggest contributor to the African Union Support and Stabilization Mission in Somalia "
        "(AUSSOM), with about 3,100 troops. The mission as a whole has about 11,500 soldiers and police."
    )
    claims = run(ex, body)
    assert ("BI", "troops", 3100) in figs(claims)
    assert ("aussom", "troops", 11500) in figs(claims)
    assert {("BI", "SO"), ("aussom", "SO")} <= locs(claims)


def test_a_peace_operation_serves_in_its_theatre(ex: Extractor) -> None:
    body = (
        "About 750 Nepalese soldiers serve with UNIFIL, the army said.\n\n"
        "UNIFIL was set up in 1978. Ghana, Malaysia and Spain also contribute troops."
    )
    claims = run(ex, body)
    assert ("NP", "troops", 750) in figs(claims)
    assert {("NP", "LB"), ("GH", "LB"), ("MY", "LB"), ("ES", "LB")} <= locs(claims)
    assert not any(c.actor.code == "unifil" and not c.figure for c in claims)


def test_a_mission_named_as_a_modifier_of_contributor_owns_nothing(ex: Extractor) -> None:
    claims = run(ex, "Burundi, the second-largest AUSSOM contributor with about 3,000 troops, said it would stay.")
    assert ("BI", "troops", 3000) in figs(claims)
    assert not any(c.actor.code == "aussom" for c in claims)


def test_a_many_nation_count_in_an_alliances_exercise_is_the_alliances(ex: Extractor) -> None:
    body = (
        "Poland will host NATO's Steel Shield exercise in May, which is expected to bring some 20,000 troops "
        "from 18 countries to Poland, along with 90 aircraft and 30 ships."
    )
    claims = run(ex, body)
    assert {("nato", "troops", 20000), ("nato", "equipment", 90), ("nato", "equipment", 30)} <= figs(claims)
    claims = run(ex, "Some 20,000 troops from 18 countries took part in the drills in Poland, Warsaw said.")
    assert not figs(claims)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("ECOMIG now has roughly 900 soldiers, most of them near Banjul, officials said.", "ecomig"),
        ("The ECOWAS Stabilization Support Mission in Guinea-Bissau counts about 500 troops.", "essmgb"),
        ("ECOMIB kept about 600 soldiers and police in the country until it left.", "ecomib"),
    ],
)
def test_ecowas_missions_are_their_own_actors(ex: Extractor, body: str, code: str) -> None:
    assert {(a, t) for a, t, _ in figs(run(ex, body))} == {(code, "troops")}


def test_a_national_training_mission_is_not_a_peace_operation(ex: Extractor) -> None:
    body = "Britain has about 100 instructors in Kenya. The mission will grow to about 150 next year, officials said."
    assert all(a == "GB" for a, _, _ in figs(run(ex, body)))


def test_the_navy_is_a_states_not_a_missions(ex: Extractor) -> None:
    body = (
        "Pakistan has sent two more frigates to the Red Sea, the navy said.\n\n"
        "Operation Aspides has escorted dozens of merchant ships there since 2024.\n\n"
        "Last year the navy deployed at least 9 warships and more than 1,200 sailors in the region."
    )
    got = figs(run(ex, body))
    assert ("PK", "equipment", 9) in got and ("PK", "troops", 1200) in got
    assert not any(a == "aspides" for a, _, _ in got)


def test_a_mission_named_in_the_sentence_is_the_mission_meant(ex: Extractor) -> None:
    body = (
        "UNMISS has about 17,000 personnel, officials said.\n\n"
        "Donors also funded the UNIFIL mission in Lebanon, where about 10,000 troops are deployed."
    )
    assert ("unifil", "troops", 10000) in figs(run(ex, body))


def test_kosovo_force_is_its_own_mission_in_kosovo(ex: Extractor) -> None:
    # KFOR is a multinational force with its own command: its figures are not NATO's, and it serves in Kosovo
    claims = run(ex, "KFOR currently counts about 4,300 soldiers, its commander said.")
    assert figs(claims) == {("kfor", "troops", 4300)}
    assert ("kfor", "Kosovo") in places(claims)


def test_hormuz_maritime_mission_is_its_own_actor_in_the_strait(ex: Extractor) -> None:
    claims = run(ex, "The European-led mission EMASoH now has four frigates on station, a spokesman said.")
    assert figs(claims) == {("emasoh", "equipment", 4)}
    assert ("emasoh", "Strait of Hormuz") in places(claims)


def test_the_missions_strength_is_the_missions_count(ex: Extractor) -> None:
    # "bringing the mission's strength in the region to five warships": the mission named in the sentence
    body = (
        "The Spanish frigate Cristobal Colon, with about 200 sailors on board, entered the Red Sea on Friday "
        "to join the Aspides mission, bringing the mission's strength in the region to five warships."
    )
    assert figs(run(ex, body)) == {("ES", "troops", 200), ("aspides", "equipment", 5)}


def test_a_successor_mission_is_its_own_actor(ex: Extractor) -> None:
    # the Gang Suppression Force replaced the Multinational Security Support mission in Haiti under its own
    # mandate: its troops are not the MSS's
    claims = run(ex, "About 700 troops of the Gang Suppression Force are now deployed in Haiti, officials said.")
    assert ("gsf-haiti", "troops", 700) in figs(claims)
    assert ("gsf-haiti", "HT") in locs(claims)
    assert not any(c.actor.code == "mss-haiti" for c in claims)


def test_a_missions_forces_in_the_country_are_in_its_theatre(ex: Extractor) -> None:
    # the states named last voted on the mandate; "the country" of the mission's forces is where it serves
    body = (
        "The council renewed the mandate of UNMISS, with Russia and China abstaining. "
        "The mission has about 17,000 troops in the country, officials said."
    )
    assert locs(run(ex, body)) == {("unmiss", "SS")}


@pytest.mark.parametrize(
    "body",
    [
        "A third group of about 300 Ghanaian soldiers landed in Mogadishu, bringing Ghana's AUSSOM contingent to "
        "about 900.",
        "Ghana's AUSSOM contingent has about 900 soldiers.",
    ],
)
def test_a_states_contingent_in_a_peace_operation_is_the_states(ex: Extractor, body: str) -> None:
    got = figs(run(ex, body))
    assert ("GH", "troops", 900) in got
    assert not {f for f in got if f[0] == "aussom"}


def test_its_army_is_a_states_force_not_a_missions(ex: Extractor) -> None:
    body = (
        "UNIFIL has about 10,000 troops in Lebanon, and Ghana is among its contributors. "
        "Its army has about 15,000 soldiers."
    )
    assert figs(run(ex, body)) == {("unifil", "troops", 10000), ("GH", "troops", 15000)}


def test_the_black_sea_mine_countermeasures_group_is_its_own_actor(ex: Extractor) -> None:
    body = "The Black Sea mine countermeasures task group now has four minehunters with about 150 sailors."
    assert figs(run(ex, body)) == {("mcm-black-sea", "equipment", 4), ("mcm-black-sea", "troops", 150)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "UNIFIL is shrinking. The remaining Spanish UNIFIL contingent of about 600 would leave by March.",
            ("ES", "troops", 600),
        ),
        ("About 300 Kenyan AUSSOM troops patrolled near Kismayo.", ("KE", "troops", 300)),
    ],
)
def test_a_demonym_before_a_peace_operation_is_the_national_contingent(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in figs(run(ex, body))


def test_a_missions_authorised_strength_is_its_figure(ex: Extractor) -> None:
    body = "UNMISS has about 12,000 troops. Its authorised strength is 17,000."
    assert ("unmiss", "troops", 17000) in figs(run(ex, body))


def test_a_state_named_before_keeps_its_contingent_serving_with_a_mission(ex: Extractor) -> None:
    got = figs(run(ex, "Nepal has about 900 soldiers serving with UNIFIL in southern Lebanon."))
    assert ("NP", "troops", 900) in got
    assert not {f for f in got if f[0] != "NP"}


def test_people_who_serve_with_a_peace_operation_are_their_states_contingent(ex: Extractor) -> None:
    got = run(ex, "About 700 Paraguayans serve with UNFICYP in Cyprus.")
    assert ("PY", "troops", 700) in figs(got)


def test_a_mission_without_a_country_is_placed_in_its_territory(ex: Extractor) -> None:
    claims = run(ex, "Nepal provides about 440 soldiers to UNDOF, the UN force that monitors the 1974 ceasefire line.")
    assert ("NP", "troops", 440) in figs(claims)
    assert {c.location.name for c in claims if c.location} == {"Golan Heights"}


def test_the_multinational_force_in_the_sinai_is_its_own_actor(ex: Extractor) -> None:
    claims = run(ex, "The Multinational Force and Observers has about 1,100 troops in Egypt's Sinai, it said.")
    assert ("mfo", "troops", 1100) in figs(claims)


def test_the_framework_a_state_deploys_under_is_no_owner(ex: Extractor) -> None:
    body = "Canada first deployed to Latvia under NATO's Enhanced Forward Presence in 2017, with about 450 troops."
    got = run(ex, body)
    assert figs(got) == {("CA", "troops", 450)}
    assert locs(got) == {("CA", "LV")}
    body = "Italy went to Lebanon under UNIFIL in 2006, with about 2,500 soldiers."
    assert figs(run(ex, body)) == {("IT", "troops", 2500)}


def test_a_contingent_serving_with_a_un_mission_is_the_contributing_states(ex: Extractor) -> None:
    body = (
        "Some 600 Nepalese soldiers flew to Lebanon on Monday, the Nepali army said. "
        "In South Sudan, an infantry battalion of about 850 soldiers serving with UNMISS in Bor finished its "
        "rotation last month."
    )
    got = run(ex, body)
    assert ("NP", "troops", 850) in figs(got)
    assert ("unmiss", "troops", 850) not in figs(got)
    # a state named as the subject keeps its count
    body = "Ghana has 800 troops serving with UNIFIL in southern Lebanon, the Ghanaian army said."
    assert figs(run(ex, body)) == {("GH", "troops", 800)}


def test_a_bilateral_mission_is_not_the_un_mission_named_before(ex: Extractor) -> None:
    body = (
        "Nepal keeps about 900 troops with UNIFIL in Lebanon, its army said. "
        "The bilateral mission, which began in 2024 with 200 troops, now numbers about 500 soldiers, "
        "the army said."
    )
    got = figs(run(ex, body))
    assert ("NP", "troops", 500) in got
    assert not any(code == "unifil" for code, _, _ in got)


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


def test_a_un_mission_named_by_its_theatre_is_the_mission(ex: Extractor) -> None:
    body = "The United Nations mission in Western Sahara has moved 25 observers to Dakhla, a U.N. spokesman said."
    got = run(ex, body)
    assert figs(got) == {("minurso", "troops", 25)}
    assert ("minurso", "EH") in locs(got)


@pytest.mark.parametrize(
    ("body", "want", "country"),
    [
        ("UNMIK has about 300 personnel in Kosovo.", ("unmik", "troops", 300), "XK"),
        ("The EUMM has 200 monitors in Georgia.", ("eumm-georgia", "troops", 200), "GE"),
        ("Takuba had about 900 troops in Mali.", ("takuba", "troops", 900), "ML"),
        (
            "Operation Inherent Resolve has about 2,500 troops in Iraq.",
            ("operation-inherent-resolve", "troops", 2500),
            "IQ",
        ),
        ("The JEF deployed 10,000 troops to Estonia.", ("jef", "troops", 10000), "EE"),
        ("The EACRF had about 3,000 troops in North Kivu.", ("eacrf", "troops", 3000), "CD"),
        ("The United Nations Command has 28,500 troops in South Korea.", ("un-command", "troops", 28500), "KR"),
    ],
)
def test_missions_and_coalitions(ex: Extractor, body: str, want: tuple, country: str) -> None:
    got = run(ex, body)
    assert want in figs(got)
    assert (want[0], country) in locs(got)


def test_the_alliance_a_rotation_supports_does_not_own_it(ex: Extractor) -> None:
    body = (
        "The United States is rotating more armored units through the Baltic states.\n\n"
        "Soldiers from the 3rd Infantry Division began arriving in Latvia this week in support of NATO's"
        " deterrence mission."
    )
    claims = run(ex, body)
    assert ("US", "LV") in locs(claims)
    assert not any(actor == "nato" for actor, _ in locs(claims))


def test_a_mission_a_ship_sails_to_join_is_not_its_owner(ex: Extractor) -> None:
    body = (
        "France has 900 sailors in the Indian Ocean. The frigate Vega will sail to the Arabian Sea next month, "
        "where it is to join the EU's Aspides naval mission."
    )
    got = places(run(ex, body))
    assert ("FR", "Arabian Sea") in got
    assert not any(code != "FR" for code, _ in got)


def test_a_pronoun_after_a_lead_state_counts_its_own_forces(ex: Extractor) -> None:
    body = (
        "Spain has led the allied battlegroup in Slovakia since 2023, when it first deployed some 650 soldiers "
        "there."
    )
    assert ("ES", "troops", 650) in figs(run(ex, body))
    body = "Spain leads NATO's battlegroup in Slovakia, where it has about 650 soldiers."
    assert ("ES", "troops", 650) in figs(run(ex, body))
    # the formation's own count stays the alliance's
    body = "Spain leads NATO's battlegroup in Slovakia, which has about 1,650 soldiers."
    assert ("ES", "troops", 1650) not in figs(run(ex, body))


# --- forces of the allies together (invented sentences) ---


def test_allied_forces_place_no_state_of_their_own(ex: Extractor) -> None:
    lead = "Norway has flown eight F-35 jets to Iceland this winter. "
    # neither the item's state nor the states that ask for allied forces own them
    claims = run(ex, lead + "In Slovenia, ministers grumble that allied reinforcements trail those sent to Croatia.")
    assert locs(claims) == {("NO", "IS")}
    claims = run(ex, lead + "Around the Adriatic, Greece and Albania want a lasting allied naval presence.")
    assert locs(claims) == {("NO", "IS")}


def test_the_alliance_owns_what_its_clause_counts(ex: Extractor) -> None:
    body = (
        "Norway has flown eight F-35 jets to Iceland this winter. The alliance's new plan wants 80,000 soldiers ready."
    )
    assert figs(run(ex, body)) == {("NO", "equipment", 8)}


def test_a_list_of_the_largest_contingents_counts_each_contributor_in_the_mission(ex: Extractor) -> None:
    # "The largest contingents:" then "- Kenya: 1,640": each line's label is a contributing state, placed where the
    # mission is, not the mission's own count in that state
    body = (
        "UNMISS patrols Juba.\n\nThe mission lists 9,000 troops from 30 countries. Its biggest contingents:\n"
        "- Kenya: 1,640\n- Nepal: 1,350\n\nQatar hosts 9,000 US troops.\n- Qatar: 700"
    )
    claims = run(ex, body)
    got = figs(claims)
    assert {("KE", "troops", 1640), ("NP", "troops", 1350), ("US", "troops", 700)} <= got
    assert ("KE", "SS") in locs(claims) and ("unmiss", "KE") not in locs(claims)


def test_a_formation_named_by_its_lead_state_has_no_single_states_total(ex: Extractor) -> None:
    # "the Danish-led battlegroup has reached N troops": the multinational total, not the lead state's nor the
    # figure of the state counted on the line before
    body = "Britain has 900 troops in Estonia.\nThe Danish-led battlegroup near Riga has grown to 2,200 troops."
    assert figs(run(ex, body)) == {("GB", "troops", 900)}


def test_a_list_of_national_contributions_deployed_somewhere_places_each_line_there(ex: Extractor) -> None:
    # "... published the national contributions now serving in X:" heads a contributors' list as "contingents" does,
    # and the place that ends the heading is where each line's count is (not the mission's own count there)
    body = (
        "The EU's Baltic air policing operation, Operation Nordwind, opened its spring rotation with nine jets.\n\n"
        "Its staff in Brussels listed the contributions now flying in Estonia:\n"
        "- Spain: four Eurofighter jets.\n- Portugal: two F-16 jets and a tanker."
    )
    claims = run(ex, body)
    assert {("ES", "equipment", 4), ("PT", "equipment", 2)} <= figs(claims)
    assert {("ES", "EE"), ("PT", "EE")} <= locs(claims)


def test_its_contingent_in_a_mission_with_a_modifier_before_its_name_is_the_states(ex: Extractor) -> None:
    # "its contingent in the U.N.-mandated <mission> to N": "its" owns the count; the mission is where it serves
    body = (
        "Norway will add 150 engineers in March, lifting its contingent in the U.N.-mandated Multinational Force "
        "Ukraine to about 450."
    )
    assert ("NO", "troops", 450) in figs(run(ex, body))


def test_a_lead_state_keeps_its_own_troops_in_a_coordinated_predicate(ex: Extractor) -> None:
    body = "Portugal has led the NATO battlegroup in Slovakia since 2031 and has kept about 700 soldiers there."
    assert figs(run(ex, body)) == {("PT", "troops", 700)}


def test_a_mission_is_not_placed_by_its_own_theatre_alone(ex: Extractor) -> None:
    body = (
        "About 750 Nepalese soldiers serve with UNIFIL, the army said.\n\n"
        "UNIFIL engineers rebuilt a bridge near the border this spring."
    )
    claims = run(ex, body)
    assert ("NP", "LB") in locs(claims)
    assert not any(c.actor.code == "unifil" for c in claims)


# --- what the drivers get: no claims of multinational forces themselves (invented sentences) ---


def test_multinational_forces_claim_nothing(ex: Extractor) -> None:
    # the battlegroup's total counts several states' troops together: no actor's figure; the contributor's share is
    body = (
        "The Belgian-led NATO battlegroup in Bulgaria has grown to about 1,400 troops, some 350 of them Belgian.\n\n"
        "UNMISS still has roughly 14,000 peacekeepers in South Sudan, a spokeswoman said."
    )
    claims = driver_run(ex, body)
    assert figs(claims) == {("BE", "troops", 350)}
    assert not any(c.actor.code in {"nato", "unmiss"} for c in claims)
    # the same sentences read with the forces' own claims kept
    assert {("nato", "troops", 1400), ("unmiss", "troops", 14000)} <= figs(run(ex, body))


def test_every_multinational_name_is_a_group(ex: Extractor) -> None:
    codes = ex.actors.multinational_codes
    assert {"nato", "unifil", "aussom", "kfor", "aspides"} <= codes
    # armed groups and companies keep their claims
    assert not codes & {"wagner-group", "africa-corps", "houthis", "hezbollah", "m23"}


def test_a_multinational_formation_as_subject_counts_no_one_states_forces(ex: Extractor) -> None:
    # the total of a formation of several states; a state's share named in the count stays its own
    body = (
        "Canada will send 400 more soldiers to Latvia. The multinational battlegroup at Adazi, which also includes "
        "a Spanish tank company, numbers about 3,500 personnel in all."
    )
    assert figs(run(ex, body)) == {("CA", "troops", 400)}
    assert figs(run(ex, "The multinational brigade at Adazi now includes 1,100 Canadian soldiers.")) == {
        ("CA", "troops", 1100)
    }
