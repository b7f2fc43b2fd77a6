"""docker-compose.yml, checked without a Docker engine: structure, files, env and ports that agree.

Machines here run no Docker daemon, so a broken compose file would only show on
someone's laptop. These checks catch what usually breaks: a renamed setting, a
moved config file, a port changed in one place only.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
COMPOSE = ROOT / "docker-compose.yml"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def _env(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _bind_sources(service: dict[str, Any]) -> list[str]:
    out = []
    for vol in service.get("volumes", []):
        if isinstance(vol, dict):
            if vol.get("type") == "bind":
                out.append(vol["source"])
        else:
            source = vol.split(":", 1)[0]
            if source.startswith((".", "/", "~")):
                out.append(source)
    return out


def _published(service: dict[str, Any]) -> dict[int, int]:
    """container port -> host port."""
    out = {}
    for p in service.get("ports", []):
        parts = str(p).split(":")
        out[int(parts[-1].split("/")[0])] = int(parts[-2])
    return out


def test_compose_spec_schema() -> None:
    exe = Path(sys.executable).with_name("check-jsonschema")
    cmd = str(exe) if exe.exists() else shutil.which("check-jsonschema")
    assert cmd, "check-jsonschema missing: pip install -e '.[test]'"
    res = subprocess.run(
        [cmd, "--builtin-schema", "vendor.compose-spec", str(COMPOSE)], capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_the_expected_services_each_with_image_or_build(services: dict[str, dict[str, Any]]) -> None:
    assert {"kafka", "topic-init", "worker", "prometheus", "alertmanager", "grafana", "webhook"} <= set(services)
    for name, svc in services.items():
        assert svc.get("image") or svc.get("build"), name
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert "KAFKA_PROCESS_ROLES" in _env(services["kafka"])  # KRaft, no ZooKeeper
    for name, svc in services.items():
        for dep in svc.get("depends_on", []):
            assert dep in services, f"{name} depends on unknown {dep}"


def test_build_context_and_dockerfile(services: dict[str, dict[str, Any]]) -> None:
    build = services["worker"]["build"]
    context = ROOT / (build["context"] if isinstance(build, dict) else build)
    dockerfile = context / (build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile")
    text = dockerfile.read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    # the image runs the wheel a build stage compiled from this tree (setup.py's mypyc build)
    assert re.search(r"^FROM python:3\.11 AS build\b", text, re.M)
    assert re.search(r"CLAIMWATCH_COMPILE=1 pip wheel .*--no-build-isolation.* \.$", text, re.M)
    assert re.search(r"COPY --from=build /wheels /wheels", text)
    assert re.search(r"pip install /wheels/claimwatch-\*\.whl", text)
    assert 'CMD ["claimwatch", "worker"]' in text
    ignore = (context / ".dockerignore").read_text().split()
    assert ".venv" in ignore and ".git" in ignore


def test_every_bind_mounted_file_exists(services: dict[str, dict[str, Any]]) -> None:
    mounts = 0
    for name, svc in services.items():
        for source in _bind_sources(svc):
            mounts += 1
            assert (COMPOSE.parent / source).exists(), f"{name}: {source} does not exist"
    assert mounts >= 5


def test_worker_environment_is_real_settings(
    services: dict[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _env(services["worker"])
    fields = set(Settings.model_fields)
    for key in env:
        assert key.startswith("CLAIMWATCH_"), key
        assert key.removeprefix("CLAIMWATCH_").lower() in fields, f"{key} is not a Settings field"
    for key in ("CLAIMWATCH_KAFKA_BOOTSTRAP", "CLAIMWATCH_METRICS_PORT", "CLAIMWATCH_ALERTMANAGER_URL"):
        assert key in env
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = Settings()  # the values validate too
    assert settings.metrics_host == "0.0.0.0", "a loopback /metrics is unreachable from Prometheus"
    host, port = settings.bootstrap_servers()[0].split(":")
    assert host == "kafka" and f"PLAINTEXT://kafka:{port}" in _env(services["kafka"])["KAFKA_ADVERTISED_LISTENERS"]


def test_ports_agree_across_compose_prometheus_alertmanager_grafana(services: dict[str, dict[str, Any]]) -> None:
    worker_env = _env(services["worker"])
    prom = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    job = next(j for j in prom["scrape_configs"] if j["job_name"] == "claimwatch")
    targets = [t for sc in job["static_configs"] for t in sc["targets"]]
    assert targets == [f"worker:{worker_env['CLAIMWATCH_METRICS_PORT']}"]

    am_targets = [t for am in prom["alerting"]["alertmanagers"] for sc in am["static_configs"] for t in sc["targets"]]
    am_url = urllib.parse.urlsplit(worker_env["CLAIMWATCH_ALERTMANAGER_URL"])
    assert am_targets == [am_url.netloc] == ["alertmanager:9093"]
    assert "--web.listen-address=:9093" in services["alertmanager"]["command"]
    assert "--cluster.listen-address=" in services["alertmanager"]["command"]

    am_cfg = yaml.safe_load((ROOT / "deploy" / "alertmanager" / "alertmanager.yml").read_text())
    hooks = [h["url"] for r in am_cfg["receivers"] for h in r.get("webhook_configs", [])]
    webhook_port = _env(services["webhook"])["HTTP_PORT"]
    for url in hooks:
        parts = urllib.parse.urlsplit(url)
        assert parts.hostname == "webhook" and str(parts.port) == webhook_port, url

    ds = yaml.safe_load((ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text())
    assert urllib.parse.urlsplit(ds["datasources"][0]["url"]).netloc == "prometheus:9090"
    assert 9090 in _published(services["prometheus"])
    assert _published(services["worker"]) == {9464: int(worker_env["CLAIMWATCH_METRICS_PORT"])}


def test_mounts_land_where_the_configs_expect(services: dict[str, dict[str, Any]]) -> None:
    prom_mounts = {v.split(":")[1] for v in services["prometheus"]["volumes"] if v.startswith("./")}
    prom = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    for rule_file in prom["rule_files"]:
        assert f"/etc/prometheus/{rule_file}" in prom_mounts
    assert "--config.file=/etc/prometheus/prometheus.yml" in services["prometheus"]["command"]
    grafana_mounts = {v.split(":")[1] for v in services["grafana"]["volumes"] if v.startswith("./")}
    prov = yaml.safe_load((ROOT / "deploy" / "grafana" / "provisioning" / "dashboards" / "claimwatch.yml").read_text())
    assert prov["providers"][0]["options"]["path"] in grafana_mounts


def test_topic_init_creates_the_settings_topics(services: dict[str, dict[str, Any]]) -> None:
    init = services["topic-init"]
    script = " ".join(init["command"]) if isinstance(init["command"], list) else init["command"]
    defaults = Settings()
    for topic in defaults.topics().values():
        assert re.search(rf"(?<![\w.]){re.escape(topic)}(?![\w.])", script), topic
    assert f"--partitions {defaults.partitions}" in script
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert services["worker"]["depends_on"]["topic-init"]["condition"] == "service_completed_successfully"
