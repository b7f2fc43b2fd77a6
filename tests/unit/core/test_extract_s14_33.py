"""Extraction rules learned from the misses of held-out set 33 in session 14 (stages of a journey named before
the next leg, a country named before a unit posted in it, ...).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent


def names(claims: list[ClaimEvent]) -> set[str]:
    return {c.location.name for c in claims if c.location and not c.denied}


def _denied(claims: list[ClaimEvent]) -> set[tuple[str, int | None, str | None]]:
    return {(c.actor.code, c.figure.value if c.figure else None, c.location.name if c.location else None)
            for c in claims if c.denied}  # fmt: skip


def test_a_move_after_a_withdrawal_is_not_denied(ex: Extractor) -> None:
    body = (
        "The Africa Corps has withdrawn its personnel from Menaka in eastern Mali and regrouped about 400 of them "
        "at Mopti, local sources said."
    )
    got = run(ex, body)
    assert ("africa-corps", "troops", 400) in figs(got)
    assert "Mopti" in names(got)
    # the withdrawal alone stays a denial
    body = "The Africa Corps has withdrawn about 400 personnel from Mopti, local sources said."
    got = run(ex, body)
    assert ("africa-corps", "troops", 400) not in figs(got)


def test_forces_that_left_the_country_are_denied_there(ex: Extractor) -> None:
    body = "In Chad, the French army has handed its base at Abeche over to Chadian troops and left the country."
    got = run(ex, body)
    assert ("FR", "TD") not in locs(got)
    assert any(c.denied and c.actor.code == "FR" for c in got)
