"""The sidebar by keyboard: the arrow keys move through the sections and
show each while the keyboard stays in the sidebar (arrowing down through
"My journal" with the journal's lock on put the cursor in its passphrase
field, and the next arrow went nowhere); Enter, or Ctrl+1…4, moves the
keyboard into the section shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import JournalPrefs, Vault
from tests.ui.conftest import START, activate

CTRL = Qt.KeyboardModifier.ControlModifier


def _locked_journal(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.journal.set_prefs(JournalPrefs(lock_journal=True))
    activate(qtbot, window)
    window.sections.setFocus()
    qtbot.waitUntil(window.sections.hasFocus)


def test_arrows_move_through_the_sections_and_keep_the_keyboard(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _locked_journal(qtbot, window, vault)
    sidebar, journal = window.sections, window.journal
    for row in (1, 2, 3):
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)
        assert sidebar.currentRow() == row
        assert sidebar.hasFocus(), f"row {row}: the keyboard left the sidebar"
        if row == 2:
            assert window.work.currentWidget() is journal  # shown, still locked
            assert journal.gate.isVisible() and not journal.gate_field.hasFocus()
    assert window.work.currentWidget() is window.plans
    for row in (2, 1, 0):
        qtbot.keyClick(sidebar, Qt.Key.Key_Up)
        assert sidebar.currentRow() == row and sidebar.hasFocus()
    assert window.log_view.isVisible()


def test_enter_moves_the_keyboard_into_the_section(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    _locked_journal(qtbot, window, vault)
    sidebar = window.sections
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)  # no log yet: the first log's button
    assert window.empty_logs.button.hasFocus()
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    assert window.today_view.tree.hasFocus()
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    qtbot.keyClick(sidebar, Qt.Key.Key_Enter)
    assert window.journal.gate_field.hasFocus()  # the passphrase, once asked for
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)  # leaving the journal
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    assert window.empty_plans.button.hasFocus()


def test_ctrl_number_moves_the_keyboard_into_the_section(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _locked_journal(qtbot, window, vault)
    vault.logs.save(occurred_at=START, title="station round", body="")
    window.log_model.reload()
    window.editor.title.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)
    assert window.journal.gate_field.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
    assert window.today_view.tree.hasFocus()
    window.sections.setFocus()  # from the sidebar too
    qtbot.keyClick(window.sections, Qt.Key.Key_1, CTRL)
    assert window.log_view.hasFocus()
