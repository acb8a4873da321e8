"""The trained assistant end to end over HTTP: Rasa engine + action server + directory.

Real processes on loopback ports: the Rasa engine from its own environment with the model
`make train` built, the action server from ours, the demo directory in a temporary SQLite
file. Skipped only when no model has been trained (never in CI, where `make test` trains).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

from tests.stack import TOKEN


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
