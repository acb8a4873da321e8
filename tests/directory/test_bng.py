"""National Grid ↔ WGS84 against published postcode-district centroids (which carry both)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from directory.bng import bng_to_wgs84, wgs84_to_bng
from directory.geocode import Point, haversine_m

# shared/ sits beside the project checkout (as in CI); tests skip when it is absent.
SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
CENTROIDS = SHARED_DATA / "uk-postcode-centroids" / "gb_postcode_district_centroids.csv"


@pytest.fixture(scope="module")
def district_rows() -> list[dict[str, str]]:
    if not CENTROIDS.is_file():
        pytest.skip(f"postcode district centroids not available at {CENTROIDS}")
    with CENTROIDS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_district_centroid_converts_to_within_10_m(district_rows) -> None:
    assert len(district_rows) > 2800  # the whole of Great Britain, Scilly to Shetland
    worst = 0.0
    for row in district_rows:
        lat, lon = bng_to_wgs84(float(row["easting"]), float(row["northing"]))
        expected = Point(float(row["latitude"]), float(row["longitude"]))
        error = haversine_m(Point(lat, lon), expected)
        assert error < 10, f"{row['district']} is {error:.1f} m out"
        worst = max(worst, error)
    # The file rounds to whole metres and 5 decimal places, so about 1 m is the floor.
    assert worst < 2


def test_every_district_centroid_converts_back_to_its_grid_reference(district_rows) -> None:
    for row in district_rows:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        easting, northing = wgs84_to_bng(lat, lon)
        error = math.hypot(easting - float(row["easting"]), northing - float(row["northing"]))
        assert error < 10, f"{row['district']} is {error:.1f} m out"


def test_round_trip_is_exact_to_the_centimetre(district_rows) -> None:
    for row in district_rows[::10]:
        easting, northing = float(row["easting"]), float(row["northing"])
        back = wgs84_to_bng(*bng_to_wgs84(easting, northing))
        # Negating the Helmert parameters is not an exact inverse: a few mm is expected.
        assert math.hypot(back[0] - easting, back[1] - northing) < 0.01


def test_buckingham_palace() -> None:
    # SW1A 1AA in Code-Point Open is 529090, 179645; its published WGS84 position is
    # 51.501009, -0.141588. No shared data needed.
    lat, lon = bng_to_wgs84(529090, 179645)
    assert haversine_m(Point(lat, lon), Point(51.501009, -0.141588)) < 5


def test_longitude_is_west_of_greenwich_in_kingston() -> None:
    lat, lon = bng_to_wgs84(518463, 168989)  # KT1
    assert 51.3 < lat < 51.5
    assert -0.4 < lon < -0.2


@pytest.mark.parametrize(
    ("easting", "northing"),
    [(-1, 100_000), (800_000, 100_000), (300_000, 1_400_000), (float("nan"), 0)],
)
def test_off_grid_references_are_rejected(easting: float, northing: float) -> None:
    with pytest.raises(ValueError, match="National Grid"):
        bng_to_wgs84(easting, northing)


@pytest.mark.parametrize(("lat", "lon"), [(91, 0), (51.5, 181), (float("nan"), 0)])
def test_impossible_coordinates_are_rejected(lat: float, lon: float) -> None:
    with pytest.raises(ValueError, match="latitude"):
        wgs84_to_bng(lat, lon)
