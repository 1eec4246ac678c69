"""Review 5: an entry whose meeting was deleted (issue 5)."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


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
