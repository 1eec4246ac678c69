"""A row of buttons that becomes two rows, or more, when it has no room.

The plans section has two groups of buttons above its list: what acts on
the plans (new, edit, delete) at the start, sharing (colleagues, share,
receive) at the end. In one row they need the width of all six, which in
a longer language at a large text size is more than the screen is wide.
:class:`ButtonRows` keeps them in one row, the groups at either end, while
the row has room for them; otherwise the second group goes on a row of its
own below the first, and a group that does not fit its row either wraps
button by button. Its smallest width is that of its widest button; its
height follows its width (``heightForWidth``). Right to left, it mirrors.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class ButtonRows(QLayout):
    """Buttons at the start (added first) and at the end (added after
    :meth:`start_end_group`), on one row when they fit, else on several."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._end_from: int | None = None

    # -- QLayout's items ---------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if not 0 <= index < len(self._items):
            return None
        if self._end_from is not None and index < self._end_from:
            self._end_from -= 1
        return self._items.pop(index)

    def start_end_group(self) -> None:
        """The buttons added from now on stand at the end of the row."""
        self._end_from = len(self._items)

    # -- sizes --------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), apply=False)

    def _margins(self) -> QSize:
        m = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap(Qt.Orientation.Horizontal) * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return QSize(width, height) + self._margins()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, apply=True)

    # -- placing ------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _groups(self) -> list[list[QLayoutItem]]:
        split = len(self._items) if self._end_from is None else self._end_from
        groups = [self._items[:split], self._items[split:]]
        return [[item for item in group if not item.isEmpty()] for group in groups]

    def _gap(self, orientation: Qt.Orientation) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        widget = self.parentWidget()
        if widget is None:
            return 6
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation == Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        return max(widget.style().pixelMetric(metric, None, widget), 0)

    def _span(self, items: list[QLayoutItem]) -> int:
        gap = self._gap(Qt.Orientation.Horizontal)
        return sum(i.sizeHint().width() for i in items) + gap * max(len(items) - 1, 0)

    def _rows(self, width: int) -> list[tuple[list[QLayoutItem], list[QLayoutItem]]]:
        """The rows for ``width``: each the buttons at its start and at its end."""
        start, end = self._groups()
        if self._span(start) + self._span(end) + self._gap(Qt.Orientation.Horizontal) <= width:
            return [(start, end)]  # one row: the groups at either end
        rows: list[tuple[list[QLayoutItem], list[QLayoutItem]]] = []
        for group in (start, end):
            line: list[QLayoutItem] = []
            for item in group:
                if line and self._span([*line, item]) > width:
                    rows.append((line, []))
                    line = []
                line.append(item)
            if line:
                rows.append((line, []))
        return rows

    def _place(self, rect: QRect, *, apply: bool) -> int:
        """Lay the buttons out in ``rect`` (when ``apply``); the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows = self._rows(area.width())
        y = area.top()
        for index, (start, end) in enumerate(rows):
            height = max((item.sizeHint().height() for item in start + end), default=0)
            if apply:
                self._place_row(start, area.left(), y, height, area)
                self._place_row(end, area.right() + 1 - self._span(end), y, height, area)
            if index < len(rows) - 1:
                height += self._gap(Qt.Orientation.Vertical)
            y += height
        return y - area.top() + m.top() + m.bottom()

    def _place_row(
        self, items: list[QLayoutItem], x: int, y: int, height: int, area: QRect
    ) -> None:
        widget = self.parentWidget()
        direction = (
            widget.layoutDirection() if widget is not None else Qt.LayoutDirection.LeftToRight
        )
        for item in items:
            width = min(item.sizeHint().width(), area.width())
            logical = QRect(QPoint(x, y), QSize(width, height))
            item.setGeometry(QStyle.visualRect(direction, area, logical))
            x += width + self._gap(Qt.Orientation.Horizontal)
