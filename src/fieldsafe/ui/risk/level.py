"""A risk level as words and a shape, never an alarm colour.

The shape is four bars rising like steps in the reading direction, filled
up to the level (one for low, four for very high; outlines only while
nothing is judged), drawn in the palette's text colour when it is painted,
so it follows the light, dark and high-contrast themes. It always stands beside the level's words: the
shape helps the eye run down a list, the words carry the meaning (and are
what a screen reader says).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from fieldsafe.core.risk import LEVELS, level_rank
from fieldsafe.ui.common import safety_words

BARS = len(LEVELS)


class LevelShapeEngine(QIconEngine):
    """Paints the bars for one level rank (0 to 4)."""

    def __init__(self, rank: int) -> None:
        super().__init__()
        self.rank = rank

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        role = (
            QPalette.ColorRole.HighlightedText
            if mode == QIcon.Mode.Selected
            else QPalette.ColorRole.WindowText
        )
        colour = palette.color(role)
        side = min(rect.width(), rect.height())
        gap = max(1.0, side / 12)
        width = (side - gap * (BARS - 1)) / BARS
        left = rect.x() + (rect.width() - side) / 2
        bottom = rect.y() + (rect.height() + side) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, max(1.0, side / 16))
        painter.setPen(pen)
        # The steps rise in the reading direction (right to left in Arabic).
        mirrored = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index in range(BARS):
            height = side * (index + 1) / BARS
            place = BARS - 1 - index if mirrored else index
            bar = QRectF(left + place * (width + gap), bottom - height, width, height)
            bar = bar.adjusted(pen.widthF() / 2, pen.widthF() / 2, -pen.widthF() / 2, 0)
            painter.setBrush(colour if index < self.rank else Qt.BrushStyle.NoBrush)
            painter.drawRect(bar)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return LevelShapeEngine(self.rank)

    def key(self) -> str:
        return "fieldsafe-level"

    def isNull(self) -> bool:  # noqa: N802 - Qt API
        return False


def level_icon(level: str | None) -> QIcon:
    """The shape for ``level`` (a key of ``core.risk.LEVELS``, or None)."""
    return QIcon(LevelShapeEngine(level_rank(level)))


def level_text(level: str | None) -> str:
    """ "Level: moderate" style words for a level (or "not judged yet")."""
    return safety_words.level(level)


class LevelLabel(QWidget):
    """The shape and the words of a level, side by side (not focusable)."""

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "") -> None:
        super().__init__(parent)
        self._prefix = prefix
        self.shape = QLabel(self)
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shape, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.words, 1)
        self.set_level(None)

    def set_level(self, level: str | None) -> None:
        side = self.words.fontMetrics().height()
        self.shape.setPixmap(level_icon(level).pixmap(QSize(side, side)))
        words = level_text(level)
        self.words.setText(self._prefix.format(level=words) if self._prefix else words)
        self.level = level
