"""Keep the place being written in view inside a scrolling form.

A text field taller than the form's visible part (the log's "What happened"
is at least twelve lines) scrolls its own text but not the form around it:
in Arabic at font scale 1.6, when the privacy hint appeared below the form
and took its room, only the body's first line was left in view while the
person went on writing below it. :func:`follow_cursor` scrolls the form so
that the text cursor of the focused field, and a few lines around it, stay
visible: when the cursor moves, and when the form's visible part changes
size (a hint shown or hidden, the window resized). The fields keep their
heights; the form scrolls instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QTextEdit

TextField = QTextEdit | QPlainTextEdit

#: lines kept in view above and below the cursor (fewer when the form is short)
_AROUND = 2


class _Follower(QObject):
    def __init__(self, scroll: QScrollArea, fields: Sequence[TextField]) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        self._fields = list(fields)
        for field in self._fields:
            field.cursorPositionChanged.connect(self.follow)
        scroll.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            # Once the form is laid out again; with this object as the context, so
            # the call is dropped if the form is deleted meanwhile (a lock).
            QTimer.singleShot(0, self, self.follow)
        return False

    def follow(self) -> None:
        page = self._scroll.widget()
        field = next((f for f in self._fields if f.hasFocus()), None)
        if page is None or field is None or not page.isAncestorOf(field):
            return
        rect = field.cursorRect()
        point = field.viewport().mapTo(page, rect.center())
        room = self._scroll.viewport().height()
        line = QFontMetrics(field.font()).lineSpacing()
        margin = min(line * _AROUND + rect.height(), max(room // 2 - line, 0))
        self._scroll.ensureVisible(point.x(), point.y(), 0, margin)


def follow_cursor(scroll: QScrollArea, fields: Sequence[TextField]) -> QObject:
    """Keep the focused one of ``fields`` (inside ``scroll``'s widget) in
    view at its cursor; the returned helper lives as long as ``scroll``."""
    return _Follower(scroll, fields)


__all__ = ["follow_cursor"]
