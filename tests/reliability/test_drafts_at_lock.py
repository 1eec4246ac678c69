"""Reliability, the note being written at lock: on a real small file system
with about 32 KiB left, saving the log fails, and the draft is still written
(the vault's reserve, .fieldsafe.reserve, is given back for it); the next
unlock offers it back. Root only (a tmpfs); skipped otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldsafe.ui.common.dialogs import RestoreDraft
from fieldsafe.ui.logs.editor import DRAFT_SLOT
from fieldsafe.vault import Vault
from fieldsafe.vault.drafts import RESERVE_FILE
from tests.conftest import PASSPHRASE
from tests.reliability.test_full_disk import FILLER, fill_to_the_last_byte
from tests.reliability.test_io_faults import tiny_filesystem

LEFT = 32 * 1024


def _leave(mount: Path, room: int) -> None:
    fill_to_the_last_byte(mount)
    filler = mount / FILLER
    os.truncate(filler, filler.stat().st_size - room)


@pytest.mark.slow
def test_lock_with_32_kib_left_keeps_the_draft_and_offers_it_back(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from fieldsafe.ui.shell.session import Session

    with tiny_filesystem(tmp_path / "small", 2048) as mount:
        directory = mount / "v"
        Vault.create(directory, PASSPHRASE)[0].lock()
        session = Session(directory)
        try:
            window = session.open_main_window(Vault.open(directory, PASSPHRASE))
            editor = window.editor
            window.new_log()
            editor.title.setText("after the meeting")
            editor.body.setPlainText("first lines")
            assert editor.save_draft()  # the first draft makes the reserve
            assert (directory / RESERVE_FILE).stat().st_size > LEFT
            _leave(mount, LEFT)
            body = "She said the van comes on Tuesdays. " * 2000 + "End."  # ~70 KiB
            editor.body.setPlainText(body)
            assert not editor.save()  # the disk is full for a whole log
            session.lock()
            assert session.lock_screen is not None
            assert session.lock_screen.message.text() == ""  # nothing was lost: nothing to say

            (mount / FILLER).unlink()
            monkeypatch.setattr(
                RestoreDraft, "ask", classmethod(lambda cls, parent, saved_at: True)
            )
            again = session.open_main_window(Vault.open(directory, PASSPHRASE))
            qtbot.waitUntil(lambda: again.editor.body.toPlainText() == body, timeout=10_000)
            assert again.editor.title.text() == "after the meeting" and again.editor.save()
            assert session.vault is not None and session.vault.drafts.of(DRAFT_SLOT) == []
        finally:
            session.shutdown()
