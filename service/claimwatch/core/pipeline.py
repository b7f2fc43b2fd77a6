"""The one entry both drivers call: item in, claims and alerts out, state passed in.

The work is split in the two stages the stream needs, because claims are
re-keyed by actor between them (one partition owns an actor's knowledge):

* ``ItemStage`` -- item dedup and extraction, per item;
* ``ClaimStage`` -- per-actor knowledge and alert decisions, per claim.

``Pipeline`` runs both in-process for the backtest, so a backtest and a live
run share every decision.
"""

from __future__ import annotations

import json
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from claimwatch.core.decide import Decider, Knowledge
from claimwatch.core.dedup import Deduper, DupVerdict
from claimwatch.models import Alert, ClaimEvent, NewsItem


class ClaimExtractor(Protocol):
    def extract(self, item: NewsItem) -> list[ClaimEvent]: ...


class ItemOutcome(StrEnum):
    claims = "claims"
    no_claims = "no_claims"
    duplicate = "duplicate"


@dataclass(slots=True)
class ItemResult:
    item: NewsItem
    outcome: ItemOutcome
    claims: list[ClaimEvent] = field(default_factory=list)
    duplicate_kind: str | None = None  # "id" | "content" | "near"
    duplicate_of: str | None = None


def default_extractor() -> ClaimExtractor:
    from claimwatch.core.extract import Extractor

    extractor: ClaimExtractor = Extractor()
    return extractor


class ItemStage:
    """Dedup, then extraction.

    Exact repeats (same id and content, or same content under another id) are
    dropped. Near-copies are still extracted -- an edited syndication may add a
    fact -- but their claims carry ``duplicate_of`` so they add no
    corroboration; the item counts as a duplicate either way.
    """

    def __init__(self, extractor: ClaimExtractor | None = None, deduper: Deduper | None = None) -> None:
        self.extractor = extractor if extractor is not None else default_extractor()
        self.deduper = deduper if deduper is not None else Deduper()

    def process(self, item: NewsItem) -> ItemResult:
        admitted = self.admit(item)
        if isinstance(admitted, ItemResult):
            return admitted
        return self.complete(admitted, item, self.extractor.extract(item))

    # The two halves of ``process``, for a driver that extracts elsewhere (another process):
    # dedup must see items in order, extraction need not run where dedup's state lives.

    def admit(self, item: NewsItem) -> ItemResult | DupVerdict:
        """Dedup: the final result of an exact repeat, else the verdict to extract under (item remembered)."""
        fp = self.deduper.fingerprint_of(item)
        verdict = self.deduper.check(item, fp)
        if verdict.kind in ("id", "content"):
            return ItemResult(item, ItemOutcome.duplicate, [], verdict.kind, verdict.of)
        self.deduper.add(item.id, item.published_at, fp)
        return verdict

    @staticmethod
    def complete(verdict: DupVerdict, item: NewsItem, claims: list[ClaimEvent]) -> ItemResult:
        """The result of an admitted item once its claims are extracted."""
        if verdict.kind == "near":
            claims = [c.model_copy(update={"duplicate_of": verdict.of}) for c in claims]
            return ItemResult(item, ItemOutcome.duplicate, claims, "near", verdict.of)
        return ItemResult(item, ItemOutcome.claims if claims else ItemOutcome.no_claims, claims)


class ClaimStage:
    """Per-actor knowledge and alert decisions over a string-keyed store."""

    def __init__(
        self, store: MutableMapping[str, Any] | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.decider = Decider(Knowledge(store), clock)

    @property
    def store(self) -> MutableMapping[str, Any]:
        return self.decider.knowledge.store

    def process(self, claim: ClaimEvent, now: datetime | None = None) -> list[Alert]:
        return self.decider.decide(claim, now)


class Pipeline:
    """Both stages in one process, deterministic: what ``claimwatch backtest`` runs.

    ``detected_at`` is the item's ``published_at`` by default (simulated time),
    so two backtests over the same archive give identical output.
    """

    def __init__(
        self,
        extractor: ClaimExtractor | None = None,
        deduper: Deduper | None = None,
        store: MutableMapping[str, Any] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.items = ItemStage(extractor, deduper)
        self.claims = ClaimStage(store, clock)
        self._simulated = clock is None

    def process(self, item: NewsItem) -> tuple[ItemResult, list[Alert]]:
        result = self.items.process(item)
        now = item.published_at if self._simulated else None
        alerts = [a for c in result.claims for a in self.claims.process(c, now)]
        return result, alerts

    def snapshot(self) -> bytes:
        """All state as bytes, to continue a later run from this one's knowledge."""
        doc = {
            "v": 1,
            "dedup": self.items.deduper.snapshot().hex(),
            "knowledge": dict(self.claims.store.items()),
        }
        return json.dumps(doc, sort_keys=True).encode("utf-8")

    @classmethod
    def restore(
        cls, data: bytes, extractor: ClaimExtractor | None = None, clock: Callable[[], datetime] | None = None
    ) -> Pipeline:
        doc = json.loads(data)
        if doc.get("v") != 1:
            raise ValueError(f"unknown state format version {doc.get('v')!r}")
        return cls(extractor, Deduper.restore(bytes.fromhex(doc["dedup"])), dict(doc["knowledge"]), clock)
