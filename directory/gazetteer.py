"""Recognise the place names residents of our localities use, offline.

Residents say where they are as often by name as by postcode ("I'm in Surbiton", "near
new maldon", "Bae Colwyn"), and misspell them. The project keeps a small gazetteer of its
demo localities and of the main towns of every Welsh council (for the Welsh deployment) in
``directory/data/gazetteer.csv`` (written by us, approximate centres checked against
Code-Point Open district or sector centroids) and of their councils in
``directory/data/local_authorities.csv``. Quirks worth knowing:

- Welsh places carry both names; a resident who used the Welsh name gets it back as the
  label ("Bae Colwyn"), while :meth:`Gazetteer.find_places_in` reports the English name.
- Postcode districts ignore council boundaries. ``postcode_districts`` lists only the
  districts *mostly* inside a council, so :meth:`Gazetteer.authority_for_district` says
  None for a split one (KT4 is shared by Kingston and Sutton; LL18 is Rhyl, Denbighshire,
  although Kinmel Bay in it is Conwy). Kingston Vale is in SW15, a Wandsworth district.
- Some names are ordinary words or surnames ("Ham", "Hook", "Barnes", "Rhos", "Neath",
  "Flint"). In a sentence they count only when capitalised or after "in", "near", "at"…,
  so "a ham sandwich" is not a place; after "Mr", "Mrs"… no name counts ("Mrs Barnes" is a
  person). "Mold" (Flintshire), "Cardigan" and "Barry" are stricter: capitalised *and*
  after such a word ("I live in Mold"), since phones capitalise "Mold in my flat" and Barry
  is a first name; their Welsh names ("Yr Wyddgrug", "Aberteifi", "Y Barri") are never in
  doubt.
- Typos are matched with :mod:`difflib`, conservatively: five letters or more, the same
  first letter, a close ratio, one clear winner, and never a common English or Welsh word.
"""

from __future__ import annotations

import csv
import difflib
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from directory.geocode import Place, Point
from directory.postcodes import country_for_outcode, is_outcode, parse_outcode, postcode_area

logger = logging.getLogger(__name__)

KINDS = frozenset({"town", "neighbourhood", "village"})
COUNTRIES = frozenset({"England", "Wales", "Scotland", "Northern Ireland"})

# Names that are also everyday words or surnames: in free text they count only when
# capitalised or after a locative word ("in Ham", "near hook").
AMBIGUOUS_NAMES = frozenset(
    {
        "ham",
        "hook",
        "sheen",
        "barnes",
        "rhos",
        "blaenau",
        "neath",
        "flint",
        "mumbles",
        "bala",
        "rhaeadr",
        "bargod",
    }
)
# Names that are everyday words even when capitalised: capitalised *and* after a locative
# ("Mold in my flat", "Cardigan for my son", "Barry" the first name).
STRICT_NAMES = frozenset({"mold", "barry", "cardigan"})
# Everyday words a fuzzy match must never turn into a place: every word of a British English
# word list that is within our fuzzy cutoff of a name (checked when the data changes; see
# tests/directory/test_gazetteer.py), plus near misses kept in case the cutoff is relaxed,
# and the Welsh ones found the same way in aspell's Welsh list ("pensaer" is an architect,
# not Pensarn; "surion" is sour, not Surbiton).
COMMON_WORDS = frozenset(
    """
    banes bareness bares barest barges barney barneys barns barons baroness baronets
    blares blarneys barnacles tooling toting totting touting toasting tabooing trooping
    trotting wellington walling cheap cheat cream champ charm chasm combed corny crony
    ester ether modern towns sheep sheer sheet seven hooks hooked hooker llanos banger
    bangorau bangoren bardynes barneisi barnesid barnest barwnes bethes conwyd conwyf
    diblych ganfydden gelwydden llanwem llanwom llanwy llanwest llyfan llyfasen llyfen
    llysan llysasen llysen menan mordwyen penasan pensaer pentrefol surion
    artillery backwoods badmouth barged bridge bridged buckeye buckle buckled buckler
    buckles calico cardigans flints flinty knight mountains mumble mumbled mumbler
    mumblers newton newtons prestige aberith aberth abertha aberthi abertho aberthodd
    aberthu alwch amblwch amlhawch amlhewch amlygwch amlymwch baroted baruged blaenaf
    blaenan blaenason blaendalon blaeniason blaenon brechon brechont breon briged brigen
    brynwr bwcled cadwiff carciff cardotiff carian cariff castanwydd castelled cerydd
    chariff chonwy chydwelai chydweli chydwelid chydwelir chydwelit cicith crediff
    cydwela cydwelai cydwelais cydwelid cydweliff cydwelir cydwelit cydwelith cydwelo
    cydwelsai cydwelsid cydwelsit fliant flinit glynnoedd glynwy glythinebwy hadlech
    haerech hagrech haliech harailech harholech harlwyech haroglech harwylech hualech
    raeadrwy rhaeadrwy rhaeadrwyd rhaeadrwyf rhydan rhydasan rhyder terfynwy threfnwy
    thywyn trefnwy trefnwyd trefnwyf tremynwy
    """.split()
)
_LOCATIVES = frozenset(
    "in near at from around by to nr outside towards toward live living based yn ger".split()
)
_TITLES = frozenset("mr mrs ms miss mx dr".split())  # "Mrs Barnes" is a person
_MAX_NAME_WORDS = 5
_FUZZY_MIN_LETTERS = 5
_FUZZY_CUTOFF = 0.84


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    """Lower-case words without accents or punctuation; "Collier's" → "colliers"."""
    text = _strip_accents(str(text)).replace("&", " and ")
    text = re.sub(r"['’‘`]", "", text)
    return re.findall(r"[^\W_]+", text.casefold())


def place_key(text: str) -> str:
    """How names are compared: "Betws-y-Coed" and "betws y coed" give the same key."""
    return " ".join(_words(text))


@dataclass(frozen=True)
class LocalAuthority:
    gss_code: str
    name: str
    short_name: str
    country: str
    postcode_districts: tuple[str, ...]


@dataclass(frozen=True)
class GazetteerPlace:
    """One row of the gazetteer: a town, neighbourhood or village."""

    name: str
    point: Point
    postcode_district: str
    local_authority: str
    kind: str
    name_cy: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Key:
    place: GazetteerPlace
    label: str  # the name to show when this key matched


class Gazetteer:
    """Place names and councils of our localities; immutable once built."""

    def __init__(
        self, places: Iterable[GazetteerPlace], authorities: Iterable[LocalAuthority]
    ) -> None:
        self._authorities = {la.gss_code: la for la in authorities}
        self._places = tuple(places)
        self._district_authority: dict[str, str] = {}
        for la in self._authorities.values():
            for district in la.postcode_districts:
                other = self._district_authority.setdefault(district, la.gss_code)
                if other != la.gss_code:
                    raise ValueError(f"{district} is listed for both {other} and {la.gss_code}")
        self._keys: dict[str, _Key] = {}
        for place in self._places:
            self._check(place)
            self._add_key(place.name, _Key(place, place.name))
            if place.name_cy:
                self._add_key(place.name_cy, _Key(place, place.name_cy))
            for alias in place.aliases:
                self._add_key(alias, _Key(place, place.name))
        # Fuzzy targets: names only (aliases are often misspellings already), 5+ letters.
        self._by_initial: dict[str, list[str]] = {}
        for place in self._places:
            for name in filter(None, (place.name, place.name_cy)):
                key = place_key(name)
                if len(key.replace(" ", "")) >= _FUZZY_MIN_LETTERS:
                    self._by_initial.setdefault(key[0], []).append(key)

    def _check(self, place: GazetteerPlace) -> None:
        if place.local_authority not in self._authorities:
            raise ValueError(f"{place.name}: unknown local authority {place.local_authority}")
        if place.kind not in KINDS:
            raise ValueError(f"{place.name}: kind must be one of {sorted(KINDS)}")
        if not is_outcode(place.postcode_district):
            raise ValueError(f"{place.name}: bad postcode district {place.postcode_district!r}")

    def _add_key(self, text: str, entry: _Key) -> None:
        key = place_key(text)
        if not key:
            raise ValueError(f"{entry.place.name}: empty name or alias")
        existing = self._keys.get(key)
        if existing is not None and existing.place != entry.place:
            raise ValueError(f"{text!r} names both {existing.place.name} and {entry.place.name}")
        if existing is None:
            self._keys[key] = entry

    # Loading ---------------------------------------------------------------------------

    @classmethod
    @functools.cache
    def from_package(cls) -> Gazetteer:
        """The gazetteer shipped in ``directory/data`` (built once per process, shared)."""
        data = resources.files("directory").joinpath("data")
        with (
            resources.as_file(data.joinpath("gazetteer.csv")) as places,
            resources.as_file(data.joinpath("local_authorities.csv")) as authorities,
        ):
            return cls.from_csv(places, authorities)

    @classmethod
    def from_csv(cls, places_csv: Path, authorities_csv: Path) -> Gazetteer:
        """Read the two CSV files (UTF-8, with the columns of the shipped ones)."""
        with authorities_csv.open(encoding="utf-8-sig", newline="") as handle:
            authorities = [_authority_from_row(row) for row in csv.DictReader(handle)]
        with places_csv.open(encoding="utf-8-sig", newline="") as handle:
            places = [_place_from_row(row) for row in csv.DictReader(handle)]
        logger.debug("gazetteer: %d places, %d councils", len(places), len(authorities))
        return cls(places, authorities)

    # Councils --------------------------------------------------------------------------

    def authorities(self) -> tuple[LocalAuthority, ...]:
        return tuple(self._authorities.values())

    def local_authority(self, gss_code: str) -> LocalAuthority:
        """The council with this GSS code; KeyError when we don't know it."""
        return self._authorities[gss_code.strip().upper()]

    def authority_for_district(self, district: str) -> str | None:
        """GSS code of the council a postcode district is mostly in, if we know it."""
        try:
            outcode = parse_outcode(district)
        except ValueError:
            return None
        found = self._district_authority.get(outcode)
        if found is None and outcode[-1].isalpha():  # "EC1A" → "EC1"
            found = self._district_authority.get(outcode[:-1])
        return found

    def assign_authority(self, place: Place) -> Place:
        """``place`` with its council and country filled in from its postcode district.

        Values already set (from Code-Point Open's own council codes) are kept.
        """
        if place.local_authority is not None or not place.postcode_district:
            return place
        gss = self.authority_for_district(place.postcode_district)
        if gss is not None:
            country = place.country or self._authorities[gss].country
            return replace(place, local_authority=gss, country=country)
        if place.country is None:
            return replace(place, country=country_for_outcode(place.postcode_district))
        return place

    def postcode_areas(self) -> frozenset[str]:
        """Postcode areas ("KT", "LL") of every district the gazetteer mentions."""
        districts = {p.postcode_district for p in self._places} | set(self._district_authority)
        return frozenset(postcode_area(d) for d in districts)

    # Places ----------------------------------------------------------------------------

    def places(self) -> tuple[GazetteerPlace, ...]:
        return self._places

    def find_place(self, text: str) -> Place | None:
        """The place ``text`` names (name, Welsh name or alias, or a clear typo of one)."""
        key = place_key(text)
        entry = self._keys.get(key) or self._fuzzy(key)
        return None if entry is None else self._to_place(entry)

    def find_places_in(self, text: str) -> list[str]:
        """Canonical names of places mentioned in free text, in order, longest match first.

        "im in new malden" → ["New Malden"], not also "Malden".
        """
        originals = re.findall(r"[^\W_]+", re.sub(r"['’‘`]", "", _strip_accents(str(text))))
        words = [w.casefold() for w in originals]
        found: list[str] = []
        i = 0
        while i < len(words):
            entry, width = self._match_at(words, originals, i)
            if entry is None:
                i += 1
                continue
            if entry.place.name not in found:
                found.append(entry.place.name)
            i += width
        return found

    def _match_at(self, words: list[str], originals: list[str], i: int) -> tuple[_Key | None, int]:
        previous = words[i - 1] if i > 0 else ""
        if previous in _TITLES:
            return None, 1
        for width in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            key = " ".join(words[i : i + width])
            entry = self._keys.get(key)
            if entry is None:
                continue
            if width == 1 and key in AMBIGUOUS_NAMES | STRICT_NAMES:
                capitalised = originals[i][:1].isupper() and not originals[i].isupper()
                located = previous in _LOCATIVES
                strict = key in STRICT_NAMES
                if not ((capitalised and located) if strict else (capitalised or located)):
                    return None, 1
            return entry, width
        # A lone word of six letters or more may be a typo ("surbitton"); shorter ones in a
        # sentence are too often ordinary words.
        if len(words[i]) > _FUZZY_MIN_LETTERS:
            return self._fuzzy(words[i]), 1
        return None, 1

    def _fuzzy(self, key: str) -> _Key | None:
        letters = key.replace(" ", "")
        if len(letters) < _FUZZY_MIN_LETTERS or key in COMMON_WORDS or not letters.isalpha():
            return None
        candidates = self._by_initial.get(key[0], [])
        matches = difflib.get_close_matches(key, candidates, n=3, cutoff=_FUZZY_CUTOFF)
        places = {self._keys[m].place for m in matches}
        if len(places) != 1:  # nothing close, or two places equally plausible
            return None
        logger.debug("gazetteer: read %r as %r", key, matches[0])
        return self._keys[matches[0]]

    def _to_place(self, entry: _Key) -> Place:
        place = entry.place
        return Place(
            label=entry.label,
            point=place.point,
            precision="place",
            postcode_district=place.postcode_district,
            local_authority=place.local_authority,
            country=self._authorities[place.local_authority].country,
        )


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(";") if part.strip())


def _authority_from_row(row: dict[str, str]) -> LocalAuthority:
    country = row["country"].strip()
    if country not in COUNTRIES:
        raise ValueError(f"{row['gss_code']}: unknown country {country!r}")
    return LocalAuthority(
        gss_code=row["gss_code"].strip().upper(),
        name=row["name"].strip(),
        short_name=row["short_name"].strip(),
        country=country,
        postcode_districts=tuple(parse_outcode(d) for d in _split(row["postcode_districts"])),
    )


def _place_from_row(row: dict[str, str]) -> GazetteerPlace:
    return GazetteerPlace(
        name=row["name"].strip(),
        name_cy=(row.get("name_cy") or "").strip() or None,
        aliases=_split(row.get("aliases")),
        point=Point(float(row["latitude"]), float(row["longitude"])),
        postcode_district=row["postcode_district"].strip().upper(),
        local_authority=row["local_authority"].strip().upper(),
        kind=row["kind"].strip(),
    )
