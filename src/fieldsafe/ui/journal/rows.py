"""List rows that never run past their list, at any width or font size.

A :class:`~PySide6.QtWidgets.QListView` makes every row as wide as its
widest one and scrolls sideways, so it never elides or wraps by itself.
These delegates make each row exactly as wide as the list:

* :func:`elide_rows`: one line per row, its end elided (the journal's
  entries: when, the check-in and the first words);
* :func:`wrap_rows`: the row's text wraps onto as many lines as it needs
  (the people in My support: a phone number is never cut off).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


class _ListWide(QStyledItemDelegate):
    """Rows as wide as the list's viewport; their height from the text
    wrapped (or not) at that width."""

    def __init__(self, view: QListView, *, wrap: bool) -> None:
        super().__init__(view)
        self._view = view
        self._wrap = wrap

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(1, self._view.viewport().width())
        measured = QStyleOptionViewItem(option)
        if self._wrap:
            measured.rect = QRect(0, 0, width, 1)  # the width the text wraps at
        height = super().sizeHint(measured, index).height()
        return QSize(width, height)


def _rows_follow_the_width(view: QListView) -> None:
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # rows laid out again on resize
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def elide_rows(view: QListView) -> None:
    """One line per row, as wide as the list, its end elided."""
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(_ListWide(view, wrap=False))
    _rows_follow_the_width(view)


def wrap_rows(view: QListView) -> None:
    """Each row as wide as the list, its text wrapped onto the lines it needs."""
    view.setWordWrap(True)
    view.setItemDelegate(_ListWide(view, wrap=True))
    _rows_follow_the_width(view)
