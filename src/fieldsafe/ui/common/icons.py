"""FieldSafe's icons: bundled SVGs (Lucide, ISC; see
``resources/icons/README.md``) drawn in the current palette's colours.

:func:`icon` returns a :class:`QIcon` whose engine draws the SVG when it is
painted, with the palette's text colour in place of ``currentColor``: the
icons follow the light, dark and high-contrast themes, and the colour of a
selected row (``HighlightedText``) or of a disabled control. An icon never
stands alone: the widget that shows it has a text label or an accessible name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

#: FieldSafe's name for each icon -> the bundled file (without .svg)
ICON_FILES = {
    # sections
    "today": "calendar-check",
    "logs": "notebook-pen",
    "plans": "route",
    "journal": "book-heart",
    "incidents": "flag",
    "risk_assessments": "shield-check",
    # actions
    "new": "plus",
    "save": "save",
    "lock": "lock",
    "print": "printer",
    "pdf": "file-down",
    "attach": "paperclip",
    "search": "search",
    "share": "share-2",
    "receive": "inbox",
    "edit": "pencil",
    "delete": "trash-2",
    "history": "history",
    "code_book": "book-key",
    "filter": "list-filter",
    "colleagues": "users",
    "support": "hand-heart",
    "theme": "contrast",
    # states
    "done": "circle-check",
    "attention": "circle-alert",
    "due": "clock",
    "info": "info",
    "draft": "circle-dashed",
    "hidden": "eye-off",
}


@cache
def svg_source(name: str) -> bytes:
    """The SVG text of icon ``name`` (a key of :data:`ICON_FILES`)."""
    return (ICON_DIR / f"{ICON_FILES[name]}.svg").read_bytes()


def _colour_for(mode: QIcon.Mode) -> str:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    return palette.color(QPalette.ColorRole.WindowText).name()


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    data = svg_source(name).replace(b"currentColor", colour.encode("ascii"))
    return QSvgRenderer(QByteArray(data))


class SvgIconEngine(QIconEngine):
    """Draws one bundled SVG in the palette's colour for the icon's mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        _renderer(self.name, _colour_for(mode)).render(painter, square)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(  # noqa: N802 - Qt API
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(
            QSize(round(size.width() * scale), round(size.height() * scale)), mode, state
        )
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def key(self) -> str:
        return "fieldsafe-svg"

    def isNull(self) -> bool:  # noqa: N802 - Qt API
        return False


def icon(name: str) -> QIcon:
    """The icon ``name`` (a key of :data:`ICON_FILES`), in the theme's colours."""
    if name not in ICON_FILES:
        raise KeyError(name)
    return QIcon(SvgIconEngine(name))
