"""The trained assistant end to end over HTTP: Rasa engine + action server + directory.

Real processes on loopback ports: the Rasa engine from its own environment with the model
`make train` built, the action server from ours, the demo directory in a temporary SQLite
file. Skipped only when no model has been trained (never in CI, where `make test` trains).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
MODEL = ROOT / "models" / "signpost.tar.gz"
TOKEN = "test-token-not-a-secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait(url: str, process: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{url} process exited:\n{log.read_text()[-3000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers (401 without a token is an answer)
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{url} did not come up:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def rasa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not MODEL.exists():
        if os.environ.get("CI"):
            pytest.fail("no trained model: make test trains one before running pytest")
        pytest.skip("no trained model (run make train)")
    work = tmp_path_factory.mktemp("stack")
    action_port, rasa_port = free_port(), free_port()
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "PYTHONPATH": str(ROOT),
        "SANIC_HOST": "127.0.0.1",
        "SIGNPOST_DATA_DIR": str(work),
        "DIRECTORY_DATABASE_URL": "",
        "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "directory",
            "import",
            "directory/demo/kingston.json",
            "--no-progress",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    logs = {name: work / f"{name}.log" for name in ("actions", "rasa")}
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "-p", str(action_port)],
        cwd=ROOT,
        env=env,
        stdout=logs["actions"].open("w"),
        stderr=subprocess.STDOUT,
    )
    engine = subprocess.Popen(
        [
            str(ROOT / ".venv-engine" / "bin" / "rasa"),
            "run",
            "--enable-api",
            "-i",
            "127.0.0.1",
            "-p",
            str(rasa_port),
            "--model",
            str(MODEL),
            "--endpoints",
            "endpoints.yml",
            "--credentials",
            "credentials.yml",
            "--auth-token",
            TOKEN,
        ],
        cwd=ROOT,
        env=env,
        stdout=logs["rasa"].open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait(f"http://127.0.0.1:{action_port}/health", actions, logs["actions"])
        wait(f"http://127.0.0.1:{rasa_port}/", engine, logs["rasa"])
        yield f"http://127.0.0.1:{rasa_port}"
    finally:
        for process in (engine, actions):
            process.terminate()
            process.wait(timeout=30)


def post(url: str, body: dict) -> tuple[int, object]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, None


def say(rasa: str, sender: str, text: str, channel: str = "rest") -> list[dict]:
    status, messages = post(
        f"{rasa}/webhooks/{channel}/webhook", {"sender": sender, "message": text}
    )
    assert status == 200
    assert isinstance(messages, list)
    return messages


def test_crisis_gets_emergency_contacts_in_the_first_reply(rasa: str) -> None:
    first = say(rasa, "crisis-1", "I want to end it all")[0]
    assert "999" in first["text"] and "116 123" in first["text"]
    assert "SHOUT to 85258" in first["text"]


def test_crisis_by_sms_is_the_short_sms_wording(rasa: str) -> None:
    first = say(rasa, "crisis-sms", "i dont want to be alive anymore", channel="sms")[0]
    assert first["text"].startswith("If you or someone is in danger now call 999.")
    assert "\n" not in first["text"]


def test_food_bank_near_a_postcode_lists_food_services_nearest_first(rasa: str) -> None:
    messages = say(rasa, "food-1", "I need a food bank near KT1 3LY")
    assert "near KT1 3LY" in messages[0]["text"]
    cards = [m["custom"] for m in messages if (m.get("custom") or {}).get("type") == "service"]
    assert len(cards) == 3
    distances = [card["distance_m"] for card in cards]
    assert distances == sorted(distances) and distances[0] < 1000
    assert all(card["phone"] and card["last_checked"] for card in cards)
    assert messages[1]["text"].startswith(f"1. {cards[0]['name']} (")


def test_sms_results_are_short_plain_lines(rasa: str) -> None:
    messages = say(rasa, "sms-food", "debt advice in surbiton", channel="sms")
    cards = [m["text"] for m in messages if re.match(r"^\d\. ", m.get("text") or "")]
    assert len(cards) == 3
    for card in cards:
        assert re.match(r"^\d\. .+, \d+\.\d miles away, .+\. ", card), card
        assert "\n" not in card and "**" not in card
    assert messages[-1]["text"].startswith("Reply MORE")


def test_parse_returns_intent_need_and_location_and_requires_the_token(rasa: str) -> None:
    status, _ = post(f"{rasa}/model/parse", {"text": "need a foodbank in surbiton"})
    assert status == 401
    status, parsed = post(
        f"{rasa}/model/parse?token={TOKEN}", {"text": "need a foodbank in surbiton"}
    )
    assert status == 200
    assert parsed["intent"]["name"] == "find_service"
    entities = {(e["entity"], e["value"]) for e in parsed["entities"]}
    assert {("need", "food"), ("location", "Surbiton")} <= entities
