"""Review 5: postponed debriefs on Today (issue 5)."""

from __future__ import annotations

from datetime import UTC, datetime

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def test_review5_looking_at_a_postponed_debrief_without_writing_keeps_the_reminder(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """Opening a postponed debrief from Today and going back without writing
    anything saved an empty journal entry (no check-in, no words) and
    removed the reminder: one look, and the debrief was "done"."""
    meeting = vault.logs.save(
        occurred_at=datetime(2026, 3, 4, 10, tzinfo=UTC), title="Night shelter"
    )
    vault.journal.remind(meeting.id)
    window.show_today()
    tree = window.today_view.tree
    group = tree.topLevelItem(tree.topLevelItemCount() - 1)
    tree.itemActivated.emit(group.child(0), 0)
    assert window.journal.is_open and window.journal.editor.follows.currentData() == meeting.id
    window.show_today()  # changed my mind: nothing written
    assert vault.journal.count() == 0  # fails: an empty entry was saved
    assert [s.id for s in vault.journal.reminders()] == [meeting.id]  # still waiting on Today
