"""The journal lock (issue 5): ways around it found in review 5 (each failed
before its fix). The lock's whole flow is in test_flow.py."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import QLineEdit

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from fieldsafe.vault.journal import JournalPrefs
from tests.ui.conftest import assert_nowhere, find, wait_ops, wait_search


def test_review5_include_my_journal_search_does_not_show_a_locked_journal(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """With the journal lock on (and the journal not opened with the
    passphrase), "Include my journal" must not put journal text on screen:
    the search results would show the very entries the lock protects."""
    canary = "secret" + secrets.token_hex(6)
    vault.journal.save(
        occurred_at=vault.clock.now(),
        checkin_note=f"zebraword {canary}",
        body=f"zebraword {canary}",
    )
    vault.journal.set_prefs(JournalPrefs(lock_journal=True))
    assert not window.journal.is_open
    search = find("Search", QLineEdit, within=window)
    search.setText("zebraword")
    find("Include my journal in this search", within=window).setChecked(True)
    wait_search(qtbot, window)
    assert window.lists.currentWidget() is window.results_view  # the search did run
    assert not window.journal.is_open  # nobody entered the passphrase
    assert_nowhere(canary)  # fails: the results list shows the entry's title and snippet


def test_review5_journal_does_not_open_in_the_background_after_the_person_left(
    qtbot,
    window: MainWindow,
    vault: Vault,
    passphrase: str,  # noqa: ANN001
) -> None:
    """The passphrase check runs in the background. If the person leaves the
    journal before it ends (e.g. Ctrl+T), the journal must not open behind
    their back: its entries would be loaded into hidden widgets and, since it
    was never "left" again, the next visit would skip the lock."""
    canary = "secret" + secrets.token_hex(6)
    vault.journal.save(occurred_at=vault.clock.now(), checkin_note=canary)
    vault.journal.set_prefs(JournalPrefs(lock_journal=True))
    journal = window.show_journal()
    assert journal is not None and not journal.is_open
    journal.gate_field.insert(passphrase)
    assert journal.unlock() is not None  # the check is under way
    window.show_today()  # gone elsewhere before the check finished
    wait_ops(qtbot)
    assert window.work.currentWidget() is not journal
    assert not journal.is_open  # fails: opened while the person is elsewhere
    assert_nowhere(canary)
