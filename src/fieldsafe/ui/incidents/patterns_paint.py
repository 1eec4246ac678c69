"""The two painted charts of the incident patterns (no QtCharts).

:class:`MonthTypeGrid` counts incidents by month and type: a row per type
(with the type's shape from the timeline and its name at the start side),
a column per month (oldest first in reading order, so mirrored in right to
left), each count written in its cell over a light tint that grows with it,
and a row of totals. :class:`CountBars` counts by one thing (the setting,
who was involved, the time of day): a row per value with its name, a bar
and the count written after it. Numbers are always written, so nothing
depends on colour; every length comes from the font.

Neither takes focus; each has an accessible name (given by its owner) and a
description that says its counts in words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.localtime import format_number
from fieldsafe.ui.incidents.timeline_paint import mark_path


def month_label(key: str, *, short: bool = False) -> str:
    """A ``YYYY-MM`` key as the locale names the month ("Mar 2026")."""
    year, month = int(key[:4]), int(key[5:7])
    return QLocale().toString(QDate(year, month, 1), "MMM yy" if short else "MMMM yyyy")


class _Chart(QWidget):
    """What both charts share: fonts, sizes, colours, the description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _units(self) -> tuple[float, float]:
        line = QFontMetricsF(self.font()).height()
        return line, max(2.0, round(line * 0.5))

    def _rtl(self) -> bool:
        return self.isRightToLeft()

    def _colours(self) -> tuple[QColor, QColor, QColor, QColor]:
        """(background, text, muted, ink)."""
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.PlaceholderText),
            palette.color(QPalette.ColorRole.Accent),
        )

    def _describe(self) -> str:
        raise NotImplementedError

    def _refresh(self) -> None:
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.LanguageChange,
        ):
            self._refresh()
        super().changeEvent(event)

    def _start_rect(self, left: float, width: float) -> tuple[float, float]:
        """(left, width) of a column at the start side of the content."""
        return (self.width() - left - width, width) if self._rtl() else (left, width)


class CountBars(_Chart):
    """One count per value, as bars with the number written after each."""

    #: a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)
    accessible_role = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int]] = []
        self._empty = ""
        self._refresh()

    def set_counts(self, rows: Sequence[tuple[str, int]], *, empty: str) -> None:
        """``rows`` as (the value's words, its count), in the order to show;
        ``empty`` is said when there is nothing to count."""
        self._rows = list(rows)
        self._empty = empty
        self._refresh()

    def counts(self) -> list[tuple[str, int]]:
        return list(self._rows)

    def _describe(self) -> str:
        if not self._rows:
            return self._empty
        return self.tr("; ", "separates the counts of a chart's summary").join(
            self.tr("{value}: {count}").format(value=isolate(label), count=format_number(n))
            for label, n in self._rows
        )

    def _label_width(self) -> float:
        line, _pad = self._units()
        fm = QFontMetricsF(self.font())
        widest = max((fm.horizontalAdvance(label) for label, _n in self._rows), default=line)
        return min(widest + 2, line * 14)

    def _row_height(self) -> float:
        line, pad = self._units()
        return line + pad * 0.5

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line, pad = self._units()
        rows = max(1, len(self._rows))
        width = self._label_width() + line * 16 + 2 * pad
        return QSize(math.ceil(width), math.ceil(rows * self._row_height() + 2 * pad))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line, pad = self._units()
        hint = self.sizeHint()
        return QSize(math.ceil(self._label_width() + line * 6 + 2 * pad), hint.height())

    def bar_rect(self, row: int) -> QRectF:
        """Where row ``row``'s bar is painted (empty width for a count of 0)."""
        line, pad = self._units()
        fm = QFontMetricsF(self.font())
        label_width = self._label_width()
        number_width = (
            fm.horizontalAdvance(format_number(max((n for _l, n in self._rows), default=0))) + pad
        )
        track = max(1.0, self.width() - 2 * pad - label_width - pad - number_width)
        most = max((n for _l, n in self._rows), default=0) or 1
        height = self._row_height()
        top = pad + row * height + height * 0.2
        length = track * self._rows[row][1] / most
        start = pad + label_width + pad
        if self._rtl():
            return QRectF(self.width() - start - length, top, length, height * 0.6)
        return QRectF(start, top, length, height * 0.6)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        background, text, _muted, ink = self._colours()
        line, pad = self._units()
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), background)
            painter.setFont(self.font())
            if not self._rows:
                painter.setPen(text)
                painter.drawText(
                    QRectF(self.rect()).adjusted(pad, 0, -pad, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                    self._empty,
                )
                return
            self._paint_rows(painter, text, ink)
        finally:
            painter.end()

    def _paint_rows(self, painter: QPainter, text: QColor, ink: QColor) -> None:
        _line, pad = self._units()
        rtl = self._rtl()
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        absolute = Qt.AlignmentFlag.AlignAbsolute
        label_width = self._label_width()
        height = self._row_height()
        for row, (label, count) in enumerate(self._rows):
            top = pad + row * height
            left, width = self._start_rect(pad, label_width)
            painter.setPen(text)
            elided = QFontMetricsF(self.font()).elidedText(
                label, Qt.TextElideMode.ElideRight, label_width
            )
            painter.drawText(
                QRectF(left, top, width, height),
                int(start | absolute | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            bar = self.bar_rect(row)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawRect(bar)
            number = format_number(count)
            number_width = QFontMetricsF(self.font()).horizontalAdvance(number) + 2
            x = bar.left() - pad / 2 - number_width if rtl else bar.right() + pad / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(x, top, number_width, height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter),
                number,
            )


def _grid_units(font: QFont) -> tuple[float, float, float]:
    """(padding, height of the months' row, height of a row) of the grid and
    its labels: both read them, so their rows line up."""
    line = QFontMetricsF(font).height()
    pad = max(2.0, round(line * 0.5))
    small = QFontMetricsF(_small(font)).height()
    return pad, small * 1.5 + pad, line * 1.5


def _small(font: QFont) -> QFont:
    smaller = QFont(font)
    if smaller.pointSizeF() > 0:
        smaller.setPointSizeF(smaller.pointSizeF() * 0.9)
    return smaller


class GridLabels(_Chart):
    """The rows' names of a :class:`MonthTypeGrid`, each type with its
    shape, then the totals' row: beside the grid, so they stay in view
    while the months scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._refresh()

    def set_rows(self, rows: Sequence[tuple[str, str]], total_label: str) -> None:
        """``rows`` as (type key, its words); then the totals' row."""
        self._rows = [*rows, ("", total_label)]
        self._refresh()

    def _describe(self) -> str:
        return ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line, pad = self._units()
        fm = QFontMetricsF(self.font())
        widest = max((fm.horizontalAdvance(words) for _k, words in self._rows), default=line)
        pad, header, row = _grid_units(self.font())
        width = min(widest + 2, line * 12) + line * 0.7 * 1.6 + 2 * pad + 2
        return QSize(math.ceil(width), math.ceil(2 * pad + header + len(self._rows) * row))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        background, text, _muted, ink = self._colours()
        line, _ = self._units()
        pad, header, height = _grid_units(self.font())
        rtl = self._rtl()
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        absolute = Qt.AlignmentFlag.AlignAbsolute
        mark = line * 0.7
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), background)
            for row, (key, words) in enumerate(self._rows):
                top = pad + header + row * height
                rect = QRectF(pad, top, self.width() - 2 * pad, height)
                last = row == len(self._rows) - 1
                if not last:
                    x = rect.right() - mark / 2 if rtl else rect.left() + mark / 2
                    painter.setPen(QPen(ink, 1.5))
                    painter.setBrush(ink)
                    painter.drawPath(mark_path(key, mark).translated(x, rect.center().y()))
                rect = (
                    rect.adjusted(0, 0, -mark * 1.6, 0)
                    if rtl
                    else rect.adjusted(mark * 1.6, 0, 0, 0)
                )
                font = QFont(self.font())
                font.setBold(last)
                painter.setFont(font)
                painter.setPen(text)
                elided = QFontMetricsF(font).elidedText(
                    words, Qt.TextElideMode.ElideRight, rect.width()
                )
                painter.drawText(
                    rect, int(start | absolute | Qt.AlignmentFlag.AlignVCenter), elided
                )
        finally:
            painter.end()


class MonthTypeGrid(_Chart):
    """Counts by month (columns) and type (rows), with a row of totals; the
    rows' names are a :class:`GridLabels` beside it."""

    #: a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)
    accessible_role = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[str] = []
        self._rows: list[tuple[str, str]] = []  # (type key, its words)
        self._counts: dict[tuple[str, str], int] = {}
        self._empty = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._refresh()

    def set_counts(
        self,
        months: Sequence[str],
        rows: Sequence[tuple[str, str]],
        counts: dict[tuple[str, str], int],
        *,
        empty: str,
    ) -> None:
        """``months`` (``YYYY-MM``, oldest first), ``rows`` as (type key, its
        words), ``counts`` by (month, type key)."""
        self._months = list(months)
        self._rows = list(rows)
        self._counts = dict(counts)
        self._empty = empty
        self._refresh()

    def month_total(self, month: str) -> int:
        return sum(n for (m, _k), n in self._counts.items() if m == month)

    def _describe(self) -> str:
        if not self._months:
            return self._empty
        parts = [
            self.tr("%n month(s) from {first} to {last}", "", len(self._months)).format(
                first=isolate(month_label(self._months[0])),
                last=isolate(month_label(self._months[-1])),
            )
        ]
        for month in self._months:
            total = self.month_total(month)
            if not total:
                continue
            kinds = ", ".join(
                self.tr("{type} {count}").format(type=words, count=format_number(n))
                for key, words in self._rows
                if (n := self._counts.get((month, key), 0))
            )
            parts.append(
                self.tr("{month}: {total} ({types})").format(
                    month=isolate(month_label(month)), total=format_number(total), types=kinds
                )
            )
        return self.tr("; ", "separates the counts of a chart's summary").join(parts)

    def _refresh(self) -> None:
        self._column = self._measure_column()  # read by every cell: worked out once
        super()._refresh()

    def _column_width(self) -> float:
        return self._column

    def _measure_column(self) -> float:
        line, _pad = self._units()
        fm = QFontMetricsF(_small(self.font()))
        widest = max(
            (fm.horizontalAdvance(month_label(m, short=True)) for m in self._months), default=0
        )
        return max(line * 2.2, fm.horizontalAdvance(format_number(888)) + line * 0.6, widest / 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line, _ = self._units()
        pad, header, row = _grid_units(self.font())
        if not self._months:
            return QSize(math.ceil(line * 16), math.ceil(2 * pad + header + row))
        width = 2 * pad + len(self._months) * self._column_width()
        return QSize(math.ceil(width), math.ceil(2 * pad + header + (len(self._rows) + 1) * row))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def cell_rect(self, month: str, row: int) -> QRectF:
        """Where the count of ``month`` in row ``row`` is written (the last
        row is the totals); months run oldest first in reading order."""
        pad, header, height = _grid_units(self.font())
        width = self._column_width()
        offset = pad + self._months.index(month) * width
        left = self.width() - offset - width if self._rtl() else offset
        return QRectF(left, pad + header + row * height, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        background, text, muted, ink = self._colours()
        _line, pad = self._units()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), background)
            if not self._months:
                painter.setPen(text)
                painter.drawText(
                    QRectF(self.rect()).adjusted(pad, 0, -pad, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                    self._empty,
                )
                return
            self._paint_cells(painter, text, muted, ink)
        finally:
            painter.end()

    def _paint_cells(self, painter: QPainter, text: QColor, muted: QColor, ink: QColor) -> None:
        small = _small(self.font())
        most = max(self._counts.values(), default=0) or 1
        self._paint_months(painter, small, text)
        bold = QFont(small)
        bold.setBold(True)
        for month in self._months:
            painter.setFont(small)
            for row, (key, _words) in enumerate(self._rows):
                count = self._counts.get((month, key), 0)
                self._paint_cell(painter, self.cell_rect(month, row), count, most, text, muted, ink)
            total = self.month_total(month)
            painter.setFont(bold)
            painter.setPen(text if total else muted)
            painter.drawText(
                self.cell_rect(month, len(self._rows)),
                int(Qt.AlignmentFlag.AlignCenter),
                format_number(total) if total else "·",
            )

    def _paint_months(self, painter: QPainter, small: QFont, text: QColor) -> None:
        """The months' names above their columns, thinned so none overlap:
        the newest, the oldest and every January keep theirs first, then the
        most recent."""
        pad, header, _row = _grid_units(self.font())
        fm = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(text)
        newest, oldest = self._months[-1], self._months[0]
        order = sorted(
            self._months,
            key=lambda m: (m != newest, m != oldest, not m.endswith("-01"), [-ord(c) for c in m]),
        )
        drawn: list[QRectF] = []
        for month in order:
            cell = self.cell_rect(month, 0)
            label = month_label(month, short=True)
            width = fm.horizontalAdvance(label) + 2
            left = min(max(cell.center().x() - width / 2, 0.0), self.width() - width)
            rect = QRectF(left, pad, width, header - pad)
            if any(rect.adjusted(-pad / 2, 0, pad / 2, 0).intersects(d) for d in drawn):
                continue
            drawn.append(rect)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)

    @staticmethod
    def _paint_cell(
        painter: QPainter,
        cell: QRectF,
        count: int,
        most: int,
        text: QColor,
        muted: QColor,
        ink: QColor,
    ) -> None:
        inner = cell.adjusted(1.5, 1.5, -1.5, -1.5)
        if count:
            tint = QColor(ink)
            tint.setAlphaF(0.12 + 0.33 * count / most)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(inner, 3, 3)
            painter.setPen(text)
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), format_number(count))
        else:
            painter.setPen(muted)
            painter.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), "·")
