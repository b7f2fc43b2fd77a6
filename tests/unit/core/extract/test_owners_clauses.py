"""Owners across clauses: relative clauses, coordinated and gapped clauses, appositions, lists and sentence
openings.

A clause can bring its own actor or borrow the main clause's; these tests pin which actor owns a count when a
sentence holds more than one clause, on sentences written for the test.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from extract_helpers import figs, locs, places, run
from extract_helpers import placed_countries as _placed

from claimwatch.core.extract import Extractor
from claimwatch.models import NewsItem


def test_reduced_relative_names_the_owner(ex: Extractor) -> None:
    body = "Some of the advisers Iran has sent to Syria have been moved to Aleppo, an official said."
    assert ("IR", "SY") in locs(run(ex, body))


def test_relative_clause_hangs_on_its_antecedent(ex: Extractor) -> None:
    body = "Chad said Egypt is training about 600 soldiers. Kenya, which has about 700 troops in Somalia, said nothing."
    claims = run(ex, body)
    assert ("KE", "troops", 700) in figs(claims) and ("KE", "SO") in locs(claims)
    claims = run(ex, "Chile reported 80 dead. The frigate HMS Kent, which is patrolling the Black Sea, sank a boat.")
    assert {c.actor.code for c in claims if c.location} == {"GB"}


def test_places_listed_after_a_preposition_are_no_owners(ex: Extractor) -> None:
    claims = run(ex, "Allies agreed to set up new battlegroups in Chad, Niger and Mali.")
    assert not any(c.actor.code in ("TD", "NE", "ML") for c in claims)


def test_event_relative_clause_counts_the_main_subjects_forces(ex: Extractor) -> None:
    claims = run(
        ex,
        "After talks between Japan's premier and Seoul, Iran staged naval drills, in which the ministry "
        "counted 14 ships near Oman.",
    )
    assert figs(claims) == {("IR", "equipment", 14)}


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


def test_an_organisation_named_after_a_descriptive_apposition_is_still_an_object(ex: Extractor) -> None:
    claims = run(
        ex,
        "The junta fears pressure from the West African bloc ECOWAS. "
        "About 300 Wagner Group fighters arrived in Bamako in May, and 200 more were due in June.",
    )
    assert not any(c.actor.code == "ecowas" for c in claims)


def test_a_gapped_clause_counts_for_its_own_actor(ex: Extractor) -> None:
    claims = run(ex, "Ghana provides the biggest contingent, with some 900 troops, followed by Nepal with about 650.")
    assert {("GH", "troops", 900), ("NP", "troops", 650)} <= figs(claims)
    claims = run(ex, "Chile's contribution is about 300 soldiers, while Peru is adding about 120.")
    assert ("PE", "troops", 120) in figs(claims)
    claims = run(ex, "Ecuador sent about 80 troops and Bolivia about 60 engineers.")
    assert {("EC", "troops", 80), ("BO", "troops", 60)} <= figs(claims)


def test_an_entry_of_a_semicolon_list_with_its_own_place_is_a_gapped_count(ex: Extractor) -> None:
    # "; <state> has N in <place>", with or without an apposition after the state: the noun is the first entry's
    body = (
        "Nigeria is the top contributor, with 1,300 soldiers around Bunia, followed by Zambia with about 450 in Beni; "
        "Malawi has 300 in Goma; and Botswana, the latest arrival, has 90 in Uvira."
    )
    got = run(ex, body)
    assert {("MW", "troops", 300), ("BW", "troops", 90)} <= figs(got)
    assert _placed(got, 300) == {("MW", "CD")} and _placed(got, 90) == {("BW", "CD")}
    assert not any(c.actor.code == "MW" and c.location and c.location.name == "Uvira" for c in got)
    # a bare "has N in reserve" after a count is still no place's count
    assert ("MW", "troops", 300) in figs(run(ex, "Zambia has 450 soldiers in Beni; Malawi has 300 in Goma."))


def test_a_state_that_still_has_officers_opens_its_own_clause(ex: Extractor) -> None:
    claims = run(ex, "Kenya's unit of about 300 soldiers is based in Juba, and Ghana still has ten officers there.")
    assert ("KE", "troops", 300) in figs(claims) and ("KE", "GH") not in locs(claims)


def test_a_clause_whose_subject_is_another_states_forces_is_its_own(ex: Extractor) -> None:
    claims = run(ex, "Kenya said it had sent 400 police officers, and Jamaican special forces have been in Haiti.")
    assert ("KE", "HT") not in locs(claims)


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


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("UNIFIL, which Italy commanded until 2022, has about 10,000 peacekeepers.", {("unifil", "troops", 10000)}),
        ("NATO, which Canada joined in 1949, now has about 3,000 troops in Latvia.", {("nato", "troops", 3000)}),
    ],
)
def test_a_relative_clause_does_not_take_the_main_clauses_count(
    ex: Extractor, body: str, want: set[tuple[str, str, int]]
) -> None:
    assert figs(run(ex, body)) == want


def test_relative_clause_after_demonym_force_in_place_belongs_to_the_demonym(ex: Extractor) -> None:
    # "The Dutch contingent in Lithuania, which grew to ...": the contingent is Dutch; Lithuania is its place
    body = "The Dutch contingent in Lithuania, which grew to about 270 soldiers last year, will stay until 2027."
    claims = run(ex, body)
    assert figs(claims) == {("NL", "troops", 270)}
    assert ("NL", "LT") in locs(claims)


def test_relative_clause_after_a_state_name_before_the_force_in_place_belongs_to_that_state(ex: Extractor) -> None:
    # the state's name stands before the noun as a demonym would: "UK troops in X, which" are the UK's
    got = run(ex, "UK troops in Estonia, which numbered about 850 last spring, are being reinforced this month.")
    assert ("GB", "troops", 850) in figs(got)
    assert ("EE", "troops", 850) not in figs(got)
    assert ("GB", "EE") in locs(got)


def test_hours_after_opens_a_clause_with_its_own_subject(ex: Extractor) -> None:
    body = (
        "The Chinese navy training ship Zheng He sailed into Apia on Tuesday with about 300 cadets and crew, "
        "hours after Australia said it had sent a frigate to the Coral Sea to keep watch."
    )
    claims = run(ex, body)
    assert ("AU", "Coral Sea") in places(claims)
    assert ("CN", "Coral Sea") not in places(claims)


def test_a_demonym_after_an_opening_place_is_the_subject(ex: Extractor) -> None:
    # "In Apia, the Canadian ship ...": the demonym opens the subject; it is no item of a list of places
    body = "In Apia, the Canadian patrol ship HMCS Margaret Brooke docked for a three-day visit with about 60 sailors."
    claims = run(ex, body)
    assert figs(claims) == {("CA", "troops", 60)}
    assert {c.location.country_code for c in claims if c.location} == {"WS"}


def test_an_apposition_with_a_possessive_does_not_take_the_subjects_count(ex: Extractor) -> None:
    # "EUFOR, the EU's force in Bosnia, has ...": the possessive inside the apposition describes the subject
    claims = run(ex, "KFOR, NATO's peacekeeping force, has about 4,300 troops.")
    assert figs(claims) == {("kfor", "troops", 4300)}


def test_a_gapped_count_after_a_relative_clause_is_its_actors(ex: Extractor) -> None:
    body = (
        "Spain has about 650 soldiers in Latvia, and Slovakia, which joined the battlegroup in 2018, "
        "contributes about 150."
    )
    claims = run(ex, body)
    assert figs(claims) == {("ES", "troops", 650), ("SK", "troops", 150)}
    # the state that owns the second count is no place of the first
    assert ("ES", "SK") not in {(c.actor.code, c.location.country_code) for c in claims if c.location}


def test_a_state_after_an_opening_place_is_the_subject(ex: Extractor) -> None:
    # "In Qatar, Spain will ...": the comma ends the opening place phrase, it does not list Spain with Qatar
    body = "Britain has 500 troops in Iraq. In Qatar, Spain will station about 80 personnel at an air base."
    assert ("ES", "troops", 80) in figs(run(ex, body))


def test_a_list_of_opening_places_is_still_a_list(ex: Extractor) -> None:
    body = "Britain has 500 troops in Iraq. In Kuwait, Qatar and Bahrain, the United States keeps about 40,000 troops."
    # Qatar goes on the list of places ("and Bahrain" follows): it is no subject, and owns none of the troops
    assert not any(c.actor.code == "QA" for c in run(ex, body))


def test_its_own_troops_in_a_relative_clause_belong_to_its_antecedent(ex: Extractor) -> None:
    body = "The company serves in the NATO brigade in Latvia led by Spain, which has about 600 of its own troops there."
    assert figs(run(ex, body)) == {("ES", "troops", 600)}


def test_a_sentence_opening_in_a_state_gives_the_army_its_state(ex: Extractor) -> None:
    body = "Rwandan troops crossed into Burundi. In Kenya, the army said it now had about 500 soldiers near the border."
    assert ("KE", "troops", 500) in figs(run(ex, body))


def test_a_plain_comma_opens_a_clause_with_its_own_actor_and_verb(ex: Extractor) -> None:
    body = (
        "Spain will send six F-18 jets and 130 airmen to Lithuania, the Netherlands will deploy two F-35s to"
        " Poland, and Italy will station an air defence battery in Latvia, allies said."
    )
    got = run(ex, body)
    assert {("ES", "equipment", 6), ("ES", "troops", 130), ("NL", "equipment", 2)} <= figs(got)
    assert ("ES", "PL") not in locs(got)
    assert ("NL", "PL") in locs(got)


@pytest.mark.parametrize(
    "body",
    [
        "In Latvia, Canada has about 2,000 troops under NATO command.",
        "Chad has sent about 1,000 soldiers to Niger, the army said on Sunday, after raids near the border.",
    ],
)
def test_a_comma_before_a_speaker_or_after_an_opening_place_cuts_nothing(ex: Extractor, body: str) -> None:
    got = run(ex, body)
    assert len({c.location.country_code for c in got if c.location is not None}) == 1
    assert all(c.location is not None for c in got if c.figure is not None)


def test_a_possessive_before_a_new_clause_does_not_own_its_count(ex: Extractor) -> None:
    body = (
        "KAMPALA - More than 200 Ugandans have been recruited into Russia's armed forces and at least "
        "19 of them have been killed, the ministry said."
    )
    claims = run(ex, body)
    assert {("ug-fighters", "troops", 200), ("ug-fighters", "casualties", 19)} <= figs(claims)
    assert not any(c.actor.code == "RU" for c in claims)


def test_a_mission_after_a_preposition_is_the_antecedent_of_which(ex: Extractor) -> None:
    body = "Ghana's battalion of about 870 soldiers is the largest in UNIFIL, which has about 10,000 troops."
    claims = run(ex, body)
    assert {("GH", "troops", 870), ("unifil", "troops", 10000)} <= figs(claims)
    assert ("GH", "troops", 10000) not in figs(claims)
    # a place after a preposition is still no antecedent: the noun phrase's owner is
    body = "Germany's brigade in Lithuania, which numbers about 4,800 troops, is its first abroad."
    assert ("DE", "troops", 4800) in figs(run(ex, body))


def test_a_coordinated_clause_with_its_own_subject_keeps_its_place(ex: Extractor) -> None:
    body = "Belgium's last soldiers left Mali in 2023, and Spain closed its training camp at Koulikoro in May."
    assert ("BE", "ML") not in locs(run(ex, body))


def test_a_possessive_after_a_list_of_places_refers_to_the_subject_not_the_last_place(ex: Extractor) -> None:
    body = "The Africa Corps has men in Chad, Sudan and Niger, and its personnel have moved into bases in Libya."
    claims = run(ex, body)
    assert {(c.actor.code, c.location.country_code) for c in claims if c.location} == {
        ("africa-corps", "TD"),
        ("africa-corps", "SD"),
        ("africa-corps", "NE"),
        ("africa-corps", "LY"),
    }


def test_a_name_inside_a_closed_relative_clause_is_no_antecedent_of_its(ex: Extractor) -> None:
    body = "Al-Shabaab, which has fought Somalia's government since 2006, has moved its fighters into Kenya."
    got = locs(run(ex, body))
    assert ("al-shabaab", "KE") in got
    assert not any(code == "SO" for code, _ in got)


def test_whose_makes_the_antecedent_the_owner_of_the_count(ex: Extractor) -> None:
    body = "The Africa Corps replaced Wagner, whose 1,800 fighters had been in Mali since 2021."
    assert ("wagner-group", "troops", 1800) in figs(run(ex, body))
    body = "Nairobi, whose 350 police officers reached Port-au-Prince in June, pledged more."
    assert ("KE", "troops", 350) in figs(run(ex, body))


def test_whose_with_an_actor_of_its_own_keeps_that_actor(ex: Extractor) -> None:
    body = "Russia thanked Pyongyang, whose ally Belarus sent 120 Belarusian instructors to Mali."
    assert ("BY", "troops", 120) in figs(run(ex, body))


def test_a_year_before_that_does_not_hide_the_clause_subject(ex: Extractor) -> None:
    body = "Investigators said in 2021 that the Wagner Group kept about 2,000 fighters in Mali."
    assert ("wagner-group", "troops", 2000) in figs(run(ex, body))


def test_the_subject_of_a_trailing_adverbial_clause_owns_no_forces(ex: Extractor) -> None:
    body = "Chad is sending a company of commandos to Niger, the ministry said, after Sudan threatened to retaliate."
    assert locs(run(ex, body)) == {("TD", "NE")}
    body = "More Chadian jets are heading to Niger, while Sudan's convoy gets ready to leave."
    assert locs(run(ex, body)) == {("TD", "NE")}
    body = "Sudan protested to the United Nations on Monday, as Chad deployed troops to Niger."
    assert locs(run(ex, body)) == {("TD", "NE")}


def test_an_attribution_opening_the_sentence_is_no_list_with_the_subject(ex: Extractor) -> None:
    body = "According to a security source in Bamako, the Africa Corps now has around 2,500 men in Mali."
    assert ("africa-corps", "troops", 2500) in figs(run(ex, body))


def test_its_after_a_place_of_a_where_clause_is_the_subjects(ex: Extractor) -> None:
    body = "Al-Shabaab continues to operate in the DRC, where roughly 900 of its men remain."
    assert figs(run(ex, body)) == {("al-shabaab", "troops", 900)}


def test_a_concession_clause_neither_owns_nor_places_the_main_clauses_forces(ex: Extractor) -> None:
    body = "Iran keeps sending drones to Russia, despite Russia building its own at a plant in Tatarstan."
    got = run(ex, body)
    assert ("IR", "RU") in locs(got)
    assert not any(c.location is not None and c.location.name != "Russia" for c in got if c.actor.code == "IR")
    body = "Belarus has sent 300 engineers to Russia, although Moscow has built new barracks in Kursk."
    got = run(ex, body)
    assert ("BY", "troops", 300) in figs(got)
    assert not any(c.location is not None and c.location.admin1 == "Kursk" for c in got)


def test_a_reflexive_after_the_antecedent_keeps_the_relative_clause_its_own(ex: Extractor) -> None:
    body = (
        "The Houthis have fired dozens of missiles this year. "
        "And Iran itself, which has about 2,000 advisers in Iraq, says it will keep them there."
    )
    got = run(ex, body)
    assert ("IR", "troops", 2000) in figs(got)
    assert ("IR", "IQ") in locs(got)
    assert ("houthis", "IQ") not in locs(got)


def test_an_appositive_that_sums_up_the_clause_owns_no_claim(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps has moved about 400 of its personnel to Mopti, local sources said, a move that "
        "leaves the Malian army alone in the east. "
        "Another contingent, estimated at 150, was flown from Bamako to Niamey in late May."
    )
    got = run(ex, body)
    assert ("africa-corps", "troops", 150) in figs(got)
    assert ("africa-corps", "NE") in locs(got)
    assert not any(c.actor.code == "ML" for c in got)


def test_a_count_after_a_relative_clause_is_its_antecedents_whatever_the_verb(ex: Extractor) -> None:
    body = "The Africa Corps, which took over from Wagner in Libya, now fields about 1,200 personnel in Niger."
    got = run(ex, body)
    assert ("africa-corps", "troops", 1200) in figs(got)
    assert not any(code == "wagner-group" for code, _, _ in figs(got))
    body = "Turkey, which trains Somali soldiers with Qatar, maintains about 500 troops in Somalia, officials said."
    assert ("TR", "troops", 500) in figs(run(ex, body))


def test_a_coordinated_clause_may_open_with_an_article_before_its_subject(ex: Extractor) -> None:
    body = "France has kept a battlegroup in Romania since 2022, and the U.S. has about 2,000 troops in Bulgaria."
    got = run(ex, body)
    assert _placed(got, 2000) == {("US", "BG")}
    assert ("US", "RO") not in locs(got)


def test_a_closing_relative_clause_leaves_the_main_subject_the_supplier(ex: Extractor) -> None:
    body = "Belarus has supplied Russia with tank shells, which Moscow has fired at Ukrainian positions for months."
    assert ("BY", "RU") in locs(run(ex, body))
    body = "Belarus has supplied Russia with tank shells, which were fired at Ukrainian positions."
    assert ("BY", "RU") in locs(run(ex, body))


def test_an_actor_named_as_object_inside_a_relative_clause_is_not_the_subject(ex: Extractor) -> None:
    body = (
        "Russia's Africa Corps now operates in Niger.\n\n"
        "The corps, which replaced the Wagner Group in Niger last year, is thought to have about 800 men there."
    )
    got = figs(run(ex, body))
    assert ("wagner-group", "troops", 800) not in got
    assert ("africa-corps", "troops", 800) in got
    # the relative clause's own subject still leads the force it hangs on
    body = "The mission, which Rwanda has led since 2023, has about 1,200 personnel."
    assert ("RW", "troops", 1200) in figs(run(ex, body))


def test_a_relative_clause_without_a_cargo_verb_still_hangs_on_its_antecedent(ex: Extractor) -> None:
    body = "Chad sent a battalion to Niger, which has 1,200 soldiers of its own near the border."
    assert ("TD", "troops", 1200) not in figs(run(ex, body))


def test_an_appositive_reaction_names_no_owner(ex: Extractor) -> None:
    # ", a gesture X called ...": the state that reacted owns none of the forces of the main clause
    body = (
        "The British navy has sent two frigates to the region.\n\n"
        "Royal Marines held beach landing drills in Belize last week, a gesture Guatemala called a provocation."
    )
    claims = run(ex, body)
    assert ("GB", "BZ") in locs(claims)
    assert not any(actor == "GT" for actor, _ in locs(claims))


def test_a_reaction_after_a_move_without_a_pronoun_keeps_the_main_clause_owner(ex: Extractor) -> None:
    body = "Sweden moved 300 soldiers to Gotland, a move Moscow condemned."
    claims = run(ex, body)
    assert ("SE", "troops", 300) in figs(claims)
    assert not any(actor == "RU" for actor, _, _ in figs(claims))


def test_a_name_in_a_clause_on_a_place_is_no_antecedent_of_its(ex: Extractor) -> None:
    body = (
        "Officials said the Africa Corps will base its staff at Kati, the old camp near the capital that Wagner "
        "used as a depot, and eventually bring its strength in the country to 2,200."
    )
    got = figs(run(ex, body))
    assert ("africa-corps", "troops", 2200) in got
    assert ("wagner-group", "troops", 2200) not in got


def test_a_relative_clause_after_places_only_hangs_on_no_state(ex: Extractor) -> None:
    # "a brigade in A and a battalion in B, which will head home": the units are in the places, owned by the item's
    # actor, not by the last place named
    body = (
        "The number of U.S. troops in Europe has fallen to about 70,000, officials said.\n\n"
        "The cuts affect a tank battalion in Hungary and an engineer company in Slovakia, which will return"
        " home in March, the officials said."
    )
    claims = run(ex, body)
    assert ("US", "SK") in locs(claims)
    assert not any(actor == "SK" for actor, _ in locs(claims))


def test_a_later_clause_after_the_main_one_sets_no_new_topic(ex: Extractor) -> None:
    body = (
        "The British frigate HMS Kent and a supply ship entered the Gulf of Aden on Monday, the Royal Navy said, "
        "days after Yemen's Houthi rebels resumed attacks on merchant shipping.\n\n"
        "Roughly 200 sailors are aboard the two ships, the navy said in a statement."
    )
    got = figs(run(ex, body))
    assert ("GB", "troops", 200) in got
    assert ("houthis", "troops", 200) not in got


def test_it_in_a_where_clause_is_the_main_clauses_subject(ex: Extractor) -> None:
    got = run(ex, "China keeps a naval base in Djibouti, where it has about 2,000 personnel.")
    assert ("CN", "troops", 2000) in figs(got)
    assert ("CN", "DJ") in locs(got)


def test_a_where_clause_describing_a_place_sets_no_new_topic(ex: Extractor) -> None:
    body = (
        "Iran is preparing some 3,000 fighters for a fresh deployment.\n\n"
        "The fighters may be moved to positions near Aleppo, where Turkish troops have been pushing towards "
        "Manbij.\n\nRelatives were informed in March that roughly 25 fighters had been killed."
    )
    got = figs(run(ex, body))
    assert ("IR", "casualties", 25) in got
    assert ("TR", "casualties", 25) not in got


def test_an_intelligence_service_in_a_where_clause_owns_no_count(ex: Extractor) -> None:
    body = (
        "Russia has been massing troops in the Kaliningrad region, where the Polish Military "
        "Intelligence Service reckons about 18,000 soldiers are now stationed close to the frontier."
    )
    got = figs(run(ex, body))
    assert ("RU", "troops", 18000) in got
    assert ("PL", "troops", 18000) not in got


def test_a_list_of_contingents_gives_each_entry_its_owner_place_and_count(ex: Extractor) -> None:
    # "are: A in X, N; B in Y, M": each entry after the head noun is one state's count at one place
    body = (
        "The biggest allied detachments, the paper says, are: Italy in Hungary, 1,300; Spain in Slovakia, 900; "
        "Sweden in Finland, 650."
    )
    got = run(ex, body)
    assert {("IT", "troops", 1300), ("ES", "troops", 900), ("SE", "troops", 650)} <= figs(got)
    assert _placed(got, 900) == {("ES", "SK")}
    got = run(ex, "The final scores were: Italy in Hungary, 3; Spain in Slovakia, 2.")
    assert figs(got) == set()


def test_a_list_of_names_each_with_its_bare_count_gives_each_state_its_share(ex: Extractor) -> None:
    # "contingents in X are: A N; B M": a name and a count per entry, the place named once in the head
    body = "By the ministry's tally, the biggest contingents in Kosovo are Italy 1,100; Hungary 700; Austria 320."
    got = run(ex, body)
    assert {("IT", "troops", 1100), ("HU", "troops", 700), ("AT", "troops", 320)} <= figs(got)
    assert _placed(got, 700) == {("HU", "XK")}
    body = "The summary lists the national detachments in Estonia as follows: Poland 1,200; Spain 800; Norway 350."
    got = run(ex, body)
    assert {("PL", "troops", 1200), ("ES", "troops", 800), ("NO", "troops", 350)} <= figs(got)
    got = run(ex, "The league table after round nine reads: Italy 21; Hungary 18; Austria 12.")
    assert figs(got) == set()


def test_a_states_own_mission_abroad_is_the_antecedent_of_which(ex: Extractor) -> None:
    # "Peru's naval mission in X, which numbers N": the mission is the state's forces there, not the host's
    body = "Lima said Peru's naval training mission in Ecuador, which numbers roughly 180 sailors, will be renewed."
    got = run(ex, body)
    assert ("PE", "troops", 180) in figs(got)
    assert ("PE", "EC") in locs(got)
    body = "The Czech advisory mission in Mali, which counts some 60 instructors, ends in June."
    assert ("CZ", "troops", 60) in figs(run(ex, body))


def test_a_bare_count_in_brackets_after_a_second_state_is_its_share(ex: Extractor) -> None:
    # "X (about N troops) and Y (M)": the second state's bracket elides the noun of the first
    claims = run(ex, "The force's contributors include Spain (about 700 troops) and Ghana (310), whose unit rotates.")
    assert {("ES", "troops", 700), ("GH", "troops", 310)} <= figs(claims)


def test_the_state_of_kit_that_forces_operate_owns_none_of_them(ex: Extractor) -> None:
    body = (
        "Officials said several hundred Belarusian troops had been moved to Luhansk Oblast to help operate Russian "
        "Tor launchers, while about 700 soldiers were training near Rostov."
    )
    got = run(ex, body)
    assert ("BY", "troops", 700) in figs(got)
    assert not any(c.actor.code == "RU" for c in got)


def test_rows_of_an_actor_count_place_list_give_each_label_its_count_there(ex: Extractor) -> None:
    # "<state> - N - <place>" rows, two or more of them: each row's count is its label's troops, at its place part
    body = (
        "Where the foreign garrisons in Niger sit, from a ministry paper:\n\n"
        "Germany - 600 - Niamey\n"
        "Spain - about 300 - the airbase at Agadez\n"
    )
    got = run(ex, body)
    assert {("DE", "troops", 600), ("ES", "troops", 300)} <= figs(got)
    assert _placed(got, 600) == {("DE", "NE")}
    assert _placed(got, 300) == {("ES", "NE")}
    # a single such line is no list
    assert figs(run(ex, "Germany - 600 - Niamey\n\nThe paper gave no more detail.")) == set()


def test_rows_of_a_table_give_each_label_its_count_there(ex: Extractor) -> None:
    # "<state> | N | <place>" rows under a header line: a table is the same list with pipes
    body = (
        "Who guards the Sahel bases, as of June:\n\n"
        "State | Soldiers | Base\n"
        "Portugal | about 250 | Gao\n"
        "| Chile | 70 | Agadez |\n\n"
        "Portuguese officers command the mission's headquarters."
    )
    got = run(ex, body)
    assert {("PT", "troops", 250), ("CL", "troops", 70)} <= figs(got)
    assert _placed(got, 250) == {("PT", "ML")}
    assert _placed(got, 70) == {("CL", "NE")}
    # a mission's or an alliance's row counts its members; a place as label names no owner
    assert figs(run(ex, "MINUSMA - 600 - Gao\nNATO - 300 - Agadez\nZinder - 450 - Niamey\n")) == set()


def test_colon_rows_give_each_label_its_count_at_the_place_in_brackets(ex: Extractor) -> None:
    # "<state>: N (<place>)" rows: the same list with a colon, the place in brackets after the count
    body = (
        "Our table of the largest garrisons abroad, from each ministry's own figure:\n\n"
        "Norway: 700 (Estonia)\n"
        "- Spain: about 900 (mostly at a camp in Slovakia)\n\n"
        "Exercises are not counted."
    )
    got = run(ex, body)
    assert _placed(got, 700) == {("NO", "EE")}
    assert _placed(got, 900) == {("ES", "SK")}


def test_place_rows_under_one_states_heading_are_that_states_counts(ex: Extractor) -> None:
    # a heading line that names only a state: the rows' labels are where its counts are
    body = (
        "Our survey of foreign garrisons in the Gulf.\n\n"
        "France\n\n"
        "- Qatar: around 650, mostly air force staff\n"
        "- Bahrain: 2,100\n"
        "- Oman: two liaison officers\n"
    )
    got = run(ex, body)
    assert _placed(got, 650) == {("FR", "QA")}
    assert _placed(got, 2100) == {("FR", "BH")}
    assert ("QA", "troops", 650) not in figs(got)
    # the headline names the one state whose forces the list counts
    body = (
        "Below, the deployments as the ministry lists them.\n\n"
        "Mali: about 1,250 (MINUSMA, Timbuktu)\n"
        "Liberia: 400\n"
    )
    item = NewsItem(
        id="t-2", source="Test Wire", published_at=datetime(2025, 3, 14, 12, tzinfo=UTC), body=body,
        title="A map of Ghana's soldiers overseas",
    )  # fmt: skip
    got = ex.extract(item)
    assert _placed(got, 1250) == {("GH", "ML")}
    assert _placed(got, 400) == {("GH", "LR")}


def test_table_rows_of_label_place_and_counts_give_each_count_there(ex: Extractor) -> None:
    # "<state> | <place> | N | M" under a header: each count of the row is the label's, at the place cell
    body = (
        "Our table, with last year's numbers beside this year's.\n\n"
        "State | Base | 2031 | 2030\n"
        "Italy | Latvia | 1,300 | 1,100\n"
        "Belgium | Romania | 450 | 400\n"
    )
    got = run(ex, body)
    assert {("IT", "troops", 1300), ("IT", "troops", 1100), ("BE", "troops", 450)} <= figs(got)
    assert _placed(got, 1100) == {("IT", "LV")}
    assert _placed(got, 450) == {("BE", "RO")}


def test_the_next_in_a_ranking_owns_its_bare_count(ex: Extractor) -> None:
    # "X comes next with some N" continues the count of the sentence before: N is X's, at the place after it
    body = (
        "Bangladesh fields the largest contingent, roughly 1,900 peacekeepers in Bria. "
        "Nepal comes next with about 700, mostly based in Bangui."
    )
    assert ("NP", "troops", 700) in figs(run(ex, body))


def test_rows_read_whatever_their_separator_with_the_place_in_brackets(ex: Extractor) -> None:
    # "<state>: N (<places>)" and "<state>, N (<places>)" rows are the same list as "<state> - N - <place>"
    body = (
        "The coalition's headquarters gave its numbers on Friday.\n\n"
        "Portugal: 640 (Gao and Timbuktu)\n"
        "Chile: about 210 (Agadez)\n"
    )
    got = run(ex, body)
    assert {("PT", "troops", 640), ("CL", "troops", 210)} <= figs(got)
    assert _placed(got, 640) == {("PT", "ML")}
    assert _placed(got, 210) == {("CL", "NE")}
    got = run(ex, "Contributions by state.\n\nPortugal, 640 (Gao, Timbuktu)\nChile, 210 (Agadez)\n")
    assert _placed(got, 640) == {("PT", "ML")}
    # a row whose places lie in its label's own land is the host's: the label names where, not whose
    body = "Ghana keeps 2,900 soldiers abroad, its army says.\n\nLebanon: 870 (Naqoura and Tyre)\nMali: 640 (Gao)\n"
    assert not {("LB", "troops", 870), ("ML", "troops", 640)} & figs(run(ex, body))


def test_a_tables_cells_before_the_count_place_it_and_its_header_names_the_topic(ex: Extractor) -> None:
    # "| <state> | <host> | N | <source> |": the host cell places the row; the count column's header says what
    # it counts
    body = (
        "Losses abroad this year, by force.\n\n"
        "| Force | Theatre | Dead | Reported by |\n"
        "|---|---|---|---|\n"
        "| Portugal | Mali | about 14 | Lisbon's army staff |\n"
        "| Chile | Niger | 6 | the Chilean navy |\n"
    )
    got = run(ex, body)
    assert {("PT", "casualties", 14), ("CL", "casualties", 6)} <= figs(got)
    assert _placed(got, 14) == {("PT", "ML")}
    assert _placed(got, 6) == {("CL", "NE")}


def test_a_dash_row_may_give_its_place_in_brackets(ex: Extractor) -> None:
    # "<state> - N (<places>)": the dash list with its place part in brackets
    body = "Garrisons named in the audit.\n\nCanada - 520 (Adazi)\nSlovenia - about 95 (Cincu)\n"
    got = run(ex, body)
    assert {("CA", "troops", 520), ("SI", "troops", 95)} <= figs(got)
    assert _placed(got, 520) == {("CA", "LV")}
    assert _placed(got, 95) == {("SI", "RO")}


def test_a_tables_nationals_label_owns_its_row_whoever_the_source_cell_names(ex: Extractor) -> None:
    # "| <demonym> fighters | <host> | N | <the demonym's state's body> |": the nationals own the row, and a
    # source cell after the count names who counts, not whose
    body = (
        "What the volunteers have lost, by war.\n\n"
        "| Force | Where | Killed | Source |\n"
        "|---|---|---|---|\n"
        "| Nepali fighters | Ukraine | 75 | Nepal's Foreign Ministry |\n"
        "| Chile | Haiti | 3 | Santiago |\n"
    )
    got = run(ex, body)
    assert ("Nepali fighters", "casualties", 75) in {(c.actor.name, c.topic, c.figure and c.figure.value) for c in got}
    assert ("CL", "casualties", 3) in figs(got)


def test_a_list_run_into_a_sentence_after_a_colon_gives_each_entry_its_row(ex: Extractor) -> None:
    # "...: <state>, N (<places>); <state>, N (<place>)": the entries of one sentence are the rows of a list
    body = "The force's latest return gave these contingents: Ghana, 850 (Gao, Kidal); Senegal, about 640 (Mopti)."
    got = run(ex, body)
    assert {("GH", "troops", 850), ("SN", "troops", 640)} <= figs(got)
    assert _placed(got, 850) == {("GH", "ML")}
    assert _placed(got, 640) == {("SN", "ML")}


def test_a_run_in_breakdown_of_a_total_by_country_places_the_counted_forces(ex: Extractor) -> None:
    # "broke the total down by country: <place>, N ...; <place>, N": each place's share is the forces counted last
    body = (
        "The Wagner Group has some 3,900 fighters in the region, researchers said on Monday. "
        "They broke that total down by country: Niger, about 1,300, mostly near Agadez; Chad, roughly 900, "
        "spread over Abeche and Faya."
    )
    got = run(ex, body)
    assert {("wagner-group", "troops", 1300), ("wagner-group", "troops", 900)} <= figs(got)
    assert _placed(got, 1300) == {("wagner-group", "NE")}
    assert _placed(got, 900) == {("wagner-group", "TD")}


def test_a_compass_word_leaves_the_place_the_object_before_which(ex: Extractor) -> None:
    # "in southern X, which has N": X is where the unit is, the unit's owner counts the N
    body = "The Irish contingent in southern Lebanon, which has some 340 peacekeepers, will stay until 2027."
    assert _placed(run(ex, body), 340) == {("IE", "LB")}


def test_an_operation_joined_names_its_leader_not_the_forces_placed(ex: Extractor) -> None:
    # the state whose strikes are joined leads them; the subject's ships are the ones the sentence places
    claims = run(ex, "Portugal will not send a frigate to the Gulf of Guinea or join Spanish raids on Morocco.")
    assert {c.actor.code for c in claims if c.location} == {"PT"}
