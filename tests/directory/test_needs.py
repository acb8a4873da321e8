"""The need vocabulary and the mapping of feeds' categories onto it."""

from __future__ import annotations

import csv
import uuid

import pytest

from directory.needs import NEEDS_NAMESPACE, NEEDS_TAXONOMY, default_catalogue
from tests.conftest import SHARED, needs_shared


def test_our_codes_are_the_shared_taxonomys_codes() -> None:
    shared = needs_shared(SHARED / "taxonomy" / "needs.csv")
    with shared.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    catalogue = default_catalogue()
    assert catalogue.codes == tuple(row["code"] for row in rows)
    for row in rows:
        need = catalogue.get(row["code"])
        assert need.lgsl == tuple(code for code in row["lgsl"].split(";") if code)
        assert need.label == row["label"]


def test_every_need_has_categories_and_a_stable_term_id() -> None:
    catalogue = default_catalogue()
    assert all(need.categories for need in catalogue.needs)
    ids = [need.term_id for need in catalogue.needs]
    assert len(set(ids)) == len(ids)
    # Derived from the code alone, so every deployment publishes the same term ids.
    assert catalogue.get("food").term_id == str(uuid.uuid5(NEEDS_NAMESPACE, "food"))
    assert catalogue.by_term_id(catalogue.get("food").term_id).code == "food"


@pytest.mark.parametrize(
    ("taxonomy", "code", "name", "expected"),
    [
        (NEEDS_TAXONOMY, "food", "Food and meals", [("food", "need_term")]),
        ("esd.org.uk LGSL", "1818", "Food banks", [("food", "lgsl")]),  # LGSL code wins
        ("LGSL", "640", "Older people", [("loneliness", "lgsl"), ("older_people", "lgsl")]),
        ("category", "x1", "Food banks", [("food", "category")]),  # free text, plural
        ("category", "x2", "FOOD BANK", [("food", "category")]),  # case
        ("category", "x3", "Debt advice", [("money_debt", "category")]),
        ("category", "x4", "Children's centres", [("family_support", "category")]),
        ("category", "x5", "Underwater basket weaving", []),  # unknown: no guess
        ("esd.org.uk LGSL", "99999", "Unknown", []),  # unknown LGSL code
    ],
)
def test_match_term(taxonomy: str, code: str, name: str, expected: list) -> None:
    matches = default_catalogue().match_term(taxonomy=taxonomy, code=code, name=name)
    assert [(m.need, m.via) for m in matches] == expected


def test_unknown_code_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown need code 'snacks'"):
        default_catalogue().get("snacks")
