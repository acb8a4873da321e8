"""The container deployment (deploy/) names only what exists and sets what the code reads."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
VARIABLE = re.compile(r"\$\{([A-Z][A-Z0-9_]*)")


def documented() -> set[str]:
    names = set()
    for line in (ROOT / ".env.example").read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            names.add(line.split("=", 1)[0].strip())
    return names


def compose() -> dict:
    return YAML(typ="safe").load((DEPLOY / "compose.yml").read_text())


def test_every_variable_compose_takes_from_the_environment_is_documented():
    used = set(VARIABLE.findall((DEPLOY / "compose.yml").read_text()))
    assert used - documented() == set()


def test_every_setting_compose_gives_our_services_is_one_the_code_reads():
    services = compose()["services"]
    ours = ("actions", "rasa1", "rasa2", "gateway1", "gateway2")
    for name in ours:
        keys = set(services[name].get("environment") or {})
        # SANIC_HOST is read by rasa-sdk; the rest by our code (listed in .env.example)
        assert keys - documented() - {"SANIC_HOST"} == set(), name


def test_the_engines_get_every_variable_their_endpoints_need():
    lines = (ROOT / "endpoints.prod.yml").read_text().splitlines()
    needed = set(VARIABLE.findall("\n".join(line.split("#")[0] for line in lines)))
    for name in ("rasa1", "rasa2"):
        assert needed <= set(compose()["services"][name]["environment"]), name


def test_the_topology_has_the_services_the_profile_needs():
    services = compose()["services"]
    assert {
        "postgres",
        "redis",
        "actions",
        "rasa1",
        "rasa2",
        "gateway1",
        "gateway2",
        "nginx",
    } <= set(services)
    upstream = re.findall(r"server (\w+):8080", (DEPLOY / "nginx.conf").read_text())
    assert sorted(upstream) == ["gateway1", "gateway2"]
    init = (DEPLOY / "postgres-init.sql").read_text()
    for database in ("directory", "gateway", "rasa"):
        assert f"CREATE DATABASE {database};" in init
        assert any(
            f"/{database}" in value
            for service in services.values()
            for value in (service.get("environment") or {}).values()
        ), database


def test_dockerfiles_copy_files_that_exist_and_run_modules_we_have():
    for dockerfile in DEPLOY.glob("Dockerfile.*"):
        for line in dockerfile.read_text().splitlines():
            if line.startswith("COPY "):
                *sources, _target = line.split()[1:]
                for source in sources:
                    assert (ROOT / source).exists(), f"{dockerfile.name}: {source}"
    commands = [s.get("command") or [] for s in compose()["services"].values()]
    modules = {c[2] for c in commands if len(c) > 2 and c[:2] == ["python", "-m"]}
    assert modules == {"channels", "rasa_sdk"}
    assert (ROOT / "channels" / "__main__.py").exists()
    assert "rasa-sdk==" in (ROOT / "requirements" / "app.lock").read_text()
    assert "rasa==3.6.21" in (ROOT / "requirements" / "engine.lock").read_text()
