"""A row of buttons that becomes two rows (or more) when it does not fit.

A :class:`~PySide6.QtWidgets.QHBoxLayout` of buttons is as wide as all its
buttons together: in a longer language, at a large text size, that is wider
than the column it sits in, and the window's smallest width grows past the
screen. :class:`ButtonFlow` lays its buttons out in reading order, each at
its own size, and starts a new line where the next one would not fit; its
smallest width is that of its widest button, and it is as tall as its lines
at the width it gets (height for width). Buttons added with ``at_end`` stand
at the far end of the last line (as after a stretch in a box layout), or
start their own line when they do not fit beside the others. Right to left,
every line is mirrored.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class ButtonFlow(QLayout):
    """Buttons in lines that wrap (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._at_end: set[int] = set()  # ids of the items that stand at the far end

    # -- adding ---------------------------------------------------------------------------
    def add(self, widget: QWidget, *, at_end: bool = False) -> None:
        """Add ``widget`` (after those added before; at the far end with ``at_end``)."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if at_end:
            self._at_end.add(id(item))
        self._items.append(item)
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._at_end.discard(id(item))
        return item

    # -- sizes ---------------------------------------------------------------------------
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
        height = max((i.sizeHint().height() for i in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest button (as tall as one line: the height for
        the width given is asked for separately)."""
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        width = max(width, max((i.sizeHint().width() for i in self._shown()), default=0))
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing -------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
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
        gap = self._gap()
        top = inner.top()
        lines = self._lines(inner.width())
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item in line)
            x = inner.left()
            for item in line:
                size = item.sizeHint()
                size.setWidth(min(size.width(), inner.width()))
                if id(item) in self._at_end:  # this and those after it: at the far end
                    rest = line[line.index(item) :]
                    width = sum(i.sizeHint().width() for i in rest) + gap * (len(rest) - 1)
                    x = max(x, inner.right() + 1 - width)
                place = QRect(QPoint(x, top + (height - size.height()) // 2), size)
                if move:
                    item.setGeometry(QStyle.visualRect(self._direction(), inner, place))
                x += size.width() + gap
            top += height + (self.spacing() if self.spacing() >= 0 else gap) * (
                number < len(lines) - 1
            )
        return top - inner.top() + margins.top() + margins.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
