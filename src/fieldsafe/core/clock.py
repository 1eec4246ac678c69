"""Time, injectable. Idle lock, reminders and "overdue" read a :class:`Clock`
so tests move time forward instead of sleeping."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC (wall clock: suspend counts)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.fromtimestamp(time.time(), UTC)


class FakeClock:
    """A clock tests advance by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 1, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self._now += timedelta(seconds=seconds)


#: Times outside these years are refused: they are typing mistakes, and
#: years below 1000 do not survive a round trip through ISO strings.
MIN_YEAR, MAX_YEAR = 1900, 9998


def to_iso(moment: datetime) -> str:
    """UTC ISO-8601 with a Z, to the second: how every time is stored."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("out of range") from None
    if not MIN_YEAR <= utc.year <= MAX_YEAR:
        raise ValueError("out of range")
    # strftime's "%Y-%m-%dT%H:%M:%SZ", at a fifth of its cost (every save and
    # every imported time comes here; the year has four digits, see above)
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}Z"
    )


def from_iso(text: str) -> datetime:
    """Parse a stored or imported time; naive input is refused."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("out of range") from None


# -- local days ----------------------------------------------------------------

_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)
#: no UTC offset since 1900 lies further from UTC than this (Kiribati: +14 h)
_REACH = 16 * 3600
#: the UTC offset changes at most once in this long (clock changes are months apart)
_STEP = 2 * 3600


def local_day_start(day: date, zone: tzinfo | None = None) -> datetime:
    """The first instant of the calendar day ``day`` in ``zone`` (default:
    the system's local time, with its daylight-saving rules), as UTC.

    Usually local midnight, but not always: where the clocks jump from 00:00
    to 01:00 (America/Santiago, Asia/Beirut in spring) there is no midnight,
    and the day begins at the jump, when the clocks show 01:00; where they go
    back from 01:00 to 00:00 (Cuba in autumn) midnight comes twice, and the
    day begins at the first. The end of a day is the start of the next, so a
    day with a repeated hour ends when the clocks next show midnight.
    ``datetime.combine(day, time(0)).astimezone()`` gets the jump wrong: it
    answers 23:00 of the day before."""
    midnight = datetime.combine(day, datetime.min.time())
    try:
        return datetime.fromtimestamp(_first_second_from((midnight - _EPOCH) // _SECOND, zone), UTC)
    except (OverflowError, OSError, ValueError):  # far outside what the platform's clock knows
        local = midnight.astimezone() if zone is None else midnight.replace(tzinfo=zone)
        return local.astimezone(UTC)


def local_day_range(
    first: date | None, last: date | None, zone: tzinfo | None = None
) -> tuple[datetime | None, datetime | None]:
    """``(since, until)`` covering the local days ``first`` to ``last``, both
    whole: from the first instant of ``first`` up to, not including, the
    first instant of the day after ``last`` (:func:`local_day_start`).
    ``None`` stays open; so does a ``last`` too late to have a next day."""
    since = local_day_start(first, zone) if first is not None else None
    until = (
        local_day_start(last + timedelta(days=1), zone)
        if last is not None and last < date(MAX_YEAR, 12, 31)
        else None
    )
    return since, until


def _first_second_from(wall: int, zone: tzinfo | None) -> int:
    """The first POSIX second at which the clocks of ``zone`` show ``wall``
    (seconds since 1970 on a clock without time zones) or later."""

    def offset(second: int) -> int:
        if zone is None:
            shown = datetime(*time.localtime(second)[:6])
        else:
            shown = datetime.fromtimestamp(second, zone).replace(tzinfo=None)
        return (shown - _EPOCH) // _SECOND - second

    # Where the offset is constant the clocks run evenly, so the answer is
    # found segment by segment: walk the window in steps and find each change
    # of offset to the second by halving.
    start, end = wall - _REACH, wall + _REACH
    segments: list[tuple[int, int]] = [(start, offset(start))]  # (first second, offset)
    before = start
    while before < end:
        after = min(before + _STEP, end)
        current = segments[-1][1]
        if offset(after) != current:
            low, high = before, after
            while high - low > 1:
                middle = (low + high) // 2
                if offset(middle) == current:
                    low = middle
                else:
                    high = middle
            segments.append((high, offset(high)))
        before = after
    ends = [begin for begin, _ in segments[1:]] + [end + 1]
    for (begin, shift), stop in zip(segments, ends, strict=True):
        candidate = max(begin, wall - shift)
        if candidate < stop:
            return candidate
    return wall - segments[-1][1]
