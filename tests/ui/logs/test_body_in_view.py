"""Writing "What happened" stays in view when the privacy hint appears
(seen in Arabic at font scale 1.6: the hint took the form's room and left
one line of the body in view). The body keeps its twelve lines; the form
scrolls to the cursor instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QTextEdit

from fieldsafe.ui.common import fonts, theme
from fieldsafe.ui.logs.editor import LogEditor
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, find


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()
    qtbot.wait(20)  # the form follows the cursor once it is laid out again


def _cursor_in_view(editor: LogEditor, body: QTextEdit) -> bool:
    viewport = editor.scroll.viewport()
    rect = body.cursorRect()
    line = QFontMetrics(body.font()).lineSpacing()
    shown = QRect(body.viewport().mapTo(viewport, rect.topLeft()), rect.size())
    # and two lines below it (the start of the body: the cursor is on line 1)
    return viewport.rect().contains(shown.adjusted(0, 0, 0, 2 * line))


def test_the_body_stays_in_view_when_the_privacy_hint_appears(qtbot, vault: Vault) -> None:  # noqa: ANN001
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    fonts.install(qapp)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(font)
    theme.apply(qapp, "light")
    editor = LogEditor(vault)
    qtbot.addWidget(editor)
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    editor.resize(720, 620)
    editor.show()
    qtbot.waitExposed(editor)
    activate(qtbot, editor)
    body = find("What happened", QTextEdit, within=editor)
    body.setFocus()
    qtbot.keyClicks(body, "She asked about the clinic.")
    _settle(qtbot)
    assert _cursor_in_view(editor, body)
    qtbot.keyClicks(body, " Her number is 0712 345 678.")
    qtbot.waitUntil(editor.hint_bar.isVisible, timeout=3_000)
    _settle(qtbot)
    assert body.height() >= QFontMetrics(body.font()).lineSpacing() * 12
    assert _cursor_in_view(editor, body)
