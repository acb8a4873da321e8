"""A grid of cells (about 2 km square in Great Britain) for indexed proximity search.

``service_point`` stores, for every need a service answers at every location it has, the
grid cell of that location. A search "need X within r of P" then reads only the index
entries of need X in the cells the circle touches: one B-tree range per row of cells,
which works the same on SQLite and PostgreSQL with no spatial extension, and returns only
rows worth computing an exact distance for.
"""

from __future__ import annotations

import math

from directory.geocode import EARTH_RADIUS_M, Point, bounding_box

CELL_LAT = 0.02  # degrees: 2.2 km
CELL_LON = 0.03  # degrees: 2.1 km at 51.5°N
ROW = 100_000  # cell = lat_index * ROW + lon_index


def cell_of(latitude: float, longitude: float) -> int:
    return math.floor((latitude + 90) / CELL_LAT) * ROW + math.floor((longitude + 180) / CELL_LON)


def cell_ranges(point: Point, radius_m: float) -> list[tuple[int, int]]:
    """Inclusive (first, last) cell ranges, one per row of cells, covering the circle.

    Each row's range is cut to the circle's width at the row's latitude nearest the centre
    (not the whole bounding box), which skips about a fifth of the cells.
    """
    min_lat, max_lat, _, _ = bounding_box(point, radius_m)
    first_row = math.floor((min_lat + 90) / CELL_LAT)
    last_row = math.floor((max_lat + 90) / CELL_LAT)
    metres_per_degree = EARTH_RADIUS_M * math.pi / 180
    ranges = []
    for row in range(first_row, last_row + 1):
        south, north = row * CELL_LAT - 90, (row + 1) * CELL_LAT - 90
        nearest = min(max(point.latitude, south), north)
        dy = abs(nearest - point.latitude) * metres_per_degree
        half_width_m = math.sqrt(max(radius_m * radius_m - dy * dy, 0.0))
        # Longitude degrees shrink towards the poles: use the row's poleward edge.
        poleward = max(abs(south), abs(north))
        cos_lat = max(math.cos(math.radians(min(poleward, 89.9))), 1e-6)
        half_width_deg = half_width_m / (metres_per_degree * cos_lat)
        first_col = math.floor((point.longitude - half_width_deg + 180) / CELL_LON)
        last_col = math.floor((point.longitude + half_width_deg + 180) / CELL_LON)
        ranges.append((row * ROW + first_col, row * ROW + last_col))
    return ranges
