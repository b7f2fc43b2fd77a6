"""Extraction rules of session 7 (lead): a single casualty and singular service members.

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One Belgian soldier was killed when his vehicle hit a mine, the ministry said.", ("BE", "casualties", 1)),
        ("One Spanish sailor was injured during the boarding, the navy said.", ("ES", "casualties", 1)),
        ("One Dutch marine has been wounded in the clash.", ("NL", "casualties", 1)),
    ],
)
def test_one_named_service_member_struck_down_is_a_casualty_figure(
    ex: Extractor, body: str, expected: tuple[str, str, int]
) -> None:
    assert expected in figs(run(ex, body))


@pytest.mark.parametrize(
    "body",
    [
        "One of the Belgian soldiers was killed, the ministry said.",
        "One Belgian soldier said the patrol had been quiet.",
        "One Belgian soldier was deployed to the border as a liaison.",
    ],
)
def test_other_uses_of_one_count_nothing(ex: Extractor, body: str) -> None:
    assert not {f for f in figs(run(ex, body)) if f[2] == 1}


def test_a_singular_service_member_counts_beside_a_plural_one(ex: Extractor) -> None:
    claims = run(ex, "One Italian airman was killed and two sailors were hurt in the crash, the Italian navy said.")
    assert {("IT", "casualties", 1), ("IT", "casualties", 2)} <= figs(claims)


def test_seabees_are_troops(ex: Extractor) -> None:
    claims = run(ex, "About 90 U.S. Navy Seabees arrived in Samoa on Monday to repair the wharf.")
    assert ("US", "troops", 90) in figs(claims)
    assert locs(claims) == {("US", "WS")}
