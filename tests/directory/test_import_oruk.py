"""Importing ORUK 3.0 feeds: the validator's own fixtures, idempotency, atomicity, paging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiohttp import web
from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import select

from directory import models
from directory.importers.checks import check_service
from directory.importers.fetch import Fetcher
from directory.store import Directory
from tests.conftest import SHARED_DATA, needs_shared
from tests.factories import make_service, snapshot, term_attribute, write_feed

MOCKS = SHARED_DATA / "oruk-validator-mocks"


def services(directory: Directory) -> list[models.Service]:
    with directory.sessions() as session:
        return list(session.scalars(select(models.Service).order_by(models.Service.name)))


async def test_validator_test_feed_imports_all_128_records(any_directory: Directory) -> None:
    """The fixture is one service ("Community Counselling", one id) in 128 variants.

    Every record is read and checked; they share one id, so the directory holds one service
    (the last variant) and the 127 repeats are reported, not silently dropped.
    """
    feed = needs_shared(MOCKS / "V3.0-UK-Test" / "service_list_data.json")
    report = await any_directory.import_feed(str(feed))
    assert report.ok, report.rejected[:3]
    assert (report.seen, report.created, report.updated, report.duplicates) == (128, 1, 0, 127)
    assert report.warnings[0].reason == (
        "id repeated in this feed (records #0 and #1); record #1 is kept"
    )
    [service] = services(any_directory)
    assert service.source_id == "ac148810-d857-441c-9679-408f346de14b"
    last = json.loads(feed.read_text())["contents"][-1]
    assert service.description == ((last.get("description") or "").strip() or None)


async def test_importing_the_same_feed_twice_changes_nothing(any_directory: Directory) -> None:
    feed = needs_shared(MOCKS / "V3.0-UK-Test" / "service_list_data.json")
    await any_directory.import_feed(str(feed))
    before = snapshot(any_directory)
    report = await any_directory.import_feed(str(feed))
    assert (report.created, report.updated, report.unchanged, report.withdrawn) == (0, 0, 1, 0)
    assert snapshot(any_directory) == before


@pytest.mark.parametrize(
    "fixture",
    [
        "V3.0-UK-Default/service_full.json",  # one full service: a partial update
        "V3.0-UK-Default/service_list.json",
        "V3.0-UK-Warn/service_full.json",
        "V3.0-UK-Warn/service_list.json",
        "V3.0-UK-Test/service_list.json",  # 128 services; its total_items (31) is wrong
    ],
)
async def test_default_and_warn_fixtures_import(directory: Directory, fixture: str) -> None:
    report = await directory.import_feed(str(needs_shared(MOCKS / fixture)))
    assert report.ok, report.rejected
    assert report.created >= 1
    assert report.created + report.duplicates == report.seen


async def test_fail_list_is_rejected_with_ids_and_reasons_and_changes_nothing(
    directory: Directory,
) -> None:
    await directory.import_feed(str(needs_shared(MOCKS / "V3.0-UK-Test" / "service_list.json")))
    before = snapshot(directory)
    report = await directory.import_feed(str(MOCKS / "V3.0-UK-Fail" / "service_list.json"))
    assert not report.ok
    assert report.aborted == "no record in the feed could be imported"
    reasons = {(p.record_id, p.reason) for p in report.rejected}
    assert ("ac148810-d857-441c-9679-408f346de14b", "name: required field missing") in reasons
    assert (
        "b644a0d2-9e8a-4c33-9390-ae9ee93fc056",
        "url: 'example_counselling' is not a valid uri",
    ) in reasons
    assert (
        "e85f5bb0-62f0-42cc-a08a-0c5c16273090",
        "email: expected string or null, got bool False",
    ) in reasons
    assert (
        "ac148810-d857-441c-9679-408f346de14b",
        "email: expected string or null, got int 12345",
    ) in reasons
    assert snapshot(directory) == before


async def test_fail_service_full_is_rejected_for_its_malformed_links(directory: Directory) -> None:
    report = await directory.import_feed(
        str(needs_shared(MOCKS / "V3.0-UK-Fail" / "service_full.json"))
    )
    assert [str(p) for p in report.rejected] == [
        "ac148810-d857-441c-9679-408f346de14b: email: 'email-example_com' is not a valid email",
        "ac148810-d857-441c-9679-408f346de14b: url: 'example/counselling' is not a valid uri",
    ]
    assert services(directory) == []


def test_our_checks_agree_with_the_official_oruk_schema() -> None:
    """For every validator fixture, we reject a record exactly when the ORUK schema does."""
    schema_path = needs_shared(SHARED_DATA / "oruk-3.0" / "schema" / "compiled" / "service.json")
    official = Draft202012Validator(
        json.loads(schema_path.read_text()), format_checker=FormatChecker()
    )
    compared = 0
    for path in sorted(MOCKS.glob("V3.0-*/service_*.json")):
        document = json.loads(path.read_text())
        records = document if isinstance(document, list) else document.get("contents", [document])
        for position, record in enumerate(records):
            expected_ok = not list(official.iter_errors(record))
            assert check_service(record, position).ok == expected_ok, (path.name, position)
            compared += 1
    assert compared > 250


async def test_a_bad_record_is_reported_and_the_others_import(
    directory: Directory, tmp_path: Path
) -> None:
    good = make_service("Tolworth Pantry")
    bad = make_service("Broken Entry", email=12345)
    nameless = make_service("Nameless")
    del nameless["name"]
    feed = write_feed(tmp_path / "feed.json", [good, bad, nameless])
    report = await directory.import_feed(feed)
    assert report.created == 1
    assert {str(p) for p in report.rejected} == {
        f"{bad['id']}: email: expected string or null, got int 12345",
        f"{nameless['id']}: name: required field missing",
    }
    assert [s.name for s in services(directory)] == ["Tolworth Pantry"]


async def test_strict_import_rejects_everything_on_one_bad_record(
    directory: Directory, tmp_path: Path
) -> None:
    feed = write_feed(
        tmp_path / "feed.json", [make_service("Good"), make_service("Bad", url="not a url")]
    )
    report = await directory.import_feed(feed, strict=True)
    assert report.aborted and report.created == 0
    assert services(directory) == []


async def test_records_gone_from_a_full_feed_are_marked_withdrawn_not_deleted(
    directory: Directory, tmp_path: Path
) -> None:
    a, b = make_service("Service A"), make_service("Service B")
    await directory.import_feed(write_feed(tmp_path / "v1.json", [a, b]), source="council")
    report = await directory.import_feed(write_feed(tmp_path / "v2.json", [a]), source="council")
    assert report.withdrawn == 1
    by_name = {s.name: s for s in services(directory)}
    assert by_name["Service B"].withdrawn_at is not None
    assert by_name["Service A"].withdrawn_at is None
    assert directory.search(needs=["food"], near="KT1 1EU").total == 1

    report = await directory.import_feed(write_feed(tmp_path / "v3.json", [a, b]), source="council")
    assert (report.updated, report.unchanged) == (1, 1)
    assert directory.search(needs=["food"], near="KT1 1EU").total == 2


async def test_a_changed_record_replaces_its_children(directory: Directory, tmp_path: Path) -> None:
    service = make_service("Hook Lunch Club", needs=("loneliness",))
    await directory.import_feed(write_feed(tmp_path / "v1.json", [service]), source="s")
    service["phones"] = [{"id": "p2", "number": "020 7946 0999"}]
    service["attributes"] = [term_attribute("esd.org.uk LGSL", "1818", "Food banks")]
    report = await directory.import_feed(write_feed(tmp_path / "v2.json", [service]), source="s")
    assert report.updated == 1
    result = directory.search(needs=["food"], near="KT1 1EU").results[0]
    assert result.phones == ("020 7946 0999",)
    assert result.needs == ("food",)
    assert directory.search(needs=["loneliness"], near="KT1 1EU").total == 0


@pytest.mark.parametrize(
    ("attribute", "need"),
    [
        (term_attribute("esd.org.uk LGSL", "1818", "Food banks"), "food"),  # LGSL code
        (term_attribute("category", "Food banks", "Food banks"), "food"),  # free text
        (term_attribute("category", "debt-advice", "Debt advice"), "money_debt"),
        (term_attribute("LGSL", "640", "Older people's clubs"), "loneliness"),  # 640 → two
        (term_attribute("LGSL", "640", "Older people's clubs"), "older_people"),
    ],
)
async def test_feed_categories_map_onto_need_codes(
    directory: Directory, tmp_path: Path, attribute: dict, need: str
) -> None:
    service = make_service("Mapped Service", attributes=[attribute])
    await directory.import_feed(write_feed(tmp_path / "feed.json", [service]))
    assert [r.name for r in directory.search(needs=[need], near="KT1 1EU").results] == [
        "Mapped Service"
    ]


# -- over HTTP: a local server stands in for a council's ORUK API ---------------------------


async def serve_pages(aiohttp_server, pages: list[dict], *, fail_page: int | None = None):
    requested: list[int] = []

    async def handler(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        requested.append(page)
        if page == fail_page:
            return web.Response(status=503)
        return web.json_response(pages[page - 1])

    app = web.Application()
    app.router.add_get("/services", handler)
    server = await aiohttp_server(app)
    return server, requested


def paged(services_: list[dict], per_page: int) -> list[dict]:
    chunks = [services_[i : i + per_page] for i in range(0, len(services_), per_page)]
    return [
        {
            "total_items": len(services_),
            "total_pages": len(chunks),
            "page_number": number,
            "size": len(chunk),
            "first_page": number == 1,
            "last_page": number == len(chunks),
            "empty": False,
            "contents": chunk,
        }
        for number, chunk in enumerate(chunks, start=1)
    ]


async def test_a_paged_url_feed_is_followed_to_the_last_page(
    directory: Directory, aiohttp_server
) -> None:
    pages = paged([make_service(f"Service {n}") for n in range(7)], per_page=3)
    server, requested = await serve_pages(aiohttp_server, pages)
    report = await directory.import_feed(str(server.make_url("/services")))
    assert report.ok and report.created == 7
    assert requested == [1, 2, 3]


async def test_a_feed_failing_midway_leaves_the_database_as_it_was(
    directory: Directory, aiohttp_server, tmp_path: Path
) -> None:
    await directory.import_feed(write_feed(tmp_path / "old.json", [make_service("Old")]))
    before = snapshot(directory)
    pages = paged([make_service(f"Service {n}") for n in range(7)], per_page=3)
    server, requested = await serve_pages(aiohttp_server, pages, fail_page=3)
    report = await directory.import_feed(
        str(server.make_url("/services")), fetcher=Fetcher(retries=2, backoff=0.01)
    )
    assert report.aborted is not None and "HTTP 503" in report.aborted
    assert requested == [1, 2, 3, 3, 3]  # page 3 tried three times
    assert snapshot(directory) == before


async def test_a_missing_file_and_junk_are_clear_errors(
    directory: Directory, tmp_path: Path
) -> None:
    report = await directory.import_feed(str(tmp_path / "nope.json"))
    assert report.aborted == f"{tmp_path / 'nope.json'}: no such file"
    junk = tmp_path / "junk.json"
    junk.write_text("{not json", encoding="utf-8")
    report = await directory.import_feed(str(junk))
    assert report.aborted.startswith(f"{junk}: not valid JSON (line 1")
    odd = tmp_path / "odd.json"
    odd.write_text('{"hello": "world"}', encoding="utf-8")
    report = await directory.import_feed(str(odd))
    assert "not a feed any importer recognises" in report.aborted


async def test_a_location_with_a_postcode_but_no_coordinates_is_placed_offline(
    directory: Directory, tmp_path: Path
) -> None:
    service = make_service("Postcode Only Pantry", lat=0.0, lon=0.0, postcode="kt1 3ly")
    location = service["service_at_locations"][0]["location"]
    del location["latitude"], location["longitude"]
    await directory.import_feed(write_feed(tmp_path / "feed.json", [service]))
    [result] = directory.search(needs=["food"], near="KT1 3LY").results
    assert result.postcode == "KT1 3LY"  # normalised on the way in
    assert result.distance_m is not None and result.distance_m < 50
