"""Actions against a real directory: the events they return and the responses they send."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.crisis import ActionCrisis
from actions.forms import ValidateServiceForm
from actions.handoff import ActionHandoff, ActionLowConfidence, ActionSendSms
from actions.services import (
    ActionMoreResults,
    ActionSearchServices,
    ActionServiceDetails,
    chosen_number,
)
from tests.actions.conftest import responses, slot_events, tracker


async def run(action: Any, domain: dict, **kwargs: Any) -> tuple[CollectingDispatcher, dict]:
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker(**kwargs), domain)
    return dispatcher, slot_events(events)


# -- crisis first, and never dependent on the directory -------------------------------------


@pytest.mark.usefixtures("broken_directory")
async def test_crisis_sends_emergency_contacts_first_even_with_the_directory_down(
    domain: dict,
) -> None:
    dispatcher, slots = await run(
        ActionCrisis(),
        domain,
        text="i want to end it all",
        intent="crisis",
        entities=[{"entity": "need", "value": "crisis"}],
    )
    assert responses(dispatcher) == ["utter_crisis", "utter_offer_person_urgent"]
    assert slots == {
        "requested_slot": None,
        "pending_offer": "person",
        "handoff_priority": "urgent",
        "handoff_reason": "crisis",
    }
    assert "999" in domain["responses"]["utter_crisis"][0]["text"]
    assert "116 123" in domain["responses"]["utter_crisis"][0]["text"]


async def test_abuse_in_progress_gets_the_abuse_helpline_and_quick_exit_on_webchat(
    domain: dict,
) -> None:
    entities = [
        {"entity": "need", "value": "crisis"},
        {"entity": "need", "value": "domestic_abuse"},
    ]
    dispatcher, _ = await run(
        ActionCrisis(),
        domain,
        text="hes hitting me right now",
        intent="crisis",
        entities=entities,
        channel="webchat",
    )
    assert responses(dispatcher) == [
        "utter_crisis_abuse",
        "utter_quick_exit_reminder",
        "utter_offer_person_urgent",
    ]
    by_sms, _ = await run(
        ActionCrisis(),
        domain,
        text="hes hitting me right now",
        intent="crisis",
        entities=entities,
        channel="sms",
    )
    assert responses(by_sms) == ["utter_crisis_abuse", "utter_offer_person_urgent"]


# -- search --------------------------------------------------------------------------------


@pytest.mark.usefixtures("directory")
async def test_food_near_a_postcode_gives_three_cards_nearest_first(domain: dict) -> None:
    dispatcher, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["food"], "location": "KT1 3LY"}
    )
    assert responses(dispatcher) == [
        "utter_results_intro",
        "utter_service_card",
        "utter_service_card",
        "utter_service_card",
        "utter_results_options",
    ]
    intro = dispatcher.messages[0]
    assert (intro["need_label"], intro["place"]) == ("food and meals", "KT1 3LY")
    cards = [message["custom"] for message in dispatcher.messages[1:4]]
    assert [card["name"] for card in cards] == [
        "Norbiton Food Bank",
        "Berrylands Fridge",
        "Surbiton Pantry",
    ]
    distances = [card["distance_m"] for card in cards]
    assert distances == sorted(distances)
    first = dispatcher.messages[1]
    assert first["number"] == 1
    assert first["distance"].endswith("miles away. ")
    assert first["checked"] == "1 Oct 2026"
    assert cards[0]["phone"] == "020 7946 0123"
    assert slots["results"] == [card["service_id"] for card in cards]
    assert (slots["result_offset"], slots["pending_offer"]) == (3.0, "more")


@pytest.mark.usefixtures("directory")
async def test_more_results_continues_the_numbering(domain: dict) -> None:
    _, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["food"], "location": "KT1 3LY"}
    )
    dispatcher, more = await run(
        ActionMoreResults(),
        domain,
        intent="more_results",
        slots={"need": ["food"], "location": "KT1 3LY", **slots},
    )
    assert responses(dispatcher) == ["utter_service_card", "utter_results_options"]
    assert dispatcher.messages[0]["number"] == 4
    assert dispatcher.messages[0]["name"] == "Tolworth Kitchen"
    assert len(more["results"]) == 4 and more["pending_offer"] is None
    last, _ = await run(
        ActionMoreResults(),
        domain,
        intent="more_results",
        slots={"need": ["food"], "location": "KT1 3LY", **more},
    )
    assert responses(last) == ["utter_no_more_results"]


@pytest.mark.usefixtures("directory")
async def test_no_services_offers_a_person(domain: dict) -> None:
    dispatcher, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["parking"], "location": "KT1 3LY"}
    )
    assert responses(dispatcher) == ["utter_no_results"]
    assert slots == {"pending_offer": "person"}


@pytest.mark.usefixtures("broken_directory")
async def test_directory_down_is_a_fixed_apology_not_an_error(domain: dict) -> None:
    dispatcher, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["food"], "location": "KT1 3LY"}
    )
    assert responses(dispatcher) == ["utter_directory_unavailable"]
    assert slots == {"pending_offer": "person"}


@pytest.mark.usefixtures("directory")
async def test_an_unknown_place_asks_again(domain: dict) -> None:
    dispatcher, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["food"], "location": "Atlantis"}
    )
    assert responses(dispatcher) == ["utter_unknown_place"]
    assert dispatcher.messages[0]["place"] == "Atlantis"
    assert slots == {"location": None}


@pytest.mark.usefixtures("directory")
async def test_details_of_the_second_result(domain: dict) -> None:
    _, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["food"], "location": "KT1 3LY"}
    )
    dispatcher, _ = await run(
        ActionServiceDetails(),
        domain,
        intent="service_details",
        text="tell me more about the second one",
        slots=slots,
    )
    assert responses(dispatcher) == ["utter_service_details"]
    assert dispatcher.messages[0]["name"] == "Berrylands Fridge"
    assert dispatcher.messages[0]["custom"]["type"] == "service_details"
    unsure, _ = await run(
        ActionServiceDetails(), domain, intent="service_details", text="tell me more", slots=slots
    )
    assert responses(unsure) == ["utter_which_result"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2", 2),
        ("number 3", 3),
        ("the second one", 2),
        ("tell me about the 1st", 1),
        ("the last one", -1),
        ("more info", None),
    ],
)
def test_chosen_number(text: str, number: int | None) -> None:
    assert chosen_number(text) == number


# -- the form --------------------------------------------------------------------------------


@pytest.mark.usefixtures("directory")
@pytest.mark.parametrize(
    ("value", "expected", "said"),
    [
        ("Surbiton", {"location": "Surbiton", "place_label": "Surbiton"}, []),
        ("KT1 3LY", {"location": "KT1 3LY", "place_label": "KT1 3LY"}, []),
        ("anywhere", {"location": "anywhere", "place_label": None}, []),
        ("near_me", {"location": None}, ["utter_ask_postcode"]),  # we can't see them
        ("Atlantis", {"location": None}, ["utter_unknown_place"]),
        ("KT99 1AA", {"location": None}, ["utter_invalid_postcode"]),  # well formed, unknown
        (
            ["Kingston upon Thames", "Surbiton"],  # "no, I meant Surbiton": the last one
            {"location": "Surbiton", "place_label": "Surbiton"},
            [],
        ),
    ],
)
async def test_form_validates_the_place(
    domain: dict, value: Any, expected: dict, said: list[str]
) -> None:
    dispatcher = CollectingDispatcher()
    result = await ValidateServiceForm().validate_location(value, dispatcher, tracker(), domain)
    assert result == expected
    assert responses(dispatcher) == said


async def test_form_keeps_only_known_needs_and_never_crisis(domain: dict) -> None:
    validate = ValidateServiceForm().validate_need
    dispatcher = CollectingDispatcher()
    assert await validate(
        ["food", "snacks", "food", "money_debt"], dispatcher, tracker(), domain
    ) == {"need": ["food", "money_debt"]}
    assert await validate(["crisis"], dispatcher, tracker(), domain) == {"need": None}


# -- people --------------------------------------------------------------------------------


async def test_handoff_sets_the_slots_and_tells_the_gateway(domain: dict) -> None:
    dispatcher, slots = await run(
        ActionHandoff(),
        domain,
        intent="request_human",
        text="can i talk to someone",
        slots={"need": ["food"], "place_label": "KT1 3LY", "results": ["a", "b"]},
    )
    assert responses(dispatcher) == ["utter_handoff_requested"]
    assert dispatcher.messages[0]["custom"] == {
        "type": "handoff",
        "priority": "normal",
        "reason": "asked_for_person",
        "needs": ["food"],
        "place": "KT1 3LY",
        "services_offered": ["a", "b"],
    }
    assert slots == {
        "handoff": True,
        "handoff_reason": "asked_for_person",
        "handoff_priority": "normal",
        "pending_offer": None,
    }


async def test_after_a_crisis_the_handoff_is_urgent(domain: dict) -> None:
    dispatcher, slots = await run(
        ActionHandoff(),
        domain,
        intent="affirm",
        text="yes please",
        slots={"handoff_priority": "urgent", "handoff_reason": "crisis"},
    )
    assert dispatcher.messages[0]["custom"]["priority"] == "urgent"
    assert slots["handoff_reason"] == "crisis"


def fallback_events(count: int) -> list[dict]:
    return [
        {"event": "user", "text": "???", "parse_data": {"intent": {"name": "nlu_fallback"}}}
    ] * count


@pytest.mark.parametrize(
    ("earlier", "said"),
    [(0, ["utter_rephrase"]), (1, ["utter_pick_need"]), (2, ["utter_offer_person"])],
)
async def test_low_confidence_turns_escalate(domain: dict, earlier: int, said: list) -> None:
    dispatcher, _ = await run(
        ActionLowConfidence(), domain, intent="nlu_fallback", events=fallback_events(earlier)
    )
    assert responses(dispatcher) == said


async def test_an_understood_message_resets_the_low_confidence_count(domain: dict) -> None:
    understood = [
        {"event": "user", "text": "food", "parse_data": {"intent": {"name": "find_service"}}}
    ]
    dispatcher, _ = await run(
        ActionLowConfidence(),
        domain,
        intent="nlu_fallback",
        events=[*fallback_events(2), *understood],
    )
    assert responses(dispatcher) == ["utter_rephrase"]


@pytest.mark.usefixtures("directory")
async def test_text_me_these_asks_the_gateway_for_a_number_first(domain: dict) -> None:
    found, slots = await run(
        ActionSearchServices(), domain, slots={"need": ["food"], "location": "KT1 3LY"}
    )
    shown = slots["results"]
    dispatcher, _ = await run(
        ActionSendSms(), domain, intent="send_sms", slots={"results": shown}, channel="webchat"
    )
    assert responses(dispatcher) == ["utter_sms_need_number"]
    ready, _ = await run(
        ActionSendSms(),
        domain,
        intent="send_sms",
        slots={"results": shown},
        channel="webchat",
        metadata={"sms_number_on_file": True},
    )
    payload = ready.messages[0]["custom"]
    assert (payload["type"], payload["service_ids"]) == ("send_sms", shown)
    # The text to send is worded by the domain's SMS variant of the service card.
    lines = payload["sms_text"].split("\n")
    assert lines[0] == "Signpost: services you asked for"
    assert [line.split(",")[0] for line in lines[1:]] == [
        "1. Norbiton Food Bank",
        "2. Berrylands Fridge",
        "3. Surbiton Pantry",
    ]
    assert "020 7946 0123" in lines[1]
    assert found.messages[1]["custom"]["name"] == "Norbiton Food Bank"
