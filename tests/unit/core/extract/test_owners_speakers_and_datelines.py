"""Speakers and datelines as owners: when a state, ministry or official that speaks owns the forces it speaks of,
and when it only reports another actor's.

Most stories quote a speaker, so speaking must not make an owner by itself; a dateline names where a story was
filed, not whose forces it counts. The sentences are written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import figs, locs, places, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent, NewsItem


def test_speaker_with_noun_phrase_is_not_the_owner(ex: Extractor) -> None:
    body = "Hamas said 30 Hezbollah fighters were killed, while Iranian military bloggers reported at least 12 dead."
    got = figs(run(ex, body))
    assert ("hezbollah", "casualties", 12) in got and not any(a == "IR" for a, _, _ in got)


def test_speaker_of_its_own_forces_owns_them(ex: Extractor) -> None:
    body = "Egypt is training about 600 soldiers. Peru said it was sending more than 500 troops to its border."
    assert ("PE", "troops", 500) in figs(run(ex, body))


def test_speaker_in_perfect_tense_owns_its_forces(ex: Extractor) -> None:
    claims = run(ex, "MINUSCA patrols Bangui.\n\nBrazil has said it will send about 150 engineers to Bangui.")
    assert ("BR", "troops", 150) in figs(claims)
    assert ("minusca", "troops", 150) not in figs(claims)


def test_state_organ_as_subject_acts_for_the_state(ex: Extractor) -> None:
    claims = run(ex, "Chile's senate approved sending about 300 soldiers to Haiti, the defence ministry said.")
    assert figs(claims) == {("CL", "troops", 300)}
    assert locs(claims) == {("CL", "HT")}


def test_a_dateline_names_no_owner(ex: Extractor) -> None:
    claims = run(ex, "PORT LOUIS, Mauritius - About 80 sailors have moved from Diego Garcia to the island.")
    assert not any(c.actor.code == "MU" for c in claims), "the filing place is not whose sailors these are"


def test_a_state_that_sends_is_no_speaker(ex: Extractor) -> None:
    claims = run(ex, "Norway sent 45 defence force personnel to Honiara last week.")
    assert figs(claims) == {("NO", "troops", 45)}
    assert locs(claims) == {("NO", "SB")}


def test_an_organ_acting_on_a_day_speaks_for_its_state(ex: Extractor) -> None:
    claims = run(ex, "OSLO - Estonia's parliament on Wednesday approved sending up to 90 soldiers to Mali.")
    assert figs(claims) == {("EE", "troops", 90)}


def test_a_possessive_speaker_that_speaks_of_itself_owns_the_forces(ex: Extractor) -> None:
    claims = run(ex, "Spain leads the mission. Portugal's Defence Ministry said it would send about 70 troops to Mali.")
    assert ("PT", "troops", 70) in figs(claims)
    claims = run(ex, "Spain leads the mission. Portugal said separately it would send 45 soldiers to Mali.")
    assert ("PT", "troops", 45) in figs(claims)


def test_a_states_assessment_names_no_forces_of_that_state(ex: Extractor) -> None:
    claims = run(
        ex, "Belarus has sent 900 soldiers to Russia. In the Polish assessment the unit went first to western Russia."
    )
    assert not any(c.actor.code == "PL" for c in claims)


def test_a_state_said_this_month_it_had_deployed_its_own_forces(ex: Extractor) -> None:
    claims = run(ex, "Egypt sent aid. Spain said this month it had deployed two more frigates to the Red Sea.")
    assert ("ES", "equipment", 2) in figs(claims)


def test_a_defence_ministry_that_moves_forces_acts_for_its_state(ex: Extractor) -> None:
    claims = run(ex, "Norway's Defence Ministry will station a radar company of about 90 personnel on Vardo next year.")
    assert ("NO", "troops", 90) in figs(claims)
    assert not any(c.location for c in claims if c.actor.code == "NO")


def test_a_ministry_that_speaks_of_its_own_forces_owns_them(ex: Extractor) -> None:
    body = "The SADC force in the region has grown. Zambia's defence ministry said it had already sent 180 soldiers."
    claims = run(ex, body)
    assert ("ZM", "troops", 180) in figs(claims)


def test_a_states_officials_report_their_own_losses(ex: Extractor) -> None:
    body = (
        "Russian paratroopers landed in Bishkek on Monday.\n\n"
        "Kyrgyz officials said 12 soldiers had been killed since Wednesday."
    )
    claims = run(ex, body)
    assert ("KG", "casualties", 12) in figs(claims)
    assert ("RU", "casualties", 12) not in figs(claims)


def test_possessive_after_according_to_still_owns_the_count(ex: Extractor) -> None:
    claims = run(ex, "According to Chad's army, it lost 10 soldiers in the attack.")
    assert ("TD", "casualties", 10) in figs(claims)


def test_a_state_whose_officials_speak_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "Three Chinese warships were expected to sail on towards the Bering Strait, U.S. officials said.")
    assert "United States" not in {name for _, name in places(claims)}


@pytest.mark.parametrize(
    "body",
    [
        "About 2,000 U.S. troops are in Iraq. Poland said on 12 November it would send about 1,500 soldiers to Latvia.",
        "About 2,000 U.S. troops are in Iraq. Poland said on 3 March it would send about 1,500 soldiers to Latvia.",
    ],
)
def test_a_day_first_date_after_said_keeps_the_speaker_as_it(ex: Extractor, body: str) -> None:
    assert ("PL", "troops", 1500) in figs(run(ex, body))


def test_a_force_that_speaks_yields_to_the_forces_it_speaks_of(ex: Extractor) -> None:
    body = "Russia's Northern Fleet said on Saturday that a U.S. surveillance drone had flown over the Barents Sea."
    assert {c.actor.code for c in run(ex, body) if c.location} == {"US"}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The Pentagon said three more P-8As and about 90 personnel arrived at Kadena.", ("US", "troops", 90)),
        ("The Dutch navy said about 250 sailors were deployed in the Red Sea.", ("NL", "troops", 250)),
    ],
)
def test_the_first_count_with_no_owner_is_the_speaking_states(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_speaking_state_does_not_take_a_count_from_the_items_focus(ex: Extractor) -> None:
    body = (
        "North Korean troops have moved into Russia's Kursk region. "
        "South Korea's spy agency said about 3,000 soldiers arrived there last week."
    )
    got = figs(run(ex, body))
    assert ("KP", "troops", 3000) in got
    assert not {f for f in got if f[0] == "KR"}


def test_speaker_with_a_time_phrase_owns_its_pronoun(ex: Extractor) -> None:
    body = (
        "Portugal has around 180 soldiers in Lebanon, officials said.\n\n"
        "Its foreign minister once chaired the African Union summit and praised the bloc.\n\n"
        "Portugal said in March that its contingent in Lebanon would shrink to about 120 personnel."
    )
    assert ("PT", "troops", 120) in figs(run(ex, body))
    body = "Belgium said in 2024 that its unit in Jordan numbered about 90 personnel."
    assert ("BE", "troops", 90) in figs(run(ex, body))


def test_a_state_organ_that_said_on_a_date_that_it_would_send_speaks_of_its_own_forces(ex: Extractor) -> None:
    body = "Britain's defence ministry said on July 16 that it would send two more Typhoon jets to Estonia."
    claims = run(ex, body)
    assert ("GB", "equipment", 2) in figs(claims)
    assert ("GB", "EE") in locs(claims)


@pytest.mark.parametrize(
    "manner",
    ["confirmed for the first time on Monday", "had formally acknowledged for the first time", "officially confirmed"],
)
def test_a_state_that_says_in_some_manner_it_sent_troops_owns_them(ex: Extractor, manner: str) -> None:
    claims = run(ex, f"Chad {manner} that it had deployed troops to Niger.")
    assert locs(claims) == {("TD", "NE")}


def test_they_after_a_speaker_are_not_the_speakers_own_losses(ex: Extractor) -> None:
    body = "North Korean soldiers fought in Kursk Oblast. Kyiv estimated that they had suffered 3,500 casualties."
    assert ("KP", "casualties", 3500) in figs(run(ex, body))


def test_a_label_a_speaker_gives_is_no_force_of_the_speaker(ex: Extractor) -> None:
    body = 'Wagner first deployed to Chad in 2018, sending what Moscow called "instructors" to train the army.'
    assert locs(run(ex, body)) == {("wagner-group", "TD")}


def test_a_leader_who_acts_speaks_for_the_states_forces(ex: Extractor) -> None:
    body = (
        "Chadian President Mahamat Deby welcomed home a military engineering unit that spent ten months clearing "
        "mines in Niger. Deby said nine sappers had died during the mission."
    )
    claims = run(ex, body)
    assert ("TD", "NE") in locs(claims)
    assert ("TD", "casualties", 9) in figs(claims)


def test_a_speakers_own_figure_for_the_forces_counted_is_theirs_not_the_speakers(ex: Extractor) -> None:
    body = (
        "UN experts put the number of Wagner fighters in Libya at 800. The Tripoli government says the true "
        "number is about 2,000."
    )
    assert ("wagner-group", "troops", 2000) in figs(run(ex, body))


def test_a_defence_officials_announced_deployment_is_his_states(ex: Extractor) -> None:
    body = (
        "The United States has massed warships near Cuba. Cuban Defence Minister Alvaro Lopez announced a deployment "
        "of some 90,000 troops across the island in response."
    )
    assert ("CU", "troops", 90000) in figs(run(ex, body))
    assert ("US", "troops", 90000) not in figs(run(ex, body))


def test_a_wire_dateline_with_an_outlet_names_no_owner(ex: Extractor) -> None:
    body = "GRAFENWOEHR, Germany (Reuters) - About 3,200 soldiers are starting a six-month rotation in Hungary."
    assert ("DE", "troops", 3200) not in figs(run(ex, body))
    body = "VICENZA, Italy (Army Times) — Some 1,100 paratroopers began a rotation in Bulgaria on Monday."
    assert ("IT", "troops", 1100) not in figs(run(ex, body))


def test_a_wire_dateline_with_a_date_names_no_owner(ex: Extractor) -> None:
    body = "NIAMEY/ABUJA, March 3 (AFP) - About 600 soldiers arrived in Chad last week, a diplomat said."
    assert not any(code in ("NE", "NG") for code, _, _ in figs(run(ex, body)))
    body = "DAKAR, Senegal, July 9, 2025 (AP) - Spain has sent 150 marines to Mauritania, its navy said."
    assert figs(run(ex, body)) == {("ES", "troops", 150)}


def test_a_states_armed_force_reporting_the_first_count_after_it_owns_it(ex: Extractor) -> None:
    body = "About 1,500 soldiers are starting a six-month rotation in Romania, the French Army said on Monday."
    assert figs(run(ex, body)) == {("FR", "troops", 1500)}
    body = "Some 900 paratroopers have arrived in Latvia, the Italian military said."
    assert figs(run(ex, body)) == {("IT", "troops", 900)}
    # officials who speak own nothing by speaking
    body = "About 1,500 soldiers are starting a rotation in Romania, French officials said."
    assert figs(run(ex, body)) == set()


def test_a_speaking_military_yields_to_the_subject_of_what_it_reports(ex: Extractor) -> None:
    body = "Ukraine's military said separately that Russia had moved tanks to Belarus over the past month."
    got = locs(run(ex, body))
    assert ("RU", "BY") in got
    assert ("UA", "BY") not in got


def test_a_speaking_national_military_yields_to_the_reported_supplier(ex: Extractor) -> None:
    body = "The Israeli military said Iran had sent dozens of rockets to Hezbollah in Lebanon."
    got = locs(run(ex, body))
    assert ("IR", "LB") in got
    assert ("IL", "LB") not in got


def test_a_speaking_military_that_reports_its_own_move_keeps_it(ex: Extractor) -> None:
    body = "Poland's army said its soldiers had been sent to Lithuania."
    got = locs(run(ex, body))
    assert ("PL", "LT") in got
    assert ("LT", "LT") not in got


def test_the_speakers_state_is_not_the_owner_of_a_later_bare_count(ex: Extractor) -> None:
    body = (
        "Japan's military said on Friday that about 2,000 Chinese marines have landed in Cambodia.\n\n"
        "An official said about 600 troops had been flown back to the mainland in May."
    )
    got = figs(run(ex, body))
    assert ("CN", "troops", 600) in got
    assert not any(code == "JP" for code, _, _ in got)


def test_a_states_force_that_speaks_in_a_relative_clause_owns_its_losses(ex: Extractor) -> None:
    body = (
        "Wagner fighters have left Niger.\n\n"
        "The news comes at a bad time for Chad's armed forces, which said on Sunday that 12 soldiers had died "
        "in an attack on a base near Lake Chad."
    )
    got = figs(run(ex, body))
    assert ("TD", "casualties", 12) in got
    assert ("wagner-group", "casualties", 12) not in got


def test_a_states_delegate_speaks_of_its_own_forces(ex: Extractor) -> None:
    body = (
        "Nepal's representative told the Council that its battalion would stay in Lebanon. Bangladesh's"
        " representative said a battalion of about 850 soldiers would deploy to Lebanon in March."
    )
    got = figs(run(ex, body))
    assert ("BD", "troops", 850) in got
    assert ("NP", "troops", 850) not in got


def test_a_states_command_named_after_a_host_owns_the_first_count_it_reports(ex: Extractor) -> None:
    body = "Four Army rocket launchers have arrived in South Korea for a drill, U.S. Forces Korea said on Monday."
    claims = run(ex, body)
    assert ("US", "equipment", 4) in figs(claims)
    assert ("US", "KR") in locs(claims)


def _titled(ex: Extractor, title: str, body: str) -> list[ClaimEvent]:
    item = NewsItem(
        id="t-1", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), title=title, body=body
    )
    return ex.extract(item)


def test_a_briefing_whose_state_only_the_headline_names_owns_its_counts(ex: Extractor) -> None:
    body = (
        "PRESS SECRETARY: Thanks for coming. About 1,800 Marines are due in Darwin from May "
        "and will train there until November."
    )
    got = _titled(ex, "Transcript: Pentagon Press Secretary Holds a Briefing", body)
    assert ("US", "troops", 1800) in figs(got)
    assert ("US", "AU") in locs(got)
    # a state named in the headline as an actor of the news is no voice of the item
    got = _titled(ex, "Live: Iran fires missiles at a US base in Qatar", "Missiles aimed at Al Udeid were intercepted.")
    assert ("IR", "QA") not in locs(got)


def test_we_have_in_a_briefing_is_the_headline_organs_state(ex: Extractor) -> None:
    body = (
        "Q: Are Iranian drone deliveries to Russia continuing?\n\n"
        "MS. LANE: We assess Iran has delivered roughly 200 drones to Russia this year.\n\n"
        "Q: Any changes in Korea?\n\n"
        "MS. LANE: We have about 28,000 service members in South Korea, and that number isn't changing."
    )
    got = figs(_titled(ex, "Transcript: Pentagon Press Secretary Holds a Briefing", body))
    assert ("US", "troops", 28000) in got
    assert ("IR", "troops", 28000) not in got


def test_a_demonym_before_claims_names_whose_claim_and_a_further_count_is_the_forces_before(ex: Extractor) -> None:
    body = (
        "Officials have not confirmed reports of Chadian soldiers operating in Darfur, and Sudanese claims that a "
        "further 500 would be sent there by spring remain unproven."
    )
    got = run(ex, body)
    assert ("TD", "troops", 500) in figs(got)
    assert ("SD", "troops", 500) not in figs(got)


def test_a_dateline_with_a_doubled_hyphen_names_no_owner(ex: Extractor) -> None:
    claims = run(ex, "OSLO -- Three years ago, the drones flying over Kherson were mostly hobby quadcopters.")
    assert not {c for c in locs(claims) if c[0] == "NO"}


def test_a_states_formation_named_as_the_speaker_after_the_count_owns_it(ex: Extractor) -> None:
    # a formation that says so after the item's first count speaks of its own forces, as "U.S. Army Europe said"
    got = run(
        ex,
        "About 60 Marines and four rocket launchers have been moved to Palawan in the western Philippines, "
        "the 31st Marine Expeditionary Unit said on Friday.",
    )
    assert ("US", "troops", 60) in figs(got)
    assert ("US", "equipment", 4) in figs(got)
    assert ("US", "PH") in locs(got)


def test_a_spy_agency_that_estimates_losses_counts_others(ex: Extractor) -> None:
    body = (
        "Chinese troops are in Myanmar.\n"
        "- March 2031: Japan's spy agency estimates 700 casualties.\n"
        "- May 2031: an intercepted cable shows 900 more troops heading for Shan State."
    )
    assert figs(run(ex, body)) == {("CN", "casualties", 700), ("CN", "troops", 900)}


def test_a_spy_agency_that_puts_a_toll_counts_others_losses(ex: Extractor) -> None:
    # "Kenya's military intelligence (DMI) puts the toll at ...": the agency (and its bracketed acronym) reports on
    # the forces the item is about, not on its own state's
    body = (
        "Eritrean units have fought in Tigray since 2030. Ethiopia's military intelligence (DMI) puts the toll far "
        "higher, at more than 4,000 casualties, of which it says 1,100 were killed."
    )
    assert figs(run(ex, body)) == {("ER", "casualties", 4000), ("ER", "casualties", 1100)}


def test_our_forces_in_a_briefing_are_the_speakers_whatever_the_question_named(ex: Extractor) -> None:
    body = (
        "SECRETARY: Good afternoon. We have about 700 troops in Poland.\n\n"
        "Q: Will Hezbollah respond if you strike Lebanon?\n\n"
        "SECRETARY: Hezbollah has threatened that before. Our troops in Jordan number about 3,000."
    )
    claims = _titled(ex, "Transcript: Pentagon press secretary holds a briefing", body)
    assert ("US", "troops", 3000) in figs(claims)
    assert ("US", "JO") in locs(claims)


def test_a_ministry_of_defence_is_its_state_for_its_pronoun(ex: Extractor) -> None:
    # "X's Ministry of Defence puts its contingent ... at N": the organ's state, not the state counted before
    body = (
        "- Poland said 1,200 soldiers are based in Latvia.\n"
        "- Spain's Ministry of Defence now puts its contingent in Estonia at 640.\n"
        "- Spain's Ministry of Defence said its detachment in Romania has 130 troops."
    )
    got = figs(run(ex, body))
    assert ("ES", "troops", 640) in got and ("ES", "troops", 130) in got
    assert ("PL", "troops", 640) not in got and ("PL", "troops", 130) not in got


def test_the_army_of_an_unnamed_state_is_the_speakers(ex: Extractor) -> None:
    claims = run(ex, "The Army is deploying about 600 soldiers to Mozambique, Portugal said on Monday.")
    assert figs(claims) == {("PT", "troops", 600)}


def test_a_place_before_based_owns_nothing(ex: Extractor) -> None:
    # "a London-based research group": where an organisation sits; "Germany-based U.S. soldiers": where a unit sits
    body = "A London-based research group said Chad hosts the largest contingent, about 1,200 soldiers."
    assert not any(c.actor.code == "GB" for c in run(ex, body))
    body = "About 3,000 Germany-based U.S. soldiers will move to Poland."
    assert ("US", "troops", 3000) in figs(run(ex, body))


def test_a_source_of_an_army_restating_the_toll_owns_no_losses(ex: Extractor) -> None:
    body = "Rebels said they had killed 25 Wagner fighters near Kidal. A Malian army source put the toll at 9 dead."
    assert figs(run(ex, body)) == {("wagner-group", "casualties", 25), ("wagner-group", "casualties", 9)}


def test_a_states_air_component_command_speaks_of_its_own_aircraft(ex: Extractor) -> None:
    # "U.S. Air Forces Europe said": a service's component command, named in the plural, reports its own jets
    body = "Six F-16 fighters touched down at Romania's Campia Turzii air base on Monday, U.S. Air Forces Europe said."
    assert ("US", "equipment", 6) in figs(run(ex, body))
