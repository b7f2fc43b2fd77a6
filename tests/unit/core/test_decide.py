"""Alert decisions: new figures and places alert once, never again; denied never."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from claimwatch.core.decide import Decider, Knowledge, alert_id
from claimwatch.models import Actor, AlertKind, ClaimEvent, Evidence, Figure, Location, Severity

T0 = datetime(2025, 3, 1, 12, tzinfo=UTC)
ACTOR = Actor(name="Testland", code="TL", kind="state")
DEPOT = Location(name="Port Alder", country_code="XA", admin1="North Province", geonames_id=101, text="Port Alder")
HILLS = Location(name="Cedar Hills", country_code="XB", geonames_id=202, text="the Cedar Hills")
NORTH = Location(name="Birch Bay", country_code="XA", geonames_id=303, text="Birch Bay")


def claim(n: int, value: int | None = None, loc: Location | None = None, **kw) -> ClaimEvent:
    return ClaimEvent(
        claim_id=f"c{n}",
        item_id=kw.pop("item_id", f"item-{n}"),
        source=kw.pop("source", f"Outlet {n}"),
        published_at=T0 + timedelta(hours=n),
        actor=kw.pop("actor", ACTOR),
        topic=kw.pop("topic", "troops"),
        figure=Figure(value=value, unit="soldiers", text=str(value)) if value is not None else None,
        location=loc,
        evidence=Evidence(sentence="s", start=0, end=1),
        **kw,
    )


def test_first_figure_and_location_alert_then_never_again():
    d = Decider()
    alerts = d.decide(claim(1, 4000, DEPOT))
    assert [a.kind for a in alerts] == [AlertKind.new_figure, AlertKind.new_location]
    assert all(a.severity is Severity.warning for a in alerts)
    assert d.decide(claim(2, 4000, DEPOT)) == []
    assert d.decide(claim(3, 4000, DEPOT, background=True)) == []


def test_previous_lists_what_was_known_and_escalation_is_critical():
    d = Decider()
    d.decide(claim(1, 4000))
    [a] = d.decide(claim(2, 5000))
    assert a.severity is Severity.critical
    assert [(f.value, f.source) for f in a.previous.figures] == [(4000, "Outlet 1")]
    [b] = d.decide(claim(3, 3000))
    assert b.severity is Severity.info
    assert sorted(f.value for f in b.previous.figures) == [4000, 5000]


def test_figures_are_per_topic_and_locations_per_actor():
    d = Decider()
    d.decide(claim(1, 300, DEPOT, topic="troops"))
    alerts = d.decide(claim(2, 300, DEPOT, topic="casualties"))
    assert [a.kind for a in alerts] == [AlertKind.new_figure]
    other = Actor(name="Otherland", code="OL", kind="state")
    assert [a.kind for a in d.decide(claim(3, None, DEPOT, actor=other))] == [AlertKind.new_location]


def test_new_country_is_critical_finer_place_in_known_country_is_info():
    d = Decider()
    d.decide(claim(1, None, DEPOT))
    [same_country] = d.decide(claim(2, None, NORTH))
    assert same_country.severity is Severity.info
    [new_country] = d.decide(claim(3, None, HILLS))
    assert new_country.severity is Severity.critical
    [hedged] = d.decide(claim(4, 9000, None, hedged=True))
    assert hedged.severity is Severity.info


def test_denied_claims_neither_alert_nor_corroborate():
    d = Decider()
    assert d.decide(claim(1, 700, DEPOT, denied=True)) == []
    assert len(d.decide(claim(2, 700, DEPOT))) == 2


def test_corroboration_counts_independent_sources_only():
    store: dict = {}
    d = Decider(Knowledge(store))
    d.decide(claim(1, 800, source="A"))
    d.decide(claim(2, 800, source="A"))
    d.decide(claim(3, 800, source="B", duplicate_of="item-2"))
    d.decide(claim(4, 800, source="C"))
    assert store["TL|f|troops|800"]["corroboration"] == 2
    assert store["TL|f|troops|800"]["sources"] == ["A", "C"]


def test_alert_ids_are_deterministic_and_distinct():
    a1 = Decider().decide(claim(1, 100, DEPOT))
    a2 = Decider().decide(claim(7, 100, DEPOT, source="Other", item_id="x"))
    assert [a.alert_id for a in a1] == [a.alert_id for a in a2]
    assert len({a.alert_id for a in a1}) == 2
    fig = AlertKind.new_figure
    assert alert_id(fig, "TL", "troops", "100") != alert_id(fig, "TL", "equipment", "100")


def test_indexes_stay_bounded_and_old_facts_still_never_realert():
    from claimwatch.core.decide import MAX_PREVIOUS

    store: dict = {}
    d = Decider(Knowledge(store))
    for n in range(1, 3 * MAX_PREVIOUS):
        assert len(d.decide(claim(n, 1000 + n))) == 1
    idx = store["TL|fi|troops"]
    assert len(idx["recent"]) == MAX_PREVIOUS + 1 and idx["max"] == 1000 + 3 * MAX_PREVIOUS - 1
    assert d.decide(claim(999, 1001)) == [], "the oldest figure, out of the index, is still known"
    [a] = d.decide(claim(1000, 5))
    assert len(a.previous.figures) == MAX_PREVIOUS and a.severity is Severity.info


class _Recording(dict):
    """A store that remembers the order of writes, like a changelog."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, object]] = []

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        self.log.append((key, __import__("copy").deepcopy(value)))


def _history(store: dict) -> Decider:
    d = Decider(Knowledge(store))
    for n in range(1, 2 * 25 + 3):  # more figures than an alert lists, so the index is full
        d.decide(claim(n, 100 + n, HILLS if n == 2 else None))
    d.decide(claim(90, 4000, source="Outlet 1"))  # a known figure a later claim corroborates
    return d


def test_a_claim_redone_after_a_partial_write_alerts_as_it_did_the_first_time():
    """At-least-once: the worker can die after some of a claim's state writes landed and before the rest.

    Redoing the claim against each such prefix must raise nothing different from the first run: the
    alerts it still raises carry the same ids, severity and ``previous`` (its own half-written facts
    and corroborations are not "known before").
    """
    first_store = _Recording()
    d = _history(first_store)
    start = len(first_store.log)
    target = claim(91, 4000, NORTH, source="Outlet 91")  # corroborates 4000 and brings a new place
    target2 = claim(92, 7777, DEPOT, source="Outlet 92")  # a new figure and a new place
    at = T0 + timedelta(days=30)
    originals = {a.alert_id: a for c in (target, target2) for a in d.decide(c, now=at)}
    writes = first_store.log[start:]
    assert len(writes) >= 5 and len(originals) == 3

    for cut in range(len(writes) + 1):
        store: dict = {}
        _history(store)
        for key, value in writes[:cut]:
            store[key] = __import__("copy").deepcopy(value)
        redo = Decider(Knowledge(store))
        again = [a for c in (target, target2) for a in redo.decide(c, now=at)]
        for a in again:
            assert a == originals[a.alert_id], f"after {cut} of {len(writes)} writes"
        assert {a.alert_id for a in again} | set() <= set(originals)
