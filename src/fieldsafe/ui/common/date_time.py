"""A date and a time, built like the optional date: the day is an
:class:`~fieldsafe.ui.common.optional_date.OptionalDate` (typed in the
locale's format, a calendar that starts at today, quick picks), the time a
line edit that takes the locale's short time ("18:30", "6:30 PM", "٦:٣٠ م")
or just the hour. Both show the locale's own digits, in right-to-left
layouts too. Never a keyboard trap: Tab visits the day, its button and the
time, then leaves.

Optional (the plan's end and check-in times): empty means "not decided".
Required (``required=True``; when a log or a journal entry happened, when a
meeting starts): it always has a value; while what is typed is not a date
or a time, the last one stays and a note says so.

It also answers to ``dateTime``/``setDateTime``/``dateTimeChanged`` with
local ``QDateTime`` values, as the ``QDateTimeEdit`` it replaces did.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fieldsafe.core.clock import MAX_YEAR, MIN_YEAR, from_iso
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.localtime import format_time, from_qdatetime, to_qdatetime
from fieldsafe.ui.common.optional_date import OptionalDate

_NUMBERS = re.compile(r"\d+")


def parse_time(text: str, locale: QLocale | None = None) -> time | None:
    """``text`` as a time of day: hours and minutes with any separator and
    any digits ("18:30", "18.30", "1830", "18"), with the locale's AM/PM
    words or "am"/"pm". None when it is not a time."""
    numbers = _NUMBERS.findall(text)
    if len(numbers) == 1 and len(numbers[0]) in (3, 4):
        numbers = [numbers[0][:-2], numbers[0][-2:]]
    if not 1 <= len(numbers) <= 3:
        return None
    hour, minute = int(numbers[0]), int(numbers[1]) if len(numbers) > 1 else 0
    locale = locale or QLocale()
    words = _NUMBERS.sub(" ", text).casefold()
    pm = any(w and w in words for w in (locale.pmText().casefold(), "pm"))
    am = any(w and w in words for w in (locale.amText().casefold(), "am"))
    if pm != am:  # one of the two, not both
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def _local(moment: datetime) -> tuple[date, time]:
    shown = to_qdatetime(moment)
    day, clock = shown.date(), shown.time()
    return (
        date(day.year(), day.month(), day.day()),
        time(clock.hour(), clock.minute(), clock.second()),
    )


def _same_minute(moment: datetime, clock: time) -> bool:
    shown = _local(moment)[1]
    return (shown.hour, shown.minute) == (clock.hour, clock.minute)


def _in_range(moment: datetime) -> bool:
    return MIN_YEAR <= moment.astimezone(UTC).year <= MAX_YEAR


class OptionalDateTime(QWidget):
    """A local date and time; :meth:`value` is an aware UTC ``datetime``
    (``None``: not decided)."""

    changed = Signal()
    dateTimeChanged = Signal()  # noqa: N815 - the name its users connect to

    def __init__(
        self, empty_text: str, parent: QWidget | None = None, *, required: bool = False
    ) -> None:
        super().__init__(parent)
        self._required = required
        self._value: datetime | None = None
        self._loaded: datetime | None = None  # as last set, to the second
        self._loading = False
        self.day = OptionalDate(empty_text, self, required=required)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(self.tr("Time"))
        self.time.setLayoutDirection(QLocale().textDirection())  # as the date's
        em = self.time.fontMetrics().horizontalAdvance("M")
        self.time.setMinimumWidth(
            self.time.fontMetrics().horizontalAdvance(format_time(time(22, 58))) + em * 2
        )
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(em // 2)
        row.addWidget(self.day, 3)
        row.addWidget(self.time, 1, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        QWidget.setTabOrder(self.day.button, self.time)
        self.setFocusProxy(self.day)
        self.day.changed.connect(self._compose)
        self.day.picked.connect(self._after_pick)
        self.time.textChanged.connect(self._compose)
        self.time.editingFinished.connect(self._tidy)
        self.setAccessibleName(empty_text)
        if required:
            self.set_value(datetime.now(UTC))

    # -- the public API ------------------------------------------------------------
    def value(self) -> datetime | None:
        return self._value

    def set_value(self, value: datetime | str | None) -> None:
        """Show ``value`` (an aware datetime or stored ISO text); a time the
        vault would refuse is ignored (a required field keeps its own)."""
        if isinstance(value, str):
            try:
                value = from_iso(value) if value else None
            except ValueError:
                value = None
        if value is not None and not _in_range(value):
            value = None
        if value is None and self._required:
            return
        self._loading = True
        try:
            if value is None:
                self.day.set_value(None)
                self.time.setText("")
            else:
                day, clock = _local(value)
                self.day.set_value(day)
                self.time.setText(format_time(clock))
        finally:
            self._loading = False
        self.day.hint.hide()
        self.hint.hide()
        self._loaded = value
        self._set(value)

    def dateTime(self) -> QDateTime:  # noqa: N802 - the QDateTimeEdit name
        """The value as a local QDateTime (an invalid one when not decided)."""
        return QDateTime() if self._value is None else to_qdatetime(self._value)

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802 - the QDateTimeEdit name
        self.set_value(from_qdatetime(value) if value.isValid() else None)

    def text(self) -> str:
        """What the field shows: the date, then the time."""
        return f"{self.day.edit.text()}  {self.time.text()}".strip()

    def set_read_only(self, read_only: bool) -> None:
        self.day.set_read_only(read_only)
        self.time.setReadOnly(read_only)

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        return [*self.day.tab_chain(), self.time]

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """Names the parts after the field (the container stays unnamed, so
        the date's line edit is the one thing a search by name finds)."""
        self.day.setAccessibleName(name)
        self.time.setAccessibleName(self.tr("{name}: time").format(name=name))
        self.hint.setAccessibleName(self.tr("{name}: time note").format(name=name))

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.day.edit.setToolTip(text)
        self.time.setToolTip(text)

    # -- typing --------------------------------------------------------------------
    def _compose(self) -> None:
        if self._loading:
            return
        day = self.day.value()
        typed = self.time.text()
        clock = parse_time(typed) if typed.strip() else None
        kept = self._value
        example = format_time(time(18, 30))
        note = ""
        if typed.strip() and clock is None:
            note = isolated(self.tr("Not a time yet. Type it like {example}."), example=example)
        elif day is not None and clock is None and not self._required:
            note = isolated(
                self.tr("Add a time too, like {example}; without one it is not kept."),
                example=example,
            )
        chosen: datetime | None = None
        if day is not None and clock is not None:
            local = QDateTime(QDate(day.year, day.month, day.day), QTime(clock.hour, clock.minute))
            chosen = from_qdatetime(local)
            loaded = self._loaded
            if loaded is not None and _local(loaded)[0] == day and _same_minute(loaded, clock):
                chosen = loaded  # the minute it had: keep the stored seconds
            elif not _in_range(chosen):
                chosen = None
                note = self.tr("FieldSafe keeps times from the year 1900 to 9998.")
        if chosen is None and self._required:
            if kept is not None and note:
                note += " " + isolated(self.tr("Until then {kept} stays."), kept=self._shown(kept))
            chosen = kept
        self.hint.setText(note)
        self.hint.setVisible(bool(note))
        self._set(chosen)

    def _shown(self, moment: datetime) -> str:
        day, clock = _local(moment)
        return f"{self.day.format(day)} {format_time(clock)}"

    def _tidy(self) -> None:
        """On leaving the time, a valid one is shown in the usual way."""
        clock = parse_time(self.time.text()) if self.time.text().strip() else None
        if clock is not None and self.time.text() != format_time(clock):
            self.time.setText(format_time(clock))

    def _after_pick(self) -> None:
        """A day chosen from the menu or the calendar: on to the time."""
        if not self.time.text().strip():
            self.time.setFocus()

    def _set(self, value: datetime | None) -> None:
        if value == self._value:
            return
        self._value = value
        self.changed.emit()
        self.dateTimeChanged.emit()
