"""Crisis: emergency contacts first, with no questions and no lookup that could fail.

This action never touches the directory: the contacts are fixed responses in domain.yml,
so they are sent even when the database is down. It also ends any form in progress, marks
the conversation urgent for a person, and offers one.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher


def latest_needs(tracker: Tracker) -> set[str]:
    return {
        entity.get("value")
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "need"
    }


class ActionCrisis(Action):
    def name(self) -> str:
        return "action_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        abuse = "domestic_abuse" in latest_needs(tracker)
        dispatcher.utter_message(response="utter_crisis_abuse" if abuse else "utter_crisis")
        if abuse and tracker.get_latest_input_channel() == "webchat":
            dispatcher.utter_message(response="utter_quick_exit_reminder")
        dispatcher.utter_message(response="utter_offer_person_urgent")
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("pending_offer", "person"),
            SlotSet("handoff_priority", "urgent"),
            SlotSet("handoff_reason", "crisis"),
        ]
