"""Read UK postcodes the way residents type them, and name their parts.

Residents write postcodes in any case, with no space or several ("kt65ql", " KT6  5QL "),
and drop them into sentences ("need a food bank near kt1 3ly pls"). We accept that, but
nothing looser than the Royal Mail format, because a false "postcode" sends someone to the
wrong end of the country:

- outward code (the *outcode*): ``A9``, ``A99``, ``AA9``, ``AA99``, ``A9A`` or ``AA9A``.
  The first letter is never Q, V or X; the second never I, J or Z; the trailing letter of
  ``A9A`` is one of ABCDEFGHJKPSTUW and of ``AA9A`` one of ABEHMNPRVWXY.
- inward code (the *incode*): a digit then two letters, never C, I, K, M, O or V.
- ``GIR 0AA`` (the old Girobank postcode) is the one exception and is valid.

Only one leniency: in :func:`parse_postcode`, a letter O where the incode's digit belongs
is read as zero ("SW1A OAA"), because that slip is common and the slot can only hold a
digit. :func:`find_postcodes` does not do this, since free text has real words beginning
with "o" ("L1 old ...").

Postcode areas mostly sit within one country, which :func:`country_for_outcode` uses;
the exceptions are the border areas (CH, SY, TD), handled district by district.

Naming follows Royal Mail: in "EC1A 1BB" the *area* is "EC", the *district* "EC1", the
*sub-district* "EC1A" (only central London districts have one), the *sector* "EC1A 1" and
the *unit* the whole postcode. The format covers all of the UK (Northern Ireland's BT
postcodes parse), though our location data covers Great Britain only.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_OUTWARD = (
    r"(?:"
    r"[A-PR-UWYZ][0-9][0-9]?"  # A9, A99
    r"|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"  # AA9, AA99
    r"|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]"  # A9A
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]"  # AA9A
    r")"
)
_INWARD_LETTERS = "[ABD-HJLNP-UW-Z]"
_INWARD = rf"[0-9]{_INWARD_LETTERS}{{2}}"

_OUTCODE = re.compile(rf"(?P<out>{_OUTWARD})")
# Whole-string forms, after stripping and upper-casing: spaces only between the two halves.
_FULL = re.compile(rf"(?P<out>{_OUTWARD}|GIR)\s*(?P<in>{_INWARD})")
_FULL_LENIENT = re.compile(rf"(?P<out>{_OUTWARD}|GIR)\s*(?P<in>[0-9O]{_INWARD_LETTERS}{{2}})")
# In free text: not inside a longer run of letters or digits, at most a few spaces between.
_IN_TEXT = re.compile(
    rf"(?<![A-Z0-9])(?P<out>{_OUTWARD}|GIR)[ \t]{{0,3}}(?P<in>{_INWARD})(?![A-Z0-9])",
    re.IGNORECASE,
)

_WORD = re.compile(r"[A-Za-z0-9]+")
# Outcode-shaped words that in a sentence mean something else.
_NOT_OUTCODES_IN_TEXT = frozenset({"CO2"})  # carbon dioxide, not Colchester

WELSH_AREAS = frozenset({"CF", "LD", "LL", "NP", "SA"})
SCOTTISH_AREAS = frozenset("AB DD DG EH FK G HS IV KA KW KY ML PA PH TD ZE".split())
# Chester's CH area reaches into Flintshire, Shrewsbury's SY into Powys and Ceredigion, and
# the Scottish Borders' TD into Northumberland.
_WELSH_DISTRICTS_IN_ENGLISH_AREAS = frozenset(
    ["CH5", "CH6", "CH7", "CH8"] + [f"SY{n}" for n in range(15, 26)]
)
_ENGLISH_DISTRICTS_IN_SCOTTISH_AREAS = frozenset({"TD15"})  # Berwick-upon-Tweed
_CROWN_DEPENDENCIES = frozenset({"GY", "JE", "IM"})

_GIRO_OUTCODE = "GIR"
_GIRO_INCODE = "0AA"


class InvalidPostcode(ValueError):
    """The text is not a UK postcode; the message can be shown to a resident as is."""

    def __init__(self, text: str, *, what: str = "a full UK postcode") -> None:
        self.text = text
        shown = " ".join(str(text).split()) or "nothing"
        if len(shown) > 40:
            shown = shown[:39] + "…"
        super().__init__(
            f'"{shown}" doesn\'t look like {what}. A postcode looks like "KT1 3LY" or "SW1A 1AA".'
        )


@dataclass(frozen=True)
class Postcode:
    """A well-formed postcode, split into its outward and inward codes (both upper case)."""

    outcode: str
    incode: str

    def __str__(self) -> str:
        return self.unit

    @property
    def unit(self) -> str:
        """The whole postcode, normalised: "KT6 5QL"."""
        return f"{self.outcode} {self.incode}"

    @property
    def compact(self) -> str:
        """Without the space: "KT65QL" (how some data files key postcodes)."""
        return self.outcode + self.incode

    @property
    def area(self) -> str:
        """The leading letters: "KT", "W", "GIR" for the Girobank postcode."""
        return postcode_area(self.outcode)

    @property
    def district(self) -> str:
        """The outcode without any sub-district letter: "KT6", "EC1" for "EC1A 1BB"."""
        if self.sub_district is None:
            return self.outcode
        return self.outcode[:-1]

    @property
    def sub_district(self) -> str | None:
        """The outcode when it ends in a letter ("W1A", "EC1A"), otherwise None."""
        if self.outcode == _GIRO_OUTCODE or self.outcode[-1].isdigit():
            return None
        return self.outcode

    @property
    def sector(self) -> str:
        """The outcode and the incode's digit: "KT6 5"."""
        return f"{self.outcode} {self.incode[0]}"

    @property
    def unit_suffix(self) -> str:
        """The incode's two letters, which Royal Mail also calls the unit: "QL"."""
        return self.incode[1:]


def _squash(text: str) -> str:
    return str(text).strip().upper()


def parse_postcode(text: str) -> Postcode:
    """Parse a full postcode typed in any case, with or without spaces between the halves.

    Raises :class:`InvalidPostcode` for anything else, including a bare outcode ("KT1").
    """
    squashed = _squash(text)
    match = _FULL.fullmatch(squashed)
    if match is None:
        match = _FULL_LENIENT.fullmatch(squashed)
    if match is None:
        raise InvalidPostcode(text)
    outcode, incode = match.group("out"), match.group("in")
    if incode[0] == "O":
        incode = "0" + incode[1:]
    if outcode == _GIRO_OUTCODE and incode != _GIRO_INCODE:
        raise InvalidPostcode(text)
    return Postcode(outcode, incode)


def normalise_postcode(text: str) -> str:
    """Return the postcode upper case with one space: "kt65ql" → "KT6 5QL"."""
    return parse_postcode(text).unit


def is_postcode(text: str) -> bool:
    """True when :func:`parse_postcode` would accept ``text``."""
    try:
        parse_postcode(text)
    except InvalidPostcode:
        return False
    return True


def parse_outcode(text: str) -> str:
    """Normalise a bare outcode such as "kt1" or "ec1a" to "KT1" / "EC1A".

    Raises :class:`InvalidPostcode` when ``text`` is not an outcode on its own.
    """
    squashed = _squash(text)
    if _OUTCODE.fullmatch(squashed) is None:
        raise InvalidPostcode(text, what="the first half of a UK postcode")
    return squashed


def is_outcode(text: str) -> bool:
    """True when :func:`parse_outcode` would accept ``text``."""
    return _OUTCODE.fullmatch(_squash(text)) is not None


def find_postcodes(text: str) -> list[str]:
    """Return the full postcodes in free text, normalised, in order, without repeats.

    A postcode must stand on its own: "kt1 3ly" and "KT13LY" are found in a sentence, but
    nothing is found inside a longer token such as "XKT13LY" or "KT13LY2".
    """
    found: list[str] = []
    for match in _IN_TEXT.finditer(str(text)):
        outcode, incode = match.group("out").upper(), match.group("in").upper()
        if outcode == _GIRO_OUTCODE and incode != _GIRO_INCODE:
            continue
        unit = f"{outcode} {incode}"
        if unit not in found:
            found.append(unit)
    return found


def find_outcodes(text: str) -> list[str]:
    """Outcodes written as words of their own in free text ("food bank kt6" → ["KT6"]).

    Only two-letter areas count: "M1", "A3" and "B12" in a sentence are more often roads
    and vitamins than Manchester, Guildford or Birmingham. Whole postcodes are skipped
    (use :func:`find_postcodes`); "SE1 0AA" yields nothing here.
    """
    found: list[str] = []
    words = _WORD.findall(_IN_TEXT.sub(" ", str(text)))
    for word in words:
        if len(word) >= 3 and word[1].isalpha() and is_outcode(word):
            outcode = word.upper()
            if outcode not in _NOT_OUTCODES_IN_TEXT and outcode not in found:
                found.append(outcode)
    return found


def postcode_area(outcode: str) -> str:
    """The area letters of an outcode or postcode: "KT1" → "KT"."""
    match = re.match(r"[A-Z]*", outcode.strip().upper())
    return match.group(0) if match else ""


def country_for_outcode(outcode: str) -> str | None:
    """The country a postcode district is in, judged from the postcode alone.

    Areas lie in one country except along the borders: CH and SY are England but for
    their wholly Welsh districts (Deeside to Holywell, CH5–CH8; mid Wales, SY15–SY25), and
    TD is Scotland but for Berwick (TD15). Split districts such as CH4 and SY10 count as
    England; a council look-up knows better. None for Crown dependencies (GY, JE, IM).
    """
    outcode = outcode.strip().upper()
    area = postcode_area(outcode)
    if area == "BT":
        return "Northern Ireland"
    if not area or area in _CROWN_DEPENDENCIES:
        return None
    if area in WELSH_AREAS or outcode in _WELSH_DISTRICTS_IN_ENGLISH_AREAS:
        return "Wales"
    if area in SCOTTISH_AREAS and outcode not in _ENGLISH_DISTRICTS_IN_SCOTTISH_AREAS:
        return "Scotland"
    return "England"
