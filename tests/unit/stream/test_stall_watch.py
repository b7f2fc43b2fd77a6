"""A source partition whose backlog stops moving is logged once, with what the consumer knows of it, and its
recovery is logged too: the ClaimwatchStalled alert sends operators to these lines."""

from __future__ import annotations

import logging

import pytest
from faust.types import TP

from claimwatch.settings import Settings
from claimwatch.stream.app import STALL_WARN_S, make_app


def test_a_partition_stuck_with_a_backlog_is_logged_once_and_its_recovery_too(
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = make_app(Settings(), store="memory")
    tp = TP("news.items", 2)
    with caplog.at_level(logging.WARNING, logger="claimwatch.stream.app"):
        app._watch_progress(tp, 40, 90, now=1000.0)
        app._watch_progress(tp, 40, 90, now=1000.0 + STALL_WARN_S - 1)
        assert not caplog.records, "a partition is not stalled before STALL_WARN_S"
        app._watch_progress(tp, 40, 90, now=1000.0 + STALL_WARN_S + 1)
        app._watch_progress(tp, 40, 95, now=1000.0 + STALL_WARN_S + 3)
        stalls = [r.getMessage() for r in caplog.records]
        assert len(stalls) == 1, stalls
        assert "news.items:2 has not moved for 61s: position 40, highwater 90" in stalls[0]
        app._watch_progress(tp, 41, 95, now=1000.0 + STALL_WARN_S + 5)
        assert "news.items:2 moves again after 65s: position 41" in caplog.records[-1].getMessage()


def test_an_idle_partition_is_no_stall(caplog: pytest.LogCaptureFixture) -> None:
    app = make_app(Settings(), store="memory")
    tp = TP("news.items", 0)
    with caplog.at_level(logging.WARNING, logger="claimwatch.stream.app"):
        for t in range(0, 600, 2):
            app._watch_progress(tp, 500, 500, now=float(t))  # caught up: position == highwater
    assert not caplog.records
