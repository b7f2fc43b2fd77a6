"""Extraction rules from the tenth session's probes: forms a wire story uses that no rule read before.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_no_sign_that_is_a_negative_finding(ex: Extractor) -> None:
    got = run(ex, "Patrols found no sign that Belarusian troops had entered Volyn Oblast.")
    assert locs(got) == set()
    assert any(c.denied and c.location is not None for c in got)


def test_most_of_them_are_the_forces_the_item_is_about(ex: Extractor) -> None:
    body = (
        "Pyongyang has sent about 300 Koksan guns to Russia. "
        "Most of them are deployed with Russian units in Luhansk Oblast, the agency said."
    )
    assert ("KP", "UA") in locs(run(ex, body))


def test_the_new_arrivals_are_the_forces_counted_before(ex: Extractor) -> None:
    body = "North Korea moved about 2,000 troops to Kursk Oblast. The new arrivals trained in Primorsky Krai first."
    got = run(ex, body)
    assert any(c.actor.code == "KP" and c.location and c.location.admin1 == "Primorsky Krai" for c in got)


def test_them_in_a_later_clause_are_the_forces_named_in_the_clause_before(ex: Extractor) -> None:
    body = "Belarusian troops have joined the assault near Bryansk, and Ukrainian soldiers have captured three of them."
    assert ("BY", "casualties", 3) in figs(run(ex, body))
