"""Turning the assistant's answer into SMS text: encoding, segment counting and fitting.

An SMS travels in one of two encodings (GSM 03.38 / 3GPP TS 23.038):

* **GSM-7**, when every character is in the GSM default alphabet (below) or its extension
  table. A character costs one septet, an extension-table character two (an escape plus the
  character). One message holds 160 septets.
* **UCS-2** otherwise, for the *whole* message: one character outside GSM-7 (``á``, ``ŵ``, a
  curly ``’``, an emoji) switches every character to 16 bits. One message holds 70 UTF-16 code
  units; a character outside the Basic Multilingual Plane (most emoji) takes two.

A longer text is sent as a concatenated SMS: each segment gives up room to a header, leaving
153 septets or 67 code units, and the phone shows the segments as one message. Twilio does the
splitting and bills per segment, so we only count. Counting packs whole characters, never
splitting an escape pair or a surrogate pair across segments, as senders do.

We fit an answer to three segments (``fit``): each segment costs money, and a message longer
than a screen or two stops being read. ``prefer_gsm`` swaps typographic characters (curly
quotes, dashes, unusual spaces) for plain ones, so that an English answer stays GSM-7 and
keeps 160/153 characters per segment instead of 70/67. Letters are never changed: a Welsh
message with ``ŵ`` is simply UCS-2. (Twilio's Smart Encoding does much the same when it is
switched on; doing it here means the text we count is the text that is sent.)

Everything here is pure and language-neutral: the words a resident reads (``Reply 1, 2 or 3``)
come from the caller, i.e. from ``domain.yml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["GSM-7", "UCS-2"]
GSM7: Encoding = "GSM-7"
UCS2: Encoding = "UCS-2"

# The GSM 03.38 default alphabet, in code order, 16 characters a row. 0x1B is the escape to the
# extension table, not a character of its own: it is left out of the set below.
GSM7_BASIC_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅå",  # 0x00-0x0F
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ",  # 0x10-0x1F
    " !\"#¤%&'()*+,-./",  # 0x20-0x2F
    "0123456789:;<=>?",  # 0x30-0x3F
    "¡ABCDEFGHIJKLMNO",  # 0x40-0x4F
    "PQRSTUVWXYZÄÖÑÜ§",  # 0x50-0x5F
    "¿abcdefghijklmno",  # 0x60-0x6F
    "pqrstuvwxyzäöñüà",  # 0x70-0x7F
)
GSM7_BASIC = frozenset("".join(GSM7_BASIC_TABLE)) - {"\x1b"}
# The extension table: each costs an escape septet plus its own.
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
_GSM7 = GSM7_BASIC | GSM7_EXTENSION

SINGLE_SEGMENT = {GSM7: 160, UCS2: 70}
CONCATENATED_SEGMENT = {GSM7: 153, UCS2: 67}


# --- Encoding and segments ----------------------------------------------------------------


def is_gsm7(text: str) -> bool:
    """Whether every character of ``text`` can be sent in GSM-7."""
    return all(ch in _GSM7 for ch in text)


def encoding(text: str) -> Encoding:
    """``"GSM-7"`` when the whole text fits the GSM alphabet, else ``"UCS-2"``."""
    return GSM7 if is_gsm7(text) else UCS2


def septets(text: str) -> int:
    """GSM-7 length: extension-table characters (``^{}\\[~]|€`` and form feed) count 2.

    Raises ``ValueError`` for a text that is not GSM-7 (see ``units``).
    """
    if not is_gsm7(text):
        raise ValueError("text is not GSM-7; it is sent as UCS-2")
    return sum(_septet_width(ch) for ch in text)


def utf16_units(text: str) -> int:
    """UCS-2 length: UTF-16 code units, so a character outside the BMP (most emoji) counts 2."""
    return sum(_utf16_width(ch) for ch in text)


def units(text: str) -> int:
    """The length of ``text`` in the units of its own encoding (septets or UTF-16 units)."""
    return septets(text) if is_gsm7(text) else utf16_units(text)


def split_segments(text: str) -> list[str]:
    """The text of each segment, the way a sender splits it (for counting: Twilio splits).

    Up to 160 septets (GSM-7) or 70 code units (UCS-2) is one segment; longer text is packed
    greedily into segments of 153 / 67, never splitting a GSM escape pair or a UTF-16 surrogate
    pair, so a segment may hold one unit less than its capacity. The empty text has no
    segments.
    """
    enc = encoding(text)
    width = _septet_width if enc == GSM7 else _utf16_width
    if sum(width(ch) for ch in text) <= SINGLE_SEGMENT[enc]:
        return [text] if text else []
    capacity = CONCATENATED_SEGMENT[enc]
    pieces: list[str] = []
    start = used = 0
    for index, ch in enumerate(text):
        size = width(ch)
        if used + size > capacity:
            pieces.append(text[start:index])
            start, used = index, 0
        used += size
    pieces.append(text[start:])
    return pieces


def segments(text: str) -> int:
    """How many SMS segments ``text`` is billed as.

    The empty text counts 0: there is nothing to send (Twilio refuses a message with neither
    body nor media), so callers should not send it rather than pay for an empty segment.
    """
    return len(split_segments(text))


def _septet_width(ch: str) -> int:
    return 2 if ch in GSM7_EXTENSION else 1


def _utf16_width(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


# --- Plain characters ---------------------------------------------------------------------

_PLAIN: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′", "'"),  # curly single quotes, prime
    **dict.fromkeys("“”„‟″", '"'),  # curly double quotes, double prime
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),  # hyphens, dashes, minus
    **dict.fromkeys("\u00a0\u1680\u202f\u205f\u3000\t", " "),  # no-break and other spaces, tab
    **dict.fromkeys(map(chr, range(0x2000, 0x200B)), " "),  # en quad .. hair space
    **dict.fromkeys("\u2028\u2029", "\n"),  # line and paragraph separators
    **dict.fromkeys("•·‣⁃∙◦", "-"),  # bullets and middle dots (already between spaces)
    "×": "x",
}
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"  # zero-width space, word joiner, BOM, soft hyphen
_TO_PLAIN = str.maketrans({**_PLAIN, **dict.fromkeys(_INVISIBLE, None)})
# Joiners and direction marks matter next to emoji and some scripts (a family emoji is three
# emoji joined by ZWJ), so they are removed only where they sit between GSM characters.
_JOINERS = frozenset("\u200c\u200d\u200e\u200f")


def prefer_gsm(text: str) -> str:
    """Replace characters that force UCS-2 but have a plain GSM-7 equivalent.

    Curly quotes become ``'`` and ``"``, dashes ``-``, unusual spaces a space, bullets and
    middle dots ``-``, ``×`` ``x``; zero-width characters go. Letters with no GSM-7 form
    (Welsh ``ŵ ŷ â``, ``á``) and emoji stay as they are, so such a text stays UCS-2. The
    ellipsis ``…`` becomes ``...`` only when that makes the whole text GSM-7: in UCS-2 it is
    one unit and ``...`` would be three.
    """
    plain = text.translate(_TO_PLAIN)
    if any(ch in _JOINERS for ch in plain):
        plain = "".join(
            ch
            for index, ch in enumerate(plain)
            if ch not in _JOINERS
            or not _is_gsm7_or_edge(plain, index - 1)
            or not _is_gsm7_or_edge(plain, index + 1)
        )
    dotted = plain.replace("…", "...")
    return dotted if is_gsm7(dotted) else plain


def _is_gsm7_or_edge(text: str, index: int) -> bool:
    return not 0 <= index < len(text) or text[index] in _GSM7


# --- Numbered options ---------------------------------------------------------------------


@dataclass(frozen=True)
class NumberedOptions:
    """Buttons as SMS lines: option ``n`` is ``lines[n - 1]`` and sends ``payloads[n - 1]``."""

    lines: tuple[str, ...]
    payloads: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def payload_for(self, reply_text: str) -> str | None:
        """The payload a resident's reply picks (``"2"`` → the second), or ``None``."""
        number = choice(reply_text, len(self.payloads))
        return None if number is None else self.payloads[number - 1]


def option_lines(
    titles: Sequence[str],
    *,
    reply: str,
    join_last: str,
    join: str = ", ",
    line: str = "{n} {title}",
) -> list[str]:
    """One line per title, ``line.format(n=..., title=...)``, then the ``reply`` line.

    ``reply`` holds ``{numbers}``, filled with the numbers joined by ``join`` and, before the
    last, ``join_last``: ``reply="Reply {numbers}", join_last=" or "`` gives
    ``Reply 1, 2 or 3``; one option gives ``Reply 1``. No titles give no lines.
    """
    if not titles:
        return []
    numbers = [str(n) for n in range(1, len(titles) + 1)]
    joined = numbers[0] if len(numbers) == 1 else join.join(numbers[:-1]) + join_last + numbers[-1]
    lines = [line.format(n=n, title=" ".join(title.split())) for n, title in enumerate(titles, 1)]
    return [*lines, reply.format(numbers=joined)]


def options_text(
    titles: Sequence[str],
    *,
    reply: str,
    join_last: str,
    join: str = ", ",
    line: str = "{n} {title}",
) -> str:
    """``option_lines`` joined by newlines, e.g. ``"1 More options\\n2 Call me\\nReply 1 or 2"``."""
    return "\n".join(option_lines(titles, reply=reply, join_last=join_last, join=join, line=line))


def numbered_options(
    buttons: Sequence[Mapping[str, str]],
    *,
    reply: str,
    join_last: str,
    join: str = ", ",
    line: str = "{n} {title}",
) -> NumberedOptions:
    """Rasa buttons (``{"title": ..., "payload": ...}``) as numbered lines and their payloads."""
    titles = [button["title"] for button in buttons]
    return NumberedOptions(
        lines=tuple(option_lines(titles, reply=reply, join_last=join_last, join=join, line=line)),
        payloads=tuple(button["payload"] for button in buttons),
    )


_AROUND_CHOICE = r"[\s#.,:;!?()\[\]'\"*]*"
_CHOICE = re.compile(_AROUND_CHOICE + r"(\d+)(?:\ufe0f?\u20e3)?" + _AROUND_CHOICE)


def choice(reply_text: str, count: int) -> int | None:
    """The option number a reply picks, if the reply is just a number from 1 to ``count``.

    Whitespace and punctuation around it are allowed (``" 2 "``, ``"2."``, ``"#2"``, ``"(2)"``,
    and the keycap emoji ``2️⃣``); anything with words or other numbers (``"2 bedrooms"``,
    ``"KT1 3LY"``, ``"no. 2"``) or out of range (``"20"``, ``"0"``) gives ``None``.
    """
    match = _CHOICE.fullmatch(reply_text)
    if match is None:
        return None
    number = int(match.group(1))
    return number if 1 <= number <= count else None


# --- Fitting an answer --------------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    """An answer cut to size.

    ``dropped`` counts the parts left out entirely; ``truncated`` says the first part was cut
    at a word boundary and ends with the ellipsis.
    """

    text: str
    segments: int
    encoding: Encoding
    dropped: int = 0
    truncated: bool = False


def fit(
    parts: Sequence[str],
    *,
    tail: Sequence[str] = (),
    more: Sequence[str] = (),
    max_segments: int = 3,
    ellipsis: str = "...",
) -> Fitted:
    """The most of ``parts`` (then ``tail``) that fits in ``max_segments``, joined by newlines.

    ``parts`` are the answer's lines in order of importance. ``tail`` lines (e.g. the numbered
    options and their reply line) are always kept at the end when they fit at all, and the
    parts are dropped from the end to make room. When something was left out, the ``more``
    lines (e.g. ``"Reply MORE for the rest"``, from the caller) go between the parts and the
    tail. If not even the first part fits whole, it is cut at a word boundary and ends with
    ``ellipsis``; a web address or phone number is kept whole or left out whole.

    Segments are counted for the resulting text as a whole, so a single UCS-2 character
    anywhere lowers the capacity of all of it; apply ``prefer_gsm`` to the parts first. If the
    tail alone does not fit, ``more`` is given up, then the tail's special place: the tail
    lines are fitted as ordinary parts after the others.
    """
    if max_segments < 1:
        raise ValueError("max_segments must be at least 1")
    body, tail, more = list(parts), list(tail), list(more)

    def fits(lines: Sequence[str]) -> bool:
        return segments("\n".join(lines)) <= max_segments

    if fits(body + tail):
        return _fitted(body + tail)
    if not fits(more + tail):
        if more:
            return fit(body, tail=tail, max_segments=max_segments, ellipsis=ellipsis)
        return fit(body + tail, max_segments=max_segments, ellipsis=ellipsis)
    for keep in range(len(body) - 1, 0, -1):
        lines = body[:keep] + more + tail
        if fits(lines):
            return _fitted(lines, dropped=len(body) - keep)
    if body:
        head = _truncate(body[0], lambda cut: fits([cut, *more, *tail]), ellipsis)
        if head is not None:
            return _fitted([head, *more, *tail], dropped=len(body) - 1, truncated=True)
    return _fitted(more + tail, dropped=len(body))


def _fitted(lines: Sequence[str], *, dropped: int = 0, truncated: bool = False) -> Fitted:
    text = "\n".join(lines)
    return Fitted(text, segments(text), encoding(text), dropped, truncated)


# A web address, a phone number (at least 9 digits, spaces, hyphens or brackets between them,
# like "020 7946 0795" or "+44 (0)20 7946 0795"), or any other run of non-space characters.
_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+)"
    r"|(?P<phone>[+(]?\d(?:[ \-()]{0,2}\d){8,}\S*)"
    r"|(?P<word>\S+)",
    re.IGNORECASE,
)
_TRAILING = ".,;:-"


def _truncate(part: str, fits: Callable[[str], bool], ellipsis: str) -> str | None:
    """The longest word-boundary cut of ``part`` plus ``ellipsis`` that ``fits``, if any."""
    tokens = list(_TOKEN.finditer(part))
    for token in reversed(tokens):
        kept = part[: token.end()]
        if token.lastgroup == "word":
            kept = kept.rstrip(_TRAILING).rstrip()
            cut = kept + ellipsis if kept else None
        else:  # a space keeps the ellipsis out of a link or number the phone makes tappable
            cut = f"{kept} {ellipsis}"
        if cut is not None and fits(cut):
            return cut
    if not tokens or tokens[0].lastgroup != "word":
        return None
    # Not even the first word fits: cut inside it (it is no address or number). Longer cuts
    # never take fewer segments, so bisect for the longest that fits.
    low, high = tokens[0].start() + 1, tokens[0].end() - 1
    if low > high or not fits(part[:low] + ellipsis):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if fits(part[:middle] + ellipsis):
            low = middle
        else:
            high = middle - 1
    return part[:low] + ellipsis
