"""Buttons in a line that becomes two lines (or more) when it does not fit.

A :class:`~PySide6.QtWidgets.QHBoxLayout` of buttons is as wide as all its
buttons together: in a longer language at a large text size that made the
log editor, and the window, wider than the screen. :class:`ButtonLines`
lays its buttons out in reading order, each at its own size, starting a new
line where the next one would not fit; its smallest width is its widest
button's, and it is as tall as its lines at the width it gets (height for
width). Right to left, every line is mirrored.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class ButtonLines(QLayout):
    """Buttons in lines that wrap (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def add(self, widget: QWidget) -> None:
        """Add ``widget`` after those added before."""
        self.addChildWidget(widget)
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    # -- QLayout -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All the buttons on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        return self._with_margins(width, shown)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest button, one line tall (the height for a
        width is asked for separately)."""
        shown = self._shown()
        return self._with_margins(max((i.sizeHint().width() for i in shown), default=0), shown)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing -------------------------------------------------------------------------
    def _with_margins(self, width: int, shown: list[QLayoutItem]) -> QSize:
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        return max(0, parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            need = item.sizeHint().width()
            if lines[-1] and used + self._gap() + need > width:
                lines.append([])
                used = 0
            used += (self._gap() if lines[-1] else 0) + need
            lines[-1].append(item)
        return [line for line in lines if line]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``); the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        )
        gap = self._gap()
        top = inner.top()
        for number, line in enumerate(self._lines(inner.width())):
            if number:
                top += gap
            height = max(item.sizeHint().height() for item in line)
            x = inner.left()
            for item in line:
                size = item.sizeHint()
                size.setWidth(min(size.width(), inner.width()))
                if move:
                    place = QRect(QPoint(x, top + (height - size.height()) // 2), size)
                    item.setGeometry(QStyle.visualRect(direction, inner, place))
                x += size.width() + gap
            top += height
        return top - inner.top() + margins.top() + margins.bottom()
