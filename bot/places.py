"""``location`` entities by rule: postcodes, outcodes, the locality's place names.

Rules beat learning here: a postcode has a fixed shape, and the places of a locality are a
short list the council can edit (``directory/data/gazetteer.csv``, read as data). DIET does
no entity recognition in our pipeline; this component and :mod:`bot.needs` do.

Values are canonical, so the actions never re-parse them: ``KT1 3LY`` (normalised), ``KT6``
(outcode), ``Surbiton`` (the gazetteer's name, whatever alias or typo was written), or the
two special values ``anywhere`` and ``near_me``.
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.text import fold, within_one_edit, words

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# A full postcode: outward code, optional space, inward code (digit + two letters).
POSTCODE = re.compile(
    r"(?<![a-z0-9])([a-z]{1,2}[0-9][a-z0-9]?) ?([0-9][abd-hjlnp-uw-z]{2})(?![a-z0-9])",
    re.IGNORECASE,
)
# An outcode alone: two-letter areas only ("m1", "b12" are too often something else), and
# not a time, a model number or part of a longer token.
OUTCODE = re.compile(r"(?<![a-z0-9£$])([a-z]{2}[0-9]{1,2}[a-z]?)(?![a-z0-9:%])", re.IGNORECASE)
# Place names that are also everyday words count only when capitalised or after a word of
# place: "in Ham", "near hook", but not "a ham sandwich" or "hook me up".
AMBIGUOUS = frozenset({"ham", "hook", "sheen", "barnes", "kew", "hampton", "cobham"})
LOCATIVES = frozenset({"in", "near", "at", "around", "from", "to", "by", "nr", "round"})
NOT_OUTCODES = frozenset({"mp3", "mp4", "co2", "no1", "no2", "pm2", "am1", "id1"})
SPECIAL = {
    "anywhere": (
        "anywhere",
        "anywhere is fine",
        "don't mind where",
        "dont mind where",
        "any area",
        "anywhere at all",
        "doesn't matter where",
        "doesnt matter where",
        # Welsh
        "unrhyw le",
        "rhywle",
        "dim ots lle",
        "dim ots ble",
        "sdim ots ble",
    ),
    "near_me": (
        "near me",
        "near to me",
        "close to me",
        "closest to me",
        "nearest to me",
        "round here",
        "around here",
        "near here",
        "nearby",
        "local to me",
        "where i am",
        "in my area",
        "my area",
        # Welsh
        "yn agos ata i",
        "agos ata i",
        "yn agos ataf",
        "yn agos i fi",
        "ger fy nghartref",
        "yn fy ardal i",
        "yn fy ardal",
        "lle dwi'n byw",
        "ffordd hyn",
        "ffor hyn",
    ),
}


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    canonical: str


# Welsh initial mutations: "yng Nghonwy", "i Gonwy", "o Landudno", "ym Mae Colwyn". Forms
# that are everyday Welsh words ("mae", "fan") are not taken as places.
_MUTATIONS = (
    ("c", ("g", "ngh", "ch")),
    ("p", ("b", "mh", "ph")),
    ("t", ("d", "nh", "th")),
    ("g", ("", "ng")),
    ("b", ("f", "m")),
    ("d", ("dd", "n")),
    ("ll", ("l",)),
    ("m", ("f",)),
    ("rh", ("r",)),
)
_NOT_PLACES = frozenset({"mae", "fae", "fan", "dan", "gan", "man", "ben", "bod", "ni", "na"})


def mutations(word: str) -> list[str]:
    """The mutated forms of a Welsh place name's first word (folded, lower case)."""
    for radical, forms in sorted(_MUTATIONS, key=lambda m: -len(m[0])):
        if word.startswith(radical):
            found = [form + word[len(radical) :] for form in forms]
            return [w for w in found if len(w) > 2 and w not in _NOT_PLACES and w != word]
    return []


def load_gazetteer(path: Path) -> list[_Name]:
    """Every way of writing each place (name, Welsh name, aliases), longest first."""
    names: list[_Name] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            canonical = row["name"]
            forms = [canonical, row.get("name_cy") or "", *(row.get("aliases") or "").split(";")]
            welsh = (row.get("local_authority") or "").startswith("W")
            for form in forms:
                key = tuple(word for word, _, _ in words(form))
                if key:
                    names.append(_Name(key, canonical))
                    for mutated in mutations(key[0]) if welsh else ():
                        names.append(_Name((mutated, *key[1:]), canonical))
    names.sort(key=lambda name: -len(name.words))
    return names


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False)
class PlaceEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds ``location`` entities; see the module docstring."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"gazetteer": "directory/data/gazetteer.csv", "fuzzy_min_length": 6}

    def __init__(self, config: dict[str, Any]) -> None:
        path = Path(config["gazetteer"])
        self.names = load_gazetteer(path if path.is_absolute() else PROJECT_ROOT / path)
        self.fuzzy_min_length = config["fuzzy_min_length"]
        self.single_words = {
            name.words[0]: name.canonical for name in self.names if len(name.words) == 1
        }

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PlaceEntityExtractor:
        return cls({**cls.get_default_config(), **config})

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            found = self.add_extractor_name(self.extract(message.get(TEXT) or ""))
            others = [e for e in message.get(ENTITIES, []) if e.get("entity") != "location"]
            message.set(ENTITIES, others + found, add_to_output=True)
        return messages

    def extract(self, text: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        taken: list[tuple[int, int]] = []

        def add(value: str, start: int, end: int) -> None:
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                return
            taken.append((start, end))
            found.append(
                {
                    "entity": "location",
                    "value": value,
                    "start": start,
                    "end": end,
                    "confidence_entity": 1.0,
                    "text": text[start:end],
                }
            )

        for match in POSTCODE.finditer(text):
            add(f"{match.group(1).upper()} {match.group(2).upper()}", match.start(), match.end())
        for match in OUTCODE.finditer(text):
            if match.group(1).lower() not in NOT_OUTCODES:
                add(match.group(1).upper(), match.start(), match.end())
        tokens = words(text)
        folded = fold(text)
        for value, phrases in SPECIAL.items():
            for phrase in phrases:
                for match in re.finditer(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", folded):
                    add(value, match.start(), match.end())
        self._places(text, tokens, add)
        return sorted(found, key=lambda entity: entity["start"])

    def _places(self, text: str, tokens: list[tuple[str, int, int]], add: Any) -> None:
        plain = [token for token, _, _ in tokens]
        for name in self.names:
            size = len(name.words)
            for i in range(len(plain) - size + 1):
                if tuple(plain[i : i + size]) != name.words:
                    continue
                if size == 1 and name.words[0] in AMBIGUOUS:
                    original = text[tokens[i][1] : tokens[i][2]]
                    capitalised = original[:1].isupper() and not original.isupper()
                    if not (capitalised or (i and plain[i - 1] in LOCATIVES)):
                        continue
                add(name.canonical, tokens[i][1], tokens[i + size - 1][2])
        # One typo in a long single-word name ("surbitn", "chesington").
        for token, start, end in tokens:
            if len(token) < self.fuzzy_min_length or token in self.single_words:
                continue
            for word, canonical in self.single_words.items():
                if len(word) >= self.fuzzy_min_length and within_one_edit(token, word):
                    add(canonical, start, end)
                    break
