"""Painting the journal's check-in chart (:class:`.chart.CheckInChart`).

The chart works out where everything goes (a :class:`Geometry`) and what it
is painted with (an :class:`Ink`); the functions here draw it. They have no
words of their own: the chart hands in its translated texts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from fieldsafe.core.journal_stats import WeekSummary

#: The check-in scale, and the values the y axis is labelled with.
SCALE_MAX = 10
TICKS = (0, 5, 10)


def day(value: date) -> str:
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def number(value: float, decimals: int = 0) -> str:
    if decimals == 0:
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


@dataclass(frozen=True)
class Geometry:
    """Where everything goes, for one widget size and font."""

    legend: list[tuple[QRectF, str]]  # text rectangles
    swatch: QRectF
    gutter: QRectF  # the y axis labels
    plot: QRectF  # 0 at the bottom edge, 10 at the top edge
    dates: QRectF  # the row of week start dates
    debriefs: QRectF  # the row of "debriefs/meetings"
    slot: float  # width of one week's column
    bar: float  # width of a bar
    rtl: bool  # laid out right to left

    def column(self, index: int) -> QRectF:
        """The plot column ``index`` (0 = the oldest week drawn), mirrored in RTL."""
        plot = self.plot
        if self.rtl:
            left = plot.right() - (index + 1) * self.slot
        else:
            left = plot.left() + index * self.slot
        return QRectF(left, plot.top(), self.slot, plot.height())


@dataclass(frozen=True)
class Ink:
    """Colours, fonts and line widths, for one paint."""

    text: QColor
    muted: QColor
    bar: QColor
    line: float  # the widget font's line height
    pad: float
    thin: float  # the width of thin lines
    small_font: QFont
    small: QFontMetricsF  # of small_font


def paint_legend(painter: QPainter, g: Geometry, ink: Ink, font: QFont) -> None:
    start = Qt.AlignmentFlag.AlignRight if g.rtl else Qt.AlignmentFlag.AlignLeft
    absolute = Qt.AlignmentFlag.AlignAbsolute
    painter.setFont(font)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink.bar)
    painter.drawRect(g.swatch)
    painter.setPen(ink.text)
    for rect, words in g.legend:
        painter.drawText(
            rect,
            int(start | absolute | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            words,
        )


def paint_scale(painter: QPainter, g: Geometry, ink: Ink) -> None:
    """Grid lines and the y scale."""
    end = Qt.AlignmentFlag.AlignLeft if g.rtl else Qt.AlignmentFlag.AlignRight
    absolute = Qt.AlignmentFlag.AlignAbsolute
    plot, pad, small = g.plot, ink.pad, ink.small
    painter.setFont(ink.small_font)
    for tick in TICKS:
        y = plot.bottom() - plot.height() * tick / SCALE_MAX
        grid = QColor(ink.text if tick == 0 else ink.muted)
        if tick:
            grid.setAlphaF(0.35)
        painter.setPen(QPen(grid, ink.thin))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink.text)
        # Against the plot: right-aligned on the left (LTR), left-aligned on the right (RTL).
        box = QRectF(g.gutter.left(), y - small.height() / 2, g.gutter.width(), small.height())
        box = box.adjusted(pad / 2, 0, 0, 0) if g.rtl else box.adjusted(0, 0, -pad / 2, 0)
        painter.drawText(box, int(end | absolute | Qt.AlignmentFlag.AlignVCenter), number(tick))


def bar_rect(g: Geometry, thin: float, index: int, week: WeekSummary) -> QRectF | None:
    """Week ``index``'s bar, or None for a week without check-ins: such a
    week is a gap, never a mark on the 0 ("very hard") line."""
    if week.checkins == 0 or week.average is None:
        return None
    centre = g.column(index).center().x()
    height = max(thin * 2, g.plot.height() * week.average / SCALE_MAX)
    return QRectF(centre - g.bar / 2, g.plot.bottom() - height, g.bar, height)


def paint_week(
    painter: QPainter, g: Geometry, ink: Ink, index: int, week: WeekSummary, ratio: str
) -> None:
    """Week ``index``'s bar and its value (nothing for a week without
    check-ins), and under the axis its ``ratio`` (debriefs / meetings)."""
    thin, small = ink.thin, ink.small
    column = g.column(index)
    bar = bar_rect(g, thin, index, week)
    if bar is not None and week.average is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink.bar)
        painter.drawRect(bar)
        value = number(week.average, 1)
        if small.horizontalAdvance(value) <= g.slot - thin * 2:
            painter.setPen(ink.text)
            top = bar.top() - small.height()
            painter.drawText(
                QRectF(column.left(), top, g.slot, small.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                value,
            )
    painter.setPen(ink.text if week.meetings else ink.muted)
    painter.drawText(
        QRectF(column.left(), g.debriefs.top(), g.slot, g.debriefs.height()),
        int(Qt.AlignmentFlag.AlignCenter),
        ratio,
    )


def paint_dates(
    painter: QPainter, g: Geometry, ink: Ink, labels: list[str], content: QRectF
) -> None:
    """The weeks' start ``labels`` (oldest first), thinned so they never
    overlap and kept inside ``content``; the newest is always shown."""
    plot, pad, thin, small = g.plot, ink.pad, ink.thin, ink.small
    widest = max(small.horizontalAdvance(label) for label in labels)
    gap = ink.line * 0.75
    step = max(1, math.ceil((widest + gap) / g.slot))
    drawn: list[QRectF] = []
    for index in reversed(range(len(labels))):
        if (len(labels) - 1 - index) % step:
            continue
        label = labels[index]
        centre = g.column(index).center().x()
        width = small.horizontalAdvance(label) + thin * 2
        left = min(max(centre - width / 2, content.left()), content.right() - width)
        rect = QRectF(left, g.dates.top(), width, g.dates.height())
        if any(rect.adjusted(-gap, 0, gap, 0).intersects(other) for other in drawn):
            continue
        drawn.append(rect)
        painter.setPen(QPen(ink.text, thin))
        painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, plot.bottom() + pad * 0.3))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
