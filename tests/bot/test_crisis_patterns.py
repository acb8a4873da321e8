"""Crisis patterns: recall first, but figures of speech and safe statements are not crisis.

The cases are written by kind of danger, not copied from the evaluation sets.
"""

from __future__ import annotations

import pytest

from bot.crisis_patterns import is_crisis

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
