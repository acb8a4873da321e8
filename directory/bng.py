"""Convert British National Grid eastings/northings to WGS84 latitude/longitude and back.

Code-Point Open gives every postcode as an OSGB36 National Grid reference (metres east and
north of a false origin south-west of the Scilly Isles), while maps, the directory and
residents' phones use WGS84 latitude/longitude. The two differ by up to ~120 m in Kingston,
so a grid reference cannot simply be treated as latitude/longitude.

We follow the Ordnance Survey's "A guide to coordinate systems in Great Britain":
Transverse Mercator projection on the Airy 1830 ellipsoid (annexes B and C), then a
seven-parameter Helmert transformation between OSGB36 and WGS84 (annex D and section 6.6).
The Helmert step is accurate to about ±5 m across Great Britain, plenty for "what's near
me" (OSTN15, which is exact to centimetres, needs a 15 MB grid file we don't ship).
Heights are taken as zero: postcodes have none.

Pure Python with :mod:`math` only, so importing this costs nothing.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Ellipsoid:
    a: float  # semi-major axis, metres
    b: float  # semi-minor axis, metres

    @property
    def e2(self) -> float:
        return (self.a**2 - self.b**2) / self.a**2


AIRY_1830 = _Ellipsoid(a=6377563.396, b=6356256.909)
WGS84 = _Ellipsoid(a=6378137.000, b=6356752.314245)

# National Grid projection constants (OS guide, annex A).
F0 = 0.9996012717  # scale factor on the central meridian
LAT0 = math.radians(49.0)  # true origin
LON0 = math.radians(-2.0)
E0 = 400_000.0  # false origin, metres
N0 = -100_000.0

# Helmert parameters from WGS84 to OSGB36 (OS guide, table 6). The inverse negates them.
_ARCSEC = math.pi / (180 * 3600)
_TO_OSGB36 = (
    -446.448,  # tx, metres
    125.157,  # ty
    -542.060,  # tz
    20.4894e-6,  # scale
    -0.1502 * _ARCSEC,  # rx
    -0.2470 * _ARCSEC,  # ry
    -0.8421 * _ARCSEC,  # rz
)
_TO_WGS84 = tuple(-value for value in _TO_OSGB36)

# The grid covers Great Britain and its islands; anything outside is not a grid reference.
MAX_EASTING = 700_000.0
MAX_NORTHING = 1_300_000.0


def _meridional_arc(lat: float) -> float:
    """Distance along the central meridian from the true origin's latitude (annex C, C3)."""
    a, b = AIRY_1830.a, AIRY_1830.b
    n = (a - b) / (a + b)
    n2, n3 = n * n, n * n * n
    d, s = lat - LAT0, lat + LAT0
    return (
        b
        * F0
        * (
            (1 + n + 1.25 * n2 + 1.25 * n3) * d
            - (3 * n + 3 * n2 + 2.625 * n3) * math.sin(d) * math.cos(s)
            + (1.875 * n2 + 1.875 * n3) * math.sin(2 * d) * math.cos(2 * s)
            - (35 / 24) * n3 * math.sin(3 * d) * math.cos(3 * s)
        )
    )


def _radii(lat: float) -> tuple[float, float, float]:
    """nu, rho and eta² at ``lat`` on the scaled Airy ellipsoid."""
    a, e2 = AIRY_1830.a, AIRY_1830.e2
    sin2 = math.sin(lat) ** 2
    nu = a * F0 / math.sqrt(1 - e2 * sin2)
    rho = a * F0 * (1 - e2) / (1 - e2 * sin2) ** 1.5
    return nu, rho, nu / rho - 1


def _project(lat: float, lon: float) -> tuple[float, float]:
    """OSGB36 latitude/longitude (radians) to easting/northing (annex C, C1–C2)."""
    nu, rho, eta2 = _radii(lat)
    sin, cos, tan = math.sin(lat), math.cos(lat), math.tan(lat)
    tan2, tan4 = tan**2, tan**4
    i = _meridional_arc(lat) + N0
    ii = nu / 2 * sin * cos
    iii = nu / 24 * sin * cos**3 * (5 - tan2 + 9 * eta2)
    iiia = nu / 720 * sin * cos**5 * (61 - 58 * tan2 + tan4)
    iv = nu * cos
    v = nu / 6 * cos**3 * (nu / rho - tan2)
    vi = nu / 120 * cos**5 * (5 - 18 * tan2 + tan4 + 14 * eta2 - 58 * tan2 * eta2)
    dl = lon - LON0
    northing = i + ii * dl**2 + iii * dl**4 + iiia * dl**6
    easting = E0 + iv * dl + v * dl**3 + vi * dl**5
    return easting, northing


def _unproject(easting: float, northing: float) -> tuple[float, float]:
    """Easting/northing to OSGB36 latitude/longitude in radians (annex C, C6–C8)."""
    lat = LAT0
    arc = 0.0
    for _ in range(100):
        lat += (northing - N0 - arc) / (AIRY_1830.a * F0)
        arc = _meridional_arc(lat)
        if abs(northing - N0 - arc) < 1e-5:  # 0.01 mm
            break
    nu, rho, eta2 = _radii(lat)
    tan, sec = math.tan(lat), 1 / math.cos(lat)
    tan2, tan4, tan6 = tan**2, tan**4, tan**6
    vii = tan / (2 * rho * nu)
    viii = tan / (24 * rho * nu**3) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2)
    ix = tan / (720 * rho * nu**5) * (61 + 90 * tan2 + 45 * tan4)
    x = sec / nu
    xi = sec / (6 * nu**3) * (nu / rho + 2 * tan2)
    xii = sec / (120 * nu**5) * (5 + 28 * tan2 + 24 * tan4)
    xiia = sec / (5040 * nu**7) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6)
    de = easting - E0
    lat_out = lat - vii * de**2 + viii * de**4 - ix * de**6
    lon_out = LON0 + x * de - xi * de**3 + xii * de**5 - xiia * de**7
    return lat_out, lon_out


def _to_cartesian(lat: float, lon: float, ellipsoid: _Ellipsoid) -> tuple[float, float, float]:
    nu = ellipsoid.a / math.sqrt(1 - ellipsoid.e2 * math.sin(lat) ** 2)
    return (
        nu * math.cos(lat) * math.cos(lon),
        nu * math.cos(lat) * math.sin(lon),
        (1 - ellipsoid.e2) * nu * math.sin(lat),
    )


def _from_cartesian(x: float, y: float, z: float, ellipsoid: _Ellipsoid) -> tuple[float, float]:
    e2 = ellipsoid.e2
    p = math.hypot(x, y)
    lat = math.atan2(z, p * (1 - e2))
    for _ in range(10):
        nu = ellipsoid.a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
        previous, lat = lat, math.atan2(z + e2 * nu * math.sin(lat), p)
        if abs(lat - previous) < 1e-12:
            break
    return lat, math.atan2(y, x)


def _helmert(
    lat: float,
    lon: float,
    params: tuple[float, ...],
    source: _Ellipsoid,
    target: _Ellipsoid,
) -> tuple[float, float]:
    tx, ty, tz, s, rx, ry, rz = params
    x, y, z = _to_cartesian(lat, lon, source)
    x2 = tx + (1 + s) * x - rz * y + ry * z
    y2 = ty + rz * x + (1 + s) * y - rx * z
    z2 = tz - ry * x + rx * y + (1 + s) * z
    return _from_cartesian(x2, y2, z2, target)


def bng_to_wgs84(easting: float, northing: float) -> tuple[float, float]:
    """Return (latitude, longitude) in WGS84 degrees for a National Grid reference in metres.

    Raises ValueError for a reference off the grid (outside 0–700 km east, 0–1300 km north).
    """
    easting, northing = float(easting), float(northing)
    if not (0 <= easting <= MAX_EASTING and 0 <= northing <= MAX_NORTHING):
        raise ValueError(f"not a British National Grid reference: {easting}, {northing}")
    lat, lon = _unproject(easting, northing)
    lat, lon = _helmert(lat, lon, _TO_WGS84, AIRY_1830, WGS84)
    return math.degrees(lat), math.degrees(lon)


def wgs84_to_bng(lat: float, lon: float) -> tuple[float, float]:
    """Return (easting, northing) in metres for WGS84 (latitude, longitude) in degrees.

    Accurate to a few metres in Great Britain; points far outside it give numbers that
    mean little (possibly negative). Raises ValueError for impossible coordinates.
    """
    lat, lon = float(lat), float(lon)
    if not (-90 < lat < 90 and -180 <= lon <= 180):
        raise ValueError(f"not a latitude/longitude: {lat}, {lon}")
    phi, lam = _helmert(math.radians(lat), math.radians(lon), _TO_OSGB36, WGS84, AIRY_1830)
    return _project(phi, lam)
