"""The journal's lists fit their width: entries are elided at the list's
edge (they scrolled sideways, so nothing was elided), and My support's rows
wrap so a phone number or a note is never cut off (found by the fit check at
font scale 1.6)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QListWidget

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def _rows_within(view: QListWidget) -> None:
    room = view.viewport().width()
    for row in range(view.count()):
        rect = view.visualRect(view.model().index(row, 0))
        assert rect.width() <= room, f"row {row + 1}: {rect.width()} px in {room} px"
    assert view.horizontalScrollBar().maximum() == 0


def test_journal_entries_are_elided_at_the_lists_edge(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    for day in range(1, 4):
        vault.journal.save(
            occurred_at=datetime(2026, 3, day, 10, tzinfo=UTC),
            feeling=day,
            body="We listened for a long time and she laughed once, near the end of the round.",
        )
    journal = window.show_journal()
    assert journal is not None
    window.resize(window.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: journal.entries.viewport().width() < 400)
    _rows_within(journal.entries)
    line = journal.entries.fontMetrics().lineSpacing()
    first = journal.entries.visualRect(journal.entries.model().index(0, 0))
    assert first.height() < 2 * line  # one line per entry


def test_my_support_wraps_long_rows(qtbot, vault: Vault) -> None:  # noqa: ANN001
    from fieldsafe.ui.journal.support import SupportDialog

    vault.journal.save_contact(
        "Dr. N. (supervision)", reach="+00 000 000", notes="every second Monday, after six"
    )
    vault.journal.save_self_care("A walk by the river, then music and an early night")
    dialog = SupportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumSizeHint())
    dialog.show()
    qtbot.waitExposed(dialog)
    for view in (dialog.contacts, dialog.helps):
        _rows_within(view)
    line = dialog.contacts.fontMetrics().lineSpacing()
    person = dialog.contacts.visualRect(dialog.contacts.model().index(0, 0))
    assert person.height() >= 2 * line  # wrapped, not cut off
