"""Review 5: the journal's list of entries while switching (issue 5)."""

from __future__ import annotations

from datetime import UTC, datetime

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
