"""Finding services: search, more results, details of one result."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.directory_client import DirectoryUnavailable, ask
from actions.wording import Words, card_payload, card_values, opening_text
from directory.geocode import UnknownPlace
from directory.needs import CRISIS, default_catalogue
from directory.postcodes import InvalidPostcode
from directory.results import SearchOutcome

PAGE = 3
ANYWHERE = "anywhere"
ORDINALS = {
    "first": 1,
    "1st": 1,
    "one": 1,
    "second": 2,
    "2nd": 2,
    "two": 2,
    "third": 3,
    "3rd": 3,
    "three": 3,
    "fourth": 4,
    "4th": 4,
    "four": 4,
    "fifth": 5,
    "5th": 5,
    "five": 5,
    "sixth": 6,
    "6th": 6,
    "six": 6,
}


def wanted_needs(tracker: Tracker) -> list[str]:
    catalogue = default_catalogue()
    needs = tracker.get_slot("need") or []
    return [code for code in dict.fromkeys(needs) if code in catalogue and code != CRISIS]


def need_label(needs: list[str]) -> str:
    catalogue = default_catalogue()
    return ", ".join(catalogue.get(code).label.lower() for code in needs)


def unavailable(dispatcher: CollectingDispatcher) -> list[EventType]:
    dispatcher.utter_message(response="utter_directory_unavailable")
    return [SlotSet("pending_offer", "person")]


async def run_search(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    *,
    offset: int,
) -> list[EventType]:
    needs = wanted_needs(tracker)
    location = tracker.get_slot("location")
    if not needs:
        dispatcher.utter_message(response="utter_ask_need")
        return []
    near = None if not location or location == ANYWHERE else location
    now = datetime.now(timezone.utc)
    language = tracker.get_slot("language") or "en"  # the resident's: names in Welsh too
    try:
        outcome: SearchOutcome = await ask(
            lambda d: d.search(
                needs=needs, near=near, limit=PAGE, offset=offset, now=now, language=language
            )
        )
    except (UnknownPlace, InvalidPostcode):
        dispatcher.utter_message(response="utter_unknown_place", place=location)
        return [SlotSet("location", None)]
    except DirectoryUnavailable:
        return unavailable(dispatcher)
    label = need_label(needs)
    place = outcome.place.label if outcome.place else ""
    if not outcome.results:
        if offset:
            dispatcher.utter_message(response="utter_no_more_results")
        else:
            dispatcher.utter_message(response="utter_no_results", need_label=label, place=place)
        return [SlotSet("pending_offer", "person")]
    if offset == 0:
        if outcome.scope == "widened":
            radius = f"{outcome.radius_m / 1609.344:.0f}"
            dispatcher.utter_message(response="utter_results_widened", place=place, radius=radius)
        elif outcome.scope == "national":
            dispatcher.utter_message(
                response="utter_results_national", need_label=label, place=place
            )
        elif outcome.scope == "anywhere":
            dispatcher.utter_message(response="utter_results_anywhere", need_label=label)
        else:
            dispatcher.utter_message(response="utter_results_intro", need_label=label, place=place)
    shown = list(tracker.get_slot("results") or []) if offset else []
    words = Words.of(domain, tracker)
    for number, result in enumerate(outcome.results, start=offset + 1):
        values = card_values(words, result, number, now)
        dispatcher.utter_message(
            response="utter_service_card", json_message=card_payload(result, values), **values
        )
        shown.append(result.service_id)
    dispatcher.utter_message(response="utter_results_options")
    more = outcome.offset + len(outcome.results) < outcome.total
    return [
        SlotSet("results", shown),
        SlotSet("result_offset", float(offset + len(outcome.results))),
        SlotSet("place_label", place or None),
        SlotSet("pending_offer", "more" if more else None),
    ]


class ActionSearchServices(Action):
    def name(self) -> str:
        return "action_search_services"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        return await run_search(dispatcher, tracker, domain, offset=0)


class ActionMoreResults(Action):
    def name(self) -> str:
        return "action_more_results"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not tracker.get_slot("results"):
            dispatcher.utter_message(response="utter_no_results_yet")
            return []
        offset = int(tracker.get_slot("result_offset") or 0)
        return await run_search(dispatcher, tracker, domain, offset=offset)


def chosen_number(text: str) -> int | None:
    """Which result a resident means: "2", "number 3", "the second one", "the last one"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    if "last" in words:
        return -1
    for word in words:
        if word.isdigit() and 0 < int(word) < 20:
            return int(word)
        if word in ORDINALS:
            return ORDINALS[word]
    return None


class ActionServiceDetails(Action):
    def name(self) -> str:
        return "action_service_details"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        shown = tracker.get_slot("results") or []
        if not shown:
            dispatcher.utter_message(response="utter_no_results_yet")
            return []
        number = chosen_number(tracker.latest_message.get("text") or "")
        if number is None and len(shown) > 1:
            dispatcher.utter_message(response="utter_which_result")
            return []
        index = len(shown) - 1 if number == -1 else (number or 1) - 1
        if not 0 <= index < len(shown):
            dispatcher.utter_message(response="utter_which_result")
            return []
        now = datetime.now(timezone.utc)
        try:
            language = tracker.get_slot("language") or "en"
            result = await ask(lambda d: d.service(shown[index], now=now, language=language))
        except DirectoryUnavailable:
            return unavailable(dispatcher)
        if result is None:
            dispatcher.utter_message(response="utter_which_result")
            return []
        words = Words.of(domain, tracker)
        values = card_values(words, result, index + 1, now)
        dispatcher.utter_message(
            response="utter_service_details",
            json_message={
                **card_payload(result, values),
                "type": "service_details",
                "description": result.description,
                "phones": list(result.phones),
            },
            name=result.name,
            organisation=result.organization or "",
            description=result.description or "",
            opening=opening_text(words, result, now),
            phones=", ".join(result.phones) or "-",
            address=", ".join(p for p in (result.address, result.postcode) if p) or "-",
            link=result.url or "-",
            checked=values["checked"],
        )
        return []
