"""The broker probe: a silent listener is "not answering", and the watch logs outage and recovery once each."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from claimwatch.ops.broker_watch import BrokerWatch, probe


def test_a_listener_that_never_answers_fails_the_probe():
    with socket.socket() as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)  # accepts (kernel backlog) but never answers: like a frozen broker
        with pytest.raises(OSError):
            probe("127.0.0.1", srv.getsockname()[1], timeout=0.3)


def test_outage_and_recovery_are_logged(caplog):
    answers = iter([None, "down", "down", None, None])
    watch = BrokerWatch(["127.0.0.1:1"], interval=0.01, remind_every=3600)
    watch._probe_any = lambda: next(answers, None)  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING, logger="claimwatch.broker_watch"):
        watch.start()
        time.sleep(0.3)
        watch.stop()
        watch.join(2)
    messages = [r.getMessage() for r in caplog.records]
    assert sum("not answering" in m for m in messages) == 1
    assert sum("answers again" in m for m in messages) == 1
    assert watch.outages == 1 and watch.down_since is None
