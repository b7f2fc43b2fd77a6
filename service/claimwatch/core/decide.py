"""What is known per actor, and when a claim is news: the alert decisions.

State is one entry per known fact in a plain string-keyed mapping, so the
stream driver can hand in a faust Table (one small changelog write per fact or
corroboration) and the backtest a dict. Keys start with the actor code, which
is also the Kafka key of claims and alerts, so one partition owns an actor.

    {code}|f|{topic}|{value}   a known figure (KnownFigure fields + sources)
    {code}|fi|{topic}          index: the latest values known for (actor, topic), and the maximum
    {code}|l|{place}           a known location (KnownLocation fields + sources)
    {code}|li                  index: the latest place keys known for the actor, and their countries

The indexes keep only the latest ``MAX_PREVIOUS`` entries (plus the running
maximum and the set of countries that severity needs), so each write stays
small however many facts an actor accumulates; every fact keeps its own entry,
so an old fact still never alerts twice.

Redelivery (the stream is at-least-once): each record names the claim that
wrote it (``claim_id``), the claim that last corroborated it (``last_claim``)
and its place in the index (``seq``). A claim redone after a crash that left
only some of its writes applied therefore finishes them and lists under
``previous`` exactly what it listed the first time.

Rules (DESIGN.md, "Semantics"):

* ``new_figure`` when a non-denied claim's figure value is not yet known for its
  (actor, topic); ``new_location`` when its place is not yet known for its
  actor, whatever the topic. Both may come from one claim.
* A known fact never alerts again, whoever repeats it (a syndicated copy, a
  Background paragraph): it only adds corroboration, and only when the source
  is new and the item is not a near-copy of another (``duplicate_of``).
* Denied claims are kept as claims but neither alert nor corroborate.

Severity (documented in README, "Alerts"):

* ``new_figure``: ``critical`` when it is above every figure already known for
  the (actor, topic) -- an escalation; ``warning`` for the first figure of a
  topic; ``info`` when it is at or below a known figure.
* ``new_location``: ``critical`` for a place in a country where the actor was
  not yet known to be; ``warning`` for the actor's first place; ``info`` for a
  finer or nearby place in a country already known.
* A hedged claim ("reportedly", "likely") is one step lower; never below info.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime
from typing import Any

from claimwatch.models import (
    Alert,
    AlertKind,
    ClaimEvent,
    KnownFigure,
    KnownLocation,
    Location,
    Previous,
    Severity,
)

#: How many earlier facts an alert lists under ``previous`` (newest kept).
MAX_PREVIOUS = 25
#: The indexes keep one more than that, so a claim redone after a crash can drop its own entry and
#: still list as many as the first run did.
_INDEX_KEEP = MAX_PREVIOUS + 1
#: How many distinct sources a fact remembers for corroboration.
MAX_SOURCES = 50

_CACHE_MAX = 20_000

_LOWER = {Severity.critical: Severity.warning, Severity.warning: Severity.info, Severity.info: Severity.info}


def place_key(loc: Location) -> str:
    """A stable identity for a place: its GeoNames id, else its name and country."""
    if loc.geonames_id is not None:
        return f"gn:{loc.geonames_id}"
    return f"n:{loc.name.strip().lower()}|{(loc.country_code or '').upper()}"


def alert_id(kind: AlertKind, actor_code: str, topic: str, fact: str) -> str:
    """Deterministic, so a replay or a retry yields the same id (idempotent consumers)."""
    raw = f"{kind.value}|{actor_code}|{topic}|{fact}".encode()
    return hashlib.sha256(raw).hexdigest()[:32]


class Knowledge:
    """Per-actor facts over a string-keyed mapping (dict, faust Table, ...)."""

    def __init__(self, store: MutableMapping[str, Any] | None = None) -> None:
        self.store: MutableMapping[str, Any] = store if store is not None else {}

    # -- figures -------------------------------------------------------------
    def figure(self, code: str, topic: str, value: int) -> dict[str, Any] | None:
        got: dict[str, Any] | None = self.store.get(f"{code}|f|{topic}|{value}")
        return got

    def figure_index(self, code: str, topic: str) -> dict[str, Any]:
        got: dict[str, Any] | None = self.store.get(f"{code}|fi|{topic}")
        return got if got is not None else {"recent": [], "max": None, "count": 0}

    def figures(self, code: str, topic: str) -> list[dict[str, Any]]:
        """The latest known figures for (actor, topic), oldest first."""
        out = [self.figure(code, topic, v) for v in self.figure_index(code, topic)["recent"]]
        return [f for f in out if f is not None]

    def add_figure(self, code: str, topic: str, record: dict[str, Any]) -> None:
        idx = self.figure_index(code, topic)
        record["seq"] = int(idx["count"]) + 1
        self.store[f"{code}|f|{topic}|{record['value']}"] = record
        self._index_figure(code, topic, idx, int(record["value"]))

    def _index_figure(self, code: str, topic: str, idx: dict[str, Any], value: int) -> None:
        self.store[f"{code}|fi|{topic}"] = {
            "recent": [*idx["recent"], value][-_INDEX_KEEP:],
            "max": value if idx["max"] is None else max(int(idx["max"]), value),
            "count": int(idx["count"]) + 1,
        }

    def finish_figure(self, code: str, topic: str, record: dict[str, Any]) -> None:
        """Index a figure whose record landed but whose index write did not (a crash in between)."""
        idx = self.figure_index(code, topic)
        if "seq" in record and int(idx["count"]) < int(record["seq"]):
            self._index_figure(code, topic, idx, int(record["value"]))

    # -- locations -----------------------------------------------------------
    def location(self, code: str, key: str) -> dict[str, Any] | None:
        got: dict[str, Any] | None = self.store.get(f"{code}|l|{key}")
        return got

    def location_index(self, code: str) -> dict[str, Any]:
        got: dict[str, Any] | None = self.store.get(f"{code}|li")
        return got if got is not None else {"recent": [], "countries": [], "count": 0}

    def location_entries(self, code: str) -> list[tuple[str, dict[str, Any]]]:
        """(place key, record) of the latest known locations of the actor, oldest first."""
        out = [(k, self.location(code, k)) for k in self.location_index(code)["recent"]]
        return [(k, x) for k, x in out if x is not None]

    def add_location(self, code: str, key: str, record: dict[str, Any]) -> None:
        idx = self.location_index(code)
        record["seq"] = int(idx["count"]) + 1
        self.store[f"{code}|l|{key}"] = record
        self._index_location(code, idx, key, record)

    def _index_location(self, code: str, idx: dict[str, Any], key: str, record: dict[str, Any]) -> None:
        country = (record["location"].get("country_code") or "").upper()
        countries = idx["countries"] if country in idx["countries"] else sorted([*idx["countries"], country])
        self.store[f"{code}|li"] = {
            "recent": [*idx["recent"], key][-_INDEX_KEEP:],
            "countries": countries,
            "count": int(idx["count"]) + 1,
        }

    def finish_location(self, code: str, key: str, record: dict[str, Any]) -> None:
        """Index a location whose record landed but whose index write did not (a crash in between)."""
        idx = self.location_index(code)
        if "seq" in record and int(idx["count"]) < int(record["seq"]):
            self._index_location(code, idx, key, record)

    def put(self, key: str, record: dict[str, Any]) -> None:
        """Write back a changed record (a mapping like a faust Table needs the assignment)."""
        self.store[key] = record


def _new_record(claim: ClaimEvent, **fields: Any) -> dict[str, Any]:
    return {
        **fields,
        "first_seen": claim.published_at.isoformat(),
        "source": claim.source,
        "item_id": claim.item_id,
        "sources": [claim.source],
        "corroboration": 1,
        # Which claim wrote the record, and which last corroborated it: a claim processed again after a
        # crash (at-least-once) must see what was known *before* it, not its own half-landed writes.
        "claim_id": claim.claim_id,
        "last_claim": claim.claim_id,
    }


def _corroborate(record: dict[str, Any], claim: ClaimEvent) -> bool:
    """Count a new independent source; True when the record changed."""
    if claim.duplicate_of is not None or claim.source in record["sources"]:
        return False
    record["corroboration"] = int(record["corroboration"]) + 1
    record["last_claim"] = claim.claim_id
    if len(record["sources"]) < MAX_SOURCES:
        record["sources"] = [*record["sources"], claim.source]
    return True


# Records are written only by this module from validated models, so reading them back
# skips validation (model_construct): an alert lists up to 2 * MAX_PREVIOUS of them.
def _known_figure(r: dict[str, Any]) -> KnownFigure:
    return KnownFigure.model_construct(
        value=r["value"], low=r.get("low"), high=r.get("high"), first_seen=datetime.fromisoformat(r["first_seen"]),
        source=r["source"], item_id=r["item_id"], corroboration=r["corroboration"],
    )


def _known_location(r: dict[str, Any]) -> KnownLocation:
    return KnownLocation.model_construct(
        location=Location.model_construct(**r["location"]), first_seen=datetime.fromisoformat(r["first_seen"]),
        source=r["source"], item_id=r["item_id"], corroboration=r["corroboration"],
    )


class Decider:
    """Turns claims into alerts against what is known, updating what is known."""

    def __init__(self, knowledge: Knowledge | None = None, clock: Callable[[], datetime] | None = None) -> None:
        self.knowledge = knowledge if knowledge is not None else Knowledge()
        self.clock = clock or (lambda: datetime.now(UTC))
        # Read-back cache: an actor's latest facts are listed under `previous` by alert after alert, and
        # building them again each time was a fifth of the core's time on alert-heavy feeds. A fact's
        # fields never change once written except its corroboration, which is part of the cache key.
        self._known: dict[tuple[Any, ...], Any] = {}

    def _previous(self, claim: ClaimEvent, code: str, fig_recent: list[Any], loc_recent: list[str]) -> Previous:
        """The actor's latest facts as they stood before ``claim``, read back through the cache.

        As they stood before it: a redelivered claim can find some of its own writes already applied (the state
        landed for one key and not the next when the worker died): a record it created (``claim_id``) was not
        known before it, and a corroboration it added (``last_claim``) was not there; of the rest, the latest
        MAX_PREVIOUS are listed.

        What ``Knowledge.figures``/``location_entries`` do, then a cache look-up per fact, inline, in one pass per
        list: an alert lists up to 2 * MAX_PREVIOUS facts, and a method call, a key tuple unpacked into another and
        an intermediate list per fact were most of the time an alert took. The index lists are the ones ``decide``
        read before writing anything.
        """
        get = self.knowledge.store.get
        topic = claim.topic
        cid = claim.claim_id
        fig_rows = [
            r for v in fig_recent if (r := get(f"{code}|f|{topic}|{v}")) is not None and r.get("claim_id") != cid
        ]
        loc_rows = [
            (k, r) for k in loc_recent if (r := get(f"{code}|l|{k}")) is not None and r.get("claim_id") != cid
        ]
        known = self._known
        figures: list[KnownFigure] = []
        for r in fig_rows[-MAX_PREVIOUS:]:
            if r.get("last_claim") == cid:
                r = {**r, "corroboration": int(r["corroboration"]) - 1}
            key = ("f", code, topic, r["value"], r["corroboration"], r["first_seen"], r["item_id"])
            got = known.get(key)
            if got is None:
                if len(known) >= _CACHE_MAX:
                    known.clear()
                got = known[key] = _known_figure(r)
            figures.append(got)
        locations: list[KnownLocation] = []
        for k, r in loc_rows[-MAX_PREVIOUS:]:
            if r.get("last_claim") == cid:
                r = {**r, "corroboration": int(r["corroboration"]) - 1}
            lkey = ("l", code, k, r["corroboration"], r["first_seen"], r["item_id"])
            lgot = known.get(lkey)
            if lgot is None:
                if len(known) >= _CACHE_MAX:
                    known.clear()
                lgot = known[lkey] = _known_location(r)
            locations.append(lgot)
        return Previous(figures=figures, locations=locations)

    def decide(self, claim: ClaimEvent, now: datetime | None = None) -> list[Alert]:
        if claim.denied:
            return []
        detected_at = now or self.clock()
        alerts: list[Alert] = []
        code = claim.actor.code
        fig = claim.figure
        loc_key = place_key(claim.location) if claim.location is not None else None
        known_fig = self.knowledge.figure(code, claim.topic, fig.value) if fig is not None else None
        known_loc = self.knowledge.location(code, loc_key) if loc_key is not None else None
        new_fig = fig is not None and known_fig is None
        new_loc = loc_key is not None and known_loc is None
        previous = Previous()
        fig_index = self.knowledge.figure_index(code, claim.topic)
        loc_index = self.knowledge.location_index(code)
        if new_fig or new_loc:
            # What was known before this claim changes anything, so `previous` is honest.
            previous = self._previous(claim, code, fig_index["recent"], loc_index["recent"])
        if fig is not None:
            if known_fig is None:
                self.knowledge.add_figure(
                    code, claim.topic, _new_record(claim, value=fig.value, low=fig.low, high=fig.high)
                )
                severity = self._figure_severity(fig.value, fig_index["max"], claim.hedged)
                alerts.append(
                    self._alert(claim, AlertKind.new_figure, str(fig.value), previous, severity, detected_at)
                )
            elif known_fig.get("claim_id") == claim.claim_id:
                self.knowledge.finish_figure(code, claim.topic, known_fig)
            elif _corroborate(known_fig, claim):
                self.knowledge.put(f"{code}|f|{claim.topic}|{fig.value}", known_fig)
        if claim.location is not None and loc_key is not None:
            if known_loc is None:
                self.knowledge.add_location(
                    code, loc_key, _new_record(claim, location=claim.location.model_dump(mode="json"))
                )
                severity = self._location_severity(claim.location, loc_index["countries"], claim.hedged)
                alerts.append(self._alert(claim, AlertKind.new_location, loc_key, previous, severity, detected_at))
            elif known_loc.get("claim_id") == claim.claim_id:
                self.knowledge.finish_location(code, loc_key, known_loc)
            elif _corroborate(known_loc, claim):
                self.knowledge.put(f"{code}|l|{loc_key}", known_loc)
        return alerts

    @staticmethod
    def _figure_severity(value: int, known_max: int | None, hedged: bool) -> Severity:
        if known_max is None:
            sev = Severity.warning
        elif value > int(known_max):
            sev = Severity.critical
        else:
            sev = Severity.info
        return _LOWER[sev] if hedged else sev

    @staticmethod
    def _location_severity(loc: Location, known_countries: list[str], hedged: bool) -> Severity:
        if not known_countries:
            sev = Severity.warning
        else:
            known = (loc.country_code or "").upper() in known_countries
            sev = Severity.info if known else Severity.critical
        return _LOWER[sev] if hedged else sev

    @staticmethod
    def _alert(
        claim: ClaimEvent,
        kind: AlertKind,
        fact: str,
        previous: Previous,
        severity: Severity,
        detected_at: datetime,
    ) -> Alert:
        # Locations are known per actor whatever the topic, so their id leaves the topic out.
        id_topic = claim.topic if kind is AlertKind.new_figure else "*"
        return Alert(
            alert_id=alert_id(kind, claim.actor.code, id_topic, fact),
            kind=kind,
            actor=claim.actor,
            topic=claim.topic,
            figure=claim.figure if kind is AlertKind.new_figure else None,
            location=claim.location if kind is AlertKind.new_location else None,
            previous=previous,
            claim=claim,
            item_id=claim.item_id,
            source=claim.source,
            published_at=claim.published_at,
            detected_at=detected_at,
            severity=severity,
        )
