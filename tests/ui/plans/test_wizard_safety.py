"""The plan wizard informed by what happened (issue 13), by keyboard: a
linked risk assessment in brief beside the questions, the latest incidents
and safety observations for the same setting on the setting and location
steps (read, never copied into the plan), and the check-in questions (how
long to wait, how to reach each other, what to do if one of us does not
check in)."""

from __future__ import annotations

import json
from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWizard

from fieldsafe.core.checkins import NO_CHECK_IN
from fieldsafe.core.clock import to_iso
from fieldsafe.ui.plans.wizard import PlanWizard
from fieldsafe.ui.risk.templates import assessment_from_template
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, find, unnamed_focusable, wait_ops

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
INCIDENT_TEXT = "A man photographed us by the kiosk. canary-incident-7f2"
OBSERVATION = "A car circled the block twice. canary-observation-4c1"


def _safety_records(vault: Vault) -> str:
    street = vault.risks.save(
        assessment_from_template("street_outreach")
        | {"title": "Street outreach, north", "setting": "street", "area": "North"}
    )
    vault.incidents.save(
        {
            "occurred_at": to_iso(START - timedelta(days=3)),
            "type": "surveillance_or_following",
            "area": "north",  # the assessment's area, another setting
            "setting": "bar_or_club",
            "what_happened": INCIDENT_TEXT,
        }
    )
    vault.incidents.save(
        {"occurred_at": to_iso(START - timedelta(days=40)), "setting": "online", "title": "far"}
    )
    vault.logs.save(
        occurred_at=START - timedelta(days=2),
        title="Evening round",
        setting="street",
        safety=OBSERVATION,
    )
    return street.id


def _new_plan(qtbot, window: MainWindow) -> PlanWizard:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # Meeting plans
    plans = window.plans
    plans.new_button.setFocus()
    qtbot.keyClick(plans.new_button, Qt.Key.Key_Space)
    wizard = next(w for w in plans.findChildren(PlanWizard) if w.isVisible())
    qtbot.waitExposed(wizard)
    activate(qtbot, wizard)
    return wizard


def _next(qtbot, wizard: QWizard) -> None:  # noqa: ANN001
    """Alt+N: Next (a button's shortcut clicks it a moment later)."""
    page = wizard.currentId()
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() != page)


def _finish(qtbot, wizard: QWizard) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard) or not wizard.isVisible())


def _tab_to(qtbot, wizard: QWizard, name: str) -> None:  # noqa: ANN001
    for _ in range(12):
        if QApplication.focusWidget() is not None and (
            QApplication.focusWidget().accessibleName() == name
        ):
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}")


def test_the_next_plan_for_that_place_shows_the_assessment_and_what_happened(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    street_id = _safety_records(vault)
    wizard = _new_plan(qtbot, window)
    context = wizard.context
    assert not wizard.context_area.isVisible()  # nothing linked, nothing to show yet

    question = "Which risk assessment does this meeting follow?"
    _tab_to(qtbot, wizard, question)
    choice = find(question, QComboBox, within=wizard)
    with qtbot.waitSignal(context.loaded, timeout=10_000):
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.currentData() == street_id
    qtbot.waitUntil(wizard.context_area.isVisible)
    shown = "\n".join(context.texts())
    assert "Street outreach, north" in shown
    assert "Threats" in shown and "Capacities" in shown and "Measures before" in shown
    # Only the place steps show what happened before.
    assert INCIDENT_TEXT not in shown

    _next(qtbot, wizard)  # the setting
    assert wizard.currentPage().title() == "The setting"
    setting = find("What kind of place?", QComboBox, within=wizard)
    setting.setFocus()
    with qtbot.waitSignal(context.loaded, timeout=10_000):
        qtbot.keyClick(setting, Qt.Key.Key_Down)  # Street
    assert setting.currentData() == "street"
    shown = "\n".join(context.texts())
    assert "What happened there before" in shown
    assert INCIDENT_TEXT in shown  # the same area as the linked assessment
    assert OBSERVATION in shown  # a log from the same setting
    assert "far" not in shown  # another setting and area
    assert wizard.context_area.isVisibleTo(wizard.currentPage())
    assert unnamed_focusable(wizard) == []

    _next(qtbot, wizard)  # the location step shows it too
    assert wizard.currentPage().title() == "The location"
    assert wizard.context_area.isVisibleTo(wizard.currentPage())
    assert INCIDENT_TEXT in "\n".join(context.texts())
    find("Where do we meet?", QLineEdit, within=wizard).setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "the library")
    _finish(qtbot, wizard)
    wait_ops(qtbot)

    (summary,) = vault.plans.page()
    fields = vault.plans.get(summary.id)
    assert fields["assessment"] == street_id and fields["setting"] == "street"
    stored = json.dumps(fields)
    assert "canary-incident" not in stored and "canary-observation" not in stored


def test_the_check_in_questions_are_asked(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    wizard = _new_plan(qtbot, window)
    while wizard.currentPage().title() != "Scenarios":
        _next(qtbot, wizard)
    answer = find("one of us does not check in?", QPlainTextEdit, within=wizard)
    answer.setFocus()
    qtbot.keyClicks(answer, "Call twice, then the coordinator.")
    while wizard.currentPage().title() != "Timing":
        _next(qtbot, wizard)
    grace_name = "How long do we wait after the check-in time before acting?"
    grace = find(grace_name, QComboBox, within=wizard)
    assert grace.currentText() == "15 minute(s)" or grace.currentData() == 15
    grace.setFocus()
    qtbot.keyClick(grace, Qt.Key.Key_Down)  # 20 minutes
    contact = find("How do we reach each other during and after the meeting?", QLineEdit)
    contact.setFocus()
    qtbot.keyClicks(contact, "Signal: +31 6 1234")
    assert unnamed_focusable(wizard) == []
    _finish(qtbot, wizard)

    (summary,) = vault.plans.page()
    fields = vault.plans.get(summary.id)
    assert fields["check_in_grace_minutes"] == 20
    assert fields["colleague_contact"] == "Signal: +31 6 1234"
    assert {"prompt": NO_CHECK_IN, "answer": "Call twice, then the coordinator."} in fields[
        "scenarios"
    ]
    assert fields["assessment"] is None or fields["assessment"] == ""

    # Left at the default, the wait is not written: an older plan edited shows no change.
    wizard = PlanWizard({"starts_at": to_iso(START)}, vault=vault)
    qtbot.addWidget(wizard)
    assert wizard.widget("check_in_grace_minutes").value() == 15
    assert wizard.values()["check_in_grace_minutes"] is None
    wizard = PlanWizard({"starts_at": to_iso(START), "check_in_grace_minutes": 15}, vault=vault)
    qtbot.addWidget(wizard)
    assert wizard.values()["check_in_grace_minutes"] == 15


def test_a_link_to_an_assessment_no_longer_held_is_kept(qtbot, vault: Vault) -> None:  # noqa: ANN001
    gone = "0b6a3f52-1c1d-4f0e-9a43-6b5e1d0c2a77"
    wizard = PlanWizard({"starts_at": to_iso(START), "assessment": gone}, vault=vault)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.context.loaded, timeout=10_000):
        wizard.look_up()
    assert wizard.values()["assessment"] == gone
    assert "The linked risk assessment is no longer in this vault." in wizard.context.texts()
