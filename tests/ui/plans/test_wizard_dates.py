"""The plan wizard's times (issue "Interface", 1.1 and 2): typed in the
locale's format with the keyboard, calendars that start at today (never at
1899), no keyboard trap, and the reasons set apart as hints without italics."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWizard

from fieldsafe.core.clock import from_iso
from fieldsafe.core.plans import STEPS
from fieldsafe.ui.common.date_time import OptionalDateTime
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import find


def _timing_page(qtbot, window: MainWindow) -> QWizard:  # noqa: ANN001
    plans = window.show_plans()
    assert plans is not None
    wizard = plans.new_plan()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    while wizard.currentPage().title() != "Timing":
        wizard.next()
    return wizard


def _local(value: str) -> tuple[date, time]:
    shown = from_iso(value).astimezone()
    return shown.date(), shown.time()


def test_plan_times_are_typed_and_the_calendar_starts_at_today(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    wizard = _timing_page(qtbot, window)
    end = find("When we expect to be done", QLineEdit, within=wizard)
    assert end.text() == "" and end.placeholderText() == "Not decided"
    end.setFocus()
    qtbot.waitUntil(end.hasFocus)
    qtbot.keyClick(end, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = wizard.widget("ends_at").day.calendar
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day), (
        "the calendar of an undecided time does not start at today"
    )
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)

    check_in = find("When we check in with each other", QLineEdit, within=wizard)
    check_in.setFocus()
    qtbot.keyClicks(check_in, "2026-12-07")
    qtbot.keyClick(check_in, Qt.Key.Key_Tab)  # to the calendar button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the time
    clock = find("When we check in with each other: time", QLineEdit, within=wizard)
    assert clock.hasFocus()
    qtbot.keyClicks(clock, "19:45")
    assert check_in.text() != "" and "07122026" not in check_in.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Finish
    (summary,) = vault.plans.page()
    fields = vault.plans.get(summary.id)
    assert _local(fields["check_in_at"]) == (date(2026, 12, 7), time(19, 45))
    assert not fields.get("ends_at"), "an undecided time was stored"
    assert fields["starts_at"]  # the start the new plan was given


def test_tab_leaves_every_time_question_in_three_presses(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    wizard = _timing_page(qtbot, window)
    names = ["Date and time", "When we expect to be done", "When we check in with each other"]
    for name, following in zip(names, names[1:], strict=False):
        field = find(name, QLineEdit, within=wizard)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        target = find(following, QLineEdit, within=wizard)
        for _press in range(3):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if target.hasFocus():
                break
        assert target.hasFocus(), f"Tab from {name!r} went to {QApplication.focusWidget()!r}"


def test_the_start_is_required_and_kept(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    wizard = _timing_page(qtbot, window)
    start = wizard.widget("starts_at")
    assert isinstance(start, OptionalDateTime)
    before = start.value()
    assert before is not None and before > datetime(2000, 1, 1, tzinfo=UTC)
    field = find("Date and time", QLineEdit, within=wizard)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert start.value() == before
    assert wizard.values()["starts_at"]


def test_reasons_are_hints_never_italics(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    plans = window.show_plans()
    assert plans is not None
    wizard = plans.new_plan()
    reasons = {q.why for step in STEPS for q in step.questions}
    hints = [label for label in wizard.findChildren(QLabel) if label.text() in reasons]
    assert len(hints) == len(reasons)
    for label in hints:
        assert label.property("role") == "hint"
        assert not label.font().italic(), f"{label.text()!r} is in italics"
