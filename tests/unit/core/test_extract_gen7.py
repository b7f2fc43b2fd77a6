"""Extraction rules for speaker pronouns, bare counts after named forces, and nationals (invented items)."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_a_contrasting_speakers_negation_does_not_deny_the_claim(ex: Extractor) -> None:
    body = (
        "About 200 Chilean soldiers will train in Peru from August, the army said, while Peru's president "
        "insisted the deal would never become a foreign base."
    )
    claims = run(ex, body)
    assert ("CL", "troops", 200) in figs(claims)
    body = "Chile has no soldiers in Peru, the ministry said, while the opposition said otherwise."
    assert all(c.denied for c in run(ex, body))
