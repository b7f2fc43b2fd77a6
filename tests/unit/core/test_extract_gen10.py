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


def test_possessive_after_in_owns_a_place_not_the_count(ex: Extractor) -> None:
    # "in Lebanon's south": Lebanon owns the place; the count is the subject's
    claims = run(ex, "Ireland will cut its battalion in Lebanon's south to about 340 soldiers, officials said.")
    assert ("IE", "troops", 340) in figs(claims)
    assert ("LB", "troops", 340) not in figs(claims)


def test_possessive_after_according_to_still_owns_the_count(ex: Extractor) -> None:
    claims = run(ex, "According to Chad's army, it lost 10 soldiers in the attack.")
    assert ("TD", "casualties", 10) in figs(claims)


def test_relative_clause_after_demonym_force_in_place_belongs_to_the_demonym(ex: Extractor) -> None:
    # "The Dutch contingent in Lithuania, which grew to ...": the contingent is Dutch; Lithuania is its place
    body = "The Dutch contingent in Lithuania, which grew to about 270 soldiers last year, will stay until 2027."
    claims = run(ex, body)
    assert figs(claims) == {("NL", "troops", 270)}
    assert ("NL", "LT") in locs(claims)
