"""The need codes the whole system speaks, and how feeds' own categories map onto them.

``directory/data/needs.csv`` is the project's own vocabulary (the values of the assistant's
``need`` entity). Feeds categorise services in their own ways, so a term is mapped to needs by:

1. ``need_term``: the term *is* one of our codes (our own taxonomy, or a term whose
   ``term``/``code`` or ``term_uri`` ends in the code);
2. ``lgsl``: the term is a Local Government Service List code (``1818`` → ``food``); one
   LGSL code can serve two needs (640 is both ``loneliness`` and ``older_people``);
3. ``category``: the term's name is a known free-text category ("Food banks", "Debt
   advice"), compared without case, punctuation or a trailing plural ``s``.
"""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

NEEDS_CSV = Path(__file__).parent / "data" / "needs.csv"
NEEDS_TAXONOMY = "signpost-needs"
NEEDS_TAXONOMY_URI = "https://signpost.example.org/taxonomy/needs"
# Fixed namespace so a need's taxonomy_term id is the same in every deployment.
NEEDS_NAMESPACE = uuid.UUID("6f1c3b1e-8a0c-4d6f-9a53-2f0c7c1d2b10")
NEEDS_TAXONOMY_ID = str(uuid.uuid5(NEEDS_NAMESPACE, NEEDS_TAXONOMY))
CRISIS = "crisis"
# How sure a mapping is, for ranking: our own term or an LGSL code is exact; a free-text
# category name is a good guess.
FIT_BY_VIA = {"need_term": 1.0, "lgsl": 1.0, "category": 0.8}


@dataclass(frozen=True)
class Need:
    code: str
    label: str
    kind: str  # "crisis", "council" or "community"
    description: str
    lgsl: tuple[str, ...]
    categories: tuple[str, ...]

    @property
    def term_id(self) -> str:
        return str(uuid.uuid5(NEEDS_NAMESPACE, self.code))


def _category_key(text: str) -> str:
    words = re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("'", "")).split()
    return " ".join(word.removesuffix("s") if len(word) > 3 else word for word in words)


@dataclass(frozen=True)
class NeedMatch:
    need: str
    via: str  # "need_term", "lgsl" or "category"


class NeedCatalogue:
    """All needs, with look-ups from LGSL codes and category names."""

    def __init__(self, needs: Iterable[Need]) -> None:
        self.needs: tuple[Need, ...] = tuple(needs)
        self._by_code = {need.code: need for need in self.needs}
        self._by_lgsl: dict[str, list[str]] = {}
        self._by_category: dict[str, list[str]] = {}
        for need in self.needs:
            for code in need.lgsl:
                self._by_lgsl.setdefault(code, []).append(need.code)
            for name in (*need.categories, need.label):
                codes = self._by_category.setdefault(_category_key(name), [])
                if need.code not in codes:
                    codes.append(need.code)

    @classmethod
    def from_csv(cls, path: Path = NEEDS_CSV) -> NeedCatalogue:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        return cls(
            Need(
                code=row["code"],
                label=row["label"],
                kind=row["kind"],
                description=row["description"],
                lgsl=tuple(code for code in row["lgsl"].split(";") if code),
                categories=tuple(name for name in row["categories"].split(";") if name),
            )
            for row in rows
        )

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(need.code for need in self.needs)

    def get(self, code: str) -> Need:
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"unknown need code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def by_term_id(self, term_id: str) -> Need | None:
        return next((need for need in self.needs if need.term_id == term_id), None)

    def match_term(
        self,
        *,
        taxonomy: str | None,
        code: str | None,
        name: str | None,
        term_uri: str | None = None,
    ) -> list[NeedMatch]:
        """Needs that one taxonomy term of a feed stands for (empty when none)."""
        code = (code or "").strip()
        taxonomy_key = (taxonomy or "").lower()
        uri_tail = (term_uri or "").rstrip("/").rsplit("/", 1)[-1]
        for candidate in (code, uri_tail):
            if candidate in self._by_code and (
                NEEDS_TAXONOMY in taxonomy_key or "/needs/" in (term_uri or "") or not taxonomy
            ):
                return [NeedMatch(candidate, "need_term")]
        if code.isdigit() and ("lgsl" in taxonomy_key or "esd" in taxonomy_key):
            return [NeedMatch(need, "lgsl") for need in self._by_lgsl.get(code, [])]
        if name:
            return [
                NeedMatch(need, "category")
                for need in self._by_category.get(_category_key(name), [])
            ]
        return []


@cache
def default_catalogue() -> NeedCatalogue:
    return NeedCatalogue.from_csv()
