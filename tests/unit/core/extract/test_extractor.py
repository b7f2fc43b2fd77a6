"""The extractor's loop end to end: one claim per figure and place, stable claim ids, the module-level entry
point, and offsets that survive case folding.

Turkish place names written with a dotted capital I ("İzmir", "İncirlik") must not shift the offsets of the names
after them: ``str.lower()`` turns that one character into two.
"""

from __future__ import annotations

from datetime import UTC, datetime

from extract_helpers import figs, locs, run

from claimwatch.core.extract import Extractor
from claimwatch.models import NewsItem


def test_figure_with_place_is_one_claim(ex: Extractor) -> None:
    claims = run(ex, "Iran has sent about 400 soldiers to Venezuela, officials said.")
    assert figs(claims) == {("IR", "troops", 400)}
    assert locs(claims) == {("IR", "VE")}
    c = next(c for c in claims if c.figure)
    assert c.figure is not None and c.figure.approx and c.location is not None
    assert c.evidence.start == 0 and c.evidence.sentence.startswith("Iran has sent")


def test_claim_ids_are_deterministic(ex: Extractor) -> None:
    body = "Iran has sent about 400 soldiers to Venezuela."
    a = [c.claim_id for c in run(ex, body)]
    b = [c.claim_id for c in run(ex, body)]
    assert a == b and len(a[0]) == 16


def test_module_level_extract() -> None:
    from claimwatch.core.extract import extract

    item = NewsItem(id="x", source="s", published_at=datetime(2025, 1, 1, tzinfo=UTC), body="No claims here.")
    assert extract(item) == []


def test_claim_after_a_dotted_capital_i(ex: Extractor) -> None:
    claims = run(ex, "Speaking in İzmir, officials said Russia had sent 2,000 soldiers to Libya.")
    assert ("RU", "troops", 2000) in figs(claims)
    assert ("RU", "LY") in locs(claims)


def test_actor_at_the_end_after_many_dotted_capitals(ex: Extractor) -> None:
    # before the fix the actor index read past the end of the text (IndexError)
    claims = run(ex, "The İncirlik base was quiet. İİİİİİİİİİİİİİİİ said 300 Iranian troops were in Syria, said Iran")
    assert ("IR", "troops", 300) in figs(claims)

