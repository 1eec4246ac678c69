"""An empty journal teaches (Interface 3): what the space is for, and one
step to the first entry, by keyboard; gone once there is an entry, and
never shown at the lock gate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import JournalPrefs, Vault
from tests.ui.conftest import START, find, find_all


def _texts(widget) -> str:  # noqa: ANN001
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_an_empty_journal_offers_the_first_entry(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    journal = window.show_journal()
    assert journal is not None and journal.empty.isVisible()
    assert "Your journal is empty" in _texts(journal.empty)
    assert "yours" in journal.entries.accessibleDescription()
    button = find("Write the first entry", QPushButton, within=window)
    journal.entries.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(journal.entries, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert journal.editor.feeling.hasFocus()  # the first question of a new entry


def test_an_entry_hides_it(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.journal.save(occurred_at=START, feeling=6, checkin_note="A long day.")
    journal = window.show_journal()
    assert journal is not None and not journal.empty.isVisible()
    assert not find_all("Write the first entry", QPushButton, within=window)
    assert not journal.entries.accessibleDescription()


def test_not_at_the_lock_gate(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.journal.set_prefs(JournalPrefs(lock_journal=True))
    journal = window.show_journal()
    assert journal is not None and not journal.is_open
    assert not find_all("Write the first entry", QPushButton, within=window)
