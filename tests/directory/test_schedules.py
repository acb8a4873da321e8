"""Opening hours from HSDS schedule rows: real-looking timetables asked at awkward moments.

Calendar used below: Friday 1 May 2026; Wednesday 6 May; Tuesday 2 June. British Summer Time
starts Sunday 29 March 2026 and ends Sunday 25 October 2026.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from directory.schedules import (
    Opening,
    ScheduleRule,
    opening_at,
    parse_byday,
    parse_time,
    windows_between,
)

LONDON = ZoneInfo("Europe/London")
WEEKDAYS = "MO,TU,WE,TH,FR"
EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU"


def local(text: str) -> datetime:
    """An aware Europe/London datetime from "2026-05-06 10:00"."""
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


def rule(byday: str | None = WEEKDAYS, opens: str | None = "09:00", closes: str | None = "17:00",
         **fields) -> ScheduleRule:  # fmt: skip
    return ScheduleRule(byday=byday, opens_at=opens, closes_at=closes, **fields)


OFFICE = [rule()]  # Monday to Friday 9 to 5, the commonest row in every feed


def case(name: str, rules: list[ScheduleRule], at: str, status: str, closes: str | None = None,
         next_opens: str | None = None):  # fmt: skip
    """One table row: asked at ``at``, expect ``status`` and these London wall-clock times."""
    return pytest.param(rules, at, (status, closes, next_opens), id=name)


MONTHLY_1TU = [rule("1TU", "10:00", "12:00", freq="MONTHLY")]  # first-Tuesday drop-in
SHELTER = [rule(EVERY_DAY, "20:00", "08:00")]  # night shelter, closes after midnight
SPLIT = [rule(closes="12:00"), rule(opens="13:00")]  # shut for lunch
FORTNIGHTLY = [rule("TU", "10:00", "12:00", freq="WEEKLY", interval=2, dtstart=date(2026, 5, 5))]

CASES = [
    case("office-wed-10am", OFFICE, "2026-05-06 10:00", "open", "2026-05-06 17:00"),
    # Friday evening and Saturday: next opening is Monday morning
    case("office-fri-6pm", OFFICE, "2026-05-08 18:00", "closed", None, "2026-05-11 09:00"),
    case("office-saturday", OFFICE, "2026-05-09 12:00", "closed", None, "2026-05-11 09:00"),
    # a minute before opening; closing time itself is already closed
    case("office-before", OFFICE, "2026-05-06 08:59", "closed", None, "2026-05-06 09:00"),
    case("office-at-close", OFFICE, "2026-05-06 17:00", "closed", None, "2026-05-07 09:00"),
    # feed quirks: lowercase days with spaces, seconds in times, no freq
    case(
        "messy-feed",
        [rule("mo, tu ,We,th,Fr", "09:00:00", "17:00:00")],
        "2026-05-06 10:00",
        "open",
        "2026-05-06 17:00",
    ),
    # asked on the second Tuesday: next is the first Tuesday of June
    case("1tu-second-week", MONTHLY_1TU, "2026-05-12 10:30", "closed", None, "2026-06-02 10:00"),
    case("1tu-on-the-day", MONTHLY_1TU, "2026-05-05 11:00", "open", "2026-05-05 12:00"),
    # last Friday of the month, asked on the first Friday
    case(
        "last-friday",
        [rule("-1FR", "14:00", "16:00", freq="MONTHLY")],
        "2026-05-01 15:00",
        "closed",
        None,
        "2026-05-29 14:00",
    ),
    # benefits surgery on the 15th, asked on the 16th
    case(
        "monthday-15",
        [rule(None, "09:30", "12:30", freq="MONTHLY", bymonthday="15")],
        "2026-05-16 10:00",
        "closed",
        None,
        "2026-06-15 09:30",
    ),
    # last day of the month (-1); June has 30 days
    case(
        "monthday-last",
        [rule(None, "10:00", "12:00", freq="MONTHLY", bymonthday="-1")],
        "2026-06-01 10:00",
        "closed",
        None,
        "2026-06-30 10:00",
    ),
    # at 2am the shelter has been open since last night, until 8am
    case("shelter-2am", SHELTER, "2026-05-06 02:00", "open", "2026-05-06 08:00"),
    case("shelter-midday", SHELTER, "2026-05-06 12:00", "closed", None, "2026-05-06 20:00"),
    # helplines: 00:00-23:59 every day, or 00:00-24:00 daily
    case("24-7", [rule(EVERY_DAY, "00:00", "23:59")], "2026-05-06 03:00", "always_open"),
    case(
        "24-7-daily",
        [rule(None, "00:00", "24:00", freq="daily")],
        "2026-05-09 23:30",
        "always_open",
    ),
    # round the clock only until 20 May: open, until the end of valid_to
    case(
        "24-7-until",
        [rule(EVERY_DAY, "00:00", "24:00", valid_to=date(2026, 5, 20))],
        "2026-05-06 03:00",
        "open",
        "2026-05-21 00:00",
    ),
    # split day: over lunch the next opening is 13:00; in the morning open until 12:00
    case("split-lunch", SPLIT, "2026-05-06 12:30", "closed", None, "2026-05-06 13:00"),
    case("split-morning", SPLIT, "2026-05-06 10:00", "open", "2026-05-06 12:00"),
    # morning and afternoon rows that touch (listed out of order) or overlap are one opening
    case(
        "adjacent-merged",
        [rule(opens="12:00"), rule(closes="12:00")],
        "2026-05-06 10:00",
        "open",
        "2026-05-06 17:00",
    ),
    case(
        "overlap-merged",
        [rule(closes="13:00"), rule(opens="12:00")],
        "2026-05-06 10:00",
        "open",
        "2026-05-06 17:00",
    ),
    # last summer's weekend hours have expired; this year's row governs
    case(
        "valid-to-past",
        [rule(EVERY_DAY, "10:00", "14:00", valid_to=date(2025, 9, 30)), rule()],
        "2026-05-09 12:00",
        "closed",
        None,
        "2026-05-11 09:00",
    ),
    # only an expired row: we cannot say
    case("expired", [rule(valid_to=date(2025, 9, 30))], "2026-05-06 10:00", "unknown"),
    # a new service opening next month
    case(
        "valid-from-future",
        [rule(valid_from=date(2026, 6, 1))],
        "2026-05-06 10:00",
        "closed",
        None,
        "2026-06-01 09:00",
    ),
    # fortnightly from Tuesday 5 May: not on the 12th, next on the 19th
    case("fortnightly-off", FORTNIGHTLY, "2026-05-12 11:00", "closed", None, "2026-05-19 10:00"),
    case("fortnightly-on", FORTNIGHTLY, "2026-05-19 11:00", "open", "2026-05-19 12:00"),
    # interval with neither dtstart nor valid_from cannot be anchored: weekly
    case(
        "interval-unanchored",
        [rule("TU", "10:00", "12:00", freq="WEEKLY", interval=2)],
        "2026-05-12 11:00",
        "open",
        "2026-05-12 12:00",
    ),
    # clocks go forward on Sunday 29 March: Monday opens 09:00 BST
    case("bst-starts", OFFICE, "2026-03-27 18:00", "closed", None, "2026-03-30 09:00"),
    # clocks go back on Sunday 25 October: Monday opens 09:00 GMT
    case("bst-ends", OFFICE, "2026-10-23 18:00", "closed", None, "2026-10-26 09:00"),
    case("no-rows", [], "2026-05-06 10:00", "unknown"),
]


@pytest.mark.parametrize(("rules", "at", "expected"), CASES)
def test_opening_at(rules: list[ScheduleRule], at: str, expected: tuple) -> None:
    result = opening_at(rules, local(at))
    status, closes_at, next_opens_at = expected
    assert result.status == status
    assert result.closes_at == (local(closes_at) if closes_at else None)
    assert result.next_opens_at == (local(next_opens_at) if next_opens_at else None)
    for moment in (result.closes_at, result.next_opens_at, result.next_closes_at):
        assert moment is None or moment.tzinfo == LONDON


def test_open_until_and_next_close_are_reported_together() -> None:
    result = opening_at(OFFICE, local("2026-05-08 18:00"))
    assert result == Opening("closed", None, local("2026-05-11 09:00"), local("2026-05-11 17:00"))


def test_no_opening_within_horizon_is_closed_without_next() -> None:
    rules = [rule(None, "10:00", "12:00", freq="MONTHLY", bymonthday="31")]  # June has no 31st
    assert opening_at(rules, local("2026-06-01 10:00"), horizon_days=20) == Opening("closed")
    later = opening_at(rules, local("2026-06-01 10:00"))
    assert later.next_opens_at == local("2026-07-31 10:00")


def test_bst_monday_opening_is_eight_utc() -> None:
    opening = opening_at(OFFICE, datetime(2026, 3, 27, 18, tzinfo=timezone.utc)).next_opens_at
    assert opening is not None
    assert opening.astimezone(timezone.utc) == datetime(2026, 3, 30, 8, tzinfo=timezone.utc)
    winter = opening_at(OFFICE, local("2026-03-20 18:00")).next_opens_at
    assert winter is not None
    assert winter.astimezone(timezone.utc) == datetime(2026, 3, 23, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("night", "hours"),
    [
        ("2026-03-28", 9),  # clocks go forward overnight: 22:00 GMT to 08:00 BST is 9 hours
        ("2026-10-24", 11),  # clocks go back: 22:00 BST to 08:00 GMT is 11 hours
        ("2026-05-09", 10),
    ],
)
def test_overnight_across_clock_change(night: str, hours: int) -> None:
    rules = [rule(EVERY_DAY, "22:00", "08:00")]
    windows = windows_between(rules, local(f"{night} 21:00"), local(f"{night} 23:00"))
    ((start, end),) = windows
    assert (start, end) == (local(f"{night} 22:00"), local(f"{night} 23:00"))  # clipped
    result = opening_at(rules, local(f"{night} 23:00"))
    assert result.closes_at is not None
    assert result.closes_at.hour == 8
    # subtract in UTC: Python subtracts datetimes sharing a tzinfo by wall-clock time
    utc = timezone.utc
    assert result.closes_at.astimezone(utc) - start.astimezone(utc) == timedelta(hours=hours)


def test_windows_between_merges_and_clips() -> None:
    rules = [rule(opens="09:00", closes="12:00"), rule(opens="12:00", closes="17:00")]
    week = windows_between(rules, local("2026-05-04 00:00"), local("2026-05-11 00:00"))
    assert [(s.day, s.hour, e.hour) for s, e in week] == [(d, 9, 17) for d in range(4, 9)]
    clipped = windows_between(rules, local("2026-05-04 10:00"), local("2026-05-04 15:00"))
    assert clipped == [(local("2026-05-04 10:00"), local("2026-05-04 15:00"))]
    assert windows_between(rules, local("2026-05-09 00:00"), local("2026-05-10 00:00")) == []


def test_appointment_only_is_unknown_with_note() -> None:
    rows = [rule(None, None, None, description="By appointment only - call 020 7946 0000")]
    result = opening_at(rows, local("2026-05-06 10:00"))
    assert result == Opening("unknown", note="By appointment only - call 020 7946 0000")


def test_appointment_row_beside_timed_row_gives_times_and_note() -> None:
    rows = [rule(), rule("SA", None, None, description="Saturdays by appointment")]
    result = opening_at(rows, local("2026-05-09 12:00"))
    assert result.status == "closed"
    assert result.next_opens_at == local("2026-05-11 09:00")
    assert result.note == "Saturdays by appointment"


def test_note_comes_from_the_applicable_row() -> None:
    rows = [rule(description="Drop-in, no appointment needed")]
    assert opening_at(rows, local("2026-05-06 10:00")).note == "Drop-in, no appointment needed"


def test_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        opening_at(OFFICE, datetime(2026, 5, 6, 10))
    with pytest.raises(ValueError, match="timezone-aware"):
        windows_between(OFFICE, datetime(2026, 5, 6), local("2026-05-07 00:00"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MO,TU,WE", [(None, 0), (None, 1), (None, 2)]),
        ("1TU", [(1, 1)]),  # first Tuesday
        ("-1FR", [(-1, 4)]),  # last Friday
        ("MO,2WE", [(None, 0), (2, 2)]),
        ("+2we", [(2, 2)]),  # explicit sign, lowercase
        (" mo , Tu ", [(None, 0), (None, 1)]),  # spaces around commas
        ("Mo", [(None, 0)]),  # title case
        ("Tues;Weds Thursday", [(None, 1), (None, 2), (None, 3)]),  # hand-typed names
        ("SU,SA", [(None, 6), (None, 5)]),
    ],
)
def test_parse_byday(text: str, expected: list) -> None:
    assert parse_byday(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "weekdays",  # a word, not a day
        "MO-FR",  # a range, which iCal does not have
        "0MO",  # ordinals start at 1
        "6TU",  # no month has a sixth Tuesday
        "M",  # one letter is ambiguous
        "first Tuesday",
        "",
    ],
)
def test_parse_byday_rejects_junk(text: str) -> None:
    with pytest.raises(ValueError, match="byday"):
        parse_byday(text)


def test_bad_byday_in_a_row_raises() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        opening_at([rule("weekdays")], local("2026-05-06 10:00"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:00", time(9)),
        ("09:00", time(9)),
        ("09:00:00", time(9)),  # seconds, as most ORUK feeds write
        ("0900", time(9)),
        (" 17:30 ", time(17, 30)),
        ("09:00Z", time(9)),  # offsets are written by rote and ignored
        ("09:00+01:00", time(9)),
        ("24:00", time.max),  # end of the day
    ],
)
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["9am", "25:00", "12:60", "9.30", "9:0", "", "noon"])
def test_parse_time_rejects_junk_naming_it(text: str) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(text))):
        parse_time(text)
