"""Extraction rules from the twelfth session's probes, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_a_denial_the_claim_goes_against_does_not_deny_it(ex: Extractor) -> None:
    body = (
        "Turkey shipped at least 300 more drones to Sudan in March, two officials said, despite repeated assurances "
        "from Ankara that it is not arming either side."
    )
    claims = run(ex, body)
    assert ("TR", "equipment", 300) in figs(claims)
    assert not any(c.denied for c in claims)
    assert all(c.denied for c in run(ex, "Ankara denied that it had shipped 300 drones to Sudan."))


def test_a_correction_of_an_earlier_brief_denies_its_figure(ex: Extractor) -> None:
    body = "Chad said 20 soldiers were wounded. Correction: an earlier version of this brief gave the number as 17."
    assert all(c.denied for c in run(ex, body) if c.figure and c.figure.value == 17)


def test_a_briefing_question_claims_nothing_unless_it_relays_a_source(ex: Extractor) -> None:
    body = (
        "Q: Can you update us? There are reports of about 1,200 more Chadian troops flowing into Niger.\n\n"
        "MS. ADE: Roughly 2,000 Chadian troops remain in Niger, yes."
    )
    assert figs(run(ex, body)) == {("TD", "troops", 2000)}
    body = "Q: The Nigerien ministry says up to 3,000 Chadian troops could be cut. Can you confirm that number?"
    assert ("TD", "troops", 3000) in figs(run(ex, body))
