"""Rules of outreach logs kept in the Qt-free core: attachments mean paper
notes, and which fields identify a person or a place."""

from __future__ import annotations

import pytest

from fieldsafe.core.logs import log_after_attaching, paper_notes_after_attaching
from fieldsafe.core.records import (
    DEBRIEF,
    KINDS,
    MEETING_PLAN,
    OUTREACH_LOG,
    FieldSpec,
    OutreachLog,
    RecordId,
)


def _log(**changes: object) -> OutreachLog:
    fields = OUTREACH_LOG.validate({"occurred_at": "2026-03-01T10:00:00Z", **changes})
    return OutreachLog.from_fields(
        RecordId("8f0e4b2c-5d6a-4e1f-9b3c-2a7d8e9f0a1b"),
        fields,
        "2026-03-01T10:05:00Z",
        "2026-03-01T10:05:00Z",
    )


# -- attachments mean paper notes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "added", "after"),
    [
        (False, 0, False),  # nothing attached: no paper notes are invented
        (False, 1, True),  # a scan came in: there is paper to destroy
        (False, 3, True),
        (True, 0, True),  # never taken away
        (True, 2, True),
    ],
)
def test_attachments_mean_paper_notes(before: bool, added: int, after: bool) -> None:
    assert paper_notes_after_attaching(before, added) is after


def test_a_log_without_paper_notes_gets_them_and_nothing_else_changes() -> None:
    log = _log(title="visit", area="north", tags=["health"])
    updated = log_after_attaching(log, 1)
    assert updated.paper_notes is True
    assert updated.paper_destroyed_at is None
    assert updated.to_fields() == {**log.to_fields(), "paper_notes": True}
    # The Today view lists it until the paper is confirmed destroyed.
    assert ("paper_pending", "1") in OUTREACH_LOG.facets(updated.to_fields())
    assert ("paper_pending", "1") not in OUTREACH_LOG.facets(log.to_fields())


def test_nothing_to_save_when_nothing_changes() -> None:
    plain = _log(title="visit")
    assert log_after_attaching(plain, 0) is plain
    marked = _log(title="visit", paper_notes=True)
    assert log_after_attaching(marked, 2) is marked


def test_a_confirmed_destruction_is_kept() -> None:
    destroyed = _log(paper_notes=True, paper_destroyed_at="2026-03-02T09:00:00Z")
    assert log_after_attaching(destroyed, 1) is destroyed
    assert ("paper_pending", "1") not in OUTREACH_LOG.facets(destroyed.to_fields())


# -- identifying fields ----------------------------------------------------------------------


def test_a_field_identifies_no_one_unless_marked() -> None:
    assert FieldSpec("x", "text").identifying is False


def test_the_identifying_fields_of_a_log_are_people_and_places() -> None:
    # The minimal printout leaves exactly these out (tests/ui/logs/test_printing.py).
    assert OUTREACH_LOG.identifying_fields == ("setting", "area", "who_went", "person_codes")
    for name in ("title", "body", "needs", "referrals", "follow_ups", "safety", "tags"):
        assert not OUTREACH_LOG.by_name[name].identifying, name


def test_the_identifying_fields_of_a_plan_are_people_and_places() -> None:
    assert MEETING_PLAN.identifying_fields == (
        "colleague",
        "colleague_contact",  # how to reach the colleague: a number points to a person
        "person_codes",
        "location",
        "backup_location",
    )


def test_identifying_fields_follow_the_flag() -> None:
    for spec in KINDS.values():
        assert spec.identifying_fields == tuple(f.name for f in spec.fields if f.identifying)
    assert DEBRIEF.identifying_fields == ()
