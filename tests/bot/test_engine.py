"""bot.engine: Rasa's own check of action-server answers, with the validator built once.

The replacement must accept and reject exactly what Rasa's original does, with the same
message. Rasa lives only in the engine environment, so the comparison runs there.
"""

from __future__ import annotations

import textwrap

from tests.bot.engine_script import needs_engine, run_in_engine

pytestmark = needs_engine

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
    out = run_in_engine(textwrap.dedent(COMPARE))
    pairs, valid = out["pairs"], out["valid"]
    assert [original[0] for original, _ in pairs] == ["ok"] * valid + ["error"] * (
        len(pairs) - valid
    )
    for original, ours in pairs:
        assert ours == original
    # The quick event-by-event check is what accepts the valid answers; the rest go to the
    # full schema for Rasa's own error.
    assert out["fast"] == [True] * valid + [False] * (len(pairs) - valid)
