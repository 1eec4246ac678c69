"""docs/security.md, bar 21, in the window: unlocking on a full disk opens the
records to read with a calm note that nothing can be saved until space is
freed; a save then says the disk is full and keeps the text. Simulated (the
first write at open fails as on a full disk); tests/reliability/test_full_disk.py
has the real full file system."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTextEdit

from fieldsafe import messages
from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import StorageFailed
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.session import Session
from fieldsafe.vault import Vault
from tests.ui.conftest import (  # noqa: F401 - the GUI tests' autouse fixtures
    START,
    _clean_windows,
    _sealed_qsettings,
    activate,
    find,
    wait_ops,
)


@pytest.fixture
def session(vault_dir: Path, qtbot) -> Iterator[Session]:  # noqa: ANN001
    s = Session(vault_dir, clock=FakeClock(START))
    yield s
    s.shutdown()


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise StorageFailed(errno.ENOSPC)


def _unlock(qtbot, session, vault: Vault, passphrase: str) -> LockScreen:  # noqa: ANN001
    vault.lock()
    screen = session.start()
    assert isinstance(screen, LockScreen)
    qtbot.waitExposed(screen)
    activate(qtbot, screen)
    field = find("Passphrase", QLineEdit, within=screen)
    field.insert(passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    return screen


def test_unlocking_on_a_full_disk_opens_to_read_with_a_calm_note(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    vault: Vault,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldsafe.vault import store

    vault.logs.save(occurred_at=vault.clock.now(), title="written before", body="kept")
    monkeypatch.setattr(store, "_configure", _disk_full)
    _unlock(qtbot, session, vault, passphrase)
    window = session.main_window
    assert isinstance(window, MainWindow)
    assert session.vault is not None and session.vault.read_only
    note = find("Read only", QLabel, within=window)
    assert note.text() == messages.read_only_note()
    assert "disk is full" in note.text()
    assert window.log_model.rowCount() == 1

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), "Typed on a full disk")
    find("What happened", QTextEdit, within=window).setPlainText("Still here")
    qtbot.mouseClick(find("Save", QPushButton, within=window), Qt.MouseButton.LeftButton)
    status = window.editor.status.text()
    assert "disk is full" in status and "your text is still here" in status
    assert find("Title", QLineEdit, within=window).text() == "Typed on a full disk"
    assert find("What happened", QTextEdit, within=window).toPlainText() == "Still here"
    assert window.editor.dirty
    assert window.log_model.rowCount() == 1


def test_a_disk_too_full_even_to_read_says_so_on_the_lock_screen(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    vault: Vault,
    vault_dir: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldsafe.vault import store

    monkeypatch.setattr(store, "_configure", _disk_full)
    monkeypatch.setattr(store, "_open_read_only", _disk_full, raising=False)
    screen = _unlock(qtbot, session, vault, passphrase)
    assert session.main_window is None
    text = screen.message.text()
    assert "disk is full" in text and "cannot be opened" in text
    assert "your text is still here" not in text
