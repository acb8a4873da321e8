"""Turn ranked service ids into :class:`ServiceResult` values for the page a resident sees.

Kept apart from ranking (:mod:`directory.search`) because it is the other half of the cost:
a handful of column-only queries for just the page shown (never ORM objects), and opening
times worked out from each service's schedules at that location.

With a ``language`` (other than English, the feeds' own), one more query reads the
translations of the page's services, organisations, places and schedules, and each text
field is shown in that language where a translation exists, in English where none does.
Without one the ``translation`` table is never read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import models, translations
from directory.results import OpeningInfo, ServiceResult
from directory.schedules import ScheduleRule, opening_at

_RULE_FIELDS = (
    "valid_from",
    "valid_to",
    "dtstart",
    "freq",
    "interval",
    "byday",
    "bymonthday",
    "opens_at",
    "closes_at",
    "description",
)


# The text fields of a result that can come in another language, in the order listed in
# ``ServiceResult.fallback``.
TEXT_FIELDS = (
    "name",
    "organization",
    "description",
    "eligibility",
    "location_name",
    "address",
    "opening.note",
)


@dataclass(frozen=True)
class Ranked:
    """One service to show: its score and how the search found it."""

    service_id: str
    score: float
    distance_m: float | None
    service_at_location_id: str | None
    covers_area: bool
    national: bool


def opening(rules: Sequence[ScheduleRule], at: datetime) -> OpeningInfo:
    if not rules:
        return OpeningInfo("unknown")
    try:
        result = opening_at(rules, at)
    except ValueError:
        return OpeningInfo(
            "unknown", note=next((r.description for r in rules if r.description), None)
        )
    return OpeningInfo(result.status, result.closes_at, result.next_opens_at, result.note)


def build_results(
    session: Session,
    ranked: Sequence[Ranked],
    *,
    at: datetime,
    now: datetime,
    stale_after_days: int,
    language: str | None = None,
) -> list[ServiceResult]:
    ids = [item.service_id for item in ranked]
    if not ids:
        return []
    language = None if translations.is_default(language) else language
    service, org = models.Service, models.Organization
    services = {
        row.id: row
        for row in session.connection().execute(
            select(
                service.id,
                service.name,
                service.description,
                service.eligibility_description,
                service.organization_id,
                service.url,
                service.email,
                service.assured_date,
                service.is_free,
                service.minimum_age,
                service.maximum_age,
                service.source,
                org.name.label("organization"),
            )
            .outerjoin(org, org.id == service.organization_id)
            .where(service.id.in_(ids))
        )
    }
    places = _places(
        session, [i.service_at_location_id for i in ranked if i.service_at_location_id]
    )
    phones = _grouped(
        session, models.Phone.service_id, models.Phone.number, ids, order=models.Phone.id
    )
    needs = _grouped(
        session,
        models.ServiceNeed.service_id,
        models.ServiceNeed.need,
        ids,
        order=models.ServiceNeed.need,
    )
    languages = _languages(session, ids)
    schedules = _schedules(session, ids)
    text = _Text(session, language, services, places, schedules)
    stale_before = now.date() - timedelta(days=stale_after_days)
    results = []
    for item in ranked:
        row = services[item.service_id]
        place = places.get(item.service_at_location_id) if item.service_at_location_id else None
        rules = [
            text.rule(schedule_id, rule)
            for sal_id, schedule_id, rule in schedules.get(item.service_id, [])
            if sal_id in (None, item.service_at_location_id)
        ]
        fallback: list[str] = []

        def shown(name: str, record_id: str | None, field: str, default: str | None) -> str | None:
            return text.get(name, record_id, field, default, fallback)  # noqa: B023

        address = None
        if place:
            parts = (
                shown("address", place.address_id, "address_1", place.address_1),
                shown("address", place.address_id, "city", place.city),
            )
            address = ", ".join(part for part in parts if part) or None
        opening_info = opening(rules, at)
        if language and opening_info.note and opening_info.note not in text.notes:
            fallback.append("opening.note")
        results.append(
            ServiceResult(
                service_id=row.id,
                name=shown("name", row.id, "name", row.name),
                organization=shown("organization", row.organization_id, "name", row.organization),
                description=shown("description", row.id, "description", row.description),
                eligibility=shown(
                    "eligibility", row.id, "eligibility_description", row.eligibility_description
                ),
                needs=tuple(needs.get(row.id, ())),
                url=row.url,
                email=row.email,
                phones=tuple(phones.get(row.id, ())),
                location_name=shown("location_name", place.location_id, "name", place.name)
                if place
                else None,
                address=address,
                postcode=place.postal_code if place else None,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                distance_m=round(item.distance_m) if item.distance_m is not None else None,
                covers_area=item.covers_area,
                national=item.national,
                opening=opening_info,
                assured_date=row.assured_date,
                stale=row.assured_date is None or row.assured_date < stale_before,
                is_free=row.is_free,
                minimum_age=row.minimum_age,
                maximum_age=row.maximum_age,
                languages=tuple(languages.get(row.id, ())),
                source=row.source,
                score=item.score,
                language=language,
                fallback=tuple(name for name in TEXT_FIELDS if name in fallback),
            )
        )
    return results


class _Text:
    """The page's text in the language asked for, falling back to the feed's own, by field."""

    def __init__(
        self,
        session: Session,
        language: str | None,
        services: dict,
        places: dict,
        schedules: dict[str, list[tuple[str | None, str, ScheduleRule]]],
    ) -> None:
        self.language = language
        self.found: dict[tuple[str, str], tuple[str, str]] = {}
        self.notes: set[str] = set()  # opening notes shown in the language asked for
        if language is None:
            return
        self.found = translations.lookup(
            session,
            {
                "service": list(services),
                "organization": [row.organization_id for row in services.values()],
                "location": [place.location_id for place in places.values()],
                "address": [place.address_id for place in places.values()],
                "schedule": [sid for rows in schedules.values() for _, sid, _ in rows],
            },
            language,
        )

    def get(
        self,
        name: str,
        record_id: str | None,
        field: str,
        default: str | None,
        fallback: list[str],
    ) -> str | None:
        """``field`` of ``record_id`` in the language asked for, else ``default``.

        Notes ``name`` in ``fallback`` when the default text is shown for want of a
        translation.
        """
        if self.language is None:
            return default
        found = self.found.get((record_id, field)) if record_id else None
        if found is not None:
            return found[0]
        if default is not None:
            fallback.append(name)
        return default

    def rule(self, schedule_id: str, rule: ScheduleRule) -> ScheduleRule:
        """The rule with its description (the opening note) in the language asked for."""
        found = self.found.get((schedule_id, "description"))
        if found is None:
            return rule
        self.notes.add(found[0])
        return replace(rule, description=found[0])


def _places(session: Session, sal_ids: list[str]) -> dict:
    if not sal_ids:
        return {}
    sal, location, address = models.ServiceAtLocation, models.Location, models.Address
    places = {}
    for row in session.connection().execute(
        select(
            sal.id,
            sal.latitude,
            sal.longitude,
            sal.location_id,
            location.name,
            address.id.label("address_id"),
            address.address_1,
            address.city,
            address.postal_code,
        )
        .join(location, location.id == sal.location_id)
        .outerjoin(address, address.location_id == sal.location_id)
        .where(sal.id.in_(sal_ids))
        .order_by(address.id)
    ):
        places.setdefault(row.id, row)  # the first address of a location
    return places


def _grouped(session: Session, key, value, ids: list[str], *, order) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for group, item in session.connection().execute(
        select(key, value).where(key.in_(ids)).order_by(order)
    ):
        grouped.setdefault(group, []).append(item)
    return grouped


def _languages(session: Session, ids: list[str]) -> dict[str, list[str]]:
    language = models.Language
    grouped: dict[str, list[str]] = {}
    for service_id, code, name in session.connection().execute(
        select(language.service_id, language.code, language.name)
        .where(language.service_id.in_(ids))
        .order_by(language.id)
    ):
        grouped.setdefault(service_id, []).append(code or name or "")
    return grouped


def _schedules(
    session: Session, ids: list[str]
) -> dict[str, list[tuple[str | None, str, ScheduleRule]]]:
    """service id → (service_at_location id, schedule id, rule) of each of its schedules."""
    schedule = models.Schedule
    columns = [getattr(schedule, name) for name in _RULE_FIELDS]
    grouped: dict[str, list[tuple[str | None, str, ScheduleRule]]] = {}
    for row in session.connection().execute(
        select(schedule.service_id, schedule.service_at_location_id, schedule.id, *columns).where(
            schedule.service_id.in_(ids)
        )
    ):
        rule = ScheduleRule(**{name: getattr(row, name) for name in _RULE_FIELDS})
        grouped.setdefault(row.service_id, []).append((row.service_at_location_id, row.id, rule))
    return grouped
