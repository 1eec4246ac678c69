"""The safety loop in the main window at lock, and check-ins that act
(issue 13): the watch starts at unlock and stops at lock, its notice is at
the top of the window, *I'm back safely* by keyboard clears it, the tray
message follows the Preferences check box (off by default); locking keeps
the assessment and the "Something happened" being written as drafts and
leaves no record text on screen."""

from __future__ import annotations

import secrets
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPlainTextEdit, QPushButton

from fieldsafe.core.checkins import NO_CHECK_IN
from fieldsafe.core.clock import FakeClock, to_iso
from fieldsafe.ui.checkins.tray import CheckInTray
from fieldsafe.ui.shell import settings
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.preferences import PreferencesDialog
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, assert_nowhere, find, flush_deletes, wait_ops
from tests.ui.shell.test_safety_loop import _form, _key

CHECK_IN = START + timedelta(hours=1)


def _plan(vault: Vault, answer: str) -> str:
    plan_id, _ = vault.plans.save(
        {
            "title": "Café by the station",
            "starts_at": to_iso(START),
            "check_in_at": to_iso(CHECK_IN),
            "colleague": "Bea",
            "colleague_contact": "0712 345 678",
            "scenarios": [{"prompt": NO_CHECK_IN, "answer": answer}],
        }
    )
    return plan_id


def _look(qtbot, window: MainWindow, clock: FakeClock, moment) -> None:  # noqa: ANN001
    clock._now = moment
    with qtbot.waitSignal(window.safety.watch.checked, timeout=10_000):
        window.safety.watch.timer.timeout.emit()


def test_a_passed_check_in_shows_at_the_top_and_back_safely_clears_it(
    qtbot, session, window: MainWindow, vault: Vault, clock: FakeClock, monkeypatch
) -> None:  # noqa: ANN001
    session.idle.stop()  # the clock jumps by hours: no idle lock meanwhile
    monkeypatch.setattr(CheckInTray, "available", staticmethod(lambda: True))
    answer = "Call Bea twice, then the coordinator."
    plan_id = _plan(vault, answer)
    watch, notice = window.safety.watch, window.safety.notice
    assert watch.timer.isActive()  # started at unlock
    area = window.centralWidget().layout().itemAt(0).widget()  # above the work
    assert area is window.safety.notice_area and area.widget() is notice
    assert not area.isVisible()
    _look(qtbot, window, clock, CHECK_IN + timedelta(minutes=14))
    assert not notice.isVisible()
    _look(qtbot, window, clock, CHECK_IN + timedelta(minutes=15))
    assert notice.isVisible() and notice.answer.text() == answer and area.isVisible()
    assert window.safety.tray.shown == []  # the tray message is off by default

    # Preferences: the tray message, by keyboard
    _key(qtbot, window, Qt.Key.Key_Comma)
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    box = find("System notice when a check-in time passes", QCheckBox, within=dialog)
    assert not box.isChecked()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_ops(qtbot)
    assert settings.load().check_in_tray and window.safety.tray.enabled

    button = find("I'm back safely", QPushButton, within=notice)
    button.setFocus()
    with qtbot.waitSignal(watch.marked, timeout=10_000):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=10_000)
    assert not area.isVisible()
    assert vault.plans.get(plan_id)["checked_in_at"]

    # "Open the plan" leads to it
    other = _plan(vault, answer)
    _look(qtbot, window, clock, CHECK_IN + timedelta(minutes=20))
    assert window.safety.tray.shown == [("FieldSafe", "A check-in time has passed.")]
    opener = find("Open the plan", QPushButton, within=notice)
    opener.setFocus()
    qtbot.keyClick(opener, Qt.Key.Key_Space)
    assert window.work.currentWidget() is window.plans
    assert window.plans._plan_id == other


def test_lock_keeps_what_is_written_and_leaves_no_record_text(
    qtbot, session, window: MainWindow, vault: Vault, clock: FakeClock, vault_dir, passphrase
) -> None:  # noqa: ANN001
    session.idle.stop()  # the clock jumps by hours: no idle lock meanwhile
    canary = "canary" + secrets.token_hex(6)
    vault.incidents.save({"occurred_at": to_iso(START), "title": canary + "incident"})
    vault.risks.save({"title": canary + "assessment", "next_review": "2026-03-01"})
    _plan(vault, canary + "answer")
    _look(qtbot, window, clock, CHECK_IN + timedelta(hours=1))
    assert window.safety.notice.isVisible()
    _key(qtbot, window, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: window.safety.incidents.list.topLevelItemCount() == 1)
    _key(qtbot, window, Qt.Key.Key_6)
    risks = window.safety.risks
    risks.new_assessment()  # written, without a name: it cannot be saved, only kept
    find("Its objective", QPlainTextEdit, within=risks).setPlainText(canary + "objective")
    _key(qtbot, window, Qt.Key.Key_I)
    dialog = _form(qtbot)
    activate(qtbot, dialog)
    dialog.form.what_happened.setPlainText(canary + "typed")
    window.show_today()

    session.request_lock()
    wait_ops(qtbot)
    flush_deletes()
    assert session.main_window is None
    assert_nowhere(canary)
    again = Vault.open(vault_dir, passphrase)  # what the next unlock offers back
    try:
        (risk,) = again.drafts.orphans("risk_assessment")
        (incident,) = again.drafts.orphans("incident")
    finally:
        again.lock()
    assert risk.fields["objective"] == canary + "objective"
    assert incident.fields["what_happened"] == canary + "typed"
