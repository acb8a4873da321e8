"""Write checked HSDS 3.0 service records into the directory: upsert by feed and feed id.

Every reader (ORUK 3.0 JSON, ORUK 1.0, HSDS tabular CSV) hands this writer the same thing,
a service as a nested HSDS 3.0 dict, so the storage rules live in one place:

- a service is identified by (feed, the feed's id); unchanged records (same content hash)
  are not touched, so importing a feed twice changes nothing;
- a changed service has its children (phones, schedules, areas, …) replaced wholesale;
- locations and organisations are shared by services and upserted once per import;
- derived data (need codes, area coverage, the full-text document) is rebuilt with the
  service it describes;
- translations (the ``translations`` extension on any object, see
  :mod:`directory.translations`) are stored in ``translation`` and replaced with the record
  that carries them: a service's with its children, a location's and an organisation's when
  they are upserted; the full-text document holds the translated names and descriptions too,
  so words in either language find the service;
- after a full feed, services the feed no longer lists are marked ``withdrawn_at`` (kept,
  never silently deleted) and come back if the feed lists them again.

The caller owns the transaction (see :func:`directory.importers.run_import`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.parser import isoparse
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from directory import fulltext, models, translations
from directory.areas import AreaReader
from directory.cells import cell_of
from directory.geocode import Point
from directory.ids import child_id, record_id
from directory.needs import FIT_BY_VIA, NeedCatalogue
from directory.postcodes import InvalidPostcode, normalise_postcode

logger = logging.getLogger(__name__)

UK_TIME = ZoneInfo("Europe/London")

_SERVICE_CHILDREN = (
    models.ServicePoint,
    models.Phone,
    models.Schedule,
    models.ServiceArea,
    models.Language,
    models.CostOption,
    models.Contact,
    models.ServiceAtLocation,
    models.ServiceNeed,
    models.ServiceCoverage,
)


def content_hash(record: dict) -> str:
    return hashlib.sha256(
        json.dumps(record, sort_keys=True, separators=(",", ":"), default=str).encode()
    ).hexdigest()


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return isoparse(value.strip()).date()
    except ValueError:
        return None


def _datetime(value: Any) -> datetime | None:
    """An aware UTC datetime; naive feed values are UK local time (SQLite keeps no offset)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = isoparse(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UK_TIME)
    return parsed.astimezone(timezone.utc)


def _items(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _joined(*texts: str | None) -> str:
    """Texts for the full-text index, each once, in order."""
    return " ".join(dict.fromkeys(text for text in texts if text))


def _is_free(record: dict) -> bool:
    costs = _items(record.get("cost_options"))
    if costs and all((cost.get("amount") in (0, 0.0)) for cost in costs):
        return True
    fees = (record.get("fees") or "").lower() if isinstance(record.get("fees"), str) else ""
    return fees.startswith("free") or fees in {"none", "no charge", "no cost"}


class FeedWriter:
    def __init__(
        self,
        session: Session,
        *,
        source: str,
        fetched_at: datetime,
        catalogue: NeedCatalogue,
        areas: AreaReader,
        locate_postcode: Callable[[str], Point | None] | None = None,
    ) -> None:
        """``locate_postcode`` places locations that have a postcode but no coordinates."""
        self.session = session
        self.locate_postcode = locate_postcode
        self.source = source
        self.fetched_at = fetched_at
        self.catalogue = catalogue
        self.areas = areas
        self.seen_service_ids: set[str] = set()
        self._organizations: set[str] = set()
        self._locations: set[str] = set()
        self._taxonomies: dict[str, str] = {}
        self._terms: dict[tuple[str, str], str] = {}
        self._translations: list[dict[str, str]] = []  # rows for the service being written

    # -- services ---------------------------------------------------------------------------
    def write(self, record: dict) -> str:
        """Store one checked service; returns "created", "updated" or "unchanged"."""
        source_id = str(record["id"])
        service_id = record_id(self.source, "service", source_id)
        self.seen_service_ids.add(service_id)
        digest = content_hash(record)
        existing = self.session.get(models.Service, service_id)
        if existing is not None and existing.content_hash == digest:
            if existing.withdrawn_at is None:
                return "unchanged"
            existing.withdrawn_at = None
            self._publish_points([service_id], published=existing.status == "active")
            return "updated"
        if existing is not None:
            self._delete_children(service_id)
        self._translations = []
        organization_id = self._organization(record)
        values = {
            "organization_id": organization_id,
            "name": _text(record.get("name")) or source_id,
            "description": _text(record.get("description")),
            "eligibility_description": _text(record.get("eligibility_description"))
            if isinstance(record.get("eligibility_description"), str)
            else None,
            "url": _text(record.get("url")),
            "email": _text(record.get("email")),
            "status": (_text(record.get("status")) or "active").lower(),
            "fees": _text(record.get("fees")),
            "accreditations": _text(record.get("accreditations")),
            "minimum_age": record.get("minimum_age"),
            "maximum_age": record.get("maximum_age"),
            "assured_date": _date(record.get("assured_date")),
            "assurer_email": _text(record.get("assurer_email")),
            "alert": _text(record.get("alert")),
            "last_modified": _datetime(record.get("last_modified")),
            "content_hash": digest,
            "withdrawn_at": None,
            "is_free": _is_free(record),
            "fetched_at": self.fetched_at,
        }
        if existing is None:
            service = models.Service(
                id=service_id, source=self.source, source_id=source_id, **values
            )
            self.session.add(service)
        else:
            for key, value in values.items():
                setattr(existing, key, value)
        self.session.flush()
        self._translate("service", service_id, record, service_id)
        self._write_children(service_id, record, values)
        if self._translations:
            self.session.execute(insert(models.Translation), self._translations)
        return "created" if existing is None else "updated"

    def withdraw_missing(self) -> int:
        """Mark services of this feed that the feed no longer lists; returns how many."""
        ids = self.session.scalars(
            select(models.Service.id).where(
                models.Service.source == self.source, models.Service.withdrawn_at.is_(None)
            )
        ).all()
        gone = [service_id for service_id in ids if service_id not in self.seen_service_ids]
        for start in range(0, len(gone), 500):
            self.session.execute(
                update(models.Service)
                .where(models.Service.id.in_(gone[start : start + 500]))
                .values(withdrawn_at=self.fetched_at)
            )
        self._publish_points(gone, published=False)
        return len(gone)

    def _publish_points(self, service_ids: list[str], *, published: bool) -> None:
        points = models.ServicePoint
        for start in range(0, len(service_ids), 500):
            self.session.execute(
                update(points)
                .where(points.service_id.in_(service_ids[start : start + 500]))
                .values(published=published)
            )

    def _delete_children(self, service_id: str) -> None:
        for table in _SERVICE_CHILDREN:
            self.session.execute(delete(table).where(table.service_id == service_id))
        self.session.execute(
            delete(models.Attribute).where(
                models.Attribute.link_id == service_id, models.Attribute.link_entity == "service"
            )
        )
        self._delete_translations(service_id)
        fulltext.remove_services(self.session, [service_id])

    def _translate(self, record_type: str, row_id: str, data: dict, owner_id: str) -> None:
        """Queue the translations on one feed object (written at the end of the service)."""
        if "translations" in data:
            self._translations += translations.rows(record_type, row_id, data, owner_id)

    def _delete_translations(self, owner_id: str) -> None:
        self.session.execute(
            delete(models.Translation).where(models.Translation.owner_id == owner_id)
        )

    def _write_children(self, service_id: str, record: dict, values: dict[str, Any]) -> None:
        add = self.session.add
        translate = self._translate
        for index, phone in enumerate(_items(record.get("phones"))):
            phone_id = child_id(service_id, "phone", phone.get("id") or index)
            add(self._phone(phone_id, phone, service_id=service_id))
            translate("phone", phone_id, phone, service_id)
        for index, item in enumerate(_items(record.get("contacts"))):
            contact_id = child_id(service_id, "contact", item.get("id") or index)
            translate("contact", contact_id, item, service_id)
            add(
                models.Contact(
                    id=contact_id,
                    service_id=service_id,
                    name=_text(item.get("name")),
                    title=_text(item.get("title")),
                    department=_text(item.get("department")),
                    email=_text(item.get("email")),
                )
            )
            self.session.flush()
            for phone_index, phone in enumerate(_items(item.get("phones"))):
                phone_id = child_id(contact_id, "phone", phone.get("id") or phone_index)
                add(self._phone(phone_id, phone, contact_id=contact_id))
                translate("phone", phone_id, phone, service_id)
        for index, item in enumerate(_items(record.get("schedules"))):
            schedule_id = child_id(service_id, "schedule", item.get("id") or index)
            add(self._schedule(schedule_id, item, service_id))
            translate("schedule", schedule_id, item, service_id)
        coverage: set[tuple[str, str]] = set()
        for index, item in enumerate(_items(record.get("service_areas"))):
            fields = {
                key: _text(item.get(key))
                for key in ("name", "description", "extent", "extent_type", "uri")
            }
            area_id = child_id(service_id, "service_area", item.get("id") or index)
            add(models.ServiceArea(id=area_id, service_id=service_id, **fields))
            translate("service_area", area_id, item, service_id)
            coverage |= {(c.kind, c.code) for c in self.areas.read(**fields)}
        for kind, code in sorted(coverage):
            add(models.ServiceCoverage(service_id=service_id, kind=kind, code=code))
        for index, item in enumerate(_items(record.get("languages"))):
            language_id = child_id(service_id, "language", item.get("id") or index)
            translate("language", language_id, item, service_id)
            add(
                models.Language(
                    id=language_id,
                    service_id=service_id,
                    name=_text(item.get("name")),
                    code=_text(item.get("code")),
                    note=_text(item.get("note")),
                )
            )
        for index, item in enumerate(_items(record.get("cost_options"))):
            cost_id = child_id(service_id, "cost_option", item.get("id") or index)
            translate("cost_option", cost_id, item, service_id)
            add(
                models.CostOption(
                    id=cost_id,
                    service_id=service_id,
                    valid_from=_date(item.get("valid_from")),
                    valid_to=_date(item.get("valid_to")),
                    option=_text(item.get("option")),
                    currency=_text(item.get("currency")),
                    amount=item.get("amount"),
                    amount_description=_text(item.get("amount_description")),
                )
            )
        points = [
            point
            for index, item in enumerate(_items(record.get("service_at_locations")))
            if (point := self._service_at_location(service_id, index, item)) is not None
        ]
        categories, needs = self._attributes(service_id, _items(record.get("attributes")))
        self._points(service_id, points, needs, values)
        organization = (
            record.get("organization") if isinstance(record.get("organization"), dict) else {}
        )
        own = translations.read(record, "service")[0]
        org = translations.read(organization, "organization")[0]

        def words(data: dict, found: dict[tuple[str, str], str], field: str) -> str:
            """A field's text in every language, for the full-text index."""
            texts = [text for (_, name), text in sorted(found.items()) if name == field]
            return _joined(_text(data.get(field)), *texts)

        fulltext.index_services(
            self.session,
            [
                fulltext.Document(
                    service_id=service_id,
                    name=words(record, own, "name"),
                    description=words(record, own, "description"),
                    organization=words(organization, org, "name"),
                    categories=" ".join(categories),
                )
            ],
        )

    # -- shared records ---------------------------------------------------------------------
    def _organization(self, record: dict) -> str | None:
        data = record.get("organization")
        if not isinstance(data, dict):
            source_id = _text(record.get("organization_id"))
            if source_id is None:
                return None
            org_id = record_id(self.source, "organization", source_id)
            return org_id if self.session.get(models.Organization, org_id) else None
        source_id = str(data["id"])
        org_id = record_id(self.source, "organization", source_id)
        if org_id in self._organizations:
            return org_id
        self._organizations.add(org_id)
        values = {
            key: _text(data.get(key))
            for key in ("description", "email", "website", "logo", "uri", "parent_organization_id")
        }
        values["name"] = _text(data.get("name")) or source_id
        if self._upsert(models.Organization, org_id, source_id, values):
            self._delete_translations(org_id)
        self._translate("organization", org_id, data, org_id)
        return org_id

    def _upsert(
        self,
        model: type[models.Organization] | type[models.Location],
        row_id: str,
        source_id: str,
        values: dict[str, Any],
    ) -> bool:
        """Insert or update a record services share; True when it was already stored."""
        existing = self.session.get(model, row_id)
        if existing is None:
            self.session.add(
                model(
                    id=row_id,
                    source=self.source,
                    source_id=source_id,
                    fetched_at=self.fetched_at,
                    **values,
                )
            )
            return False
        for key, value in values.items():
            setattr(existing, key, value)
        existing.fetched_at = self.fetched_at
        return True

    def _points(
        self,
        service_id: str,
        points: list[tuple[str, str, float, float]],
        needs: dict[str, str],
        service: dict[str, Any],
    ) -> None:
        """The proximity index rows: every need at every located service location."""
        for sal_id, location_id, latitude, longitude in points:
            for need, via in needs.items():
                self.session.add(
                    models.ServicePoint(
                        need=need,
                        service_at_location_id=sal_id,
                        service_id=service_id,
                        location_id=location_id,
                        cell=cell_of(latitude, longitude),
                        latitude=latitude,
                        longitude=longitude,
                        fit=FIT_BY_VIA[via],
                        published=service["status"] == "active",
                        assured_date=service["assured_date"],
                        minimum_age=service["minimum_age"],
                        maximum_age=service["maximum_age"],
                        is_free=service["is_free"],
                    )
                )

    def _service_at_location(
        self, service_id: str, index: int, item: dict
    ) -> tuple[str, str, float, float] | None:
        """Store one service_at_location; returns (id, location id, lat, lon) when located."""
        location = item.get("location")
        if not isinstance(location, dict):
            return None
        location_id = self._location(location)
        sal_source_id = _text(item.get("id")) or f"{index}"
        sal_id = child_id(service_id, "service_at_location", sal_source_id)
        stored = self.session.get(models.Location, location_id)
        self.session.add(
            models.ServiceAtLocation(
                id=sal_id,
                source_id=sal_source_id,
                service_id=service_id,
                location_id=location_id,
                latitude=stored.latitude if stored else None,
                longitude=stored.longitude if stored else None,
            )
        )
        for schedule_index, schedule in enumerate(_items(item.get("schedules"))):
            schedule_id = child_id(sal_id, "schedule", schedule.get("id") or schedule_index)
            row = self._schedule(schedule_id, schedule, service_id)
            row.service_at_location_id = sal_id
            self.session.add(row)
            self._translate("schedule", schedule_id, schedule, service_id)
        if stored is None or stored.latitude is None or stored.longitude is None:
            return None
        return sal_id, location_id, stored.latitude, stored.longitude

    def _location(self, data: dict) -> str:
        source_id = str(data["id"])
        location_id = record_id(self.source, "location", source_id)
        if location_id in self._locations:
            return location_id
        self._locations.add(location_id)
        values = {
            "location_type": _text(data.get("location_type")) or "physical",
            "name": _text(data.get("name")),
            "description": _text(data.get("description")),
            "latitude": data.get("latitude"),
            "longitude": data.get("longitude"),
            "external_identifier": _text(data.get("external_identifier")),
            "external_identifier_type": _text(data.get("external_identifier_type")),
        }
        if values["latitude"] is None or values["longitude"] is None:
            point = self._point_from_postcode(_items(data.get("addresses")))
            if point is not None:
                values["latitude"], values["longitude"] = point.latitude, point.longitude
        if self._upsert(models.Location, location_id, source_id, values):
            for table in (models.Address, models.Accessibility, models.Phone):
                self.session.execute(delete(table).where(table.location_id == location_id))
            self._delete_translations(location_id)
            self.session.execute(
                update(models.ServiceAtLocation)
                .where(models.ServiceAtLocation.location_id == location_id)
                .values(latitude=values["latitude"], longitude=values["longitude"])
            )
            self._move_points(location_id, values["latitude"], values["longitude"])
        self.session.flush()
        self._translate("location", location_id, data, location_id)
        for index, address in enumerate(_items(data.get("addresses"))):
            fields = {
                key: _text(address.get(key))
                for key in (
                    "attention",
                    "address_1",
                    "address_2",
                    "city",
                    "region",
                    "state_province",
                    "country",
                    "address_type",
                )
            }
            postcode = _text(address.get("postal_code"))
            if postcode:
                try:
                    postcode = normalise_postcode(postcode)
                except InvalidPostcode:
                    logger.info(
                        "location %s: postcode kept as given (not a GB postcode)", source_id
                    )
            address_id = child_id(location_id, "address", address.get("id") or index)
            self._translate("address", address_id, address, location_id)
            self.session.add(
                models.Address(
                    id=address_id,
                    location_id=location_id,
                    postal_code=postcode,
                    **fields,
                )
            )
        for index, item in enumerate(_items(data.get("accessibility"))):
            accessibility_id = child_id(location_id, "accessibility", item.get("id") or index)
            self._translate("accessibility", accessibility_id, item, location_id)
            self.session.add(
                models.Accessibility(
                    id=accessibility_id,
                    location_id=location_id,
                    description=_text(item.get("description")),
                    details=_text(item.get("details")),
                    url=_text(item.get("url")),
                )
            )
        for index, phone in enumerate(_items(data.get("phones"))):
            phone_id = child_id(location_id, "phone", phone.get("id") or index)
            self.session.add(self._phone(phone_id, phone, location_id=location_id))
            self._translate("phone", phone_id, phone, location_id)
        return location_id

    def _point_from_postcode(self, addresses: list[dict]) -> Point | None:
        if self.locate_postcode is None:
            return None
        for address in addresses:
            postcode = _text(address.get("postal_code"))
            if postcode:
                point = self.locate_postcode(postcode)
                if point is not None:
                    return point
        return None

    def _move_points(
        self, location_id: str, latitude: float | None, longitude: float | None
    ) -> None:
        """A shared location moved (or lost its coordinates): keep the index in step."""
        points = models.ServicePoint
        if latitude is None or longitude is None:
            self.session.execute(delete(points).where(points.location_id == location_id))
            return
        self.session.execute(
            update(points)
            .where(points.location_id == location_id)
            .values(latitude=latitude, longitude=longitude, cell=cell_of(latitude, longitude))
        )

    def _attributes(
        self, service_id: str, attributes: list[dict]
    ) -> tuple[list[str], dict[str, str]]:
        """Store attribute links and derived needs; returns text-index words and needs."""
        needs: dict[str, str] = {}
        words: list[str] = []
        for index, item in enumerate(attributes):
            term = item.get("taxonomy_term")
            if not isinstance(term, dict):
                continue
            taxonomy_name = _text(term.get("taxonomy")) or "unspecified"
            code = _text(term.get("term")) or _text(term.get("code"))
            name = _text(term.get("name")) or code or ""
            term_id = self._term(taxonomy_name, code or name, name, term)
            self.session.add(
                models.Attribute(
                    id=child_id(service_id, "attribute", item.get("id") or index),
                    link_id=service_id,
                    link_entity="service",
                    link_type=_text(item.get("link_type")),
                    taxonomy_term_id=term_id,
                    value=_text(item.get("value")),
                )
            )
            words.append(name)
            for match in self.catalogue.match_term(
                taxonomy=taxonomy_name, code=code, name=name, term_uri=_text(term.get("term_uri"))
            ):
                needs.setdefault(match.need, match.via)
        for need, via in sorted(needs.items()):
            self.session.add(models.ServiceNeed(service_id=service_id, need=need, via=via))
            words.append(self.catalogue.get(need).label)
        return words, needs

    def _term(self, taxonomy_name: str, code: str, name: str, data: dict) -> str:
        taxonomy_id = self._taxonomies.get(taxonomy_name)
        if taxonomy_id is None:
            taxonomy_id = self.session.scalar(
                select(models.Taxonomy.id).where(models.Taxonomy.name == taxonomy_name)
            )
            if taxonomy_id is None:
                taxonomy_id = record_id(self.source, "taxonomy", taxonomy_name)
                self.session.add(models.Taxonomy(id=taxonomy_id, name=taxonomy_name))
                self.session.flush()
            self._taxonomies[taxonomy_name] = taxonomy_id
        key = (taxonomy_id, code)
        term_id = self._terms.get(key)
        if term_id is None:
            term_id = self.session.scalar(
                select(models.TaxonomyTerm.id).where(
                    models.TaxonomyTerm.taxonomy_id == taxonomy_id, models.TaxonomyTerm.code == code
                )
            )
            if term_id is None:
                term_id = record_id(self.source, f"taxonomy_term/{taxonomy_id}", code)
                self.session.add(
                    models.TaxonomyTerm(
                        id=term_id,
                        taxonomy_id=taxonomy_id,
                        code=code,
                        name=name,
                        description=_text(data.get("description")),
                        term_uri=_text(data.get("term_uri")),
                    )
                )
                self.session.flush()
            self._terms[key] = term_id
        return term_id

    @staticmethod
    def _phone(phone_id: str, data: dict, **link: str) -> models.Phone:
        return models.Phone(
            id=phone_id,
            number=str(data.get("number")).strip(),
            extension=_text(data.get("extension")),
            type=_text(data.get("type")),
            description=_text(data.get("description")),
            **link,
        )

    @staticmethod
    def _schedule(schedule_id: str, data: dict, service_id: str) -> models.Schedule:
        interval = data.get("interval")
        return models.Schedule(
            id=schedule_id,
            service_id=service_id,
            valid_from=_date(data.get("valid_from")),
            valid_to=_date(data.get("valid_to")),
            dtstart=_date(data.get("dtstart")),
            freq=_text(data.get("freq")),
            interval=int(interval) if isinstance(interval, (int, float)) else None,
            byday=_text(data.get("byday")),
            bymonthday=_text(data.get("bymonthday")),
            opens_at=_text(data.get("opens_at")),
            closes_at=_text(data.get("closes_at")),
            description=_text(data.get("description")),
            schedule_link=_text(data.get("schedule_link")),
            attending_type=_text(data.get("attending_type")),
            notes=_text(data.get("notes")),
        )
