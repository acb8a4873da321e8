"""The ORUK 3.0 read API: schema-valid responses, filters, paging, errors, CORS, mounting."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.api import create_app
from directory.ids import record_id
from directory.needs import NEEDS_TAXONOMY_ID, default_catalogue
from directory.store import Directory
from tests.conftest import SHARED_DATA, needs_shared
from tests.factories import make_service, term_attribute, uid, write_feed

SCHEMAS = SHARED_DATA / "oruk-3.0" / "schema"
SOURCE = "api-test"
FOOD = default_catalogue().get("food").term_id
METRES_PER_DEGREE = 111_195.0
LGSL = "esd LGSL"

# (name, metres north, metres east of the KT1 3LY centroid, how it is tagged as food)
PLACES = [
    ("Kingston Food Bank", 500, 0, "need"),
    ("Surbiton Pantry", -1500, 0, "lgsl"),
    ("Community Kitchen", 0, 2500, "category"),
    ("Far Food Hub", 0, -4000, "need"),
    ("Distant Food Store", 6000, 0, "need"),
]


# -- helpers ----------------------------------------------------------------------------------
def validator(name: str) -> Draft202012Validator:
    """A validator for one ORUK schema (``compiled/service.json``, ``taxonomy.json``…)."""
    path = needs_shared(SCHEMAS / name)
    registry = Registry().with_resources(
        (ref, Resource.from_contents(json.loads((SCHEMAS / ref).read_text()), DRAFT202012))
        for ref in ("taxonomy_term.json", "taxonomy.json")
    )
    return Draft202012Validator(
        json.loads(path.read_text()), registry=registry, format_checker=FormatChecker()
    )


def assert_valid(schema: str, *instances: dict) -> None:
    check = validator(schema)
    for instance in instances:
        errors = sorted(check.iter_errors(instance), key=lambda e: list(e.absolute_path))
        assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def empties(value: Any, path: str = "") -> list[str]:
    """Paths of None, "", [] or {} values anywhere in a JSON document."""
    if value is None or value in ("", [], {}):
        return [path or "(root)"]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in empties(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in empties(item, f"{path}[{i}]")]
    return []


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(a))


def offset(origin: tuple[float, float], north: float, east: float) -> tuple[float, float]:
    lat = origin[0] + north / METRES_PER_DEGREE
    return lat, origin[1] + east / (METRES_PER_DEGREE * math.cos(math.radians(origin[0])))


def food_attribute(how: str) -> list[dict]:
    if how == "lgsl":
        return [term_attribute(LGSL, "1818", "Food banks")]
    if how == "category":
        return [term_attribute("Local categories", "fb", "Food banks")]
    return [make_service(needs=("food",))["attributes"][0]]


def our_id(feed_id: str, kind: str = "service") -> str:
    return record_id(SOURCE, kind, feed_id)


def build_feed(origin: tuple[float, float], *, withdrawn: bool = True) -> list[dict]:
    feed = []
    for name, north, east, how in PLACES:
        lat, lon = offset(origin, north, east)
        feed.append(make_service(name, lat=lat, lon=lon, attributes=food_attribute(how)))
    full = feed[0]
    full["service_at_locations"][0]["location"] |= {
        "accessibility": [{"id": uid("acc"), "description": "Step-free entrance"}],
        "phones": [{"id": uid("loc-phone"), "number": "020 8547 0000"}],
    }
    full["service_at_locations"][0]["schedules"] = [
        {"id": uid("sal-schedule"), "freq": "weekly", "byday": "SA", "opens_at": "10:00"}
    ]
    full |= {
        "minimum_age": 16,
        "fees": "",  # empty in the feed: must not be published
        "alert": None,
        "languages": [{"id": uid("lang"), "name": "Polish", "code": "pl"}],
        "cost_options": [{"id": uid("cost"), "option": "Parcel", "amount": 0, "currency": "GBP"}],
        "contacts": [
            {
                "id": uid("contact"),
                "name": "Sam Volunteer",
                "email": "sam@example.org",
                "phones": [{"id": uid("contact-phone"), "number": "07700 900123"}],
            }
        ],
        "service_areas": [{"id": uid("area"), "name": "Kingston upon Thames"}],
        "last_modified": "2020-01-01T00:00:00Z",
    }
    feed.append(
        make_service(
            "Debt Advice Kingston",
            needs=("money_debt",),
            maximum_age=25,
            **dict(zip(("lat", "lon"), offset(origin, 800, 0), strict=True)),
        )
    )
    feed.append(make_service("Closed Food Bank", status="inactive", lat=origin[0], lon=origin[1]))
    feed.append(make_service("National Food Line", lat=None, lon=None))
    if withdrawn:
        feed.append(make_service("Gone Food Bank", lat=origin[0], lon=origin[1]))
    return feed


@pytest.fixture
async def loaded(any_directory: Directory, tmp_path: Path) -> tuple[Directory, tuple[float, float]]:
    """The test feed in a directory on SQLite (and PostgreSQL when the tests have one)."""
    directory = any_directory
    point = directory.locate("KT1 3LY").point
    origin = (point.latitude, point.longitude)
    for withdrawn in (True, False):  # the second, full feed no longer lists "Gone Food Bank"
        path = write_feed(tmp_path / "feed.json", build_feed(origin, withdrawn=withdrawn))
        report = await directory.import_feed(path, source=SOURCE)
        assert report.ok, report.rejected
        assert report.withdrawn == (0 if withdrawn else 1)
    return directory, origin


@pytest.fixture
async def client(aiohttp_client: Any, loaded: tuple) -> Any:
    return await aiohttp_client(create_app(loaded[0]))


async def get(client: Any, path: str, status: int = 200) -> Any:
    response = await client.get(path)
    assert response.status == status, await response.text()
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.content_type == "application/json"
    return await response.json()


async def all_pages(client: Any, path: str, per_page: int = 2) -> list[dict]:
    joiner = "&" if "?" in path else "?"
    first = await get(client, f"{path}{joiner}per_page={per_page}")
    items = list(first["contents"])
    for page in range(2, first["total_pages"] + 1):
        items += (await get(client, f"{path}{joiner}per_page={per_page}&page={page}"))["contents"]
    assert len(items) == first["total_items"]
    return items


PUBLISHED = sorted([name for name, *_ in PLACES] + ["Debt Advice Kingston", "National Food Line"])


# -- tests ------------------------------------------------------------------------------------
async def test_api_details(client: Any) -> None:
    details = await get(client, "/")
    assert details["version"] == "HSDS-UK-3.0"
    assert details["profile"].startswith("https://")
    assert details["openapi_url"].startswith("https://")


async def test_services_pages_validate_and_publish_only_live_services(client: Any) -> None:
    items = await all_pages(client, "/services")
    assert_valid("compiled/service_list.json", *items)
    assert sorted(item["name"] for item in items) == PUBLISHED
    assert {item["status"] for item in items} == {"active"}
    assert all(item["organization"]["name"] == "Kingston Community Group" for item in items)
    assert not empties(items)


async def test_paging_envelope_over_several_pages(client: Any) -> None:
    pages = [await get(client, f"/services?per_page=3&page={n}") for n in (1, 2, 3, 4)]
    total = len(PUBLISHED)
    for number, page in enumerate(pages, start=1):
        assert page["total_items"] == total
        assert page["total_pages"] == math.ceil(total / 3)
        assert page["page_number"] == number
        assert page["first_page"] is (number == 1)
        assert page["last_page"] is (number >= 3)
    assert [page["size"] for page in pages] == [3, 3, 1, 0]
    assert [page["empty"] for page in pages] == [False, False, False, True]
    names = [item["name"] for page in pages for item in page["contents"]]
    assert names == PUBLISHED  # ordered by name, no repeats, nothing lost
    default = await get(client, "/services")
    assert default["size"] == total and default["total_pages"] == 1
    capped = await get(client, "/services?per_page=100000")
    assert capped["size"] == total


async def test_full_services_validate_and_omit_empty_fields(client: Any) -> None:
    items = await all_pages(client, "/services?full=true")
    full = [await get(client, f"/services/{item['id']}") for item in items]
    assert_valid("compiled/service.json", *full, *items)
    assert not empties(full)
    bank = next(s for s in full if s["name"] == "Kingston Food Bank")
    assert bank["id"] == our_id(uid("service", "Kingston Food Bank"))
    assert "fees" not in bank and "alert" not in bank
    assert bank["minimum_age"] == 16
    assert bank["last_modified"] == "2020-01-01T00:00:00+00:00"
    assert bank["assured_date"] == "2026-10-01"
    assert bank["languages"][0]["code"] == "pl"
    assert bank["cost_options"][0] == {
        "id": bank["cost_options"][0]["id"],
        "service_id": bank["id"],
        "option": "Parcel",
        "currency": "GBP",
        "amount": 0,
    }
    assert bank["contacts"][0]["phones"][0]["number"] == "07700 900123"
    assert bank["service_areas"][0]["name"] == "Kingston upon Thames"
    assert bank["schedules"][0]["byday"] == "MO,TU,WE,TH,FR"
    assert bank["phones"][0]["number"] == "020 7946 0123"
    (sal,) = bank["service_at_locations"]
    assert sal["schedules"][0]["freq"] == "WEEKLY"
    location = sal["location"]
    assert location["addresses"][0]["postal_code"] == "KT1 1EU"
    assert location["accessibility"][0]["description"] == "Step-free entrance"
    assert location["phones"][0]["number"] == "020 8547 0000"
    (attribute,) = bank["attributes"]
    assert attribute["taxonomy_term"]["id"] == FOOD
    assert attribute["link_id"] == bank["id"]
    assert bank["organization"]["id"] == bank["organization_id"]


async def test_service_at_locations_validate(client: Any) -> None:
    items = await all_pages(client, "/service_at_locations")
    assert_valid("compiled/service_at_location_list.json", *items)
    assert not empties(items)
    names = sorted(item["service"]["name"] for item in items)
    assert names == [name for name in PUBLISHED if name != "National Food Line"]
    for item in items:
        assert item["location"]["addresses"][0]["postal_code"]
        assert item["service"]["organization"]["name"]
        one = await get(client, f"/service_at_locations/{item['id']}")
        assert_valid("compiled/service_at_location.json", one)
        assert not empties(one)
        assert (one["id"], one["service"]["id"]) == (item["id"], item["service_id"])


async def test_food_within_3km_of_a_postcode_nearest_first(client: Any, loaded: tuple) -> None:
    _, origin = loaded
    page = await get(
        client, f"/service_at_locations?postcode=KT1%203LY&proximity=3000&taxonomy_term_id={FOOD}"
    )
    names = [item["service"]["name"] for item in page["contents"]]
    # Tagged as our need, by LGSL 1818, and by the category "Food banks"; not the 4 km one,
    # nor debt advice, nor the inactive or withdrawn food banks at the centroid itself.
    assert names == ["Kingston Food Bank", "Surbiton Pantry", "Community Kitchen"]
    distances = [
        haversine(*origin, item["location"]["latitude"], item["location"]["longitude"])
        for item in page["contents"]
    ]
    assert distances == sorted(distances)
    assert all(distance <= 3000 for distance in distances)
    assert page["total_items"] == 3
    assert_valid("compiled/service_at_location_list.json", *page["contents"])


async def test_postcode_alone_means_within_5km(client: Any) -> None:
    page = await get(client, f"/service_at_locations?postcode=kt13ly&taxonomy_term_id={FOOD}")
    names = [item["service"]["name"] for item in page["contents"]]
    assert names == ["Kingston Food Bank", "Surbiton Pantry", "Community Kitchen", "Far Food Hub"]
    second = await get(
        client, f"/service_at_locations?postcode=KT1 3LY&taxonomy_term_id={FOOD}&per_page=3&page=2"
    )
    assert [item["service"]["name"] for item in second["contents"]] == ["Far Food Hub"]
    assert (second["total_items"], second["total_pages"], second["last_page"]) == (4, 2, True)


async def test_taxonomy_term_of_another_taxonomy_matches_attributes(client: Any) -> None:
    taxonomies = await all_pages(client, "/taxonomies")
    lgsl = next(t for t in taxonomies if t["name"] == LGSL)
    terms = (await get(client, f"/taxonomy_terms?taxonomy_id={lgsl['id']}"))["contents"]
    (food_bank,) = terms
    assert food_bank["term"] == "1818"
    page = await get(client, f"/services?taxonomy_term_id={food_bank['id']}")
    assert [item["name"] for item in page["contents"]] == ["Surbiton Pantry"]
    needs = await get(client, f"/services?taxonomy_id={NEEDS_TAXONOMY_ID}&per_page=500")
    assert needs["total_items"] == len(PUBLISHED)  # every one answers a need
    nothing = await get(client, f"/services?taxonomy_term_id={uid('no such term')}")
    assert (nothing["total_items"], nothing["empty"], nothing["contents"]) == (0, True, [])


async def test_text_modified_after_and_age_filters(client: Any) -> None:
    pantry = await get(client, "/services?text=pantry")
    assert [item["name"] for item in pantry["contents"]] == ["Surbiton Pantry"]
    same = await get(client, "/services?search=pantry")
    assert same == pantry
    sal = await get(client, "/service_at_locations?text=pantry")
    assert [item["service"]["name"] for item in sal["contents"]] == ["Surbiton Pantry"]
    recent = await get(client, "/services?modified_after=2024-01-01T00:00:00Z&per_page=500")
    names = {item["name"] for item in recent["contents"]}
    assert names == set(PUBLISHED) - {"Kingston Food Bank"}  # modified in 2020
    offset_form = await get(client, "/services?modified_after=2020-01-01T00:30:00%2B01:00")
    assert offset_form["total_items"] == len(PUBLISHED)  # 23:30 UTC, before midnight UTC
    later = await get(client, "/services?modified_after=2020-01-01T00:30:00Z")
    assert later["total_items"] == len(PUBLISHED) - 1
    assert (await get(client, "/services?modified_after=2030-01-01"))["total_items"] == 0
    adults = await get(client, "/services?minimum_age=16")
    assert [item["name"] for item in adults["contents"]] == ["Kingston Food Bank"]
    young = await get(client, "/services?maximum_age=30")
    assert [item["name"] for item in young["contents"]] == ["Debt Advice Kingston"]


async def test_taxonomies_and_terms_validate(client: Any) -> None:
    taxonomies = await all_pages(client, "/taxonomies")
    assert_valid("taxonomy.json", *taxonomies)
    assert {t["name"] for t in taxonomies} >= {"signpost-needs", LGSL, "Local categories"}
    needs = await get(client, f"/taxonomies/{NEEDS_TAXONOMY_ID}")
    assert_valid("taxonomy.json", needs)
    assert len(needs["taxonomy_terms"]) == len(default_catalogue().needs)
    terms = await all_pages(client, "/taxonomy_terms", per_page=7)
    assert_valid("taxonomy_term.json", *terms)
    assert not empties(terms) and not empties(taxonomies)
    assert len({term["id"] for term in terms}) == len(terms)
    food = await get(client, f"/taxonomy_terms/{FOOD}")
    assert_valid("taxonomy_term.json", food)
    assert (food["term"], food["taxonomy"], food["taxonomy_id"]) == (
        "food",
        "signpost-needs",
        NEEDS_TAXONOMY_ID,
    )
    top = await get(client, f"/taxonomy_terms?taxonomy_id={NEEDS_TAXONOMY_ID}&top_only=true")
    assert top["total_items"] == len(default_catalogue().needs)
    children = await get(client, f"/taxonomy_terms?parent_id={FOOD}")
    assert children["total_items"] == 0


async def test_organizations(client: Any) -> None:
    (org,) = (await get(client, "/organizations"))["contents"]
    assert_valid("compiled/organization_list.json", org)
    full = await get(client, f"/organizations/{org['id']}")
    assert_valid("compiled/organization.json", full)
    assert sorted(s["name"] for s in full["services"]) == PUBLISHED


@pytest.mark.parametrize(
    "path",
    [
        f"/services/{uid('nothing')}",
        "/services/not-a-uuid",
        f"/services/{our_id(uid('service', 'Gone Food Bank'))}",  # withdrawn
        f"/services/{our_id(uid('service', 'Closed Food Bank'))}",  # inactive
        f"/service_at_locations/{uid('nothing')}",
        f"/taxonomies/{uid('nothing')}",
        f"/taxonomy_terms/{uid('nothing')}",
        f"/organizations/{uid('nothing')}",
        "/no_such_endpoint",
    ],
)
async def test_unknown_ids_are_404_with_a_json_body(client: Any, path: str) -> None:
    body = await get(client, path, status=404)
    assert body["error"]


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("/services?page=0", "page"),
        ("/services?page=-2", "page"),
        ("/services?page=abc", "page"),
        ("/services?per_page=abc", "per_page"),
        ("/services?per_page=0", "per_page"),
        ("/services?per_page=2.5", "per_page"),
        ("/services?modified_after=yesterday", "modified_after"),
        ("/services?modified_after=2024-13-45T00:00:00Z", "modified_after"),
        ("/services?minimum_age=old", "minimum_age"),
        ("/services?full=maybe", "full"),
        ("/service_at_locations?postcode=ZZ99%209ZZ", "postcode"),
        ("/service_at_locations?postcode=not%20a%20postcode%20at%20all", "postcode"),
        ("/service_at_locations?postcode=KT1%203LY&proximity=-5", "proximity"),
        ("/service_at_locations?postcode=KT1%203LY&proximity=far", "proximity"),
        ("/service_at_locations?postcode=KT1%203LY&proximity=0", "proximity"),
        ("/service_at_locations?postcode=KT1%203LY&proximity=1e400", "proximity"),
        ("/service_at_locations?proximity=3000", "proximity"),
        ("/taxonomy_terms?top_only=perhaps", "top_only"),
        ("/taxonomies?page=99999999999999999999999", "page"),
    ],
)
async def test_bad_parameters_are_400_with_a_clear_message(
    client: Any, path: str, word: str
) -> None:
    body = await get(client, path, status=400)
    assert word in body["error"]


async def test_unknown_postcode_says_so(client: Any) -> None:
    body = await get(client, "/service_at_locations?postcode=ZZ99%209ZZ", status=400)
    assert "ZZ99 9ZZ" in body["error"]


async def test_cors_preflight(client: Any) -> None:
    response = await client.options(
        "/services",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "accept",
        },
    )
    assert response.status == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response.headers["Access-Control-Allow-Methods"]
    assert response.headers["Access-Control-Allow-Headers"] == "accept"
    not_allowed = await client.post("/services")
    assert not_allowed.status == 405
    assert not_allowed.headers["Access-Control-Allow-Origin"] == "*"
    assert (await not_allowed.json())["error"]


async def test_mounts_under_a_prefix(aiohttp_client: Any, loaded: tuple) -> None:
    main = web.Application()
    main.add_subapp("/oruk/", create_app(loaded[0]))
    client = await aiohttp_client(main)
    assert (await get(client, "/oruk/"))["version"] == "HSDS-UK-3.0"
    page = await get(client, "/oruk/services?per_page=1")
    assert page["total_items"] == len(PUBLISHED)
    await get(client, f"/oruk/services/{page['contents'][0]['id']}")
    await get(client, "/oruk/services?page=0", status=400)


async def test_the_validator_fixtures_are_republished_valid(
    aiohttp_client: Any, directory: Directory
) -> None:
    """Other publishers' records (the ORUK validator's pass and warn fixtures: US addresses,
    odd enums, bad links) come out schema-valid and without empty fields."""
    mocks = needs_shared(SHARED_DATA / "oruk-validator-mocks")
    for number, fixture in enumerate(
        [
            "V3.0-UK-Default/service_full.json",
            "V3.0-UK-Default/service_list.json",
            "V3.0-UK-Warn/service_full.json",
            "V3.0-UK-Warn/service_list.json",
            "V3.0-UK-Test/service_list_data.json",
        ]
    ):
        report = await directory.import_feed(str(mocks / fixture), source=f"mock-{number}")
        assert report.created >= 1, report.rejected
    client = await aiohttp_client(create_app(directory))
    listed = await all_pages(client, "/services?full=true", per_page=500)
    assert len(listed) >= 5
    assert_valid("compiled/service.json", *listed)
    assert not empties(listed)
    sals = await all_pages(client, "/service_at_locations", per_page=500)
    assert_valid("compiled/service_at_location_list.json", *sals)
    for sal in sals:
        assert_valid(
            "compiled/service_at_location.json",
            await get(client, f"/service_at_locations/{sal['id']}"),
        )
    terms = await all_pages(client, "/taxonomy_terms", per_page=500)
    assert_valid("taxonomy_term.json", *terms)
    taxonomies = await all_pages(client, "/taxonomies", per_page=500)
    for taxonomy in taxonomies:
        assert_valid("taxonomy.json", await get(client, f"/taxonomies/{taxonomy['id']}"))
    organizations = await all_pages(client, "/organizations", per_page=500)
    assert_valid("compiled/organization_list.json", *organizations)
    for org in organizations:
        assert_valid("compiled/organization.json", await get(client, f"/organizations/{org['id']}"))
    assert not empties([sals, terms, taxonomies, organizations])


async def test_last_modified_with_an_offset_is_published_in_utc(
    aiohttp_client: Any, directory: Directory, tmp_path: Path
) -> None:
    service = make_service(last_modified="2020-01-01T00:00:00+01:00")
    await directory.import_feed(write_feed(tmp_path / "feed.json", [service]), source=SOURCE)
    client = await aiohttp_client(create_app(directory))
    published = await get(client, f"/services/{our_id(service['id'])}")
    assert published["last_modified"] == "2019-12-31T23:00:00+00:00"
