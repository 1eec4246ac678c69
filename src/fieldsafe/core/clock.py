"""Time, injectable. Idle lock, reminders and "overdue" read a :class:`Clock`
so tests move time forward instead of sleeping."""

from __future__ import annotations

import time
from datetime import UTC, datetime
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
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def from_iso(text: str) -> datetime:
    """Parse a stored or imported time; naive input is refused."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("out of range") from None
