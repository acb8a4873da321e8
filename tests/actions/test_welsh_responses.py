"""Every response has a Welsh (cy) variation that can stand in for the English one.

Rasa 3.6 picks, in order: variations whose condition matches and whose channel matches, then
the default with a matching channel, then condition-matching ones without a channel, then
the default. So a Welsh variation without a channel would lose to the English ``channel:
sms`` one: every channel the English has, the Welsh must have too.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from channels.sms_text import fit, options_text, segments, utf16_units

ROOT = Path(__file__).resolve().parent.parent.parent
MAX_SEGMENTS = 3
UCS2_THREE_SEGMENTS = 3 * 67
# Lists the code splits on commas (wording.py, console/desk.py).
LISTS = ("utter_fmt_weekdays", "utter_fmt_months", "utter_fmt_am_pm")
# Short, typical values; the second set has a Welsh letter, which makes the SMS UCS-2.
PLAIN_VALUES = {
    "place": "Rhyl",
    "need_label": "bwyd",
    "radius": "10",
    "number": "1",
    "name": "Banc Bwyd Rhyl",
    "organisation": "Trussell",
    "sms_distance": "0.4 milltir i ffwrdd",
    "distance": "0.4 milltir i ffwrdd. ",
    "opening": "Ar agor nawr tan 5yh",
    "sms_contact": "01745 123456 LL18 1AA",
    "contact": "01745 123456 - LL18 1AA",
    "phones": "01745 123456",
    "address": "1 Stryd Fawr, LL18 1AA",
    "link": "https://example.org",
    "checked": "3 Maw 2025",
    "description": "Parseli bwyd",
    "tenant": "Cyngor Sir Ddinbych",
    "opens": "yfory 9yb",
    "miles": "0.4",
    "time": "5yh",
    "day": "yfory",
    "n": "1",
    "title": "Bwyd",
    "numbers": "1, 2 neu 3",
}
WELSH_LETTER_VALUES = {
    **PLAIN_VALUES,
    "place": "Tŷ Croes",
    "name": "Canolfan Tŷ Hapus",
    "tenant": "Cyngor Môn",
}
NUMBER = re.compile(r"\d+(?: \d+)*")


@pytest.fixture(scope="module")
def responses() -> dict[str, list[dict[str, Any]]]:
    domain = YAML(typ="safe").load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return domain["responses"]


def is_welsh(variant: dict[str, Any]) -> bool:
    return any(
        c.get("type") == "slot" and c.get("name") == "language" and c.get("value") == "cy"
        for c in variant.get("condition") or []
    )


def english(variants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in variants if not v.get("condition")]


def welsh(variants: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in variants if is_welsh(v)]


def pairs(responses: dict[str, list[dict[str, Any]]]):
    """(name, English variant, Welsh variant) for each channel (None: no channel)."""
    for name, variants in responses.items():
        for cy in welsh(variants):
            en = next(v for v in english(variants) if v.get("channel") == cy.get("channel"))
            yield name, en, cy


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def fill(text: str, values: dict[str, str]) -> str:
    return text.format(**{name: values[name] for name in placeholders(text)})


def cy_text(responses: dict[str, list[dict[str, Any]]], name: str, channel: str | None) -> str:
    variants = welsh(responses[name])
    chosen = next((v for v in variants if v.get("channel") == channel), None)
    chosen = chosen or next(v for v in variants if not v.get("channel"))
    return chosen["text"]


def sent_by_sms(responses: dict[str, list[dict[str, Any]]]):
    """(name, Welsh variant) for what a Welsh resident gets by SMS, fragments aside."""
    for name, variants in responses.items():
        if name.startswith("utter_fmt_") or name in ("utter_gw_sms_option", "utter_gw_sms_reply"):
            continue
        cy = welsh(variants)
        chosen = next((v for v in cy if v.get("channel") == "sms"), None)
        if chosen is None and not any(v.get("channel") == "sms" for v in english(variants)):
            chosen = next((v for v in cy if not v.get("channel")), None)
        if chosen is not None:
            yield name, chosen


def sms_text(responses: dict[str, list[dict[str, Any]]], variant: dict, values: dict) -> str:
    """The variant as the gateway sends it: text, then its buttons as numbered options."""
    text = fill(variant["text"], values)
    buttons = variant.get("buttons") or []
    if not buttons:
        return text
    options = options_text(
        [b["title"] for b in buttons],
        line=cy_text(responses, "utter_gw_sms_option", "sms"),
        reply=cy_text(responses, "utter_gw_sms_reply", "sms"),
        join_last=cy_text(responses, "utter_fmt_or", "sms"),
    )
    return f"{text}\n{options}"


def test_every_response_has_a_welsh_variant(responses: dict) -> None:
    missing = [name for name, variants in responses.items() if not welsh(variants)]
    assert missing == []


def test_welsh_variants_cover_exactly_the_english_channels(responses: dict) -> None:
    for name, variants in responses.items():
        en = [v.get("channel") for v in english(variants)]
        cy = [v.get("channel") for v in welsh(variants)]
        assert sorted(cy, key=str) == sorted(en, key=str), name


def test_welsh_variants_come_after_the_english_ones(responses: dict) -> None:
    """The gateway and actions/wording.py take the first matching variant as English."""
    for name, variants in responses.items():
        flags = [is_welsh(v) for v in variants]
        assert flags == sorted(flags), name


def test_welsh_variants_keep_the_placeholders(responses: dict) -> None:
    for name, en, cy in pairs(responses):
        assert placeholders(cy["text"]) == placeholders(en["text"]), name


def test_welsh_variants_keep_buttons_and_other_keys(responses: dict) -> None:
    for name, en, cy in pairs(responses):
        assert set(cy) - {"condition"} == set(en), name
        en_buttons, cy_buttons = en.get("buttons") or [], cy.get("buttons") or []
        assert [b["payload"] for b in cy_buttons] == [b["payload"] for b in en_buttons], name
        assert all(b["title"].strip() for b in cy_buttons), name


def test_welsh_variants_keep_every_number(responses: dict) -> None:
    """Phone numbers, 999, "press 55", "option 2", example postcodes: none lost or changed."""
    for name, en, cy in pairs(responses):
        assert set(NUMBER.findall(en["text"])) <= set(NUMBER.findall(cy["text"])), name


def test_welsh_crisis_variants_give_the_verified_numbers(responses: dict) -> None:
    crisis = " ".join(v["text"] for v in welsh(responses["utter_crisis"]))
    for number in ("999", "116 123", "85258", "111", "0808 164 0123"):
        assert number in crisis
    for variant in welsh(responses["utter_crisis_abuse"]):
        assert "999" in variant["text"] and "0808 2000 247" in variant["text"]


@pytest.mark.parametrize("values", [PLAIN_VALUES, WELSH_LETTER_VALUES], ids=["gsm", "ucs2"])
def test_welsh_sms_fits_three_segments(responses: dict, values: dict) -> None:
    checked = 0
    for name, variant in sent_by_sms(responses):
        # Even when a Welsh letter makes it UCS-2, the wording alone fits three segments.
        assert utf16_units(variant["text"]) <= UCS2_THREE_SEGMENTS, name
        assert segments(sms_text(responses, variant, values)) <= MAX_SEGMENTS, name
        checked += 1
    assert checked > 40


def test_welsh_fragments_keep_their_shape(responses: dict) -> None:
    for name, en, cy in pairs(responses):
        if not name.startswith("utter_fmt_"):
            continue
        en_text, cy_text_ = en["text"], cy["text"]
        assert len(cy_text_.split(",")) == len(en_text.split(",")), name
        assert all(part.strip() for part in cy_text_.split(",")), name
        lead = re.compile(r"^\s*")
        trail = re.compile(r"[\s.:]*$")
        assert lead.match(cy_text_).group() == lead.match(en_text).group(), name
        assert trail.search(cy_text_).group() == trail.search(en_text).group(), name
    assert len(cy_text(responses, "utter_fmt_weekdays", None).split(",")) == 7
    assert len(cy_text(responses, "utter_fmt_months", None).split(",")) == 12
    assert len(cy_text(responses, "utter_fmt_am_pm", None).split(",")) == 2


def welsh_card(responses: dict, number: int) -> str:
    """An SMS result card worded entirely from the Welsh fragments."""
    distance = fill(cy_text(responses, "utter_fmt_distance", None), {"miles": "12.5"})
    day = cy_text(responses, "utter_fmt_weekdays", None).split(",")[2]
    morning, _ = cy_text(responses, "utter_fmt_am_pm", None).split(",")
    opening = fill(
        cy_text(responses, "utter_fmt_opens", None), {"day": day, "time": f"10{morning}"}
    )
    values = {
        **PLAIN_VALUES,
        "number": str(number),
        "name": "Citizens Advice Denbighshire",
        "sms_distance": distance.strip().rstrip("."),
        "opening": opening,
        "sms_contact": "01745 123456 LL18 1AA",
    }
    return fill(cy_text(responses, "utter_service_card", "sms"), values)


def test_welsh_results_fit_one_sms_whole(responses: dict) -> None:
    """Intro, three cards and the options, as the gateway joins them, lose nothing."""
    parts = [
        fill(cy_text(responses, "utter_results_widened", "sms"), PLAIN_VALUES),
        *(welsh_card(responses, n) for n in (1, 2, 3)),
        cy_text(responses, "utter_results_options", "sms"),
    ]
    fitted = fit(parts, max_segments=MAX_SEGMENTS)
    assert fitted.dropped == 0 and not fitted.truncated
    assert fitted.encoding == "GSM-7"


def test_welsh_crisis_and_offer_fit_one_sms_whole(responses: dict) -> None:
    for crisis in ("utter_crisis", "utter_crisis_abuse"):
        parts = [
            cy_text(responses, crisis, "sms"),
            cy_text(responses, "utter_offer_person_urgent", "sms"),
        ]
        fitted = fit(parts, max_segments=MAX_SEGMENTS)
        assert fitted.dropped == 0 and not fitted.truncated, crisis
        assert fitted.encoding == "GSM-7", crisis
