"""Which language a resident writes in: Welsh (cy) or English (en).

The gateway decides each conversation's language and tells Rasa in every message's
metadata; every response exists in both (``condition`` on the ``language`` slot). It is set
by, in order of strength: the resident saying "Cymraeg" or "English" at any point, the
widget's language toggle, and the first message's language, detected here. The tenant's
first language is only the starting point.

Detection is deliberately simple and explainable: Welsh has many short, frequent words
and spellings that English never uses (``dw``, ``yn``, ``fy``, ``angen``, ``efo``, ``isio``,
``mae``, ``diolch``…). A message is Welsh when enough of its words are such markers. It
works without diacritics and on mixed Welsh-English messages ("oes food bank yn Rhyl?").
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGES = ("en", "cy")
SWITCH = {
    "cymraeg": "cy",
    "yn cymraeg": "cy",
    "welsh": "cy",
    "in welsh": "cy",
    "english": "en",
    "saesneg": "en",
    "yn saesneg": "en",
    "in english": "en",
}
# Frequent Welsh words (and mutated forms) that are not also English words ("am", "at",
# "hi", "plant", "dad" are left out). Place names are not markers: "Llandudno" in an
# English message is English.
WELSH = frozenset(
    """
    a'r acw adref aelod amdani amdano angen arian beth bore bobl bwyd fwyd mwyd byw byth
    cael gael chael cartref gartref chi chdi cyngor gyngor cymorth gymorth cymraeg dach dw
    dwi dwr dŵr dydw dyw dyna dyma efo ei eich eisiau ellir eto fy fo gennyf gennym genna
    gwaith waith gyda hefyd helo hwn hwnna hyn i'r isio iawn mae ma'n mewn mond moyn nad
    nain naill neu nhw ni nid nos o'r oedd oes ond pam plis pobl rhaid rhent rwan rŵan rydw
    rydych shwmae sut sydd syth tŷ tai trwy unrhyw wedi wrth wyf yn yng ym ydw ydy ydi ydych
    yma ymlaen yr ysgol diolch nawr bydd fydd hwyl fory gwely ffrind teulu deulu ffôn ble
    lle cyn dros heddiw heno ddim sgen sgin
    """.split()
)
# Unambiguous even alone: greetings and thanks that decide a one-word message.
STRONG = frozenset(
    {"diolch", "shwmae", "helo", "bore da", "prynhawn da", "noswaith dda", "sut mae"}
)
WORD = re.compile(r"[a-zŵŷâêîôûïäëöüáéíóú']+")


def _plain(text: str) -> str:
    return unicodedata.normalize("NFC", text.lower().replace("’", "'"))


def switch_request(text: str) -> str | None:
    """ "Cymraeg", "English please", "yn Gymraeg" → the language asked for, else None."""
    words = " ".join(WORD.findall(_plain(text)))
    words = re.sub(r"\b(please|plis|os gwelwch yn dda|diolch)\b", "", words).strip()
    words = words.replace("gymraeg", "cymraeg")
    return SWITCH.get(words)


def detect(text: str) -> str | None:
    """ "cy" or "en" when the text says clearly enough; None when too short to tell."""
    plain = _plain(text)
    if any(phrase in plain for phrase in STRONG):
        return "cy"
    words = WORD.findall(plain)
    if len(words) < 2:
        return None
    welsh = sum(1 for word in words if word in WELSH)
    share = welsh / len(words)
    if welsh >= 2 and share >= 0.25:
        return "cy"
    if share == 0 and len(words) >= 3:
        return "en"
    return None
