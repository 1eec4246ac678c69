"""The safe-meeting wizard as data (no Qt), the plan kind, readiness, and a
plan shared between two vaults through bundles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.core.checkins import NO_CHECK_IN
from fieldsafe.core.interchange import parse_record
from fieldsafe.core.plans import MEETING_PLAN, SCENARIOS, STEPS, question, readiness
from fieldsafe.errors import InvalidRecord
from fieldsafe.exchange.bundle import BadBundle, open_bundle, seal
from fieldsafe.vault import Vault
from fieldsafe.vault.transfer import export_records, import_records

WHEN = "2026-03-10T15:00:00Z"


def test_every_question_is_a_field_and_every_field_is_asked() -> None:
    asked = [q.field for step in STEPS for q in step.questions]
    assert len(asked) == len(set(asked))
    assert set(asked) <= set(MEETING_PLAN.by_name)
    # "I'm back safely" is set by ui/checkins (core.checkins), never asked
    assert set(MEETING_PLAN.by_name) - set(asked) == {"title", "status", "log", "checked_in_at"}
    for step in STEPS:
        for q in step.questions:
            assert q.why and q.label and q.why != q.label  # every question says why it is asked
    assert question("alert_signal").kind == "text"
    with pytest.raises(KeyError):
        question("nope")


def test_the_steps_follow_the_hand_out() -> None:
    assert [s.key for s in STEPS] == [
        "purpose",
        "setting",
        "location",
        "backup",
        "scenarios",
        "during",
        "after",
        "timing",
    ]
    assert len(SCENARIOS) == 8
    assert SCENARIOS[-1] == NO_CHECK_IN  # the pair's answer, shown when a check-in passes


def test_readiness_says_what_is_open_without_blocking() -> None:
    assert readiness({}) == ["colleague", "backup_location", "alert_signal", "check_in_at"]
    full = {
        "colleague": "K",
        "backup_location": "library",
        "alert_signal": "scarf off",
        "check_in_at": WHEN,
    }
    assert readiness(full) == []


def test_plan_validation() -> None:
    clean = MEETING_PLAN.validate(
        {"starts_at": WHEN, "scenarios": [{"prompt": "we_are_late", "answer": "text B"}]}
    )
    assert clean["status"] == "" and clean["scenarios"] == [
        {"prompt": "we_are_late", "answer": "text B"}
    ]
    with pytest.raises(InvalidRecord) as caught:
        MEETING_PLAN.validate({"starts_at": WHEN, "status": "maybe"})
    assert caught.value.field == "status"
    with pytest.raises(InvalidRecord):
        MEETING_PLAN.validate({})  # when it happens is needed


def _pair(tmp_path: Path, passphrase: str) -> tuple[Vault, Vault]:
    a, _ = Vault.create(tmp_path / "a", passphrase)
    b, _ = Vault.create(tmp_path / "b", passphrase)
    a.sharing.set_name("Amal")
    b.sharing.set_name("Bea")
    b_in_a = a.sharing.add_card(b.sharing.identity().card())
    a_in_b = b.sharing.add_card(a.sharing.identity().card())
    a.sharing.verify(b_in_a.id)
    b.sharing.verify(a_in_b.id)
    return a, b


def _share(
    sender: Vault, receiver: Vault, plan_id: str, *, bundle_id: str | None, version: int
) -> str:
    (record,) = [r for r in export_records(sender, ["meeting_plan"]) if r.id == plan_id]
    colleague = sender.sharing.all()[0]
    data = seal(
        {"records": [record.as_json()]},
        sender=sender.sharing.identity(),
        recipients=[colleague.card],
        created_at=datetime(2026, 3, 9, tzinfo=UTC),
        bundle_id=bundle_id,
        version=version,
    )
    opened = open_bundle(
        data,
        me=receiver.sharing.identity(),
        colleagues=receiver.sharing.for_opening(),
        last_versions=receiver.sharing.last_versions(),
    )
    import_records(
        receiver, [parse_record(r, index=i) for i, r in enumerate(opened.content["records"])]
    )
    receiver.sharing.received(opened.bundle_id, opened.bundle_version)
    return opened.bundle_id


def test_two_vaults_share_a_plan_and_see_the_update_and_its_history(
    tmp_path: Path, passphrase: str
) -> None:
    a, b = _pair(tmp_path, passphrase)
    try:
        plan_id, _ = a.plans.save(
            {
                "starts_at": WHEN,
                "colleague": "Bea",
                "location": "the café by the station",
                "backup_location": "the library",
                "alert_signal": "scarf off",
            }
        )
        bundle_id = _share(a, b, plan_id, bundle_id=None, version=1)
        got = b.plans.get(plan_id)
        assert got["backup_location"] == "the library"
        b.plans.save({**got, "backup_location": "the park entrance"}, plan_id=plan_id)
        _share(b, a, plan_id, bundle_id=bundle_id, version=2)
        assert a.plans.get(plan_id)["backup_location"] == "the park entrance"
        history = a.plans.versions(plan_id)
        assert (
            history and history[0][1]["backup_location"] == "the library"
        )  # the earlier version is kept
        with pytest.raises(BadBundle):  # the first bundle again: a replay
            _share(a, b, plan_id, bundle_id=bundle_id, version=1)
    finally:
        a.lock()
        b.lock()
