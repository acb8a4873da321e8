"""Importing HSDS 3.0 tabular CSV packages: the published examples, and precise problems."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from directory import models
from directory.store import Directory
from tests.conftest import SHARED_DATA, needs_shared
from tests.factories import snapshot

HSDS_EXAMPLE = SHARED_DATA / "hsds-3.0" / "examples" / "csv"
ORUK_EXAMPLE = SHARED_DATA / "oruk-3.0" / "examples" / "csv"
EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b"
EXAMPLE_LOCATION = "3a19ff88-4620-4d17-9830-ac1d859eb5d5"


def rows(directory: Directory, table: type) -> list:
    with directory.sessions() as session:
        return list(session.scalars(select(table)))


def write_csv(path: Path, header: str, *lines: str) -> None:
    path.write_text("\n".join((header, *lines)) + "\n", encoding="utf-8")


# -- the published examples -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "attribute_file"),
    [(HSDS_EXAMPLE, "attributes.csv"), (ORUK_EXAMPLE, "attribute.csv")],
    ids=["hsds-3.0", "oruk-3.0"],
)
async def test_the_published_csv_examples_import(
    directory: Directory, folder: Path, attribute_file: str
) -> None:
    report = await directory.import_feed(str(needs_shared(folder)))
    assert report.importer == "hsds_csv" and report.full_feed
    assert (report.seen, report.created) == (1, 1)
    # What the examples get wrong, reported precisely; the service imports all the same.
    assert {(p.record_id, p.reason) for p in report.rejected} == {
        (EXAMPLE_SERVICE, "locations.csv row 2: latitude '100' is not between -90 and 90"),
        (
            f"{attribute_file} row 2",
            "link_id 'f28dd44b-0c4d-479f-8e90-4c52219a8b3c' matches no service",
        ),
    }
    [service] = rows(directory, models.Service)
    assert (service.source_id, service.name) == (EXAMPLE_SERVICE, "Community Counselling")
    assert (service.minimum_age, service.maximum_age) == (12, 100)
    with directory.sessions() as session:
        assert service.organization_id is not None
        org = session.get(models.Organization, service.organization_id)
        assert org.name == "Example Organization Inc."
    [location] = rows(directory, models.Location)
    assert (location.source_id, location.name) == (EXAMPLE_LOCATION, "MyCity Civic Center")
    assert (location.latitude, location.longitude) == (None, 101)
    [address] = rows(directory, models.Address)
    assert address.address_1 == "1-30 Main Street"
    [sal] = rows(directory, models.ServiceAtLocation)
    assert sal.service_id == service.id
    [contact] = rows(directory, models.Contact)
    assert contact.title == "Reception Manager"
    schedules = rows(directory, models.Schedule)
    # Linked to both the service and its service_at_location, as the HSDS JSON example has it.
    assert {(s.byday, s.opens_at, s.service_at_location_id is not None) for s in schedules} == {
        ("TH,FR", "10:00:00", False),
        ("TH,FR", "10:00:00", True),
    }
    [cost] = rows(directory, models.CostOption)
    assert cost.amount == 35
    # HSDS names Urdu; ORUK's languages.csv has no name or code column, so says nothing.
    languages = [(lang.name, lang.code) for lang in rows(directory, models.Language)]
    assert languages == ([("Urdu", "ur")] if folder == HSDS_EXAMPLE else [])
    phones = rows(directory, models.Phone)
    assert {p.number for p in phones} == {'"+44 1234 234567"'}  # the quotes are in the data
    where = {
        "service" if p.service_id else "location" if p.location_id else "contact" for p in phones
    }
    if folder == HSDS_EXAMPLE:  # its phone row names the service, location and contact
        assert where == {"service", "location", "contact"}
    else:  # ORUK's names only the contact
        assert where == {"contact"}


async def test_re_importing_a_csv_package_changes_nothing(directory: Directory) -> None:
    folder = str(needs_shared(HSDS_EXAMPLE))
    await directory.import_feed(folder)
    before = snapshot(directory)
    report = await directory.import_feed(folder)
    assert (report.created, report.updated, report.unchanged, report.withdrawn) == (0, 0, 1, 0)
    assert snapshot(directory) == before


async def test_services_csv_path_reads_its_folder(directory: Directory) -> None:
    services_csv = needs_shared(ORUK_EXAMPLE / "services.csv")
    report = await directory.import_feed(str(services_csv))
    assert (report.importer, report.created) == ("hsds_csv", 1)


# -- a package written by the test ----------------------------------------------------------


def write_package(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: a byte-order mark, as spreadsheet exports write it.
    (folder / "services.csv").write_text(
        "id,organization_id,name,description,status,minimum_age,maximum_age\n"
        "s1,o1,Hook Food Pantry,Community pantry,active,,\n"
        "s2,o1,Chessington Youth Club,Evenings for young people,active,11,eighteen\n",
        encoding="utf-8-sig",
    )
    write_csv(folder / "organizations.csv", "id,name", "o1,Hook Community Trust")
    write_csv(
        folder / "locations.csv",
        "id,name,latitude,longitude",
        "l1,Hook Centre,51.3700,-0.3040",
        "l2,Chessington Hall,abc,-0.3050",
    )
    write_csv(
        folder / "service_at_location.csv",
        "id,service_id,location_id",
        "sal1,s1,l1",
        "sal2,s2,l2",
        "sal3,s2,l9",
    )
    write_csv(
        folder / "addresses.csv",
        "id,location_id,address_1,city,postal_code,country",
        "a1,l1,1 Example Road,Hook,KT9 1EU,GB",
        "a2,l2,2 Sample Street,Chessington,KT9 2DL,GB",
    )
    write_csv(
        folder / "phones.csv",
        "id,service_id,location_id,contact_id,number",
        "p1,s1,,,020 7946 0111",
        "p2,s2,,,020 7946 0222",
        "p3,x9,,,020 7946 0333",
        "p4,,l1,c1,020 7946 0444",
    )
    write_csv(folder / "contacts.csv", "id,service_id,name", "c1,s1,Pantry desk")
    write_csv(
        folder / "schedules.csv",
        "id,service_id,service_at_location_id,freq,byday,opens_at,closes_at,interval",
        'sc1,s1,,WEEKLY,"MO,WE",10:00,12:00,1',
        "sc2,,sal2,WEEKLY,FR,18:00,21:00,two",
    )
    write_csv(folder / "taxonomies.csv", "id,name", "t1,esd.org.uk LGSL")
    write_csv(
        folder / "taxonomy_terms.csv",
        "id,code,name,taxonomy_id",
        "tt1,1818,Food banks,t1",
        "tt2,700,Youth clubs,t1",
    )
    write_csv(
        folder / "attributes.csv",
        "id,link_id,link_type,link_entity,taxonomy_term_id",
        "at1,s1,,service,tt1",
        "at2,s2,,service,tt2",
        "at3,o1,,organization,tt1",
        "at4,s2,,service,tt404",
    )
    return folder


async def test_dangling_links_and_bad_numbers_are_reported_and_the_rest_imports(
    directory: Directory, tmp_path: Path
) -> None:
    folder = write_package(tmp_path / "kingston")
    report = await directory.import_feed(str(folder))

    assert (report.seen, report.created) == (2, 2)
    assert sorted((p.record_id, p.reason) for p in report.rejected) == [
        ("attributes.csv row 5", "taxonomy_term_id 'tt404' matches no taxonomy term"),
        ("phones.csv row 4", "service_id 'x9' matches no service"),
        ("s2", "locations.csv row 3: latitude 'abc' is not a number"),
        ("s2", "schedules.csv row 3: interval 'two' is not a number"),
        ("s2", "services.csv row 3: maximum_age 'eighteen' is not a number"),
        ("service_at_location.csv row 4", "location_id 'l9' matches no location"),
    ]
    by_id = {s.source_id: s for s in rows(directory, models.Service)}
    assert (by_id["s2"].minimum_age, by_id["s2"].maximum_age) == (11, None)
    locations = {loc.source_id: loc for loc in rows(directory, models.Location)}
    assert (locations["l1"].latitude, locations["l1"].longitude) == (51.37, -0.304)
    # The bad latitude is left out (the writer may then place l2 from its postcode).
    postcode = directory.locate("KT9 2DL").point
    assert (locations["l2"].latitude, locations["l2"].longitude) in (
        (None, -0.305),
        (postcode.latitude, postcode.longitude),
    )
    phones = rows(directory, models.Phone)
    assert {p.number for p in phones} == {"020 7946 0111", "020 7946 0222", "020 7946 0444"}
    # p4 names a location and a contact: it is nested under both.
    assert sorted(
        ("location" if p.location_id else "contact" if p.contact_id else "service")
        for p in phones
        if p.number == "020 7946 0444"
    ) == ["contact", "location"]
    schedules = {s.id: s for s in rows(directory, models.Schedule)}
    assert {(s.byday, s.interval) for s in schedules.values()} == {("MO,WE", 1), ("FR", None)}
    [youth_schedule] = [s for s in schedules.values() if s.byday == "FR"]
    assert youth_schedule.service_at_location_id is not None

    [pantry] = directory.search(needs=["food"], near="KT9 1EU").results
    assert (pantry.name, pantry.phones, pantry.organization) == (
        "Hook Food Pantry",
        ("020 7946 0111",),
        "Hook Community Trust",
    )
    needs = {(n.service_id, n.need) for n in rows(directory, models.ServiceNeed)}
    assert needs == {(by_id["s1"].id, "food"), (by_id["s2"].id, "young_people")}


async def test_a_datapackage_json_names_the_folder_and_its_table_paths(
    directory: Directory, tmp_path: Path
) -> None:
    folder = write_package(tmp_path / "package")
    (folder / "tables").mkdir()
    (folder / "phones.csv").rename(folder / "tables" / "all_phones.csv")
    (folder / "datapackage.json").write_text(
        json.dumps(
            {
                "name": "kingston-services",
                "resources": [{"name": "phone", "path": "tables/all_phones.csv"}],
            }
        ),
        encoding="utf-8",
    )
    report = await directory.import_feed(str(folder / "datapackage.json"))
    assert (report.importer, report.created) == ("hsds_csv", 2)
    assert ("all_phones.csv row 4", "service_id 'x9' matches no service") in {
        (p.record_id, p.reason) for p in report.rejected
    }
    assert len({p.number for p in rows(directory, models.Phone)}) == 3


async def test_windows_line_endings_and_blank_lines_keep_row_numbers(
    directory: Directory, tmp_path: Path
) -> None:
    """The ORUK example files end lines with \\r\\r\\n: rows count as a spreadsheet shows them."""
    folder = tmp_path / "crlf"
    folder.mkdir()
    with (folder / "services.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\r\n")
        writer.writerows([["id", "name", "status", "minimum_age"], ["s1", "A", "active", "x"]])
    report = await directory.import_feed(str(folder))
    assert report.created == 1
    assert [(p.record_id, p.reason) for p in report.rejected] == [
        ("s1", "services.csv row 2: minimum_age 'x' is not a number")
    ]


async def test_a_folder_without_services_csv_aborts_and_changes_nothing(
    directory: Directory, tmp_path: Path
) -> None:
    await directory.import_feed(str(write_package(tmp_path / "good")))
    before = snapshot(directory)
    folder = write_package(tmp_path / "broken")
    (folder / "services.csv").unlink()

    report = await directory.import_feed(str(folder))

    assert report.importer == "hsds_csv"
    assert report.aborted is not None
    assert report.aborted.startswith(f"{folder}: no services.csv; an HSDS 3.0 CSV feed is a folder")
    assert snapshot(directory) == before
    # The same message when the importer is named for an empty folder.
    (tmp_path / "empty").mkdir()
    report = await directory.import_feed(str(tmp_path / "empty"), importer="hsds_csv")
    assert report.aborted.startswith(f"{tmp_path / 'empty'}: no services.csv")
    assert snapshot(directory) == before


async def test_a_file_that_is_not_utf8_aborts_with_its_name(
    directory: Directory, tmp_path: Path
) -> None:
    folder = write_package(tmp_path / "latin1")
    (folder / "locations.csv").write_bytes("id,name\nl1,Caf\xe9\n".encode("latin-1"))
    report = await directory.import_feed(str(folder))
    assert report.aborted is not None
    assert report.aborted.startswith(f"{folder / 'locations.csv'}: not UTF-8 text")
    assert rows(directory, models.Service) == []
