"""Extraction end to end on invented items: actors, figures, locations and flags."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import NewsItem


def test_figure_with_place_is_one_claim(ex: Extractor) -> None:
    claims = run(ex, "Iran has sent about 400 soldiers to Venezuela, officials said.")
    assert figs(claims) == {("IR", "troops", 400)}
    assert locs(claims) == {("IR", "VE")}
    c = next(c for c in claims if c.figure)
    assert c.figure is not None and c.figure.approx and c.location is not None
    assert c.evidence.start == 0 and c.evidence.sentence.startswith("Iran has sent")


def test_actor_is_whose_forces_are_counted(ex: Extractor) -> None:
    claims = run(ex, "Syria intends to bring in about 2,000 fighters from Iran to hold the east.")
    assert figs(claims) == {("IR", "troops", 2000)}
    claims = run(ex, "Belarus now hosts up to 3,000 Chinese troops.")
    assert figs(claims) == {("CN", "troops", 3000)}


def test_nationals_fighters(ex: Extractor) -> None:
    claims = run(ex, "At least 150 Nepali mercenaries are fighting in Ukraine, the ministry said.")
    assert ("np-fighters", "troops", 150) in figs(claims)
    assert all(c.actor.kind == "nationals" for c in claims if c.figure)


def test_group_actor_and_two_places(ex: Extractor) -> None:
    claims = run(ex, "Hezbollah fighters were deployed to Syria and to Iraq last year.")
    assert locs(claims) == {("hezbollah", "SY"), ("hezbollah", "IQ")}


def test_venue_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "At a summit in Nairobi, the president said 500 Kenyan troops are stationed in Haiti.")
    assert locs(claims) == {("KE", "HT")}
    claims = run(ex, "Speaking at a press conference in Ankara, he said Iran had sent drones to Sudan.")
    assert ("IR", "TR") not in locs(claims)


def test_claimant_seat_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Officials in Bogota say 200 Venezuelan soldiers crossed into Guyana.")
    assert locs(claims) == {("VE", "GY")}


def test_home_country_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Iran has 5,000 troops in Iran and 700 soldiers in Syria.")
    assert ("IR", "IR") not in locs(claims)
    assert ("IR", "SY") in locs(claims)


def test_departure_and_transit_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "Some 900 Chinese troops flew from Tibet via Pakistan to Myanmar.")
    assert locs(claims) == {("CN", "MM")}


def test_hypothetical_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Analysts say 1,000 Iranian troops could enter Iraq next month.")
    assert figs(claims) == {("IR", "troops", 1000)}
    assert locs(claims) == set()


def test_strike_target_is_not_a_location(ex: Extractor) -> None:
    claims = run(ex, "Houthi fighters fired 20 missiles at Eilat, Israel's army said.")
    assert ("houthis", "IL") not in locs(claims)


def test_denied_and_hedged(ex: Extractor) -> None:
    claims = run(ex, "Caracas denied that Venezuelan troops were deployed in Guyana.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "Chad reportedly moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)
    claims = run(ex, "There was no sign of Iranian soldiers in Yemen, the agency said.")
    assert claims and all(c.denied for c in claims)


def test_the_month_may_is_no_hedge(ex: Extractor) -> None:
    claims = run(ex, "Chad moved 600 troops to Niger in May, the ministry said.")
    assert claims and not any(c.hedged for c in claims)
    claims = run(ex, "Chad may have moved 600 troops to Niger.")
    assert claims and all(c.hedged for c in claims)


def test_background_section(ex: Extractor) -> None:
    body = "Chad moved 600 troops to Niger.\n\nBackground:\n\n- In 2022, Chad sent 400 soldiers to Mali.\n"
    claims = run(ex, body)
    bg = {c.figure.value: c.background for c in claims if c.figure}
    assert bg == {600: False, 400: True}


def test_claim_ids_are_deterministic(ex: Extractor) -> None:
    body = "Iran has sent about 400 soldiers to Venezuela."
    a = [c.claim_id for c in run(ex, body)]
    b = [c.claim_id for c in run(ex, body)]
    assert a == b and len(a[0]) == 16


def test_module_level_extract() -> None:
    from claimwatch.core.extract import extract

    item = NewsItem(id="x", source="s", published_at=datetime(2025, 1, 1, tzinfo=UTC), body="No claims here.")
    assert extract(item) == []


def test_recipient_of_sending_is_not_the_owner(ex: Extractor) -> None:
    claims = run(ex, "Iran has sent Venezuela more than 300 advisers, officials said.")
    assert figs(claims) == {("IR", "troops", 300)}
    assert locs(claims) == {("IR", "VE")}


def test_speaker_with_noun_phrase_is_not_the_owner(ex: Extractor) -> None:
    body = "Hamas said 30 Hezbollah fighters were killed, while Iranian military bloggers reported at least 12 dead."
    got = figs(run(ex, body))
    assert ("hezbollah", "casualties", 12) in got and not any(a == "IR" for a, _, _ in got)


def test_possessive_pronoun_takes_its_antecedent(ex: Extractor) -> None:
    claims = run(ex, "Paris has said its troops in Chad work with local partners to keep Boko Haram at bay.")
    assert ("FR", "TD") in locs(claims)
    assert not any(c.actor.code == "boko-haram" for c in claims)


def test_forces_named_beat_the_attacking_group(ex: Extractor) -> None:
    body = "In May, al-Shabaab ambushed Turkish troops at a checkpoint near Mogadishu."
    assert locs(run(ex, body)) == {("TR", "SO")}


# ---------------------------------------------------------------- location rules


def test_host_and_reliance_verbs_place_the_forces(ex: Extractor) -> None:
    assert ("hezbollah", "SY") in locs(run(ex, "Neighbouring Syria has long relied on Hezbollah fighters."))
    assert ("US", "JO") in locs(run(ex, "Jordan hosts U.S. troops at two desert bases."))


def test_conjoined_places_share_the_preposition(ex: Extractor) -> None:
    claims = run(ex, "The Turkish army has since sent instructors to Somalia and Libya.")
    assert locs(claims) == {("TR", "SO"), ("TR", "LY")}


def test_source_of_a_statement_and_place_adjective_are_not_locations(ex: Extractor) -> None:
    claims = run(ex, "According to Baghdad, the Iranian contingent has lost 40 soldiers.")
    assert not any(c.location for c in claims)
    body = "Hezbollah fighters are deployed in Syria, making the Levant country a hub of the group."
    assert locs(run(ex, body)) == {("hezbollah", "SY")}


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


def test_reduced_relative_names_the_owner(ex: Extractor) -> None:
    body = "Some of the advisers Iran has sent to Syria have been moved to Aleppo, an official said."
    assert ("IR", "SY") in locs(run(ex, body))


def test_recipient_with_supplies_is_a_location_not_an_owner(ex: Extractor) -> None:
    claims = run(ex, "Iran is getting ready to supply Venezuela with more drones, officials say.")
    assert locs(claims) == {("IR", "VE")}


def test_near_a_countrys_northern_border_is_not_that_country(ex: Extractor) -> None:
    body = "About 900 Iranian soldiers are in Syria, near Turkey's northern border, officials said."
    assert locs(run(ex, body)) == {("IR", "SY")}


def test_recruitment_cue_makes_demonym_personnel_nationals(ex: Extractor) -> None:
    claims = run(ex, "Officials said at least 40 Sri Lankan men had been recruited into the Russian army.")
    assert ("lk-fighters", "troops", 40) in figs(claims)
    assert not any(c.actor.code == "LK" for c in claims)


def test_recruits_stay_nationals_in_later_sentences(ex: Extractor) -> None:
    body = (
        "About 500 Tajik citizens have signed contracts with the Russian army, a rights group said. "
        "Many of the Tajik men were later sent to fight in Zaporizhzhia Oblast."
    )
    claims = run(ex, body)
    assert ("tj-fighters", "troops", 500) in figs(claims)
    assert all(c.actor.code != "TJ" for c in claims if not c.denied)


def test_ship_prefix_names_the_navy(ex: Extractor) -> None:
    claims = run(ex, "The frigate HMS Kent is now deployed in the Mediterranean Sea, the ministry said.")
    assert {c.actor.code for c in claims if c.location} == {"GB"}


def test_place_of_a_statement_is_a_venue(ex: Extractor) -> None:
    claims = run(ex, "The Houthis said in a statement read in Sanaa that their drones had hit a tanker.")
    assert not locs(claims)


def test_keeps_troops_in_places_them(ex: Extractor) -> None:
    claims = run(ex, "Ethiopia keeps several thousand soldiers in Somalia, diplomats say.")
    assert ("ET", "SO") in locs(claims)


def test_relative_clause_hangs_on_its_antecedent(ex: Extractor) -> None:
    body = "Chad said Egypt is training about 600 soldiers. Kenya, which has about 700 troops in Somalia, said nothing."
    claims = run(ex, body)
    assert ("KE", "troops", 700) in figs(claims) and ("KE", "SO") in locs(claims)
    claims = run(ex, "Chile reported 80 dead. The frigate HMS Kent, which is patrolling the Black Sea, sank a boat.")
    assert {c.actor.code for c in claims if c.location} == {"GB"}


def test_speaker_of_its_own_forces_owns_them(ex: Extractor) -> None:
    body = "Egypt is training about 600 soldiers. Peru said it was sending more than 500 troops to its border."
    assert ("PE", "troops", 500) in figs(run(ex, body))


def test_possessive_state_before_its_armed_forces_is_the_owner(ex: Extractor) -> None:
    body = "Egypt is training about 600 soldiers. Ghana's National Defence Force said 120 of its personnel would join."
    assert ("GH", "troops", 120) in figs(run(ex, body))


def test_first_forces_sentence_sets_the_focus(ex: Extractor) -> None:
    body = (
        "The destroyer HMS Kent has left the Black Sea, the ministry said. "
        "The roughly 200 sailors of the Kent spent most of the tour in the Black Sea, clashing with the Houthis. "
        "The ship's helicopters fired more than 30 missiles at Houthi boats."
    )
    claims = run(ex, body)
    assert {("GB", "troops", 200), ("GB", "equipment", 30)} <= figs(claims)


def test_demonym_personnel_sent_by_another_state_are_nationals(ex: Extractor) -> None:
    body = (
        "The number of Chadian fighters that Sudan has sent to Libya has reached about 4,000, a monitor said. "
        "Another 1,200 Chadians are training in camps in southern Sudan."
    )
    claims = run(ex, body)
    assert {("td-fighters", "troops", 4000), ("td-fighters", "troops", 1200)} <= figs(claims)
    assert {("td-fighters", "LY"), ("td-fighters", "SD")} <= locs(claims)
    assert not any(c.actor.code == "TD" for c in claims)


def test_un_missions_are_group_actors(ex: Extractor) -> None:
    claims = run(ex, "MONUSCO's roughly 11,000 peacekeepers are deployed in eastern Congo.")
    assert ("monusco", "troops", 11000) in figs(claims)
    assert all(c.actor.kind == "group" for c in claims)


def test_coordinated_states_share_the_place(ex: Extractor) -> None:
    body = "Kenya sent 400 police officers to Haiti. Benin and Chad also have troops in Haiti with the mission."
    claims = run(ex, body)
    assert {("BJ", "HT"), ("TD", "HT"), ("KE", "HT")} <= locs(claims)


def test_centre_of_a_city_is_the_city(ex: Extractor) -> None:
    claims = run(ex, "Ugandan troops had entered the centre of Bunia overnight, officials said.")
    assert ("UG", "CD") in locs(claims)


def test_long_country_name_without_article(ex: Extractor) -> None:
    claims = run(ex, "About 1,200 Burundian soldiers are deployed in eastern Democratic Republic of Congo.")
    assert locs(claims) == {("BI", "CD")}


def test_a_partner_turned_to_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Belgian troops left Mali in 2022 after the junta turned to Russia for help.")
    assert ("BE", "RU") not in locs(claims)


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


def test_name_modifying_a_venue_owns_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Iran sent drones to Syria. At the Oslo summit, officials said 2,000 soldiers would go to Syria.")
    assert not any(c.actor.code == "NO" for c in claims)


def test_places_listed_after_a_preposition_are_no_owners(ex: Extractor) -> None:
    claims = run(ex, "Allies agreed to set up new battlegroups in Chad, Niger and Mali.")
    assert not any(c.actor.code in ("TD", "NE", "ML") for c in claims)


def test_negated_count_of_forces_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, "Officials insisted that no Italian combat troops are in Libya.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "The 5,000 Italian troops in Libya are not affected by the decision.")
    assert figs(claims) == {("IT", "troops", 5000)}
    claims = run(ex, "No fewer than 2,000 Kenyan troops are in Somalia.")
    assert figs(claims) == {("KE", "troops", 2000)}


def test_macro_regions_resolve_and_a_region_holding_home_is_home(ex: Extractor) -> None:
    claims = run(ex, "About 20,000 Canadian troops are now in Europe, and two Dutch frigates sailed to the Caribbean.")
    names = {(c.actor.code, c.location.name) for c in claims if c.location}
    assert ("CA", "Europe") in names and ("NL", "Caribbean") in names
    claims = run(ex, "Poland has sent 300 soldiers to Europe's external borders in Europe.")
    assert not any(c.location and c.location.name == "Europe" for c in claims)


def test_place_after_around_is_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Iran's navy held exercises around Oman on Friday, after sending 12 warships into the gulf.")
    assert figs(claims) == {("IR", "equipment", 12)}


def test_capital_inside_a_personal_name_is_no_actor(ex: Extractor) -> None:
    claims = run(ex, "Defence Minister Canberra Smith said 40 Turkish drones were seen near the border.")
    assert {c.actor.code for c in claims} == {"TR"}


def test_island_and_base_sites_resolve_and_onto_marks_a_place(ex: Extractor) -> None:
    claims = run(ex, "Qatar has flown 30 soldiers onto Yemen's Socotra archipelago, officials say.")
    assert figs(claims) == {("QA", "troops", 30)}
    assert locs(claims) == {("QA", "YE")}
    claims = run(ex, "Beijing sent four warships near Matsu on Friday.")
    assert locs(claims) == {("CN", "TW")}


def test_recruited_locally_keeps_the_state_forces(ex: Extractor) -> None:
    claims = run(
        ex,
        "Some 800 Armenian servicemen are stationed in Georgia. Fewer than 200 of the servicemen came from "
        "Armenia, with the rest recruited locally. Armenian troops stayed in Georgia.",
    )
    assert {c.actor.code for c in claims} == {"AM"}


def test_event_relative_clause_counts_the_main_subjects_forces(ex: Extractor) -> None:
    claims = run(
        ex,
        "After talks between Japan's premier and Seoul, Iran staged naval drills, in which the ministry "
        "counted 14 ships near Oman.",
    )
    assert figs(claims) == {("IR", "equipment", 14)}


def test_demonym_before_an_agency_is_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Estonian military intelligence said Russian troops were in Belarus.")
    assert locs(claims) == {("RU", "BY")}


def test_japanese_self_defense_forces_are_japan(ex: Extractor) -> None:
    claims = run(ex, "The Ground Self-Defense Force sent 250 engineers to Djibouti on Monday, officials said.")
    assert figs(claims) == {("JP", "troops", 250)}
    assert locs(claims) == {("JP", "DJ")}


def test_csto_force_is_a_group(ex: Extractor) -> None:
    claims = run(ex, "The CSTO said its force in Armenia numbered about 1,800 troops.")
    assert ("csto", "troops", 1800) in figs(claims)


def test_patron_adjective_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "About 70 Italian soldiers joined the Paris-led mission on Friday.")
    assert ("IT", "FR") not in locs(claims)


def test_speaker_in_perfect_tense_owns_its_forces(ex: Extractor) -> None:
    claims = run(ex, "MINUSCA patrols Bangui.\n\nBrazil has said it will send about 150 engineers to Bangui.")
    assert ("BR", "troops", 150) in figs(claims)
    assert ("minusca", "troops", 150) not in figs(claims)


def test_state_organ_as_subject_acts_for_the_state(ex: Extractor) -> None:
    claims = run(ex, "Chile's senate approved sending about 300 soldiers to Haiti, the defence ministry said.")
    assert figs(claims) == {("CL", "troops", 300)}
    assert locs(claims) == {("CL", "HT")}


def test_demonym_fighters_after_mercenaries_are_nationals(ex: Extractor) -> None:
    body = (
        "Libya's government said Peruvian mercenaries were guarding oil fields for the rebels.\n\n"
        "It said about 80 Peruvian fighters had been seen in Sirte in March."
    )
    claims = run(ex, body)
    assert ("PE", "troops", 80) not in figs(claims)
    assert any(c.actor.code.endswith("fighters") and c.figure and c.figure.value == 80 for c in claims)


def test_citizens_do_not_make_later_troops_nationals(ex: Extractor) -> None:
    body = "Chinese citizens were evacuated from Port Sudan.\n\nAbout 400 Chinese soldiers arrived in Djibouti."
    assert ("CN", "troops", 400) in figs(run(ex, body))


@pytest.mark.parametrize(
    ("body", "want_figs", "want_locs"),
    [
        (
            "Ottawa has moved 300 troops to Estonia, and Madrid plans to send 450 soldiers to Latvia.",
            {("CA", "troops", 300), ("ES", "troops", 450)},
            {("CA", "EE"), ("ES", "LV")},
        ),
        (
            "Chile said it would send 70 soldiers to Haiti, and Lima promised around 120 troops there.",
            {("CL", "troops", 70), ("PE", "troops", 120)},
            {("CL", "HT"), ("PE", "HT")},
        ),
        (
            "Turkey has stationed 900 soldiers in Qatar, while Egypt has deployed 400 troops to Sudan.",
            {("TR", "troops", 900), ("EG", "troops", 400)},
            {("TR", "QA"), ("EG", "SD")},
        ),
    ],
)
def test_coordinated_clauses_each_keep_their_own_actor(ex: Extractor, body, want_figs, want_locs) -> None:
    """A second clause with its own subject state is read on its own: its figure is not the first actor's, and
    a capital used as that subject ("Madrid plans") is the state, not a place."""
    claims = run(ex, body)
    assert figs(claims) == want_figs
    assert locs(claims) == want_locs
    assert all(c.evidence.sentence == body for c in claims), "evidence stays the whole sentence"


def test_a_list_of_states_is_one_subject_not_coordinated_clauses(ex: Extractor) -> None:
    claims = run(ex, "Soldiers from Spain, Italy, and Portugal arrived in Lithuania on Monday.")
    assert ("ES", "LT") in locs(claims)
    assert not any(c.location and c.location.country_code == "PT" for c in claims), "Portugal is no place here"


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


def test_where_forces_come_from_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 250 Danish soldiers arrived in Tallinn on Friday from bases in Jutland and Zealand.")
    assert locs(claims) == {("DK", "EE")}
    claims = run(ex, "The battalion, drawn from the army's reserve in Croatia and Slovenia, will be in Kosovo by May.")
    assert not any(c.location and c.location.country_code in ("HR", "SI") for c in claims)


def test_a_possibility_is_no_deployment(ex: Extractor) -> None:
    claims = run(ex, "Italy has discussed with Greece the possibility of sending troops to Cyprus, the minister said.")
    assert locs(claims) == set()


def test_nationals_count_as_forces_only_in_a_military_context(ex: Extractor) -> None:
    assert run(ex, "About 40,000 Filipino nationals live in Kuwait, the embassy said.") == []
    claims = run(ex, "About 200 Filipino nationals were recruited to fight in Ukraine, police said.")
    assert [(c.actor.kind, c.figure.value) for c in claims if c.figure] == [("nationals", 200)]


def test_states_listed_after_from_are_all_placed(ex: Extractor) -> None:
    claims = run(ex, "Troops from Belgium, the Netherlands and Luxembourg arrived in Romania on Sunday.")
    assert locs(claims) == {("BE", "RO"), ("NL", "RO"), ("LU", "RO")}


def test_a_sea_after_a_base_only_says_where_the_base_lies(ex: Extractor) -> None:
    claims = run(ex, "France has stationed 12 Rafale jets at Diego Garcia, the remote base in the Indian Ocean.")
    assert {c.location.name for c in claims if c.location} == {"Diego Garcia"}


def test_named_armed_forces_belong_to_their_state(ex: Extractor) -> None:
    claims = run(ex, "About 90 GNR officers landed in Bissau on Sunday.")
    assert figs(claims) == {("PT", "troops", 90)}
    claims = run(ex, "The Black Sea Fleet has moved 7 warships to Tartus.")
    assert figs(claims) == {("RU", "equipment", 7)}


def test_a_withdrawal_from_a_country_is_not_that_countrys_troops(ex: Extractor) -> None:
    claims = run(ex, "Washington is weighing withdrawing about 2,500 troops from Japan, officials said.")
    assert figs(claims) == {("US", "troops", 2500)}


def test_a_demonym_before_a_place_noun_owns_nothing(ex: Extractor) -> None:
    claims = run(ex, "About 3,000 Marines will move from the Japanese island to Hawaii over five years.")
    assert not any(c.actor.code == "JP" for c in claims)


def test_a_distance_from_a_place_makes_it_a_reference_point(ex: Extractor) -> None:
    claims = run(ex, "A Spanish frigate intercepted the skiff about 300 nautical miles east of Somalia.")
    assert locs(claims) == set()


def test_a_relative_clause_about_something_else_places_no_forces(ex: Extractor) -> None:
    claims = run(ex, "Italy sent 400 troops to Bosnia under the accord, which was signed at a hotel in Paris.")
    assert locs(claims) == {("IT", "BA")}
    claims = run(ex, "The frigate, which had been in the Aegean Sea, is due to arrive in the Red Sea on Monday.")
    assert not any(c.location and c.location.name == "Aegean Sea" for c in claims)


def test_a_negation_inside_a_relative_clause_denies_nothing(ex: Extractor) -> None:
    [c] = run(ex, "Kenya, which is not a member of the bloc, has sent 400 police officers to Haiti.")
    assert not c.denied and c.figure is not None and c.figure.value == 400
    [c] = run(ex, "Burundi has about 2,000 soldiers in South Kivu, which Bujumbura denies.")
    assert not c.denied
    [c] = run(ex, "Burundi denied that it had sent 2,000 soldiers to South Kivu.")
    assert c.denied


def test_missions_are_their_own_actors(ex: Extractor) -> None:
    claims = run(ex, "ECOWAS has approved sending about 1,500 troops to Guinea-Bissau, the bloc said.")
    assert ("ecowas", "troops", 1500) in figs(claims)


def test_an_organisation_named_after_a_descriptive_apposition_is_still_an_object(ex: Extractor) -> None:
    claims = run(
        ex,
        "The junta fears pressure from the West African bloc ECOWAS. "
        "About 300 Wagner Group fighters arrived in Bamako in May, and 200 more were due in June.",
    )
    assert not any(c.actor.code == "ecowas" for c in claims)


def test_a_warships_crew_counts_and_a_merchant_crew_does_not(ex: Extractor) -> None:
    claims = run(ex, "The Dutch frigate Tromp, with about 200 crew, arrived in the Red Sea on Monday.")
    assert figs(claims) == {("NL", "troops", 200)}
    claims = run(ex, "Greek navy commandos boarded the Panama-flagged tanker and freed all 19 crew members.")
    assert not figs(claims)


def test_a_relative_clause_that_places_forces_still_counts(ex: Extractor) -> None:
    claims = run(ex, "France, which keeps a base in Djibouti with about 1,500 troops, said it would stay.")
    assert ("FR", "DJ") in locs(claims)


def test_states_with_contingents_there_are_placed(ex: Extractor) -> None:
    claims = run(ex, "Kenya has 800 police in Haiti. Belize, Jamaica and the Bahamas also have contingents there.")
    assert {("BZ", "HT"), ("JM", "HT"), ("BS", "HT")} <= locs(claims)


def test_the_province_refers_back_to_the_last_province_named(ex: Extractor) -> None:
    claims = run(
        ex,
        "Militants have attacked towns across Cabo Delgado province. Leaders met in Maputo, where Zimbabwe and "
        "Botswana pledged troops. Rwanda began deploying 1,000 soldiers to the province in July.",
    )
    assert any(c.actor.code == "RW" and c.location and c.location.name == "Cabo Delgado" for c in claims)


def test_reports_called_baseless_are_denied(ex: Extractor) -> None:
    claims = run(ex, 'Ankara said reports that 2,000 Turkish soldiers had entered Libya were "baseless."')
    assert claims and all(c.denied for c in claims)


def test_a_place_after_its_is_where_the_owners_forces_are(ex: Extractor) -> None:
    claims = run(ex, "Britain said on Monday that it would shrink its Cyprus garrison from about 2,600 troops to 2,000")
    assert figs(claims) == {("GB", "troops", 2600), ("GB", "troops", 2000)}
    assert locs(claims) == {("GB", "CY")}


def test_a_place_a_force_left_is_no_owner(ex: Extractor) -> None:
    claims = run(ex, "Danish troops left Iraq in March, ending a mission of about 130 soldiers.")
    assert figs(claims) == {("DK", "troops", 130)}


def test_invaded_and_entered_take_the_place_as_object(ex: Extractor) -> None:
    assert locs(run(ex, "About 3,000 Ethiopian soldiers entered Somalia on Monday.")) == {("ET", "SO")}


def test_a_host_named_before_an_appositive_still_hosts(ex: Extractor) -> None:
    claims = run(ex, "Qatar, a small emirate on the western shore of the Gulf, also hosts about 8,000 U.S. personnel.")
    assert locs(claims) == {("US", "QA")}


def test_there_refers_to_the_last_place_that_is_not_a_possessive(ex: Extractor) -> None:
    claims = run(
        ex,
        "The talks took place in Rome. Bahrain hosts the U.S. Fifth Fleet at Manama as well as Britain's naval "
        "support facility. Australia also keeps a small detachment there.",
    )
    assert ("AU", "BH") in locs(claims)


def test_a_gapped_clause_counts_for_its_own_actor(ex: Extractor) -> None:
    claims = run(ex, "Ghana provides the biggest contingent, with some 900 troops, followed by Nepal with about 650.")
    assert {("GH", "troops", 900), ("NP", "troops", 650)} <= figs(claims)
    claims = run(ex, "Chile's contribution is about 300 soldiers, while Peru is adding about 120.")
    assert ("PE", "troops", 120) in figs(claims)
    claims = run(ex, "Ecuador sent about 80 troops and Bolivia about 60 engineers.")
    assert {("EC", "troops", 80), ("BO", "troops", 60)} <= figs(claims)


def test_a_possessive_speaker_that_speaks_of_itself_owns_the_forces(ex: Extractor) -> None:
    claims = run(ex, "Spain leads the mission. Portugal's Defence Ministry said it would send about 70 troops to Mali.")
    assert ("PT", "troops", 70) in figs(claims)
    claims = run(ex, "Spain leads the mission. Portugal said separately it would send 45 soldiers to Mali.")
    assert ("PT", "troops", 45) in figs(claims)


def test_a_warship_named_with_its_state_is_that_states_later(ex: Extractor) -> None:
    body = (
        "The Dutch frigate Tromp escorted a convoy through the Strait of Hormuz on Monday.\n\n"
        "The Tromp, with a crew of about 200, will stay until June, the ministry said."
    )
    claims = run(ex, body)
    assert ("NL", "troops", 200) in figs(claims)
    claims = run(ex, "HMS Severn, a patrol ship with a crew of about 45, arrived in Belize on Friday.")
    assert ("GB", "troops", 45) in figs(claims)


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


def test_no_abbreviated_state_troops_and_ruled_out_are_denials(ex: Extractor) -> None:
    assert all(c.denied for c in run(ex, "Officials said no U.K. troops would be sent to Sudan."))
    assert all(c.denied for c in run(ex, "Canada has ruled out deploying its soldiers to Haiti."))
    assert not any(c.denied for c in run(ex, "Canada has not ruled out deploying 200 soldiers to Haiti."))


def test_a_place_after_a_preposition_and_a_modifier_is_no_subject(ex: Extractor) -> None:
    claims = run(ex, "The Spanish frigate Blas de Lezo anchored off northern Estonia with 210 sailors aboard.")
    assert figs(claims) == {("ES", "troops", 210)}


def test_a_states_assessment_names_no_forces_of_that_state(ex: Extractor) -> None:
    claims = run(
        ex, "Belarus has sent 900 soldiers to Russia. In the Polish assessment the unit went first to western Russia."
    )
    assert not any(c.actor.code == "PL" for c in claims)


def test_the_agent_that_leads_a_group_owns_it(ex: Extractor) -> None:
    claims = run(ex, "The Houthis fired. Officials told the task group led by the French frigate to sail to Oman.")
    assert ("FR", "OM") in locs(claims)


def test_the_army_that_hires_is_no_nationals_actor(ex: Extractor) -> None:
    claims = run(
        ex,
        "About 40 men from the region who signed contracts with the Russian army died in Ukraine. Russia keeps "
        "about 3,000 troops at its base in Tajikistan.",
    )
    assert ("RU", "troops", 3000) in figs(claims)


def test_departed_for_names_a_destination(ex: Extractor) -> None:
    claims = run(ex, "Some 200 Indonesian troops departed on Monday for Oman, the ministry said.")
    assert locs(claims) == {("ID", "OM")}


def test_a_state_that_still_has_officers_opens_its_own_clause(ex: Extractor) -> None:
    claims = run(ex, "Kenya's unit of about 300 soldiers is based in Juba, and Ghana still has ten officers there.")
    assert ("KE", "troops", 300) in figs(claims) and ("KE", "GH") not in locs(claims)


def test_people_who_fled_put_no_forces_anywhere(ex: Extractor) -> None:
    claims = run(ex, "Chad has sent 500 soldiers to Darfur. Some 20,000 people have fled fighting into Libya.")
    assert locs(claims) == {("TD", "SD")}


def test_a_state_said_this_month_it_had_deployed_its_own_forces(ex: Extractor) -> None:
    claims = run(ex, "Egypt sent aid. Spain said this month it had deployed two more frigates to the Red Sea.")
    assert ("ES", "equipment", 2) in figs(claims)


def test_off_a_coast_and_a_carrier_strike_group_place_forces(ex: Extractor) -> None:
    assert locs(run(ex, "Two Greek frigates have begun patrols off Libya's coast.")) == {("GR", "LY")}
    claims = run(ex, "The French navy has kept a carrier strike group and two frigates in the Red Sea since May.")
    assert {(c.actor.code, c.location.name) for c in claims if c.location} == {("FR", "Red Sea")}


def test_from_there_and_a_reference_place_chain_are_no_locations(ex: Extractor) -> None:
    claims = run(ex, "Russian bombers were based in Engels. Drones hit the base, and the jets took off from there.")
    assert all(c.location is None or c.location.country_code == "RU" for c in claims)
    claims = run(ex, "A Dutch frigate sank a skiff 30 nautical miles east of Socotra, off Yemen, on Friday.")
    assert not locs(claims)


def test_no_warship_sent_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, '"No Italian warship has been sent to the Strait of Hormuz," the minister said.')
    assert claims and all(c.denied for c in claims)


def test_adf_in_congo_is_the_rebel_group_not_australia(ex: Extractor) -> None:
    claims = run(ex, "Ugandan troops said they had killed 40 ADF fighters near Beni.")
    assert not any(c.actor.code == "AU" for c in claims)


def test_a_state_inside_a_place_name_is_no_actor_and_ship_prefixes_name_the_navy(ex: Extractor) -> None:
    claims = run(ex, "The frigate HMCS Ville de Quebec, with about 240 sailors, is patrolling the South China Sea.")
    assert figs(claims) == {("CA", "troops", 240)}
    assert not any(c.actor.code == "CN" for c in claims)


def test_philippine_and_other_added_demonyms_own_their_counts(ex: Extractor) -> None:
    claims = run(ex, "About 900 Japanese troops and some 1,100 Philippine soldiers began drills in Luzon.")
    assert {("JP", "troops", 900), ("PH", "troops", 1100)} <= figs(claims)


def test_a_defence_ministry_that_moves_forces_acts_for_its_state(ex: Extractor) -> None:
    claims = run(ex, "Norway's Defence Ministry will station a radar company of about 90 personnel on Vardo next year.")
    assert ("NO", "troops", 90) in figs(claims)
    assert not any(c.location for c in claims if c.actor.code == "NO")


def test_transit_stops_are_no_deployment_places(ex: Extractor) -> None:
    claims = run(ex, "The 120 engineers changed planes in Doha and stopped over in Nairobi before landing in Juba.")
    claims += run(ex, "Finland has sent 120 engineers to South Sudan; their flight stopped in Egypt on the way.")
    assert ("FI", "EG") not in locs(claims)
    assert ("FI", "KE") not in locs(claims)


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


def test_the_navy_is_the_paragraphs_states_not_the_items_focus(ex: Extractor) -> None:
    body = (
        "Two Japanese destroyers called at Sattahip in Thailand on Monday.\n\n"
        "Thai officials say the new pier will help the navy patrol the country's waters. "
        "The navy has about 24,000 personnel, according to analysts."
    )
    claims = run(ex, body)
    assert ("TH", "troops", 24000) in figs(claims)
    assert not any(c.actor.code == "JP" and c.figure and c.figure.value == 24000 for c in claims)


def test_a_strike_group_is_a_formation_not_an_attack(ex: Extractor) -> None:
    claims = run(ex, "The French carrier Charles de Gaulle will lead a carrier strike group bound for Cyprus soon.")
    assert ("FR", "CY") in locs(claims)
    claims = run(ex, "A US strike group attacked targets in Yemen on Monday.")
    assert ("US", "YE") not in locs(claims)


def test_a_ship_name_with_of_is_learned_without_its_prefix(ex: Extractor) -> None:
    body = (
        "Britain's destroyer HMS Duke of Kent sailed from Portsmouth on Monday.\n\n"
        "In 2024 the Duke of Kent led a four-month deployment to Oman and Kenya."
    )
    claims = run(ex, body)
    assert {("GB", "OM"), ("GB", "KE")} <= locs(claims)


def test_a_place_the_journey_went_on_from_is_no_deployment_place(ex: Extractor) -> None:
    body = (
        "About 200 Rwandan soldiers landed at Entebbe in southern Uganda, from where they were driven into "
        "South Sudan on Friday."
    )
    claims = run(ex, body)
    assert ("RW", "UG") not in locs(claims)
    assert ("RW", "SS") in locs(claims)


def test_a_mission_named_as_a_modifier_of_contributor_owns_nothing(ex: Extractor) -> None:
    claims = run(ex, "Burundi, the second-largest AUSSOM contributor with about 3,000 troops, said it would stay.")
    assert ("BI", "troops", 3000) in figs(claims)
    assert not any(c.actor.code == "aussom" for c in claims)


def test_unifil_sites_are_in_lebanon(ex: Extractor) -> None:
    claims = run(ex, "Irish peacekeepers were moved to Naqoura. About 300 Finnish soldiers are based near Marjayoun.")
    assert {("IE", "LB"), ("FI", "LB")} <= locs(claims)


def test_a_ministry_that_speaks_of_its_own_forces_owns_them(ex: Extractor) -> None:
    body = "The SADC force in the region has grown. Zambia's defence ministry said it had already sent 180 soldiers."
    claims = run(ex, body)
    assert ("ZM", "troops", 180) in figs(claims)


def test_a_clause_whose_subject_is_another_states_forces_is_its_own(ex: Extractor) -> None:
    claims = run(ex, "Kenya said it had sent 400 police officers, and Jamaican special forces have been in Haiti.")
    assert ("KE", "HT") not in locs(claims)


def test_a_states_officials_report_their_own_losses(ex: Extractor) -> None:
    body = (
        "Russian paratroopers landed in Bishkek on Monday.\n\n"
        "Kyrgyz officials said 12 soldiers had been killed since Wednesday."
    )
    claims = run(ex, body)
    assert ("KG", "casualties", 12) in figs(claims)
    assert ("RU", "casualties", 12) not in figs(claims)


def test_a_many_nation_count_in_an_alliances_exercise_is_the_alliances(ex: Extractor) -> None:
    body = (
        "Poland will host NATO's Steel Shield exercise in May, which is expected to bring some 20,000 troops "
        "from 18 countries to Poland, along with 90 aircraft and 30 ships."
    )
    claims = run(ex, body)
    assert {("nato", "troops", 20000), ("nato", "equipment", 90), ("nato", "equipment", 30)} <= figs(claims)
    claims = run(ex, "Some 20,000 troops from 18 countries took part in the drills in Poland, Warsaw said.")
    assert not figs(claims)


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


def test_a_place_in_the_name_of_a_command_or_fleet_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "About 2,000 U.S. troops are in Djibouti, U.S. Africa Command said.")
    assert {c.location.name for c in claims if c.location} == {"Djibouti"}
    claims = run(
        ex, "Two Chinese destroyers shadowed the convoy, the Southern Theater Command said. They stayed there."
    )
    assert not [c for c in claims if c.location]
    claims = run(ex, "Some 300 Marines landed in Darwin, U.S. Marine Corps Forces Pacific said.")
    assert {c.location.name for c in claims if c.location} == {"Darwin"}


def test_a_sea_in_a_hyphenated_region_is_no_location(ex: Extractor) -> None:
    claims = run(ex, "Britain will send eight ships to the Indo-Pacific this year. They will stay there until May.")
    assert not [c for c in claims if c.location]
    claims = run(ex, "Britain will send eight ships to the western Pacific this year.")
    assert {c.location.name for c in claims if c.location} == {"Pacific Ocean"}


def test_over_places_aircraft_only_after_a_flying_word(ex: Extractor) -> None:
    claims = run(ex, "Two British surveillance aircraft flew over the Black Sea on Friday.")
    assert {c.location.name for c in claims if c.location} == {"Black Sea"}
    claims = run(ex, "Dutch F-35 jets flying over Estonia were scrambled twice this week.")
    assert locs(claims) == {("NL", "EE")}
    claims = run(ex, "The 300 Russian soldiers in Transnistria are at the centre of a row over the Dniester region.")
    assert {c.location.name for c in claims if c.location} == {"Transnistria"}
    claims = run(ex, "A radar at the base, where 200 US airmen serve, tracks missiles over the Arctic.")
    assert not [c for c in claims if c.location]
    claims = run(ex, "Over the past year Iran sent 300 drones to Russia.")
    assert locs(claims) == {("IR", "RU")}


def test_forces_from_a_list_of_states_after_the_article(ex: Extractor) -> None:
    claims = run(
        ex, "Warships from the Netherlands, Canada and Germany held two days of joint drills in the Baltic Sea."
    )
    assert locs(claims) == {("NL", None), ("CA", None), ("DE", None)}
    assert {c.location.name for c in claims if c.location} == {"Baltic Sea"}


def test_an_open_list_of_states_names_a_coalition_not_each_member(ex: Extractor) -> None:
    claims = run(ex, "Warships from Norway, Canada, Germany and other allies will patrol the Baltic Sea.")
    assert locs(claims) == {("NO", None)}
    claims = run(ex, "Troops from Kenya, Ghana, Chad and several other states will deploy to Haiti.")
    assert locs(claims) == {("KE", "HT")}


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


def test_an_area_the_forces_left_is_no_place_of_theirs(ex: Extractor) -> None:
    claims = run(ex, "A Venezuelan warship entered Guyanese waters on Saturday. The ship left the area by noon.")
    assert locs(claims) == {("VE", "GY")}
    assert len([c for c in claims if c.location]) == 1


def test_a_region_is_no_location_beside_one_of_its_countries(ex: Extractor) -> None:
    claims = run(ex, "Russia, which keeps about 5,000 troops in Tajikistan, opposes any other force in Central Asia.")
    assert {c.location.name for c in claims if c.location} == {"Tajikistan"}
    claims = run(ex, "About 300 Indian soldiers are deployed in Central Asia.")
    assert {c.location.name for c in claims if c.location} == {"Central Asia"}


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


def test_a_group_named_like_a_town_is_no_place(ex: Extractor) -> None:
    claims = run(ex, "Hamas fighters crossed into Israel. The base was later said to hold 500 soldiers.")
    assert not [c for c in claims if c.location and c.location.country_code == "DE"]


def test_a_time_clause_about_another_actors_move_places_nothing(ex: Extractor) -> None:
    claims = run(ex, "About 20,000 Canadian troops are now in Europe, up from 9,000 before Russia invaded Ukraine.")
    assert {c.location.name for c in claims if c.location} == {"Europe"}
    claims = run(ex, "The 3,000 Turkish soldiers in Qatar have been there since Iraq's invasion of Kuwait.")
    assert locs(claims) == {("TR", "QA")}


def test_a_base_forces_operate_from_is_where_they_are(ex: Extractor) -> None:
    claims = run(ex, "An Indian patrol aircraft operating from Djibouti is also supporting the mission.")
    assert locs(claims) == {("IN", "DJ")}
    claims = run(ex, "The Canadian patrol aircraft was on a routine mission, flying from Kadena Air Base in Okinawa.")
    assert locs(claims) == {("CA", "JP")}
    claims = run(ex, "Two French Rafales operating out of Jordan struck targets in Syria.")
    assert locs(claims) == {("FR", "JO")}
    # a journey with a destination is no base of operations
    claims = run(ex, "Two Dutch fighter jets flying from Leeuwarden to Poland were refuelled in the air.")
    assert locs(claims) == {("NL", "PL")}


def test_a_claim_reported_with_the_other_sides_rebuttal_is_not_denied(ex: Extractor) -> None:
    claims = run(ex, "A rebel group said it killed nine Russian soldiers in northern Mali, a claim Moscow dismissed.")
    assert [c.denied for c in claims if c.figure] == [False]
    assert locs(claims) == {("RU", "ML")}
    claims = run(ex, "Rebels said 40 Wagner fighters were in Mali, an allegation that the embassy denied on Monday.")
    assert [c.denied for c in claims if c.figure] == [False]
    # the denial itself is still a denial
    claims = run(ex, "Moscow denied that 300 Russian soldiers were in Mali.")
    assert [c.denied for c in claims if c.figure] == [True]


def test_a_former_base_and_a_base_forces_left_are_no_locations(ex: Extractor) -> None:
    claims = run(ex, "British drones previously based in Niger now fly from Ghana.")
    assert locs(claims) == {("GB", "GH")}
    claims = run(ex, "The last 800 French troops left Chad's Air Base 172 in Abeche in January.")
    assert locs(claims) == set()
