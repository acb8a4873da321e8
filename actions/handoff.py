"""Handing over to a person, recovering from misunderstanding, and texting results.

A handoff is a slot change plus a structured message (``{"type": "handoff", …}``) that the
gateway turns into a queue entry for contact-centre staff; the resident is told, in their
channel, that someone will reply.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.directory_client import DirectoryUnavailable, ask
from actions.services import unavailable, wanted_needs
from actions.wording import Words, card_values

REASONS = {
    "request_human": "asked_for_person",
    "feedback_negative": "did_not_help",
    "nlu_fallback": "not_understood",
    "affirm": "accepted_offer",
}


def fallback_streak(tracker: Tracker) -> int:
    """How many of the resident's latest messages in a row were not understood."""
    streak = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        if (event.get("parse_data") or {}).get("intent", {}).get("name") != "nlu_fallback":
            break
        streak += 1
    return streak


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        priority = tracker.get_slot("handoff_priority") or "normal"
        reason = tracker.get_slot("handoff_reason") if priority == "urgent" else None
        reason = reason or REASONS.get(intent or "", "asked_for_person")
        if intent == "feedback_negative":
            dispatcher.utter_message(response="utter_did_not_help")
        dispatcher.utter_message(
            response="utter_handoff_requested",
            json_message={
                "type": "handoff",
                "priority": priority,
                "reason": reason,
                "needs": wanted_needs(tracker),
                "place": tracker.get_slot("place_label"),
                "services_offered": tracker.get_slot("results") or [],
            },
        )
        return [
            SlotSet("handoff", True),
            SlotSet("handoff_reason", reason),
            SlotSet("handoff_priority", priority),
            SlotSet("pending_offer", None),
        ]


class ActionLowConfidence(Action):
    """Not understood: ask to rephrase, then offer likely needs, then offer a person."""

    def name(self) -> str:
        return "action_low_confidence"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        streak = fallback_streak(tracker)
        if streak <= 1:
            dispatcher.utter_message(response="utter_rephrase")
            return []
        if streak == 2:
            dispatcher.utter_message(response="utter_pick_need")
            return []
        dispatcher.utter_message(response="utter_offer_person")
        return [SlotSet("pending_offer", "person"), SlotSet("handoff_reason", "not_understood")]


class ActionSendSms(Action):
    """ "Text me these": the gateway sends the services by SMS to the number it holds.

    Numbers never reach the assistant: the web chat asks for one in the page and the
    gateway keeps it; by SMS the results are already on the resident's phone.
    """

    def name(self) -> str:
        return "action_send_sms"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        shown = tracker.get_slot("results") or []
        if not shown:
            dispatcher.utter_message(response="utter_no_results_yet")
            return []
        if tracker.get_latest_input_channel() == "sms":
            dispatcher.utter_message(response="utter_sms_on_its_way")
            return []
        metadata = tracker.latest_message.get("metadata") or {}
        if not metadata.get("sms_number_on_file"):
            dispatcher.utter_message(
                response="utter_sms_need_number", json_message={"type": "ask_sms_number"}
            )
            return []
        now = datetime.now(timezone.utc)
        try:
            language = tracker.get_slot("language") or "en"
            found = await ask(
                lambda d: [
                    d.service(service_id, now=now, language=language) for service_id in shown
                ]
            )
        except DirectoryUnavailable:
            return unavailable(dispatcher)
        words = Words.of(domain, tracker)
        lines = [words.fragment("utter_fmt_sms_results")] + [
            words.variant("utter_service_card", "sms", **card_values(words, result, n, now))
            for n, result in enumerate(found, start=1)
            if result is not None
        ]
        dispatcher.utter_message(
            response="utter_sms_on_its_way",
            json_message={"type": "send_sms", "service_ids": shown, "sms_text": "\n".join(lines)},
        )
        return []
