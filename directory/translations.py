"""Translations of feed text (Welsh first): read from feeds, stored, looked up, published.

HSDS 3.0 has no way to say a record in two languages, so bilingual feeds (``conwy.json``)
carry an extension property on any object whose text they translate, next to the default
text in the standard fields::

    {"id": "...", "name": "Food Bank", "description": "...",
     "translations": [{"language": "cy", "name": "Banc Bwyd", "description": "..."}]}

The default text of a feed is taken to be English (:data:`DEFAULT_LANGUAGE`): HSDS records
carry no language of their own. A request for English therefore always gets the feed's own
text; any other language gets its translation field by field, and the feed's text where a
field has none.

Storage (``translation``, see :class:`directory.models.Translation`): one row per record,
language and field, keyed by the record's type and our id. ``owner_id`` is the record whose
import wrote the row (the service for its phones, schedules…; the location for its
addresses; the organisation for itself), so re-importing that record replaces its
translations with its other child rows, in the same savepoint.

What may be translated is listed in :data:`TRANSLATABLE`: the free-text fields we store.
A translation of any other field, a value that is not a string, or a language that is not
a language code is left out and reported as a warning of the service it came in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import and_, or_, select, union_all
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from directory import models

DEFAULT_LANGUAGE = "en"

# Record type → the text fields a feed may translate (the ones we store and publish).
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "organization": ("name", "description"),
    "service": (
        "name",
        "description",
        "eligibility_description",
        "fees",
        "accreditations",
        "alert",
    ),
    "location": ("name", "description"),
    "address": ("attention", "address_1", "address_2", "city", "region", "state_province"),
    "accessibility": ("description", "details"),
    "phone": ("description",),
    "contact": ("name", "title", "department"),
    "schedule": ("description", "notes"),
    "service_area": ("name", "description"),
    "language": ("name", "note"),
    "cost_option": ("option", "amount_description"),
}

# BCP 47, loosely: a two- or three-letter language, then optional subtags (cy, cy-GB, zh-Hant).
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_CHUNK = 500


def normalise_language(value: Any) -> str | None:
    """``value`` as a language tag in its usual case (``cy``, ``cy-GB``), or None if not one."""
    if not isinstance(value, str) or not _TAG.fullmatch(value.strip()):
        return None
    language, *subtags = value.strip().split("-")
    parts = [language.lower()]
    for subtag in subtags:
        if len(subtag) == 2 and subtag.isalpha():
            parts.append(subtag.upper())  # region: GB
        elif len(subtag) == 4 and subtag.isalpha():
            parts.append(subtag.title())  # script: Latn
        else:
            parts.append(subtag.lower())
    return "-".join(parts)


def is_default(language: str | None) -> bool:
    """True for no language and for the feeds' own language (``en``, ``en-GB``)."""
    return language is None or language.partition("-")[0].lower() == DEFAULT_LANGUAGE


def candidates(language: str) -> tuple[str, ...]:
    """The stored languages that answer a request, most specific first (cy-GB, then cy)."""
    primary = language.partition("-")[0]
    return (language,) if primary == language else (language, primary)


# -- reading feeds ----------------------------------------------------------------------------
def read(data: Mapping[str, Any], record_type: str) -> tuple[dict[tuple[str, str], str], list[str]]:
    """The translations on one feed object: {(language, field): text}, and what was wrong.

    Problems are ``path: reason`` relative to the object (``translations[0].language: …``).
    Empty strings are no translation; of two texts for one language and field the later wins.
    """
    raw = data.get("translations")
    if raw is None:
        return {}, []
    if not isinstance(raw, list):
        return {}, [f"translations: expected a list, got {type(raw).__name__}"]
    allowed = TRANSLATABLE.get(record_type, ())
    found: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    for index, entry in enumerate(raw):
        where = f"translations[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected an object, got {type(entry).__name__}")
            continue
        language = normalise_language(entry.get("language"))
        if language is None:
            given = entry.get("language")
            problems.append(
                f"{where}.language: {str(given)[:40]!r} is not a language code "
                "(two or three letters, e.g. cy)"
                if given is not None
                else f"{where}.language: required field missing"
            )
            continue
        for field, value in entry.items():
            if field == "language":
                continue
            if field not in allowed:
                problems.append(
                    f"{where}.{field}: not a translatable field of {record_type} "
                    f"({', '.join(allowed) or 'none'})"
                )
            elif not isinstance(value, str):
                problems.append(
                    f"{where}.{field}: expected a string, got {type(value).__name__} "
                    + f"{value!r}"[:60]
                )
            elif value.strip():
                found[(language, field)] = value.strip()
    return found, problems


def _dicts(value: Any) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def feed_objects(record: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(path, record type, object) for every object of a service record that we store."""
    yield "", "service", record
    if isinstance(record.get("organization"), dict):
        yield "organization.", "organization", record["organization"]
    for i, item in enumerate(_dicts(record.get("phones"))):
        yield f"phones[{i}].", "phone", item
    for i, item in enumerate(_dicts(record.get("contacts"))):
        yield f"contacts[{i}].", "contact", item
        for j, phone in enumerate(_dicts(item.get("phones"))):
            yield f"contacts[{i}].phones[{j}].", "phone", phone
    for key, kind in (
        ("schedules", "schedule"),
        ("service_areas", "service_area"),
        ("languages", "language"),
        ("cost_options", "cost_option"),
    ):
        for i, item in enumerate(_dicts(record.get(key))):
            yield f"{key}[{i}].", kind, item
    for i, sal in enumerate(_dicts(record.get("service_at_locations"))):
        yield f"service_at_locations[{i}].", "service_at_location", sal
        for j, item in enumerate(_dicts(sal.get("schedules"))):
            yield f"service_at_locations[{i}].schedules[{j}].", "schedule", item
        if isinstance(sal.get("location"), dict):
            yield from _location_objects(f"service_at_locations[{i}].location.", sal["location"])
    for i, item in enumerate(_dicts(record.get("attributes"))):
        yield f"attributes[{i}].", "attribute", item
        if isinstance(item.get("taxonomy_term"), dict):
            yield f"attributes[{i}].taxonomy_term.", "taxonomy_term", item["taxonomy_term"]


def _location_objects(
    where: str, location: Mapping[str, Any]
) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    yield where, "location", location
    for key, kind in (
        ("addresses", "address"),
        ("accessibility", "accessibility"),
        ("phones", "phone"),
    ):
        for j, item in enumerate(_dicts(location.get(key))):
            yield f"{where}{key}[{j}].", kind, item


def check_record(record: Mapping[str, Any]) -> list[str]:
    """Warnings about the translations anywhere in one service record, by path."""
    warnings = []
    for path, kind, data in feed_objects(record):
        if "translations" not in data:
            continue
        if kind not in TRANSLATABLE:
            warnings.append(f"{path}translations: {kind} text is not translated; ignored")
            continue
        warnings += [f"{path}{problem}" for problem in read(data, kind)[1]]
    return warnings


def rows(
    record_type: str, record_id: str, data: Mapping[str, Any], owner_id: str
) -> list[dict[str, str]]:
    """``translation`` rows for one feed object (the valid part of its translations)."""
    found, _ = read(data, record_type)
    return [
        {
            "record_type": record_type,
            "record_id": record_id,
            "language": language,
            "field": field,
            "text": text,
            "owner_id": owner_id,
        }
        for (language, field), text in found.items()
    ]


# -- looking up -------------------------------------------------------------------------------
def _where(records: Mapping[str, Iterable[str]]) -> Iterator[Any]:
    """Conditions selecting the rows of ``records`` (type → ids), a chunk of ids at a time."""
    t = models.Translation
    for record_type, ids in records.items():
        unique = sorted({record_id for record_id in ids if record_id})
        for start in range(0, len(unique), _CHUNK):
            chunk = unique[start : start + _CHUNK]
            yield and_(t.record_type == record_type, t.record_id.in_(chunk))


def lookup(
    session: Session, records: Mapping[str, Iterable[str]], language: str
) -> dict[tuple[str, str], tuple[str, str]]:
    """{(record id, field): (text, language)} in ``language`` (or its primary language).

    One query (a UNION ALL of one primary-key search per record type: an OR here would let
    SQLite pick the language index and read every row in that language). Call it only when
    a language other than the default is wanted, so default-language pages never pay for it.
    """
    t = models.Translation
    wanted = candidates(language)
    rank = {tag: position for position, tag in enumerate(wanted)}
    parts = [
        select(t.record_id, t.field, t.language, t.text).where(condition, t.language.in_(wanted))
        for condition in _where(records)
    ]
    found: dict[tuple[str, str], tuple[str, str]] = {}
    if not parts:
        return found
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    for record_id, field, tag, text in session.connection().execute(statement):
        key = (record_id, field)
        if key not in found or rank[tag] < rank[found[key][1]]:
            found[key] = (text, tag)
    return found


def all_languages(
    session: Session, records: Mapping[str, Iterable[str]]
) -> dict[str, dict[str, dict[str, str]]]:
    """{record id: {language: {field: text}}} for every stored translation of ``records``."""
    t = models.Translation
    found: dict[str, dict[str, dict[str, str]]] = {}
    conditions = list(_where(records))
    for start in range(0, len(conditions), 8):
        statement = select(t.record_id, t.language, t.field, t.text).where(
            or_(*conditions[start : start + 8])
        )
        for record_id, language, field, text in session.connection().execute(statement):
            found.setdefault(record_id, {}).setdefault(language, {})[field] = text
    return found


def stored_language(session: Session, language: str) -> str | None:
    """The stored language that answers ``language`` (cy-GB, else cy), or None if none does."""
    t = models.Translation
    for tag in candidates(language):
        if session.scalar(select(t.language).where(t.language == tag).limit(1)) is not None:
            return tag
    return None


def best_language(session: Session, tags: Iterable[str]) -> str:
    """The first of ``tags`` (in order of preference) that results can be shown in.

    English (the feeds' own) and ``*`` always can; tags that are not language codes are
    skipped; with no match, English.
    """
    for raw in list(tags)[:10]:
        if raw.strip() == "*":
            return DEFAULT_LANGUAGE
        tag = normalise_language(raw)
        if tag is None:
            continue
        if is_default(tag):
            return DEFAULT_LANGUAGE
        found = stored_language(session, tag)
        if found is not None:
            return found
    return DEFAULT_LANGUAGE


# The distinct languages by hopping through the language index (a "loose index scan"): one
# index seek per language, however many rows each has. Both SQLite and PostgreSQL run it.
_LANGUAGES = sql(
    "WITH RECURSIVE found(language) AS ("
    " SELECT MIN(language) FROM translation"
    " UNION ALL"
    " SELECT (SELECT MIN(t.language) FROM translation t WHERE t.language > found.language)"
    " FROM found WHERE found.language IS NOT NULL"
    ") SELECT language FROM found WHERE language IS NOT NULL"
)


def languages(session: Session) -> list[str]:
    """The default language and every language some record is translated into."""
    return sorted({DEFAULT_LANGUAGE, *session.scalars(_LANGUAGES)})
