"""Replay pacing and time parsing, on a fake clock: no broker, no real sleeping."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta

import pytest

from claimwatch.stream.replay import Pacer, parse_time

T0 = datetime(2025, 1, 1, tzinfo=UTC)


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, s: float) -> None:
        self.sleeps.append(round(s, 6))
        self.now += s


def test_archive_time_is_compressed_by_speed():
    ft = FakeTime()
    p = Pacer(3600, max_sleep=10, clock=ft.clock, sleep=ft.sleep)
    for h in (0, 1, 3, 3):
        p.wait_for(T0 + timedelta(hours=h))
    assert ft.sleeps == [1.0, 2.0]  # same-time items go out back to back
    assert p.skipped == 0


def test_work_between_items_is_not_slept_twice():
    ft = FakeTime()
    p = Pacer(3600, clock=ft.clock, sleep=ft.sleep)
    p.wait_for(T0)
    ft.now += 0.25  # producing took a quarter second
    p.wait_for(T0 + timedelta(hours=1))
    assert ft.sleeps == [0.75]


def test_long_gaps_are_cut_to_max_sleep_and_the_schedule_moves_on(caplog):
    ft = FakeTime()
    p = Pacer(60, max_sleep=5, clock=ft.clock, sleep=ft.sleep)
    caplog.set_level("INFO")
    for minutes in (0, 1, 60 * 24, 60 * 24 + 2):
        p.wait_for(T0 + timedelta(minutes=minutes))
    # 1 s; a day at 60x is 1440 s -> capped at 5 s; then 2 s as usual after the cut
    assert ft.sleeps == [1.0, 5.0, 2.0]
    assert p.skipped == pytest.approx(1439 - 5)
    assert "waiting 5.0 s instead of" in caplog.text


def test_no_speed_never_sleeps():
    ft = FakeTime()
    p = Pacer(None, clock=ft.clock, sleep=ft.sleep)
    for h in range(3):
        p.wait_for(T0 + timedelta(hours=h))
    assert ft.sleeps == []


def test_times_need_an_offset():
    assert parse_time("2025-01-01T00:00:00Z") == T0
    assert parse_time("2025-01-01T02:00:00+02:00") == T0
    assert parse_time(str(int(T0.timestamp() * 1000))) == T0
    with pytest.raises(argparse.ArgumentTypeError, match="no UTC offset"):
        parse_time("2025-01-01T00:00:00")
    with pytest.raises(argparse.ArgumentTypeError):
        parse_time("yesterday")


class FakeConsumer:
    """Answers like Kafka: a real offset per timestamp, or None past the last record."""

    def __init__(self, begin: dict[str, int], found: dict[str, int | None]) -> None:
        self.begin, self.found = begin, found

    def beginning_offsets(self, tps):
        return {tp: self.begin[tp] for tp in tps}

    def offsets_for_times(self, query):
        from types import SimpleNamespace

        return {tp: None if self.found[tp] is None else SimpleNamespace(offset=self.found[tp]) for tp in query}


def test_seek_uses_the_brokers_offsets_for_times():
    from claimwatch.stream.replay import start_offsets

    consumer = FakeConsumer({"p0": 0, "p1": 40, "p2": 0}, {"p0": 17, "p1": 5, "p2": None})
    got = start_offsets(consumer, ["p0", "p1", "p2"], 1_700_000_000_000, {"p0": 30, "p1": 90, "p2": 12})
    # p0: where Kafka says; p1: not before the log start; p2: nothing that recent -> its end
    assert got == {"p0": 17, "p1": 40, "p2": 12}
