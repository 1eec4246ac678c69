"""The one optional-date widget (issue "Interface", 1.1), driven by the
keyboard: typing a date in the locale's short format, a calm note for what is
not a date, no keyboard trap, a calendar that starts at today, quick picks,
"No date", and review-by and follow-up due dates that are typed and saved."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget

from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import START, find


def _form(qtbot) -> tuple[QWidget, OptionalDate, QLineEdit]:  # noqa: ANN001
    """An optional date named "Due date" between two line edits."""
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit(window)
    field = OptionalDate("No due date", window)
    after = QLineEdit(window)  # made in this order, so Tab goes before, field, after
    before.setAccessibleName("Before")
    after.setAccessibleName("After")
    field.setAccessibleName("Due date")
    layout.addWidget(before)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, field, after


def _spaced(day: date) -> str:
    """``day`` as someone types it: the locale's order, spaces between."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat).replace("yyyy", "yy")
    text = QLocale().toString(QDate(day.year, day.month, day.day), fmt.replace("yy", "yyyy"))
    return " ".join(part for part in "".join(c if c.isdigit() else " " for c in text).split())


def _edit(window: QWidget) -> QLineEdit:
    return find("Due date", QLineEdit, within=window)


def test_typing_a_date_in_the_locale_order_sets_it(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    edit = _edit(window)
    assert edit.text() == "" and edit.placeholderText() == "No due date"
    edit.setFocus()
    qtbot.keyClicks(edit, _spaced(date(2026, 12, 7)))
    assert field.value() == date(2026, 12, 7)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert field.value() == date(2026, 12, 7), "leaving the field lost the date"
    assert "No due date" not in edit.text()


def test_an_iso_date_is_accepted_too(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    _edit(window).setFocus()
    qtbot.keyClicks(_edit(window), "2026-12-07")
    assert field.value() == date(2026, 12, 7)


def test_an_invalid_date_is_reported_and_kept_visible(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    edit = _edit(window)
    edit.setFocus()
    qtbot.keyClicks(edit, "31 31 2026")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.text() == "31 31 2026", "what was typed was reverted"
    assert field.value() is None
    note = find("Due date: note", within=window)
    assert "Not a date" in note.text()
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, "2026-12-07")
    assert not note.isVisible(), "the note stayed after the date was fixed"


def test_tab_leaves_the_widget_in_at_most_two_presses(qtbot) -> None:  # noqa: ANN001
    window, _field, after = _form(qtbot)
    edit = _edit(window)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    for _press in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if after.hasFocus():
            break
    assert after.hasFocus(), f"focus is on {QApplication.focusWidget()!r}"


def test_the_calendar_starts_at_today_when_empty(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    edit = _edit(window)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    assert calendar.accessibleName() == "Due date: calendar"
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert field.value() == today


def _menu_pick(qtbot, window: QWidget, text: str) -> None:  # noqa: ANN001
    button = find("Due date: calendar and quick picks", QToolButton, within=window)
    menu = button.menu()
    assert isinstance(menu, QMenu)
    [action] = [a for a in menu.actions() if a.text() == text]
    action.trigger()


def test_quick_picks_set_tomorrow_a_week_and_a_month(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    today = date.today()
    _menu_pick(qtbot, window, "Tomorrow")
    assert field.value() == today + timedelta(days=1)
    _menu_pick(qtbot, window, "In a week")
    assert field.value() == today + timedelta(days=7)
    _menu_pick(qtbot, window, "In a month")
    month = field.value()
    assert month is not None and (month.month - today.month) % 12 == 1
    assert month.day == today.day or month.day < today.day  # the month's last day
    _menu_pick(qtbot, window, "No date")
    assert field.value() is None and _edit(window).text() == ""


def test_review_by_and_a_follow_up_due_date_are_typed_saved_and_on_today(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    editor = window.editor
    editor.title.setText("visit")
    review = find("Review by", QLineEdit, within=window)
    review.setFocus()
    qtbot.keyClicks(review, _spaced(date(2026, 9, 1)))
    qtbot.mouseClick(find("Add a follow-up", within=window), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find("Follow-up 1", QLineEdit, within=window), "call back")
    due = find("Follow-up 1 due date", QLineEdit, within=window)
    due.setFocus()
    day = START.date()
    qtbot.keyClicks(due, _spaced(day))
    assert editor.save()
    stored = vault.logs.get(editor.log_id)
    assert stored.review_by == date(2026, 9, 1)
    assert stored.follow_ups[0].due == day
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert editor.log_id in window.today_view.log_ids()
