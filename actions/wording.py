"""Fill in responses' variables from directory results, with words taken from the domain.

Actions never write user-facing text: fragments such as "Open now until {time}" are
``utter_fmt_*`` responses in ``domain.yml``. This module only picks fragments and fills in
numbers, times and names.

The action server reads ``domain.yml`` itself (:func:`project_domain`), the same file the
engine was trained with: Rasa sends the domain only to actions that ask for it
(``enable_selective_domain`` in the endpoints files), which spares the engine serialising
about 36 KB of responses on every action call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ruamel.yaml import YAML

from directory.results import ServiceResult

DOMAIN_FILE = Path(__file__).resolve().parent.parent / "domain.yml"

UK = ZoneInfo("Europe/London")
METRES_PER_MILE = 1609.344


@cache
def project_domain() -> dict[str, Any]:
    """``domain.yml`` as a dict, read once."""
    return YAML(typ="safe").load(DOMAIN_FILE.read_text(encoding="utf-8"))


def domain_or_own(domain: dict[str, Any] | None) -> dict[str, Any]:
    """The domain Rasa sent, or (as usual: it sends none) the project's own."""
    return domain if domain and domain.get("responses") else project_domain()


def _language_of(variant: dict[str, Any]) -> str | None:
    for condition in variant.get("condition") or ():
        if condition.get("name") == "language":
            return condition.get("value")
    return None


@dataclass(frozen=True)
class Words:
    """The domain's responses in one language (the ``language`` slot: ``en`` or ``cy``).

    Picks variations as Rasa 3.6 does: this language and channel, the channel, this
    language, then the default. English is the default, so it needs no condition.
    """

    domain: dict[str, Any]
    language: str = "en"

    @classmethod
    def of(cls, domain: dict[str, Any], tracker: Any) -> Words:
        return cls(domain_or_own(domain), tracker.get_slot("language") or "en")

    def _text(self, name: str, channel: str | None) -> str:
        variants = [
            v for v in (self.domain.get("responses") or {}).get(name) or [] if v.get("text")
        ]
        if not variants:
            raise KeyError(f"domain.yml has no response {name}")
        language = self.language if self.language != "en" else None
        for wanted_language, wanted_channel in (
            (language, channel),
            (None, channel),
            (language, None),
            (None, None),
        ):
            for candidate in variants:
                if (
                    _language_of(candidate) == wanted_language
                    and candidate.get("channel") == wanted_channel
                    and (wanted_language or not candidate.get("condition"))
                ):
                    return candidate["text"]
        return variants[0]["text"]

    def fragment(self, name: str, /, **values: Any) -> str:
        """Response ``name`` (no channel) with ``values`` filled in."""
        text = self._text(name, None)
        return text.format(**values) if values else text

    def variant(self, name: str, channel: str, /, **values: Any) -> str:
        """Response ``name`` as worded for ``channel``, ``values`` filled in."""
        text = self._text(name, channel)
        return text.format(**values) if values else text


def clock(words: Words, moment: datetime) -> str:
    """ "9am", "5:30pm": how times are written in UK public information."""
    local = moment.astimezone(UK)
    hour = local.hour % 12 or 12
    morning, afternoon = words.fragment("utter_fmt_am_pm").split(",")
    suffix = morning if local.hour < 12 else afternoon
    return f"{hour}{suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d}{suffix}"


def opening_text(words: Words, result: ServiceResult, now: datetime) -> str:
    opening = result.opening
    if opening.status == "always_open":
        return words.fragment("utter_fmt_open_always")
    if opening.status == "open" and opening.closes_at is not None:
        return words.fragment("utter_fmt_open_until", time=clock(words, opening.closes_at))
    if opening.status == "closed" and opening.next_opens_at is not None:
        when = opening.next_opens_at.astimezone(UK).date()
        today = now.astimezone(UK).date()
        if when == today:
            day = words.fragment("utter_fmt_today")
        elif (when - today).days == 1:
            day = words.fragment("utter_fmt_tomorrow")
        else:
            day = words.fragment("utter_fmt_weekdays").split(",")[when.weekday()]
        return words.fragment("utter_fmt_opens", day=day, time=clock(words, opening.next_opens_at))
    return words.fragment("utter_fmt_opening_unknown")


def distance_text(words: Words, result: ServiceResult) -> str:
    if result.distance_m is not None:
        miles = result.distance_m / METRES_PER_MILE
        return words.fragment("utter_fmt_distance", miles=f"{miles:.1f}")
    if result.national:
        return words.fragment("utter_fmt_national")
    return words.fragment("utter_fmt_covers_area")


def checked_text(words: Words, result: ServiceResult) -> str:
    if result.assured_date is None:
        return words.fragment("utter_fmt_never_checked")
    assured = result.assured_date
    month = words.fragment("utter_fmt_months").split(",")[assured.month - 1]
    return f"{assured.day} {month} {assured.year}"


def card_values(words: Words, result: ServiceResult, number: int, now: datetime) -> dict[str, Any]:
    """Variables for ``utter_service_card`` (web and SMS variants)."""
    phone = result.phones[0] if result.phones else ""
    address = ", ".join(part for part in (result.address, result.postcode) if part)
    contact = " · ".join(part for part in (phone, address, result.url) if part)
    return {
        "number": number,
        "name": result.name,
        "organisation": result.organization or "",
        "distance": distance_text(words, result),
        "sms_distance": distance_text(words, result).strip().rstrip("."),
        "opening": opening_text(words, result, now),
        "contact": contact,
        "sms_contact": " ".join(part for part in (phone, result.postcode) if part),
        "checked": checked_text(words, result),
    }


def card_payload(result: ServiceResult, values: dict[str, Any]) -> dict[str, Any]:
    """The structured card the web chat renders (data, plus the words already chosen)."""
    return {
        "type": "service",
        "number": values["number"],
        "service_id": result.service_id,
        "name": result.name,
        "organisation": result.organization,
        "distance_m": result.distance_m,
        "distance": values["distance"].strip(),
        "opening": values["opening"],
        "open_now": result.opening.status in ("open", "always_open"),
        "phone": result.phones[0] if result.phones else None,
        "address": result.address,
        "postcode": result.postcode,
        "url": result.url,
        "last_checked": result.assured_date.isoformat() if result.assured_date else None,
        "checked": values["checked"],
        "stale": result.stale,
    }
