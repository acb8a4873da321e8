"""Telling Welsh from English, and the words that switch language."""

import pytest

from channels.language import detect, switch_request


@pytest.mark.parametrize(
    "text",
    [
        "dwi angen banc bwyd yn Llandudno",
        "oes food bank yn Rhyl?",
        "mae'r bailiffs yn dod fory",
        "dw i isio help efo rhent",
        "mae mam yn unig iawn",
        "Diolch yn fawr",
        "shwmae",
        "dwi angen help efo council tax",
    ],
)
def test_welsh_including_without_accents_and_mixed_with_english(text):
    assert detect(text) == "cy"


@pytest.mark.parametrize(
    "text",
    [
        "need a food bank near KT1 3LY",
        "I am at the food bank in Llandudno now",
        "my mum is lonely",
        "the bailiffs are at the door",
        "I live in Llanrwst and need help with my rent",
    ],
)
def test_english_even_with_welsh_place_names(text):
    assert detect(text) == "en"


def test_too_short_to_tell():
    assert detect("hello") is None
    assert detect("LL30 2PU") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [("Cymraeg", "cy"), ("yn Gymraeg plis", "cy"), ("English please", "en"), ("Saesneg", "en")],
)
def test_asking_for_a_language(text, language):
    assert switch_request(text) == language
    assert switch_request("I speak English at home") is None
