"""HSDS 3.0 tabular data: a folder of CSV files (one per object), assembled into services.

Give the folder, its ``services.csv`` or its ``datapackage.json`` (whose resources may name
other paths for the tables). Only ``services.csv`` is required. Table names follow the HSDS
3.0 tabular package (``organizations.csv``, ``service_at_location.csv``, ``addresses.csv``,
``schedules.csv``, ``taxonomies.csv``, ``attributes.csv``, …), with the other spellings seen in
published examples (``service_at_locations.csv``, ``address.csv``, ``schedule.csv``,
``taxonomy.csv``, ``attribute.csv``): when both spellings exist, the HSDS 3.0 one is read.

Rows are joined by their foreign keys into nested HSDS 3.0 service records, as an ORUK 3.0
``service_full`` nests them (a row linked to several objects is nested under each of them,
as the HSDS examples do): ``services.organization_id``; ``service_id`` (phones, schedules,
contacts, service areas, languages, cost options, service_at_location); ``location_id``
(service_at_location, addresses, accessibility, phones); ``contact_id`` (phones);
``service_at_location_id`` (schedules); ``link_id`` (attributes whose ``link_entity`` is the
service, or not given) and ``taxonomy_term_id``; ``taxonomy_terms.taxonomy_id`` names the
term's taxonomy. Links to objects a service record does not carry (an organization's phones,
a location's schedules) are not followed.

Files are read as UTF-8 (a byte-order mark is fine), any line ending. Empty cells are absent;
``latitude``, ``longitude``, ages, amounts and schedule ``interval``/``count``/``timezone``
are numbers. What cannot be used is reported, naming the file and its row (the header is row
1, as in a spreadsheet) and the service it concerns, and the rest is imported:

- a value that is not a number, or a coordinate out of range: the field is left out;
- a foreign key matching no row (``phones.csv row 4: service_id 'x9' matches no service``):
  the row is not attached there.
"""

from __future__ import annotations

import csv
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from directory.importers.base import FeedContent, Reader, register
from directory.importers.fetch import Fetcher, is_url

logger = logging.getLogger(__name__)

# Each table's file names, the HSDS 3.0 one first, and its datapackage resource name.
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "services": ("service", ("services.csv",)),
    "organizations": ("organization", ("organizations.csv", "organization.csv")),
    "locations": ("location", ("locations.csv", "location.csv")),
    "service_at_locations": (
        "service_at_location",
        ("service_at_location.csv", "service_at_locations.csv"),
    ),
    "addresses": ("address", ("addresses.csv", "address.csv")),
    "accessibility": ("accessibility", ("accessibility.csv",)),
    "phones": ("phone", ("phones.csv", "phone.csv")),
    "schedules": ("schedule", ("schedules.csv", "schedule.csv")),
    "service_areas": ("service_area", ("service_areas.csv", "service_area.csv")),
    "languages": ("language", ("languages.csv", "language.csv")),
    "cost_options": ("cost_option", ("cost_options.csv", "cost_option.csv")),
    "contacts": ("contact", ("contacts.csv", "contact.csv")),
    "taxonomy_terms": ("taxonomy_term", ("taxonomy_terms.csv", "taxonomy_term.csv")),
    "taxonomies": ("taxonomy", ("taxonomies.csv", "taxonomy.csv")),
    "attributes": ("attribute", ("attributes.csv", "attribute.csv")),
}
_KNOWN_FILES = frozenset(name for _, names in TABLES.values() for name in names)
_ENTRY_FILES = frozenset({"services.csv", "datapackage.json"})  # they name their folder
_NUMBERS = {
    "services": ("minimum_age", "maximum_age"),
    "organizations": ("year_incorporated",),
    "cost_options": ("amount",),
    "schedules": ("interval", "count", "timezone"),
}
_RANGES = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0)}
# Foreign keys: used to nest a row, then dropped from it (the nesting says it).
_LINKS = frozenset(
    {
        "service_id",
        "location_id",
        "service_at_location_id",
        "contact_id",
        "organization_id",
        "phone_id",
        "link_id",
    }
)
# Tables whose own fields include an organization_id (kept, the writer can use it).
_KEEP_LINKS = frozenset({"services", "organizations", "locations"})
# Attributes may describe any object; those naming another one are not the service's.
_OTHER_ENTITIES = frozenset(
    {
        "organization",
        "program",
        "location",
        "service_at_location",
        "contact",
        "phone",
        "schedule",
        "address",
        "service_area",
        "language",
        "cost_option",
        "funding",
        "accessibility",
        "required_document",
        "taxonomy_term",
    }
)


@dataclass
class _Row:
    file: str
    number: int  # as a spreadsheet shows it: the header is row 1
    values: dict[str, str]

    @property
    def where(self) -> str:
        return f"{self.file} row {self.number}"

    def get(self, key: str) -> str | None:
        return self.values.get(key)


def _folder(location: str) -> Path:
    path = Path(location)
    return path.parent if path.name.lower() in _ENTRY_FILES else path


def _read_rows(path: Path) -> list[_Row]:
    rows = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames:
                reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]
            for number, raw in enumerate(reader, start=2):
                values = {
                    key: value.strip()
                    for key, value in raw.items()
                    if isinstance(key, str) and key and isinstance(value, str) and value.strip()
                }
                if values:
                    rows.append(_Row(path.name, number, values))
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except csv.Error as error:
        raise ValueError(f"{path}: not a readable CSV file ({error})") from None
    return rows


def _number(text: str) -> int | float | None:
    try:
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class _Assembly:
    """The tables of one package, joined into service records."""

    def __init__(self, folder: Path, resources: dict[str, Path]) -> None:
        self.folder = folder
        self.problems: list[tuple[str, str]] = []
        files = {path.name.lower(): path for path in folder.iterdir() if path.is_file()}
        self.paths: dict[str, Path] = {}
        for table, (resource, names) in TABLES.items():
            found = [files[name] for name in names if name in files]
            if resources.get(resource) is not None and resources[resource].is_file():
                found.insert(0, resources[resource])
            if found:
                self.paths[table] = found[0]
                if len(found) > 1 and found[1] != found[0]:
                    logger.warning(
                        "%s: both %s and %s; reading %s",
                        folder,
                        found[0].name,
                        found[1].name,
                        found[0].name,
                    )
        if "services" not in self.paths:
            raise ValueError(
                f"{folder}: no services.csv; an HSDS 3.0 CSV feed is a folder with services.csv "
                "(and organizations.csv, locations.csv, service_at_location.csv, phones.csv, "
                "schedules.csv, …)"
            )

    def rows(self, table: str) -> list[_Row]:
        path = self.paths.get(table)
        return _read_rows(path) if path is not None else []

    # -- values ---------------------------------------------------------------------------
    def fields(self, table: str, row: _Row) -> tuple[dict[str, Any], list[str]]:
        """A row's values as a record (numbers parsed), and what could not be read."""
        keep_links = table in _KEEP_LINKS
        numbers = _NUMBERS.get(table, ())
        record: dict[str, Any] = {}
        bad: list[str] = []
        for key, text in row.values.items():
            if key in _LINKS and not keep_links:
                continue
            if key in numbers or (table == "locations" and key in _RANGES):
                number = _number(text)
                if number is None:
                    bad.append(f"{row.where}: {key} {text[:40]!r} is not a number")
                    continue
                low, high = _RANGES.get(key, (-math.inf, math.inf))
                if table == "locations" and not low <= number <= high:
                    bad.append(f"{row.where}: {key} {text!r} is not between {low:g} and {high:g}")
                    continue
                record[key] = number
            else:
                record[key] = text
        return record, bad

    def dangling(self, row: _Row, key: str, what: str) -> None:
        self.problems.append((row.where, f"{key} {row.get(key)!r} matches no {what}"))

    def report(self, owners: Iterable[str], row: _Row, bad: list[str]) -> None:
        """Unreadable values, against each service concerned (else against the row)."""
        for owner in list(dict.fromkeys(owners)) or [row.where]:
            for message in bad:
                self.problems.append((owner, message.removeprefix(f"{owner}: ")))

    # -- joining --------------------------------------------------------------------------
    def assemble(self) -> list[dict]:
        service_rows = self.rows("services")
        services: dict[str, list[dict]] = {}
        records: list[dict] = []
        for row in service_rows:
            record, bad = self.fields("services", row)
            records.append(record)
            if row.get("id"):
                services.setdefault(row.values["id"], []).append(record)
            self.report([row.get("id") or row.where], row, bad)

        self._organizations(service_rows, services)
        locations, location_rows = self._locations()
        sals, sal_services, location_services = self._service_at_locations(services, locations)
        for location_id, (row, bad) in location_rows.items():
            self.report(location_services.get(location_id, []), row, bad)
        contacts = self._contacts(services)
        self._phones(services, locations, contacts)
        self._schedules(services, sals, sal_services)
        for table, key in (
            ("service_areas", "service_areas"),
            ("languages", "languages"),
            ("cost_options", "cost_options"),
        ):
            self._service_children(table, key, services)
        self._attributes(services)
        return records

    def _index(self, table: str) -> dict[str, tuple[_Row, dict[str, Any], list[str]]]:
        index: dict[str, tuple[_Row, dict[str, Any], list[str]]] = {}
        for row in self.rows(table):
            record, bad = self.fields(table, row)
            row_id = row.get("id")
            if row_id is None:
                continue
            if row_id in index:
                self.problems.append(
                    (row.where, f"id {row_id!r} repeats {index[row_id][0].where}; this row is used")
                )
            index[row_id] = (row, record, bad)
        return index

    def _organizations(self, service_rows: list[_Row], services: dict[str, list[dict]]) -> None:
        if "organizations" not in self.paths:
            return
        organizations = self._index("organizations")
        for org_row, _, bad in organizations.values():
            self.report([org_row.where], org_row, bad)
        for row in service_rows:
            org_id = row.get("organization_id")
            if org_id is None:
                continue
            if org_id not in organizations:
                self.dangling(row, "organization_id", "organization")
                continue
            for record in services.get(row.get("id") or "", []):
                record["organization"] = organizations[org_id][1]

    def _locations(self) -> tuple[dict[str, dict], dict[str, tuple[_Row, list[str]]]]:
        index = self._index("locations")
        locations = {location_id: record for location_id, (_, record, _) in index.items()}
        rows = {location_id: (row, bad) for location_id, (row, _, bad) in index.items() if bad}
        for table, key in (("addresses", "addresses"), ("accessibility", "accessibility")):
            for row in self.rows(table):
                location_id = row.get("location_id")
                if location_id is None:
                    continue
                if location_id not in locations:
                    self.dangling(row, "location_id", "location")
                    continue
                record, _ = self.fields(table, row)
                if "description" not in record and "accessibility" in record:
                    record["description"] = record["accessibility"]  # the ORUK 1.0 column
                locations[location_id].setdefault(key, []).append(record)
        return locations, rows

    def _service_at_locations(
        self, services: dict[str, list[dict]], locations: dict[str, dict]
    ) -> tuple[dict[str, list[dict]], dict[str, list[str]], dict[str, list[str]]]:
        """Links by id; returns the links, each link's service, each location's services."""
        sals: dict[str, list[dict]] = {}
        sal_services: dict[str, list[str]] = {}
        location_services: dict[str, list[str]] = {}
        for row in self.rows("service_at_locations"):
            service_id, location_id = row.get("service_id"), row.get("location_id")
            linked = True
            for key, target_id, index, what in (
                ("service_id", service_id, services, "service"),
                ("location_id", location_id, locations, "location"),
            ):
                if target_id is not None and target_id not in index:
                    self.dangling(row, key, what)
                linked = linked and target_id in index
            if not linked or service_id is None or location_id is None:
                continue
            record, _ = self.fields("service_at_locations", row)
            record["location"] = locations[location_id]
            for service in services[service_id]:
                service.setdefault("service_at_locations", []).append(record)
            location_services.setdefault(location_id, []).append(service_id)
            if row.get("id"):
                sals.setdefault(row.values["id"], []).append(record)
                sal_services.setdefault(row.values["id"], []).append(service_id)
        return sals, sal_services, location_services

    def _contacts(self, services: dict[str, list[dict]]) -> dict[str, list[dict]]:
        contacts: dict[str, list[dict]] = {}
        for row in self.rows("contacts"):
            record, _ = self.fields("contacts", row)
            if row.get("id"):
                contacts.setdefault(row.values["id"], []).append(record)
            service_id = row.get("service_id")
            if service_id is None:
                continue
            if service_id not in services:
                self.dangling(row, "service_id", "service")
                continue
            for service in services[service_id]:
                service.setdefault("contacts", []).append(record)
        return contacts

    def _phones(
        self,
        services: dict[str, list[dict]],
        locations: dict[str, dict],
        contacts: dict[str, list[dict]],
    ) -> None:
        targets = (
            ("service_id", "service", services),
            ("location_id", "location", {key: [value] for key, value in locations.items()}),
            ("contact_id", "contact", contacts),
        )
        for row in self.rows("phones"):
            record, _ = self.fields("phones", row)
            for key, what, index in targets:
                target_id = row.get(key)
                if target_id is None:
                    continue
                if target_id not in index:
                    self.dangling(row, key, what)
                    continue
                for parent in index[target_id]:
                    parent.setdefault("phones", []).append(record)

    def _schedules(
        self,
        services: dict[str, list[dict]],
        sals: dict[str, list[dict]],
        sal_services: dict[str, list[str]],
    ) -> None:
        for row in self.rows("schedules"):
            record, bad = self.fields("schedules", row)
            owners: list[str] = []
            for key, what, index in (
                ("service_id", "service", services),
                ("service_at_location_id", "service at location", sals),
            ):
                target_id = row.get(key)
                if target_id is None:
                    continue
                if target_id not in index:
                    self.dangling(row, key, what)
                    continue
                for parent in index[target_id]:
                    parent.setdefault("schedules", []).append(record)
                owners += [target_id] if key == "service_id" else sal_services[target_id]
            if owners:
                self.report(owners, row, bad)

    def _service_children(self, table: str, key: str, services: dict[str, list[dict]]) -> None:
        for row in self.rows(table):
            service_id = row.get("service_id")
            if service_id is None:
                continue
            if service_id not in services:
                self.dangling(row, "service_id", "service")
                continue
            record, bad = self.fields(table, row)
            for name, oruk1_name in (("name", "service_area"), ("name", "language")):
                if name not in record and oruk1_name in record:  # ORUK 1.0 column names
                    record[name] = record[oruk1_name]
            self.report([service_id], row, bad)
            if table == "languages" and not (record.get("name") or record.get("code")):
                continue  # a language row naming no language (the ORUK example's) says nothing
            for service in services[service_id]:
                service.setdefault(key, []).append(record)

    def _attributes(self, services: dict[str, list[dict]]) -> None:
        if "attributes" not in self.paths:
            return
        taxonomies = {
            taxonomy_id: record.get("name")
            for taxonomy_id, (_, record, _) in self._index("taxonomies").items()
        }
        terms = {term_id: term for term_id, (_, term, _) in self._index("taxonomy_terms").items()}
        for row in self.rows("attributes"):
            entity = (row.get("link_entity") or "service").lower()
            link_id = row.get("link_id")
            if link_id is None or entity in _OTHER_ENTITIES:
                continue
            if link_id not in services:
                self.dangling(row, "link_id", "service")
                continue
            term_id = row.get("taxonomy_term_id")
            if term_id is None:
                continue
            if term_id not in terms:
                self.dangling(row, "taxonomy_term_id", "taxonomy term")
                continue
            term = dict(terms[term_id])
            taxonomy = taxonomies.get(term.get("taxonomy_id", ""))
            if taxonomy:
                term["taxonomy"] = taxonomy
            term.setdefault("term", term.get("code"))
            term.setdefault("name", term.get("term"))
            if term["name"] is None:
                self.problems.append(
                    (row.where, f"taxonomy term {term_id!r} has no name, term or code")
                )
                continue
            record, _ = self.fields("attributes", row)
            record["taxonomy_term"] = {key: value for key, value in term.items() if value}
            for service in services[link_id]:
                service.setdefault("attributes", []).append(record)


@register
class HsdsCsvReader(Reader):
    name = "hsds_csv"
    description = "HSDS 3.0 tabular CSV: a folder (or its datapackage.json) with services.csv"

    def accepts(self, location: str, document: Any | None) -> bool:
        if location.rstrip("/").rsplit("/", 1)[-1].lower() in _ENTRY_FILES:
            return True
        path = Path(location)
        if is_url(location) or not path.is_dir():
            return False
        # Any HSDS table, so a folder missing services.csv gets a clear message from read().
        return any(child.name.lower() in _KNOWN_FILES for child in path.iterdir())

    async def read(self, location: str, document: Any | None, fetch: Fetcher) -> FeedContent:
        if is_url(location):
            raise ValueError(
                f"{location}: HSDS CSV packages are read from a folder; download it first"
            )
        folder = _folder(location)
        if not folder.is_dir():
            raise ValueError(f"{folder}: no such folder")
        assembly = _Assembly(folder, _resources(folder, document))
        records = assembly.assemble()
        return FeedContent(records=records, full_feed=True, problems=assembly.problems)


def _resources(folder: Path, document: Any | None) -> dict[str, Path]:
    """Table paths a datapackage.json names (local, relative paths only)."""
    if not isinstance(document, dict) or not isinstance(document.get("resources"), list):
        return {}
    paths = {}
    for resource in document["resources"]:
        if not isinstance(resource, dict):
            continue
        name, path = resource.get("name"), resource.get("path")
        if isinstance(name, str) and isinstance(path, str) and not is_url(path):
            paths[name] = folder / path
    return paths
