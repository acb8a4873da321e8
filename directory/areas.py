"""Understand a feed's ``service_area`` rows well enough to answer "does it cover here?".

HSDS leaves ``service_area`` loose: feeds write a free-text name ("All of Kingston",
"National"), a GSS code in ``extent`` or in an ONS ``uri``
(``http://statistics.data.gov.uk/id/statistical-geography/E09000021``), a list of postcode
districts, or GeoJSON. We read the forms that identify an area without boundary data:

- GSS codes: K02/K03/K04 (UK, GB, England and Wales) → national; E92/W92/S92 → a country;
  E06–E09, W06, S12 → a local authority.
- names: "national", "UK", "England", "Wales", … and local authority names we know.
- postcode districts: "KT1, KT2, KT3".

Anything else is kept in the ``service_area`` row but gives no coverage, so the service is
found by its locations only. GeoJSON polygons are not interpreted (no boundary engine).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GSS = re.compile(r"\b([EWSNK]\d{8})\b")
DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")

COUNTRY_CODES = {"E92000001": "England", "W92000004": "Wales", "S92000003": "Scotland"}
NATIONAL_CODES = frozenset({"K02000001", "K03000001", "K04000001"})
NATIONAL_NAMES = frozenset(
    {
        "national",
        "nationwide",
        "uk",
        "united kingdom",
        "uk wide",
        "uk-wide",
        "great britain",
        "gb",
        "england and wales",
        "all of the uk",
        "anywhere in the uk",
    }
)
COUNTRY_NAMES = {"england": "England", "wales": "Wales", "cymru": "Wales", "scotland": "Scotland"}
LOCAL_AUTHORITY_PREFIXES = ("E06", "E07", "E08", "E09", "W06", "S12")


@dataclass(frozen=True)
class Coverage:
    kind: str  # "national", "country", "local_authority", "postcode_district"
    code: str = ""


def _clean(text: str) -> str:
    return re.sub(r"[^a-z ]+", " ", text.lower()).strip()


def _simplify(name: str) -> str:
    text = _clean(name)
    for prefix in (
        "all of ",
        "the ",
        "royal borough of ",
        "london borough of ",
        "borough of ",
        "county borough of ",
        "city of ",
    ):
        text = text.removeprefix(prefix)
    for suffix in (" council", " county borough", " borough", " area", " residents"):
        text = text.removesuffix(suffix)
    return " ".join(text.split())


class AreaReader:
    """Turns service_area fields into :class:`Coverage` values.

    ``local_authorities`` maps GSS codes to the names residents and feeds use for them.
    """

    def __init__(self, local_authorities: Mapping[str, Iterable[str]] | None = None) -> None:
        self._authority_by_name: dict[str, str] = {}
        for code, names in (local_authorities or {}).items():
            for name in names:
                self._authority_by_name[_simplify(name)] = code

    def read(
        self,
        *,
        name: str | None = None,
        extent: str | None = None,
        extent_type: str | None = None,
        uri: str | None = None,
        description: str | None = None,
    ) -> set[Coverage]:
        found: set[Coverage] = set()
        for field in (extent if (extent_type or "").lower() != "geojson" else None, uri):
            for code in GSS.findall(field or ""):
                found |= self._from_gss(code)
        if found:
            return found
        if extent and (extent_type or "").lower() in {"text", "postcode", "postcodes", ""}:
            districts = [part.strip().upper() for part in re.split(r"[,;\s]+", extent)]
            if districts and all(DISTRICT.match(part) for part in districts if part):
                return {Coverage("postcode_district", part) for part in districts if part}
        for text in (name, description):
            if text:
                found |= self._from_name(text)
            if found:
                break
        return found

    @staticmethod
    def _from_gss(code: str) -> set[Coverage]:
        if code in NATIONAL_CODES:
            return {Coverage("national")}
        if code in COUNTRY_CODES:
            return {Coverage("country", COUNTRY_CODES[code])}
        if code.startswith(LOCAL_AUTHORITY_PREFIXES):
            return {Coverage("local_authority", code)}
        return set()

    def _from_name(self, text: str) -> set[Coverage]:
        cleaned = _clean(text)
        if cleaned in NATIONAL_NAMES:
            return {Coverage("national")}
        if cleaned in COUNTRY_NAMES:
            return {Coverage("country", COUNTRY_NAMES[cleaned])}
        code = self._authority_by_name.get(_simplify(text))
        return {Coverage("local_authority", code)} if code else set()
