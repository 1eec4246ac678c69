"""The person's own journal prompts (issue 5; each failed before its review-5 fix)."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import QPlainTextEdit

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import find


def test_review5_an_answer_to_a_long_own_prompt_can_be_saved(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """The settings dialog takes a prompt of any length, but the vault keeps
    prompts of at most 300 characters: answering a longer own prompt made
    the whole entry unsavable (and, unsaved, the journal cannot be left)."""
    canary = "answer" + secrets.token_hex(6)
    own = (
        "When I think back on the conversation at the shelter today, " * 6
    )  # 360 characters, one line
    own = own.strip()
    journal = window.show_journal()
    assert journal is not None
    dialog = journal.show_settings()
    find("Prompts, one per line", QPlainTextEdit, within=dialog).setPlainText(own)
    dialog.accept()
    journal.new_entry()
    (field,) = [f for p, f in journal.editor._answers]
    field.setPlainText(canary)
    assert journal.editor.save() is not None, journal.editor.status.text()  # fails: "… is too long"
    assert journal.leave()


def test_review5_the_same_prompt_twice_does_not_lose_an_answer(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """A prompt written twice in the settings is kept once; an entry that
    holds two answers to the same prompt (e.g. imported) shows both, and a
    save keeps both."""
    first, second = "first" + secrets.token_hex(4), "second" + secrets.token_hex(4)
    journal = window.show_journal()
    assert journal is not None
    dialog = journal.show_settings()
    find("Prompts, one per line", QPlainTextEdit, within=dialog).setPlainText(
        "What went well?\nWhat went well?"
    )
    dialog.accept()
    assert vault.journal.prefs().prompts == ("went_well",)
    entry = vault.journal.save(
        occurred_at=vault.clock.now(), reflections=[("went_well", first), ("went_well", second)]
    )
    journal._reload()
    assert journal.open_entry(entry.id)
    shown = [f.toPlainText() for _p, f in journal.editor._answers]
    assert first in shown and second in shown
    journal.editor.checkin_note.setText("edited")
    assert journal.editor.save() is not None
    assert [a for _p, a in vault.journal.get(entry.id).reflections] == [first, second]
