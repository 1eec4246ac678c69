"""An optional date: a line edit that takes a typed date (the locale's short
format, or ISO yyyy-mm-dd), placeholder text for "no date", and a small
button with a calendar and quick picks. Never a keyboard trap: Tab goes from
the line edit to the button and on out of the widget.

A *required* date (``required=True``) has no "No date": while what is typed
is not a date, the last date stays, and a note says which. The date and time
fields (:mod:`.date_time`) are built from it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import MAX_YEAR, MIN_YEAR
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.localtime import format_typed_day, typed_date_format
from fieldsafe.ui.common.text_fit import keep_wide_enough

_NUMBERS = re.compile(r"\d+")
_FIRST, _LAST = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)
#: two-digit day and month: as wide as a typed date gets in a numeric format
_WIDE_DAY = date(2028, 12, 28)


def short_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year."""
    return typed_date_format(locale)


def _order(fmt: str) -> str:
    """The order of day, month and year in a date format, e.g. "dmy"."""
    spots = {part: fmt.find(letter) for part, letter in (("d", "d"), ("m", "M"), ("y", "y"))}
    return "".join(sorted(spots, key=lambda part: spots[part]))


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """``text`` as a date: three numbers in the locale's order (any
    separators, any digits), or ISO year-month-day. None when it is not a
    date the vault accepts."""
    numbers = _NUMBERS.findall(text)
    if len(numbers) != 3:
        return None
    order = "ymd" if len(numbers[0]) == 4 else _order(short_format(locale))
    parts = {part: int(number) for part, number in zip(order, numbers, strict=True)}
    year = parts["y"] + 2000 if len(numbers[order.index("y")]) <= 2 else parts["y"]
    try:
        chosen = date(year, parts["m"], parts["d"])
    except ValueError:
        return None
    return chosen if _FIRST <= chosen <= _LAST else None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


class OptionalDate(QWidget):
    """A date that may be left empty (``empty_text`` is the placeholder), or
    with ``required`` one that always has a value (today at first)."""

    changed = Signal()
    dateChanged = Signal()  # noqa: N815 - the name its users connect to
    #: a date was chosen on the calendar or among the quick picks
    picked = Signal()

    def __init__(
        self, empty_text: str, parent: QWidget | None = None, *, required: bool = False
    ) -> None:
        super().__init__(parent)
        self._required = required
        self._value: date | None = date.today() if required else None
        self._name = empty_text
        self._read_only = False
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(empty_text)
        self.edit.setClearButtonEnabled(not required)
        # The date reads in its locale's direction, whatever the layout's:
        # "23 11 2026" drawn right to left would read "2026 11 23".
        self.edit.setLayoutDirection(QLocale().textDirection())
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setText("\u25be")  # a small down-pointing triangle
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self)
        self.calendar_action = self.menu.addAction(self.tr("Choose on a calendar…"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.menu.addSeparator()
        self.tomorrow_action = self.menu.addAction(self.tr("Tomorrow"))
        self.tomorrow_action.triggered.connect(lambda: self._pick(timedelta(days=1)))
        self.week_action = self.menu.addAction(self.tr("In a week"))
        self.week_action.triggered.connect(lambda: self._pick(timedelta(days=7)))
        self.month_action = self.menu.addAction(self.tr("In a month"))
        self.month_action.triggered.connect(lambda: self._pick(None))
        self.menu.addSeparator()
        self.clear_action = self.menu.addAction(self.tr("No date"))
        self.clear_action.triggered.connect(lambda: self.set_value(None))
        self.clear_action.setVisible(not required)
        self.button.setMenu(self.menu)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setMinimumDate(QDate(MIN_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(MAX_YEAR, 12, 31))
        self.calendar.activated.connect(self._calendar_chose)
        self.calendar.clicked.connect(self._calendar_chose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        QWidget.setTabOrder(self.edit, self.button)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)  # Alt+Down and F4 open the calendar
        self.setAccessibleName(empty_text)
        if required:
            self.edit.setText(self.format(self._value))  # type: ignore[arg-type]
        # Never narrower than its placeholder, or a date with the clear
        # button beside it: Today's filters squeezed both to a few letters.
        keep_wide_enough(self.edit, lambda: [self.format(_WIDE_DAY)])

    # -- the public API ------------------------------------------------------------
    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        if value is not None and not _FIRST <= value <= _LAST:
            value = None
        if value is None and self._required:
            value = self._value
        self.edit.setText("" if value is None else self.format(value))
        self._set(value)

    def set_read_only(self, read_only: bool) -> None:
        """Shown, selectable and in the Tab order, but not changed by a key."""
        self._read_only = read_only
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only and not self._required)
        self.button.setEnabled(not read_only)

    def tab_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        return [self.edit, self.button]

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """Names every focusable part after the field; the container itself
        stays unnamed, so the line edit is the one thing a search finds."""
        self._name = name
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("{name}: calendar and quick picks").format(name=name))
        self.button.setToolTip(self.button.accessibleName())
        self.calendar.setAccessibleName(self.tr("{name}: calendar").format(name=name))
        self.hint.setAccessibleName(self.tr("{name}: note").format(name=name))

    def format(self, value: date) -> str:
        return format_typed_day(value)

    # -- typing --------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        chosen = parse_date(text) if text.strip() else None
        if chosen is not None or (not text.strip() and not self._required):
            self.hint.hide()
            self._set(chosen)
            return
        example = self.format(date.today())
        if self._required and self._value is not None:
            self.hint.setText(
                isolated(
                    self.tr("Not a date yet: {kept} stays until you type one like {example}."),
                    kept=self.format(self._value),
                    example=example,
                )
            )
        else:
            self.hint.setText(
                isolated(
                    self.tr("Not a date yet, so it is not kept. Type it like {example}."),
                    example=example,
                )
            )
            self._set(None)
        self.hint.show()

    def _tidy(self) -> None:
        """On leaving, a valid date is shown in the usual way; anything else
        stays as typed, with its note."""
        if self._value is not None and self.edit.text() != self.format(self._value):
            self.edit.setText(self.format(self._value))

    def _set(self, value: date | None) -> None:
        if value == self._value:
            return
        self._value = value
        self.changed.emit()
        self.dateChanged.emit()

    # -- the button ----------------------------------------------------------------
    def _pick(self, step: timedelta | None) -> None:
        today = date.today()
        self.set_value(add_months(today, 1) if step is None else today + step)
        self.edit.setFocus()
        self.picked.emit()

    def open_calendar(self) -> None:
        start = self._value or date.today()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.adjustSize()
        below = QPoint(0, self.edit.height())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below = QPoint(self.width() - self.calendar.sizeHint().width(), self.edit.height())
        self.calendar.move(self.mapToGlobal(below))
        self.calendar.show()
        self.calendar.setFocus()

    def _calendar_chose(self, chosen: QDate) -> None:
        self.calendar.hide()
        self.set_value(date(chosen.year(), chosen.month(), chosen.day()))
        self.edit.setFocus()
        self.picked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if self._read_only:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt):
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
