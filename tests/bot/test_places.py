"""PlaceEntityExtractor: the localities' place names (and the main towns of all Wales) as
residents write them, in English and Welsh (mutated after "yn", "i", "o"…), and the
everyday words that must not become places.

bot.places imports Rasa, which only the engine environment has, so one short script runs
every sentence there and the tests check what it printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bot.engine_script import needs_engine, run_in_engine

WORD_LIST = Path("/usr/share/dict/words")

pytestmark = needs_engine

SCRIPT = """
import json, sys, warnings
warnings.filterwarnings("ignore")
from pathlib import Path
from bot.places import PlaceEntityExtractor, mutations
asked = json.load(sys.stdin)
places = PlaceEntityExtractor(PlaceEntityExtractor.get_default_config())
out = {
    "found": {t: [[e["value"], e["text"]] for e in places.extract(t)] for t in asked["texts"]},
    "mutations": {w: mutations(w) for w in asked["mutations"]},
    "misread": None,
}
words = Path(asked["word_list"])
if words.is_file():
    # Every lower-case word of the list: never a typo of a place, and a word that is also a
    # place's name ("ham", "tooting") only where a place fits.
    listed = {w for w in words.read_text(errors="ignore").split() if w.isalpha() and w.islower()}
    out["misread"] = {w: places.typo_of(w) for w in listed if places.typo_of(w)}
    out["misread"].update(
        {w: places.extract(f"they {w} it")[0]["value"] for w in listed & places.known_words
         if places.extract(f"they {w} it")}
    )
print(json.dumps(out))
"""

# (text, canonical places found, in order)
FOUND = [
    # English
    ("food bank in Llandudno", ["Llandudno"]),
    ("I'm in Rhyl", ["Rhyl"]),  # a neighbour's town: the directory widens the search
    ("i'm in rhyl", ["Rhyl"]),
    ("debt advice near Colwin Bay", ["Colwyn Bay"]),  # listed misspellings
    ("anything in Abergeley?", ["Abergele"]),
    ("Llandudno Junction please", ["Llandudno Junction"]),  # not Llandudno
    ("i live in glan conwy", ["Glan Conwy"]),  # not Conwy
    ("Betsy Coed", ["Betws-y-Coed"]),
    ("Llanrwst or Betws y Coed", ["Llanrwst", "Betws-y-Coed"]),
    ("help in Cerrig y Drudion", ["Cerrigydrudion"]),
    ("we're in Llanfair TH", ["Llanfair Talhaearn"]),
    ("near Caernarvon", ["Caernarfon"]),
    ("I'm in Belgrano", ["Belgrano"]),
    ("Rowen", ["Rowen"]),
    ("im in rhos", ["Rhos-on-Sea"]),  # "rhos" (moorland) needs a word of place
    ("Craig y Don", ["Craig-y-Don"]),
    ("I live in Mold", ["Mold"]),
    ("I am in Mold, Flintshire", ["Mold"]),
    ("Mold town centre", ["Mold"]),
    ("I live in Blaenau", ["Blaenau Ffestiniog"]),
    ("dolgarog", ["Dolgarrog"]),  # listed
    ("prestatyyn", ["Prestatyn"]),  # one typo in a long name
    ("i'm in surbitton", ["Surbiton"]),
    # Welsh, as written (accents optional)
    ("banc bwyd yn Llandudno", ["Llandudno"]),
    ("dwi'n byw yn Llanrwst", ["Llanrwst"]),  # "ll" does not mutate after "yn"
    ("cyngor yn Llandrillo-yn-Rhos", ["Rhos-on-Sea"]),
    ("dwi'n byw yn Betws-yn-Rhos", ["Betws-yn-Rhos"]),  # not Rhos-on-Sea
    ("yn Hen Golwyn", ["Old Colwyn"]),
    ("yn yr Wyddgrug", ["Mold"]),
    ("i'r Wyddgrug", ["Mold"]),
    ("Ty'n y Groes", ["Tyn-y-Groes"]),
    ("Tŷ’n-y-groes", ["Tyn-y-Groes"]),
    ("Wrecsam", ["Wrexham"]),
    ("Llanelwy", ["St Asaph"]),
    # Welsh, mutated: soft after "i", "o"; nasal after "yn", "ym", "yng"; aspirate after
    # "a", "tua"
    ("oes banc bwyd yng Nghonwy?", ["Conwy"]),
    ("dwi'n mynd i Gonwy", ["Conwy"]),
    ("dwi'n byw ym Mae Colwyn", ["Colwyn Bay"]),
    ("dwi'n mynd i Fae Colwyn yfory", ["Colwyn Bay"]),
    ("o Fae Colwyn", ["Colwyn Bay"]),
    ("ym Mae Cinmel", ["Kinmel Bay"]),
    ("ym Mangor", ["Bangor"]),
    ("dwi'n dod o Fangor", ["Bangor"]),
    ("yng Nghyffordd Llandudno", ["Llandudno Junction"]),
    ("yn Nhywyn", ["Towyn"]),
    ("i Dywyn", ["Towyn"]),
    ("ym Mhenmaenmawr", ["Penmaenmawr"]),
    ("yn Neganwy", ["Deganwy"]),
    ("yng Nglan Conwy", ["Glan Conwy"]),
    ("yn Nolgarrog", ["Dolgarrog"]),
    ("ym Metws-y-Coed", ["Betws-y-Coed"]),
    ("yng Nghapel Curig", ["Capel Curig"]),
    ("yn Nhrefriw", ["Trefriw"]),
    ("yn Nhŷ'n-y-groes", ["Tyn-y-Groes"]),
    ("o Lanelwy", ["St Asaph"]),
    ("i Ddinbych", ["Denbigh"]),
    ("i Ruthun", ["Ruthin"]),
    ("yng Nghaergybi", ["Holyhead"]),
    ("ym Mhorthaethwy", ["Menai Bridge"]),
    ("ym Mlaenau Ffestiniog", ["Blaenau Ffestiniog"]),
    ("i Flaenau", ["Blaenau Ffestiniog"]),
    ("tua Chaernarfon", ["Caernarfon"]),
    ("Conwy a Chaernarfon", ["Conwy", "Caernarfon"]),
    # The rest of Wales: English names
    ("food bank in Cardiff", ["Cardiff"]),
    ("I'm in Swansea", ["Swansea"]),
    ("anything near Aberystwth?", ["Aberystwyth"]),  # listed misspelling
    ("carmarthenn", ["Carmarthen"]),  # one typo in a long name
    ("help in Merthyr", ["Merthyr Tydfil"]),
    ("Tenby or Pembroke Dock", ["Tenby", "Pembroke Dock"]),  # not Pembroke
    ("I live in Barry", ["Barry"]),  # a first name too: capitalised after a word of place
    ("I live in Cardigan", ["Cardigan"]),
    ("i'm in neath", ["Neath"]),
    ("St David's", ["St Davids"]),
    ("Connahs Quay", ["Connah's Quay"]),
    ("debt advice in Llanelly", ["Llanelli"]),
    # The rest of Wales: Welsh names as written (accents optional)
    ("banc bwyd yn Abertawe", ["Swansea"]),
    ("dwi'n byw yn Bermo", ["Barmouth"]),
    ("yn y Barri", ["Barry"]),
    ("i'r Fenni", ["Abergavenny"]),
    ("yn y Drenewydd", ["Newtown"]),
    ("Aberdâr", ["Aberdare"]),
    ("yn Aberdar", ["Aberdare"]),
    ("Pont-y-pwl", ["Pontypool"]),
    ("Dinbych-y-pysgod", ["Tenby"]),  # not Dinbych (Denbigh)
    ("Porth Tywyn", ["Burry Port"]),  # not Tywyn (Towyn)
    ("yn Llanfair-ym-Muallt", ["Builth Wells"]),
    # The rest of Wales: mutated
    ("oes banc bwyd yng Nghaerdydd?", ["Cardiff"]),
    ("dwi'n mynd i Gaerdydd", ["Cardiff"]),
    ("dwi'n dod o Gaerfyrddin", ["Carmarthen"]),
    ("ym Mhontypridd", ["Pontypridd"]),
    ("yn Nhrefynwy", ["Monmouth"]),
    ("i Aberystwyth", ["Aberystwyth"]),
    ("yng Nghasnewydd", ["Newport"]),
    ("ym Mhen-y-bont ar Ogwr", ["Bridgend"]),
    ("ym Mhen-y-bont", ["Bridgend"]),  # an alias spelling part of the Welsh name mutates
    ("i Ferthyr", ["Merthyr Tydfil"]),
    ("yng Nghastell-nedd", ["Neath"]),
    ("yng Nghwmbrân", ["Cwmbran"]),
    ("ym Mhontypwl", ["Pontypool"]),
    ("yn Nolgellau", ["Dolgellau"]),
    ("ym Mhwllheli", ["Pwllheli"]),
    ("i Lanelli", ["Llanelli"]),
    ("yn Nhyddewi", ["St Davids"]),
    ("yn Ninbych-y-pysgod", ["Tenby"]),
    ("ym Mryn-mawr", ["Brynmawr"]),
    ("tua Chaerffili", ["Caerphilly"]),
]

# Everyday words and names that look like places.
NOT_PLACES = [
    "there's mold in my flat",  # Mold, Flintshire
    "Mold in my flat, can someone help",  # phones capitalise the first word
    "the walls are covered in mold",
    "Mold",  # alone, as likely the problem as the place
    "black Mold everywhere",
    "I fold the washing",  # no mutated "Mold"
    "rowing club for my son",  # Rowen is too short to guess at
    "my son Bryn needs help",  # only Bryn-y-Maen is a place
    "Mr Conway from the council",  # a person
    "my car needs towing",
    "my old banger broke down",  # not Bangor
    "what was her maiden name",  # not (New) Malden
    "need a new button",  # not Sutton
    "ar flaenau ei fysedd",  # Welsh: on his fingertips, not "on Blaenau"
    "ar y rhos",  # moorland
    "mae fy llysfab angen help",  # Welsh: my stepson, not Llysfaen
    "mae hi'n braf",
    "a ham sandwich",
    "I need a cardigan for my son",  # Cardigan, Ceredigion
    "Cardigan for my son please",
    "my husband Barry needs help",  # Barry, Vale of Glamorgan
    "Barry said to ask",
    "neath the old bridge",  # Neath
    "the lighter needs a new flint",  # Flint
    "he mumbles a lot",  # Mumbles
    "i need some cardio",  # not a typo of Cardif(f)
    "a newton is a unit",  # not Newtown
    "allwch chi helpu?",  # Welsh: can you help, not Amlwch
    "y llynedd",  # Welsh: last year, not Glynneath
    "mae'r rhaeadr yn hardd",  # Welsh: the waterfall, not Rhaeadr (Rhayader)
    "ar fryn mawr",  # Welsh: on a big hill, not Bryn-mawr
]


@pytest.fixture(scope="module")
def engine() -> dict:
    asked = {
        "texts": [text for text, _ in FOUND] + NOT_PLACES,
        "mutations": [
            "conwy",
            "bangor",
            "bae",
            "llanrwst",
            "rhyl",
            "abergele",
            "trefriw",
            "caerdydd",
            "pontypridd",
            "merthyr",
        ],
        "word_list": str(WORD_LIST),
    }
    return run_in_engine(SCRIPT, stdin=json.dumps(asked))


@pytest.mark.parametrize(("text", "places"), FOUND)
def test_places_are_found(engine: dict, text: str, places: list[str]) -> None:
    assert [value for value, _ in engine["found"][text]] == places


@pytest.mark.parametrize("text", NOT_PLACES)
def test_everyday_words_are_not_places(engine: dict, text: str) -> None:
    assert engine["found"][text] == []


def test_the_entity_covers_the_words_written(engine: dict) -> None:
    assert engine["found"]["dwi'n byw ym Mae Colwyn"] == [["Colwyn Bay", "Mae Colwyn"]]
    assert engine["found"]["Ty'n y Groes"] == [["Tyn-y-Groes", "Ty'n y Groes"]]
    assert engine["found"]["ym Mhen-y-bont ar Ogwr"] == [["Bridgend", "Mhen-y-bont ar Ogwr"]]


def test_welsh_mutations(engine: dict) -> None:
    assert engine["mutations"] == {
        "conwy": [["gonwy", "soft"], ["nghonwy", "nasal"], ["chonwy", "aspirate"]],
        "bangor": [["fangor", "soft"], ["mangor", "nasal"]],
        "bae": [["fae", "soft"], ["mae", "nasal"]],
        "llanrwst": [["lanrwst", "soft"]],  # "ll" only softens
        "rhyl": [["ryl", "soft"]],
        "abergele": [],  # vowels never mutate
        "trefriw": [["drefriw", "soft"], ["nhrefriw", "nasal"], ["threfriw", "aspirate"]],
        "caerdydd": [["gaerdydd", "soft"], ["nghaerdydd", "nasal"], ["chaerdydd", "aspirate"]],
        "pontypridd": [
            ["bontypridd", "soft"],
            ["mhontypridd", "nasal"],
            ["phontypridd", "aspirate"],
        ],
        "merthyr": [["ferthyr", "soft"]],  # "m" only softens
    }


@pytest.mark.skipif(not WORD_LIST.is_file(), reason=f"no word list at {WORD_LIST}")
def test_no_dictionary_word_is_read_as_a_place(engine: dict) -> None:
    # Runs where a system word list is installed (Debian: wbritish or wamerican).
    allowed = {"ham": "Ham", "hook": "Hook", "sheen": "Sheen", "tooting": "Tooting"}
    assert {w: p for w, p in engine["misread"].items() if allowed.get(w) != p} == {}
