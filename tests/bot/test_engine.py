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

answers = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "need", "value": ["food"]}],
     "responses": [{"response": "utter_results", "services": 3}]},
    {"events": [{"event": "followup", "name": "action_listen"}]},
    {},
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot"}]},
    {"events": [], "responses": "nope"},
]
print(json.dumps([[outcome(original, a), outcome(RemoteAction._validate_action_result, a)]
                  for a in answers]))
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
    pairs = json.loads(done.stdout.strip().splitlines()[-1])
    kinds = [original[0] for original, _ in pairs]
    assert "ok" in kinds and "error" in kinds, kinds  # both paths exercised
    for original, ours in pairs:
        assert ours == original
