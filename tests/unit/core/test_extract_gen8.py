"""Extraction rules from held-out set #11 (invented sentences): model designators, ..."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_negation_in_a_restrictive_relative_clause_denies_nothing(ex: Extractor) -> None:
    body = "Ireland sent about 130 soldiers to Lebanon in 2019 to replace Finnish troops who withdrew after a cut."
    claims = run(ex, body)
    assert ("IE", "troops", 130) in figs(claims)
    assert ("IE", "LB") in locs(claims)
    # the relative clause ends at the main verb: a negation after it still denies
    body = "The Irish soldiers who came in May are no longer in Lebanon, the army said."
    assert all(c.denied for c in run(ex, body))
