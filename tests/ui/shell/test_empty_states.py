"""Empty states that teach (Interface 3): the first log, the first plan and
an empty journal each say what the place is for and offer one next step,
reached and pressed by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWizard

from fieldsafe.core.records import RecordFilter
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import START, find, find_all, wait_ops


def _texts(widget) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def _tab_to(qtbot, start, target, limit: int = 30) -> None:  # noqa: ANN001
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def test_the_first_log_is_taught_and_started_by_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    empty = window.empty_logs
    assert empty.isVisible()
    assert "No outreach logs yet" in _texts(empty)
    assert "person codes" in _texts(empty)
    assert "person codes" in window.log_view.accessibleDescription()
    assert not window.info.isVisible()  # said once, not twice
    button = find("Write the first log", QPushButton, within=window)
    _tab_to(qtbot, window.log_view, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    title = find("Title", QLineEdit, within=window)
    assert title.hasFocus()
    qtbot.keyClicks(title, "First visit")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_ops(qtbot)
    assert window.log_model.rowCount() == 1
    assert not empty.isVisible() and not window.log_view.accessibleDescription()


def test_filters_that_hide_every_log_are_not_the_first_log(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    vault.logs.save(occurred_at=START, title="A visit")
    window.panel.reload()
    assert not window.empty_logs.isVisible()
    window.log_model.set_filter(RecordFilter(tag="no-such-tag"))
    window.panel.update_empty_state()
    assert window.log_model.rowCount() == 0
    assert not window.empty_logs.isVisible()
    assert window.info.text() == "No logs match these filters."


def test_the_first_plan_is_taught_and_started_by_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    plans = window.show_plans()
    assert plans is not None and window.empty_plans.isVisible()
    assert "No meeting plans yet" in _texts(window.empty_plans)
    button = find("Plan a meeting", QPushButton, within=window)
    _tab_to(qtbot, plans.list, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QWizard))
    )
    wizard = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()
    )
    wizard.reject()


def test_a_plan_hides_the_first_plan_state(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.plans.save({"starts_at": "2026-03-05T10:00:00Z", "location": "the café"})
    window.show_plans()
    assert not window.empty_plans.isVisible()
    assert not find_all("Plan a meeting", QPushButton, within=window)


def test_no_empty_state_before_the_vault_is_open(qtbot, session, vault: Vault) -> None:  # noqa: ANN001
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.empty_logs.isVisible()
    window.attach(vault)
    qtbot.waitUntil(window.empty_logs.isVisible)
