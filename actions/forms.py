"""The service form: ask for the need, then the place, accepting what residents really say."""

from __future__ import annotations

from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.directory_client import DirectoryUnavailable, ask
from actions.services import ANYWHERE
from actions.wording import domain_or_own
from directory.geocode import UnknownPlace
from directory.needs import CRISIS, default_catalogue
from directory.postcodes import InvalidPostcode, is_postcode

NEAR_ME = "near_me"


class ValidateServiceForm(FormValidationAction):
    def name(self) -> str:
        return "validate_service_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        # Rasa sends no domain (send_domain: false in domain.yml); the form's slots are ours.
        return await super().run(dispatcher, tracker, domain_or_own(domain))

    async def validate_need(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        catalogue = default_catalogue()
        values = value if isinstance(value, list) else [value]
        needs = [code for code in dict.fromkeys(values) if code in catalogue and code != CRISIS]
        return {"need": needs or None}

    async def validate_location(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = value[-1] if isinstance(value, list) else value  # the last place mentioned
        if not isinstance(text, str) or not text.strip():
            return {"location": None}
        if text == ANYWHERE:
            return {"location": ANYWHERE, "place_label": None}
        if text == NEAR_ME:
            dispatcher.utter_message(response="utter_ask_postcode")
            return {"location": None}
        try:
            place = await ask(lambda d: d.locate(text))
        except InvalidPostcode:
            dispatcher.utter_message(response="utter_invalid_postcode", place=text)
            return {"location": None}
        except UnknownPlace:
            response = "utter_invalid_postcode" if is_postcode(text) else "utter_unknown_place"
            dispatcher.utter_message(response=response, place=text)
            return {"location": None}
        except DirectoryUnavailable:
            # The place is checked again when searching; don't trap the resident here.
            return {"location": text}
        return {"location": text, "place_label": place.label}
