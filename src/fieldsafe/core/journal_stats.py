"""Week-by-week summaries of the private debrief journal.

Pure Python: no Qt, no storage. The journal view hands in plain tuples and
draws what comes back.

A *check-in* is a journal entry with a ``feeling`` (0 = very hard, 10 = very
good); entries whose check-in was skipped (``feeling`` is None) are not
counted. A *meeting* is an outreach log; it is *debriefed* when at least one
journal entry ``follows`` it, whenever that entry was written.

Weeks run Monday to Sunday in the person's local time: every stored UTC time
is converted with ``astimezone(tz)`` before its date is taken, so a Sunday
23:30 UTC entry is a Monday entry in Nairobi.

Nothing here scores or diagnoses anyone. :func:`gentle_observation` only
decides whether the journal offers a kind suggestion.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

#: A check-in at or below this is a hard one.
LOW_FEELING = 3

#: The check-in scale.
MIN_FEELING, MAX_FEELING = 0, 10


@dataclass(frozen=True)
class WeekSummary:
    """One local week (Monday to Sunday)."""

    week_start: date  # the Monday
    checkins: int  # entries with a feeling, written that week
    average: float | None  # mean feeling of those check-ins; None when there are none
    low: int  # how many of them are <= LOW_FEELING
    meetings: int  # outreach logs that took place that week
    debriefed: int  # of those meetings, how many a journal entry follows


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime")
    return moment.astimezone(tz).date()


def weekly(
    entries: Iterable[tuple[datetime, int | None, str | None]],
    meetings: Iterable[tuple[datetime, str]],
    *,
    weeks: int,
    today: date,
    tz: tzinfo | None,
) -> list[WeekSummary]:
    """The last ``weeks`` weeks, ending with the week that holds ``today``
    (a local date), oldest first, empty weeks included.

    ``entries`` are ``(occurred_at, feeling, follows)`` journal entries and
    ``meetings`` are ``(occurred_at, log_id)`` outreach logs; every
    ``occurred_at`` must be timezone-aware (naive ones raise ValueError, as
    does a feeling outside 0-10). Entries and meetings outside the span are
    left out of the counts, but an entry written after the span (or before
    it) still marks the log it follows as debriefed.

    ``tz=None`` means the system's local time with its daylight-saving rules
    (``moment.astimezone()``). A fixed offset such as
    ``datetime.now().astimezone().tzinfo`` has no such rules: with it, times
    from the other side of a clock change land an hour off.
    """
    if weeks < 0:
        raise ValueError("weeks must not be negative")
    if weeks == 0:
        return []
    last = week_start(today)
    first = last - timedelta(weeks=weeks - 1)
    end = last + timedelta(weeks=1)

    feelings: list[list[int]] = [[] for _ in range(weeks)]
    followed: set[str] = set()
    for occurred_at, feeling, follows in entries:
        day = _local_day(occurred_at, tz)
        if follows is not None:
            followed.add(follows)
        if feeling is None:
            continue
        if not MIN_FEELING <= feeling <= MAX_FEELING:
            raise ValueError(f"feeling out of range: {feeling!r}")
        if first <= day < end:
            feelings[(day - first).days // 7].append(feeling)

    met: list[list[str]] = [[] for _ in range(weeks)]
    for occurred_at, log_id in meetings:
        day = _local_day(occurred_at, tz)
        if first <= day < end:
            met[(day - first).days // 7].append(log_id)

    out = []
    for index in range(weeks):
        values = feelings[index]
        logs = met[index]
        out.append(
            WeekSummary(
                week_start=first + timedelta(weeks=index),
                checkins=len(values),
                average=sum(values) / len(values) if values else None,
                low=sum(1 for v in values if v <= LOW_FEELING),
                meetings=len(logs),
                debriefed=sum(1 for log_id in logs if log_id in followed),
            )
        )
    return out


def gentle_observation(
    recent_feelings: Sequence[int], *, window: int = 5, threshold: int = 3
) -> bool:
    """Whether to offer a kind suggestion: True when at least ``threshold``
    of the last ``window`` check-ins (``recent_feelings`` is oldest first,
    most recent last; skipped check-ins left out) are <= LOW_FEELING.

    Fewer check-ins than ``threshold`` never trigger it. ``window`` and
    ``threshold`` must be at least 1 and ``threshold`` at most ``window``
    (ValueError otherwise).
    """
    if window < 1 or threshold < 1:
        raise ValueError("window and threshold must be at least 1")
    if threshold > window:
        raise ValueError("threshold must not exceed window")
    recent = recent_feelings[-window:]
    return sum(1 for feeling in recent if feeling <= LOW_FEELING) >= threshold
