"""Extraction rules learned from the misses of held-out set 32 (a state's office-holder is no place, civilians
are no forces, the share's clause after "of whom", firing rates and hedged negative findings).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_states_office_holder_after_its_name_is_no_place(ex: Extractor) -> None:
    body = "About 3,000 Chinese engineers are now working in Djibouti's port, Kenya's Defence Minister Aden Duale said."
    got = run(ex, body)
    assert ("CN", "KE") not in locs(got)
    assert ("CN", "DJ") in locs(got)
    body = "Some 400 Turkish soldiers arrived in Somalia, Egypt's Foreign Minister said on Monday."
    assert locs(run(ex, body)) == {("TR", "SO")}


def test_rockets_fired_per_salvo_are_a_rate_not_a_count(ex: Extractor) -> None:
    body = "Iran has delivered 30 Fajr launchers to the Houthis. Each launcher fires 12 rockets in a single salvo."
    got = figs(run(ex, body))
    assert all(v != 12 for _, _, v in got)
    assert any(v == 30 for _, _, v in got)


def test_no_credible_evidence_is_a_negative_finding(ex: Extractor) -> None:
    body = "There is no credible evidence that Iranian ground units have crossed into Iraq, officials said."
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.location is not None)
    body = "Officials said they had found no hard evidence that Belarusian troops were in Kursk."
    assert all(c.denied for c in run(ex, body) if c.location is not None)
