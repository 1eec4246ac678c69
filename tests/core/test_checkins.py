"""Check-ins that act, without Qt: when a plan's check-in time plus its
grace has passed without "I'm back safely" (``fieldsafe.core.checkins``),
read with an injected time, and how the vault finds the plans to read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fieldsafe.core.checkins import (
    DEFAULT_GRACE,
    NO_CHECK_IN,
    NOTICE_FOR,
    CheckInState,
    check_in_of,
    check_ins,
    due_for_notice,
    mark_back_safely,
    next_change,
    upcoming,
)
from fieldsafe.core.clock import FakeClock, to_iso
from fieldsafe.core.records import MEETING_PLAN, RecordId
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.vault import Vault

MEETING = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
CHECK_IN = MEETING + timedelta(hours=2)
PLAN = RecordId("00000000-0000-4000-8000-000000000001")
OTHER = RecordId("00000000-0000-4000-8000-000000000002")


def plan(**fields: Any) -> dict[str, Any]:
    return MEETING_PLAN.validate(
        {
            "title": "Café by the station",
            "starts_at": to_iso(MEETING),
            "check_in_at": to_iso(CHECK_IN),
            "colleague": "Bea",
            "colleague_contact": "0712 345 678",
            "scenarios": [
                {"prompt": "we_are_late", "answer": "Text the other."},
                {"prompt": NO_CHECK_IN, "answer": "Call Bea twice, then the coordinator."},
            ],
            **fields,
        }
    )


def test_the_plan_kind_holds_the_check_in_fields() -> None:
    clean = MEETING_PLAN.validate({"starts_at": to_iso(MEETING)})
    assert clean["check_in_grace_minutes"] is None
    assert clean["checked_in_at"] is None
    assert clean["colleague_contact"] == ""
    assert "colleague_contact" in MEETING_PLAN.identifying_fields  # never on a minimal printout
    assert (
        MEETING_PLAN.validate({**clean, "check_in_grace_minutes": 0})["check_in_grace_minutes"] == 0
    )
    for bad in (-1, 24 * 60 + 1, "15", True):
        with pytest.raises(InvalidRecord) as caught:
            MEETING_PLAN.validate({**clean, "check_in_grace_minutes": bad})
        assert caught.value.field == "check_in_grace_minutes"


def test_a_plan_without_a_check_in_time_has_no_check_in() -> None:
    assert check_in_of(PLAN, plan(check_in_at=""), MEETING) is None
    assert check_ins([(PLAN, plan(check_in_at=""))], MEETING) == []


@pytest.mark.parametrize(
    ("after_check_in", "state"),
    [
        (timedelta(minutes=-1), CheckInState.WAITING),
        (timedelta(0), CheckInState.GRACE),
        (DEFAULT_GRACE - timedelta(seconds=1), CheckInState.GRACE),
        (DEFAULT_GRACE, CheckInState.OVERDUE),
        (DEFAULT_GRACE + NOTICE_FOR - timedelta(seconds=1), CheckInState.OVERDUE),
        (DEFAULT_GRACE + NOTICE_FOR, CheckInState.LAPSED),
    ],
)
def test_the_default_grace_is_fifteen_minutes(
    after_check_in: timedelta, state: CheckInState
) -> None:
    assert DEFAULT_GRACE == timedelta(minutes=15)
    found = check_in_of(PLAN, plan(), CHECK_IN + after_check_in)
    assert found is not None and found.state is state
    assert found.overdue_at == CHECK_IN + DEFAULT_GRACE


def test_the_pair_chooses_the_grace() -> None:
    at_once = check_in_of(PLAN, plan(check_in_grace_minutes=0), CHECK_IN)
    assert at_once is not None and at_once.state is CheckInState.OVERDUE
    hour = plan(check_in_grace_minutes=60)
    assert check_in_of(PLAN, hour, CHECK_IN + timedelta(minutes=59)).state is CheckInState.GRACE  # type: ignore[union-attr]
    assert check_in_of(PLAN, hour, CHECK_IN + timedelta(minutes=60)).state is CheckInState.OVERDUE  # type: ignore[union-attr]


def test_back_safely_and_cancelled_end_it_meeting_done_does_not() -> None:
    late = CHECK_IN + timedelta(hours=1)
    done = mark_back_safely(plan(), late)
    assert done["checked_in_at"] == to_iso(late)
    assert MEETING_PLAN.validate(done) == done  # still a valid plan
    assert check_in_of(PLAN, done, late + timedelta(hours=1)).state is CheckInState.DONE  # type: ignore[union-attr]
    assert mark_back_safely(done, late + timedelta(hours=3))["checked_in_at"] == to_iso(late)
    cancelled = check_in_of(PLAN, plan(status="cancelled"), late)
    assert cancelled is not None and cancelled.state is CheckInState.CANCELLED
    met = check_in_of(PLAN, plan(status="done"), late)
    assert met is not None and met.state is CheckInState.OVERDUE


def test_the_notice_carries_the_pairs_own_words() -> None:
    found = due_for_notice([(PLAN, plan())], CHECK_IN + timedelta(minutes=20))
    assert len(found) == 1
    check_in = found[0]
    assert check_in.plan_id == PLAN and check_in.is_overdue
    assert check_in.answer == "Call Bea twice, then the coordinator."
    assert (check_in.colleague, check_in.colleague_contact) == ("Bea", "0712 345 678")
    assert check_in.title == "Café by the station" and check_in.starts_at == MEETING
    no_answer = check_in_of(PLAN, plan(scenarios=[]), CHECK_IN)
    assert no_answer is not None and no_answer.answer == ""


def test_due_for_notice_lists_only_overdue_ones_longest_overdue_first() -> None:
    now = CHECK_IN + timedelta(hours=1)
    plans = [
        (PLAN, plan()),  # overdue since CHECK_IN + 15 min
        (OTHER, plan(check_in_at=to_iso(CHECK_IN - timedelta(hours=1)))),  # overdue longer
        (RecordId("00000000-0000-4000-8000-000000000003"), plan(check_in_at=to_iso(now))),
        (RecordId("00000000-0000-4000-8000-000000000004"), mark_back_safely(plan(), now)),
        (RecordId("00000000-0000-4000-8000-000000000005"), plan(status="cancelled")),
        (
            RecordId("00000000-0000-4000-8000-000000000006"),
            plan(check_in_at=to_iso(now - NOTICE_FOR - timedelta(hours=1))),
        ),
    ]
    assert [c.plan_id for c in due_for_notice(plans, now)] == [OTHER, PLAN]


def test_upcoming_for_today_and_when_to_look_again() -> None:
    soon = (PLAN, plan())
    later = (OTHER, plan(check_in_at=to_iso(CHECK_IN + timedelta(days=10))))
    now = MEETING
    assert [c.plan_id for c in upcoming([soon, later], now)] == [PLAN]
    assert [c.plan_id for c in upcoming([soon, later], now, within=timedelta(days=30))] == [
        PLAN,
        OTHER,
    ]
    assert next_change([soon, later], now) == CHECK_IN + DEFAULT_GRACE
    overdue_now = CHECK_IN + DEFAULT_GRACE
    # once overdue, the next change is when it stops being brought up (or the later plan)
    assert next_change([soon], overdue_now) == overdue_now + NOTICE_FOR
    assert next_change([(PLAN, mark_back_safely(plan(), now))], now) is None


def test_a_time_zone_does_not_move_the_check_in() -> None:
    shifted = plan(check_in_at="2026-03-10T19:00:00+02:00")  # 17:00 UTC
    found = check_in_of(PLAN, shifted, CHECK_IN)
    assert found is not None and found.check_in_at == CHECK_IN


# -- the vault ---------------------------------------------------------------------


def test_the_vault_finds_plans_with_a_check_in_from_a_time_on(vault: Vault) -> None:
    first, _ = vault.plans.save(plan())
    second, _ = vault.plans.save(plan(check_in_at=to_iso(CHECK_IN + timedelta(days=2))))
    vault.plans.save(plan(check_in_at=""))  # none
    vault.plans.save(plan(check_in_at=to_iso(CHECK_IN - timedelta(days=5))))  # long ago
    since = CHECK_IN - timedelta(days=1)
    found = vault.plans.with_check_in(since=since)
    assert [plan_id for plan_id, _ in found] == [first, second]
    assert found[0][1]["colleague_contact"] == "0712 345 678"


def test_back_safely_is_kept_in_the_plan_and_goes_with_it(vault: Vault) -> None:
    clock = FakeClock(CHECK_IN + timedelta(hours=1))
    plan_id, fields = vault.plans.save(plan())
    assert [
        c.plan_id for c in due_for_notice(vault.plans.with_check_in(since=MEETING), clock.now())
    ] == [plan_id]
    vault.plans.save(mark_back_safely(fields, clock.now()), plan_id=plan_id)
    assert due_for_notice(vault.plans.with_check_in(since=MEETING), clock.now()) == []
    assert vault.plans.versions(plan_id)  # the mark is an edit: the plan's history shows it
    vault.plans.delete(plan_id)
    assert vault.plans.with_check_in(since=MEETING) == []
    with pytest.raises(NotFound):
        vault.plans.get(plan_id)
