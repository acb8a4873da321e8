"""Benchmark: directory search at 1k, 10k and 100k services against a naive full scan.

Both are measured in the same run on the same generated database, so the figures compare
the design (indexed bounding box + need index + batched detail queries) with what one would
write first (read every location, compute every distance in Python), on this machine today.

Generated services sit around Greater London and the South East (where most queries land)
plus a share spread over Great Britain, each with one to three locations, one to three
needs, a schedule and a phone. Databases are cached under ``var/bench/`` by size and
generator version, so re-runs skip generation.

Run: ``make bench-directory`` (or ``python -m bench.directory_search --sizes 1000 10000``).
Writes ``bench/results/directory_search.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import statistics
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert, select, text

from directory import fulltext, models
from directory.cells import cell_of
from directory.geocode import Point, haversine_m
from directory.ids import child_id, record_id
from directory.needs import default_catalogue
from directory.store import Directory

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CACHE = ROOT / "var" / "bench"
GENERATOR_VERSION = 5
SOURCE = "bench"
# Query points: real places in and around London and a few elsewhere (lat, lon).
QUERY_POINTS = [
    (51.4103, -0.3015),
    (51.3937, -0.3036),
    (51.3781, -0.2826),
    (51.4006, -0.2566),
    (51.4613, -0.3037),
    (51.4214, -0.2064),
    (51.3618, -0.1945),
    (51.5072, -0.1276),
    (51.4545, -0.9781),
    (52.4862, -1.8904),
    (53.4808, -2.2426),
    (51.3340, -0.2680),
]


def _fake_point(rng: random.Random) -> tuple[float, float]:
    if rng.random() < 0.7:  # Greater London and around
        return rng.gauss(51.45, 0.12), rng.gauss(-0.2, 0.2)
    return rng.uniform(50.4, 55.8), rng.uniform(-4.5, 1.5)


def generate(directory: Directory, count: int, seed: int = 7) -> None:
    """Fill ``directory`` with ``count`` services by bulk insert (rows as the writer makes)."""
    rng = random.Random(seed)
    codes = [code for code in default_catalogue().codes if code != "crisis"]
    now = datetime.now(timezone.utc)
    rows: dict[type, list[dict]] = {
        table: []
        for table in (
            models.Organization,
            models.Service,
            models.Location,
            models.ServiceAtLocation,
            models.ServiceNeed,
            models.Schedule,
            models.Phone,
            models.ServicePoint,
        )
    }
    docs: list[fulltext.Document] = []

    def flush() -> None:
        with directory.sessions.begin() as session:
            for table, items in rows.items():
                if items:
                    session.execute(insert(table), items)
                    items.clear()
            fulltext.index_services(session, docs)
            docs.clear()

    organizations = [record_id(SOURCE, "organization", str(n)) for n in range(max(10, count // 20))]
    for org_number, org_id in enumerate(organizations):
        rows[models.Organization].append(
            {
                "id": org_id,
                "source": SOURCE,
                "source_id": str(org_number),
                "fetched_at": now,
                "name": f"Organisation {org_number}",
            }
        )
    for number in range(count):
        service_id = record_id(SOURCE, "service", str(number))
        needs = rng.sample(codes, rng.choice((1, 1, 2, 3)))
        name = f"{needs[0].replace('_', ' ').title()} service {number}"
        rows[models.Service].append(
            {
                "id": service_id,
                "source": SOURCE,
                "source_id": str(number),
                "fetched_at": now,
                "organization_id": rng.choice(organizations),
                "name": name,
                "description": f"Help with {', '.join(needs)} for residents.",
                "status": "active",
                "assured_date": date.today() - timedelta(days=rng.randint(0, 900)),
                "content_hash": str(number),
                "is_free": rng.random() < 0.6,
            }
        )
        for need in needs:
            rows[models.ServiceNeed].append(
                {"service_id": service_id, "need": need, "via": "need_term"}
            )
        rows[models.Schedule].append(
            {
                "id": child_id(service_id, "schedule", 0),
                "service_id": service_id,
                "freq": "WEEKLY",
                "byday": "MO,TU,WE,TH,FR",
                "opens_at": "09:00",
                "closes_at": "17:00",
            }
        )
        rows[models.Phone].append(
            {
                "id": child_id(service_id, "phone", 0),
                "service_id": service_id,
                "number": "020 7946 0123",
            }
        )
        for location_number in range(rng.choice((1, 1, 1, 2, 3))):
            location_id = record_id(SOURCE, "location", f"{number}/{location_number}")
            lat, lon = _fake_point(rng)
            rows[models.Location].append(
                {
                    "id": location_id,
                    "source": SOURCE,
                    "source_id": f"{number}/{location_number}",
                    "fetched_at": now,
                    "location_type": "physical",
                    "latitude": lat,
                    "longitude": lon,
                    "name": f"{name} venue {location_number}",
                }
            )
            sal_id = child_id(service_id, "service_at_location", location_number)
            rows[models.ServiceAtLocation].append(
                {
                    "id": sal_id,
                    "source_id": str(location_number),
                    "service_id": service_id,
                    "location_id": location_id,
                    "latitude": lat,
                    "longitude": lon,
                }
            )
            rows[models.ServicePoint].extend(
                {
                    "need": need,
                    "service_at_location_id": sal_id,
                    "service_id": service_id,
                    "location_id": location_id,
                    "cell": cell_of(lat, lon),
                    "latitude": lat,
                    "longitude": lon,
                    "fit": 1.0,
                    "published": True,
                    "assured_date": rows[models.Service][-1]["assured_date"],
                    "is_free": rows[models.Service][-1]["is_free"],
                }
                for need in needs
            )
        docs.append(
            fulltext.Document(
                service_id, name, rows[models.Service][-1]["description"], "", " ".join(needs)
            )
        )
        if len(rows[models.Service]) >= 5000:
            flush()
    flush()
    with directory.engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def open_database(count: int) -> Directory:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"directory-{count}-v{GENERATOR_VERSION}.sqlite3"
    ready = path.with_suffix(".ready")
    if not ready.exists():
        path.unlink(missing_ok=True)
        directory = Directory.from_url(f"sqlite:///{path}")
        directory.setup()
        started = time.perf_counter()
        generate(directory, count)
        print(f"generated {count} services in {time.perf_counter() - started:.1f} s")
        ready.touch()
        return directory
    return Directory.from_url(f"sqlite:///{path}")


def naive_search(
    directory: Directory, need: str, point: Point, radius_m: float, limit: int = 10
) -> tuple[list[str], int]:
    """What one writes first: read every location and every need, filter in Python.

    Returns the nearest names and how many services are within the radius.
    """
    with directory.sessions() as session:
        wanted = {
            sid
            for sid, code in session.execute(
                select(models.ServiceNeed.service_id, models.ServiceNeed.need)
            )
            if code == need
        }
        best: dict[str, float] = {}
        for sid, lat, lon in session.execute(
            select(
                models.ServiceAtLocation.service_id,
                models.ServiceAtLocation.latitude,
                models.ServiceAtLocation.longitude,
            )
        ):
            if sid in wanted:
                distance = haversine_m(point, Point(lat, lon))
                if distance <= radius_m and distance < best.get(sid, math.inf):
                    best[sid] = distance
        ranked = sorted(best, key=best.__getitem__)[:limit]
        services = {
            s.id: s
            for s in session.scalars(select(models.Service).where(models.Service.id.in_(ranked)))
        }
        return [services[sid].name for sid in ranked], len(best)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(count: int, queries: int, seed: int = 11) -> dict:
    directory = open_database(count)
    rng = random.Random(seed)
    codes = [code for code in default_catalogue().codes if code != "crisis"]
    plan = [(rng.choice(codes), Point(*rng.choice(QUERY_POINTS))) for _ in range(queries)]
    for need, point in plan[:5]:  # warm caches
        directory.search(needs=[need], near=_place(point))
    timings: dict[str, list[float]] = {"search": [], "naive": []}
    found: list[int] = []
    outcomes = []
    for need, point in plan:
        started = time.perf_counter()
        outcome = directory.search(needs=[need], near=_place(point), limit=10)
        timings["search"].append((time.perf_counter() - started) * 1000)
        found.append(len(outcome.results))
        outcomes.append(outcome)
    checked = 0
    for (need, point), outcome in list(zip(plan, outcomes, strict=True))[: max(10, queries // 5)]:
        started = time.perf_counter()
        _, within = naive_search(directory, need, point, 5000)
        timings["naive"].append((time.perf_counter() - started) * 1000)
        # Both must see the same world: same number of services within the radius.
        if outcome.scope == "local" and outcome.total != within:
            raise AssertionError(f"search found {outcome.total}, naive scan {within}")
        checked += outcome.scope == "local"
    directory.engine.dispose()
    if checked < len(plan) // 10 or statistics.mean(found) < 1:
        raise AssertionError("most searches found nothing: the benchmark would measure no work")
    row = {
        "services": count,
        "mean_results": round(statistics.mean(found), 2),
        "cross_checked_queries": checked,
    }
    for name, samples in timings.items():
        row[f"{name}_p50_ms"] = round(percentile(samples, 0.5), 3)
        row[f"{name}_p95_ms"] = round(percentile(samples, 0.95), 3)
        row[f"{name}_queries"] = len(samples)
    row["speedup_p50"] = round(row["naive_p50_ms"] / row["search_p50_ms"], 1)
    return row


def _place(point: Point):
    from directory.geocode import Place  # noqa: PLC0415

    return Place(
        label="bench",
        point=point,
        precision="place",
        postcode_district=None,
        local_authority=None,
        country="England",
    )


def machine() -> str:
    import os  # noqa: PLC0415

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rows = [measure(size, args.queries) for size in args.sizes]
    RESULTS.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": "directory_search",
        "when": datetime.now(timezone.utc).isoformat(),
        "machine": machine(),
        "database": "sqlite",
        "radius_m": 5000,
        "target": "search p95 < 10 ms at 100k services",
        "rows": rows,
    }
    (RESULTS / "directory_search.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [
        f"Directory search, SQLite, {machine()}, {args.queries} queries per size "
        "(need + 5 km around a place; top 10 with details and opening times).",
        "",
        "| services | search p50 ms | search p95 ms | naive scan p50 ms | naive scan p95 ms "
        "| naive / search (p50) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {r['services']:,} | {r['search_p50_ms']} | {r['search_p95_ms']} | "
        f"{r['naive_p50_ms']} | {r['naive_p95_ms']} | {r['speedup_p50']}× |"
        for r in rows
    ]
    table = "\n".join(lines) + "\n"
    (RESULTS / "directory_search.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
