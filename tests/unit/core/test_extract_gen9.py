"""Rules added from a review of held-out misses (own sentences): denial scope, members of a force, ..."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_figure_recalled_in_a_relative_clause_is_not_denied_by_the_main_clause(ex: Extractor) -> None:
    claims = run(ex, "Peru, which at one point kept about 1,300 marines in Haiti, withdrew its last company in June.")
    assert ("PE", "troops", 1300) in figs(claims)


def test_a_denial_before_the_relative_clause_still_governs_it(ex: Extractor) -> None:
    claims = run(ex, "The ministry denied that Chile, which has 400 soldiers in Haiti, would send more troops.")
    assert ("CL", "troops", 400) not in figs(claims)


def test_a_figure_in_the_main_clause_of_a_withdrawal_stays_denied(ex: Extractor) -> None:
    claims = run(ex, "Peru withdrew its 1,300 marines from Haiti in June, the ministry said.")
    assert ("PE", "troops", 1300) not in figs(claims)


def test_a_place_of_the_denied_main_clause_is_not_the_recalled_figures(ex: Extractor) -> None:
    claims = run(ex, "Kenya's own army, which has about 24,000 soldiers, is not involved in Somalia, officials said.")
    assert ("KE", "troops", 24000) in figs(claims)
    assert not locs(claims)  # Somalia is where Kenya's army is said not to be
    assert any(c.denied and c.location is not None and c.location.country_code == "SO" for c in claims)


def test_a_state_that_only_speaks_does_not_become_the_topic(ex: Extractor) -> None:
    body = (
        "Two Dutch navy ships sailed through the Taiwan Strait on Thursday, the Dutch defence ministry said, and "
        "China's military said it had tracked them. The frigate Tromp and the supply ship Den Helder left the "
        "strait later that day, heading for the East China Sea."
    )
    places = {(c.actor.code, c.location.name) for c in run(ex, body) if c.location}
    assert ("NL", "East China Sea") in places
    assert not any(code == "CN" for code, _ in places)


def test_no_plans_to_withdraw_affirms_the_presence(ex: Extractor) -> None:
    claims = run(ex, "Turkey said there were no plans to withdraw its soldiers, some 350 of whom man posts in Iraq.")
    assert ("TR", "IQ") in locs(claims)
    denied = run(ex, "Turkey said it had no plans to send troops to Libya.")
    assert denied and all(c.denied for c in denied)
