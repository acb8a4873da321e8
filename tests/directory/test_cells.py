"""The proximity grid never misses a point inside the search circle."""

from __future__ import annotations

import math
import random

import pytest

from directory.cells import cell_of, cell_ranges
from directory.geocode import Point, haversine_m


@pytest.mark.parametrize(
    ("centre", "radius_m"),
    [
        (Point(51.4088, -0.2828), 5000),  # Kingston, the usual search
        (Point(51.4088, -0.2828), 40_000),  # the widest widening
        (Point(58.9, -3.2), 15_000),  # Orkney: long degrees are short in the north
        (Point(51.5, 0.0), 3000),  # straddling the Greenwich meridian
        (Point(51.42, -0.31), 150),  # smaller than one cell
    ],
)
def test_every_point_within_the_radius_is_in_a_range(centre: Point, radius_m: float) -> None:
    rng = random.Random(1)
    ranges = cell_ranges(centre, radius_m)
    inside = 0
    for _ in range(5000):
        # Uniform in a square around the circle, so edges and corners are well covered.
        dlat = rng.uniform(-1.1, 1.1) * radius_m / 111_195
        dlon = (
            rng.uniform(-1.1, 1.1) * radius_m / (111_195 * math.cos(math.radians(centre.latitude)))
        )
        point = Point(centre.latitude + dlat, centre.longitude + dlon)
        if haversine_m(centre, point) <= radius_m:
            inside += 1
            cell = cell_of(point.latitude, point.longitude)
            assert any(first <= cell <= last for first, last in ranges), point
    assert inside > 3000


def test_the_ranges_are_tighter_than_the_bounding_box() -> None:
    ranges = cell_ranges(Point(51.4088, -0.2828), 20_000)
    widths = [last - first + 1 for first, last in ranges]
    assert widths[0] < max(widths) and widths[-1] < max(widths)
