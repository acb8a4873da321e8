"""Open Referral UK 1.0 (HSDS-UK 1.0) JSON, read into HSDS 3.0 service records.

Many English councils still publish the first ORUK API (Placecube's Open Place Directory,
Buckinghamshire, Bristol). Shapes:

- a page: ``{"totalElements", "totalPages", "number", "size", "first", "last",
  "numberOfElements", "content": [...]}``. ``number`` is 1-based in ORUK 1.0 but 0-based in
  feeds that kept the Spring Data default; the first page's number tells which. From a URL
  the following pages are read with ``?page=N`` in the feed's own numbering, until
  ``totalPages`` or ``"last": true``; a page whose ``number`` is not the one asked for (a
  server ignoring ``?page=``) fails the import rather than silently repeating page 1. A page
  read from a file is a full feed only when it is the only page;
- one service (it has ``regular_schedules``, ``service_taxonomys`` or ``eligibilitys``): a
  partial update.

Mapped onto HSDS 3.0 as the writer stores it: ids (often numbers) become strings;
``organization.url`` → ``website``; ``regular_schedules`` → ``schedules`` (``weekday``
"Monday"/"Mon"/1..7 → ``byday`` "MO", 0 and 7 both Sunday; ``freq`` WEEKLY when the row names
days but no ``freq``); a *closed* ``holiday_schedules`` entry → a schedule row with no times
(so it never changes an open/closed answer) whose description says when it is closed;
``service_areas[].service_area`` → ``name``; ``physical_addresses`` → ``addresses``;
``accessibility_for_disabilities[].accessibility`` → ``description``; ``languages[].language``
→ ``name``; ``service_taxonomys`` → ``attributes`` (LGSL vocabularies such as
"esdServiceTypes" keep the numeric id as the term, so they map onto needs through LGSL; any
other vocabulary, e.g. "esdNeeds" whose numbers are *not* LGSL codes, uses the term's name);
``eligibilitys`` → the service's ``minimum_age`` (lowest) and ``maximum_age`` (highest).
ORUK 1.0 services carry their phone numbers only on contacts, so the contacts' numbers are also
listed as the service's phones (as the HSDS 3.0 example does), or residents would see none.

Lenient with shapes (a lone object where a list belongs, numbers as strings, empty strings,
nulls), but never invents data: a value that cannot be read (a latitude of "abc", a weekday
of "Funday") is left out and reported as a problem of that service.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from directory.importers.base import FeedContent, Reader, register
from directory.importers.fetch import Fetcher, FetchError, is_url, with_query

MAX_PAGES = 10_000
_SERVICE_KEYS = ("regular_schedules", "service_taxonomys", "eligibilitys")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_NUMBERS = {0: "SU", 1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}
_TRUE = frozenset({"true", "yes", "y", "1"})


def _is_service(document: Any) -> bool:
    return isinstance(document, dict) and any(key in document for key in _SERVICE_KEYS)


def _is_page(document: Any) -> bool:
    return (
        isinstance(document, dict)
        and isinstance(document.get("content"), list)
        and ("totalElements" in document or "totalPages" in document)
    )


# -- reading values leniently -------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A string field: numbers become text, empty strings and other types are absent."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


def _items(value: Any) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _int(value: Any) -> int | None:
    number = _number(value)
    return int(number) if isinstance(number, (int, float)) and number == int(number) else None


def _number(value: Any) -> int | float | str | None:
    """A number, ``None`` when absent, or the original text when it is not a number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else str(value)
    text = str(value).strip()
    if not text:
        return None
    try:
        return int(text) if re.fullmatch(r"[+-]?\d+", text) else _finite(float(text), text)
    except ValueError:
        return text


def _finite(number: float, text: str) -> float | str:
    return number if math.isfinite(number) else text


def _compact(**fields: Any) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value not in (None, [], {})}


class _Converter:
    """Converts one ORUK 1.0 service, collecting what could not be read."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def number(
        self, value: Any, where: str, low: float = -math.inf, high: float = math.inf
    ) -> int | float | None:
        number = _number(value)
        if isinstance(number, str):
            self.problems.append(f"{where} {number[:40]!r} is not a number")
            return None
        if number is not None and not low <= number <= high:
            self.problems.append(f"{where} {number} is not between {low:g} and {high:g}")
            return None
        return number

    def service(self, raw: dict) -> dict[str, Any]:
        record = _compact(
            id=_text(raw.get("id")),
            name=_text(raw.get("name")),
            description=_text(raw.get("description")),
            url=_text(raw.get("url")),
            email=_text(raw.get("email")),
            status=_text(raw.get("status")),
            fees=_text(raw.get("fees")),
            accreditations=_text(raw.get("accreditations")),
            assured_date=_text(raw.get("assured_date")),
            organization=self.organization(raw.get("organization")),
        )
        record.update(self.ages(_items(raw.get("eligibilitys"))))
        contacts = [self.contact(item) for item in _items(raw.get("contacts"))]
        phones = [self.phone(item) for item in _items(raw.get("phones"))]
        phones += [phone for contact in contacts for phone in contact.get("phones", [])]
        schedules = [
            self.schedule(item, f"regular_schedules[{index}]")
            for index, item in enumerate(_items(raw.get("regular_schedules")))
        ] + self.closures(raw.get("holiday_schedules"))
        record.update(
            _compact(
                phones=_unique([phone for phone in phones if phone]),
                contacts=contacts,
                schedules=schedules,
                service_areas=[
                    self.service_area(item) for item in _items(raw.get("service_areas"))
                ],
                service_at_locations=[
                    self.service_at_location(item, f"service_at_locations[{index}]")
                    for index, item in enumerate(_items(raw.get("service_at_locations")))
                ],
                languages=[
                    _compact(id=_text(item.get("id")), name=name)
                    for item in _items(raw.get("languages"))
                    if (name := _text(item.get("language")))
                ],
                cost_options=[
                    self.cost_option(item, f"cost_options[{index}]")
                    for index, item in enumerate(_items(raw.get("cost_options")))
                ],
                attributes=[
                    attribute
                    for item in _items(raw.get("service_taxonomys"))
                    if (attribute := self.attribute(item)) is not None
                ],
            )
        )
        return record

    def organization(self, raw: Any) -> dict[str, Any] | None:
        if not isinstance(raw, dict):
            return None
        organization = _compact(
            id=_text(raw.get("id")),
            name=_text(raw.get("name")),
            description=_text(raw.get("description")),
            website=_text(raw.get("url")) or _text(raw.get("website")),
            email=_text(raw.get("email")),
            logo=_text(raw.get("logo")),
            uri=_text(raw.get("uri")),
        )
        if "id" not in organization or "name" not in organization:
            self.problems.append("organization has no id or no name; left out")
            return None
        return organization

    def ages(self, eligibilities: list[dict]) -> dict[str, Any]:
        lows, highs = [], []
        for index, item in enumerate(eligibilities):
            low = self.number(item.get("minimum_age"), f"eligibilitys[{index}].minimum_age")
            high = self.number(item.get("maximum_age"), f"eligibilitys[{index}].maximum_age")
            lows += [low] if low is not None else []
            highs += [high] if high is not None else []
        return _compact(minimum_age=min(lows, default=None), maximum_age=max(highs, default=None))

    def phone(self, raw: dict) -> dict[str, Any] | None:
        number = _text(raw.get("number"))
        return _compact(id=_text(raw.get("id")), number=number) if number else None

    def contact(self, raw: dict) -> dict[str, Any]:
        return _compact(
            id=_text(raw.get("id")),
            name=_text(raw.get("name")),
            title=_text(raw.get("title")),
            phones=[phone for item in _items(raw.get("phones")) if (phone := self.phone(item))],
        )

    def schedule(self, raw: dict, where: str) -> dict[str, Any]:
        byday = _text(raw.get("byday"))
        if byday is None and raw.get("weekday") not in (None, ""):
            byday = _weekdays(raw.get("weekday"))
            if byday is None:
                weekday = str(raw.get("weekday"))[:40]
                self.problems.append(f"{where}.weekday {weekday!r} is not a day of the week")
        freq = _text(raw.get("freq"))
        return _compact(
            id=_text(raw.get("id")),
            freq=freq.upper() if freq else ("WEEKLY" if byday else None),
            interval=self.number(raw.get("interval"), f"{where}.interval"),
            byday=byday,
            bymonthday=_text(raw.get("bymonthday")),
            dtstart=_text(raw.get("dtstart")),
            valid_from=_text(raw.get("valid_from")),
            valid_to=_text(raw.get("valid_to")),
            opens_at=_text(raw.get("opens_at")),
            closes_at=_text(raw.get("closes_at")),
            description=_text(raw.get("description")),
        )

    def closures(self, raw: Any) -> list[dict[str, Any]]:
        """Closed holiday entries as notes: rows with dates but no times, never evaluated."""
        rows = []
        for item in _items(raw):
            closed = item.get("closed")
            if isinstance(closed, str):
                closed = closed.strip().lower() in _TRUE
            holiday_id = _text(item.get("id"))
            if closed is not True or holiday_id is None:
                continue
            start, end = _text(item.get("start_date")), _text(item.get("end_date"))
            when = " to ".join(day[:10] for day in (start, end) if day)
            rows.append(
                _compact(
                    id=f"holiday-{holiday_id}",
                    valid_from=start,
                    valid_to=end,
                    description=f"Closed {when}".strip(),
                )
            )
        return rows

    def service_area(self, raw: dict) -> dict[str, Any]:
        extent = raw.get("extent")
        if isinstance(extent, (dict, list)):
            extent = json.dumps(extent, sort_keys=True)
        return _compact(
            id=_text(raw.get("id")),
            name=_text(raw.get("service_area")) or _text(raw.get("name")),
            extent=_text(extent),
            uri=_text(raw.get("uri")),
        )

    def service_at_location(self, raw: dict, where: str) -> dict[str, Any]:
        location = raw.get("location")
        return _compact(
            id=_text(raw.get("id")),
            location=self.location(location, f"{where}.location")
            if isinstance(location, dict)
            else None,
            schedules=[
                self.schedule(item, f"{where}.regular_schedules[{index}]")
                for index, item in enumerate(_items(raw.get("regular_schedules")))
            ]
            + self.closures(raw.get("holiday_schedules")),
        )

    def location(self, raw: dict, where: str) -> dict[str, Any]:
        return _compact(
            id=_text(raw.get("id")),
            name=_text(raw.get("name")),
            description=_text(raw.get("description")),
            latitude=self.number(raw.get("latitude"), f"{where}.latitude", -90, 90),
            longitude=self.number(raw.get("longitude"), f"{where}.longitude", -180, 180),
            addresses=[
                _compact(
                    id=_text(item.get("id")),
                    attention=_text(item.get("attention")),
                    address_1=_text(item.get("address_1")),
                    address_2=_text(item.get("address_2")),
                    city=_text(item.get("city")),
                    state_province=_text(item.get("state_province")),
                    postal_code=_text(item.get("postal_code")),
                    country=_text(item.get("country")),
                    address_type="physical",
                )
                for item in _items(raw.get("physical_addresses"))
            ],
            accessibility=[
                _compact(
                    id=_text(item.get("id")),
                    description=_text(item.get("accessibility")),
                    details=_text(item.get("details")),
                )
                for item in _items(raw.get("accessibility_for_disabilities"))
            ],
        )

    def cost_option(self, raw: dict, where: str) -> dict[str, Any]:
        return _compact(
            id=_text(raw.get("id")),
            option=_text(raw.get("option")),
            amount=self.number(raw.get("amount"), f"{where}.amount"),
            amount_description=_text(raw.get("amount_description")),
            valid_from=_text(raw.get("valid_from")),
            valid_to=_text(raw.get("valid_to")),
        )

    def attribute(self, raw: dict) -> dict[str, Any] | None:
        taxonomy = raw.get("taxonomy")
        if not isinstance(taxonomy, dict):
            return None
        term_id, name = _text(taxonomy.get("id")), _text(taxonomy.get("name"))
        vocabulary = _text(taxonomy.get("vocabulary"))
        code = name
        if vocabulary and term_id and _is_service_list(vocabulary):
            match = re.search(r"(\d+)$", term_id)
            code = match.group(1) if match else term_id
        if not (name or code):
            return None
        return _compact(
            id=_text(raw.get("id")),
            taxonomy_term=_compact(
                id=term_id,
                name=name or code,
                taxonomy=vocabulary,
                term=code,
                parent_id=_text(taxonomy.get("parent")),
            ),
        )


def _is_service_list(vocabulary: str) -> bool:
    """LGSL under its various names; other esd lists (needs, circumstances) are not LGSL."""
    key = re.sub(r"[^a-z]", "", vocabulary.lower())
    return (
        "lgsl" in key
        or "servicetype" in key
        or "englishandwelshservice" in key
        or key in {"esd", "esdorguk", "esdservices"}
    )


def _weekdays(value: Any) -> str | None:
    """``byday`` for an ORUK 1.0 ``weekday``: "Monday", "mon", "MO", 1..7, or a list of them."""
    parts = [value] if isinstance(value, (int, float)) else re.split(r"[\s,;]+", str(value).strip())
    days = []
    for part in parts:
        number = _int(part)
        if number is not None:
            day = _DAY_NUMBERS.get(number)
        else:
            word = str(part).lower().rstrip(".")
            day = next(
                (
                    name[:2].upper()
                    for name in _DAY_NAMES
                    for form in (word, word.removesuffix("s"))  # "Mondays"
                    if len(form) >= 2 and name.startswith(form)
                ),
                None,
            )
        if day is None:
            return None
        days.append(day)
    return ",".join(dict.fromkeys(days)) or None


def _unique(phones: list[dict]) -> list[dict]:
    seen: set[tuple[Any, Any]] = set()
    unique = []
    for phone in phones:
        key = (phone.get("id"), phone.get("number"))
        if key not in seen:
            seen.add(key)
            unique.append(phone)
    return unique


def convert_service(raw: Any, position: int) -> tuple[Any, list[tuple[str, str]]]:
    """One ORUK 1.0 service as an HSDS 3.0 record, and its problems as (record id, reason)."""
    if not isinstance(raw, dict):
        return raw, []  # the checks reject it with its position
    converter = _Converter()
    record = converter.service(raw)
    record_id = record.get("id") or f"#{position}"
    return record, [(record_id, problem) for problem in converter.problems]


# -- pages --------------------------------------------------------------------------------


def _page_number(page: dict) -> int | None:
    return _int(page.get("number"))


def _is_last(page: dict, position: int, total_pages: int | None) -> bool:
    """Whether ``page`` (the ``position``-th, counting from 1) is the feed's last page."""
    if page.get("last") is True:
        return True
    if total_pages is not None:
        return position >= total_pages
    # No count: an empty page is past the end; without "last" at all, a single page.
    return not page.get("content") or page.get("last") is not False


@register
class Oruk1Reader(Reader):
    name = "oruk1"
    description = "Open Referral UK 1.0 JSON: content/totalPages pages (?page=), or one service"

    def accepts(self, location: str, document: Any | None) -> bool:
        return _is_page(document) or _is_service(document)

    async def read(self, location: str, document: Any | None, fetch: Fetcher) -> FeedContent:
        if not _is_page(document):
            if not isinstance(document, dict):  # only when --importer oruk1 was given
                raise ValueError(f"{location}: not an ORUK 1.0 page or service")
            record, problems = convert_service(document, 0)
            return FeedContent(records=[record], full_feed=False, problems=problems)
        number = _page_number(document)
        base = 0 if number == 0 else 1
        position = 1 if number is None else number - base + 1
        total_pages = _int(document.get("totalPages"))
        pages = [document]
        if is_url(location):
            pages += await self._following_pages(location, document, position, base, fetch)
        complete = position == 1 and _is_last(pages[-1], position + len(pages) - 1, total_pages)
        records: list[Any] = []
        problems: list[tuple[str, str]] = []
        for page in pages:
            for raw in page["content"]:
                record, found = convert_service(raw, len(records))
                records.append(record)
                problems += found
        return FeedContent(records=records, full_feed=complete, problems=problems)

    async def _following_pages(
        self, location: str, page: dict, position: int, base: int, fetch: Fetcher
    ) -> list[dict]:
        total_pages = _int(page.get("totalPages"))
        pages: list[dict] = []
        while not _is_last(page, position, total_pages):
            position += 1
            if position > MAX_PAGES:
                raise FetchError(f"{location}: more than {MAX_PAGES} pages")
            wanted = position - 1 + base
            page = await fetch.get_json(with_query(location, page=wanted))
            if not _is_page(page):
                raise FetchError(f"{location}: page {wanted} is not an ORUK 1.0 page")
            got = _page_number(page)
            if got is not None and got != wanted:
                raise FetchError(
                    f"{location}: asked for page {wanted} but got page {got} "
                    "(does the feed ignore ?page=?)"
                )
            pages.append(page)
        return pages
