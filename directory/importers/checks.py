"""Check one HSDS 3.0 / ORUK 3.0 service record before it is written.

The rules follow the ORUK 3.0 schema for the fields we import (the tests compare our
verdicts with the official schema on the ORUK validator's own fixtures). Two severities,
as the ORUK validator has:

- **errors** reject the record: it is not an object, a required field (``id``, ``name``,
  ``status``; ``id`` of every nested object) is missing or empty, or a field has the wrong
  JSON type (``"email": false``). A record we cannot read safely is never half-imported.
  A malformed ``url``, ``email``, ``website`` or ``last_modified`` is an error too, as in
  the official validator (its "Fail" ``service_full`` fixture fails on exactly that): a
  resident must never be handed a broken link.
- **warnings** keep the record: an id that is not a UUID (ORUK 1.0 and CSV feeds often use
  numbers; our own ids are derived UUIDs anyway), an unknown ``status``, a translation we
  cannot keep (``translations`` extension: a language that is not a language code, a field
  that is not translatable, a value that is not a string; see :mod:`directory.translations`),
  which is left out while the rest of the record imports.

Messages name the field by its path (``service_at_locations[0].location.latitude``) so a
feed's owner can find it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from directory import translations

STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})

_TEXT = {"type": "string"}
_OPT_TEXT = {"type": ["string", "null"]}
_NUMBER = {"type": ["number", "null"]}
_URI = {"type": ["string", "null"], "format": "uri"}
_EMAIL = {"type": ["string", "null"], "format": "email"}
_ID = {"type": "string", "minLength": 1}


def _obj(required: tuple[str, ...] = ("id",), **props: dict) -> dict:
    return {"type": "object", "required": list(required), "properties": {"id": _ID, **props}}


def _list(item: dict) -> dict:
    return {"type": ["array", "null"], "items": item}


_TERM = _obj(
    ("id", "name"),
    name=_TEXT,
    description=_OPT_TEXT,
    taxonomy=_OPT_TEXT,
    term=_OPT_TEXT,
    code=_OPT_TEXT,
    term_uri=_URI,
    parent_id=_OPT_TEXT,
)
_ATTRIBUTE = _obj(
    taxonomy_term=_TERM, taxonomy_term_id=_OPT_TEXT, link_type=_OPT_TEXT, value=_OPT_TEXT
)
_PHONE = _obj(
    ("id", "number"),
    number={"type": "string", "minLength": 1},
    extension=_OPT_TEXT,
    type=_OPT_TEXT,
    description=_OPT_TEXT,
)
_ADDRESS = _obj(
    address_1=_OPT_TEXT,
    address_2=_OPT_TEXT,
    city=_OPT_TEXT,
    state_province=_OPT_TEXT,
    postal_code=_OPT_TEXT,
    country=_OPT_TEXT,
    address_type=_OPT_TEXT,
    attention=_OPT_TEXT,
    region=_OPT_TEXT,
)
_LOCATION = _obj(
    name=_OPT_TEXT,
    description=_OPT_TEXT,
    location_type=_OPT_TEXT,
    latitude=_NUMBER,
    longitude=_NUMBER,
    addresses=_list(_ADDRESS),
    accessibility=_list(_obj(description=_OPT_TEXT, details=_OPT_TEXT, url=_URI)),
    phones=_list(_PHONE),
    external_identifier=_OPT_TEXT,
    external_identifier_type=_OPT_TEXT,
)
_SCHEDULE = _obj(
    valid_from=_OPT_TEXT,
    valid_to=_OPT_TEXT,
    dtstart=_OPT_TEXT,
    freq=_OPT_TEXT,
    interval=_NUMBER,
    byday=_OPT_TEXT,
    bymonthday=_OPT_TEXT,
    opens_at=_OPT_TEXT,
    closes_at=_OPT_TEXT,
    description=_OPT_TEXT,
    schedule_link=_URI,
    attending_type=_OPT_TEXT,
    notes=_OPT_TEXT,
)
SERVICE_SCHEMA = _obj(
    ("id", "name", "status"),
    name={"type": "string", "minLength": 1},
    status={"type": "string", "minLength": 1},
    description=_OPT_TEXT,
    url=_URI,
    email=_EMAIL,
    fees=_OPT_TEXT,
    accreditations=_OPT_TEXT,
    minimum_age=_NUMBER,
    maximum_age=_NUMBER,
    assured_date=_OPT_TEXT,
    assurer_email=_EMAIL,
    alert=_OPT_TEXT,
    last_modified={"type": ["string", "null"], "format": "date-time"},
    organization={
        "oneOf": [
            {"type": "null"},
            _obj(
                ("id", "name"),
                name=_TEXT,
                description=_OPT_TEXT,
                email=_EMAIL,
                website=_URI,
                logo=_OPT_TEXT,
                uri=_URI,
                parent_organization_id=_OPT_TEXT,
            ),
        ]
    },
    phones=_list(_PHONE),
    contacts=_list(_obj(name=_OPT_TEXT, title=_OPT_TEXT, email=_OPT_TEXT, phones=_list(_PHONE))),
    schedules=_list(_SCHEDULE),
    service_areas=_list(
        _obj(
            name=_OPT_TEXT,
            extent=_OPT_TEXT,
            extent_type=_OPT_TEXT,
            uri=_OPT_TEXT,
            description=_OPT_TEXT,
        )
    ),
    service_at_locations=_list(_obj(location=_LOCATION, schedules=_list(_SCHEDULE))),
    languages=_list(_obj(name=_OPT_TEXT, code=_OPT_TEXT, note=_OPT_TEXT)),
    cost_options=_list(
        _obj(
            option=_OPT_TEXT,
            amount=_NUMBER,
            amount_description=_OPT_TEXT,
            currency=_OPT_TEXT,
            valid_from=_OPT_TEXT,
            valid_to=_OPT_TEXT,
        )
    ),
    attributes=_list(_ATTRIBUTE),
)
_VALIDATOR = Draft202012Validator(SERVICE_SCHEMA, format_checker=FormatChecker())


@dataclass
class Verdict:
    record_id: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _path(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def _describe(error: Any) -> str:
    where = _path(error.absolute_path)
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        prefix = f"{where}." if where != "(record)" else ""
        return f"{prefix}{missing}: required field missing"
    if error.validator == "minLength":
        return f"{where}: must not be empty"
    if error.validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return (
            f"{where}: expected {expected}, got {type(error.instance).__name__} "
            + (f"{error.instance!r}"[:60])
        )
    if error.validator == "format":
        return f"{where}: {str(error.instance)[:60]!r} is not a valid {error.validator_value}"
    if error.validator == "oneOf":
        return f"{where}: expected an object with id and name"
    return f"{where}: {error.message[:120]}"


def check_service(record: Any, position: int | None = None) -> Verdict:
    """Check one service record; ``position`` names records that have no usable id."""
    if not isinstance(record, dict):
        return Verdict(f"#{position}", errors=["(record): expected an object"])
    raw_id = record.get("id")
    record_id = raw_id if isinstance(raw_id, str) and raw_id else f"#{position}"
    verdict = Verdict(record_id)
    verdict.errors = sorted({_describe(error) for error in _VALIDATOR.iter_errors(record)})
    if isinstance(raw_id, str) and raw_id:
        try:
            uuid.UUID(raw_id)
        except ValueError:
            verdict.warnings.append(f"id: {raw_id[:40]!r} is not a UUID")
    status = record.get("status")
    if isinstance(status, str) and status and status.lower() not in STATUSES:
        verdict.warnings.append(f"status: {status[:30]!r} is not one of {sorted(STATUSES)}")
    verdict.warnings += translations.check_record(record)
    return verdict
