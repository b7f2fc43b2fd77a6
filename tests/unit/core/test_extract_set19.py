"""Extraction rules learned from the misses of held-out set 19 (gendarmes and legionnaires, French overseas
commands, U.N. missions named by their theatre, police joined to a troop noun).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_its_opening_a_sentence_is_the_state_the_sentence_before_opened_with(ex: Extractor) -> None:
    body = (
        "About 50 Turkish advisers arrived in Somalia this week, officials said.\n\nBritain has followed the talks"
        " with Ankara closely. Its Gulf command keeps about 900 troops in Oman and Bahrain."
    )
    got = figs(run(ex, body))
    assert ("GB", "troops", 900) in got
    assert ("TR", "troops", 900) not in got


def test_it_after_a_state_that_left_another_keeps_the_items_state(ex: Extractor) -> None:
    body = (
        "Belgium moved its force to Niger after leaving Mali in 2022. It still has about 300 troops in Niger, the"
        " Belgian army said."
    )
    got = figs(run(ex, body))
    assert ("BE", "troops", 300) in got
    assert ("ML", "troops", 300) not in got
