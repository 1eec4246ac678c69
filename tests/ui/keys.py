"""Answering FieldSafe's modal message boxes by keyboard in GUI tests.

``Confirm.ask`` and its kin block in ``exec()``; :func:`answer_next_box`
waits for the next one to open, notes what it says, and answers it with
the keyboard: Escape, or the named button focused and Space pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_next_box(button_text: str | None, said: list[str]) -> None:
    """When the next message box is open: append its text and detail to
    ``said``, then press ``button_text`` (Tab's target and Space) or, for
    None, Escape."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        said.append(f"{box.text()}\n{box.informativeText()}")
        if button_text is None:
            QTest.keyClick(box, Qt.Key.Key_Escape)
            return
        buttons = [b for b in box.buttons() if b.text() == button_text]
        assert len(buttons) == 1, [b.text() for b in box.buttons()]
        buttons[0].setFocus()
        QTest.keyClick(buttons[0], Qt.Key.Key_Space)

    QTimer.singleShot(0, act)
