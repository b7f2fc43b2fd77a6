"""Rules of session 16 (misses of a held-out mix of stories, dev's actors): relative clauses about a shipment's
cargo.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_relative_clause_about_the_cargo_counts_the_shippers_weapons(ex: Extractor) -> None:
    # "..., which held N shells": the clause hangs on the shipment, not on the destination named before the comma
    body = "Iran has delivered some 400 crates to Venezuela, which held about 2,500 mortar rounds, officials said."
    claims = figs(run(ex, body))
    assert ("IR", "equipment", 2500) in claims
    assert not any(actor == "VE" for actor, _, _ in claims)


def test_a_cargo_clause_after_a_time_phrase_keeps_its_figure(ex: Extractor) -> None:
    # a relative clause that hangs on a time phrase and names only a believer still counts the shipper's cargo
    body = (
        "Belarus has sent dozens of railcars to Serbia since last spring, which the ministry believes carried"
        " more than 9,000 artillery shells."
    )
    assert ("BY", "equipment", 9000) in figs(run(ex, body))


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


def test_a_main_clause_with_only_a_place_leaves_the_sentence_to_the_item(ex: Extractor) -> None:
    body = (
        "The Dutch army has sent a company to the Baltic.\n\n"
        "Paratroopers trained near Vilnius in May, a step Belarus described as hostile."
    )
    claims = run(ex, body)
    assert not any(actor == "BY" for actor, _ in locs(claims))


def test_a_force_eager_to_go_somewhere_is_not_there(ex: Extractor) -> None:
    # a wish ("eager to", "itching to", "keen to", "wanted to") is a hypothetical destination, like "wants to"
    for body in (
        "The president said the Wagner fighters were itching to march on Tbilisi.",
        "The Wagner fighters are eager to go to Tbilisi, the president said.",
        "Officials said the Wagner fighters wanted to move on to Tbilisi.",
        "The Wagner fighters are keen to reach Tbilisi, officials said.",
    ):
        assert not any(place == "GE" for _, place in locs(run(ex, body))), body


def test_a_wish_does_not_hide_where_the_force_is_held(ex: Extractor) -> None:
    body = "The president said the Wagner fighters were itching to march on Tbilisi, but he kept them in Armenia."
    claims = run(ex, body)
    assert any(place == "AM" for _, place in locs(claims))
    assert not any(place == "GE" for _, place in locs(claims))


def test_a_transcripts_bare_answer_takes_the_questions_place(ex: Extractor) -> None:
    body = (
        "Q: How many British soldiers are in Estonia at the moment?\n\n"
        "MR. JONES: Roughly 1,200, depending on the rotation.\n\n"
        "Q: And what about the ships?\n\n"
        "MR. JONES: Around 900, but I would not put a place on that."
    )
    claims = run(ex, body)
    placed = {(c.figure.value, c.location.country_code) for c in claims if c.figure and c.location}
    assert (1200, "EE") in placed
    assert not any(v == 900 for v, _ in placed)  # the question named no place: the answer gets none


def test_a_bare_count_later_in_the_transcript_gets_no_question_place(ex: Extractor) -> None:
    body = (
        "Q: How many British soldiers are in Estonia at the moment?\n\n"
        "MR. JONES: I will not give numbers.\n\n"
        "We have about 300 in reserve, he added later."
    )
    claims = run(ex, body)
    assert not any(c.figure and c.figure.value == 300 and c.location for c in claims)


def test_a_group_a_supply_is_meant_for_is_not_whose_shipment_moved(ex: Extractor) -> None:
    # "for Wagner's use": the group will use the weapons; the sender delivered them to the place named
    body = "Belarus had delivered rockets and missiles to Libya for Wagner's use, officials said."
    claims = run(ex, body)
    assert ("BY", "LY") in locs(claims)
    body = "Belarus shipped drones to Sudan for the RSF's own use."
    assert ("BY", "SD") in locs(run(ex, body))


def test_a_groups_own_use_as_subject_still_places_it(ex: Extractor) -> None:
    body = "Wagner's use of armed drones in Mali has grown since the spring."
    assert ("wagner-group", "ML") in locs(run(ex, body))
