"""Figure, owner, place and denial rules of session 16 (set 40).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_an_assessment_another_party_rejects_is_not_a_denial(ex: Extractor) -> None:
    body = (
        "Iran has based about 150 military advisers in Iraq's Anbar province, three Western officials said, "
        "an assessment Tehran dismissed as baseless."
    )
    got = run(ex, body)
    assert ("IR", "troops", 150) in figs(got)
    assert ("IR", "IQ") in locs(got)


def test_an_earlier_presence_told_after_a_negative_finding_is_not_denied(ex: Extractor) -> None:
    body = (
        "Officials said no Turkish troops remained at the base in Somalia, where about 1,200 had been stationed "
        "until last year."
    )
    assert ("TR", "troops", 1200) in figs(run(ex, body))
    # a relative clause of the present stays under the denial
    body = "Officials denied that Turkish troops were at the base in Somalia, where about 1,200 are stationed."
    assert ("TR", "troops", 1200) not in figs(run(ex, body))
