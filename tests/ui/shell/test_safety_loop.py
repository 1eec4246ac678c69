"""The safety loop in the main window (issue 13), by keyboard: Incidents and
Risk assessments in the sidebar (Ctrl+5, Ctrl+6) with their counts, Ctrl+S
in the assessment, "Something happened" (Ctrl+I from anywhere, the log's
*Register as an incident*, a plan's *Something happened at this meeting*),
and the loop end to end: a log's safety observation becomes an incident,
the assessment for that place is reviewed, and the next plan for that place
shows both."""

from __future__ import annotations

import json
from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QPushButton

from fieldsafe.core.clock import to_iso
from fieldsafe.ui.incidents import review_offer
from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog
from fieldsafe.ui.plans.wizard import PlanWizard
from fieldsafe.ui.risk.templates import assessment_from_template
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.sidebar import COUNT_ROLE
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, find, unnamed_focusable, wait_ops
from tests.ui.risk.test_review import answer_by_keyboard, review_window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
OBSERVATION = "A man in a grey car photographed us twice."


def _key(qtbot, window: MainWindow, key: Qt.Key, modifier=CTRL) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def incident_window() -> IncidentDialog | None:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, IncidentDialog) and shiboken6.isValid(w) and w.isVisible()
    ]
    return found[0] if found else None


def _form(qtbot) -> IncidentDialog:  # noqa: ANN001
    qtbot.waitUntil(lambda: incident_window() is not None)
    dialog = incident_window()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


# -- the sections ---------------------------------------------------------------------------
def test_ctrl_5_and_6_show_the_sections_with_their_counts(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    when = to_iso(START - timedelta(days=1))
    vault.incidents.save({"occurred_at": when, "title": "followed"})
    vault.incidents.save({"occurred_at": when, "title": "threatened"})
    vault.incidents.save({"occurred_at": when, "status": "measures_reviewed"})
    vault.risks.save({"title": "Street outreach", "next_review": "2026-03-01"})
    vault.risks.save({"title": "Online outreach", "next_review": "2026-06-01"})
    window._refresh_counts()
    wait_ops(qtbot)
    sidebar = window.sections
    incidents, risks = sidebar.row_of("incidents"), sidebar.row_of("risk_assessments")
    assert (incidents, risks) == (4, 5)
    assert sidebar.item(incidents).data(COUNT_ROLE) == 2
    assert sidebar.item(risks).data(COUNT_ROLE) == 1
    spoken = sidebar.item(incidents).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Incidents, 2 open incident") and "not yet reviewed" in spoken
    spoken = sidebar.item(risks).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Risk assessments, 1 review")

    _key(qtbot, window, Qt.Key.Key_5)
    assert window.work.currentWidget() is window.safety.incidents
    assert sidebar.currentRow() == incidents
    qtbot.waitUntil(lambda: window.safety.incidents.list.topLevelItemCount() == 3)
    _key(qtbot, window, Qt.Key.Key_6)
    assert window.work.currentWidget() is window.safety.risks
    assert sidebar.currentRow() == risks
    assert window.safety.risks.list.count() == 2
    assert unnamed_focusable(window) == []
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    go.aboutToShow.emit()
    named = {a.shortcut().toString(): a.text() for a in go.actions()}
    assert named["Ctrl+5"] == "Incidents" and named["Ctrl+6"] == "Risk assessments"
    _key(qtbot, window, Qt.Key.Key_1)
    assert window.work.currentIndex() == 0 and sidebar.currentRow() == 0


def test_ctrl_s_saves_the_assessment_and_leaving_saves_it_too(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _key(qtbot, window, Qt.Key.Key_6)
    risks = window.safety.risks
    risks.new_button.setFocus()
    qtbot.keyClick(risks.new_button, Qt.Key.Key_Space)
    title = risks.editor.form.title
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(title, "Outreach in apartments")
    _key(qtbot, window, Qt.Key.Key_S)  # Ctrl+S: the assessment, not the log
    wait_ops(qtbot)
    (stored,) = vault.risks.all()
    assert stored.title == "Outreach in apartments"
    assert vault.logs.count() == 0
    qtbot.keyClicks(title, ", evenings")
    _key(qtbot, window, Qt.Key.Key_2)  # Today: the edit is saved on leaving
    assert window.panel.showing_today
    assert vault.risks.get(stored.id).title == "Outreach in apartments, evenings"


def test_leaving_an_assessment_that_cannot_be_saved_stays_with_it(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _key(qtbot, window, Qt.Key.Key_6)
    risks = window.safety.risks
    risks.new_assessment()
    find("Its objective", QPlainTextEdit, within=risks).setPlainText("Safer evenings")
    _key(qtbot, window, Qt.Key.Key_4)  # no name yet: it cannot be saved
    assert window.work.currentWidget() is risks
    assert window.sections.currentRow() == window.sections.row_of("risk_assessments")
    assert "name" in risks.editor.status.text()


# -- "Something happened" ---------------------------------------------------------------
def test_ctrl_i_from_anywhere_prefills_from_the_saved_log_on_screen(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    log = vault.logs.save(
        occurred_at=START - timedelta(hours=2), title="Round", setting="street", safety=OBSERVATION
    )
    window.log_model.reload()
    assert window.open_log(log.id)
    _key(qtbot, window, Qt.Key.Key_I)
    dialog = _form(qtbot)
    assert dialog.form.fields()["logs"] == [log.id]
    assert dialog.form.fields()["what_happened"] == OBSERVATION
    assert dialog.form.fields()["setting"] == "street"
    dialog.reject()
    qtbot.waitUntil(lambda: incident_window() is None)
    activate(qtbot, window)

    _key(qtbot, window, Qt.Key.Key_4)  # from the plans: a blank form
    _key(qtbot, window, Qt.Key.Key_I)
    dialog = _form(qtbot)
    assert dialog.form.fields()["logs"] == [] and dialog.form.fields()["what_happened"] == ""
    assert any(a.objectName() == "incident-action" for a in window.actions())


def test_a_plan_offers_something_happened_at_this_meeting(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    plan_id, _ = vault.plans.save(
        {"starts_at": to_iso(START - timedelta(hours=3)), "setting": "bar_or_club"}
    )
    _key(qtbot, window, Qt.Key.Key_4)
    button = find("Register an incident from this meeting", QPushButton, within=window)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = _form(qtbot)
    assert dialog.form.fields()["plans"] == [plan_id]
    assert dialog.form.fields()["setting"] == "bar_or_club"


def test_the_loop_from_a_log_to_the_next_plan_for_that_place(
    qtbot, window: MainWindow, vault: Vault, monkeypatch
) -> None:  # noqa: ANN001
    street = vault.risks.save(
        assessment_from_template("street_outreach")
        | {"title": "Street, north", "setting": "street"}
    )
    monkeypatch.setattr(
        review_offer.OfferReview, "ask", answer_by_keyboard(qtbot, [Qt.Key.Key_Return])
    )
    # A log with a safety observation, written by keyboard.
    _key(qtbot, window, Qt.Key.Key_N)
    editor = window.editor
    qtbot.keyClicks(editor.title, "Evening round")
    setting = find("Setting", QComboBox, within=editor)
    setting.setFocus()
    qtbot.keyClick(setting, Qt.Key.Key_Down)  # Street
    safety = find("Safety observations", QPlainTextEdit, within=editor)
    safety.setFocus()
    qtbot.keyClicks(safety, OBSERVATION)
    qtbot.keyClick(safety, Qt.Key.Key_Tab)  # "Register as an incident" is next to it
    button = find("Register as an incident", QPushButton, within=editor)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # saves the log first
    dialog = _form(qtbot)
    assert editor.log_id is not None and not editor.dirty
    assert dialog.form.fields()["logs"] == [editor.log_id]
    assert dialog.form.fields()["what_happened"] == OBSERVATION
    activate(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # save
    qtbot.waitUntil(lambda: review_window() is not None, timeout=10_000)
    (incident,) = vault.incidents.find()

    # The offer named the assessment for the same place; it is reviewed.
    review = review_window()
    assert review is not None and review.assessment_id == street.id
    activate(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_C, ALT)  # What changed
    qtbot.keyClicks(QApplication.focusWidget(), "We leave by another street.")
    qtbot.keyClick(review, Qt.Key.Key_V, ALT)  # Record the review
    qtbot.waitUntil(lambda: review_window() is None, timeout=10_000)
    wait_ops(qtbot)
    assert vault.incidents.get(incident.id).status == "measures_reviewed"
    (entry,) = vault.risks.get(street.id).reviews
    assert entry.incident == incident.id
    qtbot.waitUntil(
        lambda: not window.sections.item(window.sections.row_of("incidents")).data(COUNT_ROLE)
    )

    # The next plan for that place shows the incident and the assessment.
    activate(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_4)
    window.plans.new_button.setFocus()
    qtbot.keyClick(window.plans.new_button, Qt.Key.Key_Space)
    wizard = next(w for w in window.plans.findChildren(PlanWizard) if w.isVisible())
    activate(qtbot, wizard)
    choice = find("Which risk assessment does this meeting follow?", QComboBox, within=wizard)
    choice.setFocus()
    with qtbot.waitSignal(wizard.context.loaded, timeout=10_000):
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert "Street, north" in wizard.context.texts()
    page = wizard.currentId()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, ALT)  # Next: the setting
    qtbot.waitUntil(lambda: wizard.currentId() != page)
    where = find("What kind of place?", QComboBox, within=wizard)
    where.setFocus()
    with qtbot.waitSignal(wizard.context.loaded, timeout=10_000):
        qtbot.keyClick(where, Qt.Key.Key_Down)  # Street
    shown = "\n".join(wizard.context.texts())
    assert shown.count(OBSERVATION) == 2  # as the incident and as the log's observation
    assert "Street, north" in shown
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)  # Finish
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard) or not wizard.isVisible())
    (plan,) = vault.plans.page()
    fields = vault.plans.get(plan.id)
    assert fields["assessment"] == street.id
    assert "grey car" not in json.dumps(fields)  # shown beside, never copied into the plan
