"""Painting the incident timeline (:class:`.timeline.IncidentTimeline`).

The timeline works out where everything goes (a :class:`Geometry`) and
what it is painted with (an :class:`Ink`); the functions here draw it. They
have no words of their own: the timeline hands in its translated texts.

Each type of incident has its own shape (:func:`mark_path`), so a mark says
what it is without colour; the patterns' grid draws the same shapes. A
filled mark is an open incident, an outline one whose measures were
reviewed. Marks that would land on the same spot of a lane are painted once:
at five years on a small screen thousands of incidents share a few hundred
pixels, and painting each would cost time and show nothing more.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap

from fieldsafe.core.records import INCIDENT_TYPES

#: the lanes, top to bottom: every type, then incidents whose type was not given
LANES = (*INCIDENT_TYPES, "")


def mark_path(kind: str, size: float) -> QPainterPath:
    """The shape of incident type ``kind``, ``size`` across, centred on 0,0:
    physical a circle, verbal a square, watched or followed a triangle,
    digital a diamond, legal or administrative a triangle pointing down,
    anything else a hexagon, and no type given a short bar."""
    r = size / 2
    path = QPainterPath()
    if kind == "physical":
        path.addEllipse(QPointF(0, 0), r, r)
        return path
    if kind == "verbal":
        side = r * 0.85
        path.addRect(QRectF(-side, -side, 2 * side, 2 * side))
        return path
    if kind == "":
        path.addRoundedRect(QRectF(-r, -r * 0.3, 2 * r, r * 0.6), r * 0.3, r * 0.3)
        return path
    points = {
        "surveillance_or_following": [(0, -r), (r, r * 0.8), (-r, r * 0.8)],
        "digital": [(0, -r), (r, 0), (0, r), (-r, 0)],
        "legal_or_administrative": [(-r, -r * 0.8), (r, -r * 0.8), (0, r)],
    }.get(kind)
    if points is None:  # "other", or a type from a newer version
        points = [(r * math.cos(math.pi / 3 * i), r * math.sin(math.pi / 3 * i)) for i in range(6)]
    path.moveTo(*points[0])
    for x, y in points[1:]:
        path.lineTo(x, y)
    path.closeSubpath()
    return path


@dataclass(frozen=True)
class Geometry:
    """Where everything goes, for one widget size, font and window of time."""

    legend: QRectF  # the line saying what filled and outline marks mean
    window_text: QRectF  # "from … to …" of the time shown
    labels: QRectF  # the lane labels (at the start side)
    plot: QRectF  # the lanes
    axis: QRectF  # the tick labels under the plot
    lanes: tuple[str, ...]
    start: float  # seconds since the epoch at the start of the axis
    end: float
    rtl: bool
    mark: float  # a mark's size

    def lane_rect(self, index: int) -> QRectF:
        height = self.plot.height() / max(1, len(self.lanes))
        return QRectF(self.plot.left(), self.plot.top() + index * height, self.plot.width(), height)

    def x_of(self, seconds: float) -> float:
        """Where a moment lies on the axis; earlier to the start side
        (left in left-to-right, right in right-to-left)."""
        share = (seconds - self.start) / max(1.0, self.end - self.start)
        if self.rtl:
            return self.plot.right() - share * self.plot.width()
        return self.plot.left() + share * self.plot.width()


@dataclass(frozen=True)
class Ink:
    """Colours, fonts and line widths, for one paint."""

    text: QColor
    muted: QColor
    mark: QColor
    band: QColor  # every other lane
    background: QColor
    focus: QColor
    pad: float
    thin: float
    small_font: QFont
    small: QFontMetricsF


def paint_lanes(
    painter: QPainter, g: Geometry, ink: Ink, names: Sequence[str], font: QFont
) -> None:
    """The lanes' bands, and at the start side each lane's shape and name."""
    start = Qt.AlignmentFlag.AlignRight if g.rtl else Qt.AlignmentFlag.AlignLeft
    absolute = Qt.AlignmentFlag.AlignAbsolute
    painter.setFont(font)
    for index, kind in enumerate(g.lanes):
        lane = g.lane_rect(index)
        if index % 2:
            painter.fillRect(
                QRectF(g.labels.left(), lane.top(), g.labels.width(), lane.height()), ink.band
            )
            painter.fillRect(lane, ink.band)
        centre_y = lane.center().y()
        shape_x = g.labels.right() - g.mark if g.rtl else g.labels.left() + g.mark
        _draw_mark(painter, kind, QPointF(shape_x, centre_y), g.mark, ink, filled=True)
        text_rect = QRectF(g.labels).adjusted(0, 0, 0, 0)
        text_rect.setTop(lane.top())
        text_rect.setHeight(lane.height())
        if g.rtl:
            text_rect.setRight(g.labels.right() - 2 * g.mark - ink.pad / 2)
        else:
            text_rect.setLeft(g.labels.left() + 2 * g.mark + ink.pad / 2)
        painter.setPen(ink.text)
        words, flags = names[index], start | absolute | Qt.AlignmentFlag.AlignVCenter
        fm = QFontMetricsF(font)
        wrapped = fm.boundingRect(text_rect, int(flags | Qt.TextFlag.TextWordWrap), words)
        if wrapped.height() <= lane.height() + 1:
            flags |= Qt.TextFlag.TextWordWrap
        else:  # a low lane: one line, shortened (the accessible description has it whole)
            words = fm.elidedText(words, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(flags), words)
    painter.setPen(QPen(ink.muted, ink.thin))
    painter.drawLine(g.plot.bottomLeft(), g.plot.bottomRight())


def paint_header(
    painter: QPainter, g: Geometry, ink: Ink, legend: tuple[str, str], window: str
) -> None:
    """The legend (a filled and an outline mark with their words) and the
    window of time shown."""
    painter.setFont(ink.small_font)
    start = Qt.AlignmentFlag.AlignRight if g.rtl else Qt.AlignmentFlag.AlignLeft
    end = Qt.AlignmentFlag.AlignLeft if g.rtl else Qt.AlignmentFlag.AlignRight
    absolute = Qt.AlignmentFlag.AlignAbsolute
    y = g.legend.center().y()
    step = 1 if not g.rtl else -1
    x = g.legend.left() + g.mark if not g.rtl else g.legend.right() - g.mark
    for filled, words in ((True, legend[0]), (False, legend[1])):
        _draw_mark(painter, "physical", QPointF(x, y), g.mark * 0.8, ink, filled=filled)
        x += step * (g.mark + ink.pad / 2)
        width = ink.small.horizontalAdvance(words) + 2
        rect = QRectF(x if not g.rtl else x - width, g.legend.top(), width, g.legend.height())
        painter.setPen(ink.text)
        painter.drawText(rect, int(start | absolute | Qt.AlignmentFlag.AlignVCenter), words)
        x += step * (width + ink.pad * 1.5)
    painter.setPen(ink.text)
    painter.drawText(g.window_text, int(end | absolute | Qt.AlignmentFlag.AlignVCenter), window)


def paint_ticks(
    painter: QPainter, g: Geometry, ink: Ink, ticks: Sequence[tuple[float, str, bool]]
) -> None:
    """Tick marks on the axis and their labels, thinned so none overlap;
    major ticks (a new year) keep their labels first."""
    painter.setFont(ink.small_font)
    grid = QColor(ink.muted)
    grid.setAlphaF(0.3)
    inside = [t for t in ticks if g.plot.left() - 0.5 <= g.x_of(t[0]) <= g.plot.right() + 0.5]
    for seconds, _label, major in inside:
        x = g.x_of(seconds)
        painter.setPen(QPen(ink.muted if major else grid, ink.thin))
        painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()))
        painter.setPen(QPen(ink.text, ink.thin))
        painter.drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + ink.pad * 0.4))
    drawn: list[QRectF] = []
    for seconds, label, _major in sorted(inside, key=lambda t: not t[2]):
        if not label:
            continue
        x = g.x_of(seconds)
        width = ink.small.horizontalAdvance(label) + 2
        left = min(max(x - width / 2, g.axis.left()), g.axis.right() - width)
        rect = QRectF(left, g.axis.top(), width, g.axis.height())
        if any(rect.adjusted(-ink.pad, 0, ink.pad, 0).intersects(other) for other in drawn):
            continue
        drawn.append(rect)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)


def paint_marks(
    painter: QPainter,
    g: Geometry,
    ink: Ink,
    marks: Sequence[tuple[float, int, bool]],
) -> None:
    """``marks`` as (seconds, lane, open), painted once per spot of a lane.
    Each shape is drawn once into a small image and stamped: thousands of
    antialiased paths would make the first paint slow."""
    ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
    stamps: dict[tuple[int, bool], QPixmap] = {}
    side = math.ceil(g.mark + 2 * max(1.0, ink.thin * 1.5) + 2)
    centres = [g.lane_rect(i).center().y() for i in range(len(g.lanes))]
    seen: set[tuple[int, int, bool]] = set()
    resolution = max(1.0, g.mark / 3)
    for seconds, lane, is_open in marks:
        x = g.x_of(seconds)
        spot = (lane, int(x / resolution), is_open)
        if spot in seen:
            continue
        seen.add(spot)
        stamp = stamps.get((lane, is_open))
        if stamp is None:
            stamp = stamps[(lane, is_open)] = _stamp(
                g.lanes[lane], g.mark, side, ratio, ink, is_open
            )
        painter.drawPixmap(QPointF(x - side / 2, centres[lane] - side / 2), stamp)


def _stamp(kind: str, size: float, side: int, ratio: float, ink: Ink, filled: bool) -> QPixmap:
    pixmap = QPixmap(math.ceil(side * ratio), math.ceil(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_mark(painter, kind, QPointF(side / 2, side / 2), size, ink, filled=filled)
    finally:
        painter.end()
    return pixmap


def paint_current(painter: QPainter, g: Geometry, ink: Ink, seconds: float, lane: int) -> None:
    """The chosen mark: a guide line across the lanes and a ring around it."""
    x = g.x_of(seconds)
    y = g.lane_rect(lane).center().y()
    guide = QColor(ink.focus)
    guide.setAlphaF(0.5)
    painter.setPen(QPen(guide, ink.thin, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()))
    painter.setPen(QPen(ink.focus, max(2.0, ink.thin * 2)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QPointF(x, y), g.mark * 0.95, g.mark * 0.95)


def _draw_mark(
    painter: QPainter, kind: str, centre: QPointF, size: float, ink: Ink, *, filled: bool
) -> None:
    painter.setPen(QPen(ink.mark, max(1.0, ink.thin * 1.5)))
    painter.setBrush(ink.mark if filled else ink.background)
    painter.drawPath(mark_path(kind, size).translated(centre.x(), centre.y()))
