"""Writing journal entries (issue 5; each test failed before its review-5 fix):
the list of entries while switching, Ctrl+S in the journal, an entry whose
meeting was deleted."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from fieldsafe.ui.journal import view as journal_ui
from fieldsafe.ui.journal.shared import ID_ROLE
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def _item_for(journal: journal_ui.JournalView, entry_id: str):  # noqa: ANN202
    for row in range(journal.entries.count()):
        item = journal.entries.item(row)
        if item.data(ID_ROLE) == entry_id:
            return item
    raise AssertionError("no such entry in the list")


def test_review5_switching_from_an_edited_entry_selects_the_entry_now_open(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """Choosing entry B while entry A has an edit saves A and opens B, but
    the save reloads the list and selects A again: the list shows A chosen
    while B is in the editor, and clicking A then does nothing."""
    first = vault.journal.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), checkin_note="first"
    )
    second = vault.journal.save(
        occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC), checkin_note="second"
    )
    journal = window.show_journal()
    assert journal is not None
    journal.entries.setCurrentItem(_item_for(journal, first.id))
    assert journal.editor.entry_id == first.id
    journal.editor.checkin_note.setText("first, and a bit more")  # an edit in progress
    journal.entries.setCurrentItem(_item_for(journal, second.id))
    assert journal.editor.entry_id == second.id
    assert vault.journal.get(first.id).checkin_note == "first, and a bit more"
    current = journal.entries.currentItem()
    assert current is not None and current.data(ID_ROLE) == second.id  # fails: A is selected


def test_review5_new_entry_after_an_edit_leaves_no_entry_selected(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """ "New entry" with an edit in progress saves it, but the list then
    shows the saved entry as chosen while the editor holds the new, empty
    one; clicking the saved entry does not open it."""
    first = vault.journal.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), checkin_note="first"
    )
    journal = window.show_journal()
    assert journal is not None
    journal.entries.setCurrentItem(_item_for(journal, first.id))
    journal.editor.checkin_note.setText("first, and a bit more")
    assert journal.new_entry()
    assert journal.editor.entry_id is None
    assert journal.entries.currentItem() is None  # fails: the saved entry looks chosen


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


def test_review5_an_entry_after_a_deleted_meeting_opens_normally(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """Deleting a log leaves the entries that follow it. Opening such an
    entry showed "That record no longer exists." under the entry (which is
    there) and left the meeting list empty: no other meeting could be
    chosen for it."""
    gone = vault.logs.save(occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), title="Bus station")
    other = vault.logs.save(occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC), title="Market")
    entry = vault.journal.save(
        occurred_at=datetime(2026, 3, 1, 12, tzinfo=UTC), follows=gone.id, feeling=5
    )
    vault.logs.delete(gone.id)
    journal = window.show_journal()
    assert journal is not None and journal.open_entry(entry.id)
    editor = journal.editor
    assert editor.status.text() == ""  # fails: "That record no longer exists."
    assert editor.follows.findData(other.id) >= 0  # the other meetings can still be chosen


def test_the_list_shows_the_checkin_and_the_first_words_as_plain_text(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    long_body = "<b>Not bold</b> " + " ".join(f"word{n}" for n in range(40))
    written = vault.journal.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), feeling=2, body=long_body
    )
    answered = vault.journal.save(
        occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
        reflections=[("went_well", "We  found\nher a bed tonight")],
    )
    journal = window.show_journal()
    assert journal is not None
    first = _item_for(journal, written.id).text()
    assert "Check-in: 2 (quite hard)" in first
    assert "<b>Not bold</b> word0" in first  # plain text, never rich text
    assert first.endswith("word9\u2026\u2069")  # the first twelve words only
    assert "word10" not in first
    second = _item_for(journal, answered.id).text()
    assert "Check-in" not in second  # a skipped check-in shows none
    assert "We found her a bed tonight" in second
    assert journal.entries.textElideMode() == Qt.TextElideMode.ElideRight
    assert not journal.entries.wordWrap()
