"""A row of buttons that becomes two rows, or more, when it does not fit.

A :class:`~PySide6.QtWidgets.QHBoxLayout` of buttons is as wide as all its
buttons together: in a longer language at a large text size that is wider
than the column it sits in, and the window's smallest width grows past the
screen. :class:`ButtonFlow` lays its buttons out in reading order, each at
its own size, and starts a new line where the next one would not fit. Its
smallest width is that of its widest button, and it is as tall as its lines
at the width it gets (height for width).

Buttons added with ``at_end`` form an end group (as after a stretch in a box
layout): while every button fits on one line, the end group stands at the
far end of it; otherwise the end group starts a line of its own, still at
the far end, and a group that does not fit its line either wraps button by
button. Right to left, every line is mirrored.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem

# One line: the buttons at its start, and those at its far end.
Line = tuple[list[QLayoutItem], list[QLayoutItem]]


class ButtonFlow(QLayout):
    """Buttons in lines that wrap, some of them at the far end (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._at_end: list[bool] = []  # beside each item: does it stand at the far end?

    # -- adding ---------------------------------------------------------------------------
    def add(self, widget: QWidget, *, at_end: bool = False) -> None:
        """Add ``widget`` after those added before; with ``at_end``, to the
        group at the far end."""
        self.addChildWidget(widget)
        self._append(QWidgetItem(widget), at_end=at_end)
        self.invalidate()

    def _append(self, item: QLayoutItem, *, at_end: bool) -> None:
        self._items.append(item)
        self._at_end.append(at_end)

    # -- QLayout's items ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        """(``addWidget`` comes here: at the start.)"""
        self._append(item, at_end=False)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        del self._at_end[index]
        return self._items.pop(index)

    # -- sizes ---------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All the buttons on one line."""
        start, end = self._groups()
        return self._with_margins(self._span(start + end), start + end)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest button, one line tall (the height for a
        width is asked for separately)."""
        start, end = self._groups()
        shown = start + end
        width = max((max(i.minimumSize().width(), i.sizeHint().width()) for i in shown), default=0)
        return self._with_margins(width, shown)

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

    def _groups(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        """The shown buttons at the start and at the far end, each in the order added."""
        pairs = zip(self._items, self._at_end, strict=True)
        shown = [(i, end) for i, end in pairs if not i.isEmpty()]
        return [i for i, end in shown if not end], [i for i, end in shown if end]

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(0, parent.style().pixelMetric(metric, None, parent))

    def _span(self, items: list[QLayoutItem]) -> int:
        """The width ``items`` take side by side."""
        gap = self._gap(Qt.Orientation.Horizontal)
        return sum(i.sizeHint().width() for i in items) + gap * max(0, len(items) - 1)

    def _wrapped(self, items: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        """``items`` in lines no wider than ``width`` (each line at least one item)."""
        lines: list[list[QLayoutItem]] = []
        for item in items:
            if lines and self._span([*lines[-1], item]) <= width:
                lines[-1].append(item)
            else:
                lines.append([item])
        return lines

    def _lines(self, width: int) -> list[Line]:
        """The lines for ``width``: one while every button fits on it, else
        the start group's lines, then the end group's."""
        start, end = self._groups()
        if not start + end:
            return []
        if self._span(start + end) <= width:
            return [(start, end)]
        starts: list[Line] = [(line, []) for line in self._wrapped(start, width)]
        return starts + [([], line) for line in self._wrapped(end, width)]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the buttons out in ``rect`` (when ``move``); the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        top = inner.top()
        for number, (start, end) in enumerate(self._lines(inner.width())):
            if number:
                top += self._gap(Qt.Orientation.Vertical)
            height = max(i.sizeHint().height() for i in start + end)
            if move:
                far = inner.right() + 1 - min(self._span(end), inner.width())
                for x, item in [*self._across(start, inner.left()), *self._across(end, far)]:
                    size = item.sizeHint()
                    size.setWidth(min(size.width(), inner.width()))
                    place = QRect(QPoint(x, top + (height - size.height()) // 2), size)
                    item.setGeometry(QStyle.visualRect(self._direction(), inner, place))
            top += height
        return top - inner.top() + margins.top() + margins.bottom()

    def _across(self, items: list[QLayoutItem], x: int) -> list[tuple[int, QLayoutItem]]:
        """Where each of ``items`` starts, side by side from ``x``."""
        placed = []
        for item in items:
            placed.append((x, item))
            x += item.sizeHint().width() + self._gap(Qt.Orientation.Horizontal)
        return placed

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
