"""Preferences, by keyboard: Ctrl+, opens it from the main window; your name
goes to the vault (your card), the rest to the allow-listed settings file in
one atomic write; other keys are kept; Escape changes nothing; the lock time
applies at once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QStyleFactory

from fieldsafe import app, paths
from fieldsafe.ui.common import ops, theme
from fieldsafe.ui.common.language_choice import LanguageChoice
from fieldsafe.ui.shell import preferences, settings
from fieldsafe.ui.shell.preferences import PreferencesDialog
from fieldsafe.ui.shell.settings import Settings
from tests.ui.conftest import find, unnamed_focusable, wait_ops

ALLOWED = set(Settings.__dataclass_fields__)


def open_by_keyboard(qtbot, window) -> PreferencesDialog:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PreferencesDialog)
    wait_ops(qtbot)  # the vault says the current name
    qtbot.waitUntil(lambda: dialog.name.hasFocus())
    return dialog


def test_the_menu_offers_preferences_with_its_shortcut(qtbot, window) -> None:  # noqa: ANN001
    action = window.findChild(type(window.lock_action), "preferences-action")
    assert action is not None and action.shortcut().toString() == "Ctrl+,"
    assert action in window.menuBar().actions()[0].menu().actions()


@pytest.fixture
def restore_look(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A changed look is applied at once: leave the application as it was."""
    for name in ("choice", "palette", "active"):
        monkeypatch.setattr(theme._Applied, name, getattr(theme._Applied, name))
    sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    style_name = qapp.style().name()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style_name))
    qapp.setPalette(palette)


def test_preferences_by_keyboard_saves_name_and_settings(  # noqa: ANN001
    restore_look, qtbot, window, vault
) -> None:
    placement = settings.WindowPlacement(10, 20, 900, 700)
    settings.save(Settings(window=placement))
    dialog = open_by_keyboard(qtbot, window)
    assert not unnamed_focusable(dialog)
    assert dialog.name.text() == ""  # no name chosen yet: the placeholder asks for one
    qtbot.keyClicks(dialog.name, "Amina K.")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    language = find("Language", LanguageChoice, within=dialog)
    assert language.hasFocus() and language.currentIndex() == 0  # the computer's own
    for _step in range(language.findData("ar")):  # the computer's own, English, Amharic, Arabic
        qtbot.keyClick(language, Qt.Key.Key_Down)
    assert language.value() == "ar" and language.currentText() == "العربية"
    qtbot.keyClick(language, Qt.Key.Key_Tab)
    size = find("Text size", QComboBox, within=dialog)
    assert size.hasFocus() and size.currentData() == 1.0
    qtbot.keyClick(size, Qt.Key.Key_Down)
    qtbot.keyClick(size, Qt.Key.Key_Tab)
    minutes = find("Minutes idle before locking", QSpinBox, within=dialog)
    assert minutes.hasFocus() and minutes.value() == 5
    qtbot.keyClick(minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(minutes, "12")
    qtbot.keyClick(minutes, Qt.Key.Key_Tab)
    appearance = find("Appearance", QComboBox, within=dialog)
    assert appearance.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(appearance, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    saved = settings.load()
    assert (saved.language, saved.font_scale, saved.idle_lock_minutes) == ("ar", 1.15, 12)
    assert saved.theme == "light"
    assert theme.current() == theme.LIGHT  # the look changed at once
    assert saved.window == placement  # a key the dialog does not show is kept
    data = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert set(data) <= ALLOWED and "Amina" not in json.dumps(data)
    assert vault.sharing.identity().name == "Amina K."


def test_escape_changes_nothing(qtbot, window, vault) -> None:  # noqa: ANN001
    vault.sharing.set_name("Sam")
    dialog = open_by_keyboard(qtbot, window)
    assert dialog.name.text() == "Sam"
    qtbot.keyClick(dialog.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.name, "Someone else")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not paths.settings_file().exists()
    assert vault.sharing.identity().name == "Sam"


def test_an_unchanged_name_is_not_written_again(qtbot, window, vault, monkeypatch) -> None:  # noqa: ANN001
    vault.sharing.set_name("Sam")
    calls: list[str] = []
    monkeypatch.setattr(type(vault.sharing), "set_name", lambda self, name: calls.append(name))
    dialog = open_by_keyboard(qtbot, window)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert calls == []
    assert settings.load() == Settings()


def test_a_settings_file_that_cannot_be_written_is_said_and_the_dialog_stays(
    qtbot,  # noqa: ANN001
    window,  # noqa: ANN001
    fieldsafe_home: Path,
) -> None:
    config = paths.settings_file().parent
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("not a folder", encoding="utf-8")  # the settings cannot go there
    dialog = open_by_keyboard(qtbot, window)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.status.text()
    dialog.reject()


def test_the_lock_time_applies_at_once(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    session = app.start(["--vault", str(tmp_path / "v")])
    try:
        assert session.idle._limit == timedelta(minutes=5)
        preferences.changes().idle_lock_minutes.emit(2)
        assert session.idle._limit == timedelta(minutes=2)
    finally:
        session.shutdown()
    assert not ops.busy()


def test_the_dialog_has_names_and_no_italics_in_arabic(qtbot, qapp, vault) -> None:  # noqa: ANN001
    from fieldsafe.ui.common import i18n

    i18n.install_translators(qapp, "ar")
    dialog = PreferencesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert dialog.isRightToLeft()
    assert not unnamed_focusable(dialog)
    assert not [w for w in dialog.findChildren(QLineEdit) if w.font().italic()]
