"""A sentence field keeps one line (what the record takes) but shows all of
it, wrapped: Enter moves on, pasted line breaks become spaces."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from fieldsafe.ui.risk.sentence_field import SentenceField
from tests.ui.conftest import activate


def test_enter_moves_on_and_line_breaks_become_spaces(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    field = SentenceField(host)
    after = QLineEdit(host)
    layout = QVBoxLayout(host)
    layout.addWidget(field)
    layout.addWidget(after)
    host.resize(300, 200)
    host.show()
    activate(qtbot, host)
    field.setFocus()
    qtbot.keyClicks(field, "Someone watches")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Someone watches"
    assert QApplication.focusWidget() is after
    pasted = QMimeData()
    pasted.setText(" from a car\nacross the street\r\n")
    field.moveCursor(field.textCursor().MoveOperation.End)
    field.insertFromMimeData(pasted)
    assert "\n" not in field.text() and "car across" in field.text()


def test_it_grows_with_the_sentence(qtbot) -> None:  # noqa: ANN001
    field = SentenceField()
    qtbot.addWidget(field)
    field.resize(200, field.height())
    field.show()
    one_line = field.height()
    field.setText("A long sentence about what could happen " * 3)
    qtbot.waitUntil(lambda: field.height() > one_line)
