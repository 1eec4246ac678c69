"""Review 5: window shortcuts while the journal is shown (issue 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def test_review5_ctrl_s_in_the_journal_saves_the_journal_entry(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """Ctrl+S is the window's Save. In the journal it went to the hidden log
    editor: the entry being written was not saved (and a new, empty log
    could be saved, or refused, out of sight)."""
    journal = window.show_journal()
    assert journal is not None and journal.is_open
    journal.editor.checkin_note.setFocus()
    qtbot.keyClicks(journal.editor.checkin_note, "a long day")
    qtbot.keyClick(journal.editor.checkin_note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert vault.logs.page(limit=5) == []  # fails: an empty outreach log was saved out of sight
    assert not window.debrief_bar.isVisible()  # …and "The log is saved. Debrief now?" was offered
    assert vault.journal.count() == 1  # nothing saved in the journal
    assert not journal.editor.dirty
