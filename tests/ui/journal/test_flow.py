"""Issue 5's flow: save a log → "Debrief now" → a low check-in → the support
list is offered once → the journal lock → its text is in no widget while
locked; a wrong passphrase keeps it closed and the vault open. Debriefs put
off until later wait on Today."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from fieldsafe.ui.journal import view as journal_ui
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from fieldsafe.vault.journal import JournalPrefs
from tests.ui.conftest import assert_nowhere, find, flush_deletes, run_posted, wait_ops, wait_search


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(
        journal_ui.OfferSupport, "ask", classmethod(lambda cls, parent: calls.append(1) or True)
    )
    return calls


def _save_a_log(qtbot, window: MainWindow) -> str:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), "Station visit")
    qtbot.mouseClick(find("Save", QPushButton, within=window), Qt.MouseButton.LeftButton)
    return window.editor.log_id


def test_debrief_after_a_log_with_a_low_check_in_then_the_journal_lock(
    qtbot,
    window: MainWindow,
    vault: Vault,
    passphrase: str,
    offers: list[int],  # noqa: ANN001
) -> None:
    canary = "journal" + secrets.token_hex(6)
    log_id = _save_a_log(qtbot, window)
    assert window.debrief_bar.isVisible()  # offered, not forced
    qtbot.mouseClick(find("Debrief now", QPushButton, within=window), Qt.MouseButton.LeftButton)
    journal = window.journal
    assert journal.isVisible() and journal.is_open
    editor = journal.editor
    follows = find("The meeting it follows", QComboBox, within=window)
    assert follows.currentData() == log_id
    feeling = find("How I feel, from 0 (very hard) to 10 (very good)", QComboBox, within=window)
    feeling.setCurrentIndex(feeling.findData(2))
    find("tired", within=window).setChecked(True)
    qtbot.keyClicks(find("In a few words", QLineEdit, within=window), f"heavy {canary}")
    hard = find("What was hard?", within=window)
    hard.setPlainText(f"the man at the door {canary}")
    find("I talked with someone about it", within=window).setChecked(True)
    qtbot.mouseClick(find("Save entry", QPushButton, within=window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offers == [1], timeout=3_000)
    support = [w for w in window.findChildren(journal_ui.SupportDialog) if w.isVisible()]
    assert len(support) == 1  # offered once, shown on yes
    support[0].close()
    (entry,) = [vault.journal.get(s.id) for s in vault.journal.page()]
    assert entry.follows == log_id and entry.feeling == 2 and entry.feeling_words == ("tired",)
    assert (
        entry.reflections == (("hard", f"the man at the door {canary}"),)
        and entry.talked_with_someone
    )
    # A re-save of the same entry does not offer again.
    editor.checkin_note.setText(f"heavy {canary}, a bit better")
    editor.save()
    run_posted(qtbot)  # an offer would be made on the event loop's next turn
    assert offers == [1]
    assert journal.chart.accessibleDescription()  # the chart has real data

    # Turn the journal lock on, leave, come back: the passphrase is asked.
    vault.journal.set_prefs(JournalPrefs(lock_journal=True))
    journal.enter()  # re-reads the preferences
    window.new_log()  # leaving the journal
    assert not journal.is_open
    flush_deletes()
    assert_nowhere(canary)  # nothing of the journal is left in any widget
    window.show_journal()
    gate = find("Passphrase", QLineEdit, within=journal)
    qtbot.keyClicks(gate, "not my passphrase")
    qtbot.keyClick(gate, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert not journal.is_open and not vault.is_locked  # journal closed, vault open
    assert "did not open your journal" in journal.gate_status.text()
    assert gate.text() == ""
    assert_nowhere(canary)
    gate.insert(passphrase)  # QTest cannot type non-ASCII characters
    qtbot.keyClick(gate, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert journal.is_open and journal.entries.count() == 1


def test_remind_me_later_puts_the_debrief_on_today(
    qtbot, window: MainWindow, vault: Vault, offers
) -> None:  # noqa: ANN001
    log_id = _save_a_log(qtbot, window)
    qtbot.mouseClick(find("Remind me later", QPushButton, within=window), Qt.MouseButton.LeftButton)
    assert not window.debrief_bar.isVisible()
    assert [s.id for s in vault.journal.reminders()] == [log_id]
    window.show_today()
    tree = window.today_view.tree
    group = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert group.text(0).startswith("Debriefs saved for later")
    tree.itemActivated.emit(group.child(0), 0)
    assert window.journal.is_open and window.journal.editor.follows.currentData() == log_id
    window.journal.editor.feeling.setCurrentIndex(window.journal.editor.feeling.findData(7))
    assert window.journal.editor.save() is not None
    assert vault.journal.reminders() == []  # debriefed: the reminder is gone
    assert offers == []  # not a low check-in: no offer


def test_not_this_time_leaves_no_reminder(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    _save_a_log(qtbot, window)
    qtbot.mouseClick(find("Not this time", QPushButton, within=window), Qt.MouseButton.LeftButton)
    assert not window.debrief_bar.isVisible() and vault.journal.reminders() == []


def test_the_journal_is_searched_only_when_asked(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    canary = "journal" + secrets.token_hex(6)
    vault.journal.save(occurred_at=vault.clock.now(), checkin_note=canary)
    search = find("Search", QLineEdit, within=window)
    search.setText(canary)
    wait_search(qtbot, window)
    assert window.lists.currentWidget() is window.results_view  # the search did run
    assert window.results_model.rowCount() == 0
    find("Include my journal in this search", within=window).setChecked(True)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1, timeout=3_000)
    window.results_view.setCurrentIndex(window.results_model.index(0, 0))
    assert window.journal.is_open and window.journal.editor.checkin_note.text() == canary
    search.setText("")
    qtbot.waitUntil(lambda: not window.search_journal.isChecked())  # included each time, never kept


def test_prompts_can_be_switched_off_or_rewritten(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.journal.set_prefs(JournalPrefs(prompts=("What did I learn today?",), prompts_on=True))
    window.show_journal()
    assert find("What did I learn today?", within=window)
    vault.journal.set_prefs(JournalPrefs(prompts_on=False))
    window.journal.enter()
    window.journal.new_entry()
    assert window.journal.editor._answers == []


def test_a_journal_entry_in_progress_survives_a_crash(
    qtbot,
    session,
    window: MainWindow,
    vault: Vault,
    vault_dir,
    passphrase: str,
    monkeypatch,  # noqa: ANN001
) -> None:
    canary = "journal" + secrets.token_hex(6)
    window.show_journal()
    editor = window.journal.editor
    editor.feeling.setCurrentIndex(editor.feeling.findData(4))
    editor.checkin_note.setText(f"still shaking {canary}")
    editor.save_draft()
    assert vault.journal.count() == 0 and vault.drafts.latest("debrief") is not None
    editor.drafting.clean()  # the process dies: nothing else is saved
    vault.lock()
    from tests.leaks import files_containing

    assert files_containing(canary, [vault_dir]) == []
    asked: list[str] = []
    monkeypatch.setattr(
        journal_ui.RestoreJournalDraft,
        "ask",
        classmethod(lambda cls, parent, saved_at: asked.append(saved_at) or True),
    )
    again = session.open_main_window(Vault.open(vault_dir, passphrase))
    again.show_journal()
    assert asked and again.journal.editor.checkin_note.text() == f"still shaking {canary}"
    assert again.journal.editor.feeling.currentData() == 4 and again.journal.editor.dirty
    assert again.journal.editor.save() is not None
    assert session.vault.journal.count() == 1 and session.vault.drafts.latest("debrief") is None


def test_journal_settings_and_support_dialogs(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    journal = window.show_journal()
    dialog = journal.show_settings()
    prompts = find("Prompts, one per line", within=dialog)
    prompts.setPlainText("What went well?\nWhat do I want to remember?\n")
    find("Ask for my passphrase before the journal opens", within=dialog).setChecked(True)
    find("Gently mention it when several recent check-ins felt hard", within=dialog).setChecked(
        False
    )
    dialog.accept()
    prefs = vault.journal.prefs()
    assert prefs.prompts == ("went_well", "What do I want to remember?")  # a default keeps its key
    assert prefs.lock_journal and not prefs.observations_on
    support = journal.show_support()
    find("Name or organisation", QLineEdit, within=support).setText("Peer group")
    find("How to reach them", QLineEdit, within=support).setText("Thursdays")
    qtbot.mouseClick(find("Add person", QPushButton, within=support), Qt.MouseButton.LeftButton)
    find("Something that helps", QLineEdit, within=support).setText("a walk")
    qtbot.mouseClick(find("Add what helps", QPushButton, within=support), Qt.MouseButton.LeftButton)
    assert [c.name for c in vault.journal.contacts()] == ["Peer group"]
    assert [i.text for i in vault.journal.self_care()] == ["a walk"]
    support.helps.setCurrentRow(0)
    qtbot.mouseClick(
        find("Remove what helps", QPushButton, within=support), Qt.MouseButton.LeftButton
    )
    assert vault.journal.self_care() == []
    assert support.windowTitle() == "My support"


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
