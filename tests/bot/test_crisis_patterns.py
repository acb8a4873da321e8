"""Crisis patterns: recall first, but figures of speech and safe statements are not crisis.

The cases are written by kind of danger, not copied from the evaluation sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from bot.crisis_patterns import is_crisis

DEV = YAML(typ="safe").load((Path(__file__).parent / "crisis_dev.yml").read_text(encoding="utf-8"))

CRISIS = [
    "i want to kill myself",  # direct
    "I want to end it all",
    "thinking about suicide",
    "everyone would be better off without me",
    "wanna kill myslf",  # phone spelling
    "been cutting again",  # self-harm
    "took a load of paracetamol",  # overdose
    "i've saved up my tablets for tonight",
    "ive written letters to my family and put my affairs in order",  # plans, farewells
    "hes got a knife and hes shouting",  # danger from a person now
    "my partner is hitting me right now",
    "my baby swallowed a magnet",  # poisoning, children
    "grandad has wandered off and its freezing",  # vulnerable adult missing
    "my dad collapsed and isnt breathing",  # medical
    "her face has dropped on one side",
    "the kitchen is on fire",  # fire
    "the co alarm is going off and we all feel sick",
    "need a food bank but honestly i dont want to be alive anymore",  # buried
    # Welsh, with and without accents, North and South forms
    "dwi isio lladd fy hun",
    "dw i ddim eisiau byw",
    "sa i moyn byw",
    "dwi wedi cymryd llond llaw o dabledi",
    "mae o'n fy nharo i rŵan",
    "mae e'n bygwth fy lladd",
    "mae gyda fe gyllell wrth y drws nawr",
    "mae dad yn methu anadlu",
    "poen ofnadwy yn fy mrest",
    "mae'r tŷ ar dân",
    "ogle nwy yn y gegin",
    "meddwl am hunanladdiad",
]
NOT_CRISIS = [
    "my back is killing me",
    "dying for a cup of tea",
    "im not in danger just lonely",
    "the heating bill is going to kill me",
    "does my landlord have to fit a co alarm",
    "my cat is missing",
    "no dentist will take me",
    "bye for now",
    "food bank near kt1 3ly",
    "dwi angen banc bwyd yn Llandudno",  # Welsh, ordinary
    "roedd e'n arfer fy nharo, dwi isio cwnsela",  # past abuse, asking for support
    "mae'r bil nwy yn uchel",
    "dwi'n poeni am y rhent",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_is_recognised(text: str) -> None:
    assert is_crisis(text)[0]


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_ordinary_messages_are_not_crisis(text: str) -> None:
    assert not is_crisis(text)[0]


def test_abuse_happening_now_is_flagged_for_the_abuse_helpline() -> None:
    assert is_crisis("my husband is hitting me right now") == (True, True)
    assert is_crisis("i want to kill myself") == (True, False)


def test_other_emergencies_are_not_flagged_as_abuse() -> None:
    assert is_crisis("the kids are trapped upstairs and theres smoke") == (True, False)
    assert is_crisis("a toddler has been left alone in the flat") == (True, False)
    assert not is_crisis("my dad cant get out much, can he get prescriptions delivered")[0]


def test_every_dev_crisis_is_recognised() -> None:
    """Recall 1.0 on tests/bot/crisis_dev.yml (its known misses, if any, are not asserted)."""
    missed = [text for text in DEV["crisis"] if not is_crisis(text)[0]]
    assert not missed, f"{len(missed)} of {len(DEV['crisis'])} missed: {missed[:20]}"


def test_no_dev_ordinary_message_is_crisis() -> None:
    """No false alarm on the hard not-crisis messages of tests/bot/crisis_dev.yml."""
    false = [text for text in DEV["not_crisis"] if is_crisis(text)[0]]
    assert not false, f"{len(false)} of {len(DEV['not_crisis'])} flagged: {false[:20]}"


def test_dev_set_is_big_enough_and_has_no_duplicates() -> None:
    texts = DEV["crisis"] + DEV["not_crisis"]
    assert len(DEV["crisis"]) >= 210 and len(DEV["not_crisis"]) >= 150
    assert len(set(texts)) == len(texts)
    for row in DEV.get("crisis_known_misses") or []:
        assert row["text"] and row["reason"]


@pytest.mark.parametrize(
    "text",
    [
        "he's got his hands round my throat",
        "my boyfriend just punched me and hes still here",
        "hes threatening to kill me and the kids",
        "mae'r gŵr yn fy nghuro i nawr",
        "mae o'n fy nharo i",
    ],
)
def test_abuse_now_is_flagged_in_english_and_welsh(text: str) -> None:
    assert is_crisis(text) == (True, True)


@pytest.mark.parametrize(
    ("text", "crisis"),
    [
        # past events and service questions about the same words are not a crisis now
        ("i had suicidal thoughts years ago and want some counselling", False),
        ("my brother took his own life last year, is there a support group", False),
        ("suicide prevention training for our volunteers", False),
        ("i self harmed as a teenager", False),
        # ...unless something says it is happening now
        ("i self harmed years ago and i did it again tonight", True),
        ("i took an overdose last year and ive taken another one now, right now", True),
        # negation
        ("im not suicidal, i just need help with money", False),
        # phone spellings and typos of the long words
        ("feelin sucidal 2nite", True),
        ("my dad is unconcious", True),
    ],
)
def test_past_service_and_negated_mentions(text: str, crisis: bool) -> None:
    assert is_crisis(text)[0] is crisis
