"""Importing Open Referral UK 1.0 feeds: paging over HTTP, mapping onto HSDS 3.0, leniency."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from aiohttp import web
from sqlalchemy import select

from directory import models
from directory.importers import find_reader
from directory.importers.fetch import Fetcher
from directory.store import Directory
from tests.factories import snapshot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "oruk1"
PAGE1 = FIXTURES / "service_list_page1.json"
PAGE2 = FIXTURES / "service_list_page2.json"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def rows(directory: Directory, table: type) -> list:
    with directory.sessions() as session:
        return list(session.scalars(select(table)))


async def serve(aiohttp_server, pages: list[dict], *, ignore_page: bool = False):
    """A council's ORUK 1.0 API: ``/services?page=N`` in the pages' own numbering."""
    requested: list[str | None] = []
    by_number = {page["number"]: page for page in pages}

    async def handler(request: web.Request) -> web.Response:
        page = request.query.get("page")
        requested.append(page)
        if page is None or ignore_page:
            return web.json_response(pages[0])
        return web.json_response(by_number[int(page)])

    app = web.Application()
    app.router.add_get("/services", handler)
    server = await aiohttp_server(app)
    return str(server.make_url("/services")), requested


async def test_a_paged_feed_is_followed_and_lands_as_searchable_services(
    directory: Directory, aiohttp_server
) -> None:
    url, requested = await serve(aiohttp_server, [load(PAGE1), load(PAGE2)])
    report = await directory.import_feed(url)

    assert requested == [None, "2"]
    assert report.importer == "oruk1"
    assert report.ok, report.rejected
    assert (report.seen, report.created, report.full_feed) == (5, 5, True)
    by_id = {service.source_id: service for service in rows(directory, models.Service)}
    assert sorted(by_id) == ["1001", "1003", "1004", "1005", "KYS-202"]

    schedules = {(s.byday, s.freq, s.opens_at) for s in rows(directory, models.Schedule)}
    assert {("TU", "WEEKLY", "10:00"), ("FR", "WEEKLY", "10:00:00")} <= schedules  # names
    assert {("MO", "WEEKLY", "16:00"), ("WE", "WEEKLY", "16:00")} <= schedules  # 1..7
    assert ("1WE", "MONTHLY", "09:30") in schedules  # byday/freq given: kept as they are
    [closure] = [s for s in rows(directory, models.Schedule) if s.opens_at is None]
    assert closure.description == "Closed 2026-12-24 to 2027-01-02"
    assert str(closure.valid_from) == "2026-12-24"

    addresses = {a.postal_code: a for a in rows(directory, models.Address)}
    assert set(addresses) == {"KT1 3LY", "KT2 6PT", "KT6 4PE", "KT5 9NU", "KT1 2JT"}
    assert addresses["KT1 3LY"].address_1 == "12 Example Road"
    [access] = rows(directory, models.Accessibility)
    assert access.description == "Step-free access"

    youth = by_id["KYS-202"]
    assert (youth.minimum_age, youth.maximum_age) == (11, 25)  # lowest min, highest max
    assert (by_id["1004"].minimum_age, by_id["1004"].maximum_age) == (18, None)
    assert by_id["1001"].is_free and by_id["1003"].is_free

    food = directory.search(needs=["food"], near="KT1 3LY")
    [hub] = food.results
    assert (hub.name, hub.needs, hub.phones) == (
        "Kingston Community Food Hub",
        ("food",),
        ("020 7946 0101",),
    )
    assert hub.organization == "Kingston Food Partnership"
    assert hub.postcode == "KT1 3LY" and hub.distance_m is not None and hub.distance_m < 50
    assert set(hub.languages) == {"English", "Polish"}

    def names(need: str, **options: object) -> list[str]:
        found = directory.search(needs=[need], near="KT1 3LY", **options)
        return [result.name for result in found.results]

    assert names("young_people", age=15) == ["Kingston Youth Drop-in"]  # LGSL 700
    assert names("young_people", age=30) == []
    assert names("carers") == ["Tolworth Carers Cafe"]  # LGSL 298
    assert names("money_debt") == ["Surbiton Money Advice Sessions"]  # by category name
    # "esdNeeds" 12 is a need, not LGSL 12 (childcare): it maps by its name.
    assert names("energy_warmth") == ["Norbiton Warm Space"]
    assert names("childcare") == []


async def test_importing_the_feed_again_changes_nothing(
    directory: Directory, aiohttp_server
) -> None:
    url, _ = await serve(aiohttp_server, [load(PAGE1), load(PAGE2)])
    await directory.import_feed(url)
    before = snapshot(directory)
    report = await directory.import_feed(url)
    assert (report.created, report.updated, report.unchanged, report.withdrawn) == (0, 0, 5, 0)
    assert snapshot(directory) == before


async def test_pages_from_files_are_partial_updates(directory: Directory) -> None:
    """A file holding page 1 of 2 is not the whole feed: nothing is withdrawn for it."""
    report = await directory.import_feed(str(PAGE1), source="kingston")
    assert report.importer == "oruk1"
    assert (report.created, report.full_feed, report.withdrawn) == (3, False, 0)
    report = await directory.import_feed(str(PAGE2), source="kingston")
    assert (report.created, report.full_feed, report.withdrawn) == (2, False, 0)
    assert len(directory.search(near="KT1 3LY", limit=10).results) == 5
    assert {s.withdrawn_at for s in rows(directory, models.Service)} == {None}


async def test_a_single_page_file_is_the_whole_feed(directory: Directory, tmp_path: Path) -> None:
    page = load(PAGE1)
    page.update(totalPages=1, totalElements=3, last=True)
    (tmp_path / "all.json").write_text(json.dumps(page), encoding="utf-8")
    report = await directory.import_feed(str(tmp_path / "all.json"))
    assert report.ok and report.full_feed and report.created == 3


async def test_zero_based_page_numbers_are_followed(directory: Directory, aiohttp_server) -> None:
    first, second = load(PAGE1), load(PAGE2)
    first["number"], second["number"] = 0, 1  # the Spring Data default
    url, requested = await serve(aiohttp_server, [first, second])
    report = await directory.import_feed(url)
    assert requested == [None, "1"]
    assert (report.created, report.full_feed) == (5, True)


async def test_a_server_ignoring_the_page_parameter_fails_cleanly(
    directory: Directory, aiohttp_server
) -> None:
    url, requested = await serve(aiohttp_server, [load(PAGE1), load(PAGE2)], ignore_page=True)
    report = await directory.import_feed(url, fetcher=Fetcher(retries=0))
    assert report.aborted == (
        f"{url}: asked for page 2 but got page 1 (does the feed ignore ?page=?)"
    )
    assert requested == [None, "2"]
    assert rows(directory, models.Service) == []


async def test_one_service_is_a_partial_update_read_by_oruk1(
    directory: Directory, tmp_path: Path
) -> None:
    service = load(PAGE1)["content"][0]
    # An ORUK 1.0 service has an id and a name, so ORUK 3.0 would take it too: order matters.
    assert find_reader("service.json", service).name == "oruk1"
    path = tmp_path / "service.json"
    path.write_text(json.dumps(service), encoding="utf-8")
    report = await directory.import_feed(str(path))
    assert (report.importer, report.created, report.full_feed) == ("oruk1", 1, False)


async def test_unreadable_values_are_reported_and_left_out(
    directory: Directory, tmp_path: Path
) -> None:
    page = load(PAGE1)
    hub, youth = page["content"][0], page["content"][1]
    hub["regular_schedules"][1]["weekday"] = "Funday"
    hub["service_at_locations"][0]["location"]["latitude"] = "abc"
    youth["eligibilitys"][1]["maximum_age"] = "twenty"
    youth["organization"] = {"name": "No id"}
    youth["url"] = ""  # empty strings are absent, not invalid
    (tmp_path / "page.json").write_text(json.dumps(page), encoding="utf-8")

    report = await directory.import_feed(str(tmp_path / "page.json"))

    assert report.created == 3
    assert {(p.record_id, p.reason) for p in report.rejected} == {
        ("1001", "regular_schedules[1].weekday 'Funday' is not a day of the week"),
        ("1001", "service_at_locations[0].location.latitude 'abc' is not a number"),
        ("KYS-202", "eligibilitys[1].maximum_age 'twenty' is not a number"),
        ("KYS-202", "organization has no id or no name; left out"),
    }
    by_id = {service.source_id: service for service in rows(directory, models.Service)}
    assert (by_id["KYS-202"].minimum_age, by_id["KYS-202"].maximum_age) == (11, 19)
    assert by_id["KYS-202"].organization_id is None and by_id["KYS-202"].url is None
    [location] = [loc for loc in rows(directory, models.Location) if loc.source_id == "loc-71"]
    # Left out: the writer may place it from its postcode, but never from the bad value.
    assert location.latitude in (None, directory.locate("KT1 3LY").point.latitude)
    funday = [s for s in rows(directory, models.Schedule) if s.id and s.opens_at == "10:00:00"]
    assert [(s.byday, s.freq) for s in funday] == [(None, None)]


async def test_naming_oruk1_for_something_else_is_a_clear_error(
    directory: Directory, tmp_path: Path
) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    report = await directory.import_feed(str(path), importer="oruk1")
    assert report.aborted == f"{path}: not an ORUK 1.0 page or service"


def test_other_documents_are_not_oruk1() -> None:
    reader = find_reader("x.json", {"content": [], "totalElements": 0})
    assert reader.name == "oruk1"
    service = copy.deepcopy(load(PAGE1)["content"][0])
    for key in ("regular_schedules", "service_taxonomys", "eligibilitys"):
        del service[key]
    assert find_reader("x.json", service).name == "oruk3"
    assert find_reader("x.json", {"contents": [], "total_pages": 1}).name == "oruk3"
