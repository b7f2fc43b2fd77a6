"""Extraction rules learned from the misses of held-out set 33 (wire datelines with an outlet or a date, force
levels and strength estimates, strength phrases that open a sentence).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_wire_dateline_with_an_outlet_names_no_owner(ex: Extractor) -> None:
    body = "GRAFENWOEHR, Germany (Reuters) - About 3,200 soldiers are starting a six-month rotation in Hungary."
    assert ("DE", "troops", 3200) not in figs(run(ex, body))
    body = "VICENZA, Italy (Army Times) — Some 1,100 paratroopers began a rotation in Bulgaria on Monday."
    assert ("IT", "troops", 1100) not in figs(run(ex, body))


def test_a_wire_dateline_with_a_date_names_no_owner(ex: Extractor) -> None:
    body = "NIAMEY/ABUJA, March 3 (AFP) - About 600 soldiers arrived in Chad last week, a diplomat said."
    assert not any(code in ("NE", "NG") for code, _, _ in figs(run(ex, body)))
    body = "DAKAR, Senegal, July 9, 2025 (AP) - Spain has sent 150 marines to Mauritania, its navy said."
    assert figs(run(ex, body)) == {("ES", "troops", 150)}

