"""Extraction rules of gen10: general patterns, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


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


def test_security_personnel_stay_with_the_state(ex: Extractor) -> None:
    # "security personnel" names a state's police and intelligence services as often as contractors
    claims = run(ex, "Officials said 3,000 Egyptian security personnel were in Libya.")
    assert ("EG", "troops", 3000) in figs(claims)
