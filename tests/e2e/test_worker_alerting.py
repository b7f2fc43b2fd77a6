"""A running worker, scraped by a real Prometheus, pushing to a real Alertmanager: both kinds of alert reach a webhook.

The whole path the ops team relies on, fed through Kafka rather than faked:

* a news item produced to the worker's input topic becomes a claim alert that
  the worker pushes to Alertmanager (``CLAIMWATCH_ALERTMANAGER_URL``), routed
  by the shipped config to the webhook with its actor, figure and item URL;
* bad messages become dead letters, counted on ``/metrics``; Prometheus scrapes
  them and the shipped ``ClaimwatchDeadLetterRateHigh`` rule fires a health
  alert to the webhook;
* consumer lag per partition is on ``/metrics`` for the stall rule.

The time from item produced to webhook received is printed (``pytest -s``) so
the figure can be quoted; it is Alertmanager's group_wait (1 s here) plus the
stream and the pusher, measured after a warm-up item (the worker loads its
extractor on its first item). No timing is asserted.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest
from ops_servers import AlertmanagerServer, PrometheusServer, WebhookReceiver, deploy_rules

from claimwatch.stream.harness import WorkerProcess, produce, stream_env, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

ITEM_URL = "https://news.example.org/2024/11/kp-troops-kursk"
SENTENCE = "South Korean intelligence said on Monday that North Korea has deployed about 12,000 troops to Kursk Oblast."


def _item(item_id: str, body: str = SENTENCE) -> bytes:
    return json.dumps(
        {
            "id": item_id,
            "source": "Example Wire",
            "url": ITEM_URL,
            "published_at": "2024-11-04T07:30:00+00:00",
            "title": "North Korean troops in Kursk",
            "body": body,
        }
    ).encode("utf-8")


def test_worker_alerts_reach_alertmanager_and_prometheus_rules_fire(kafka, tmp_path: Path) -> None:
    name = f"wa-{uuid.uuid4().hex[:8]}"
    rules = deploy_rules(tmp_path / "rules", only={"ClaimwatchDeadLetterRateHigh"}, for_="1s")
    with WebhookReceiver() as hook, AlertmanagerServer(hook.url, tmp_path / "am") as am:
        env = stream_env(kafka.bootstrap, name, tmp_path / "state", CLAIMWATCH_ALERTMANAGER_URL=am.url)
        worker = WorkerProcess(env, tmp_path / "worker.log").start()
        try:
            with PrometheusServer(
                [f"127.0.0.1:{worker.metrics_port}"], tmp_path / "prom", alertmanager=am.hostport, rule_files=[rules]
            ) as prom:
                # Ready: the worker owns its lane, and Prometheus has the zero-valued dead-letter series
                # (without an earlier sample, rate() would miss the first increment).
                lane = f"{name}.items.valid:0"
                assert wait_for(lambda: lane in worker.state().get("assigned", []), 120), worker.log_tail()
                zero = 'claimwatch_dead_letters_total{job="claimwatch", reason="not_json"} == 0'
                assert prom.wait_for_query(zero, timeout=60), prom.log_tail()

                # Warm-up: the worker loads its extractor on the first item; measure a warm one.
                produce(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ITEMS"], [_item(f"{name}-warm", "Nothing to report.")])
                assert wait_for(lambda: sum(worker.outcomes().values()) >= 1, 60), worker.log_tail()

                t0 = time.monotonic()
                produce(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ITEMS"], [_item(f"{name}-kp-1")])
                fig = hook.wait_for(lambda a: a["labels"].get("alertname") == "ClaimwatchNewFigure", timeout=60)
                assert fig is not None, f"no claim alert at the webhook\n{worker.log_tail()}\n{am.log_tail()}"
                print(f"\n[e2e] item produced -> worker -> Alertmanager -> webhook: {fig['_received'] - t0:.2f} s")

                t1 = time.monotonic()
                produce(kafka.bootstrap, env["CLAIMWATCH_TOPIC_ITEMS"], [b"{not json"] * 10)
                health = hook.wait_for(
                    lambda a: a["labels"].get("alertname") == "ClaimwatchDeadLetterRateHigh", timeout=90
                )
                assert health is not None, f"no health alert\n{prom.log_tail()}\n{am.log_tail()}"
                print(
                    f"[e2e] bad messages produced -> dead letters -> rule -> webhook: {health['_received'] - t1:.2f} s"
                )

                lag = prom.wait_for_query(f'claimwatch_consumer_lag{{topic="{env["CLAIMWATCH_TOPIC_ITEMS"]}"}}', 30)
                assert lag, "no consumer lag series for the input topic's partitions"
                assert {int(s["metric"]["partition"]) for s in lag} <= set(range(4))
        finally:
            assert worker.stop() == 0, worker.log_tail()

    assert fig["_path"] == "/claims"
    assert fig["status"] == "firing"
    assert fig["labels"]["actor"] == "KP"
    assert fig["labels"]["topic"] == "troops"
    assert fig["annotations"]["figure_value"] == "12000"
    assert "12,000" in fig["annotations"]["summary"]
    assert fig["annotations"]["evidence"] == SENTENCE
    assert fig["generatorURL"] == ITEM_URL
    assert health["_path"] == "/health"
    assert health["labels"]["instance"] == f"127.0.0.1:{worker.metrics_port}"
