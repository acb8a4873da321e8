"""Fill in responses' variables from directory results, with words taken from the domain.

Actions never write user-facing text: fragments such as "Open now until {time}" are
``utter_fmt_*`` responses in ``domain.yml``, which rasa-sdk hands every action with the
domain. This module only picks fragments and fills in numbers, times and names.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from directory.results import ServiceResult

UK = ZoneInfo("Europe/London")
METRES_PER_MILE = 1609.344


def fragment(domain: dict[str, Any], name: str, **values: Any) -> str:
    """The first text of response ``name`` with ``values`` filled in."""
    variants = (domain.get("responses") or {}).get(name) or []
    text = next((v.get("text") for v in variants if v.get("text") and not v.get("channel")), None)
    if text is None:
        raise KeyError(f"domain.yml has no response {name}")
    return text.format(**values) if values else text


def variant(domain: dict[str, Any], name: str, channel: str, /, **values: Any) -> str:
    """Response ``name`` as worded for ``channel`` (or its default), ``values`` filled in."""
    variants = (domain.get("responses") or {}).get(name) or []
    chosen = next((v for v in variants if v.get("channel") == channel and v.get("text")), None)
    if chosen is None:
        return fragment(domain, name, **values)
    return chosen["text"].format(**values) if values else chosen["text"]


def clock(domain: dict[str, Any], moment: datetime) -> str:
    """ "9am", "5:30pm": how times are written in UK public information."""
    local = moment.astimezone(UK)
    hour = local.hour % 12 or 12
    morning, afternoon = fragment(domain, "utter_fmt_am_pm").split(",")
    suffix = morning if local.hour < 12 else afternoon
    return f"{hour}{suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d}{suffix}"


def opening_text(domain: dict[str, Any], result: ServiceResult, now: datetime) -> str:
    opening = result.opening
    if opening.status == "always_open":
        return fragment(domain, "utter_fmt_open_always")
    if opening.status == "open" and opening.closes_at is not None:
        return fragment(domain, "utter_fmt_open_until", time=clock(domain, opening.closes_at))
    if opening.status == "closed" and opening.next_opens_at is not None:
        when = opening.next_opens_at.astimezone(UK).date()
        today = now.astimezone(UK).date()
        if when == today:
            day = fragment(domain, "utter_fmt_today")
        elif (when - today).days == 1:
            day = fragment(domain, "utter_fmt_tomorrow")
        else:
            day = fragment(domain, "utter_fmt_weekdays").split(",")[when.weekday()]
        return fragment(
            domain, "utter_fmt_opens", day=day, time=clock(domain, opening.next_opens_at)
        )
    return fragment(domain, "utter_fmt_opening_unknown")


def distance_text(domain: dict[str, Any], result: ServiceResult) -> str:
    if result.distance_m is not None:
        miles = result.distance_m / METRES_PER_MILE
        return fragment(domain, "utter_fmt_distance", miles=f"{miles:.1f}")
    if result.national:
        return fragment(domain, "utter_fmt_national")
    return fragment(domain, "utter_fmt_covers_area")


def checked_text(domain: dict[str, Any], result: ServiceResult) -> str:
    if result.assured_date is None:
        return fragment(domain, "utter_fmt_never_checked")
    assured = result.assured_date
    month = fragment(domain, "utter_fmt_months").split(",")[assured.month - 1]
    return f"{assured.day} {month} {assured.year}"


def card_values(
    domain: dict[str, Any], result: ServiceResult, number: int, now: datetime
) -> dict[str, Any]:
    """Variables for ``utter_service_card`` (web and SMS variants)."""
    phone = result.phones[0] if result.phones else ""
    address = ", ".join(part for part in (result.address, result.postcode) if part)
    contact = " · ".join(part for part in (phone, address, result.url) if part)
    return {
        "number": number,
        "name": result.name,
        "organisation": result.organization or "",
        "distance": distance_text(domain, result),
        "sms_distance": distance_text(domain, result).strip().rstrip("."),
        "opening": opening_text(domain, result, now),
        "contact": contact,
        "sms_contact": " ".join(part for part in (phone, result.postcode) if part),
        "checked": checked_text(domain, result),
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
