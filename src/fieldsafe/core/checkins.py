"""Check-ins that act: when a meeting plan's check-in time has passed
without "I'm back safely" (no storage, no Qt).

A pair agrees in their plan when they check in with each other
(``check_in_at``), how long to wait after it before acting (the grace,
``check_in_grace_minutes``, :data:`DEFAULT_GRACE` when left empty) and what
to do if one of them does not check in (their answer to the scenario
:data:`NO_CHECK_IN`). Once the grace has passed, FieldSafe shows that answer
and how to reach the colleague (``colleague``, ``colleague_contact``) until
someone presses "I'm back safely", which stores the time in the plan's own
``checked_in_at`` field (:func:`mark_back_safely`).

Why a field of the plan, and not a table of its own: the check-in belongs to
the pair's plan, so it travels with the plan when it is shared back, merges
like every other field, shows in the plan's history, and is deleted with the
plan and its earlier versions. Nothing else holds it.

Every time is read from an injected clock (``now``), so tests move time
instead of sleeping. A check-in is no longer brought up once
:data:`NOTICE_FOR` has passed since it became overdue: by then the pair have
long acted, and an old plan must not ask for attention forever. A cancelled
plan never asks. "Meeting done" alone does not end it: the log may be
written before the pair are home, and the check-in is what says they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import RecordId

__all__ = [
    "DEFAULT_GRACE",
    "GRACE_CHOICES",
    "NOTICE_FOR",
    "NO_CHECK_IN",
    "CheckIn",
    "CheckInState",
    "check_in_of",
    "check_ins",
    "due_for_notice",
    "mark_back_safely",
    "next_change",
    "upcoming",
]

#: how long after the check-in time FieldSafe waits when the pair chose nothing
DEFAULT_GRACE = timedelta(minutes=15)
#: the graces a plan offers, in minutes (any whole number up to a day is valid)
GRACE_CHOICES = (0, 5, 10, 15, 20, 30, 45, 60, 90, 120)
#: how long an overdue check-in is brought up before it is left to the plan
NOTICE_FOR = timedelta(hours=48)
#: the scenario key of "what we do if one of us does not check in"
NO_CHECK_IN = "no_check_in"


class CheckInState(Enum):
    """Where a plan's check-in stands at one moment."""

    WAITING = "waiting"  # the check-in time has not come yet
    GRACE = "grace"  # the time has come; the agreed grace is still running
    OVERDUE = "overdue"  # the grace has passed without "I'm back safely"
    LAPSED = "lapsed"  # overdue for longer than NOTICE_FOR: no longer brought up
    DONE = "done"  # "I'm back safely"
    CANCELLED = "cancelled"  # the plan was cancelled: nobody is waiting


@dataclass(frozen=True)
class CheckIn:
    """One plan's check-in, as read at ``now``. The texts are the pair's
    own words from the plan (data: shown as plain text, never markup)."""

    plan_id: RecordId
    title: str
    starts_at: datetime
    check_in_at: datetime
    grace: timedelta
    checked_in_at: datetime | None
    state: CheckInState
    #: their answer to "what will we do if one of us does not check in?" ("" if none)
    answer: str
    colleague: str
    colleague_contact: str

    @property
    def overdue_at(self) -> datetime:
        """When the check-in counts as passed: its time plus the grace."""
        return self.check_in_at + self.grace

    @property
    def is_overdue(self) -> bool:
        return self.state is CheckInState.OVERDUE


def grace_of(fields: Mapping[str, Any]) -> timedelta:
    """The plan's grace (:data:`DEFAULT_GRACE` when it chose none)."""
    minutes = fields.get("check_in_grace_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and minutes >= 0:
        return timedelta(minutes=minutes)
    return DEFAULT_GRACE


def answer_of(fields: Mapping[str, Any]) -> str:
    """The pair's answer to the :data:`NO_CHECK_IN` scenario, or ""."""
    for item in fields.get("scenarios") or ():
        if isinstance(item, Mapping) and item.get("prompt") == NO_CHECK_IN:
            return str(item.get("answer") or "").strip()
    return ""


def _time(fields: Mapping[str, Any], name: str) -> datetime | None:
    value = fields.get(name)
    if not value:
        return None
    try:
        return from_iso(str(value))
    except ValueError:
        return None


def _state(
    fields: Mapping[str, Any], check_in_at: datetime, grace: timedelta, now: datetime
) -> CheckInState:
    if _time(fields, "checked_in_at") is not None:
        return CheckInState.DONE
    if fields.get("status") == "cancelled":
        return CheckInState.CANCELLED
    if now < check_in_at:
        return CheckInState.WAITING
    overdue_at = check_in_at + grace
    if now < overdue_at:
        return CheckInState.GRACE
    if now - overdue_at >= NOTICE_FOR:
        return CheckInState.LAPSED
    return CheckInState.OVERDUE


def check_in_of(plan_id: RecordId, fields: Mapping[str, Any], now: datetime) -> CheckIn | None:
    """The check-in of the plan ``plan_id`` (stored ``fields``) at ``now``,
    or None when the plan has no check-in time."""
    check_in_at = _time(fields, "check_in_at")
    if check_in_at is None:
        return None
    grace = grace_of(fields)
    return CheckIn(
        plan_id=plan_id,
        title=str(fields.get("title") or ""),
        starts_at=_time(fields, "starts_at") or check_in_at,
        check_in_at=check_in_at,
        grace=grace,
        checked_in_at=_time(fields, "checked_in_at"),
        state=_state(fields, check_in_at, grace, now),
        answer=answer_of(fields),
        colleague=str(fields.get("colleague") or ""),
        colleague_contact=str(fields.get("colleague_contact") or ""),
    )


def check_ins(plans: Iterable[tuple[RecordId, Mapping[str, Any]]], now: datetime) -> list[CheckIn]:
    """Every plan's check-in at ``now`` (plans without one are left out),
    in the order they fall due."""
    found = [c for plan_id, fields in plans if (c := check_in_of(plan_id, fields, now))]
    return sorted(found, key=lambda c: (c.overdue_at, c.plan_id))


def due_for_notice(
    plans: Iterable[tuple[RecordId, Mapping[str, Any]]], now: datetime
) -> list[CheckIn]:
    """The check-ins to bring up now: their grace has passed, nobody said
    "I'm back safely", the plan is not cancelled and it is not older than
    :data:`NOTICE_FOR`. The longest overdue first."""
    return [c for c in check_ins(plans, now) if c.is_overdue]


def upcoming(
    plans: Iterable[tuple[RecordId, Mapping[str, Any]]],
    now: datetime,
    *,
    within: timedelta = timedelta(days=7),
) -> list[CheckIn]:
    """Check-ins still to come or in their grace, due within ``within`` of
    ``now`` (for Today: the meeting time and the check-in time), soonest first."""
    return [
        c
        for c in check_ins(plans, now)
        if c.state in (CheckInState.WAITING, CheckInState.GRACE) and c.check_in_at - now <= within
    ]


def next_change(
    plans: Iterable[tuple[RecordId, Mapping[str, Any]]], now: datetime
) -> datetime | None:
    """The next moment after ``now`` at which a check-in becomes overdue
    (or stops being brought up), or None: when to look again."""
    moments = []
    for c in check_ins(plans, now):
        if c.state in (CheckInState.WAITING, CheckInState.GRACE):
            moments.append(c.overdue_at)
        elif c.state is CheckInState.OVERDUE:
            moments.append(c.overdue_at + NOTICE_FOR)
    later = [m for m in moments if m > now]
    return min(later) if later else None


def mark_back_safely(fields: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """``fields`` with the check-in marked done at ``now`` ("I'm back
    safely"); an earlier mark is kept (the first is what the pair saw)."""
    marked = dict(fields)
    if not marked.get("checked_in_at"):
        marked["checked_in_at"] = to_iso(now)
    return marked
