"""Table entries of the ninth tables session: actor aliases, demonyms, groups and missions from general knowledge.

Each entry is shown in a sentence written for the test, run through the extractor where a claim can show it.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.actors import ActorIndex
from claimwatch.core.extract import Extractor
from claimwatch.core.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return ActorIndex(Gazetteer.load().countries())


def codes(index: ActorIndex, text: str) -> list[str]:
    return [m.actor.code for m in index.find(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iraqis", "IQ"),
        ("Yemenis", "YE"),
        ("Somalis", "SO"),
        ("Pakistanis", "PK"),
        ("Qataris", "QA"),
        ("Omanis", "OM"),
        ("Kuwaitis", "KW"),
        ("Bahrainis", "BH"),
        ("Serbs", "RS"),
        ("Croats", "HR"),
        ("Poles", "PL"),
        ("Finns", "FI"),
        ("Swedes", "SE"),
        ("Danes", "DK"),
        ("Spaniards", "ES"),
        ("Brits", "GB"),
        ("Maldivian", "MV"),
        ("Tajiks", "TJ"),
        ("Uzbeks", "UZ"),
    ],
)
def test_plural_demonyms(index: ActorIndex, text: str, code: str) -> None:
    assert codes(index, f"Officials said {text} were among them.") == [code]


def test_a_plural_demonym_counts_its_nationals(ex: Extractor) -> None:
    got = figs(run(ex, "Poland said 300 Poles had joined the Ukrainian army as volunteers."))
    assert ("pl-fighters", "troops", 300) in got
