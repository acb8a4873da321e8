"""Directory rows as Open Referral UK 3.0 objects, ready for the read API (directory/api.py).

What is published, and how:

- ids are our ``id`` columns (UUIDs derived from feed and feed id), never the feed's own;
- empty fields (None, "", [], {}) are left out of every object, never sent as null;
- dates are ``YYYY-MM-DD``, date-times ISO 8601 with a timezone (stored naive values are
  UTC);
- values the ORUK schemas constrain are checked as the ORUK validator checks them: a URL or
  email that is not one, an enum value outside the list, an id that is not a UUID is left
  out rather than published broken;
- fields the schemas require but a feed may lack get the nearest honest value: a missing
  ``description`` (organisation, taxonomy, term) is the name; an address's
  ``state_province`` falls back to its region, then city; ``country`` to "GB";
  ``address_type`` to "physical".

Loaders read a page of records with their children in a fixed number of queries and return
them in the order asked for.

Translations (:func:`translate`, one more query a page): every object that a feed translated
carries them in the same ``translations`` extension property the feeds use
(``[{"language": "cy", "name": "…"}]``), so what we publish imports back unchanged. Asked for
a language, an object's fields are in it wherever translated, and its ``translations`` also
hold the English they replaced, so every language stays visible to the consumer.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timezone
from typing import Any

from jsonschema import FormatChecker
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from directory import models, translations
from directory.ids import record_id

_FORMATS = FormatChecker()
LOCATION_TYPES = ("physical", "postal", "virtual")
SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
FREQUENCIES = ("WEEKLY", "MONTHLY")


# -- values -------------------------------------------------------------------------------
def compact(value: Any) -> Any:
    """``value`` without None, "", [] or {} anywhere inside it."""
    if isinstance(value, dict):
        pairs = ((key, compact(item)) for key, item in value.items())
        return {key: item for key, item in pairs if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [item for item in map(compact, value) if item not in (None, "", [], {})]
    return value


def _uri(value: str | None) -> str | None:
    return value if value and _FORMATS.conforms(value, "uri") else None


def _email(value: str | None) -> str | None:
    return value if value and _FORMATS.conforms(value, "email") else None


def _uuid(value: str | None) -> str | None:
    try:
        return str(uuid.UUID(value)) if value else None
    except ValueError:
        return None


def _enum(value: str | None, allowed: Sequence[str], *, upper: bool = False) -> str | None:
    if not value:
        return None
    value = value.strip().upper() if upper else value.strip().lower()
    return value if value in allowed else None


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def as_utc(value: datetime) -> datetime:
    """``value`` as an aware UTC date-time (naive values are stored UTC)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _datetime(value: datetime | None) -> str | None:
    return as_utc(value).isoformat() if value else None


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


# -- objects ------------------------------------------------------------------------------
def _copy(row: Any, names: str, **values: Any) -> dict:
    """Fields ``names`` (space-separated) of ``row`` then ``values``, without empties."""
    data = {name: getattr(row, name) for name in names.split()} | values
    for key, value in data.items():
        if isinstance(value, datetime):
            data[key] = _datetime(value)
        elif isinstance(value, date):
            data[key] = value.isoformat()
    return compact(data)


def organization(org: models.Organization, parent_id: str | None = None) -> dict:
    return _copy(
        org,
        "id name logo",
        description=org.description or org.name,
        email=_email(org.email),
        website=_uri(org.website),
        uri=_uri(org.uri),
        parent_organization_id=parent_id,
    )


def taxonomy_term(term: models.TaxonomyTerm) -> dict:
    return _copy(
        term,
        "id name taxonomy_id",
        description=term.description or term.name,
        parent_id=_uuid(term.parent_id),
        taxonomy=term.taxonomy.name if term.taxonomy else None,
        term_uri=_uri(term.term_uri),
        term=term.code,
    )


def taxonomy(tax: models.Taxonomy, terms: Iterable[models.TaxonomyTerm] = ()) -> dict:
    return _copy(
        tax,
        "id name version",
        description=tax.description or tax.name,
        uri=_uri(tax.uri),
        taxonomy_terms=[taxonomy_term(term) for term in terms],
    )


def attribute(attr: models.Attribute) -> dict:
    return _copy(
        attr,
        "id link_id link_type link_entity taxonomy_term_id value",
        taxonomy_term=taxonomy_term(attr.taxonomy_term),
    )


def phone(row: models.Phone) -> dict:
    extension = row.extension if row.extension and row.extension.isdigit() else None
    return _copy(row, "id number type description", extension=extension and int(extension))


def schedule(row: models.Schedule) -> dict:
    return _copy(
        row,
        "id service_id service_at_location_id valid_from valid_to dtstart interval byday "
        "bymonthday opens_at closes_at description attending_type notes",
        freq=_enum(row.freq, FREQUENCIES, upper=True),
        schedule_link=_uri(row.schedule_link),
    )


def address(row: models.Address) -> dict:
    return _copy(
        row,
        "id location_id attention address_1 address_2 city region postal_code",
        state_province=row.state_province or row.region or row.city,
        country=(row.country or "GB").upper(),
        address_type=_enum(row.address_type, LOCATION_TYPES) or "physical",
    )


def location(row: models.Location) -> dict:
    return _copy(
        row,
        "id name description latitude longitude external_identifier external_identifier_type",
        location_type=_enum(row.location_type, LOCATION_TYPES) or "physical",
        addresses=[address(item) for item in row.addresses],
        accessibility=[
            _copy(item, "id location_id description details", url=_uri(item.url))
            for item in row.accessibility
        ],
        phones=[phone(item) for item in row.phones],
    )


def service_summary(row: models.Service, parents: dict[str, str] | None = None) -> dict:
    """The service's one-to-one fields and its organisation (ORUK ``service_list``)."""
    org = row.organization
    return _copy(
        row,
        "id organization_id name description eligibility_description fees accreditations "
        "assured_date alert",
        url=_uri(row.url),
        email=_email(row.email),
        status=_enum(row.status, SERVICE_STATUSES) or "active",
        minimum_age=_number(row.minimum_age),
        maximum_age=_number(row.maximum_age),
        assurer_email=_email(row.assurer_email),
        last_modified=row.last_modified or row.fetched_at,
        organization=organization(org, (parents or {}).get(org.id)) if org else None,
    )


def service_full(
    row: models.Service,
    attributes: Sequence[models.Attribute] = (),
    parents: dict[str, str] | None = None,
    *,
    with_locations: bool = True,
) -> dict:
    """A fully nested service (ORUK ``service``); funding is not kept, so never published."""
    by_sal: dict[str, list[dict]] = {}
    for item in sorted(row.schedules, key=lambda s: s.id):
        by_sal.setdefault(item.service_at_location_id or "", []).append(schedule(item))
    data = service_summary(row, parents) | {
        "schedules": by_sal.get("", []),
        "service_areas": [
            _copy(area, "id service_id name description extent extent_type uri")
            for area in row.service_areas
        ],
        "languages": [_copy(lang, "id service_id name code note") for lang in row.languages],
        "cost_options": [
            _copy(
                cost,
                "id service_id valid_from valid_to option currency amount_description",
                amount=_number(cost.amount),
            )
            for cost in row.cost_options
        ],
        "contacts": [
            _copy(
                contact,
                "id service_id name title department",
                email=_email(contact.email),
                phones=[phone(item) for item in contact.phones],
            )
            for contact in row.contacts
        ],
        "phones": [phone(item) for item in row.phones],
        "attributes": [attribute(item) for item in attributes],
    }
    if with_locations:
        data["service_at_locations"] = [
            _copy(
                sal,
                "id service_id location_id",
                location=location(sal.location),
                schedules=by_sal.get(sal.id, []),
            )
            for sal in sorted(row.service_at_locations, key=lambda s: s.id)
        ]
    return compact(data)


# -- loaders ------------------------------------------------------------------------------
_LOCATION_CHILDREN = (
    selectinload(models.Location.addresses),
    selectinload(models.Location.accessibility),
    selectinload(models.Location.phones),
)
_FULL_SERVICE = (
    selectinload(models.Service.schedules),
    selectinload(models.Service.service_areas),
    selectinload(models.Service.languages),
    selectinload(models.Service.cost_options),
    selectinload(models.Service.contacts).selectinload(models.Contact.phones),
    selectinload(models.Service.phones),
    selectinload(models.Service.service_at_locations)
    .joinedload(models.ServiceAtLocation.location)
    .options(*_LOCATION_CHILDREN),
)


def _parents(session: Session, orgs: Iterable[models.Organization | None]) -> dict[str, str]:
    """organisation id → our id of its parent organisation, where we hold the parent."""
    wanted = {
        org.id: record_id(org.source, "organization", org.parent_organization_id)
        for org in orgs
        if org is not None and org.parent_organization_id
    }
    if not wanted:
        return {}
    held = set(
        session.scalars(
            select(models.Organization.id).where(models.Organization.id.in_(wanted.values()))
        )
    )
    return {org_id: parent for org_id, parent in wanted.items() if parent in held}


def _attributes(session: Session, ids: Sequence[str]) -> dict[str, list[models.Attribute]]:
    found: dict[str, list[models.Attribute]] = {}
    for row in session.scalars(
        select(models.Attribute)
        .where(models.Attribute.link_entity == "service", models.Attribute.link_id.in_(ids))
        .options(joinedload(models.Attribute.taxonomy_term))
        .order_by(models.Attribute.id)
    ):
        found.setdefault(row.link_id, []).append(row)
    return found


def load_services(session: Session, ids: Sequence[str], *, full: bool) -> list[dict]:
    """Services ``ids`` in that order, fully nested or as list items."""
    if not ids:
        return []
    statement = select(models.Service).where(models.Service.id.in_(ids))
    if full:
        statement = statement.options(*_FULL_SERVICE)
    rows = {row.id: row for row in session.scalars(statement)}
    parents = _parents(session, (row.organization for row in rows.values()))
    if not full:
        return [service_summary(rows[i], parents) for i in ids if i in rows]
    attributes = _attributes(session, ids)
    return [service_full(rows[i], attributes.get(i, []), parents) for i in ids if i in rows]


def load_service_at_locations(session: Session, ids: Sequence[str], *, full: bool) -> list[dict]:
    """Service-at-locations ``ids`` in that order, each with its location and service.

    A full one carries the fully nested service (less its other locations) and the
    schedules of this service at this location.
    """
    if not ids:
        return []
    sal = models.ServiceAtLocation
    rows = {
        row.id: row
        for row in session.scalars(
            select(sal)
            .where(sal.id.in_(ids))
            .options(joinedload(sal.location).options(*_LOCATION_CHILDREN))
        ).unique()
    }
    service_ids = list(dict.fromkeys(row.service_id for row in rows.values()))
    statement = select(models.Service).where(models.Service.id.in_(service_ids))
    if full:
        statement = statement.options(*_FULL_SERVICE[:-1])
    services = {row.id: row for row in session.scalars(statement)}
    parents = _parents(session, (row.organization for row in services.values()))
    attributes = _attributes(session, service_ids) if full else {}
    items = []
    for sal_id in ids:
        row = rows.get(sal_id)
        if row is None or row.service_id not in services:
            continue
        service = services[row.service_id]
        item: dict[str, Any] = {
            "id": row.id,
            "service_id": row.service_id,
            "location_id": row.location_id,
            "location": location(row.location),
        }
        if full:
            item["service"] = service_full(
                service, attributes.get(service.id, []), parents, with_locations=False
            )
            item["schedules"] = [
                schedule(s)
                for s in sorted(service.schedules, key=lambda s: s.id)
                if s.service_at_location_id == row.id
            ]
        else:
            item["service"] = service_summary(service, parents)
        items.append(compact(item))
    return items


# -- translations -------------------------------------------------------------------------
# Where each kind of object sits in a published one: key → record type.
_CHILD_TYPES = {
    "organization": "organization",
    "services": "service",
    "service": "service",
    "phones": "phone",
    "contacts": "contact",
    "schedules": "schedule",
    "service_areas": "service_area",
    "languages": "language",
    "cost_options": "cost_option",
    "service_at_locations": "service_at_location",
    "location": "location",
    "addresses": "address",
    "accessibility": "accessibility",
}


def _objects(value: Any, record_type: str) -> Iterable[tuple[str, dict]]:
    """(record type, object) for ``value`` and every object nested in it that we translate."""
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        return
    yield record_type, value
    for key, child in value.items():
        child_type = _CHILD_TYPES.get(key)
        if child_type is None:
            continue
        for item in child if isinstance(child, list) else [child]:
            yield from _objects(item, child_type)


def translate(
    session: Session, items: Sequence[dict], record_type: str, language: str | None = None
) -> None:
    """Add ``translations`` to ``items`` (published objects) and, with ``language``, use it.

    ``language`` None or English leaves the fields as the feeds gave them.
    """
    objects = [found for item in items for found in _objects(item, record_type)]
    wanted: dict[str, list[str]] = {}
    for kind, data in objects:
        if kind in translations.TRANSLATABLE:
            wanted.setdefault(kind, []).append(data["id"])
    if not wanted:
        return
    stored = translations.all_languages(session, wanted)
    use = None if translations.is_default(language) else language
    for _, data in objects:
        by_language = stored.get(data["id"])
        if not by_language:
            continue
        listed = [{"language": tag} | fields for tag, fields in sorted(by_language.items())]
        if use is not None:
            chosen: dict[str, str] = {}
            for tag in reversed(translations.candidates(use)):  # most specific wins
                chosen |= by_language.get(tag, {})
            replaced = {field: data[field] for field in chosen if data.get(field)}
            data.update(chosen)
            if replaced and translations.DEFAULT_LANGUAGE not in by_language:
                listed.insert(0, {"language": translations.DEFAULT_LANGUAGE} | replaced)
        data["translations"] = listed
