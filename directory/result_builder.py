"""Turn ranked service ids into :class:`ServiceResult` values for the page a resident sees.

Kept apart from ranking (:mod:`directory.search`) because it is the other half of the cost:
a handful of column-only queries for just the page shown (never ORM objects), and opening
times worked out from each service's schedules at that location.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import models
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
) -> list[ServiceResult]:
    ids = [item.service_id for item in ranked]
    if not ids:
        return []
    service, org = models.Service, models.Organization
    services = {
        row.id: row
        for row in session.connection().execute(
            select(
                service.id,
                service.name,
                service.description,
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
    stale_before = now.date() - timedelta(days=stale_after_days)
    results = []
    for item in ranked:
        row = services[item.service_id]
        place = places.get(item.service_at_location_id) if item.service_at_location_id else None
        rules = [
            rule
            for sal_id, rule in schedules.get(item.service_id, [])
            if sal_id in (None, item.service_at_location_id)
        ]
        results.append(
            ServiceResult(
                service_id=row.id,
                name=row.name,
                organization=row.organization,
                description=row.description,
                needs=tuple(needs.get(row.id, ())),
                url=row.url,
                email=row.email,
                phones=tuple(phones.get(row.id, ())),
                location_name=place.name if place else None,
                address=", ".join(p for p in (place.address_1, place.city) if p) or None
                if place
                else None,
                postcode=place.postal_code if place else None,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                distance_m=round(item.distance_m) if item.distance_m is not None else None,
                covers_area=item.covers_area,
                national=item.national,
                opening=opening(rules, at),
                assured_date=row.assured_date,
                stale=row.assured_date is None or row.assured_date < stale_before,
                is_free=row.is_free,
                minimum_age=row.minimum_age,
                maximum_age=row.maximum_age,
                languages=tuple(languages.get(row.id, ())),
                source=row.source,
                score=item.score,
            )
        )
    return results


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
            location.name,
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
) -> dict[str, list[tuple[str | None, ScheduleRule]]]:
    schedule = models.Schedule
    columns = [getattr(schedule, name) for name in _RULE_FIELDS]
    grouped: dict[str, list[tuple[str | None, ScheduleRule]]] = {}
    for row in session.connection().execute(
        select(schedule.service_id, schedule.service_at_location_id, *columns).where(
            schedule.service_id.in_(ids)
        )
    ):
        rule = ScheduleRule(**{name: getattr(row, name) for name in _RULE_FIELDS})
        grouped.setdefault(row.service_id, []).append((row.service_at_location_id, rule))
    return grouped
