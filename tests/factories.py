"""Factories for HSDS 3.0 service records and feeds, as a feed would send them.

Tests describe only what matters to them (``make_service(needs=("food",), lat=51.4)``);
everything else gets a plain, valid default. Ids are UUIDs derived from the name, so a test
that builds the same service twice gets the same record.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from directory import models
from directory.needs import NEEDS_TAXONOMY, default_catalogue
from directory.store import Directory

NAMESPACE = uuid.UUID("9d4f3c1a-0b7e-4f5a-8c2d-1e6f7a8b9c0d")
# Kingston upon Thames town centre, by KT1 1 sector; tests place services relative to it.
KINGSTON = (51.4103, -0.3015)


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


def need_attribute(code: str) -> dict[str, Any]:
    need = default_catalogue().get(code)
    return {
        "id": uid("attr", code),
        "taxonomy_term": {
            "id": need.term_id,
            "name": need.label,
            "description": need.description,
            "taxonomy": NEEDS_TAXONOMY,
            "term": code,
        },
    }


def term_attribute(taxonomy: str, code: str, name: str) -> dict[str, Any]:
    return {
        "id": uid("attr", taxonomy, code),
        "taxonomy_term": {
            "id": uid("term", taxonomy, code),
            "name": name,
            "description": name,
            "taxonomy": taxonomy,
            "term": code,
        },
    }


def make_service(
    name: str = "Kingston Community Pantry",
    *,
    needs: tuple[str, ...] = ("food",),
    lat: float | None = KINGSTON[0],
    lon: float | None = KINGSTON[1],
    postcode: str | None = "KT1 1EU",
    organization: str = "Kingston Community Group",
    assured_date: str | None = "2026-10-01",
    status: str = "active",
    schedules: list[dict] | None = None,
    service_areas: list[dict] | None = None,
    attributes: list[dict] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A full ORUK 3.0 service; ``lat=None`` makes one with no location (a helpline)."""
    service: dict[str, Any] = {
        "id": uid("service", name),
        "name": name,
        "description": f"{name}: a test service.",
        "url": f"https://{uid('site', name)[:8]}.example.org/",
        "email": "hello@example.org",
        "status": status,
        "assured_date": assured_date,
        "last_modified": "2026-10-01T09:00:00Z",
        "organization": {
            "id": uid("org", organization),
            "name": organization,
            "description": f"{organization} (test data).",
        },
        "phones": [{"id": uid("phone", name), "number": "020 7946 0123"}],
        "schedules": schedules
        if schedules is not None
        else [
            {
                "id": uid("schedule", name),
                "freq": "WEEKLY",
                "byday": "MO,TU,WE,TH,FR",
                "opens_at": "09:00",
                "closes_at": "17:00",
                "description": "Weekdays 9am to 5pm",
            }
        ],
        "service_areas": service_areas or [],
        "attributes": attributes
        if attributes is not None
        else [need_attribute(code) for code in needs],
        **fields,
    }
    if lat is not None and lon is not None:
        service["service_at_locations"] = [
            {
                "id": uid("sal", name),
                "location": {
                    "id": uid("location", name),
                    "location_type": "physical",
                    "name": f"{name} hall",
                    "latitude": lat,
                    "longitude": lon,
                    "addresses": [
                        {
                            "id": uid("address", name),
                            "address_1": "1 Test Street",
                            "city": "Kingston upon Thames",
                            "state_province": "Greater London",
                            "postal_code": postcode,
                            "country": "GB",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ]
    return service


def make_feed(services: list[dict], **page: Any) -> dict[str, Any]:
    return {
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": not services,
        "contents": services,
        **page,
    }


def write_feed(path: Path, services: list[dict], **page: Any) -> str:
    path.write_text(json.dumps(make_feed(services, **page)), encoding="utf-8")
    return str(path)


def snapshot(directory: Directory) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every directory table, so that "nothing changed" is asserted exactly.

    ``feed`` is left out: it is the import log, and each import rightly updates it.
    """
    with directory.sessions() as session:
        return {
            table.name: sorted(
                tuple(str(value) for value in row)
                for row in session.execute(select(*table.columns)).all()
            )
            for table in models.Base.metadata.sorted_tables
            if table.name != "feed"
        }
