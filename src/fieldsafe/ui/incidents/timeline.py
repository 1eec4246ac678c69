"""The incident timeline, painted by hand (no QtCharts).

A horizontal time axis, earlier at the start side (left in left-to-right,
right in right-to-left), and one lane per type of incident, each with its
own shape (:func:`.timeline_paint.mark_path`), so nothing depends on
colour: a filled mark is open, an outline one had its measures reviewed.

By keyboard: Left and Right move to the incident beside the chosen one (in
the direction of the arrow, so mirrored in right to left), Home and End to
the first and last, Page Up and Page Down move the window of time, + and -
zoom from a week to five years, Enter opens the chosen incident. A click
chooses a mark, a double click opens it. Every length is derived from the
font, so the timeline grows with large fonts. Screen readers get its
accessible name and a description that sums up the incidents in words.

This module is the widget (data, words, sizes, events); the drawing is in
:mod:`.timeline_paint`, the zoom levels and ticks in :mod:`.timeline_axis`.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import INCIDENT_TYPES
from fieldsafe.ui.common import theme
from fieldsafe.ui.common.plain_text import plain_tooltip
from fieldsafe.ui.incidents import timeline_words as words
from fieldsafe.ui.incidents.timeline_axis import (
    DEFAULT_ZOOM,
    ZOOM_KEYS,
    span_of,
    ticks,
)
from fieldsafe.ui.incidents.timeline_paint import (
    LANES,
    Geometry,
    Ink,
    paint_current,
    paint_header,
    paint_lanes,
    paint_marks,
    paint_ticks,
)

_KEYS_IN = (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
_KEYS_OUT = (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)


class IncidentTimeline(QWidget):
    """Incidents as marks on a time axis, by type; zoom, pan and choose."""

    #: a chart to a screen reader (:mod:`fieldsafe.ui.common.accessible_role`)
    accessible_role = QAccessible.Role.Chart

    #: an incident was opened (Enter, double click): its id
    incident_chosen = Signal(str)
    #: the chosen mark changed (arrows, a click, :meth:`set_current`): its id
    current_changed = Signal(str)
    #: the zoom level changed: its key (:data:`.timeline_axis.ZOOM_KEYS`)
    zoom_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._incidents: list[Incident] = []
        self._seconds: list[float] = []  # occurred_at of each, ascending
        self._lanes: list[int] = []
        self._open: list[bool] = []
        self._lane_keys: tuple[str, ...] = INCIDENT_TYPES
        self._zoom = DEFAULT_ZOOM
        self._end = datetime.now(UTC).timestamp()
        self._current: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(False)
        self._retranslate()

    # -- data ------------------------------------------------------------------------------

    def set_incidents(self, incidents: Sequence[Incident], *, now: datetime) -> None:
        """Show ``incidents`` (any order). The window ends at ``now``, or
        at the last incident when it is older than the window; the chosen
        mark stays chosen if it is still there."""
        chosen = self.current_id()
        timed = sorted(
            ((i.occurred_at.timestamp(), i.id, i) for i in incidents), key=lambda t: t[:2]
        )
        ordered = [i for _seconds, _id, i in timed]
        self._incidents = ordered
        self._seconds = [seconds for seconds, _id, _i in timed]
        # the lane "Type not given" only when an incident needs it (one from a
        # newer version, with a type this one does not know, goes there too)
        untyped = any(i.type not in INCIDENT_TYPES for i in ordered)
        self._lane_keys = LANES if untyped else INCIDENT_TYPES
        lane_of = {kind: index for index, kind in enumerate(self._lane_keys)}
        self._lanes = [lane_of.get(i.type, len(self._lane_keys) - 1) for i in ordered]
        self._open = [i.is_open for i in ordered]
        self._current = None
        span = span_of(self._zoom).total_seconds()
        end = now.timestamp() + span * 0.02
        if self._seconds and self._seconds[-1] < end - span:
            end = self._seconds[-1] + span * 0.05
        self._end = end
        if chosen is not None:
            self._current = next((n for n, i in enumerate(ordered) if i.id == chosen), None)
        self._changed()

    def incidents(self) -> list[Incident]:
        return list(self._incidents)

    def current_id(self) -> str | None:
        return self._incidents[self._current].id if self._current is not None else None

    def set_current(self, incident_id: str | None) -> None:
        """Choose the mark of ``incident_id`` (None: none) and bring it into view."""
        index = next((n for n, i in enumerate(self._incidents) if i.id == incident_id), None)
        self._choose(index, announce=False)

    # -- zoom and window -------------------------------------------------------------------

    def zoom(self) -> str:
        return self._zoom

    def set_zoom(self, key: str) -> None:
        """Zoom to ``key``, keeping the chosen mark (or the window's middle) in place."""
        if key not in ZOOM_KEYS or key == self._zoom:
            return
        old = span_of(self._zoom).total_seconds()
        new = span_of(key).total_seconds()
        if self._current is not None and self._visible(self._current):
            anchor = self._seconds[self._current]
            share = (anchor - (self._end - old)) / old
        else:
            anchor, share = self._end - old / 2, 0.5
        self._zoom = key
        self._end = anchor + (1 - share) * new
        self.zoom_changed.emit(key)
        self._changed()

    def zoom_in(self) -> None:
        index = ZOOM_KEYS.index(self._zoom)
        self.set_zoom(ZOOM_KEYS[max(0, index - 1)])

    def zoom_out(self) -> None:
        index = ZOOM_KEYS.index(self._zoom)
        self.set_zoom(ZOOM_KEYS[min(len(ZOOM_KEYS) - 1, index + 1)])

    def time_window(self) -> tuple[datetime, datetime]:
        """The time shown: (start, end)."""
        start = self._end - span_of(self._zoom).total_seconds()
        return datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(self._end, UTC)

    def move_window(self, steps: float) -> None:
        """Move the window by ``steps`` of four fifths of its length (later
        when positive)."""
        self._end += steps * span_of(self._zoom).total_seconds() * 0.8
        self._changed()

    def visible_ids(self) -> list[str]:
        """The incidents inside the window, oldest first."""
        first, last = self._visible_range()
        return [i.id for i in self._incidents[first:last]]

    def _visible_range(self) -> tuple[int, int]:
        start = self._end - span_of(self._zoom).total_seconds()
        return bisect.bisect_left(self._seconds, start), bisect.bisect_right(
            self._seconds, self._end
        )

    def _visible(self, index: int) -> bool:
        first, last = self._visible_range()
        return first <= index < last

    # -- words -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(words.accessible_name())
        self.setAccessibleDescription(self._describe())

    def _lane_names(self) -> list[str]:
        return [words.type_name(k) for k in self._lane_keys]

    def _window_text(self) -> str:
        return words.window_text(*self.time_window())

    def _describe(self) -> str:
        first, last = self._visible_range()
        current = self._incidents[self._current] if self._current is not None else None
        return words.describe(
            self._incidents,
            visible=last - first,
            zoom=self._zoom,
            window=self._window_text(),
            current=current,
        )

    # -- keyboard and mouse -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        later = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        earlier = Qt.Key.Key_Right if self.isRightToLeft() else Qt.Key.Key_Left
        if key in (later, earlier):
            self._step(1 if key == later else -1)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self._incidents:
            self._choose(0 if key == Qt.Key.Key_Home else len(self._incidents) - 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.move_window(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in _KEYS_IN:
            self.zoom_in()
        elif key in _KEYS_OUT:
            self.zoom_out()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            chosen = self.current_id()
            if chosen is None:
                event.ignore()
                return
            self.incident_chosen.emit(chosen)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _step(self, direction: int) -> None:
        if not self._incidents:
            return
        if self._current is None or not self._visible(self._current):
            first, last = self._visible_range()
            if first < last:  # start from what is on screen
                self._choose(first if direction > 0 else last - 1)
                return
            self._choose(
                min(first, len(self._incidents) - 1) if direction > 0 else max(0, first - 1)
            )
            return
        self._choose(min(max(0, self._current + direction), len(self._incidents) - 1))

    def _choose(self, index: int | None, *, announce: bool = True) -> None:
        self._current = index
        if index is not None and not self._visible(index):
            span = span_of(self._zoom).total_seconds()
            self._end = self._seconds[index] + span / 2
        self._changed()
        if index is not None and announce:
            self.current_changed.emit(self._incidents[index].id)

    def _index_at(self, point: QPointF) -> int | None:
        g = self._geometry()
        if not g.plot.adjusted(-g.mark, -g.mark, g.mark, g.mark).contains(point):
            return None
        first, last = self._visible_range()
        best, best_distance = None, g.mark * 1.2
        for index in range(first, last):
            centre = QPointF(
                g.x_of(self._seconds[index]), g.lane_rect(self._lanes[index]).center().y()
            )
            distance = math.dist((centre.x(), centre.y()), (point.x(), point.y()))
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    def mark_centre(self, incident_id: str) -> QPointF | None:
        """Where the mark of ``incident_id`` is painted (None: not in view)."""
        index = next((n for n, i in enumerate(self._incidents) if i.id == incident_id), None)
        if index is None or not self._visible(index):
            return None
        g = self._geometry()
        return QPointF(g.x_of(self._seconds[index]), g.lane_rect(self._lanes[index]).center().y())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self._index_at(event.position())
        if index is not None:
            self._choose(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        index = self._index_at(event.position())
        if index is not None:
            self.incident_chosen.emit(self._incidents[index].id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._index_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), plain_tooltip(words.tooltip(self._incidents[index])), self
                )
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.LocaleChange,
            QEvent.Type.LanguageChange,
        ):
            self._changed()
        super().changeEvent(event)

    def _changed(self) -> None:
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    # -- sizes and geometry -----------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
        return font

    def _units(self) -> tuple[float, float]:
        line = QFontMetricsF(self.font()).height()
        return line, max(2.0, round(line * 0.5))

    def _label_width(self) -> float:
        """Room for the widest lane name (up to nine lines' worth) on one line
        beside its shape: the shape takes up to twice 0.75 line and half a pad
        (timeline_paint.paint_lanes), so a name no wider than that is never
        wrapped, nor shortened where a second line does not fit (Arabic's
        taller lines cut 'Legal or administrative' to 'قانوني أو إدا…')."""
        fm = QFontMetricsF(self.font())
        line, pad = self._units()
        widest = max(fm.horizontalAdvance(name) for name in self._lane_names())
        return min(widest, line * 9) + line * 1.5 + pad

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line, pad = self._units()
        width = self._label_width() + line * 30
        return QSize(
            math.ceil(width), math.ceil(line * (3.5 + 1.6 * len(self._lane_keys)) + 2 * pad)
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line, pad = self._units()
        width = self._label_width() + line * 12
        return QSize(
            math.ceil(width), math.ceil(line * (3 + 1.05 * len(self._lane_keys)) + 2 * pad)
        )

    def _geometry(self) -> Geometry:
        line, pad = self._units()
        small = QFontMetricsF(self._small_font()).height()
        rtl = self.isRightToLeft()
        content = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        header = QRectF(content.left(), content.top(), content.width(), max(line, small))
        axis = QRectF(content.left(), content.bottom() - small, content.width(), small)
        top = header.bottom() + pad * 0.5
        bottom = axis.top() - pad * 0.5
        label_width = self._label_width()
        if rtl:
            labels = QRectF(content.right() - label_width, top, label_width, bottom - top)
            plot = QRectF(content.left(), top, content.width() - label_width - pad, bottom - top)
        else:
            labels = QRectF(content.left(), top, label_width, bottom - top)
            plot = QRectF(
                labels.right() + pad, top, content.width() - label_width - pad, bottom - top
            )
        axis.setLeft(plot.left())
        axis.setWidth(plot.width())
        plot.setWidth(max(1.0, plot.width()))
        lane_height = plot.height() / len(self._lane_keys)
        mark = max(6.0, min(line * 0.75, lane_height * 0.7))
        window_width = QFontMetricsF(self._small_font()).horizontalAdvance(self._window_text()) + 2
        window_text = QRectF(header)
        if rtl:
            window_text.setRight(header.left() + window_width)
        else:
            window_text.setLeft(header.right() - window_width)
        start = self._end - span_of(self._zoom).total_seconds()
        return Geometry(
            header, window_text, labels, plot, axis, self._lane_keys, start, self._end, rtl, mark
        )

    # -- painting ---------------------------------------------------------------------------

    def _ink(self) -> Ink:
        palette = self.palette()
        line, pad = self._units()
        small_font = self._small_font()
        colours = theme.current()
        mark = palette.color(QPalette.ColorRole.Accent)
        return Ink(
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            mark=mark,
            band=palette.color(QPalette.ColorRole.AlternateBase),
            background=palette.color(QPalette.ColorRole.Base),
            focus=QColor(colours.focus),
            pad=pad,
            thin=max(1.0, round(line / 18)),
            small_font=small_font,
            small=QFontMetricsF(small_font),
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        ink = self._ink()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setLayoutDirection(self.layoutDirection())
            painter.fillRect(self.rect(), ink.background)
            if self.hasFocus():
                painter.setPen(QPen(ink.focus, 2))
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            if not self._incidents:
                painter.setPen(ink.text)
                painter.drawText(
                    QRectF(self.rect()),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    words.empty_text(),
                )
                return
            self._paint_timeline(painter, ink)
        finally:
            painter.end()

    def _paint_timeline(self, painter: QPainter, ink: Ink) -> None:
        g = self._geometry()
        paint_header(painter, g, ink, words.legend(), self._window_text())
        paint_lanes(painter, g, ink, self._lane_names(), self.font())
        paint_ticks(painter, g, ink, ticks(self._zoom, g.start, g.end))
        first, last = self._visible_range()
        painter.save()
        painter.setClipRect(g.plot.adjusted(-g.mark, 0, g.mark, 0))
        paint_marks(
            painter,
            g,
            ink,
            [(self._seconds[n], self._lanes[n], self._open[n]) for n in range(first, last)],
        )
        if self._current is not None and first <= self._current < last:
            paint_current(painter, g, ink, self._seconds[self._current], self._lanes[self._current])
        painter.restore()
