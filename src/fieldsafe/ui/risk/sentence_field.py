"""A one-line field that wraps: a sentence such as a threat or a measure.

The record keeps these as one line (no line breaks), but a sentence rarely
fits the width of a line edit, least of all at a large text size or in a
narrow window, and a line edit shows only part of it. This field wraps the
sentence over as many lines as it needs (up to four, then it scrolls), takes
no line break (Enter moves on to the next field; pasted line breaks become
spaces), and leaves with Tab like any field.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_BREAKS = re.compile("[\r\n\u2028\u2029\x0b\x0c]+")
MAX_LINES = 4


class SentenceField(QPlainTextEdit):
    """One line of text, wrapped to show all of it (``text``/``setText``
    as a line edit has them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the line edit's name
        self.setPlainText(_BREAKS.sub(" ", text))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.ignore()  # Ctrl+Enter belongs to the window (save)
                return
            self.focusNextChild()  # no line break: on to the next field
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        self.insertPlainText(_BREAKS.sub(" ", source.text()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit()  # the style's padding is known once it is shown

    def _fit(self) -> None:
        """As tall as the wrapped sentence, one line at least, four at most."""
        # A plain text document measures its height in lines.
        lines = int(self.document().documentLayout().documentSize().height())
        shown = max(1, min(MAX_LINES, lines))
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        metrics = QFontMetrics(self.font())
        if self.isVisible():  # the frame, border and padding around the text, as drawn
            around = self.height() - self.viewport().height()
        else:
            around = metrics.height() // 2 + 8
        margin = self.document().documentMargin()
        height = int(metrics.lineSpacing() * shown + 2 * margin + around + 2)
        if height != self.height():
            self.setFixedHeight(height)
