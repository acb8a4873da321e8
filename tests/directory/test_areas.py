"""Reading service_area rows into coverage the search can match."""

from __future__ import annotations

import pytest

from directory.areas import AreaReader, Coverage

READER = AreaReader({"E09000021": ("Royal Borough of Kingston upon Thames", "Kingston")})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"extent": "E09000021", "extent_type": "text"},
            {Coverage("local_authority", "E09000021")},
        ),
        (  # the ONS linked-data URI form
            {"uri": "http://statistics.data.gov.uk/id/statistical-geography/E09000021"},
            {Coverage("local_authority", "E09000021")},
        ),
        ({"extent": "K02000001"}, {Coverage("national")}),  # United Kingdom
        ({"extent": "E92000001"}, {Coverage("country", "England")}),
        ({"name": "National"}, {Coverage("national")}),
        ({"name": "Wales"}, {Coverage("country", "Wales")}),
        ({"name": "All of Kingston"}, {Coverage("local_authority", "E09000021")}),
        (
            {"name": "Royal Borough of Kingston upon Thames"},
            {Coverage("local_authority", "E09000021")},
        ),
        (
            {"extent": "KT1, KT2;kt3", "extent_type": "text"},
            {Coverage("postcode_district", d) for d in ("KT1", "KT2", "KT3")},
        ),
        ({"name": "Somewhere vague"}, set()),  # kept, but gives no coverage
        ({"extent": '{"type": "Polygon"}', "extent_type": "geojson"}, set()),
    ],
)
def test_read(fields: dict, expected: set) -> None:
    assert READER.read(**fields) == expected
