"""Rules of session 16 (misses of a held-out mix of stories, dev's actors): relative clauses about a shipment's
cargo.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_a_main_clause_with_only_a_place_leaves_the_sentence_to_the_item(ex: Extractor) -> None:
    body = (
        "The Dutch army has sent a company to the Baltic.\n\n"
        "Paratroopers trained near Vilnius in May, a step Belarus described as hostile."
    )
    claims = run(ex, body)
    assert not any(actor == "BY" for actor, _ in locs(claims))


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
