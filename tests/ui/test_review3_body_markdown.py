"""Review 3: text typed into "What happened" must come back as typed after
a save and reopen (the editor's own comment promises it for "<A12>"). Qt's
toMarkdown() does not escape every character Markdown gives a meaning to,
so typed characters vanish or change, and some change again at each save."""

from __future__ import annotations

import pytest

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def _save_and_reopen(window: MainWindow, text: str) -> str:
    editor = window.editor
    editor.new_log()
    editor.title.setText("visit")
    editor.body.setPlainText(text)
    assert editor.save()
    log_id = editor.log_id
    editor.new_log()
    assert editor.open_log(log_id)
    return editor.body.toPlainText()


@pytest.mark.parametrize(
    "typed",
    [
        "> 18 years old, she says; looked younger",  # "older than 18" becomes a quote of "18 years old"
        "passport number ends __47__",  # underscores vanish
    ],
)
def test_typed_text_comes_back_as_typed(qtbot, window: MainWindow, typed: str) -> None:  # noqa: ANN001
    assert _save_and_reopen(window, typed) == typed


def test_body_does_not_change_on_each_save(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    _save_and_reopen(window, "**urgent** call the shelter")
    log_id = window.editor.log_id
    first = vault.logs.get(log_id).body
    window.editor.title.setText("visit, edited")  # an edit elsewhere
    assert window.editor.save()
    assert vault.logs.get(log_id).body == first, "the body changed although it was not edited"
