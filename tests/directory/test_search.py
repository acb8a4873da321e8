"""Search: need, place, area coverage, widening, freshness, time, age, cost, language, text."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from directory.geocode import Point, UnknownPlace, haversine_m
from directory.store import Directory
from tests.factories import make_service, write_feed

# Real places, so that distances mean something: KT1 3LY is in Kingston town centre.
NORBITON = (51.4128, -0.2840)  # ~1.2 km east of KT1 3LY
SURBITON = (51.3937, -0.3036)  # ~2 km south
TOLWORTH = (51.3792, -0.2820)  # ~4 km south-east
RICHMOND = (51.4613, -0.3037)  # ~6 km north
READING = (51.4545, -0.9781)  # ~47 km west
KINGSTON_AREA = [
    {
        "id": "a1",
        "name": "Royal Borough of Kingston upon Thames",
        "extent": "E09000021",
        "extent_type": "text",
    }
]
UK = [{"id": "a2", "name": "United Kingdom", "extent": "K02000001", "extent_type": "text"}]
WEDNESDAY_10AM = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SUNDAY_10AM = datetime(2026, 11, 29, 10, 0, tzinfo=timezone.utc)


async def load(directory: Directory, tmp_path: Path, *services: dict) -> None:
    report = await directory.import_feed(write_feed(tmp_path / "feed.json", list(services)))
    assert report.ok, report.rejected


def names(outcome) -> list[str]:
    return [result.name for result in outcome.results]


async def test_food_near_a_postcode_is_nearest_first_with_distances(
    any_directory: Directory, tmp_path: Path
) -> None:
    await load(
        any_directory,
        tmp_path,
        make_service("Tolworth Pantry", lat=TOLWORTH[0], lon=TOLWORTH[1]),
        make_service("Norbiton Food Bank", lat=NORBITON[0], lon=NORBITON[1]),
        make_service("Surbiton Community Fridge", lat=SURBITON[0], lon=SURBITON[1]),
        make_service("Richmond Food Bank", lat=RICHMOND[0], lon=RICHMOND[1]),  # too far
        make_service(
            "Norbiton Debt Advice", needs=("money_debt",), lat=NORBITON[0], lon=NORBITON[1]
        ),
    )
    outcome = any_directory.search(needs=["food"], near="KT1 3LY", now=WEDNESDAY_10AM)
    assert outcome.scope == "local"
    assert names(outcome) == ["Norbiton Food Bank", "Surbiton Community Fridge", "Tolworth Pantry"]
    distances = [result.distance_m for result in outcome.results]
    assert distances == sorted(distances)
    point = any_directory.locate("KT1 3LY").point
    assert distances[0] == round(haversine_m(point, Point(*NORBITON)))
    first = outcome.results[0]
    assert first.organization == "Kingston Community Group"
    assert first.phones == ("020 7946 0123",)
    assert first.opening.status == "open"
    assert first.opening.closes_at.hour == 17
    assert first.assured_date.isoformat() == "2026-10-01"


async def test_several_needs_are_all_returned(directory: Directory, tmp_path: Path) -> None:
    await load(
        directory,
        tmp_path,
        make_service("Pantry", lat=NORBITON[0], lon=NORBITON[1]),
        make_service("Debt Clinic", needs=("money_debt",), lat=SURBITON[0], lon=SURBITON[1]),
        make_service("Youth Club", needs=("young_people",), lat=SURBITON[0], lon=SURBITON[1]),
    )
    outcome = directory.search(needs=["food", "money_debt"], near="KT1 3LY")
    assert sorted(names(outcome)) == ["Debt Clinic", "Pantry"]


async def test_area_wide_and_national_services_cover_places_inside_them(
    any_directory: Directory, tmp_path: Path
) -> None:
    await load(
        any_directory,
        tmp_path,
        make_service(
            "Kingston Carers Line", needs=("carers",), lat=None, service_areas=KINGSTON_AREA
        ),
        make_service("Carers UK Helpline", needs=("carers",), lat=None, service_areas=UK),
        make_service("Surbiton Carers Cafe", needs=("carers",), lat=SURBITON[0], lon=SURBITON[1]),
    )
    in_kingston = any_directory.search(needs=["carers"], near="KT1 3LY")
    assert names(in_kingston) == [
        "Surbiton Carers Cafe",
        "Kingston Carers Line",
        "Carers UK Helpline",
    ]
    assert [(r.covers_area, r.national) for r in in_kingston.results] == [
        (False, False),
        (True, False),
        (True, True),
    ]
    in_conwy = any_directory.search(needs=["carers"], near="Llandudno")
    assert in_conwy.scope == "national"
    assert names(in_conwy) == ["Carers UK Helpline"]


async def test_nothing_near_widens_the_radius_then_offers_national(
    directory: Directory, tmp_path: Path
) -> None:
    await load(
        directory,
        tmp_path,
        make_service(
            "Richmond Law Centre", needs=("legal_advice",), lat=RICHMOND[0], lon=RICHMOND[1]
        ),
        make_service(
            "Reading Refugee Support",
            needs=("immigration_refugees",),
            lat=READING[0],
            lon=READING[1],
        ),
        make_service(
            "National Refugee Line", needs=("immigration_refugees",), lat=None, service_areas=UK
        ),
    )
    widened = directory.search(needs=["legal_advice"], near="KT1 3LY", radius_m=3000)
    assert (widened.scope, widened.radius_m, names(widened)) == (
        "widened",
        9000,
        ["Richmond Law Centre"],
    )
    national = directory.search(needs=["immigration_refugees"], near="KT1 3LY", radius_m=3000)
    assert (national.scope, names(national)) == ("national", ["National Refugee Line"])
    nothing = directory.search(needs=["parking"], near="KT1 3LY")
    assert (nothing.scope, nothing.results) == ("none", ())


async def test_stale_entries_are_ranked_down_not_hidden(
    directory: Directory, tmp_path: Path
) -> None:
    await load(
        directory,
        tmp_path,
        make_service("Old Pantry", lat=NORBITON[0], lon=NORBITON[1], assured_date="2023-01-10"),
        make_service("New Pantry", lat=NORBITON[0], lon=NORBITON[1], assured_date="2026-09-01"),
    )
    outcome = directory.search(needs=["food"], near="KT1 3LY", now=WEDNESDAY_10AM)
    assert names(outcome) == ["New Pantry", "Old Pantry"]
    assert [r.stale for r in outcome.results] == [False, True]


async def test_open_at_keeps_only_services_open_then(directory: Directory, tmp_path: Path) -> None:
    weekend = [
        {"id": "s", "freq": "WEEKLY", "byday": "SA,SU", "opens_at": "09:00", "closes_at": "13:00"}
    ]
    await load(
        directory,
        tmp_path,
        make_service("Weekday Pantry", lat=NORBITON[0], lon=NORBITON[1]),
        make_service("Weekend Pantry", lat=SURBITON[0], lon=SURBITON[1], schedules=weekend),
    )
    sunday = directory.search(needs=["food"], near="KT1 3LY", open_at=SUNDAY_10AM)
    assert names(sunday) == ["Weekend Pantry"]
    listed = directory.search(needs=["food"], near="KT1 3LY", now=SUNDAY_10AM)
    weekday = next(r for r in listed.results if r.name == "Weekday Pantry")
    assert weekday.opening.status == "closed"
    assert weekday.opening.next_opens_at.isoformat() == "2026-11-30T09:00:00+00:00"


async def test_age_free_and_language_filters(directory: Directory, tmp_path: Path) -> None:
    await load(
        directory,
        tmp_path,
        make_service(
            "Youth Pantry",
            lat=NORBITON[0],
            lon=NORBITON[1],
            minimum_age=11,
            maximum_age=25,
            fees="Free",
        ),
        make_service(
            "Korean Pantry",
            lat=NORBITON[0],
            lon=NORBITON[1],
            fees="£2 a bag",
            languages=[{"id": "l1", "name": "Korean", "code": "ko"}],
        ),
    )
    assert names(directory.search(needs=["food"], near="KT1 3LY", age=70)) == ["Korean Pantry"]
    assert names(directory.search(needs=["food"], near="KT1 3LY", free_only=True)) == [
        "Youth Pantry"
    ]
    assert names(directory.search(needs=["food"], near="KT1 3LY", offered_in="ko")) == [
        "Korean Pantry"
    ]
    assert names(directory.search(needs=["food"], near="KT1 3LY", offered_in="Korean")) == [
        "Korean Pantry"
    ]
    # ``language`` is the language results are shown in: it never hides a service.
    assert len(directory.search(needs=["food"], near="KT1 3LY", language="ko").results) == 2


async def test_free_text_search_ranks_by_relevance_and_is_injection_safe(
    any_directory: Directory, tmp_path: Path
) -> None:
    await load(
        any_directory,
        tmp_path,
        make_service(
            "Talking Therapies",
            needs=("mental_health",),
            lat=NORBITON[0],
            lon=NORBITON[1],
            description="Free counselling for anxiety and low mood.",
        ),
        make_service(
            "Bereavement Circle",
            needs=("bereavement",),
            lat=NORBITON[0],
            lon=NORBITON[1],
            description="A group for people grieving.",
        ),
    )
    assert names(any_directory.search(text="counselling anxiety")) == ["Talking Therapies"]
    assert names(any_directory.search(text="grieving", near="KT1 3LY")) == ["Bereavement Circle"]
    for hostile in ('food" OR 1=1 --', "NEAR(a b)", "'; DROP TABLE service; --", "***"):
        any_directory.search(text=hostile, near="KT1 3LY")  # no error, no syntax leak
    assert any_directory.stats().services == 2


def test_bad_needs_and_places_are_clear_errors(directory: Directory) -> None:
    with pytest.raises(ValueError, match="unknown need code"):
        directory.search(needs=["snacks"], near="KT1 3LY")
    with pytest.raises(UnknownPlace):
        directory.search(needs=["food"], near="Atlantis")
