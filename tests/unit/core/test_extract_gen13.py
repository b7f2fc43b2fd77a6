"""Extraction rules of gen13, each tested on sentences written for the test."""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_a_successor_mission_is_its_own_actor(ex: Extractor) -> None:
    # the Gang Suppression Force replaced the Multinational Security Support mission in Haiti under its own
    # mandate: its troops are not the MSS's
    claims = run(ex, "About 700 troops of the Gang Suppression Force are now deployed in Haiti, officials said.")
    assert ("gsf-haiti", "troops", 700) in figs(claims)
    assert ("gsf-haiti", "HT") in locs(claims)
    assert not any(c.actor.code == "mss-haiti" for c in claims)
