"""Drafts: the edit in progress is autosaved into the vault and offered back
after a crash (issue: never lose a half-written log)."""

from __future__ import annotations

import errno
import secrets
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QTextEdit

from fieldsafe.errors import StorageFailed
from fieldsafe.ui.common.dialogs import RestoreDraft
from fieldsafe.ui.logs.editor import DRAFT_SLOT
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.leaks import files_containing
from tests.ui.conftest import find, wait_ops


def _type(qtbot, window: MainWindow, title: str, body: str) -> None:  # noqa: ANN001
    window.new_log()
    qtbot.keyClicks(find("Title", QLineEdit, within=window), title)
    find("What happened", QTextEdit, within=window).setPlainText(body)


def test_typing_pauses_save_a_draft_and_saving_removes_it(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _type(qtbot, window, "half written", "we met near the")
    qtbot.waitUntil(lambda: vault.drafts.latest(DRAFT_SLOT) is not None, timeout=5_000)
    draft = vault.drafts.latest(DRAFT_SLOT)
    assert draft.fields["title"] == "half written" and "we met" in draft.fields["body"]
    assert vault.logs.count() == 0  # a draft is not a record
    assert vault.search("half") == []  # nor is it searchable
    assert window.editor.save()
    assert vault.drafts.latest(DRAFT_SLOT) is None


def test_draft_survives_a_crash_and_is_offered_back(
    qtbot,
    session,
    window: MainWindow,
    vault: Vault,
    vault_dir: Path,
    passphrase: str,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    canary = "draft" + secrets.token_hex(6)
    _type(qtbot, window, f"visit {canary}", f"notes {canary}")
    window.editor.save_draft()
    # A crash: the process dies; nothing is saved, the window is simply gone.
    window.editor.drafting.clean()
    vault.lock()
    assert files_containing(canary, [vault_dir]) == []  # the draft is encrypted like the rest
    offered: list[str] = []
    monkeypatch.setattr(
        RestoreDraft,
        "ask",
        classmethod(lambda cls, parent, saved_at: offered.append(saved_at) or True),
    )
    again = session.open_main_window(Vault.open(vault_dir, passphrase))
    qtbot.waitUntil(lambda: bool(offered), timeout=5_000)
    assert find("Title", QLineEdit, within=again).text() == f"visit {canary}"
    assert again.editor.dirty  # restored as an unsaved edit: the person decides
    assert again.editor.save()
    assert session.vault.logs.count() == 1 and session.vault.drafts.latest(DRAFT_SLOT) is None


def test_discarding_the_offered_draft_deletes_it(
    qtbot,
    session,
    window: MainWindow,
    vault: Vault,
    vault_dir: Path,
    passphrase: str,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _type(qtbot, window, "to discard", "text")
    window.editor.save_draft()
    window.editor.drafting.clean()
    vault.lock()
    asked: list[bool] = []
    monkeypatch.setattr(
        RestoreDraft, "ask", classmethod(lambda cls, parent, saved_at: asked.append(True) and False)
    )
    session.open_main_window(Vault.open(vault_dir, passphrase))
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    qtbot.waitUntil(lambda: session.vault.drafts.latest(DRAFT_SLOT) is None, timeout=5_000)


def test_a_log_that_cannot_be_saved_at_lock_is_kept_as_a_draft(
    qtbot,
    session,
    window: MainWindow,
    vault: Vault,
    vault_dir: Path,
    passphrase: str,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _type(qtbot, window, "kept anyway", "important")

    def refuse(*args: object, **kwargs: object) -> None:
        raise StorageFailed(errno.EIO)

    monkeypatch.setattr(vault.logs, "save", refuse)
    session.lock()
    wait_ops(qtbot)
    reopened = Vault.open(vault_dir, passphrase)
    try:
        draft = reopened.drafts.latest(DRAFT_SLOT)
        assert draft is not None and draft.fields["title"] == "kept anyway"
    finally:
        reopened.lock()


# Review 3 (each failed before its fix): an edit the record refuses (one field out of limits) must
# still survive as a draft: the draft is the safety net for crashes and locks.
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
    draft = vault.drafts.latest(DRAFT_SLOT)
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
    draft = vault.drafts.latest(DRAFT_SLOT)
    assert draft is not None and draft.fields["body"] == "Everything she told us today."
