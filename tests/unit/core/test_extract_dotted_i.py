"""Turkish place names written with a dotted capital I ("İzmir", "İncirlik") must not shift the offsets of the
names after them: ``str.lower()`` turns that one character into two."""

from __future__ import annotations

import pytest
from extraction_helpers import figs, locs, run

from claimwatch.core.extract import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def test_claim_after_a_dotted_capital_i(ex: Extractor) -> None:
    claims = run(ex, "Speaking in İzmir, officials said Russia had sent 2,000 soldiers to Libya.")
    assert ("RU", "troops", 2000) in figs(claims)
    assert ("RU", "LY") in locs(claims)


def test_actor_at_the_end_after_many_dotted_capitals(ex: Extractor) -> None:
    # before the fix the actor index read past the end of the text (IndexError)
    claims = run(ex, "The İncirlik base was quiet. İİİİİİİİİİİİİİİİ said 300 Iranian troops were in Syria, said Iran")
    assert ("IR", "troops", 300) in figs(claims)
