"""bot.engine: Rasa's own check of action-server answers, with the validator built once.

The replacement must accept and reject exactly what Rasa's original does, with the same
message. Rasa lives only in the engine environment, so the comparison runs there.
"""

from __future__ import annotations

import json
import subprocess
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ENGINE_PY = ROOT / ".venv-engine" / "bin" / "python"

pytestmark = pytest.mark.skipif(not ENGINE_PY.exists(), reason="no engine environment")

COMPARE = """
import json, warnings
warnings.filterwarnings("ignore")
from jsonschema.exceptions import ValidationError
from rasa.core.actions.action import RemoteAction
import bot.engine

original = RemoteAction._validate_action_result
bot.engine.install()
assert RemoteAction._validate_action_result is bot.engine.validate_action_result
action = RemoteAction("action_search_services", None)

def outcome(check, answer):
    try:
        return ["ok", check(action, answer)]
    except ValidationError as error:
        return ["error", error.message]

valid = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "need", "value": ["food"]}],
     "responses": [{"response": "utter_results", "services": 3}]},
    {"events": [{"event": "followup", "name": "action_listen"}]},
    {},
    {"events": [
        {"event": "session_started", "timestamp": None},
        {"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0},
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "bot", "text": "Hello", "data": {"custom": {"type": "service_card"}}},
        {"event": "slot", "name": "location", "value": None, "metadata": {}},
        {"event": "active_loop", "name": None},
    ]},
]
invalid = [
    {"events": "not a list"},
    {"events": None},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot"}]},
    {"events": [{"event": "slot", "name": 3, "value": 1}]},
    {"events": [{"name": "need"}]},
    {"events": [{"event": 7}]},
    {"events": ["slot"]},
    {"events": [{"event": "bot", "timestamp": "yesterday"}]},
    {"events": [{"event": "bot"}, {"event": "entities"}]},
    {"events": [], "responses": "nope"},
    {"events": [], "responses": ["nope"]},
]
fast = [bot.engine._quickly_valid(a) for a in valid + invalid]
print(json.dumps({
    "pairs": [[outcome(original, a), outcome(RemoteAction._validate_action_result, a)]
              for a in valid + invalid],
    "fast": fast,
    "valid": len(valid),
}))
"""


def test_same_answers_accepted_and_same_errors_as_rasa() -> None:
    done = subprocess.run(
        [str(ENGINE_PY), "-c", textwrap.dedent(COMPARE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    pairs, valid = out["pairs"], out["valid"]
    assert [original[0] for original, _ in pairs] == ["ok"] * valid + ["error"] * (
        len(pairs) - valid
    )
    for original, ours in pairs:
        assert ours == original
    # The quick event-by-event check is what accepts the valid answers; the rest go to the
    # full schema for Rasa's own error.
    assert out["fast"] == [True] * valid + [False] * (len(pairs) - valid)
