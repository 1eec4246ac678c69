"""Week-by-week journal summaries and the gentle observation."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldsafe.core.journal_stats import (
    LOW_FEELING,
    WeekSummary,
    gentle_observation,
    week_start,
    weekly,
)

NAIROBI = ZoneInfo("Africa/Nairobi")  # UTC+3, no daylight saving time
TODAY = date(2026, 3, 18)  # a Wednesday
MONDAY = date(2026, 3, 16)


def utc(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


def entry(
    moment: datetime, feeling: int | None = 5, follows: str | None = None
) -> tuple[datetime, int | None, str | None]:
    return (moment, feeling, follows)


# -- weeks ---------------------------------------------------------------------------


def test_weeks_end_with_the_week_of_today_oldest_first() -> None:
    out = weekly([], [], weeks=4, today=TODAY, tz=UTC)
    assert [w.week_start for w in out] == [
        date(2026, 2, 23),
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
    ]
    assert all(w.week_start.weekday() == 0 for w in out)
    assert all(
        w == WeekSummary(w.week_start, checkins=0, average=None, low=0, meetings=0, debriefed=0)
        for w in out
    )


@pytest.mark.parametrize("today", [date(2026, 3, 16), date(2026, 3, 22)])
def test_today_on_monday_or_sunday_is_the_same_week(today: date) -> None:
    out = weekly([], [], weeks=1, today=today, tz=UTC)
    assert [w.week_start for w in out] == [MONDAY]


def test_week_start() -> None:
    assert week_start(date(2026, 3, 16)) == MONDAY
    assert week_start(date(2026, 3, 22)) == MONDAY  # Sunday
    assert week_start(date(2026, 3, 23)) == date(2026, 3, 23)


def test_zero_weeks_is_empty_and_negative_is_refused() -> None:
    assert weekly([entry(utc(2026, 3, 17))], [], weeks=0, today=TODAY, tz=UTC) == []
    with pytest.raises(ValueError):
        weekly([], [], weeks=-1, today=TODAY, tz=UTC)


def test_monday_midnight_starts_the_new_week() -> None:
    entries = [
        entry(utc(2026, 3, 15, 23, 59), 2),  # Sunday: last week
        entry(utc(2026, 3, 16, 0, 0), 8),  # Monday 00:00: this week
    ]
    last, this = weekly(entries, [], weeks=2, today=TODAY, tz=UTC)
    assert (last.checkins, last.average) == (1, 2.0)
    assert (this.checkins, this.average) == (1, 8.0)


def test_utc_sunday_night_is_monday_in_nairobi() -> None:
    sunday_night = utc(2026, 3, 15, 22, 30)  # Monday 01:30 in Nairobi
    entries = [entry(sunday_night, 7)]
    meetings = [(sunday_night, "log-1")]
    in_utc = weekly(entries, meetings, weeks=2, today=TODAY, tz=UTC)
    in_nairobi = weekly(entries, meetings, weeks=2, today=TODAY, tz=NAIROBI)
    assert [(w.checkins, w.meetings) for w in in_utc] == [(1, 1), (0, 0)]
    assert [(w.checkins, w.meetings) for w in in_nairobi] == [(0, 0), (1, 1)]
    # A fixed offset behaves the same.
    fixed = weekly(entries, meetings, weeks=2, today=TODAY, tz=timezone(timedelta(hours=3)))
    assert fixed == in_nairobi


def test_monday_morning_utc_is_sunday_west_of_greenwich() -> None:
    entries = [entry(utc(2026, 3, 16, 2, 0), 4)]  # Sunday 22:00 in New York (EDT)
    out = weekly(entries, [], weeks=2, today=TODAY, tz=ZoneInfo("America/New_York"))
    assert [w.checkins for w in out] == [1, 0]


def test_tz_none_is_system_local_time_with_daylight_saving(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        # Sunday 29 March 2026, 23:30 UTC: after the clock change (BST, UTC+1),
        # so 00:30 on Monday 30 March locally.
        entries = [entry(utc(2026, 3, 29, 23, 30), 6)]
        today = date(2026, 3, 31)
        assert [w.checkins for w in weekly(entries, [], weeks=2, today=today, tz=None)] == [0, 1]
        # A fixed offset taken in winter (UTC+0) puts it on Sunday.
        winter = utc(2026, 1, 10).astimezone().tzinfo
        assert [w.checkins for w in weekly(entries, [], weeks=2, today=today, tz=winter)] == [1, 0]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_entries_outside_the_span_are_left_out() -> None:
    entries = [
        entry(utc(2026, 3, 1), 1),  # before the span (span starts 2 March)
        entry(utc(2026, 3, 2, 0, 0), 6),  # first moment of the span
        entry(utc(2026, 3, 22, 23, 59), 9),  # last moment of the span
        entry(utc(2026, 3, 23, 0, 0), 1),  # next week: after the span
    ]
    out = weekly(entries, [], weeks=3, today=TODAY, tz=UTC)
    assert [(w.checkins, w.average) for w in out] == [(1, 6.0), (0, None), (1, 9.0)]


def test_averages_low_counts_and_skipped_checkins() -> None:
    entries = [
        entry(utc(2026, 3, 16), 2),
        entry(utc(2026, 3, 17), 3),
        entry(utc(2026, 3, 17, 18), 4),
        entry(utc(2026, 3, 18), 10),
        entry(utc(2026, 3, 18, 20), None),  # check-in skipped: not counted
        entry(utc(2026, 3, 10), None),
    ]
    last, this = weekly(entries, [], weeks=2, today=TODAY, tz=UTC)
    assert this.checkins == 4
    assert this.average == pytest.approx(19 / 4)
    assert this.low == 2  # 2 and 3; LOW_FEELING itself counts
    assert LOW_FEELING == 3
    assert (last.checkins, last.average, last.low) == (0, None, 0)


def test_zero_is_a_checkin_not_a_missing_one() -> None:
    (week,) = weekly([entry(utc(2026, 3, 17), 0)], [], weeks=1, today=TODAY, tz=UTC)
    assert (week.checkins, week.average, week.low) == (1, 0.0, 1)


def test_empty_weeks_between_busy_ones() -> None:
    entries = [entry(utc(2026, 2, 24), 5), entry(utc(2026, 3, 17), 7)]
    out = weekly(entries, [], weeks=4, today=TODAY, tz=UTC)
    assert [w.checkins for w in out] == [1, 0, 0, 1]
    assert [w.average for w in out] == [5.0, None, None, 7.0]


# -- meetings and debriefs -----------------------------------------------------------------


def test_debriefed_counts_only_the_logs_of_that_week() -> None:
    meetings = [
        (utc(2026, 3, 10), "a"),  # last week, debriefed this week
        (utc(2026, 3, 11), "b"),  # last week, not debriefed
        (utc(2026, 3, 16), "c"),  # this week, debriefed twice
        (utc(2026, 3, 17), "d"),  # this week, not debriefed
        (utc(2026, 3, 18), "e"),  # this week, debriefed (without a check-in)
    ]
    entries = [
        entry(utc(2026, 3, 16, 9), 6, "a"),
        entry(utc(2026, 3, 16, 15), 4, "c"),
        entry(utc(2026, 3, 16, 20), 5, "c"),
        entry(utc(2026, 3, 18, 19), None, "e"),
        entry(utc(2026, 3, 18, 20), 5, "not-a-meeting-in-the-span"),
    ]
    last, this = weekly(entries, meetings, weeks=2, today=TODAY, tz=UTC)
    assert (last.meetings, last.debriefed) == (2, 1)
    assert (this.meetings, this.debriefed) == (3, 2)
    # The debriefs of last week's meeting count for last week only.
    assert last.checkins == 0 and this.checkins == 4


def test_debrief_written_outside_the_span_still_counts() -> None:
    meetings = [(utc(2026, 3, 22, 20), "sunday-meeting")]
    entries = [entry(utc(2026, 3, 23, 8), 6, "sunday-meeting")]  # next Monday
    (week,) = weekly(entries, meetings, weeks=1, today=TODAY, tz=UTC)
    assert (week.meetings, week.debriefed, week.checkins) == (1, 1, 0)


def test_meetings_outside_the_span_are_left_out() -> None:
    meetings = [(utc(2026, 3, 1), "old"), (utc(2026, 3, 23), "future")]
    entries = [entry(utc(2026, 3, 17), 5, "old"), entry(utc(2026, 3, 17), 5, "future")]
    out = weekly(entries, meetings, weeks=3, today=TODAY, tz=UTC)
    assert [(w.meetings, w.debriefed) for w in out] == [(0, 0)] * 3


def test_iterables_are_read_once() -> None:
    entries = iter([entry(utc(2026, 3, 17), 5, "a")])
    meetings = iter([(utc(2026, 3, 17), "a")])
    (week,) = weekly(entries, meetings, weeks=1, today=TODAY, tz=UTC)
    assert (week.checkins, week.meetings, week.debriefed) == (1, 1, 1)


def test_naive_times_and_bad_feelings_are_refused() -> None:
    naive = datetime(2026, 3, 17, 12)
    with pytest.raises(ValueError):
        weekly([entry(naive)], [], weeks=1, today=TODAY, tz=UTC)
    with pytest.raises(ValueError):
        weekly([], [(naive, "a")], weeks=1, today=TODAY, tz=UTC)
    for bad in (-1, 11):
        with pytest.raises(ValueError):
            weekly([entry(utc(2026, 3, 17), bad)], [], weeks=1, today=TODAY, tz=UTC)


def test_week_summary_is_frozen() -> None:
    (week,) = weekly([], [], weeks=1, today=TODAY, tz=UTC)
    with pytest.raises(AttributeError):
        week.checkins = 3  # type: ignore[misc]


moments = st.datetimes(
    min_value=datetime(2025, 6, 1), max_value=datetime(2026, 6, 30), timezones=st.just(UTC)
)
zones = st.sampled_from(
    [
        UTC,
        NAIROBI,
        ZoneInfo("America/New_York"),
        ZoneInfo("Pacific/Auckland"),
        ZoneInfo("Asia/Kathmandu"),
        timezone(timedelta(hours=-12)),
        timezone(timedelta(hours=14)),
    ]
)


@given(
    entries=st.lists(
        st.tuples(moments, st.none() | st.integers(0, 10), st.none() | st.sampled_from("abc")),
        max_size=40,
    ),
    weeks=st.integers(1, 60),
    today=st.dates(min_value=date(2025, 6, 1), max_value=date(2026, 6, 30)),
    tz=zones,
)
def test_checkins_add_up_to_the_entries_with_a_feeling_in_the_span(
    entries: list[tuple[datetime, int | None, str | None]],
    weeks: int,
    today: date,
    tz: ZoneInfo,
) -> None:
    out = weekly(entries, [], weeks=weeks, today=today, tz=tz)
    assert len(out) == weeks
    first, last = out[0].week_start, out[-1].week_start
    assert last <= today < last + timedelta(days=7)
    assert all(
        b.week_start - a.week_start == timedelta(days=7) for a, b in zip(out, out[1:], strict=False)
    )
    in_span = [
        feeling
        for moment, feeling, _ in entries
        if feeling is not None and first <= moment.astimezone(tz).date() < last + timedelta(days=7)
    ]
    assert sum(w.checkins for w in out) == len(in_span)
    assert sum(w.low for w in out) == sum(1 for f in in_span if f <= LOW_FEELING)
    for w in out:
        assert (w.average is None) == (w.checkins == 0)
        if w.average is not None:
            assert 0 <= w.average <= 10
        assert w.meetings == 0 and w.debriefed == 0


# -- the gentle observation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("feelings", "expected"),
    [
        ([], False),
        ([1], False),
        ([1, 2], False),  # fewer than three check-ins never trigger it
        ([1, 2, 3], True),  # LOW_FEELING itself is low
        ([4, 4, 4, 4, 4], False),  # 4 is not low
        ([0, 9, 1, 9, 2], True),  # three of the last five
        ([0, 9, 1, 9, 9], False),  # only two of the last five
        ([0, 0, 0, 9, 9, 9, 9, 9], False),  # the hard ones are older than the window
        ([9, 9, 9, 1, 1, 1], True),
        ([1, 1, 9, 9, 9, 1], False),  # the window is the last five: 1, 9, 9, 9, 1
    ],
)
def test_gentle_observation(feelings: list[int], expected: bool) -> None:
    assert gentle_observation(feelings) is expected


def test_gentle_observation_window_and_threshold() -> None:
    assert gentle_observation([2], window=1, threshold=1)
    assert not gentle_observation([2, 8], window=1, threshold=1)
    assert gentle_observation([8, 2, 2], window=2, threshold=2)
    assert gentle_observation((3, 3, 3, 3, 3, 3, 3), window=7, threshold=7)
    assert not gentle_observation((3, 3, 3, 3, 3, 3), window=7, threshold=7)
    for window, threshold in ((0, 1), (5, 0), (2, 3), (-1, -1)):
        with pytest.raises(ValueError):
            gentle_observation([1, 1, 1], window=window, threshold=threshold)
