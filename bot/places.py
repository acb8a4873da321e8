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
# place: "in Ham", "near hook", "yn Rhos", but not "a ham sandwich" or "hook me up".
AMBIGUOUS = frozenset(
    {
        "ham",
        "hook",
        "sheen",
        "barnes",
        "kew",
        "hampton",
        "cobham",
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
# Names that are everyday words even capitalised (a phone capitalises "Mold in my flat",
# "Cardigan for my son"; Barry is a first name): they count only when capitalised *and*
# after a word of place ("I live in Mold"). Their Welsh names ("yn yr Wyddgrug", "yn y
# Barri", "yn Aberteifi") are never in doubt.
STRICT = frozenset({"mold", "barry", "cardigan"})
LOCATIVES = frozenset(
    {"in", "near", "at", "around", "from", "to", "by", "nr", "round", "yn", "ger"}
)
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})  # "Mrs Conway" is a person
# Everyday words one typo away from a place name: never read as that place's misspelling
# ("banger" is not Bangor). Checked against English and Welsh word lists when the gazetteer
# changes (tests/bot/test_places.py runs the English one where it is installed).
NOT_TYPOS = frozenset(
    """
    booting footing hooting looting mooting rooting tooling toting totting touting button
    mutton madden maiden molest tickers wickers wellington walling banger bangers
    bandor corsen daenan haenan taenan degymwy hangor holwyn llyfan llysan llysfab llysfam
    maeden malien mallen malwen morien rhewen roesen llanwest
    badmouth barged bridged buckle buckled buckler buckles cardio newton prestige
    aberasan aberason aberom aberth ablwch adlwch allwch amblwch amlach blaenason brecan
    brechon brefon breuon carciff cariff casglent cydwela cydwelai cydwelid cydwelir
    cydwelit cydwelo ffliwt hadlech llabed llanwed llanwit malwch merthyra merthyri
    merthyro merthyru pendro pennaeth reffynnon rhisgl rhuason rhydasan ruason terfynwy
    trefnwy tremynwy
    """.split()
)
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
    radical: str  # the first word as the gazetteer writes it, before any mutation
    mutation: str | None = None  # "soft", "nasal" or "aspirate" for a mutated form


# Welsh initial mutations of a place name's first letters: "i Gonwy", "o Fangor" (soft),
# "yng Nghonwy", "ym Mangor", "ym Mae Colwyn" (nasal), "tua Chonwy" (aspirate). "Ll", "rh"
# and "m" only soften ("o Landudno"); vowels and other letters never change ("yn Abergele",
# "yn Llanrwst" keeps its "ll" after "yn").
_MUTATIONS: dict[str, dict[str, str]] = {
    "c": {"soft": "g", "nasal": "ngh", "aspirate": "ch"},
    "p": {"soft": "b", "nasal": "mh", "aspirate": "ph"},
    "t": {"soft": "d", "nasal": "nh", "aspirate": "th"},
    "g": {"soft": "", "nasal": "ng"},
    "b": {"soft": "f", "nasal": "m"},
    "d": {"soft": "dd", "nasal": "n"},
    "ll": {"soft": "l"},
    "m": {"soft": "f"},
    "rh": {"soft": "r"},
}
# The words of place before a name that cause each mutation: only these let a doubtful
# mutated form count ("ar flaenau" is "on the tips of", not "on Blaenau").
TRIGGERS: dict[str, frozenset[str]] = {
    "soft": frozenset({"i", "o", "at", "drwy", "trwy", "dros", "hyd"}),
    "nasal": frozenset({"yn", "ym", "yng", "fy"}),
    "aspirate": frozenset({"a", "ac", "gyda", "efo", "tua", "na"}),
}
# Mutated forms that are everyday words ("mae" is "is", "fae" English): they count only
# right after a word that causes that mutation, "ym Mae Colwyn" but not "mae Colwyn yn".
EVERYDAY = frozenset(
    """
    mae fae fan dan gan man ben bod ni na fryn may
    """.split()
)


def mutations(word: str) -> list[tuple[str, str]]:
    """The mutated forms of a Welsh place name's first word (folded), each with its kind."""
    for radical in sorted(_MUTATIONS, key=len, reverse=True):
        if word.startswith(radical):
            found = [
                (form + word[len(radical) :], kind) for kind, form in _MUTATIONS[radical].items()
            ]
            return [(w, kind) for w, kind in found if len(w) > 2 and w != word]
    return []


def _different_names(english: str, welsh: str) -> bool:
    """Whether a place's English name is a name of its own ("Colwyn Bay", "Mold") rather
    than a spelling of its Welsh one ("Deganwy", "Penmaenmawr", "Glan Conwy")."""
    a, b = ("".join(word for word, _, _ in words(name)) for name in (english, welsh))
    return not (a in b or b in a or within_one_edit(a, b))


def load_gazetteer(path: Path) -> list[_Name]:
    """Every way of writing each place (name, Welsh name, aliases), longest first.

    Welsh places (a ``W`` council code) also get the mutated forms of their Welsh name, and
    of their name and aliases unless the name is an English one beside a different Welsh
    name: "Bae Colwyn", "Bangor", "Conwy" and "Glan Conwy" mutate, "Colwyn Bay" and "Mold"
    (Yr Wyddgrug) do not. Beside such a Welsh name, an alias that spells it or part of it
    still mutates: "Pen-y-bont" (Pen-y-bont ar Ogwr, Bridgend) in "ym Mhen-y-bont",
    "Merthyr" (Merthyr Tudful) in "i Ferthyr".
    """
    names: list[_Name] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            canonical = row["name"]
            name_cy = row.get("name_cy") or ""
            welsh = (row.get("local_authority") or "").startswith("W")
            english_only = bool(name_cy) and _different_names(canonical, name_cy)
            aliases = (row.get("aliases") or "").split(";")
            forms = [
                (canonical, welsh and not english_only),
                (name_cy, welsh),
                *(
                    (alias, welsh and (not english_only or not _different_names(alias, name_cy)))
                    for alias in aliases
                ),
            ]
            for form, mutate in forms:
                key = tuple(word for word, _, _ in words(form))
                if not key:
                    continue
                names.append(_Name(key, canonical, key[0]))
                if not mutate or (len(key) == 1 and key[0] in STRICT):
                    continue
                for mutated, kind in mutations(key[0]):
                    names.append(_Name((mutated, *key[1:]), canonical, key[0], kind))
    # Longest first; at equal length a name as written beats a mutated form.
    names.sort(key=lambda name: (-len(name.words), name.mutation is not None))
    return names


def _in_context(name: _Name, original: str, previous: str) -> bool:
    """Whether a name found in the text is a place there, given the word before it."""
    if name.mutation is not None:
        doubtful = name.words[0] in EVERYDAY or name.radical in AMBIGUOUS | STRICT
        return previous in TRIGGERS[name.mutation] if doubtful else True
    if len(name.words) > 1:
        return True
    capitalised = original[:1].isupper() and not original.isupper()
    if name.radical in STRICT:
        return capitalised and previous in LOCATIVES
    if name.radical in AMBIGUOUS:
        return capitalised or previous in LOCATIVES
    return True


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
        # Every one-word form is known exactly; only names as written (not mutated forms,
        # not names that are everyday words) are targets for typos.
        self.known_words = {name.words[0] for name in self.names if len(name.words) == 1}
        self.single_words = {
            name.words[0]: name.canonical
            for name in self.names
            if len(name.words) == 1
            and name.mutation is None
            and name.radical not in AMBIGUOUS | STRICT
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
                previous = plain[i - 1] if i else ""
                original = text[tokens[i][1] : tokens[i][2]]
                if previous in TITLES or not _in_context(name, original, previous):
                    continue
                add(name.canonical, tokens[i][1], tokens[i + size - 1][2])
        # One typo in a long single-word name ("surbitn", "chesington").
        for i, (token, start, end) in enumerate(tokens):
            if i and plain[i - 1] in TITLES:
                continue
            canonical = self.typo_of(token)
            if canonical is not None:
                add(canonical, start, end)

    def typo_of(self, token: str) -> str | None:
        """The place a single folded word misspells by one edit, if any."""
        if len(token) < self.fuzzy_min_length or token in self.known_words:
            return None
        if token in NOT_TYPOS:
            return None
        for word, canonical in self.single_words.items():
            if len(word) >= self.fuzzy_min_length and within_one_edit(token, word):
                return canonical
        return None
