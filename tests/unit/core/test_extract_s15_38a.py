"""Actor rules for sponsors and proxies, foreign nationals and multinational contingents (session 15).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


def test_people_travelling_to_a_country_are_not_placed_there(ex: Extractor) -> None:
    body = (
        "Russia has recruited about 700 Lao mercenaries, a monitor said.\n\n"
        "Vientiane said 30 Lao nationals were confirmed dead and warned citizens against travelling to Russia."
    )
    claims = run(ex, body)
    assert ("la-fighters", "casualties", 30) in figs(claims)
    assert ("la-fighters", "RU") not in locs(claims)
    # forces travelling somewhere are still placed there
    body = "About 400 French troops travelling to Estonia crossed into Latvia on Monday."
    assert ("FR", "EE") in locs(run(ex, body))
