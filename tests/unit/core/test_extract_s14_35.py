"""Extraction rules learned from the misses of held-out set 35 (counts paired with places "respectively", shares
of a total, departure and transit points, back-references to a place).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent


def _placed(claims: list[ClaimEvent], value: int) -> set[tuple[str, str | None]]:
    return {
        (c.actor.code, c.location.country_code)
        for c in claims
        if c.figure is not None and c.figure.value == value and c.location is not None
    }


def test_an_onward_move_after_a_withdrawal_is_claimed_not_denied(ex: Extractor) -> None:
    body = "Italian troops were withdrawn from Niger in May and moved to Chad, the ministry said."
    got = run(ex, body)
    assert ("IT", "TD") in locs(got)
    assert ("IT", "NE") not in locs(got)
    body = (
        "Most Spanish marines have been pulled out of Mauritania and redeployed to bases in Senegal, where some 300 "
        "of them are training local forces."
    )
    got = run(ex, body)
    assert _placed(got, 300) == {("ES", "SN")}
    # a withdrawal with no move on is still denied
    body = "About 300 Italian troops were withdrawn from Niger and flown home."
    assert figs(run(ex, body)) == set()


def test_forces_that_now_operate_elsewhere_after_a_mission_ended_are_not_denied(ex: Extractor) -> None:
    body = (
        "In Niger, the French-led task force ended its mission at Ouallam last year and now operates only from the "
        "Tillaberi region, where about 900 French troops are deployed."
    )
    got = run(ex, body)
    assert ("FR", "troops", 900) in figs(got)
    # the base it left stays denied
    assert not any(c.location is not None and c.location.name == "Ouallam" and not c.denied for c in got)
