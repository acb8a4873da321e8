"""The directory's Open Referral UK 3.0 read API (aiohttp), so others can reuse it.

Endpoints (ORUK 3.0 OpenAPI, plus organisations):

- ``GET /``: API details (version "HSDS-UK-3.0", profile, openapi_url);
- ``/services``: ``page``, ``per_page``, ``search`` (or ``text``), ``taxonomy_term_id``,
  ``taxonomy_id``, ``organization_id``, ``modified_after``, ``minimum_age``,
  ``maximum_age``, ``full`` (fully nested items); ``/services/{id}``: a full service;
- ``/service_at_locations``: the same filters plus ``postcode`` and ``proximity`` (metres,
  default 5000 when a postcode is given): then only those within it, nearest first;
  ``/service_at_locations/{id}``;
- ``/taxonomies``, ``/taxonomies/{id}`` (with its terms); ``/taxonomy_terms``
  (``taxonomy_id``, ``parent_id``, ``top_only``), ``/taxonomy_terms/{id}``;
- ``/organizations`` (those with published services), ``/organizations/{id}``.

Lists share the ORUK paging envelope (``total_items``, ``total_pages``, ``page_number``,
``size``, ``first_page``, ``last_page``, ``empty``, ``contents``); ``page`` counts from 1,
``per_page`` defaults to 50 and is capped at 500. Order: by name, by relevance when words
are given, by distance when a postcode is.

Only active services that no feed has withdrawn are published. A ``taxonomy_term_id`` of
one of our need terms (taxonomy "signpost-needs") finds services by the needs derived at
import, so ``food`` finds services a feed tagged LGSL 1818 or "Food banks"; other term ids
match the services' attributes. ``minimum_age``/``maximum_age`` are read as the OpenAPI
says: services whose minimum age is at least, or maximum age at most, the value.

Languages (see :mod:`directory.translations`): services, service-at-locations and
organisations come in the language asked for by ``?lang=cy`` or, without it, by the
``Accept-Language`` header (``cy, en;q=0.5``), in the same ORUK 3.0 shape, each field in that
language where the feed translated it and in English where not. Every object a feed
translated keeps its ``translations`` list (the feeds' extension property), which then also
holds the English that was replaced, so consumers see every language. ``Content-Language``
says which language was chosen (``en`` by default, and for taxonomies, which are not
translated); ``Vary: Accept-Language`` tells caches. A ``lang`` that is not a language code,
or one no record is translated into, is a 400; an ``Accept-Language`` that cannot be met
falls back to English, as HTTP expects.

Every response carries ``Access-Control-Allow-Origin: *``; bad parameters get a 400 and
unknown ids a 404, both as ``{"error": "..."}``. Nothing here builds an absolute link, so
the app can be mounted anywhere: ``main.add_subapp("/oruk/", create_app(directory))``.
Queries are synchronous SQLAlchemy, run in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from aiohttp import web
from dateutil.parser import isoparse
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from directory import fulltext, models, translations
from directory import oruk_export as export
from directory.geocode import (
    Point,
    PostcodeDataUnavailable,
    UnknownPlace,
    bounding_box,
    haversine_m,
)
from directory.needs import NEEDS_TAXONOMY_ID
from directory.postcodes import InvalidPostcode
from directory.settings import DirectorySettings
from directory.store import Directory

logger = logging.getLogger(__name__)

DIRECTORY = web.AppKey("directory", Directory)
SETTINGS = web.AppKey("settings", DirectorySettings)
API_DETAILS = {
    "version": "HSDS-UK-3.0",
    "profile": "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
    "openapi_url": "https://docs.openreferraluk.org/en/latest/openapi30.json",
}
PER_PAGE, MAX_PER_PAGE, MAX_PAGE = 50, 500, 1_000_000
DEFAULT_PROXIMITY_M, MAX_PROXIMITY_M = 5000.0, 1_000_000.0
TEXT_LIMIT = 5000  # most full-text matches a listing considers
T = TypeVar("T")
routes = web.RouteTableDef()


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


# -- parameters -----------------------------------------------------------------------------
def _param(query: Mapping[str, str], name: str) -> str | None:
    value = query.get(name, "").strip()
    return value or None


def _number(query: Mapping[str, str], name: str, *, whole: bool = False) -> float | None:
    raw = _param(query, name)
    if raw is None:
        return None
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise ApiError(400, f"{name} must be {kind}, got {raw[:40]!r}") from None
    if not math.isfinite(value) or value < 0:
        raise ApiError(400, f"{name} must be a number of 0 or more, got {raw[:40]!r}")
    return value


def _when(query: Mapping[str, str], name: str) -> datetime | None:
    raw = _param(query, name)
    try:
        return export.as_utc(isoparse(raw)) if raw else None
    except (ValueError, OverflowError):
        example = "2024-05-01T09:00:00Z"
        raise ApiError(400, f"{name} must be an ISO 8601 date-time such as {example}") from None


def _flag(query: Mapping[str, str], name: str) -> bool:
    raw = (_param(query, name) or "false").lower()
    if raw not in {"true", "false", "1", "0"}:
        raise ApiError(400, f"{name} must be true or false, got {raw[:40]!r}")
    return raw in {"true", "1"}


@dataclass(frozen=True)
class Paging:
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> Paging:
        page = _number(query, "page", whole=True)
        per_page = _number(query, "per_page", whole=True)
        if page is not None and not 1 <= page <= MAX_PAGE:
            raise ApiError(400, f"page must be from 1 (the first page) to {MAX_PAGE}, got {page}")
        if per_page is not None and per_page < 1:
            raise ApiError(400, f"per_page must be between 1 and {MAX_PER_PAGE}, got {per_page}")
        return cls(int(page or 1), min(int(per_page or PER_PAGE), MAX_PER_PAGE))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def envelope(self, contents: list[dict], total: int) -> dict:
        total_pages = math.ceil(total / self.per_page)
        return {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": self.page,
            "size": len(contents),
            "first_page": self.page == 1,
            "last_page": self.page >= total_pages,
            "empty": not contents,
            "contents": contents,
        }


@dataclass(frozen=True)
class Filters:
    text: str | None = None
    taxonomy_term_id: str | None = None
    taxonomy_id: str | None = None
    organization_id: str | None = None
    modified_after: datetime | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> Filters:
        return cls(
            text=_param(query, "search") or _param(query, "text"),
            taxonomy_term_id=_param(query, "taxonomy_term_id"),
            taxonomy_id=_param(query, "taxonomy_id"),
            organization_id=_param(query, "organization_id"),
            modified_after=_when(query, "modified_after"),
            minimum_age=_number(query, "minimum_age"),
            maximum_age=_number(query, "maximum_age"),
        )


# -- queries (synchronous: run through _query) -----------------------------------------------
def _published() -> list[ColumnElement[bool]]:
    return [models.Service.status == "active", models.Service.withdrawn_at.is_(None)]


def _conditions(
    session: Session, f: Filters, directory: Directory
) -> tuple[list[Any], dict[str, float]]:
    """WHERE clauses for services matching ``f``, and full-text scores when words are given."""
    service, attr, need = models.Service, models.Attribute, models.ServiceNeed
    conditions: list[Any] = _published()
    tagged = select(attr.link_id).where(attr.link_entity == "service")
    if f.taxonomy_term_id:
        by_attribute = service.id.in_(tagged.where(attr.taxonomy_term_id == f.taxonomy_term_id))
        known = directory.catalogue.by_term_id(f.taxonomy_term_id)
        if known is not None:  # one of our needs: as derived at import, from any taxonomy
            by_need = select(need.service_id).where(need.need == known.code)
            by_attribute = or_(by_attribute, service.id.in_(by_need))
        conditions.append(by_attribute)
    if f.taxonomy_id:
        terms = select(models.TaxonomyTerm.id).where(
            models.TaxonomyTerm.taxonomy_id == f.taxonomy_id
        )
        by_attribute = service.id.in_(tagged.where(attr.taxonomy_term_id.in_(terms)))
        if f.taxonomy_id == NEEDS_TAXONOMY_ID:
            by_attribute = or_(by_attribute, service.id.in_(select(need.service_id)))
        conditions.append(by_attribute)
    if f.organization_id:
        conditions.append(service.organization_id == f.organization_id)
    if f.modified_after is not None:
        # SQLite keeps no offset: stored digits are compared as UTC (see the writer).
        when = f.modified_after.replace(tzinfo=None) if _is_sqlite(session) else f.modified_after
        conditions.append(func.coalesce(service.last_modified, service.fetched_at) >= when)
    if f.minimum_age is not None:  # ORUK: "a minimum age of at least the value"
        conditions.append(service.minimum_age >= f.minimum_age)
    if f.maximum_age is not None:  # ORUK: "a maximum age equal to or below the value"
        conditions.append(service.maximum_age <= f.maximum_age)
    scores = fulltext.match(session, f.text, limit=TEXT_LIMIT) if f.text else {}
    if f.text:
        conditions.append(service.id.in_(list(scores)))
    return conditions, scores


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _count(session: Session, statement: Any) -> int:
    return session.scalar(select(func.count()).select_from(statement.subquery())) or 0


def list_services(
    session: Session, directory: Directory, f: Filters, paging: Paging, full: bool
) -> dict:
    service = models.Service
    conditions, scores = _conditions(session, f, directory)
    statement = select(service.id, service.name).where(*conditions)
    if f.text:
        rows = sorted(session.execute(statement), key=lambda r: (-scores[r.id], r.name, r.id))
        total, ids = len(rows), [r.id for r in rows[paging.offset :][: paging.per_page]]
    else:
        total = _count(session, statement)
        ids = list(
            session.scalars(
                statement.with_only_columns(service.id)
                .order_by(service.name, service.id)
                .offset(paging.offset)
                .limit(paging.per_page)
            )
        )
    return paging.envelope(export.load_services(session, ids, full=full), total)


def list_service_at_locations(
    session: Session,
    directory: Directory,
    f: Filters,
    paging: Paging,
    near: tuple[Point, float] | None,
) -> dict:
    sal, service = models.ServiceAtLocation, models.Service
    conditions, scores = _conditions(session, f, directory)
    statement = (
        select(sal.id, sal.latitude, sal.longitude, service.id.label("service_id"), service.name)
        .join(service, service.id == sal.service_id)
        .where(*conditions)
    )
    if near is not None:
        point, radius = near
        min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius)
        statement = statement.where(
            sal.latitude.between(min_lat, max_lat), sal.longitude.between(min_lon, max_lon)
        )
        hits = sorted(
            (haversine_m(point, Point(row.latitude, row.longitude)), row.id)
            for row in session.execute(statement)
        )
        ordered = [sal_id for distance, sal_id in hits if distance <= radius]
    elif f.text:
        rows = session.execute(statement).all()
        rows.sort(key=lambda r: (-scores[r.service_id], r.name, r.service_id, r.id))
        ordered = [row.id for row in rows]
    else:
        total = _count(session, statement)
        ids = list(
            session.scalars(
                statement.with_only_columns(sal.id)
                .order_by(service.name, service.id, sal.id)
                .offset(paging.offset)
                .limit(paging.per_page)
            )
        )
        return paging.envelope(export.load_service_at_locations(session, ids, full=False), total)
    ids = ordered[paging.offset :][: paging.per_page]
    contents = export.load_service_at_locations(session, ids, full=False)
    return paging.envelope(contents, len(ordered))


def get_service(session: Session, directory: Directory, service_id: str) -> dict | None:
    found = session.scalar(
        select(models.Service.id).where(models.Service.id == service_id, *_published())
    )
    return next(iter(export.load_services(session, [found], full=True)), None) if found else None


def get_service_at_location(session: Session, directory: Directory, sal_id: str) -> dict | None:
    sal, service = models.ServiceAtLocation, models.Service
    found = session.scalar(
        select(sal.id)
        .join(service, service.id == sal.service_id)
        .where(sal.id == sal_id, *_published())
    )
    items = export.load_service_at_locations(session, [found], full=True) if found else []
    return items[0] if items else None


def _paged_rows(session: Session, statement: Any, order: tuple, paging: Paging) -> tuple:
    total = _count(session, statement)
    rows = session.scalars(statement.order_by(*order).offset(paging.offset).limit(paging.per_page))
    return list(rows.unique()), total


def list_taxonomies(session: Session, directory: Directory, paging: Paging) -> dict:
    tax = models.Taxonomy
    rows, total = _paged_rows(session, select(tax), (tax.name, tax.id), paging)
    return paging.envelope([export.taxonomy(row) for row in rows], total)


def get_taxonomy(session: Session, directory: Directory, taxonomy_id: str) -> dict | None:
    row = session.get(models.Taxonomy, taxonomy_id)
    if row is None:
        return None
    term = models.TaxonomyTerm
    terms = session.scalars(
        select(term).where(term.taxonomy_id == row.id).order_by(term.name, term.id)
    )
    return export.taxonomy(row, terms.unique())


@dataclass(frozen=True)
class TermFilters:
    taxonomy_id: str | None = None
    parent_id: str | None = None
    top_only: bool = False

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> TermFilters:
        return cls(
            _param(query, "taxonomy_id"), _param(query, "parent_id"), _flag(query, "top_only")
        )


def list_taxonomy_terms(
    session: Session, directory: Directory, f: TermFilters, paging: Paging
) -> dict:
    term = models.TaxonomyTerm
    statement = select(term)
    if f.taxonomy_id:
        statement = statement.where(term.taxonomy_id == f.taxonomy_id)
    if f.parent_id:
        statement = statement.where(term.parent_id == f.parent_id)
    if f.top_only:
        statement = statement.where(or_(term.parent_id.is_(None), term.parent_id == ""))
    order = (term.taxonomy_id, term.name, term.id)
    rows, total = _paged_rows(session, statement, order, paging)
    return paging.envelope([export.taxonomy_term(row) for row in rows], total)


def get_taxonomy_term(session: Session, directory: Directory, term_id: str) -> dict | None:
    row = session.get(models.TaxonomyTerm, term_id)
    return export.taxonomy_term(row) if row else None


def _publishing_organizations() -> Any:
    return select(models.Service.organization_id).where(*_published())


def list_organizations(session: Session, directory: Directory, paging: Paging) -> dict:
    org = models.Organization
    statement = select(org).where(org.id.in_(_publishing_organizations()))
    rows, total = _paged_rows(session, statement, (org.name, org.id), paging)
    return paging.envelope([export.organization(row) for row in rows], total)


def get_organization(session: Session, directory: Directory, org_id: str) -> dict | None:
    org, service = models.Organization, models.Service
    row = session.scalar(
        select(org).where(org.id == org_id, org.id.in_(_publishing_organizations()))
    )
    if row is None:
        return None
    ids = session.scalars(
        select(service.id)
        .where(service.organization_id == org_id, *_published())
        .order_by(service.name, service.id)
    )
    services = export.load_services(session, list(ids), full=False)
    for item in services:
        item.pop("organization", None)
    return export.compact(export.organization(row) | {"services": services})


# -- languages ------------------------------------------------------------------------------
LANGUAGE = web.RequestKey("language", str)  # the language this response is in


def accepted_languages(header: str) -> list[str]:
    """The tags of an ``Accept-Language`` header, most wanted first (q=0 left out)."""
    choices = []
    for position, part in enumerate(header.split(",")[:20]):
        tag, _, parameters = part.partition(";")
        weight = 1.0
        for parameter in parameters.split(";"):
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if tag.strip() and weight > 0:
            choices.append((-weight, position, tag.strip()))
    return [tag for *_, tag in sorted(choices)]


async def negotiate_language(request: web.Request) -> str:
    """The language of the response: ``?lang=`` (checked), else ``Accept-Language``."""
    directory = request.config_dict[DIRECTORY]
    raw = request.query.get("lang", "").strip()
    if raw:
        tag = translations.normalise_language(raw)
        if tag is None:
            raise ApiError(400, f"lang must be a language code such as cy or en, got {raw[:40]!r}")
        found = await asyncio.to_thread(directory.stored_language, tag)
        if found is None:
            known = await asyncio.to_thread(directory.languages)
            raise ApiError(
                400,
                f"lang {tag!r} is not a language this directory has; "
                f"choose one of {', '.join(known)}",
            )
        return found
    preferred = accepted_languages(request.headers.get("Accept-Language", ""))
    if not preferred or translations.is_default(translations.normalise_language(preferred[0])):
        return translations.DEFAULT_LANGUAGE  # the usual case, without a query
    return await asyncio.to_thread(directory.best_language, preferred)


# -- handlers -------------------------------------------------------------------------------
async def _query(
    request: web.Request, query: Callable[..., T], *args: Any, kind: str | None = None
) -> T:
    """Run ``query``; with ``kind`` (the type of record it returns), translate its result."""
    directory = request.config_dict[DIRECTORY]
    language = request.get(LANGUAGE)

    def run() -> T:
        with directory.sessions() as session:
            found = query(session, directory, *args)
            if kind is not None and isinstance(found, dict):
                items = found["contents"] if "total_items" in found else [found]
                export.translate(session, items, kind, language)
            return found

    return await asyncio.to_thread(run)


def _in_language(request: web.Request, body: Any) -> web.Response:
    response = web.json_response(body)
    response.headers["Content-Language"] = request.get(LANGUAGE, translations.DEFAULT_LANGUAGE)
    return response


async def _respond(
    request: web.Request, query: Callable[..., dict], *args: Any, kind: str | None = None
) -> web.Response:
    found = await _query(request, query, *args, kind=kind)
    return _in_language(request, found) if kind else web.json_response(found)


def _detail(query: Callable[..., dict | None], what: str, kind: str | None) -> Callable[..., Any]:
    async def handler(request: web.Request) -> web.Response:
        item_id = request.match_info["id"]
        found = await _query(request, query, item_id, kind=kind)
        if found is None:
            raise ApiError(404, f"no {what} with id {item_id[:80]!r}")
        return _in_language(request, found) if kind else web.json_response(found)

    return handler


@routes.get("/")
async def api_details(request: web.Request) -> web.Response:
    return web.json_response(API_DETAILS)


@routes.get("/services")
async def services(request: web.Request) -> web.Response:
    query = request.query
    args = (Filters.parse(query), Paging.parse(query), _flag(query, "full"))
    return await _respond(request, list_services, *args, kind="service")


@routes.get("/service_at_locations")
async def service_at_locations(request: web.Request) -> web.Response:
    query = request.query
    filters, paging = Filters.parse(query), Paging.parse(query)
    postcode, proximity = _param(query, "postcode"), _number(query, "proximity")
    if proximity is not None and not 0 < proximity <= MAX_PROXIMITY_M:
        limit = f"{MAX_PROXIMITY_M:.0f}"
        raise ApiError(400, f"proximity must be in metres, above 0 and at most {limit}")
    if postcode is None and proximity is not None:
        raise ApiError(400, "proximity needs a postcode to measure from")
    near = None
    if postcode is not None:
        try:
            place = await asyncio.to_thread(request.config_dict[DIRECTORY].locate, postcode)
        except (UnknownPlace, InvalidPostcode):
            raise ApiError(400, f"postcode {postcode[:40]!r} is not one we can place") from None
        except PostcodeDataUnavailable:
            raise ApiError(503, "postcode look-up is unavailable on this server") from None
        near = (place.point, proximity or DEFAULT_PROXIMITY_M)
    return await _respond(
        request, list_service_at_locations, filters, paging, near, kind="service_at_location"
    )


@routes.get("/taxonomies")
async def taxonomies(request: web.Request) -> web.Response:
    return await _respond(request, list_taxonomies, Paging.parse(request.query))


@routes.get("/taxonomy_terms")
async def taxonomy_terms(request: web.Request) -> web.Response:
    query = request.query
    return await _respond(
        request, list_taxonomy_terms, TermFilters.parse(query), Paging.parse(query)
    )


@routes.get("/organizations")
async def organizations(request: web.Request) -> web.Response:
    return await _respond(
        request, list_organizations, Paging.parse(request.query), kind="organization"
    )


for _path, _query_one, _what, _kind in (
    ("/services/{id}", get_service, "service", "service"),
    (
        "/service_at_locations/{id}",
        get_service_at_location,
        "service_at_location",
        "service_at_location",
    ),
    ("/taxonomies/{id}", get_taxonomy, "taxonomy", None),
    ("/taxonomy_terms/{id}", get_taxonomy_term, "taxonomy_term", None),
    ("/organizations/{id}", get_organization, "organization", "organization"),
):
    routes.get(_path)(_detail(_query_one, _what, _kind))


# -- the application ------------------------------------------------------------------------
CORS = {"Access-Control-Allow-Origin": "*"}
PREFLIGHT = CORS | {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Max-Age": "86400",
}


@web.middleware
async def cors_and_errors(request: web.Request, handler: Any) -> web.StreamResponse:
    """CORS on every response; errors (ours and aiohttp's) as JSON bodies."""
    if request.method == "OPTIONS":
        asked = request.headers.get("Access-Control-Request-Headers")
        headers = PREFLIGHT | ({"Access-Control-Allow-Headers": asked} if asked else {})
        return web.Response(status=204, headers=headers)
    try:
        request[LANGUAGE] = await negotiate_language(request)
        response = await handler(request)
    except ApiError as exc:
        response = web.json_response({"error": str(exc)}, status=exc.status)
    except web.HTTPException as exc:
        headers = {k: v for k, v in exc.headers.items() if k.lower() == "allow"}
        body = {"error": exc.reason if exc.status != 404 else "no such endpoint"}
        response = web.json_response(body, status=exc.status, headers=headers)
    except Exception:
        logger.exception("ORUK API: %s %s failed", request.method, request.path_qs)
        response = web.json_response({"error": "internal error"}, status=500)
    response.headers.update(CORS)
    response.headers.setdefault("Content-Language", translations.DEFAULT_LANGUAGE)
    response.headers["Vary"] = "Accept-Language"
    return response


def create_app(directory: Directory, settings: DirectorySettings | None = None) -> web.Application:
    """The ORUK 3.0 read API over ``directory`` (mountable under a prefix as a sub-app)."""
    app = web.Application(middlewares=[cors_and_errors])
    app[DIRECTORY] = directory
    if settings is not None:
        app[SETTINGS] = settings
    app.add_routes(routes)
    return app
