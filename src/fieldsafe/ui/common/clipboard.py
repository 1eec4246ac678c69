"""Concealed clipboard copies (docs/security.md, bar 10).

Whatever FieldSafe puts on the clipboard (any copy from its windows) is
marked so clipboard managers do not keep a history of it, and is cleared
after :data:`CLEAR_AFTER_MS`, on lock and on quit — but only if the clipboard
still holds what FieldSafe put there: something the person copied from
another program is never touched.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000

#: KDE/Klipper, Windows clipboard history and cloud clipboard, macOS pasteboard
CONCEALED_MARKERS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
    "application/x-nspasteboard-concealed-type": b"secret",
}


def _digest(text: str) -> bytes:
    # We remember a digest, not the text itself, to recognise our own copy.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ConcealedClipboard(QObject):
    """Watches the application's clipboard while FieldSafe runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: bytes | None = None
        self._rewriting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CLEAR_AFTER_MS)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        if self._rewriting:
            return
        # Ours if we own it (X11, Wayland, Windows) or, where the platform
        # cannot say, if it changed while a FieldSafe window had the focus.
        if not (self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None):
            self._ours = None  # another program's copy: not ours to clear
            self._timer.stop()
            return
        source = self._clipboard.mimeData()
        if source is None or not source.hasText():
            return
        text = source.text()
        if source.hasFormat("x-kde-passwordManagerHint"):
            return
        self.copy(text)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, concealed, to be cleared after
        :data:`CLEAR_AFTER_MS` and on lock (the note that could not be kept
        at lock, when the person asks for it)."""
        concealed = QMimeData()
        concealed.setText(text)
        for name, value in CONCEALED_MARKERS.items():
            concealed.setData(name, QByteArray(value))
        self._rewriting = True
        try:
            self._clipboard.setMimeData(concealed)
        finally:
            self._rewriting = False
        self._ours = _digest(text)
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds FieldSafe's copy."""
        self._timer.stop()
        if self._ours is None:
            return
        data = self._clipboard.mimeData()
        if data is not None and data.hasText() and _digest(data.text()) == self._ours:
            self._rewriting = True
            try:
                self._clipboard.clear()
            finally:
                self._rewriting = False
        self._ours = None
