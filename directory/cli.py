"""``python -m directory``: import, validate, search and inspect the shared directory.

Exit codes: 0 success; 1 the import/validation found rejected records or failed; 2 bad
usage or an unknown place (argparse's convention).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from datetime import datetime, timezone

from directory.geocode import UnknownPlace
from directory.postcodes import InvalidPostcode
from directory.settings import DirectorySettings, SettingsError

logger = logging.getLogger(__name__)


def _directory(settings: DirectorySettings):
    from directory.store import Directory  # noqa: PLC0415

    directory = Directory.from_settings(settings)
    directory.setup()
    return directory


def _print_report(report, *, as_json: bool, limit: int = 50) -> None:
    if as_json:
        print(report.to_json())
        return
    print(report.summary())
    for title, problems in (("rejected", report.rejected), ("warnings", report.warnings)):
        for problem in problems[:limit]:
            print(f"  {title[:-1] if title.endswith('s') else title}: {problem}")
        if len(problems) > limit:
            print(f"  … and {len(problems) - limit} more {title}")


def cmd_import(args: argparse.Namespace, settings: DirectorySettings) -> int:
    directory = _directory(settings)
    report = asyncio.run(
        directory.import_feed(
            args.location,
            source=args.source,
            importer=args.importer,
            strict=args.strict,
            dry_run=args.dry_run,
            progress=args.progress if args.progress is not None else sys.stderr.isatty(),
        )
    )
    _print_report(report, as_json=args.json)
    return 0 if report.ok else 1


def cmd_validate(args: argparse.Namespace, settings: DirectorySettings) -> int:
    """Read and check a feed without keeping anything (a dry run in a scratch database)."""
    from directory.store import Directory  # noqa: PLC0415

    directory = Directory.from_url("sqlite://")
    directory.setup()
    report = asyncio.run(directory.import_feed(args.location, importer=args.importer, dry_run=True))
    _print_report(report, as_json=args.json, limit=10_000)
    return 0 if report.ok else 1


def _describe_opening(result) -> str:
    opening = result.opening
    if opening.status == "always_open":
        return "open 24 hours"
    if opening.status == "open" and opening.closes_at:
        return f"open now until {opening.closes_at:%H:%M}"
    if opening.status == "closed" and opening.next_opens_at:
        return f"next open {opening.next_opens_at:%a %d %b %H:%M}"
    return opening.note or "opening times not given"


def cmd_search(args: argparse.Namespace, settings: DirectorySettings) -> int:
    directory = _directory(settings)
    needs = [need for need in args.needs if need in directory.catalogue]
    words = " ".join(need for need in args.needs if need not in directory.catalogue) or None
    try:
        outcome = directory.search(
            needs=needs,
            text=words,
            near=args.near,
            radius_m=args.radius,
            age=args.age,
            free_only=args.free,
            language=args.lang,
            offered_in=args.language,
            limit=args.limit,
            open_at=datetime.now(timezone.utc) if args.open_now else None,
        )
    except (UnknownPlace, InvalidPostcode) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([result.to_dict() for result in outcome.results], indent=2))
        return 0
    where = f" near {outcome.place.label}" if outcome.place else ""
    print(
        f"{outcome.total} services for {' '.join(args.needs)}{where} ({outcome.scope}"
        + (f", within {outcome.radius_m / 1000:g} km" if outcome.radius_m else "")
        + ")"
    )
    for number, result in enumerate(outcome.results, start=1):
        distance = (
            f"{result.distance_m / 1000:.1f} km"
            if result.distance_m is not None
            else "national"
            if result.national
            else "covers this area"
        )
        checked = result.assured_date.isoformat() if result.assured_date else "never"
        print(f"{number:>2}. {result.name} — {result.organization or 'unknown organisation'}")
        print(
            f"    {distance}; {_describe_opening(result)}; last checked {checked}"
            + (" (stale)" if result.stale else "")
        )
        details = [
            result.phones[0] if result.phones else None,
            result.address,
            result.postcode,
            result.url,
        ]
        print("    " + " · ".join(detail for detail in details if detail))
    return 0


def cmd_stats(args: argparse.Namespace, settings: DirectorySettings) -> int:
    stats = _directory(settings).stats()
    if args.json:
        print(json.dumps(stats.__dict__, indent=2, default=str))
        return 0
    print(
        f"services: {stats.services} ({stats.active_services} active, "
        f"{stats.withdrawn_services} withdrawn, {stats.stale_services} stale)"
    )
    print(f"organisations: {stats.organizations}; locations: {stats.locations}")
    print(
        "by need: " + ", ".join(f"{code} {count}" for code, count in stats.services_by_need.items())
    )
    for name, importer, when in stats.feeds:
        print(
            f"feed {name} ({importer}), last imported {when:%Y-%m-%d %H:%M}"
            if when
            else f"feed {name} ({importer})"
        )
    return 0


def cmd_stale(args: argparse.Namespace, settings: DirectorySettings) -> int:
    groups = _directory(settings).stale(args.months)
    total = sum(len(group.services) for group in groups)
    print(
        f"{total} active services not assured for {args.months} months, "
        f"in {len(groups)} organisations"
    )
    for group in groups:
        print(f"{group.organization} ({len(group.services)})")
        for name, assured in group.services:
            print(f"  {assured.isoformat() if assured else 'never assured'}  {name}")
    return 0


def cmd_serve(args: argparse.Namespace, settings: DirectorySettings) -> int:
    from aiohttp import web  # noqa: PLC0415

    from directory.api import create_app  # noqa: PLC0415

    directory = _directory(settings)
    if args.demo:
        report = asyncio.run(directory.load_demo_if_empty())
        if report is not None:
            print(report.summary())
    print(f"ORUK 3.0 API on http://{args.host}:{args.port}/")
    web.run_app(
        create_app(directory, settings), host=args.host, port=args.port, print=None, access_log=None
    )
    return 0


def build_parser(settings: DirectorySettings | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m directory", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("import", help="import an ORUK/HSDS feed (file, folder or URL)")
    p.add_argument("location")
    p.add_argument("--source", help="feed name (default: from the path or URL)")
    p.add_argument("--importer", help="force a reader (default: detect)")
    p.add_argument("--strict", action="store_true", help="reject the import on any bad record")
    p.add_argument("--dry-run", action="store_true", help="check and count, keep nothing")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("validate", help="check a feed and report; changes nothing")
    p.add_argument("location")
    p.add_argument("--importer")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_validate)

    p = commands.add_parser("search", help="search like the assistant does")
    p.add_argument("needs", nargs="+", help="need codes (e.g. food) and/or words")
    p.add_argument("--near", help="postcode, outcode or place name")
    p.add_argument("--radius", type=int, default=5000, help="metres (default 5000)")
    p.add_argument("--age", type=int)
    p.add_argument("--free", action="store_true", help="free services only")
    p.add_argument(
        "--language", help="only services offered in this language (code or name: ko, Korean)"
    )
    p.add_argument("--lang", help="show results in this language where translated, e.g. cy")
    p.add_argument("--open-now", action="store_true")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = commands.add_parser("stats", help="counts by need, feed and status")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stats)

    p = commands.add_parser("stale", help="services not assured for a while, by organisation")
    p.add_argument("--months", type=int, default=12)
    p.set_defaults(handler=cmd_stale)

    p = commands.add_parser("serve", help="run the ORUK 3.0 read API on its own")
    p.add_argument("--host", default=settings.api_host if settings else "127.0.0.1")
    p.add_argument("--port", type=int, default=settings.api_port if settings else 8090)
    p.add_argument("--demo", action="store_true", help="load the demo data when empty")
    p.set_defaults(handler=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    # `python -m directory search … | head` should stop quietly, as other tools do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        settings = DirectorySettings.from_env()
    except SettingsError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    args = build_parser(settings).parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    return args.handler(args, settings)
