"""docs/security.md, bar 10: concealed clipboard copies, cleared on lock and after a while
(the panic key, docs/security.md, bar 9, is in tests/ui/shell/test_lock.py)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTextEdit

from fieldsafe.ui.common.clipboard import CONCEALED_MARKERS
from fieldsafe.ui.shell.main_window import MainWindow
from tests.ui.conftest import activate, find


def _copy_from_body(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    activate(qtbot, window)
    body = find("What happened", QTextEdit, within=window)
    body.setPlainText(text)
    body.selectAll()
    body.copy()
    QApplication.processEvents()


def test_copies_are_concealed_and_cleared_on_lock(qtbot, session, window: MainWindow) -> None:  # noqa: ANN001
    _copy_from_body(qtbot, window, "CLIPCANARY meeting place")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "CLIPCANARY meeting place"
    for marker in CONCEALED_MARKERS:
        assert data.hasFormat(marker), marker
    session.lock()
    assert "CLIPCANARY" not in QGuiApplication.clipboard().text()


def test_copies_clear_themselves_after_a_while(qtbot, session, window: MainWindow) -> None:  # noqa: ANN001
    _copy_from_body(qtbot, window, "CLIPCANARY two")
    session.clipboard._timer.timeout.emit()  # the 30-second timer firing
    assert QGuiApplication.clipboard().text() == ""


def test_someone_elses_copy_is_never_cleared(qtbot, session, window: MainWindow) -> None:  # noqa: ANN001
    _copy_from_body(qtbot, window, "CLIPCANARY three")
    other = QMimeData()
    other.setText("a bus timetable")
    other.setData("x-kde-passwordManagerHint", b"secret")  # as if from a program we don't own
    session.clipboard._rewriting = True
    QGuiApplication.clipboard().setMimeData(other)
    session.clipboard._rewriting = False
    session.lock()
    assert QGuiApplication.clipboard().text() == "a bus timetable"
