"""Run one import: read the feed, check every record, write the good ones atomically.

All or nothing at the level that matters to a directory's users:

- the whole feed is read (every page) *before* anything is written, so a network failure on
  page 7 leaves the database as it was;
- each record is checked; a bad record is reported with its id and reason and skipped,
  and never disturbs the others (with ``strict=True`` any bad record rejects the import);
- good records are written in one transaction, each inside a savepoint so a database-level
  failure in one is reported like a check failure; any other error rolls everything back.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from directory import models
from directory.areas import AreaReader
from directory.geocode import Point
from directory.importers.base import find_reader
from directory.importers.checks import check_service
from directory.importers.fetch import Fetcher, FetchError, is_url, read_json_file
from directory.importers.report import ImportReport, Problem
from directory.importers.writer import FeedWriter
from directory.needs import NeedCatalogue, default_catalogue

logger = logging.getLogger(__name__)


def default_source_name(location: str) -> str:
    """A stable feed name for a path or URL, so re-importing it updates the same records."""
    if is_url(location):
        text = re.sub(r"^https?://", "", location.split("?", 1)[0])
    else:
        path = Path(location).resolve()
        text = f"{path.parent.name}-{path.stem}" if path.is_file() else path.name
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:100] or "feed"


async def load_document(location: str, fetch: Fetcher) -> Any | None:
    if is_url(location):
        return await fetch.get_json(location)
    path = Path(location)
    if path.is_dir() or path.suffix.lower() == ".csv":
        return None
    return read_json_file(path)


async def run_import(
    sessions: sessionmaker[Session],
    location: str,
    *,
    source: str | None = None,
    importer: str | None = None,
    strict: bool = False,
    dry_run: bool = False,
    progress: bool = False,
    catalogue: NeedCatalogue | None = None,
    areas: AreaReader | None = None,
    fetcher: Fetcher | None = None,
    locate_postcode: Callable[[str], Point | None] | None = None,
) -> ImportReport:
    source = source or default_source_name(location)
    fetched_at = datetime.now(timezone.utc)
    report = ImportReport(
        source=source, location=location, importer=importer or "?", dry_run=dry_run
    )
    try:
        async with fetcher or Fetcher() as fetch:
            document = await load_document(location, fetch)
            reader = find_reader(location, document, importer)
            report.importer = reader.name
            content = await reader.read(location, document, fetch)
    except (FetchError, ValueError, OSError) as error:
        report.aborted = str(error)
        return report
    report.full_feed = content.full_feed
    report.seen = len(content.records)
    report.rejected.extend(Problem(rid, reason) for rid, reason in content.problems)

    checked = _check_records(content.records, report)
    if strict and report.rejected:
        report.aborted = f"{len(report.rejected)} problems and --strict was given"
        return report
    if content.full_feed and not checked and content.records:
        # A feed in which nothing is readable is a broken feed, not an empty directory:
        # withdrawing every service it used to list would empty the assistant's answers.
        report.aborted = "no record in the feed could be imported"
        return report

    _write_records(
        sessions,
        checked,
        report,
        source=source,
        location=location,
        fetched_at=fetched_at,
        progress=progress,
        writer_options={
            "catalogue": catalogue or default_catalogue(),
            "areas": areas or AreaReader(),
            "locate_postcode": locate_postcode,
        },
    )
    logger.info("%s", report.summary())
    return report


def _check_records(records: list[Any], report: ImportReport) -> list[dict]:
    """Check every record; return the importable ones, one per id.

    A feed that repeats an id is describing one service twice (the ORUK validator's own
    128-record test feed is one service in 128 variants): the later record wins, as in an
    append-only log, and each earlier one is reported as a warning, never silently dropped.
    """
    kept: dict[str, tuple[int, dict]] = {}
    for position, record in enumerate(records):
        verdict = check_service(record, position)
        report.rejected.extend(Problem(verdict.record_id, error) for error in verdict.errors)
        report.warnings.extend(Problem(verdict.record_id, w) for w in verdict.warnings)
        if not verdict.ok:
            continue
        if verdict.record_id in kept:
            earlier = kept[verdict.record_id][0]
            report.duplicates += 1
            report.warnings.append(
                Problem(
                    verdict.record_id,
                    f"id repeated in this feed (records #{earlier} and #{position}); "
                    f"record #{position} is kept",
                )
            )
        kept[verdict.record_id] = (position, record)
    return [record for _, record in kept.values()]


def _write_records(
    sessions: sessionmaker[Session],
    checked: list[dict],
    report: ImportReport,
    *,
    source: str,
    location: str,
    fetched_at: datetime,
    progress: bool,
    writer_options: dict[str, Any],
) -> None:
    records: Any = checked
    if progress:
        from tqdm import tqdm  # noqa: PLC0415 (only for interactive imports)

        records = tqdm(checked, desc=f"importing {source}", unit="service", file=sys.stderr)
    session = sessions()
    try:
        writer = FeedWriter(session, source=source, fetched_at=fetched_at, **writer_options)
        for record in records:
            savepoint = session.begin_nested()
            try:
                outcome = writer.write(record)
            except SQLAlchemyError as error:
                savepoint.rollback()
                reason = str(getattr(error, "orig", None) or error).splitlines()[0]
                report.rejected.append(Problem(str(record["id"]), f"database refused it: {reason}"))
                continue
            savepoint.commit()
            setattr(report, outcome, getattr(report, outcome) + 1)
        if report.full_feed:
            report.withdrawn = writer.withdraw_missing()
        session.merge(
            models.Feed(
                name=source,
                location=location,
                importer=report.importer,
                last_imported_at=fetched_at,
                last_report=report.summary(),
            )
        )
        if report.dry_run:
            session.rollback()
        else:
            session.commit()
    except Exception:
        session.rollback()
        logger.exception("import of %s failed; rolled back", source)
        raise
    finally:
        session.close()
