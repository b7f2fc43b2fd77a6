"""Extraction in child processes gives what extraction in the worker gives, and survives a dead child."""

from __future__ import annotations

import asyncio
import os
import signal
from datetime import UTC, datetime

import pytest

from claimwatch.core.extract import Extractor
from claimwatch.models import ClaimEvent, NewsItem
from claimwatch.stream.extract_pool import ExtractionPool, LazyExtractor, extract_in_process

BODIES = [
    "Officials said about 1,200 Chilean soldiers had arrived in Haiti on Monday.",
    "The weather stayed calm across the coast, forecasters said.",
    "Norway has sent two frigates and 300 sailors to the Baltic Sea, its navy said.",
]


def items() -> list[NewsItem]:
    at = datetime(2025, 5, 2, tzinfo=UTC)
    return [NewsItem(id=f"p-{i}", source="Test Wire", published_at=at, body=b) for i, b in enumerate(BODIES)]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_children_extract_what_the_worker_would(extractor: Extractor) -> None:
    pool = ExtractionPool(2, fallback=lambda: extractor)
    try:
        got = asyncio.run(pool.extract(items()))
    finally:
        pool.close()
    assert got == [extractor.extract(i) for i in items()]
    assert any(got), "the sample should have claims"


def test_a_killed_child_falls_back_to_the_worker_and_restarts(extractor: Extractor) -> None:
    pool = ExtractionPool(1, fallback=lambda: extractor)
    try:
        asyncio.run(pool.warm_up())
        (pid,) = pool.pids
        os.kill(pid, signal.SIGKILL)
        want = [extractor.extract(i) for i in items()]
        assert asyncio.run(pool.extract(items())) == want  # extracted in the worker, nothing lost
        assert asyncio.run(pool.extract(items())) == want  # and by a new child
        assert pool.pids != [pid]
    finally:
        pool.close()


class _Flaky:
    def extract(self, item: NewsItem) -> list[ClaimEvent]:
        if item.id == "p-1":
            raise ValueError("boom")
        return []


def test_one_failing_item_costs_no_other_its_claims() -> None:
    got = extract_in_process(_Flaky(), items())
    assert got[0] == [] and got[2] == [] and isinstance(got[1], str) and "boom" in got[1]


def test_a_child_killed_during_a_batch_loses_no_item(extractor: Extractor) -> None:
    pool = ExtractionPool(1, fallback=lambda: extractor)

    async def scenario() -> list:
        await pool.warm_up()
        (pid,) = pool.pids
        batch = asyncio.ensure_future(pool.extract(items() * 200))
        await asyncio.sleep(0.05)  # the child is busy with the batch
        os.kill(pid, signal.SIGKILL)
        return await batch

    try:
        got = asyncio.run(scenario())
        assert got == [extractor.extract(i) for i in items()] * 200
    finally:
        pool.close()


def test_the_worker_builds_no_extractor_until_it_needs_one() -> None:
    lazy = LazyExtractor()
    assert lazy._extractor is None
    claims = lazy.extract(items()[0])
    assert lazy._extractor is not None and claims and claims[0].actor.code == "CL"
