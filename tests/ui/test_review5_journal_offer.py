"""Review 5: the support offer after a low check-in (issue 5)."""

from __future__ import annotations

import pytest

from fieldsafe.ui.journal import view as journal_ui
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def test_review5_support_is_not_offered_over_the_logs_after_leaving(
    qtbot,
    window: MainWindow,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """A low check-in saved by leaving the journal (Ctrl+N, with the journal
    lock off) brought up "That sounds like it was hard…" over the new log,
    and "Show my support" opened the support list there."""
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
    qtbot.wait(50)
    assert False not in asked  # fails: asked while the journal was no longer on screen
