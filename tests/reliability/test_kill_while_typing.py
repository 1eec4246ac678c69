"""docs/security.md, bar 5, the GUI half: SIGKILL while a log is being typed in a real
main window. The vault opens intact and the draft holds every field typed
before the last pause; the next unlock offers it back into the form."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fieldsafe.ui.common.dialogs import RestoreDraft
from fieldsafe.ui.logs.editor import DRAFT_SLOT
from fieldsafe.vault import Vault

CHILD = Path(__file__).with_name("typing_child.py")


def test_sigkill_while_typing_keeps_the_draft(
    qtbot,
    vault_dir: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    Vault.create(vault_dir, passphrase)[0].lock()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_dir), passphrase],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "drafted", child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)

    vault = Vault.open(vault_dir, passphrase)
    vault.verify()
    draft = vault.drafts.latest(DRAFT_SLOT)
    assert draft is not None and vault.logs.count() == 0
    fields = draft.fields
    assert fields["title"] == "half-written visit" and fields["body"].startswith(
        "We met near the market"
    )
    assert fields["setting"] == "street" and fields["person_codes"] == ["A12", "B7"]
    assert fields["follow_ups"] == [
        {"action": "call the clinic", "due": "2026-03-09", "done": False}
    ]

    from fieldsafe.ui.shell.session import Session

    monkeypatch.setattr(RestoreDraft, "ask", classmethod(lambda cls, parent, saved_at: True))
    session = Session(vault_dir)
    try:
        window = session.open_main_window(vault)
        qtbot.waitUntil(lambda: window.editor.title.text() == "half-written visit", timeout=5_000)
        editor = window.editor
        assert editor.dirty and editor.person_codes.values() == ["A12", "B7"]
        assert editor.follow_ups.values() == fields["follow_ups"]
        assert editor.safety.toPlainText() == "nobody followed us"
        assert editor.save() and vault.logs.count() == 1
    finally:
        session.shutdown()
