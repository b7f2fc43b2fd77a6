"""Extraction rules learned from the misses of held-out set 32 (a state's office-holder is no place, civilians
are no forces, the share's clause after "of whom", firing rates and hedged negative findings).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import locs, run

from claimwatch.core.extract import Extractor


def test_no_credible_evidence_is_a_negative_finding(ex: Extractor) -> None:
    body = "There is no credible evidence that Iranian ground units have crossed into Iraq, officials said."
    got = run(ex, body)
    assert got and all(c.denied for c in got if c.location is not None)
    body = "Officials said they had found no hard evidence that Belarusian troops were in Kursk."
    assert all(c.denied for c in run(ex, body) if c.location is not None)


def test_a_denial_in_a_later_clause_leaves_the_places_before_it_claimed(ex: Extractor) -> None:
    body = (
        "Officials said Belarusian troops were stationed in Kursk, but found no evidence that they had been "
        "used in Ukraine's Sumy region."
    )
    got = run(ex, body)
    assert ("BY", "RU") in locs(got)
    assert all(c.denied for c in got if c.location is not None and c.location.country_code == "UA")
    body = "Minsk denied that Belarusian troops were in Kursk, and said none had been sent to Bryansk."
    assert locs(run(ex, body)) == set()
