"""The date and time field (issue "Interface", 1.1), built like the optional
date and driven by the keyboard: typed in the locale's format, a calendar
that starts at today, no keyboard trap, a required one that keeps its last
value while what is typed is not a time, and one digit system per locale."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from fieldsafe.ui.common.date_time import OptionalDateTime, parse_time
from fieldsafe.ui.common.localtime import format_time, format_typed_day
from tests.ui.conftest import activate, find


def _form(qtbot, *, required: bool = False) -> tuple[QWidget, OptionalDateTime, QLineEdit]:  # noqa: ANN001
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QLineEdit(window)
    field = OptionalDateTime("Not decided", window, required=required)
    after = QLineEdit(window)
    before.setAccessibleName("Before")
    after.setAccessibleName("After")
    field.setAccessibleName("Check-in")
    for widget in (before, field, after):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window, field, after


def _local(value: datetime | None) -> tuple[date, time] | None:
    if value is None:
        return None
    shown = value.astimezone()
    return shown.date(), shown.time().replace(second=0)


def test_typing_a_date_and_a_time_sets_both(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    day = find("Check-in", QLineEdit, within=window)
    assert field.value() is None and day.placeholderText() == "Not decided"
    day.setFocus()
    qtbot.keyClicks(day, "2026-12-07")
    assert field.value() is None, "a day without a time is not a moment yet"
    note = find("Check-in: time note", within=window)
    assert "Add a time" in note.text()
    clock = find("Check-in: time", QLineEdit, within=window)
    clock.setFocus()
    qtbot.keyClicks(clock, "1830")
    qtbot.keyClick(clock, Qt.Key.Key_Tab)
    assert _local(field.value()) == (date(2026, 12, 7), time(18, 30))
    assert clock.text() == format_time(time(18, 30)), "the time is shown the usual way"
    assert not note.isVisible()


def test_what_is_not_a_time_is_kept_on_screen_with_a_note(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    clock = find("Check-in: time", QLineEdit, within=window)
    clock.setFocus()
    qtbot.keyClicks(clock, "27:99")
    qtbot.keyClick(clock, Qt.Key.Key_Tab)
    assert clock.text() == "27:99", "what was typed was swallowed"
    assert "Not a time" in find("Check-in: time note", within=window).text()


def test_tab_leaves_the_field_in_at_most_three_presses(qtbot) -> None:  # noqa: ANN001
    window, _field, after = _form(qtbot)
    day = find("Check-in", QLineEdit, within=window)
    day.setFocus()
    qtbot.waitUntil(day.hasFocus)
    for _press in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if after.hasFocus():
            break
    assert after.hasFocus(), f"focus is on {QApplication.focusWidget()!r}"


def test_the_calendar_starts_at_today_and_a_pick_moves_on_to_the_time(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot)
    day = find("Check-in", QLineEdit, within=window)
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.day.calendar
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    clock = find("Check-in: time", QLineEdit, within=window)
    qtbot.waitUntil(clock.hasFocus)
    qtbot.keyClicks(clock, "9:05")
    assert _local(field.value()) == (today, time(9, 5))


def test_a_required_field_keeps_its_value_while_the_typing_is_not_a_time(qtbot) -> None:  # noqa: ANN001
    window, field, _after = _form(qtbot, required=True)
    start = datetime(2026, 3, 4, 17, 30, 45, tzinfo=UTC)
    field.set_value(start)
    clock = find("Check-in: time", QLineEdit, within=window)
    clock.setFocus()
    clock.selectAll()
    qtbot.keyClicks(clock, "half past")
    assert field.value() == start
    assert "stays" in find("Check-in: time note", within=window).text()
    clock.selectAll()
    shown = _local(start)
    assert shown is not None
    qtbot.keyClicks(clock, format_time(shown[1]))
    assert field.value() == start, "retyping the same minute lost the stored seconds"
    assert not field.day.clear_action.isVisible(), "a required time offers No date"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("18:30", time(18, 30)),
        ("18.30", time(18, 30)),
        ("0930", time(9, 30)),
        ("7", time(7, 0)),
        ("6:30 PM", time(18, 30)),
        ("12:15 am", time(0, 15)),
        ("٦:٣٠", time(6, 30)),
        ("25:00", None),
        ("13 pm", None),
        ("", None),
    ],
)
def test_parse_time(typed: str, expected: time | None) -> None:
    assert parse_time(typed, QLocale.c()) == expected


def test_arabic_uses_one_digit_system_and_reads_right_to_left(qtbot) -> None:  # noqa: ANN001
    QLocale.setDefault(QLocale("ar_EG"))  # the fixture puts the locale back
    window, field, _after = _form(qtbot, required=True)
    field.set_value(datetime(2026, 3, 4, 18, 30, tzinfo=UTC))
    shown = field.text()
    assert not re.search("[0-9]", shown), f"Latin digits in {shown!r}"
    assert re.search("[\u0660-\u0669]", shown)
    assert field.day.edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Typed in Latin digits, shown in the locale's own once the field is left.
    clock = find("Check-in: time", QLineEdit, within=window)
    clock.setFocus()
    clock.selectAll()
    qtbot.keyClicks(clock, "9:15")
    qtbot.keyClick(clock, Qt.Key.Key_Tab)
    assert not re.search("[0-9]", clock.text())
    assert format_typed_day(date(2026, 3, 4)) in field.text()
