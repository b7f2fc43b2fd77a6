"""Actor rules for sponsors and proxies, foreign nationals and multinational contingents (session 15).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


def test_fighters_another_state_sends_are_nationals_not_their_state(ex: Extractor) -> None:
    body = "Azerbaijan has sent about 600 Afghan fighters to the front over the winter, a monitor said."
    assert ("af-fighters", "troops", 600) in figs(run(ex, body))
    body = "Up to 2,000 Afghan fighters had been sent to the front by Azerbaijan, the monitor said."
    assert ("af-fighters", "troops", 2000) in figs(run(ex, body))


def test_a_state_sending_its_own_or_others_troops_keeps_their_state(ex: Extractor) -> None:
    # troops (not fighters) of another state: no hired individuals
    body = "Azerbaijan has sent about 600 Afghan troops to the front, a monitor said."
    assert ("AF", "troops", 600) in figs(run(ex, body))
    body = "Azerbaijan has sent about 600 Azerbaijani fighters to the front, a monitor said."
    assert ("AZ", "troops", 600) in figs(run(ex, body))
