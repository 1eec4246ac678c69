"""The recovery code as it is shown, once: at first run and after a passphrase
change that re-encrypted the vault."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget


class _NoCopy(QObject):
    """Swallows copy/cut shortcuts on the recovery code: it must go on
    paper, not into a clipboard history."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key = cast(QKeyEvent, event)  # both types are key events
            if key.matches(QKeySequence.StandardKey.Copy) or key.matches(
                QKeySequence.StandardKey.Cut
            ):
                event.accept()
                return True
        return False


class RecoveryCodeLabel(QLabel):
    """Large, fixed-width, plain text, left to right in every language;
    reachable by keyboard for screen readers, never copied (it must go on
    paper, not into a clipboard history). The caller names it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        # Keyboard selection keeps the code reachable for screen readers and
        # lets a reader mark a group; mouse selection is left out because it
        # allows dragging the text out.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._no_copy = _NoCopy(self)
        self.installEventFilter(self._no_copy)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.setFont(font)
        # Codes are Latin letters and digits, read left to right everywhere.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
