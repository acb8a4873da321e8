"""Contact-centre hours, per tenant: is anyone there now, and when are they next?

Configured in the tenant file::

    "contact_centre": {"timezone": "Europe/London",
                       "hours": {"monday": "09:00-17:00", ..., "saturday": "10:00-13:00"}}

A day that is missing or ``null`` is closed. No ``contact_centre`` at all means always open
(a 24-hour service).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from directory.settings import SettingsError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _clock(text: str) -> time:
    hours, _, minutes = text.strip().partition(":")
    return time(int(hours), int(minutes or 0))


@dataclass(frozen=True)
class Hours:
    zone: ZoneInfo
    days: tuple[tuple[time, time] | None, ...]  # Monday first

    @classmethod
    def from_tenant(cls, config: dict[str, Any] | None) -> Hours | None:
        if not config:
            return None
        try:
            zone = ZoneInfo(config.get("timezone", "Europe/London"))
            spans = []
            for day in DAYS:
                span = (config.get("hours") or {}).get(day)
                if not span:
                    spans.append(None)
                    continue
                start, _, end = span.partition("-")
                spans.append((_clock(start), _clock(end)))
        except (ValueError, KeyError) as error:
            raise SettingsError(f"contact_centre hours: {error}") from None
        return cls(zone, tuple(spans))

    def is_open(self, now: datetime) -> bool:
        local = now.astimezone(self.zone)
        span = self.days[local.weekday()]
        return span is not None and span[0] <= local.time() < span[1]

    def next_opening(self, now: datetime) -> datetime | None:
        """When staff are next in (None if never), in the centre's time zone."""
        local = now.astimezone(self.zone)
        for ahead in range(8):
            day = (local + timedelta(days=ahead)).date()
            span = self.days[day.weekday()]
            if span is None:
                continue
            opens = datetime.combine(day, span[0], tzinfo=self.zone)
            if opens > local:
                return opens
        return None
