"""Editing a plan never writes back what changed while the editor was open:
the plan wizard, the status box and "Meeting done" save only the fields the
person changed over the plan as it is stored now, and pass what they loaded
as ``base`` to vault.plans.save (so an "I'm back safely" mark stored by the
check-in watch meanwhile is kept too). A field both changed takes the
editor's value: it is the latest edit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fieldsafe.core.checkins import mark_back_safely
from fieldsafe.core.clock import FakeClock, to_iso
from fieldsafe.ui.plans.view import PlansView
from fieldsafe.vault import Vault
from tests.ui.conftest import START

PLAN = {
    "starts_at": "2026-03-05T10:00:00Z",
    "check_in_at": "2026-03-05T12:00:00Z",
    "title": "the café",
    "location": "the café",
    "alert_signal": "scarf",
}
BACK = datetime(2026, 3, 5, 11, 40, tzinfo=UTC)


def _open(qtbot, vault: Vault) -> tuple[PlansView, str]:  # noqa: ANN001
    plan_id, _ = vault.plans.save(dict(PLAN))
    view = PlansView(clock=FakeClock(START))
    qtbot.addWidget(view)
    view.attach(vault)
    view.reload(select=plan_id)
    return view, plan_id


def _meanwhile(vault: Vault, plan_id: str, **changes: Any) -> None:  # noqa: ANN401
    """Another part of FieldSafe changes the stored plan (the check-in
    watch, a received update, the log linked after the meeting)."""
    vault.plans.save({**vault.plans.get(plan_id), **changes}, plan_id=plan_id)


def test_the_wizard_keeps_fields_changed_while_it_was_open(qtbot, vault: Vault) -> None:  # noqa: ANN001
    view, plan_id = _open(qtbot, vault)
    wizard = view.edit_plan()
    assert wizard is not None
    vault.plans.save(mark_back_safely(vault.plans.get(plan_id), BACK), plan_id=plan_id)
    _meanwhile(vault, plan_id, backup_location="the library", alert_signal="hat off")
    wizard.widget("alert_signal").setText("scarf off: we leave")
    wizard.widget("location").setText("the park")
    wizard.accept()
    stored = vault.plans.get(plan_id)
    assert stored["location"] == "the park"  # the wizard's own changes
    assert stored["alert_signal"] == "scarf off: we leave"  # both changed it: the latest edit
    assert stored["backup_location"] == "the library"  # changed meanwhile, kept
    assert stored["checked_in_at"] == to_iso(BACK)  # the mark, kept


def test_the_status_box_keeps_fields_changed_since_the_plan_was_shown(qtbot, vault: Vault) -> None:  # noqa: ANN001
    view, plan_id = _open(qtbot, vault)
    _meanwhile(vault, plan_id, backup_location="the library")
    view.status.setCurrentIndex(view.status.findData("ready"))
    view.status.activated.emit(view.status.currentIndex())
    stored = vault.plans.get(plan_id)
    assert stored["status"] == "ready"
    assert stored["backup_location"] == "the library"


def test_meeting_done_keeps_fields_changed_since_the_plan_was_shown(qtbot, vault: Vault) -> None:  # noqa: ANN001
    view, plan_id = _open(qtbot, vault)
    _meanwhile(vault, plan_id, backup_location="the library")
    done = []
    view.meeting_done.connect(lambda *args: done.append(args))
    view.done_button.click()
    stored = vault.plans.get(plan_id)
    assert stored["status"] == "done"
    assert stored["backup_location"] == "the library"
    assert done and done[0][0] == plan_id
