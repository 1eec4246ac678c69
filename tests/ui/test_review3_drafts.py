"""Review 3: an edit the record refuses (one field out of limits) must still
survive as a draft: the draft is the safety net for crashes and locks."""

from __future__ import annotations

from fieldsafe.ui.logs.editor import DRAFT_SLOT
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def test_draft_keeps_an_edit_whose_person_code_is_too_long(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    editor = window.editor
    editor.new_log()
    editor.title.setText("visit at the station")
    editor.body.setPlainText("A long account of the meeting that took twenty minutes to write.")
    # Someone types a description instead of a code (41+ characters): the
    # record refuses it, which is fine -- but the rest must not be lost.
    editor.person_codes.setText("the woman from the bus station near the market")
    assert not editor.save()  # refused, the message says why
    assert editor.save_draft(), "the draft (the crash/lock safety net) refused the edit too"
    draft = vault.drafts.get(DRAFT_SLOT)
    assert draft is not None and "twenty minutes" in draft.fields["body"]


def test_lock_with_a_refused_field_keeps_the_edit_as_a_draft(
    qtbot, session, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    editor = window.editor
    editor.new_log()
    editor.body.setPlainText("Everything she told us today.")
    editor.tags.setText("x" * 61)  # a tag over the 60-character limit
    # prepare_to_lock promises: "If the log itself cannot be saved, its draft still can be"
    assert window.prepare_to_lock(), (
        "the edit is lost on lock: neither the log nor a draft could be saved"
    )
    draft = vault.drafts.get(DRAFT_SLOT)
    assert draft is not None and draft.fields["body"] == "Everything she told us today."
