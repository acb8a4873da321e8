"""Find the best services for a resident: by need, words, place, time, age, cost, language.

``language`` is the language the resident reads: results come back in it where the feeds
translated them (see :mod:`directory.result_builder`); it never changes which services are
found or how they rank. ``offered_in`` is a filter: only services offered in that language
(their HSDS ``languages``).

How results are ranked (all parts in 0..1, weights below): a service must answer one of the
needs asked for (or match the words, when no need is given). Then

    score = 0.40 · nearness + 0.25 · text relevance + 0.20 · need fit + 0.15 · freshness

- *nearness* is 1 at the resident's door falling linearly to 0 at the radius; a service that
  covers the resident's area without a nearby building (borough-wide, helplines) gets 0.5
  when local and 0.3 when national, so a food bank round the corner beats a national line;
- *text relevance* is the full-text rank of the words given (1 when no words);
- *need fit* is 1 for a need term or LGSL code, 0.8 for a free-text category match;
- *freshness* is 1 when assured within the freshness window and decays to 0.3 over the next
  two years: stale entries are ranked down, never hidden.

Radius widening: when nothing answers within ``radius_m``, the search tries 3× and then 8×
the radius (``scope="widened"``), then area-wide and national services only
(``scope="national"``), so the assistant can say so honestly.

Cost: with needs, proximity reads the ``service_point`` index (need, grid cell; see
:mod:`directory.cells`), so only rows of the right need near the place reach Python;
candidates are scored from a few columns, and full details are loaded for the page shown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import Date, Float, Select, and_, literal, or_, select
from sqlalchemy.orm import Session

from directory import fulltext, models
from directory.cells import cell_ranges
from directory.geocode import Place, Point, bounding_box, distance_m
from directory.needs import FIT_BY_VIA
from directory.result_builder import Ranked, build_results
from directory.results import SearchOutcome, ServiceResult

WEIGHTS = {"near": 0.40, "text": 0.25, "need": 0.20, "fresh": 0.15}
WIDEN_FACTORS = (3, 8)
OPEN = ("open", "always_open")


@dataclass(frozen=True)
class Query:
    needs: tuple[str, ...] = ()
    text: str | None = None
    place: Place | None = None
    radius_m: int = 5000
    open_at: datetime | None = None
    age: int | None = None
    free_only: bool = False
    language: str | None = None  # the language results are shown in (None: the feeds' own)
    offered_in: str | None = None  # only services offered in this language (code or name)
    limit: int = 10
    offset: int = 0
    now: datetime | None = None
    stale_after_days: int = 365


@dataclass
class _Candidate:
    service_id: str
    fit: float
    distance_m: float | None = None
    sal_id: str | None = None
    covers_area: bool = False
    national: bool = False
    # Filled in when the candidate query already applied the service filters.
    eligible: tuple[date | None] | None = None  # (assured_date,)


def _freshness(assured: date | None, today: date, window_days: int) -> float:
    if assured is None:
        return 0.3
    overdue = (today - assured).days - window_days
    if overdue <= 0:
        return 1.0
    return max(0.3, 1.0 - 0.7 * overdue / 730)


def _need_fits(
    session: Session, needs: Sequence[str], among: Iterable[str] | None = None
) -> dict[str, float]:
    """service id → best need fit, for services answering any of ``needs``."""
    statement = select(models.ServiceNeed.service_id, models.ServiceNeed.via).where(
        models.ServiceNeed.need.in_(needs)
    )
    ids = list(among) if among is not None else None
    chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)] if ids is not None else [None]
    fits: dict[str, float] = {}
    for chunk in chunks:
        if chunk is not None:
            if not chunk:
                continue
            statement_chunk = statement.where(models.ServiceNeed.service_id.in_(chunk))
        else:
            statement_chunk = statement
        for service_id, via in session.execute(statement_chunk):
            fits[service_id] = max(fits.get(service_id, 0.0), FIT_BY_VIA.get(via, 0.6))
    return fits


def _nearby(session: Session, point: Point, radius_m: float, query: Query) -> dict[str, _Candidate]:
    """Services with a location within the radius, each at its nearest location.

    With needs, this reads only the ``service_point`` index, which carries the fields the
    filters and ranking need; candidates come back already checked (except for
    ``offered_in``).
    """
    if query.needs:
        sp = models.ServicePoint
        cells = or_(*(sp.cell.between(first, last) for first, last in cell_ranges(point, radius_m)))
        statement = select(
            sp.service_id,
            sp.service_at_location_id,
            sp.latitude,
            sp.longitude,
            sp.fit,
            sp.assured_date,
        ).where(sp.need.in_(query.needs), cells, sp.published.is_(True))
        statement = _age_and_cost(statement, query, sp)
        checked = not query.offered_in
    else:
        min_lat, max_lat, min_lon, max_lon = bounding_box(point, radius_m)
        sal = models.ServiceAtLocation
        statement = select(
            sal.service_id,
            sal.id,
            sal.latitude,
            sal.longitude,
            literal(1.0, Float),
            literal(None, Date),
        ).where(sal.latitude.between(min_lat, max_lat), sal.longitude.between(min_lon, max_lon))
        checked = False
    best: dict[str, _Candidate] = {}
    here_lat, here_lon = point.latitude, point.longitude
    # Core execution (no ORM context): these are plain columns, hundreds of rows.
    for service_id, sal_id, lat, lon, fit, assured in session.connection().execute(statement):
        distance = distance_m(here_lat, here_lon, lat, lon)
        if distance > radius_m:
            continue
        known = best.get(service_id)
        if known is None:
            best[service_id] = _Candidate(
                service_id, fit, distance, sal_id, eligible=(assured,) if checked else None
            )
            continue
        known.fit = max(known.fit, fit)
        if distance < known.distance_m:
            known.distance_m, known.sal_id = distance, sal_id
    return best


def _covering(session: Session, place: Place | None) -> dict[str, bool]:
    """service id → True if national, for services whose area includes ``place``."""
    cov = models.ServiceCoverage
    conditions = [cov.kind == "national"]
    if place is not None:
        if place.country:
            conditions.append(and_(cov.kind == "country", cov.code == place.country))
        if place.local_authority:
            conditions.append(
                and_(cov.kind == "local_authority", cov.code == place.local_authority)
            )
        if place.postcode_district:
            conditions.append(
                and_(cov.kind == "postcode_district", cov.code == place.postcode_district)
            )
    covering: dict[str, bool] = {}
    for service_id, kind in session.execute(
        select(cov.service_id, cov.kind).where(or_(*conditions))
    ):
        national = kind in ("national", "country")
        covering[service_id] = covering.get(service_id, True) and national
    return covering


def search(session: Session, query: Query) -> SearchOutcome:
    now = query.now or datetime.now(timezone.utc)
    needs = tuple(dict.fromkeys(query.needs))
    text_scores = fulltext.match(session, query.text) if query.text else None
    if not needs and text_scores is None and query.place is None:
        return _outcome([], 0, query, scope="none", radius_m=None, needs=needs)
    if query.place is None:
        fits = _need_fits(session, needs) if needs else dict.fromkeys(text_scores or {}, 1.0)
        candidates = [_Candidate(sid, fit) for sid, fit in fits.items()]
        results, total = _finish(session, candidates, query, text_scores, now)
        return _outcome(results, total, query, scope="anywhere", radius_m=None, needs=needs)

    def relevant(ids: Iterable[str]) -> dict[str, float]:
        """Fit of each id for the query: by need, else by matching words, else 1."""
        if needs:
            return _need_fits(session, needs, ids)
        if text_scores is not None:
            return {sid: 1.0 for sid in ids if sid in text_scores}
        return dict.fromkeys(ids, 1.0)

    covering = _covering(session, query.place)
    cover_fits = relevant(covering)
    covering = {sid: national for sid, national in covering.items() if sid in cover_fits}
    for scope, radius in (
        ("local", query.radius_m),
        *(("widened", query.radius_m * f) for f in WIDEN_FACTORS),
    ):
        near = _nearby(session, query.place.point, radius, query)
        if not needs:
            near_fits = relevant(near)
            near = {sid: value for sid, value in near.items() if sid in near_fits}
        candidates = list(near.values())
        candidates += [
            _Candidate(sid, cover_fits[sid], covers_area=True)
            for sid, national in covering.items()
            if not national and sid not in near
        ]
        results, total = _finish(session, candidates, query, text_scores, now, radius_m=radius)
        if results:
            national = [
                _Candidate(sid, cover_fits[sid], covers_area=True, national=True)
                for sid, is_national in covering.items()
                if is_national and sid not in near
            ]
            extra, extra_total = _finish(
                session, national, query, text_scores, now, one_of_each=True
            )
            merged = sorted(results + extra, key=lambda result: -result.score)
            return _outcome(
                merged, total + extra_total, query, scope=scope, radius_m=radius, needs=needs
            )
    national = [
        _Candidate(sid, cover_fits[sid], covers_area=True, national=True)
        for sid, is_national in covering.items()
        if is_national
    ]
    results, total = _finish(session, national, query, text_scores, now, one_of_each=True)
    return _outcome(
        results, total, query, scope="national" if results else "none", radius_m=None, needs=needs
    )


def _one_of_each(
    session: Session, scored: list[tuple[float, str]], wanted: int, language: str | None
) -> list[tuple[float, str]]:
    """National services that several feeds publish (Samaritans in Kingston's and Conwy's)
    appear once: the copy translated into the resident's language, else the best ranked.

    Only the top of the ranking is looked at (enough for the page asked for), so this costs
    one small query whatever the size of the directory.
    """
    window = scored[: wanted * 3]
    if len(window) < 2:
        return scored
    ids = [service_id for _, service_id in window]
    names = dict(
        session.execute(
            select(models.Service.id, models.Service.name).where(models.Service.id.in_(ids))
        ).all()
    )
    translated: set[str] = set()
    if language and not language.lower().startswith("en"):
        translated = set(
            session.execute(
                select(models.Translation.record_id).where(
                    models.Translation.record_type == "service",
                    models.Translation.record_id.in_(ids),
                    models.Translation.language == language.split("-")[0].lower(),
                    models.Translation.field == "name",
                )
            ).scalars()
        )
    copies: dict[str, list[tuple[float, str]]] = {}
    for item in window:
        key = " ".join((names.get(item[1]) or item[1]).lower().split())
        copies.setdefault(key, []).append(item)
    kept = [next((i for i in same if i[1] in translated), same[0]) for same in copies.values()]
    return kept + scored[len(window) :]


def _outcome(
    results: list[ServiceResult],
    total: int,
    query: Query,
    *,
    scope: str,
    radius_m: float | None,
    needs: tuple[str, ...],
) -> SearchOutcome:
    """The page asked for; ``results`` hold every result up to the end of that page."""
    return SearchOutcome(
        results=tuple(results[query.offset : query.offset + query.limit]),
        scope=scope,
        place=query.place,
        radius_m=int(radius_m) if radius_m is not None else None,
        needs=needs,
        total=total,
        offset=query.offset,
    )


def _finish(
    session: Session,
    candidates: list[_Candidate],
    query: Query,
    text_scores: dict[str, float] | None,
    now: datetime,
    *,
    radius_m: float | None = None,
    one_of_each: bool = False,
) -> tuple[list[ServiceResult], int]:
    """Filter candidates on the service's own fields, score them, build the page's results.

    Returns the results up to the end of the requested page, and how many there are in all.
    With ``open_at``, opening times decide membership, so they are worked out in rank order
    until the page is full (the total then counts only those checked).
    """
    if not candidates:
        return [], 0
    by_id = {candidate.service_id: candidate for candidate in candidates}
    today = now.date()
    scored: list[tuple[float, str]] = []
    unchecked = [c.service_id for c in candidates if c.eligible is None]
    eligible = [(c.service_id, *c.eligible) for c in candidates if c.eligible is not None]
    for service_id, assured in eligible + _eligible(session, unchecked, query):
        candidate = by_id[service_id]
        if candidate.distance_m is not None and radius_m:
            near = max(0.0, 1.0 - candidate.distance_m / radius_m)
        else:
            near = 0.3 if candidate.national else 0.5
        text = text_scores.get(service_id, 0.0) if text_scores is not None else 1.0
        fresh = _freshness(assured, today, query.stale_after_days)
        score = (
            WEIGHTS["near"] * near
            + WEIGHTS["text"] * text
            + WEIGHTS["need"] * candidate.fit
            + WEIGHTS["fresh"] * fresh
        )
        scored.append((round(score, 6), service_id))
    # Ties: nearer first, then by id so that the order never depends on the database.
    scored.sort(key=lambda item: (-item[0], by_id[item[1]].distance_m or math.inf, item[1]))
    wanted = query.offset + query.limit
    if one_of_each:
        scored = _one_of_each(session, scored, wanted, query.language)
    if query.open_at is None:
        return _build(session, scored[:wanted], by_id, query, now), len(scored)
    found: list[ServiceResult] = []
    for start in range(0, len(scored), 50):
        batch = _build(session, scored[start : start + 50], by_id, query, now)
        found += [result for result in batch if result.opening.status in OPEN]
        if len(found) >= wanted:
            break
    return found, len(found)


def _eligible(session: Session, ids: list[str], query: Query) -> list[tuple[str, date | None]]:
    """(id, assured_date) of the services that pass the query's own filters."""
    service = models.Service
    found: list[tuple[str, date | None]] = []
    for start in range(0, len(ids), 500):
        statement = select(service.id, service.assured_date).where(
            service.id.in_(ids[start : start + 500])
        )
        found.extend(session.execute(_service_filters(statement, query)).tuples())
    return found


def _age_and_cost(
    statement: Select, query: Query, table: type[models.Service] | type[models.ServicePoint]
) -> Select:
    """Age and free-only filters, on the service or on its copy in ``service_point``."""
    if query.age is not None:
        statement = statement.where(
            or_(table.minimum_age.is_(None), table.minimum_age <= query.age),
            or_(table.maximum_age.is_(None), table.maximum_age >= query.age),
        )
    if query.free_only:
        statement = statement.where(table.is_free.is_(True))
    return statement


def _service_filters(statement: Select, query: Query) -> Select:
    """Only published services that fit the query's age, cost and ``offered_in``."""
    service = models.Service
    statement = statement.where(service.status == "active", service.withdrawn_at.is_(None))
    statement = _age_and_cost(statement, query, service)
    if query.offered_in:
        statement = statement.where(
            service.id.in_(
                select(models.Language.service_id).where(
                    or_(
                        models.Language.code == query.offered_in.lower(),
                        models.Language.name.ilike(query.offered_in),
                    )
                )
            )
        )
    return statement


def _build(
    session: Session,
    scored: list[tuple[float, str]],
    by_id: dict[str, _Candidate],
    query: Query,
    now: datetime,
) -> list[ServiceResult]:
    ranked = [
        Ranked(
            service_id=service_id,
            score=score,
            distance_m=by_id[service_id].distance_m,
            service_at_location_id=by_id[service_id].sal_id,
            covers_area=by_id[service_id].covers_area,
            national=by_id[service_id].national,
        )
        for score, service_id in scored
    ]
    return build_results(
        session,
        ranked,
        at=query.open_at or now,
        now=now,
        stale_after_days=query.stale_after_days,
        language=query.language,
    )
