"""Translations (Welsh parity): import from the feeds' extension, storage, search, the API.

Runs on SQLite, and on PostgreSQL too where the engine matters (``any_directory``): storage,
re-imports, full-text search and the API.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, select

from directory import models, translations
from directory.api import accepted_languages, create_app
from directory.db import alembic_config
from directory.ids import record_id
from directory.store import DEMO_FEEDS, Directory
from tests.directory.test_api import assert_valid, empties
from tests.factories import make_service, write_feed

CONWY = Path(__file__).resolve().parents[2] / "directory" / "demo" / "conwy.json"
SOURCE = "conwy"
FOOD_BANK = "4dc11d98-2c13-5c1f-aac6-ea390c48d360"  # Llandudno Community Food Bank
LLANDUDNO = (53.32403, -3.83099)  # Llandudno Town Hall


def conwy() -> dict[str, Any]:
    return json.loads(CONWY.read_text(encoding="utf-8"))


def our_id(feed_id: str, kind: str = "service") -> str:
    return record_id(SOURCE, kind, feed_id)


def stored(directory: Directory) -> list[tuple[str, ...]]:
    with directory.sessions() as session:
        return sorted(
            tuple(row)
            for row in session.execute(
                select(
                    models.Translation.record_type,
                    models.Translation.record_id,
                    models.Translation.language,
                    models.Translation.field,
                    models.Translation.text,
                    models.Translation.owner_id,
                )
            )
        )


def welsh(directory: Directory, record_id_: str) -> dict[str, str]:
    return {
        field: text
        for _, rid, language, field, text, _ in stored(directory)
        if rid == record_id_ and language == "cy"
    }


def feed_translations(feed: dict[str, Any]) -> int:
    """How many (object, language, field) translations the feed carries."""
    count = 0

    def walk(value: Any) -> None:
        nonlocal count
        if isinstance(value, dict):
            for entry in value.get("translations", []):
                count += len([key for key in entry if key != "language"])
            for key, item in value.items():
                if key != "translations":
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(feed["contents"])
    return count


async def import_feed(directory: Directory, path: Path, feed: dict[str, Any]) -> Any:
    path.write_text(json.dumps(feed), encoding="utf-8")
    report = await directory.import_feed(str(path), source=SOURCE)
    assert report.ok, report.rejected
    return report


def bilingual_pantry(**fields: Any) -> dict[str, Any]:
    """A Llandudno pantry translated in part: what is left out must fall back to English."""
    service = make_service(
        "Llandudno Pantry",
        lat=LLANDUDNO[0],
        lon=LLANDUDNO[1],
        postcode="LL30 2UP",
        organization="Llandudno Churches",
        eligibility_description="Anyone living in Llandudno.",
        **fields,
    )
    service["translations"] = [{"language": "cy", "name": "Pantri Llandudno"}]
    service["organization"]["translations"] = [{"language": "cy", "name": "Eglwysi Llandudno"}]
    service["schedules"][0]["translations"] = [
        {"language": "cy", "description": "Dyddiau'r wythnos 9yb tan 5yp"}
    ]
    location = service["service_at_locations"][0]["location"]
    location["translations"] = [{"language": "cy", "name": "Neuadd y Pantri"}]
    location["addresses"][0]["city"] = "Llandudno"
    return service


# -- import and storage ---------------------------------------------------------------------
async def test_importing_conwy_stores_every_translation(
    any_directory: Directory, tmp_path: Path
) -> None:
    feed = conwy()
    report = await import_feed(any_directory, tmp_path / "conwy.json", feed)
    assert report.created == len(feed["contents"]) and not report.warnings
    rows = stored(any_directory)
    # Shared organisations and locations are stored once however many services list them.
    assert len(rows) == 1329 <= feed_translations(feed)
    assert {row[2] for row in rows} == {"cy"}
    assert {row[0] for row in rows} == set(translations.TRANSLATABLE)  # every type is used
    bank = our_id(FOOD_BANK)
    [feed_bank] = [service for service in feed["contents"] if service["id"] == FOOD_BANK]
    [in_the_feed] = feed_bank["translations"]
    assert welsh(any_directory, bank) == {k: v for k, v in in_the_feed.items() if k != "language"}
    assert welsh(any_directory, bank)["eligibility_description"] == (
        "Mae angen taleb atgyfeirio gan asiantaeth arnoch."
    )
    org = our_id("4f95a13d-b61c-5cc0-99e6-aa00c338ae8d", "organization")
    assert welsh(any_directory, org)["name"] == "Banc Bwyd Cymunedol Llandudno"
    town_hall = our_id("7fcb2a34-49fd-56fb-a5c8-0fe55c174e5e", "location")
    assert welsh(any_directory, town_hall) == {"name": "Neuadd y Dref Llandudno"}
    # Children are owned by the record whose import writes them.
    owners = {(row[0], row[5]) for row in rows if row[0] in ("phone", "schedule")}
    assert ("schedule", bank) in owners and ("phone", bank) in owners
    with any_directory.sessions() as session:
        eligibility = session.scalar(
            select(models.Service.eligibility_description).where(models.Service.id == bank)
        )
    assert eligibility == "You need a referral voucher from an agency."


async def test_reimport_is_idempotent_and_replaces_translations_with_the_record(
    any_directory: Directory, tmp_path: Path
) -> None:
    feed = conwy()
    await import_feed(any_directory, tmp_path / "v1.json", feed)
    before = stored(any_directory)
    again = await import_feed(any_directory, tmp_path / "v1.json", feed)
    assert again.unchanged == len(feed["contents"]) and again.updated == 0
    assert stored(any_directory) == before

    changed = copy.deepcopy(feed)
    bank = next(s for s in changed["contents"] if s["id"] == FOOD_BANK)
    bank["translations"][0]["name"] = "Banc Bwyd Llandudno"
    del bank["translations"][0]["fees"]
    del bank["phones"][0]["translations"]
    bank["organization"]["translations"][0]["name"] = "Banc Bwyd Llandudno (eglwysi)"
    bank["service_at_locations"][0]["location"]["translations"][0]["name"] = "Neuadd y Dref"
    report = await import_feed(any_directory, tmp_path / "v2.json", changed)
    assert report.updated == 1 and report.unchanged == len(feed["contents"]) - 1
    ours = our_id(FOOD_BANK)
    assert welsh(any_directory, ours)["name"] == "Banc Bwyd Llandudno"
    assert "fees" not in welsh(any_directory, ours)
    phone = next(row for row in before if row[0] == "phone" and row[5] == ours)
    assert not welsh(any_directory, phone[1])
    org = our_id(bank["organization"]["id"], "organization")
    assert welsh(any_directory, org)["name"] == "Banc Bwyd Llandudno (eglwysi)"
    hall = our_id(bank["service_at_locations"][0]["location"]["id"], "location")
    assert welsh(any_directory, hall) == {"name": "Neuadd y Dref"}
    # Everything else is as it was: nothing lost, nothing left behind.
    after = stored(any_directory)
    assert len(before) - len(after) == 2  # the fees and the phone's description
    touched = {ours, phone[1], org, hall}
    assert [r for r in after if r[1] not in touched] == [r for r in before if r[1] not in touched]


async def test_withdrawn_services_keep_their_translations_like_their_other_children(
    directory: Directory, tmp_path: Path
) -> None:
    pantry = bilingual_pantry()
    other = make_service("Conwy Fridge", lat=LLANDUDNO[0], lon=LLANDUDNO[1], postcode="LL30 2UP")
    await directory.import_feed(write_feed(tmp_path / "v1.json", [pantry, other]), source="s")
    rows = stored(directory)
    assert rows
    report = await directory.import_feed(write_feed(tmp_path / "v2.json", [other]), source="s")
    assert report.withdrawn == 1
    assert stored(directory) == rows  # kept, as the phones and schedules are
    assert directory.search(text="pantri", language="cy").results == ()  # but not published
    await directory.import_feed(write_feed(tmp_path / "v3.json", [pantry, other]), source="s")
    assert stored(directory) == rows
    [found] = directory.search(text="pantri", language="cy").results
    assert found.name == "Pantri Llandudno"


async def test_malformed_translations_are_warnings_with_the_record_id(
    directory: Directory, tmp_path: Path
) -> None:
    service = bilingual_pantry()
    service["translations"] += [
        {"language": "Welsh", "name": "Pantri"},
        {"name": "Pantri heb iaith"},
        {"language": "cy", "colour": "coch", "fees": 5, "alert": ""},
        "cy",
    ]
    service["phones"][0]["translations"] = {"language": "cy", "description": "Ffôn"}
    service["attributes"][0]["translations"] = [{"language": "cy", "name": "Bwyd"}]
    report = await directory.import_feed(write_feed(tmp_path / "feed.json", [service]), source="s")
    assert report.ok and report.created == 1
    warnings = sorted(str(problem) for problem in report.warnings)
    sid = service["id"]
    assert warnings == sorted(
        f"{sid}: {reason}"
        for reason in (
            "translations[1].language: 'Welsh' is not a language code (two or three letters, "
            "e.g. cy)",
            "translations[2].language: required field missing",
            "translations[3].colour: not a translatable field of service (name, description, "
            "eligibility_description, fees, accreditations, alert)",
            "translations[3].fees: expected a string, got int 5",
            "translations[4]: expected an object, got str",
            "phones[0].translations: expected a list, got dict",
            "attributes[0].translations: attribute text is not translated; ignored",
        )
    )
    # The good translations are kept, the bad ones left out.
    assert welsh(directory, record_id("s", "service", sid)) == {"name": "Pantri Llandudno"}
    assert {row[3] for row in stored(directory)} == {"name", "description"}


def test_language_codes() -> None:
    normalise = translations.normalise_language
    assert [normalise(v) for v in ("cy", "CY", " cy-gb ", "zh-hant", "gsw")] == [
        "cy",
        "cy",
        "cy-GB",
        "zh-Hant",
        "gsw",
    ]
    assert [normalise(v) for v in ("welsh", "c", "cy_GB", "", None, 7, "cy-")] == [None] * 7
    assert translations.candidates("cy-GB") == ("cy-GB", "cy")
    assert translations.is_default("en-GB") and not translations.is_default("cy")


# -- search ---------------------------------------------------------------------------------
async def test_search_in_welsh_falls_back_to_english_field_by_field(
    any_directory: Directory, tmp_path: Path
) -> None:
    await any_directory.import_feed(write_feed(tmp_path / "feed.json", [bilingual_pantry()]))
    english = any_directory.search(needs=["food"], near="LL30 2UP").results[0]
    assert (english.name, english.organization, english.language) == (
        "Llandudno Pantry",
        "Llandudno Churches",
        None,
    )
    assert english.fallback == ()
    [result] = any_directory.search(needs=["food"], near="LL30 2UP", language="cy").results
    assert result.language == "cy"
    assert result.name == "Pantri Llandudno"
    assert result.organization == "Eglwysi Llandudno"
    assert result.location_name == "Neuadd y Pantri"
    assert result.description == "Llandudno Pantry: a test service."  # not translated
    assert result.eligibility == "Anyone living in Llandudno."  # not translated
    assert result.opening.note == "Dyddiau'r wythnos 9yb tan 5yp"
    assert result.fallback == ("description", "eligibility", "address")
    # Same services, same order, whatever the language.
    assert result.service_id == english.service_id and result.score == english.score
    # English asked for by name is the feeds' own text.
    assert any_directory.search(needs=["food"], near="LL30 2UP", language="en-GB").results == (
        english,
    )
    detail = any_directory.service(result.service_id, language="cy")
    assert detail is not None
    assert (detail.name, detail.organization) == ("Pantri Llandudno", "Eglwysi Llandudno")
    assert any_directory.service(result.service_id).name == "Llandudno Pantry"
    # cy-GB finds the cy text; a language nobody translated into is all fallback.
    regional = any_directory.service(result.service_id, language="cy-GB")
    assert regional.name == "Pantri Llandudno"
    french = any_directory.service(result.service_id, language="fr")
    assert french.name == "Llandudno Pantry" and "name" in french.fallback


async def test_full_text_finds_welsh_and_english_words(
    any_directory: Directory, tmp_path: Path
) -> None:
    await import_feed(any_directory, tmp_path / "conwy.json", conwy())
    bank = our_id(FOOD_BANK)
    for words in ("bwyd", "banc bwyd", "food", "food bank", "Cymunedol", "atgyfeirio"):
        found = [r.service_id for r in any_directory.search(text=words, limit=50).results]
        assert bank in found, words
    welsh_results = any_directory.search(text="banc bwyd", language="cy").results
    assert "Banc Bwyd Cymunedol Llandudno" in [result.name for result in welsh_results]
    english_results = any_directory.search(text="banc bwyd").results
    assert "Llandudno Community Food Bank" in [result.name for result in english_results]


# -- the demo -------------------------------------------------------------------------------
async def test_load_demo_if_empty_loads_both_demo_feeds(directory: Directory) -> None:
    report = await directory.load_demo_if_empty()
    assert report is not None and report.ok
    expected = sum(len(json.loads(path.read_text())["contents"]) for path, _ in DEMO_FEEDS)
    assert report.created == expected == 203 + 120
    assert "signpost-demo-kingston" in report.summary()
    assert "signpost-demo-conwy" in report.summary()
    assert {name for name, _, _ in directory.stats().feeds} == {src for _, src in DEMO_FEEDS}
    assert directory.languages() == ["cy", "en"]
    assert await directory.load_demo_if_empty() is None


async def test_a_national_service_both_feeds_publish_is_listed_once(directory: Directory) -> None:
    await directory.load_demo_if_empty()
    for language in ("en", "cy"):
        for place in ("KT1 3LY", "Llandudno"):
            outcome = directory.search(
                needs=["mental_health"], near=place, limit=50, language=language
            )
            names = [r.name for r in outcome.results if r.national]
            assert len(names) == len(set(names)), (place, language, names)
    welsh = directory.search(needs=["mental_health"], near="Llandudno", limit=50, language="cy")
    assert "Y Samariaid" in [r.name for r in welsh.results]  # the copy with Welsh


# -- migration ------------------------------------------------------------------------------
async def test_migration_0004_makes_the_next_import_store_translations(
    any_directory: Directory, tmp_path: Path
) -> None:
    feed = conwy()
    await import_feed(any_directory, tmp_path / "conwy.json", feed)
    rows = stored(any_directory)
    config = alembic_config(any_directory.engine)
    command.downgrade(config, "0003")
    command.upgrade(config, "head")
    with any_directory.sessions() as session:
        assert session.scalar(select(func.count()).select_from(models.Translation)) == 0
    report = await import_feed(any_directory, tmp_path / "conwy.json", feed)
    assert report.updated == len(feed["contents"])  # re-read in full, once
    assert stored(any_directory) == rows
    assert our_id(FOOD_BANK) in [r.service_id for r in any_directory.search(text="bwyd").results]


# -- the ORUK API ---------------------------------------------------------------------------
@pytest.fixture
async def conwy_client(aiohttp_client: Any, any_directory: Directory, tmp_path: Path) -> Any:
    await import_feed(any_directory, tmp_path / "conwy.json", conwy())
    return await aiohttp_client(create_app(any_directory))


async def fetch(client: Any, path: str, status: int = 200, **headers: str) -> tuple[Any, Any]:
    response = await client.get(path, headers=headers)
    assert response.status == status, await response.text()
    assert response.headers["Vary"] == "Accept-Language"
    return response, await response.json()


async def test_api_in_welsh_keeps_the_oruk_shape_and_every_language(conwy_client: Any) -> None:
    bank = our_id(FOOD_BANK)
    response, english = await fetch(conwy_client, f"/services/{bank}")
    assert response.headers["Content-Language"] == "en"
    response, cymraeg = await fetch(conwy_client, f"/services/{bank}?lang=cy")
    assert response.headers["Content-Language"] == "cy"
    assert_valid("compiled/service.json", english, cymraeg)
    assert not empties(english) and not empties(cymraeg)

    assert english["name"] == "Llandudno Community Food Bank"
    [in_the_feed] = [s for s in conwy()["contents"] if s["id"] == FOOD_BANK]
    assert english["translations"] == in_the_feed["translations"]  # as the feed gave them
    assert english["organization"]["translations"] == in_the_feed["organization"]["translations"]
    assert cymraeg["name"] == "Banc Bwyd Cymunedol Llandudno"
    assert cymraeg["eligibility_description"].startswith("Mae angen taleb")
    assert cymraeg["organization"]["name"] == "Banc Bwyd Cymunedol Llandudno"
    sal = cymraeg["service_at_locations"][0]
    assert sal["location"]["name"] == "Neuadd y Dref Llandudno"
    assert sal["schedules"][0]["description"] == "Dydd Llun a dydd Gwener, 11yb tan 2yp"
    assert sal["location"]["accessibility"][0]["description"] == "Mynediad heb risiau"
    # Untranslated fields stay in English; the English that was replaced is listed.
    assert sal["location"]["addresses"][0]["address_1"] == "Lloyd Street"
    assert cymraeg["translations"][0] == {
        "language": "en",
        "name": "Llandudno Community Food Bank",
        "description": english["description"],
        "eligibility_description": "You need a referral voucher from an agency.",
        "fees": "Free",
    }
    assert [t["language"] for t in cymraeg["translations"]] == ["en", "cy"]
    # Apart from the translated text, the same document.
    assert {k for k in english if k != "translations"} == {
        k for k in cymraeg if k != "translations"
    }
    assert cymraeg["id"] == english["id"] and cymraeg["phones"][0]["number"] == "01632 960581"


async def test_api_lists_in_welsh_validate(conwy_client: Any) -> None:
    for path, schema in (
        ("/services?full=true&per_page=20", "compiled/service.json"),
        ("/services?per_page=20", "compiled/service_list.json"),
        ("/service_at_locations?per_page=20", "compiled/service_at_location_list.json"),
        ("/organizations?per_page=20", "compiled/organization_list.json"),
    ):
        response, page = await fetch(conwy_client, path, **{"Accept-Language": "cy"})
        assert response.headers["Content-Language"] == "cy"
        items = page["contents"]
        assert len(items) == 20
        assert_valid(schema, *items)
        assert not empties(items)
        for item in items:
            record = item.get("service", item)
            welsh_name = next(t for t in record["translations"] if t["language"] == "cy")["name"]
            assert record["name"] == welsh_name, path
            english = next(t for t in record["translations"] if t["language"] == "en")
            assert english["name"] != welsh_name or welsh_name in ("Mind", "Respect", "Age Cymru")


async def test_api_organization_detail_in_welsh(conwy_client: Any) -> None:
    org = our_id("4f95a13d-b61c-5cc0-99e6-aa00c338ae8d", "organization")
    _, found = await fetch(conwy_client, f"/organizations/{org}?lang=cy")
    assert_valid("compiled/organization.json", found)
    assert found["name"] == "Banc Bwyd Cymunedol Llandudno"
    assert "Banc Bwyd Cymunedol Llandudno" in [service["name"] for service in found["services"]]


async def test_api_negotiates_accept_language(conwy_client: Any) -> None:
    bank = f"/services/{our_id(FOOD_BANK)}"
    for header, language in (
        ("cy", "cy"),
        ("cy-GB, en;q=0.8", "cy"),
        ("fr, cy;q=0.5", "cy"),
        ("en-GB,en;q=0.9,cy;q=0.8", "en"),
        ("fr", "en"),
        ("cy;q=0, fr", "en"),
        ("*", "en"),
        ("!!, ;q=x", "en"),
    ):
        response, found = await fetch(conwy_client, bank, **{"Accept-Language": header})
        assert response.headers["Content-Language"] == language, header
        assert found["name"].startswith("Banc" if language == "cy" else "Llandudno"), header
    # ?lang= wins over the header.
    response, found = await fetch(conwy_client, f"{bank}?lang=en", **{"Accept-Language": "cy"})
    assert response.headers["Content-Language"] == "en"
    assert found["name"] == "Llandudno Community Food Bank"
    # Taxonomies are not translated, and say so.
    response, _ = await fetch(conwy_client, "/taxonomies", **{"Accept-Language": "cy"})
    assert response.headers["Content-Language"] == "en"


async def test_api_unknown_lang_is_a_400(conwy_client: Any) -> None:
    for query, message in (
        ("lang=welsh", "lang must be a language code such as cy or en, got 'welsh'"),
        ("lang=c", "lang must be a language code such as cy or en, got 'c'"),
        ("lang=fr", "lang 'fr' is not a language this directory has; choose one of cy, en"),
    ):
        for path in ("/services", f"/services/{our_id(FOOD_BANK)}", "/taxonomies"):
            response, body = await fetch(conwy_client, f"{path}?{query}", status=400)
            assert body == {"error": message}
            assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_accept_language_parsing() -> None:
    assert accepted_languages("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5") == [
        "fr-CH",
        "fr",
        "en",
        "de",
        "*",
    ]
    assert accepted_languages("cy;q=0.5, en") == ["en", "cy"]
    assert accepted_languages("cy;q=0") == []
    assert accepted_languages("") == []


async def test_exported_feed_imports_back_with_every_translation(
    any_directory: Directory, conwy_client: Any, tmp_path: Path
) -> None:
    """Publish with translations, import what we published as a feed: nothing is lost."""
    feed = conwy()
    active = [service for service in feed["contents"] if service["status"] == "active"]
    loaded = set(stored(any_directory))
    report = await any_directory.import_feed(
        write_feed(tmp_path / "active.json", active), source="active"
    )
    assert report.created == len(active) == 119
    expected = set(stored(any_directory)) - loaded

    _, page = await fetch(conwy_client, "/services?full=true&per_page=500")
    assert len(page["contents"]) == 2 * 119  # the feed's active services, twice
    published = [s for s in page["contents"] if s["id"] in {our_id(x["id"]) for x in active}]
    loaded = set(stored(any_directory))
    path = write_feed(tmp_path / "exported.json", published)
    report = await any_directory.import_feed(path, source="republished")
    assert report.ok and not report.warnings and report.created == 119
    republished = set(stored(any_directory)) - loaded

    def texts(rows: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
        return sorted((kind, language, field, text) for kind, _, language, field, text, _ in rows)

    assert len(expected) > 1000
    assert texts(republished) == texts(expected)


def test_api_translation_walk_covers_every_translatable_type() -> None:
    from directory.oruk_export import _CHILD_TYPES  # noqa: PLC0415

    assert set(translations.TRANSLATABLE) <= {"service", *_CHILD_TYPES.values()}
