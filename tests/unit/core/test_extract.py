"""Extraction end to end on invented items: actors, figures, locations and flags."""

from __future__ import annotations

from datetime import UTC, datetime

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


def test_first_forces_sentence_sets_the_focus(ex: Extractor) -> None:
    body = (
        "The destroyer HMS Kent has left the Black Sea, the ministry said. "
        "The roughly 200 sailors of the Kent spent most of the tour in the Black Sea, clashing with the Houthis. "
        "The ship's helicopters fired more than 30 missiles at Houthi boats."
    )
    claims = run(ex, body)
    assert {("GB", "troops", 200), ("GB", "equipment", 30)} <= figs(claims)


def test_negated_count_of_forces_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, "Officials insisted that no Italian combat troops are in Libya.")
    assert claims and all(c.denied for c in claims)
    claims = run(ex, "The 5,000 Italian troops in Libya are not affected by the decision.")
    assert figs(claims) == {("IT", "troops", 5000)}
    claims = run(ex, "No fewer than 2,000 Kenyan troops are in Somalia.")
    assert figs(claims) == {("KE", "troops", 2000)}


def test_a_negation_inside_a_relative_clause_denies_nothing(ex: Extractor) -> None:
    [c] = run(ex, "Kenya, which is not a member of the bloc, has sent 400 police officers to Haiti.")
    assert not c.denied and c.figure is not None and c.figure.value == 400
    [c] = run(ex, "Burundi has about 2,000 soldiers in South Kivu, which Bujumbura denies.")
    assert not c.denied
    [c] = run(ex, "Burundi denied that it had sent 2,000 soldiers to South Kivu.")
    assert c.denied


def test_reports_called_baseless_are_denied(ex: Extractor) -> None:
    claims = run(ex, 'Ankara said reports that 2,000 Turkish soldiers had entered Libya were "baseless."')
    assert claims and all(c.denied for c in claims)


def test_no_abbreviated_state_troops_and_ruled_out_are_denials(ex: Extractor) -> None:
    assert all(c.denied for c in run(ex, "Officials said no U.K. troops would be sent to Sudan."))
    assert all(c.denied for c in run(ex, "Canada has ruled out deploying its soldiers to Haiti."))
    assert not any(c.denied for c in run(ex, "Canada has not ruled out deploying 200 soldiers to Haiti."))


def test_no_warship_sent_is_a_denial(ex: Extractor) -> None:
    claims = run(ex, '"No Italian warship has been sent to the Strait of Hormuz," the minister said.')
    assert claims and all(c.denied for c in claims)


def test_the_navy_is_the_paragraphs_states_not_the_items_focus(ex: Extractor) -> None:
    body = (
        "Two Japanese destroyers called at Sattahip in Thailand on Monday.\n\n"
        "Thai officials say the new pier will help the navy patrol the country's waters. "
        "The navy has about 24,000 personnel, according to analysts."
    )
    claims = run(ex, body)
    assert ("TH", "troops", 24000) in figs(claims)
    assert not any(c.actor.code == "JP" and c.figure and c.figure.value == 24000 for c in claims)


def test_a_claim_reported_with_the_other_sides_rebuttal_is_not_denied(ex: Extractor) -> None:
    claims = run(ex, "A rebel group said it killed nine Russian soldiers in northern Mali, a claim Moscow dismissed.")
    assert [c.denied for c in claims if c.figure] == [False]
    assert locs(claims) == {("RU", "ML")}
    claims = run(ex, "Rebels said 40 Wagner fighters were in Mali, an allegation that the embassy denied on Monday.")
    assert [c.denied for c in claims if c.figure] == [False]
    # the denial itself is still a denial
    claims = run(ex, "Moscow denied that 300 Russian soldiers were in Mali.")
    assert [c.denied for c in claims if c.figure] == [True]
