"""Help → About FieldSafe (issue 15): opened and closed by keyboard, it
shows the version, the licence, where the source is and the SQLCipher,
SQLite and Qt versions, as plain text, with every focusable part named."""

from __future__ import annotations

import PySide6
import shiboken6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QWidget

import fieldsafe
from fieldsafe.ui.shell.about import AboutDialog
from fieldsafe.ui.shell.main_window import MainWindow
from tests.ui.conftest import activate, find, unnamed_focusable

ALT = Qt.KeyboardModifier.AltModifier


def _open_by_keyboard(qtbot, window: MainWindow) -> AboutDialog:  # noqa: ANN001
    """From the journal (Ctrl+3), Alt+H opens Help; A is About FieldSafe's key."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert "About FieldSafe" in [a.text().replace("&", "") for a in menu.actions()]
    qtbot.keyClick(menu, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(find("Close", QWidget, within=dialog).hasFocus)  # Enter closes at once
    return dialog


def _closed(dialog: AboutDialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_help_about_shows_what_this_copy_is(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    dialog = _open_by_keyboard(qtbot, window)
    assert dialog.windowTitle() == "About FieldSafe"
    details = find("About this copy of FieldSafe", QPlainTextEdit, within=dialog)
    assert details.isReadOnly()
    text = details.toPlainText()
    info = fieldsafe.build_info()
    for fact in (
        f"Version {info.version}",
        "AGPL-3.0-or-later",
        "GNU Affero General Public License",
        f"Source code: shipped with this program, in {info.source}",
        f"SQLCipher {info.sqlcipher}, SQLite {info.sqlite}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
    ):
        assert fact in fieldsafe_plain(text), fact
    assert info.version == fieldsafe.__version__ != "unknown"
    assert "Portable mode" not in text
    assert unnamed_focusable(dialog) == []


def test_about_closes_with_escape_and_with_enter(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    dialog = _open_by_keyboard(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed(dialog))
    dialog = _open_by_keyboard(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(dialog))


def test_tab_leaves_the_details_no_keyboard_trap(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    dialog = _open_by_keyboard(qtbot, window)
    details = find("About this copy of FieldSafe", QPlainTextEdit, within=dialog)
    close = find("Close", QWidget, within=dialog)
    qtbot.keyClick(close, Qt.Key.Key_Tab)
    assert details.hasFocus()
    qtbot.keyClick(details, Qt.Key.Key_Tab)
    assert close.hasFocus()
    qtbot.keyClick(close, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _closed(dialog))


def test_the_text_is_plain_and_portable_mode_is_said(
    qtbot,
    monkeypatch,
    tmp_path,  # noqa: ANN001
) -> None:
    from fieldsafe import paths

    folder = tmp_path / "<b>stick</b>" / "data"
    monkeypatch.setattr(paths, "_portable", folder)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = fieldsafe_plain(dialog.details.toPlainText())
    assert f"Portable mode: everything is kept in {folder}" in text


def test_right_to_left_keeps_the_versions_whole(qtbot) -> None:  # noqa: ANN001
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # each value is isolated, so "4.19.0 community" stays one block in Arabic
    assert "\u2068" + fieldsafe.build_info().sqlcipher + "\u2069" in dialog.details.toPlainText()


def fieldsafe_plain(text: str) -> str:
    """The text without its bidi isolates (U+2068, U+2069)."""
    return text.replace("\u2068", "").replace("\u2069", "")
