"""The journal's week-by-week check-in chart, painted by hand (no QtCharts).

One column per week, oldest to newest in reading order (so right to left in
a right-to-left layout; when the chart is narrower than all the weeks need,
the newest weeks that fit, at least :data:`MIN_WEEKS`): a bar for the week's average check-in on the 0-10
scale, its value written above it when there is room, nothing (a gap) for
a week without check-ins, never a mark on the 0 line, the week's start date under
the axis, and under that the week's "debriefs / meetings" as text ("2/3").
Numbers are always written out, so nothing depends on colour alone.

Every length is derived from the font, so the chart grows with large fonts.
Its colours are the theme's (the palette's accent for the bars, text and
placeholder text for the words), so it follows light, dark and high contrast.
The chart is not focusable; screen readers get its accessible name and a
description that sums the data up in words.

This module is the widget (data, words, sizes, layout, events); the drawing
itself is in :mod:`.chart_paint`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldsafe.core.journal_stats import WeekSummary
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.journal.chart_paint import (
    TICKS,
    Geometry,
    Ink,
    bar_rect,
    day,
    number,
    paint_dates,
    paint_legend,
    paint_scale,
    paint_week,
)

#: Columns assumed by the size hints before any data is set.
DEFAULT_WEEKS = 12
#: The fewest weeks drawn when the chart is narrow (its minimum width).
MIN_WEEKS = 4


class CheckInChart(QWidget):
    """Average check-in per week, and debriefs / meetings per week."""

    #: a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)
    accessible_role = QAccessible.Role.Chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: tuple[WeekSummary, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._retranslate()

    # -- data ------------------------------------------------------------------------------

    def set_weeks(self, weeks: Sequence[WeekSummary]) -> None:
        """Show ``weeks`` (oldest first, as :func:`journal_stats.weekly` gives them)."""
        self._weeks = tuple(weeks)
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Show the empty state."""
        self.set_weeks(())

    def weeks(self) -> list[WeekSummary]:
        return list(self._weeks)

    def is_empty(self) -> bool:
        """No check-ins and no meetings to show (the "No check-ins yet." state)."""
        return not any(w.checkins or w.meetings for w in self._weeks)

    # -- words -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Check-ins by week"))
        self.setAccessibleDescription(self._describe())

    def _legend_texts(self) -> tuple[str, str]:
        return (
            self.tr("Average check-in per week (0 = very hard, 10 = very good)"),
            self.tr("Debriefs / meetings"),
        )

    def _empty_text(self) -> str:
        return self.tr("No check-ins yet.")

    def _debriefed_text(self, debriefed: int, meetings: int) -> str:
        return isolated(
            self.tr("{debriefed} of %Ln meeting(s) debriefed", "", meetings),
            debriefed=number(debriefed),
        )

    def _ratio_text(self, debriefed: int, meetings: int) -> str:
        return self.tr("{debriefed}/{meetings}", "debriefs/meetings in one week").format(
            debriefed=number(debriefed), meetings=number(meetings)
        )

    def _describe(self) -> str:
        weeks = self._weeks
        if self.is_empty():
            return self._empty_text()
        newest = weeks[-1]
        parts = [
            isolated(
                self.tr("%Ln week(s) from {first} to {last}", "", len(weeks)),
                first=day(weeks[0].week_start),
                last=day(newest.week_start + timedelta(days=6)),
            ),
            self.tr("%Ln check-in(s)", "", sum(w.checkins for w in weeks)),
        ]
        if newest.average is None:
            parts.append(self.tr("no check-ins in the most recent week"))
        else:
            parts.append(
                isolated(
                    self.tr("the most recent week's average is {average}"),
                    average=number(newest.average, 1),
                )
            )
        parts.append(
            self._debriefed_text(sum(w.debriefed for w in weeks), sum(w.meetings for w in weeks))
        )
        return self.tr("; ", "separates the parts of the chart's summary").join(parts)

    def _week_tooltip(self, week: WeekSummary) -> str:
        lines = [isolated(self.tr("Week of {date}"), date=day(week.week_start))]
        if week.average is None:
            lines.append(self.tr("No check-ins"))
        else:
            lines.append(
                isolated(
                    self.tr("%Ln check-in(s), average {average}", "", week.checkins),
                    average=number(week.average, 1),
                )
            )
        lines.append(self._debriefed_text(week.debriefed, week.meetings))
        return "\n".join(lines)

    # -- fonts and sizes ---------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * 0.9)))
        return font

    def _units(self) -> tuple[float, float]:
        """(line height, padding) of the widget's font."""
        line = QFontMetricsF(self.font()).height()
        return line, max(2.0, round(line * 0.5))

    def _gutter_width(self) -> float:
        fm = QFontMetricsF(self._small_font())
        _, pad = self._units()
        return max(fm.horizontalAdvance(number(t)) for t in TICKS) + pad

    def _column_width(self, *, minimum: bool) -> float:
        fm = QFontMetricsF(self._small_font())
        _, pad = self._units()
        widest = max(fm.horizontalAdvance(number(88)), fm.horizontalAdvance(number(8.8, 1)))
        widest = max(widest, fm.horizontalAdvance(self._ratio_text(88, 88)))
        return widest + (pad * 0.5 if minimum else pad * 1.5)

    def _legend_height(self, width: float) -> float:
        fm = QFontMetricsF(self.font())
        line, pad = self._units()
        text_width = max(1.0, width - self._swatch_side() - pad)
        total = 0.0
        for text in self._legend_texts():
            bound = fm.boundingRect(
                QRectF(0, 0, text_width, 1e6), int(Qt.TextFlag.TextWordWrap), text
            )
            total += max(line, math.ceil(bound.height()))
        return total

    def _swatch_side(self) -> float:
        return round(QFontMetricsF(self.font()).ascent() * 0.8)

    def _chrome_height(self, width: float) -> float:
        """Everything but the plot: margins, legend, value labels, the two rows."""
        _, pad = self._units()
        small = QFontMetricsF(self._small_font()).height()
        return (
            2 * pad  # margins
            + self._legend_height(width - 2 * pad)
            + pad  # under the legend
            + small  # room for the value label above a full bar
            + pad * 0.5  # under the axis
            + small  # dates
            + pad * 0.25
            + small  # debriefs / meetings
        )

    def _size_for(self, *, minimum: bool) -> QSize:
        line, pad = self._units()
        columns = len(self._weeks) or DEFAULT_WEEKS
        if minimum:
            columns = min(columns, MIN_WEEKS)
        width = 2 * pad + self._gutter_width() + columns * self._column_width(minimum=minimum)
        fm = QFontMetricsF(self.font())
        if minimum:
            # The empty message must fit, however few columns (the legend wraps).
            width = max(width, 2 * pad + fm.horizontalAdvance(self._empty_text()))
        else:
            # Room for the legend on one line each.
            legend = max(fm.horizontalAdvance(text) for text in self._legend_texts())
            width = max(width, 2 * pad + self._swatch_side() + pad + legend + 2)
        plot = line * (3 if minimum else 7)
        return QSize(math.ceil(width), math.ceil(self._chrome_height(width) + plot))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._size_for(minimum=False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._size_for(minimum=True)

    # -- geometry ------------------------------------------------------------------------------

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _geometry(self) -> Geometry:
        line, pad = self._units()
        fm = QFontMetricsF(self.font())
        small = QFontMetricsF(self._small_font()).height()
        rtl = self._rtl()
        content = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)

        side = self._swatch_side()
        text_left = content.left() if rtl else content.left() + side + pad
        text_width = max(1.0, content.width() - side - pad)
        legend = []
        y = content.top()
        for text in self._legend_texts():
            bound = fm.boundingRect(
                QRectF(0, 0, text_width, 1e6), int(Qt.TextFlag.TextWordWrap), text
            )
            height = max(line, math.ceil(bound.height()))
            legend.append((QRectF(text_left, y, text_width, height), text))
            y += height
        swatch_x = content.right() - side if rtl else content.left()
        swatch = QRectF(swatch_x, content.top() + (line - side) / 2, side, side)

        top = y + pad + small
        debriefs = QRectF(0, content.bottom() - small, 0, small)
        dates = QRectF(0, debriefs.top() - pad * 0.25 - small, 0, small)
        bottom = dates.top() - pad * 0.5
        gutter_width = self._gutter_width()
        if rtl:
            plot_left, plot_right = content.left(), content.right() - gutter_width
            gutter = QRectF(plot_right, top, gutter_width, 0)
        else:
            plot_left, plot_right = content.left() + gutter_width, content.right()
            gutter = QRectF(content.left(), top, gutter_width, 0)
        plot = QRectF(plot_left, top, max(1.0, plot_right - plot_left), max(1.0, bottom - top))
        gutter.setHeight(plot.height())
        for row in (dates, debriefs):
            row.setLeft(plot.left())
            row.setWidth(plot.width())
        slot = plot.width() / max(1, len(self._weeks) - self._first_shown())
        bar = max(2.0, min(slot * 0.6, line * 2.5))
        return Geometry(legend, swatch, gutter, plot, dates, debriefs, slot, bar, rtl)

    def _first_shown(self) -> int:
        """The oldest week drawn: all of them when they fit, else the newest
        that fit (at least :data:`MIN_WEEKS`)."""
        _, pad = self._units()
        room = self.width() - 2 * pad - self._gutter_width()
        fit = max(MIN_WEEKS, math.floor(room / self._column_width(minimum=True)))
        return max(0, len(self._weeks) - fit)

    def shown_weeks(self) -> range:
        """The indexes (0 = oldest) of the weeks drawn at the chart's width."""
        return range(self._first_shown(), len(self._weeks))

    def bar_area(self, index: int) -> QRect:
        """Where week ``index``'s bar (0 = oldest) may be drawn: the bar's
        width, from the 0 line up to 10 (empty for a week not drawn at this
        width). For tests and tooltips."""
        first = self._first_shown()
        if index < first:
            return QRect()
        geometry = self._geometry()
        column = geometry.column(index - first)
        left = column.center().x() - geometry.bar / 2
        return QRectF(left, column.top(), geometry.bar, column.height()).toAlignedRect()

    def bar_rect(self, index: int) -> QRectF | None:
        """The bar painted for week ``index`` (0 = oldest), or None when
        nothing is painted there (a week without check-ins is a gap, and a
        week not drawn at this width)."""
        first = self._first_shown()
        if self.is_empty() or index < first:
            return None
        return bar_rect(self._geometry(), self._thin(), index - first, self._weeks[index])

    def _thin(self) -> float:
        """The width of thin lines."""
        line, _ = self._units()
        return max(1.0, round(line / 18))

    def _index_at(self, x: float) -> int | None:
        if not self._weeks or self.is_empty():
            return None
        geometry = self._geometry()
        first = self._first_shown()
        for index in range(first, len(self._weeks)):
            column = geometry.column(index - first)
            if column.left() <= x < column.right():
                return index
        return None

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._week_tooltip(self._weeks[index]), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        if kind in (
            QEvent.Type.FontChange,
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.LanguageChange,
        ):
            self.setAccessibleDescription(self._describe())
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # -- painting ----------------------------------------------------------------------------------

    def _colours(self) -> tuple[QColor, QColor, QColor, QColor]:
        """(background, text, muted, bar): the theme's (ui.common.theme), whose
        accent stands out 3:1 from the surface in every palette."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bar = palette.color(QPalette.ColorRole.Accent)
        return background, text, muted, bar

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        background, text, muted, bar_colour = self._colours()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setLayoutDirection(self.layoutDirection())
            painter.fillRect(self.rect(), background)
            if self.is_empty():
                painter.setPen(text)
                painter.setFont(self.font())
                painter.drawText(
                    QRectF(self.rect()),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self._empty_text(),
                )
                return
            self._paint_chart(painter, text, muted, bar_colour)
        finally:
            painter.end()

    def _paint_chart(
        self, painter: QPainter, text: QColor, muted: QColor, bar_colour: QColor
    ) -> None:
        line, pad = self._units()
        small_font = self._small_font()
        thin = self._thin()
        ink = Ink(text, muted, bar_colour, line, pad, thin, small_font, QFontMetricsF(small_font))
        g = self._geometry()
        paint_legend(painter, g, ink, self.font())
        paint_scale(painter, g, ink)
        shown = self._weeks[self._first_shown() :]
        for column, week in enumerate(shown):
            ratio = self._ratio_text(week.debriefed, week.meetings)
            paint_week(painter, g, ink, column, week, ratio)
        labels = [day(w.week_start) for w in shown]
        paint_dates(painter, g, ink, labels, QRectF(self.rect()).adjusted(pad, 0, -pad, 0))
