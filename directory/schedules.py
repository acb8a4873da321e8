"""Is a service open now, and when does it next open? Read from HSDS 3.0 / ORUK schedule rows.

HSDS schedules use a small subset of iCal RRULE: FREQ (WEEKLY, MONTHLY; DAILY also seen),
INTERVAL counted from DTSTART, BYDAY with month ordinals (``1TU`` first Tuesday, ``-1FR`` last
Friday) and BYMONTHDAY (``15``, ``-1``). Residents only ask about the next few days and we answer
for the top ten results of every message, so rather than expanding rules over years with
``dateutil.rrule`` we test one day at a time from yesterday (for overnight openings) and stop at
the first answer.

Times are wall-clock times in Europe/London: 09:00 is 09:00 on both sides of a clock change
(08:00 UTC in summer). HSDS asks for an offset on ``opens_at``, but UK feeds write ``Z`` or
``+00:00`` by rote all year, so an offset is ignored rather than moving every summer opening by
an hour. Windows are compared in UTC: Python compares datetimes sharing a tzinfo by wall-clock
time, which is wrong for the repeated hour in October.

Quirks of real feeds that are accepted: lowercase or title-case days (``mo``, ``Mo``, ``Tue``),
spaces around commas, seconds in times (``09:00:00``), ``0900``; no ``freq`` with ``byday``
means weekly; ``closes_at`` at or before ``opens_at`` closes the next day (a 20:00-08:00 night
shelter); ``23:59`` and ``24:00`` mean midnight, so 00:00-23:59 every day is open round the
clock. A row without times ("by appointment") or without any day pattern cannot be evaluated:
the answer is ``unknown`` unless another row gives times, and its description becomes the note.
Junk (``byday="weekdays"``, ``opens_at="9am"``) raises ValueError; the search shows "unknown".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
_DAY = 86_400
_MIDNIGHT_ISH = 23 * 3600 + 59 * 60  # a close at 23:59 or later is read as midnight
_FREQS = frozenset({"WEEKLY", "MONTHLY", "DAILY"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{2})(\d{2})")
_OFFSET = re.compile(r"\s*(?:z|[+-]\d{2}(?::?\d{2})?)$", re.IGNORECASE)
_BYDAY = re.compile(r"([+-]?\d{1,2})?([a-z]{2,9})")
_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class ScheduleRule:
    """One HSDS ``schedule`` row, as the directory's search hands it over."""

    valid_from: date | None = None
    valid_to: date | None = None
    dtstart: date | None = None
    freq: str | None = None  # "WEEKLY", "MONTHLY", "DAILY" or None
    interval: int | None = None
    byday: str | None = None  # "MO,TU,WE", "1TU", "-1FR", "MO,2WE"
    bymonthday: str | None = None  # "1,15", "-1"
    opens_at: str | None = None  # "09:00" or "09:00:00", local time
    closes_at: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Opening:
    """The answer to "is it open?" at one moment; datetimes are aware, in Europe/London.

    ``closes_at`` is set when open (end of the current, merged opening); ``next_opens_at`` and
    ``next_closes_at`` when closed (the next opening within the horizon, if any).
    """

    status: str  # "open", "closed", "unknown" or "always_open"
    closes_at: datetime | None = None
    next_opens_at: datetime | None = None
    next_closes_at: datetime | None = None
    note: str | None = None


def _seconds(text: str) -> int:
    body = _OFFSET.sub("", str(text).strip())
    match = _TIME.fullmatch(body)
    if not match:
        raise ValueError(f"not a time of day: {text!r}")
    hours, minutes = int(match[1] or match[4]), int(match[2] or match[5])
    seconds = int(match[3] or 0)
    if (hours, minutes, seconds) == (24, 0, 0):
        return _DAY
    if hours > 23 or minutes > 59 or seconds > 59:
        raise ValueError(f"not a time of day: {text!r}")
    return hours * 3600 + minutes * 60 + seconds


def parse_time(text: str) -> time:
    """Read an HSDS ``opens_at``/``closes_at`` as a local wall-clock time.

    Accepted, with surrounding spaces: ``H:MM``, ``HH:MM``, ``HH:MM:SS`` and ``HHMM``
    ("9:00", "09:00", "09:00:00", "0900"), optionally followed by ``Z`` or a UTC offset
    (``+01:00``, ``-0500``), which is ignored (see the module docstring). ``24:00`` is the end
    of the day and comes back as ``time.max``. Anything else ("9am", "25:00", "9.30", "")
    raises ValueError naming the text.
    """
    seconds = _seconds(text)
    if seconds == _DAY:
        return time.max
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def parse_byday(text: str) -> list[tuple[int | None, int]]:
    """Read an HSDS ``byday`` as ``(ordinal or None, weekday)`` pairs, weekday 0 = Monday.

    Days are iCal codes in any case ("MO", "mo", "Mo") or English names and their prefixes
    ("Mon", "Tues", "Thursday", and "Weds"), separated by commas, semicolons or spaces. An
    ordinal 1..5 or -5..-1 may lead a day ("1TU", "+2WE", "-1FR"). Raises ValueError otherwise.
    """
    parts = [part for part in _SEPARATORS.split(str(text).strip()) if part]
    if not parts:
        raise ValueError(f"no days in byday: {text!r}")
    days: list[tuple[int | None, int]] = []
    for part in parts:
        match = _BYDAY.fullmatch(part.lower())
        name = ("wednesday" if match[2] == "weds" else match[2]) if match else ""
        weekday = next((i for i, d in enumerate(_WEEKDAYS) if name and d.startswith(name)), None)
        ordinal = int(match[1]) if match and match[1] else None
        if weekday is None or (ordinal is not None and not 1 <= abs(ordinal) <= 5):
            raise ValueError(f"not a day in byday {text!r}: {part!r}")
        days.append((ordinal, weekday))
    return days


def _parse_monthdays(text: str) -> tuple[int, ...]:
    try:
        days = tuple(int(part) for part in _SEPARATORS.split(text.strip()) if part)
    except ValueError:
        raise ValueError(f"not days of the month: {text!r}") from None
    if not days or any(not 1 <= abs(day) <= 31 for day in days):
        raise ValueError(f"not days of the month: {text!r}")
    return days


def _month_length(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


def _weekday_matches(day: date, ordinal: int | None, weekday: int) -> bool:
    if day.weekday() != weekday or ordinal is None:
        return day.weekday() == weekday
    nth = (day.day - 1) // 7 + 1 if ordinal > 0 else -((_month_length(day) - day.day) // 7 + 1)
    return nth == ordinal


def _monthday_matches(day: date, number: int) -> bool:
    return day.day == (number if number > 0 else _month_length(day) + number + 1)


@dataclass(frozen=True)
class _Rule:
    """A schedule row made ready to test days against; ``freq`` None means not evaluable."""

    first: date | None
    last: date | None
    description: str | None
    freq: str | None = None
    interval: int = 1
    anchor: date | None = None  # dtstart, else valid_from: where INTERVAL counts from
    days: tuple[tuple[int | None, int], ...] = ()
    monthdays: tuple[int, ...] = ()
    opens: int = 0  # seconds after the day's local midnight
    closes: int = 0  # may pass _DAY: closes the next day

    def valid(self, day: date) -> bool:
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    def occurs(self, day: date) -> bool:
        return self.valid(day) and self._on_pattern(day) and self._on_interval(day)

    def _on_pattern(self, day: date) -> bool:
        if self.days or self.monthdays:
            return (not self.days or any(_weekday_matches(day, o, w) for o, w in self.days)) and (
                not self.monthdays or any(_monthday_matches(day, n) for n in self.monthdays)
            )
        if self.anchor is None or self.freq == "DAILY":
            return True
        if self.freq == "WEEKLY":  # iCal: with no BYDAY the day is taken from DTSTART
            return day.weekday() == self.anchor.weekday()
        return day.day == self.anchor.day

    def _on_interval(self, day: date) -> bool:
        anchor = self.anchor
        if self.interval == 1 or anchor is None:
            return True
        if self.freq == "WEEKLY":  # whole weeks between the Mondays, as iCal's WKST=MO
            steps = ((day - anchor).days + anchor.weekday() - day.weekday()) // 7
        elif self.freq == "MONTHLY":
            steps = (day.year - anchor.year) * 12 + day.month - anchor.month
        else:
            steps = (day - anchor).days
        return steps % self.interval == 0


def _text(value: str | None) -> str | None:
    return value.strip() or None if value else None


@lru_cache(maxsize=4096)
def _compile(rule: ScheduleRule) -> _Rule:
    first = max((d for d in (rule.valid_from, rule.dtstart) if d), default=None)
    description, byday, bymonthday = map(_text, (rule.description, rule.byday, rule.bymonthday))
    unreadable = _Rule(first, rule.valid_to, description)
    opens_at, closes_at = _text(rule.opens_at), _text(rule.closes_at)
    if opens_at is None or closes_at is None:
        return unreadable
    opens, closes = _seconds(opens_at), _seconds(closes_at)
    if opens >= _DAY:
        raise ValueError(f"opens_at is the end of the day: {rule.opens_at!r}")
    if closes >= _MIDNIGHT_ISH:
        closes = _DAY
    elif closes <= opens:
        closes += _DAY
    days = tuple(parse_byday(byday)) if byday else ()
    monthdays = _parse_monthdays(bymonthday) if bymonthday else ()
    freq = (rule.freq or "").strip().upper() or None
    if freq is None:
        dated = rule.valid_from is not None and rule.valid_to is not None
        freq = "MONTHLY" if monthdays else "WEEKLY" if days else "DAILY" if dated else None
    elif freq not in _FREQS:
        raise ValueError(f"unsupported schedule freq: {rule.freq!r}")
    anchor = rule.dtstart or rule.valid_from
    if freq is None or (freq != "DAILY" and not days and not monthdays and anchor is None):
        return unreadable
    interval = max(int(rule.interval or 1), 1)
    return _Rule(
        first, rule.valid_to, description, freq, interval, anchor, days, monthdays, opens, closes
    )


def _instant(day: date, seconds: int) -> datetime:
    """The UTC instant of local wall-clock time ``seconds`` after ``day``'s midnight."""
    day += timedelta(days=seconds // _DAY)
    seconds %= _DAY
    wall = time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    return datetime.combine(day, wall, tzinfo=LONDON).astimezone(timezone.utc)


def _merged(
    rules: Sequence[_Rule], first: date, last: date
) -> Iterator[tuple[datetime, datetime, str | None, bool]]:
    """Merged UTC windows opening on days ``first``..``last``, in order, as each one ends.

    The flag is True for a final window still open at the end of ``last`` (its end is a
    lower bound). Windows that overlap or touch are merged; the first description wins.
    """
    current: tuple[datetime, datetime, str | None] | None = None
    day = first
    while day <= last:
        todays = [
            (_instant(day, r.opens), _instant(day, r.closes), r.description)
            for r in rules
            if r.occurs(day)
        ]
        for window in sorted(todays, key=lambda w: w[0]):
            if current and window[0] <= current[1]:
                current = (current[0], max(current[1], window[1]), current[2] or window[2])
                continue
            if current:
                yield (*current, False)
            current = window
        day += timedelta(days=1)
        if current and current[1] < _instant(day, 0):
            yield (*current, False)
            current = None
    if current:
        yield (*current, True)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"need a timezone-aware datetime, got naive {moment!r}")
    return moment.astimezone(timezone.utc)


def opening_at(rules: Sequence[ScheduleRule], at: datetime, *, horizon_days: int = 62) -> Opening:
    """Whether the service is open at ``at`` (timezone-aware) and until when, or when it next opens.

    Rows are merged (09:00-12:00 and 12:00-17:00 is open until 17:00). ``always_open`` means
    the current opening lasts past the horizon (24/7). ``unknown`` means no row valid in the
    horizon has times and days we can read; ``closed`` without ``next_opens_at`` means the
    rows give no opening within ``horizon_days``. Raises ValueError for a naive ``at`` or junk.
    """
    now = _aware(at)
    today = now.astimezone(LONDON).date()
    first, last = today - timedelta(days=1), today + timedelta(days=max(horizon_days, 0))
    compiled = [_compile(rule) for rule in rules]
    timed = [
        r
        for r in compiled
        if r.freq and (r.first is None or r.first <= last) and (r.last is None or r.last >= first)
    ]
    fallback = next((r.description for r in compiled if not r.freq and r.valid(today)), None)
    if not timed:
        return Opening("unknown", note=fallback)
    for start, end, description, open_ended in _merged(timed, first, last):
        if end <= now:
            continue
        note = description or fallback
        if start > now:
            next_closes = None if open_ended else end.astimezone(LONDON)
            return Opening("closed", None, start.astimezone(LONDON), next_closes, note)
        if open_ended:
            return Opening("always_open", note=note)
        return Opening("open", closes_at=end.astimezone(LONDON), note=note)
    return Opening("closed", note=fallback)


def windows_between(
    rules: Sequence[ScheduleRule], start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """Merged opening windows overlapping [start, end), clipped to it, in Europe/London time.

    Rows that cannot be evaluated (no times) are left out. Raises ValueError for naive bounds.
    """
    lower, upper = _aware(start), _aware(end)
    compiled = [r for r in map(_compile, rules) if r.freq]
    first = lower.astimezone(LONDON).date() - timedelta(days=1)
    windows = []
    for w_start, w_end, _, _ in _merged(compiled, first, upper.astimezone(LONDON).date()):
        if w_start >= upper:
            break
        if w_end > lower:
            window = max(w_start, lower), min(w_end, upper)
            windows.append((window[0].astimezone(LONDON), window[1].astimezone(LONDON)))
    return windows
