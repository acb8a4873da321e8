"""The directory's public face: one object that opens the database and answers questions.

``Directory`` owns the engine and the sessions (opened and closed inside each call) and
returns plain dataclasses. The assistant's actions, the gateway and the CLI all use it::

    directory = Directory.from_settings(DirectorySettings.from_env())
    directory.setup()                      # migrations + the need taxonomy, idempotent
    outcome = directory.search(needs=["food"], near="KT1 3LY")
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from directory import models, translations
from directory.areas import AreaReader
from directory.db import make_engine, make_sessionmaker, migrate
from directory.gazetteer import Gazetteer
from directory.geocode import Place, Point, PostcodeIndex, UnknownPlace, locate
from directory.importers import ImportReport, run_import
from directory.needs import (
    NEEDS_TAXONOMY,
    NEEDS_TAXONOMY_ID,
    NEEDS_TAXONOMY_URI,
    NeedCatalogue,
    default_catalogue,
)
from directory.postcodes import InvalidPostcode
from directory.result_builder import Ranked, build_results
from directory.results import DirectoryStats, SearchOutcome, ServiceResult, StaleGroup
from directory.search import Query, search
from directory.settings import DirectorySettings

logger = logging.getLogger(__name__)

DEMO_DIR = Path(__file__).parent / "demo"
# (feed, source name): the demonstration directories that `make run` loads when empty.
DEMO_FEEDS = (
    (DEMO_DIR / "kingston.json", "signpost-demo-kingston"),
    (DEMO_DIR / "conwy.json", "signpost-demo-conwy"),  # bilingual: English and Welsh
)
DEMO_FEED, DEMO_SOURCE = DEMO_FEEDS[0]


class Directory:
    def __init__(
        self,
        engine: Engine,
        *,
        catalogue: NeedCatalogue | None = None,
        gazetteer: Gazetteer | None = None,
        postcodes: PostcodeIndex | None = None,
        stale_after_months: int = 12,
    ) -> None:
        self.engine = engine
        self.sessions = make_sessionmaker(engine)
        self.catalogue = catalogue or default_catalogue()
        self.gazetteer = gazetteer or Gazetteer.from_package()
        self.postcodes = postcodes or PostcodeIndex()
        self.stale_after_days = round(stale_after_months * 365.25 / 12)

    @classmethod
    def from_settings(cls, settings: DirectorySettings) -> Directory:
        return cls(
            make_engine(settings.database_url),
            postcodes=PostcodeIndex(settings.postcode_data_path),
            stale_after_months=settings.stale_after_months,
        )

    @classmethod
    def from_url(cls, database_url: str, **kwargs: object) -> Directory:
        return cls(make_engine(database_url), **kwargs)  # type: ignore[arg-type]

    # -- set-up -------------------------------------------------------------------------------
    def setup(self) -> None:
        """Create or upgrade the schema and load the need taxonomy (idempotent)."""
        migrate(self.engine)
        with self.sessions.begin() as session:
            self._ensure_need_taxonomy(session)

    def _ensure_need_taxonomy(self, session: Session) -> None:
        taxonomy = session.scalar(
            select(models.Taxonomy).where(models.Taxonomy.name == NEEDS_TAXONOMY)
        )
        if taxonomy is None:
            taxonomy = models.Taxonomy(
                id=NEEDS_TAXONOMY_ID,
                name=NEEDS_TAXONOMY,
                description="Signpost's need codes: what residents ask for help with.",
                uri=NEEDS_TAXONOMY_URI,
                version="1",
            )
            session.add(taxonomy)
            session.flush()
        existing = set(session.scalars(select(models.TaxonomyTerm.id)))
        for need in self.catalogue.needs:
            if need.term_id not in existing:
                session.add(
                    models.TaxonomyTerm(
                        id=need.term_id,
                        taxonomy_id=taxonomy.id,
                        code=need.code,
                        name=need.label,
                        description=need.description,
                        term_uri=f"{NEEDS_TAXONOMY_URI}/{need.code}",
                    )
                )

    def is_empty(self) -> bool:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(models.Service)) == 0

    async def import_feed(self, location: str, **options: object) -> ImportReport:
        return await run_import(
            self.sessions,
            location,
            catalogue=self.catalogue,
            areas=self.area_reader(),
            locate_postcode=self._point_for_postcode,
            **options,  # type: ignore[arg-type]
        )

    def _point_for_postcode(self, postcode: str) -> Point | None:
        """Coordinates for a location's postcode (unit, else sector or district centre)."""
        try:
            return self.postcodes.locate_postcode(postcode).point
        except (UnknownPlace, InvalidPostcode):
            return None

    async def load_demo_if_empty(self) -> ImportReport | None:
        """Load every demonstration feed (Kingston, then Conwy) into an empty directory.

        Returns one report for all of them (see :meth:`ImportReport.combine`), or None when
        the directory already had services.
        """
        if not self.is_empty():
            return None
        reports = [await self.import_feed(str(path), source=source) for path, source in DEMO_FEEDS]
        return ImportReport.combine(reports)

    def languages(self) -> list[str]:
        """The languages results can be shown in: English and every translated language."""
        with self.sessions() as session:
            return translations.languages(session)

    def stored_language(self, language: str) -> str | None:
        """The language results asked for in ``language`` come in (None: not available).

        English for English (the feeds' own); a translated language as stored (``cy`` for
        ``cy-GB`` when the feeds say ``cy``); None when no record is translated into it.
        """
        if translations.is_default(language):
            return translations.DEFAULT_LANGUAGE
        with self.sessions() as session:
            return translations.stored_language(session, language)

    def best_language(self, preferred: Sequence[str]) -> str:
        """The first of ``preferred`` results can be shown in, else English."""
        with self.sessions() as session:
            return translations.best_language(session, preferred)

    def area_reader(self) -> AreaReader:
        return AreaReader(
            {
                authority.gss_code: (authority.name, authority.short_name)
                for authority in self.gazetteer.authorities()
            }
        )

    # -- questions ----------------------------------------------------------------------------
    def locate(self, text: str) -> Place:
        """Where ``text`` is: a postcode, outcode or place name.

        Raises ``UnknownPlace`` or ``InvalidPostcode`` with a message fit for a resident.
        """
        return locate(text, index=self.postcodes, gazetteer=self.gazetteer)

    def search(
        self,
        *,
        needs: Sequence[str] = (),
        text: str | None = None,
        near: Place | str | None = None,
        radius_m: int = 5000,
        open_at: datetime | None = None,
        age: int | None = None,
        free_only: bool = False,
        language: str | None = None,
        offered_in: str | None = None,
        limit: int = 10,
        offset: int = 0,
        now: datetime | None = None,
    ) -> SearchOutcome:
        """Services for a resident (see :mod:`directory.search` for the ranking).

        ``language`` ("cy") is the language the resident reads: each result's text is in it
        where the feed translated it, in English where not (``ServiceResult.fallback`` says
        which fields). ``offered_in`` ("ko" or "Korean") keeps only services offered in that
        language.
        """
        unknown = [need for need in needs if need not in self.catalogue]
        if unknown:
            raise ValueError(f"unknown need code(s): {', '.join(unknown)}")
        place = self.locate(near) if isinstance(near, str) else near
        query = Query(
            needs=tuple(needs),
            text=text,
            place=place,
            radius_m=radius_m,
            open_at=open_at,
            age=age,
            free_only=free_only,
            language=language,
            offered_in=offered_in,
            limit=limit,
            offset=offset,
            now=now,
            stale_after_days=self.stale_after_days,
        )
        with self.sessions() as session:
            return search(session, query)

    def service(
        self,
        service_id: str,
        *,
        service_at_location_id: str | None = None,
        now: datetime | None = None,
        language: str | None = None,
    ) -> ServiceResult | None:
        """One published service's details (for "tell me more about the second one").

        ``service_at_location_id`` picks the site shown to the resident; by default the
        service's first site. ``language``: as for :meth:`search`.
        """
        now = now or datetime.now(timezone.utc)
        with self.sessions() as session:
            published = session.scalar(
                select(models.Service.id).where(
                    models.Service.id == service_id,
                    models.Service.status == "active",
                    models.Service.withdrawn_at.is_(None),
                )
            )
            if published is None:
                return None
            sal = models.ServiceAtLocation
            sal_id = session.scalar(
                select(sal.id)
                .where(sal.service_id == service_id)
                .order_by((sal.id == (service_at_location_id or "")).desc(), sal.id)
                .limit(1)
            )
            ranked = Ranked(service_id, 0.0, None, sal_id, covers_area=False, national=False)
            [result] = build_results(
                session,
                [ranked],
                at=now,
                now=now,
                stale_after_days=self.stale_after_days,
                language=language,
            )
            return result

    def stats(self) -> DirectoryStats:
        stale_before = date.today() - timedelta(days=self.stale_after_days)
        service = models.Service
        with self.sessions() as session:

            def count(*where: object, table: type = service) -> int:
                return session.scalar(select(func.count()).select_from(table).where(*where)) or 0

            active = (service.status == "active", service.withdrawn_at.is_(None))
            by_need = dict(
                session.execute(
                    select(models.ServiceNeed.need, func.count())
                    .join(service, service.id == models.ServiceNeed.service_id)
                    .where(*active)
                    .group_by(models.ServiceNeed.need)
                ).all()
            )
            feeds = tuple(
                (feed.name, feed.importer, feed.last_imported_at)
                for feed in session.scalars(select(models.Feed).order_by(models.Feed.name))
            )
            return DirectoryStats(
                services=count(),
                active_services=count(*active),
                withdrawn_services=count(service.withdrawn_at.is_not(None)),
                organizations=count(table=models.Organization),
                locations=count(table=models.Location),
                stale_services=count(
                    *active,
                    (service.assured_date.is_(None)) | (service.assured_date < stale_before),
                ),
                services_by_need={code: by_need.get(code, 0) for code in self.catalogue.codes},
                feeds=feeds,
            )

    def stale(self, months: int = 12, *, today: date | None = None) -> list[StaleGroup]:
        """Active services not assured for ``months``, grouped by organisation."""
        cutoff = (today or datetime.now(timezone.utc).date()) - timedelta(
            days=round(months * 30.44)
        )
        service = models.Service
        with self.sessions() as session:
            rows = session.execute(
                select(models.Organization.name, service.name, service.assured_date)
                .outerjoin(models.Organization, models.Organization.id == service.organization_id)
                .where(
                    service.status == "active",
                    service.withdrawn_at.is_(None),
                    (service.assured_date.is_(None)) | (service.assured_date < cutoff),
                )
                .order_by(models.Organization.name, service.assured_date, service.name)
            ).all()
        groups: dict[str, list[tuple[str, date | None]]] = {}
        for organization, name, assured in rows:
            groups.setdefault(organization or "(no organisation)", []).append((name, assured))
        return [StaleGroup(org, tuple(services)) for org, services in groups.items()]
