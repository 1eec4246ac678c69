"""Reliability, drafts belong to the editor that wrote them: each editor
session keeps its own draft slot, a save discards only its own draft, and a
draft is offered back only once its writer is gone (never another live
window's or process's). Two real processes on one vault: typing_child.py
keeps typing (its draft kept every 50 ms) while this process writes and saves
a log of its own."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common.dialogs import RestoreDraft
from fieldsafe.ui.logs.editor import DRAFT_SLOT
from fieldsafe.vault import Vault

CHILD = Path(__file__).with_name("typing_child.py")


def _start_typing(vault_dir: Path, passphrase: str) -> subprocess.Popen[str]:
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
    return child


@pytest.mark.slow
def test_two_processes_keep_their_own_drafts(
    qtbot,
    vault_dir: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from fieldsafe.ui.shell.session import Session

    Vault.create(vault_dir, passphrase)[0].lock()
    offered: list[str] = []
    monkeypatch.setattr(
        RestoreDraft, "ask", classmethod(lambda cls, parent, saved_at: offered.append(saved_at))
    )
    child = _start_typing(vault_dir, passphrase)
    session = Session(vault_dir)
    try:
        vault = Vault.open(vault_dir, passphrase)
        window = session.open_main_window(vault)
        for _ in range(20):
            QApplication.processEvents()
        assert offered == []  # the other process is still writing: not offered, not removed
        editor = window.editor
        editor.title.setText("my own visit")
        editor.body.setPlainText("written here")
        assert editor.save_draft()
        mine = editor.drafting.slot
        theirs = [d for d in vault.drafts.of(DRAFT_SLOT) if d.slot != mine]
        assert [d.fields["title"] for d in theirs] == ["half-written visit"]
        assert editor.save() and vault.drafts.get(mine) is None
        # saving here discarded only this window's draft
        assert [d.slot for d in vault.drafts.of(DRAFT_SLOT)] == [theirs[0].slot]

        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        # The writer is gone: the next unlock offers its draft back.
        session.lock()
        monkeypatch.setattr(RestoreDraft, "ask", classmethod(lambda cls, parent, saved_at: True))
        again = session.open_main_window(Vault.open(vault_dir, passphrase))
        qtbot.waitUntil(lambda: again.editor.title.text() == "half-written visit", timeout=5_000)
        assert again.editor.body.toPlainText().startswith("We met near the market")
        assert again.editor.save()
        assert session.vault is not None and session.vault.drafts.of(DRAFT_SLOT) == []
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate(timeout=30)
        session.shutdown()


def test_two_windows_in_one_process_never_discard_each_others_draft(
    qtbot, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from fieldsafe.ui.shell.main_window import MainWindow

    vault = Vault.create(vault_dir, passphrase)[0]
    asked: list[str] = []
    monkeypatch.setattr(
        RestoreDraft, "ask", classmethod(lambda cls, parent, saved_at: asked.append(saved_at))
    )
    first, second = MainWindow(None), MainWindow(None)
    try:
        for w, title in ((first, "first window"), (second, "second window")):
            w.attach(vault)
            w.new_log()
            w.editor.title.setText(title)
            assert w.editor.save_draft()
        assert first.editor.drafting.slot != second.editor.drafting.slot
        assert len(vault.drafts.of(DRAFT_SLOT)) == 2
        assert second.editor.save()
        kept = vault.drafts.of(DRAFT_SLOT)
        assert [d.fields["title"] for d in kept] == ["first window"]
        for _ in range(20):
            QApplication.processEvents()
        assert asked == []  # both writers alive: nothing offered, nothing removed
    finally:
        for w in (first, second):
            w.wipe()
            w.deleteLater()
        vault.lock()
