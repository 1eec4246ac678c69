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


# -- Interface 1.8: tasks that write say the disk is full, never "your text" ---------------


@pytest.fixture
def main_window(qtbot, session: Session, vault: Vault) -> MainWindow:  # noqa: ANN001
    opened = session.open_main_window(vault)
    qtbot.waitExposed(opened)
    activate(qtbot, opened)
    return opened


def _menu_item(qtbot, window, menu_key: Qt.Key, item_key: Qt.Key) -> None:  # noqa: ANN001
    """Alt (the menu bar takes the keyboard), the menu's mnemonic, then the
    item's own."""
    from PySide6.QtWidgets import QApplication, QMenu

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Alt)
    qtbot.keyClick(QApplication.focusWidget(), menu_key)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)


def test_a_backup_on_a_full_disk_says_the_disk_is_full(
    qtbot,  # noqa: ANN001
    main_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldsafe.ui.common import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs.ChooseBackupFile, "ask", lambda _parent: tmp_path / "b.backup")
    monkeypatch.setattr(type(main_window.vault), "backup", _disk_full)
    monkeypatch.setattr(dialogs.Notice, "show", lambda _parent, text, **_kw: shown.append(text))
    _menu_item(qtbot, main_window, Qt.Key.Key_V, Qt.Key.Key_B)  # Vault ▸ Back up…
    wait_ops(qtbot)
    assert shown == [messages.describe_task(StorageFailed(errno.ENOSPC))]
    assert "disk is full" in shown[0] and "your text" not in shown[0]
    assert not (tmp_path / "b.backup").exists()


def test_a_new_passphrase_on_a_full_disk_says_the_disk_is_full(
    qtbot,  # noqa: ANN001
    main_window: MainWindow,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldsafe.ui.shell.change_passphrase import ChangePassphraseDialog

    monkeypatch.setattr(type(main_window.vault), "change_passphrase", _disk_full)
    _menu_item(qtbot, main_window, Qt.Key.Key_V, Qt.Key.Key_C)  # Vault ▸ Change passphrase…
    qtbot.waitUntil(lambda: bool(main_window.findChildren(ChangePassphraseDialog)))
    dialog = main_window.findChildren(ChangePassphraseDialog)[0]
    current = find("Current passphrase", QLineEdit, within=dialog)
    current.insert(passphrase)
    find("New passphrase", QLineEdit, within=dialog).insert("violet heron waits calmly")
    confirm = find("Confirm new passphrase", QLineEdit, within=dialog)
    confirm.insert("violet heron waits calmly")
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert dialog.status.text() == messages.describe_task(StorageFailed(errno.ENOSPC))
    assert "disk is full" in dialog.status.text() and "your text" not in dialog.status.text()
