"""The plain values the directory hands to its callers (the assistant, the gateway, the CLI).

Frozen dataclasses, never ORM objects: a caller cannot trigger a lazy load on a closed
session or write to the database by accident, and the assistant's actions can serialise
them straight into a message payload.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from directory.geocode import Place


@dataclass(frozen=True)
class OpeningInfo:
    status: str  # "open", "closed", "always_open" or "unknown"
    closes_at: datetime | None = None
    next_opens_at: datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class ServiceResult:
    """One service as a resident sees it.

    ``language`` is the language its text was asked for (None: the feeds' own text, which
    is English). When one was asked for, ``name``, ``organization``, ``description``,
    ``eligibility``, ``location_name``, ``address`` and the opening note are in it wherever
    the feed translated them; ``fallback`` names those of them that are shown in English
    because it did not (so a caller can mark them ``lang="en"``, as WCAG's "language of
    parts" asks).
    """

    service_id: str
    name: str
    organization: str | None
    description: str | None
    eligibility: str | None  # HSDS eligibility_description: who the service is for
    needs: tuple[str, ...]
    url: str | None
    email: str | None
    phones: tuple[str, ...]
    location_name: str | None
    address: str | None
    postcode: str | None
    latitude: float | None
    longitude: float | None
    distance_m: float | None  # None for services that cover the area (helplines, borough-wide)
    covers_area: bool  # found because its service area includes the resident's place
    national: bool  # a national service (helpline), not a local one
    opening: OpeningInfo
    assured_date: date | None
    stale: bool  # not checked for longer than the directory's freshness window
    is_free: bool
    minimum_age: float | None
    maximum_age: float | None
    languages: tuple[str, ...]
    source: str
    score: float
    language: str | None = None
    fallback: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in list(data.items()):
            if isinstance(value, (date, datetime)):
                data[key] = value.isoformat()
        opening = data["opening"]
        for key in ("closes_at", "next_opens_at"):
            if opening[key] is not None:
                opening[key] = opening[key].isoformat()
        return data


@dataclass(frozen=True)
class SearchOutcome:
    """Results plus what the search had to do to find them.

    ``scope``: "local" (found within the radius asked for), "widened" (only found after
    widening the radius to ``radius_m``), "national" (nothing local: national services
    only), "none" (nothing at all), or "anywhere" (no place given).
    """

    results: tuple[ServiceResult, ...]
    scope: str
    place: Place | None
    radius_m: int | None
    needs: tuple[str, ...]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class StaleGroup:
    organization: str
    services: tuple[tuple[str, date | None], ...]  # (service name, assured_date)


@dataclass(frozen=True)
class DirectoryStats:
    services: int
    active_services: int
    withdrawn_services: int
    organizations: int
    locations: int
    stale_services: int
    services_by_need: dict[str, int]
    feeds: tuple[tuple[str, str, datetime | None], ...]  # (name, importer, last imported)
