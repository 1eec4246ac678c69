"""The support offer after a low check-in (issue 5; review 5): made in the
journal, never over the logs."""

from __future__ import annotations

import pytest

from fieldsafe.ui.journal import view as journal_ui
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import run_posted


def test_review5_support_is_not_offered_over_the_logs_after_leaving(
    qtbot,
    window: MainWindow,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """A low check-in saved by leaving the journal (Ctrl+N, with the journal
    lock off) brought up "That sounds like it was hard…" over the new log,
    and "Show my support" opened the support list there. The same check-in
    saved in the journal itself is still offered support."""
    asked: list[bool] = []
    monkeypatch.setattr(
        journal_ui.OfferSupport,
        "ask",
        classmethod(lambda cls, parent: asked.append(window.journal.isVisible()) or True),
    )
    journal = window.show_journal()
    assert journal is not None
    journal.editor.feeling.setCurrentIndex(journal.editor.feeling.findData(1))
    window.new_log()  # saved on the way out
    assert vault.journal.count() == 1
    run_posted(qtbot)  # the offer is made on the event loop's next turn, if at all
    assert False not in asked  # fails: asked while the journal was no longer on screen
    assert asked == []  # not offered at all while the logs are on screen
    # A low check-in saved in the journal itself is offered support, once.
    assert window.show_journal() is journal and journal.new_entry()
    journal.editor.feeling.setCurrentIndex(journal.editor.feeling.findData(1))
    assert journal.editor.save() is not None
    qtbot.waitUntil(lambda: asked == [True])
    assert vault.journal.count() == 2


def test_an_empty_support_list_shows_gentle_suggestions(qtbot, vault: Vault) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from fieldsafe.ui.journal.support import SupportDialog

    dialog = SupportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.suggestions.isVisible()
    assert dialog.suggestions_text.textFormat() == Qt.TextFormat.PlainText
    text = dialog.suggestions_text.text()
    for words in (
        "someone you trust",
        "a colleague or your supervisor",
        "a helpline of your organisation",
        "rest",
        "something that grounds you",
    ):
        assert words in text
    dialog.add_first_contact.click()  # a way to add a contact
    assert dialog.focusWidget() is dialog.contact_name
    qtbot.keyClicks(dialog.contact_name, "Amina")
    dialog.add_contact.click()
    assert dialog.contacts.count() == 1
    assert not dialog.suggestions.isVisible()  # the person's own list instead
