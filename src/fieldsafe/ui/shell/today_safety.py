"""What the safety loop adds to Today, read from the vault.

* Meetings coming up in the next days, each with its check-in time (a plan
  whose check-in is still to come, or in its grace, is listed even if the
  meeting has begun, even yesterday; a cancelled plan, a done one, or one
  that has begun with nobody waiting for its check-in is not). A check-in
  time that has passed is the notice's, not Today's.
* Open incidents whose measures are not yet reviewed.
* Risk assessments whose review is due today or earlier.

Each row opens its record. Reading is quick (facets and a few plans).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from fieldsafe.core.checkins import CheckIn, CheckInState, check_in_of
from fieldsafe.core.clock import from_iso
from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import RecordId, RecordSummary
from fieldsafe.vault import Vault

#: how far ahead Today looks for meetings
AHEAD = timedelta(days=7)
#: how many rows of each kind are listed (the heading says how many there are)
SHOWN = 20
#: how many plans are read to find those coming up
PLANS_READ = 200


@dataclass(frozen=True)
class Meeting:
    """A plan coming up: its id, title, when it starts, and its check-in
    (None without a check-in time)."""

    plan_id: RecordId
    title: str
    starts_at: datetime
    check_in: CheckIn | None


@dataclass
class SafetyToday:
    meetings: list[Meeting] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    incident_count: int = 0
    reviews: list[tuple[date, RecordSummary]] = field(default_factory=list)
    review_count: int = 0

    @property
    def empty(self) -> bool:
        return not (self.meetings or self.incidents or self.reviews)


_WAITING = (CheckInState.WAITING, CheckInState.GRACE)


def _day_start(now: datetime) -> datetime:
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def upcoming_meetings(vault: Vault, now: datetime) -> list[Meeting]:
    """Plans from now to :data:`AHEAD` from now, and plans whose check-in
    is still to come or in its grace; soonest first."""
    start, end = _day_start(now), now + AHEAD
    ids = [s.id for s in vault.plans.page(limit=PLANS_READ) if start <= s.occurred_at < end]
    plans = {plan_id: vault.plans.get(plan_id) for plan_id in ids}
    for plan_id, fields in vault.plans.with_check_in(since=now - timedelta(days=1)):
        plans.setdefault(plan_id, fields)
    found = []
    for plan_id, fields in plans.items():
        check_in = check_in_of(plan_id, fields, now)
        waiting = check_in is not None and check_in.state in _WAITING
        status = fields.get("status") or "draft"
        starts = fields.get("starts_at")
        if status == "cancelled" or not starts:
            continue
        begins = from_iso(str(starts))
        if not waiting and (status == "done" or not now <= begins < end):
            continue  # begun, or done, and nobody waits for its check-in
        found.append(Meeting(plan_id, str(fields.get("title") or ""), begins, check_in))
    found.sort(key=lambda m: (m.starts_at, m.plan_id))
    return found


def read_safety_today(vault: Vault, now: datetime, today: date) -> SafetyToday:
    """Everything the safety rows of Today show."""
    summaries, incident_count = vault.incidents.open_unreviewed(limit=SHOWN)
    reviews, review_count = vault.risks.due_for_review(today, limit=SHOWN)
    return SafetyToday(
        meetings=upcoming_meetings(vault, now),
        incidents=[vault.incidents.get(s.id) for s in summaries],
        incident_count=incident_count,
        reviews=reviews,
        review_count=review_count,
    )
