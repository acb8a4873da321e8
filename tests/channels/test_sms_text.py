"""SMS text: GSM-7/UCS-2 segment counting, plain characters, numbered options and fitting."""

from __future__ import annotations

import random
import re

import pytest

from channels.sms_text import (
    GSM7,
    GSM7_BASIC,
    GSM7_BASIC_TABLE,
    GSM7_EXTENSION,
    UCS2,
    NumberedOptions,
    choice,
    encoding,
    fit,
    is_gsm7,
    numbered_options,
    option_lines,
    options_text,
    prefer_gsm,
    segments,
    septets,
    split_segments,
    units,
    utf16_units,
)

EMOJI = "\U0001f600"  # 😀, outside the BMP: two UTF-16 code units
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # 👨‍👩‍👧, three emoji joined by ZWJ


# --- Encoding ------------------------------------------------------------------------------


def test_basic_table_is_the_full_gsm_default_alphabet() -> None:
    assert [len(row) for row in GSM7_BASIC_TABLE] == [16] * 8
    assert len(GSM7_BASIC) == 127  # 128 codes less the escape
    assert "\x1b" not in GSM7_BASIC
    assert set("£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉÄÖÑÜ§¿äöñüà¡¤@ \n\r") <= GSM7_BASIC
    assert set("^{}\\[~]|€\f") == GSM7_EXTENSION
    assert not GSM7_BASIC & GSM7_EXTENSION


@pytest.mark.parametrize(
    "text", ["£", "é", "è", "à", "Ç", "ß", "Δ", "@", "$", "¤", "\n", "\r", "€", "[", "^", "~", "|"]
)
def test_gsm7_characters(text: str) -> None:
    assert is_gsm7(text)
    assert encoding(f"Open {text} today") == GSM7


@pytest.mark.parametrize(
    "text", ["á", "â", "ê", "ŵ", "ŷ", "ç", "’", "‘", "“", "–", "…", "\u00a0", "\t", "`", EMOJI]
)
def test_ucs2_characters(text: str) -> None:
    assert not is_gsm7(text)
    assert encoding(f"Open {text} today") == UCS2


def test_empty_text_is_gsm7() -> None:
    assert encoding("") == GSM7


def test_extension_characters_count_two_septets() -> None:
    assert septets("abc") == 3
    assert septets("€") == 2
    assert septets("[x]") == 5
    assert septets("^{}\\[~]|€\f") == 20
    assert septets("£é") == 2


def test_septets_refuses_ucs2_text() -> None:
    with pytest.raises(ValueError, match="UCS-2"):
        septets("Dŵr")


def test_utf16_units_count_emoji_twice() -> None:
    assert utf16_units(EMOJI) == 2
    assert utf16_units(f"a{EMOJI}") == 3
    assert utf16_units("ŵ’") == 2
    assert units(f"Hi {EMOJI}") == 5
    assert units("Hi €") == 5  # GSM-7: septets


# --- Segments ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "expected"),
    [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4)],
)
def test_gsm7_segments(length: int, expected: int) -> None:
    assert segments("a" * length) == expected


@pytest.mark.parametrize(
    ("length", "expected"),
    [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)],
)
def test_ucs2_segments(length: int, expected: int) -> None:
    assert segments("ŵ" * length) == expected


def test_empty_text_has_no_segments() -> None:
    assert segments("") == 0
    assert split_segments("") == []


def test_extension_character_takes_two_septets_of_the_segment() -> None:
    assert segments("a" * 158 + "€") == 1  # 160 septets
    assert segments("a" * 159 + "€") == 2  # 161 septets
    assert segments("a" * 159 + "[") == 2


def test_one_ucs2_character_changes_the_whole_message() -> None:
    assert segments("a" * 150) == 1
    assert segments("a" * 149 + "á") == 3  # 150 UTF-16 units in segments of 67
    assert segments("a" * 149 + "’") == 3


def test_emoji_counts_two_units() -> None:
    assert segments(EMOJI * 35) == 1  # 70 units
    assert segments(EMOJI * 36) == 2  # 72 units
    assert segments("a" * 69 + EMOJI) == 2  # 71 units


def test_an_escape_pair_is_not_split_across_segments() -> None:
    # 306 septets would be 2 segments of 153, but the euro cannot straddle the boundary.
    text = "a" * 152 + "€" + "a" * 152
    assert septets(text) == 306
    pieces = split_segments(text)
    assert len(pieces) == segments(text) == 3
    assert [septets(piece) for piece in pieces] == [152, 153, 1]
    assert pieces[1].startswith("€")
    assert "".join(pieces) == text


def test_a_surrogate_pair_is_not_split_across_segments() -> None:
    text = "ŵ" * 66 + EMOJI + "ŵ" * 66
    assert utf16_units(text) == 134
    pieces = split_segments(text)
    assert len(pieces) == segments(text) == 3
    assert [utf16_units(piece) for piece in pieces] == [66, 67, 1]
    assert pieces[1].startswith(EMOJI)
    assert "".join(pieces) == text


def test_split_segments_respects_capacity() -> None:
    rng = random.Random(3038)
    alphabet = "abc €[ŵ" + EMOJI
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        pieces = split_segments(text)
        assert "".join(pieces) == text
        assert len(pieces) == segments(text)
        if len(pieces) > 1:
            limit = 153 if encoding(text) == GSM7 else 67
            assert all(0 < units_in(piece, encoding(text)) <= limit for piece in pieces)


def units_in(piece: str, enc: str) -> int:
    return septets(piece) if enc == GSM7 else utf16_units(piece)


# --- prefer_gsm ----------------------------------------------------------------------------


def test_prefer_gsm_makes_typographic_english_gsm7() -> None:
    plain = prefer_gsm("It’s open – 9am…")
    assert plain == "It's open - 9am..."
    assert encoding(plain) == GSM7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘single’ ‚low‛", "'single' 'low'"),
        ("“double” „low‟", '"double" "low"'),
        ("a – b — c ‐ d ‑ e − f", "a - b - c - d - e - f"),
        ("Wait…", "Wait..."),
        ("10\u00a0am, 5\u202fpm, thin\u2009space, ideographic\u3000space", None),
        ("Food • Clothes · Advice", "Food - Clothes - Advice"),
        ("3 × 2", "3 x 2"),
        ("zero\u200bwidth\u2060joiner\ufeff soft\u00adhyphen", "zerowidthjoiner softhyphen"),
        ("a\u200db\u200cc", "abc"),
        ("one\u2028two", "one\ntwo"),
        ("tab\there", "tab here"),
        ("Café £5 – €3", "Café £5 - €3"),
    ],
)
def test_prefer_gsm_replacements(text: str, expected: str | None) -> None:
    plain = prefer_gsm(text)
    if expected is not None:
        assert plain == expected
    assert encoding(plain) == GSM7


def test_prefer_gsm_keeps_welsh_letters() -> None:
    assert prefer_gsm("Dŵr") == "Dŵr"
    assert encoding(prefer_gsm("Dŵr")) == UCS2
    letters = "ŵŷâêîôûïëáéíóúẁẃẅỳýÿŴŶÂÊÎÔÛ"
    assert prefer_gsm(letters) == letters


def test_prefer_gsm_in_welsh_still_changes_quotes_but_keeps_the_one_unit_ellipsis() -> None:
    # "..." would cost three UCS-2 units for no gain: the message is UCS-2 anyway.
    assert prefer_gsm("Mae’r dŵr – ar gael…") == "Mae'r dŵr - ar gael…"


def test_prefer_gsm_keeps_emoji_and_their_joiners() -> None:
    assert prefer_gsm(f"Open {EMOJI}") == f"Open {EMOJI}"
    assert prefer_gsm(f"Families {FAMILY} welcome") == f"Families {FAMILY} welcome"
    assert prefer_gsm("Thanks \u2764\ufe0f") == "Thanks \u2764\ufe0f"


def test_prefer_gsm_leaves_gsm_text_alone_and_is_idempotent() -> None:
    text = "Kingston Food Bank, 0.4 miles, open until 5pm. Call 020 7946 0795 [ref] €2"
    assert prefer_gsm(text) == text
    messy = "It’s “open” – 9am… • Dŵr"
    assert prefer_gsm(prefer_gsm(messy)) == prefer_gsm(messy)


def test_prefer_gsm_saves_segments() -> None:
    text = "We’re open – " * 12  # 156 characters
    assert segments(text) == 3
    assert segments(prefer_gsm(text)) == 1


# --- Numbered options ----------------------------------------------------------------------

BUTTONS = [
    {"title": "More options", "payload": "/more_results"},
    {"title": "Text me these", "payload": "/send_sms"},
    {"title": "Talk to a person", "payload": "/request_human"},
]


def test_options_text() -> None:
    titles = ["More options", "Text me these", "Talk to a person"]
    text = options_text(titles, reply="Reply {numbers}", join_last=" or ")
    assert text == "1 More options\n2 Text me these\n3 Talk to a person\nReply 1, 2 or 3"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "Reply 1"), (2, "Reply 1 or 2"), (4, "Reply 1, 2, 3 or 4")],
)
def test_reply_line_joins_the_numbers(count: int, expected: str) -> None:
    lines = option_lines(["x"] * count, reply="Reply {numbers}", join_last=" or ")
    assert lines[-1] == expected
    assert len(lines) == count + 1


def test_no_options_give_no_text() -> None:
    assert options_text([], reply="Reply {numbers}", join_last=" or ") == ""
    assert numbered_options([], reply="Reply {numbers}", join_last=" or ") == NumberedOptions(
        (), ()
    )


def test_the_words_come_from_the_caller() -> None:
    text = options_text(
        ["Mwy o ddewisiadau", "Siarad â pherson"],
        reply="Atebwch {numbers}",
        join_last=" neu ",
        line="{n}. {title}",
    )
    assert text == "1. Mwy o ddewisiadau\n2. Siarad â pherson\nAtebwch 1 neu 2"
    assert options_text(["a", "b", "c"], reply="{numbers}?", join_last="/", join="/") == (
        "1 a\n2 b\n3 c\n1/2/3?"
    )
    with pytest.raises(TypeError):
        options_text(["a"])  # type: ignore[call-arg]  # no English defaults


def test_titles_are_kept_on_one_line() -> None:
    assert option_lines(["Talk to\n a  person"], reply="{numbers}", join_last="")[0] == (
        "1 Talk to a person"
    )


def test_numbered_options_map_numbers_to_payloads() -> None:
    options = numbered_options(BUTTONS, reply="Reply {numbers}", join_last=" or ")
    assert options.text == "1 More options\n2 Text me these\n3 Talk to a person\nReply 1, 2 or 3"
    assert options.lines[-1] == "Reply 1, 2 or 3"
    assert options.payloads == ("/more_results", "/send_sms", "/request_human")
    assert options.payload_for("2") == "/send_sms"
    assert options.payload_for(" 3. ") == "/request_human"
    assert options.payload_for("4") is None
    assert options.payload_for("food bank") is None


# --- choice --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("2", 2),
        (" 2 ", 2),
        ("2.", 2),
        ("#2", 2),
        ("(2)", 2),
        ("2!", 2),
        ("\n3\n", 3),
        ("'1'", 1),
        ("2\ufe0f\u20e3", 2),  # keycap emoji 2️⃣
    ],
)
def test_choice_accepts_a_bare_number(reply: str, expected: int) -> None:
    assert choice(reply, 3) == expected


@pytest.mark.parametrize(
    "reply",
    ["2 bedrooms", "KT1 3LY", "20", "0", "4", "", "  ", "two", "1 2", "1,2", "no. 2", "option 2"],
)
def test_choice_refuses_anything_else(reply: str) -> None:
    assert choice(reply, 3) is None


def test_choice_with_no_options() -> None:
    assert choice("1", 0) is None


# --- fit -----------------------------------------------------------------------------------


def words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


def test_fit_keeps_everything_that_fits() -> None:
    fitted = fit(["Kingston Food Bank", "Open until 5pm"], tail=["1 More", "Reply 1"])
    assert fitted.text == "Kingston Food Bank\nOpen until 5pm\n1 More\nReply 1"
    assert (fitted.segments, fitted.encoding, fitted.dropped, fitted.truncated) == (
        1,
        GSM7,
        0,
        False,
    )


def test_fit_drops_whole_parts_from_the_end() -> None:
    parts = ["a" * 200, "b" * 200, "c" * 200]
    fitted = fit(parts)
    assert fitted.text == "a" * 200 + "\n" + "b" * 200
    assert fitted.dropped == 1
    assert not fitted.truncated
    assert fitted.segments == 3


def test_fit_counts_the_encoding_of_the_result() -> None:
    # With the Welsh line the whole message would be UCS-2: 300 + 1 + 3 units, 5 segments.
    fitted = fit(["a" * 300, "Dŵr"])
    assert fitted.text == "a" * 300
    assert fitted.encoding == GSM7
    assert fitted.dropped == 1
    # Alone, a short Welsh line fits and makes the message UCS-2.
    welsh = fit(["Dŵr", "a" * 100])
    assert welsh.encoding == UCS2
    assert welsh.segments == 2
    assert welsh.dropped == 0


def test_fit_keeps_the_tail_and_drops_body_parts() -> None:
    options = numbered_options(BUTTONS, reply="Reply {numbers}", join_last=" or ")
    parts = [f"{n}. " + words(30, "service") for n in range(1, 6)]
    fitted = fit(parts, tail=options.lines)
    assert fitted.text.endswith("\n" + options.text)
    assert fitted.segments <= 3
    assert fitted.dropped > 0
    kept = len(parts) - fitted.dropped
    assert fitted.text == "\n".join([*parts[:kept], *options.lines])


def test_fit_adds_more_lines_only_when_something_is_left_out() -> None:
    more = ["Reply MORE for the rest"]
    short = fit(["One service"], tail=["Reply 1"], more=more)
    assert "MORE" not in short.text
    long = fit(["a" * 200, "b" * 200, "c" * 200], tail=["Reply 1"], more=more)
    assert long.text == "a" * 200 + "\n" + "b" * 200 + "\nReply MORE for the rest\nReply 1"
    assert long.dropped == 1


def test_fit_truncates_the_first_part_at_a_word_boundary() -> None:
    part = words(150, "shelter")  # 1199 characters
    fitted = fit([part, "second"])
    assert fitted.truncated
    assert fitted.dropped == 1
    assert fitted.segments == 3
    assert fitted.text.endswith("shelter...")
    kept = fitted.text.removesuffix("...")
    assert part.startswith(kept)
    assert part[len(kept)] == " "
    # The longest such cut: one more word would not fit.
    assert segments(part[: len(kept) + len(" shelter")] + "...") > 3


def test_fit_truncation_does_not_leave_trailing_punctuation_before_the_ellipsis() -> None:
    fitted = fit([words(200, "open,")], max_segments=1)
    assert fitted.text.endswith("open...")
    assert fitted.segments == 1


def test_fit_truncation_keeps_the_tail() -> None:
    fitted = fit([words(300)], tail=["1 Talk to a person", "Reply 1"], max_segments=2)
    assert fitted.truncated
    assert fitted.segments <= 2
    assert fitted.text.endswith("word...\n1 Talk to a person\nReply 1")


@pytest.mark.parametrize(
    "token",
    [
        "https://www.kingston.gov.uk/benefits/cost-of-living-support",
        "http://example.org/food",
        "www.example.org/housing-advice",
        "020 7946 0795",
        "+44 (0)20 7946 0795",
        "0800 123 4567",
    ],
)
def test_fit_never_cuts_an_address_or_phone_number(token: str) -> None:
    for before in range(100, 158):  # "a" * before + "..." always fits one segment
        part = "a" * before + " " + token + " " + words(40)
        fitted = fit([part], max_segments=1)
        assert fitted.segments == 1
        assert fitted.truncated
        kept = fitted.text.removesuffix("...").rstrip()
        if token in fitted.text:
            assert fitted.text.startswith("a" * before + " " + token + " ")
        else:
            assert kept == "a" * before
        if kept.endswith(token):  # a space keeps the dots out of the link the phone makes
            assert fitted.text.endswith(token + " ...")


def test_fit_drops_a_first_part_that_is_only_a_long_address() -> None:
    url = "https://example.org/" + "x" * 600
    fitted = fit([url], tail=["Reply 1"])
    assert fitted.text == "Reply 1"
    assert fitted.dropped == 1
    assert not fitted.truncated


def test_fit_cuts_inside_a_first_word_that_is_not_an_address() -> None:
    fitted = fit(["x" * 1000], max_segments=1)
    assert fitted.text == "x" * 157 + "..."
    assert fitted.truncated


def test_fit_with_a_tail_too_long_to_keep_still_fits() -> None:
    tail = [words(40, "option") for _ in range(4)]  # about 1200 characters
    fitted = fit(["Intro"], tail=tail, more=["Reply MORE"])
    assert fitted.segments <= 3
    assert fitted.text.startswith("Intro\n")
    assert "MORE" not in fitted.text


def test_fit_max_segments_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_segments"):
        fit(["x"], max_segments=0)


def test_fit_with_a_ucs2_ellipsis() -> None:
    fitted = fit([words(200)], max_segments=2, ellipsis="…")
    assert fitted.text.endswith("word…")
    assert fitted.encoding == UCS2
    assert fitted.segments == 2


def test_fit_nothing() -> None:
    fitted = fit([])
    assert fitted.text == ""
    assert fitted.segments == 0
    assert fitted.dropped == 0


# Random answers: words in GSM-7 and not, addresses, phone numbers, emoji, extension characters.
VOCABULARY = [
    "food", "bank", "open", "until", "5pm", "miles", "Kingston", "café", "£3", "€2", "[free]",
    "{x}", "Dŵr", "Siôn", "It’s", "–", EMOJI, FAMILY, "a" * 30, "call", "we're", "KT1", "3LY",
]  # fmt: skip
URLS = [
    "https://www.kingston.gov.uk/foodbank",
    "http://example.org/a-rather-long-path/with/several/levels?and=query",
    "www.example.org/help",
]
PHONES = ["020 7946 0795", "0800 123 4567", "+44 (0)20 7946 0795"]
URL = re.compile(r"(?:https?://|www\.)\S+")


GSM_VOCABULARY = [word for word in VOCABULARY if is_gsm7(word)]


def random_part(rng: random.Random, vocabulary: list[str]) -> str:
    tokens = []
    for _ in range(rng.randint(1, 90)):
        roll = rng.random()
        if roll < 0.06:
            tokens.append(rng.choice(URLS))
        elif roll < 0.12:
            tokens.append(rng.choice(PHONES))
        else:
            tokens.append(rng.choice(vocabulary))
    return " ".join(tokens)


def test_fit_random_answers() -> None:
    rng = random.Random(20240603)
    for _ in range(500):
        vocabulary = rng.choice([VOCABULARY, GSM_VOCABULARY])
        parts = [random_part(rng, vocabulary) for _ in range(rng.randint(0, 5))]
        tail = [
            " ".join(rng.choices(vocabulary, k=rng.randint(1, 6))) for _ in range(rng.randint(0, 4))
        ]
        more = ["Reply MORE for more"] if rng.random() < 0.5 else []
        max_segments = rng.randint(1, 4)
        fitted = fit(parts, tail=tail, more=more, max_segments=max_segments)

        assert fitted.segments == segments(fitted.text) <= max_segments
        assert fitted.encoding == encoding(fitted.text)
        assert 0 <= fitted.dropped <= len(parts) + len(tail)
        # Addresses are whole: every one in the message is one of the originals.
        assert set(URL.findall(fitted.text)) <= set(URLS)

        tail_text = "\n".join(tail)
        if segments(tail_text) <= max_segments:
            # The tail is kept, at the end; the rest is a prefix of the parts.
            assert fitted.text.endswith(tail_text)
            if tail and fitted.text != tail_text:
                head = fitted.text[: len(fitted.text) - len(tail_text)]
                assert head.endswith("\n")
            kept = len(parts) - fitted.dropped
            if not fitted.truncated and (fitted.dropped == 0 or not more):
                assert fitted.text == "\n".join([*parts[:kept], *tail])
            if fitted.dropped == 0 and not fitted.truncated:
                assert fitted.text == "\n".join([*parts, *tail])

        if fitted.truncated:
            first = parts[0]
            cut = fitted.text.split("\n", 1)[0].removesuffix("...").rstrip()
            assert first.startswith(cut)
            # Never inside a phone number: it is either wholly kept or wholly left out.
            for phone in PHONES:
                for match in re.finditer(re.escape(phone), first):
                    assert not match.start() < len(cut) < match.end()
