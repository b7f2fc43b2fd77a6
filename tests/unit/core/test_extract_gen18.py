"""Extraction rules of the eighth session's own work (owners named after the counted noun, quoted partitives).

Each is tested on sentences written for the test.
"""

from __future__ import annotations

import pytest
from extraction_helpers import figs, run

from claimwatch.core.extract import Extractor


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Five contractors employed by Bancroft were wounded near Baidoa on Monday.", ("bancroft", "casualties", 5)),
        (
            "Two contractors working for the American security firm Bancroft were killed near Kismayo.",
            ("bancroft", "casualties", 2),
        ),
        ("About 60 fighters serving with the Wagner Group reached Bangui.", ("wagner-group", "troops", 60)),
        ("About 250 soldiers serving with the Spanish army landed in Latvia.", ("ES", "troops", 250)),
    ],
)
def test_the_employer_named_after_the_noun_owns_the_count(ex: Extractor, body: str, want: tuple) -> None:
    assert want in figs(run(ex, body))


def test_a_state_named_before_keeps_its_contingent_serving_with_a_mission(ex: Extractor) -> None:
    got = figs(run(ex, "Nepal has about 900 soldiers serving with UNIFIL in southern Lebanon."))
    assert ("NP", "troops", 900) in got
    assert not {f for f in got if f[0] != "NP"}


def test_an_employer_rule_does_not_give_nationals_to_the_group(ex: Extractor) -> None:
    got = run(ex, "About 120 Colombian fighters serving with the RSF were seen near Nyala.")
    assert [c.actor.name for c in got if c.figure is not None] == ["Colombian fighters"]


def test_a_quote_closing_after_the_number_keeps_the_partitive(ex: Extractor) -> None:
    got = run(ex, 'The Italian navy said "900" of its sailors were now deployed in the Red Sea.')
    assert figs(got) == {("IT", "troops", 900)}
    assert [c.location.name for c in got if c.location is not None] == ["Red Sea"]
