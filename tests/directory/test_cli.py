"""``python -m directory`` as an operator uses it: real processes, a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED_DATA, needs_shared
from tests.factories import make_service, write_feed

ROOT = Path(__file__).resolve().parent.parent.parent
NORBITON = (51.4128, -0.2840)
TOLWORTH = (51.3792, -0.2820)


@pytest.fixture
def run(tmp_path: Path):
    env = {
        **os.environ,
        "SIGNPOST_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
        "DIRECTORY_DATABASE_URL": "",
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "directory", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run


def test_import_twice_then_search_stats_and_stale(run, tmp_path: Path) -> None:
    feed = write_feed(
        tmp_path / "feed.json",
        [
            make_service(
                "Tolworth Pantry",
                lat=TOLWORTH[0],
                lon=TOLWORTH[1],
                assured_date="2024-02-01",
                organization="Tolworth Together",
            ),
            make_service("Norbiton Food Bank", lat=NORBITON[0], lon=NORBITON[1]),
        ],
    )
    first = run("import", feed)
    assert first.returncode == 0, first.stderr
    assert "imported 2 services from 2 records (2 new, 0 updated, 0 unchanged" in first.stdout
    second = run("import", feed)
    assert "(0 new, 0 updated, 2 unchanged, 0 withdrawn)" in second.stdout

    found = run("search", "food", "--near", "KT1 3LY")
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0].startswith("2 services for food near KT1 3LY (local, within 5 km)")
    assert lines[1].startswith(" 1. Norbiton Food Bank — Kingston Community Group")
    assert lines[4].startswith(" 2. Tolworth Pantry — Tolworth Together")
    assert " km; " in lines[2] and "last checked 2026-10-01" in lines[2]
    assert "(stale)" in lines[5]

    as_json = json.loads(run("search", "food", "--near", "kt13ly", "--json").stdout)
    assert [r["name"] for r in as_json] == ["Norbiton Food Bank", "Tolworth Pantry"]

    stats = run("stats", "--json")
    assert json.loads(stats.stdout)["services_by_need"]["food"] == 2
    stale = run("stale", "--months", "12")
    assert stale.stdout.splitlines()[:3] == [
        "1 active services not assured for 12 months, in 1 organisations",
        "Tolworth Together (1)",
        "  2024-02-01  Tolworth Pantry",
    ]


def test_fail_fixture_is_rejected_with_ids_and_exit_status_1(run) -> None:
    fail = needs_shared(SHARED_DATA / "oruk-validator-mocks" / "V3.0-UK-Fail" / "service_list.json")
    result = run("import", str(fail))
    assert result.returncode == 1
    assert "import failed, database unchanged: no record in the feed could be imported" in (
        result.stdout
    )
    assert "rejected: b644a0d2-9e8a-4c33-9390-ae9ee93fc056: name: required field missing" in (
        result.stdout
    )
    assert json.loads(run("stats", "--json").stdout)["services"] == 0


def test_validate_reports_and_keeps_nothing(run, tmp_path: Path) -> None:
    feed = write_feed(tmp_path / "feed.json", [make_service("A"), make_service("B", url="nope")])
    result = run("validate", feed)
    assert result.returncode == 1
    assert "would import 1 services from 2 records" in result.stdout
    assert f"rejected: {make_service('B')['id']}: url: 'nope' is not a valid uri" in result.stdout
    assert json.loads(run("stats", "--json").stdout)["services"] == 0


def test_unknown_place_is_a_clear_error(run) -> None:
    result = run("search", "food", "--near", "Atlantis")
    assert result.returncode == 2
    assert "Atlantis" in result.stderr and "Traceback" not in result.stderr


def test_bad_settings_are_reported_not_raised(run, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIRECTORY_DATABASE_URL": "mysql://x/y"}
    result = subprocess.run(
        [sys.executable, "-m", "directory", "stats"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("configuration error: DIRECTORY_DATABASE_URL must be")
