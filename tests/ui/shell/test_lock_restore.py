"""Interface 1.8: a damaged vault offers *Restore from a backup…* on the
unlock screen, restores off the GUI thread, and says what happened; all by
keyboard."""

from __future__ import annotations

import errno
from datetime import UTC, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from fieldsafe.errors import StorageFailed, VaultDamaged, WrongPassphrase
from fieldsafe.messages import describe, describe_restore, describe_task
from fieldsafe.ui.shell import restore as restore_module
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.ui.shell.restore import RestoreDialog, restored_message
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, find, unnamed_focusable, wait_ops

WHEN = datetime(2026, 6, 1, tzinfo=UTC)
PAGE = 4096


@pytest.fixture
def damaged(vault_dir: Path, tmp_path: Path, passphrase: str) -> Path:
    """A vault with a backup holding 'kept 0..2', then 'lost' written after
    it, then a damaged page; the backup file is returned."""
    vault, _code = Vault.create(vault_dir, passphrase)
    for i in range(3):
        vault.logs.save(occurred_at=WHEN, title=f"kept {i}", body="text " * 100)
    backup = tmp_path / "monday.fieldsafe-backup"
    vault.backup(backup)
    vault.logs.save(occurred_at=WHEN, title="lost", body="text " * 100)
    vault.lock()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[(len(data) // PAGE - 2) * PAGE + 100] ^= 0x01
    db.write_bytes(bytes(data))
    return backup


def _type_and_enter(qtbot, field: QLineEdit, text: str) -> None:  # noqa: ANN001
    field.insert(text)  # QTest cannot type "✓"
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _unlock_fails_as_damaged(qtbot, session, passphrase: str) -> LockScreen:  # noqa: ANN001
    screen = session.start()
    assert isinstance(screen, LockScreen)
    qtbot.waitExposed(screen)
    activate(qtbot, screen)
    _type_and_enter(qtbot, find("Passphrase", QLineEdit, within=screen), passphrase)
    wait_ops(qtbot)
    assert screen.message.text() == describe(VaultDamaged())
    return screen


def _open_restore(qtbot, screen: LockScreen) -> RestoreDialog:  # noqa: ANN001
    button = find("Restore from a backup", QPushButton, within=screen)
    assert button.isVisible()
    qtbot.keyClick(screen, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    qtbot.waitUntil(lambda: any(d.isVisible() for d in screen.findChildren(RestoreDialog)))
    dialog = next(d for d in screen.findChildren(RestoreDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_restore_from_a_backup_by_keyboard(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    damaged: Path,
    vault_dir: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(restore_module.ChooseBackupToRestore, "ask", lambda _parent: damaged)
    screen = _unlock_fails_as_damaged(qtbot, session, passphrase)
    dialog = _open_restore(qtbot, screen)

    assert unnamed_focusable(dialog) == []
    choose = find("Choose a backup file", QPushButton, within=dialog)
    assert choose.hasFocus()
    qtbot.keyClick(choose, Qt.Key.Key_Space)
    assert find("Backup file", QLineEdit, within=dialog).text() == "monday.fieldsafe-backup"
    field = find("Passphrase of the backup", QLineEdit, within=dialog)
    assert field.hasFocus()
    _type_and_enter(qtbot, field, passphrase)
    assert field.text() == ""  # not kept while the work runs
    wait_ops(qtbot)

    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert screen.message.text() == restored_message()
    assert not find("Restore from a backup", QPushButton, within=screen, visible=False).isVisible()
    aside = vault_dir.with_name(f"{vault_dir.name}-damaged-2026-03-04")
    assert (aside / "vault.db").is_file() and (aside / "vault.key").is_file()

    field = find("Passphrase", QLineEdit, within=screen)
    qtbot.waitUntil(field.hasFocus)  # once the unlock screen is active again
    _type_and_enter(qtbot, field, passphrase)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
    vault = session.main_window.vault
    assert sorted(s.title for s in vault.logs.page(limit=100)) == ["kept 0", "kept 1", "kept 2"]


def test_a_wrong_passphrase_for_the_backup_changes_nothing(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    damaged: Path,
    vault_dir: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(restore_module.ChooseBackupToRestore, "ask", lambda _parent: damaged)
    screen = _unlock_fails_as_damaged(qtbot, session, passphrase)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    dialog = _open_restore(qtbot, screen)
    qtbot.keyClick(find("Choose a backup file", QPushButton, within=dialog), Qt.Key.Key_Space)
    _type_and_enter(qtbot, find("Passphrase of the backup", QLineEdit, within=dialog), "nope")
    wait_ops(qtbot)

    assert dialog.isVisible()
    assert find("Message", QLabel, within=dialog).text() == describe_restore(WrongPassphrase())
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()} == before
    assert not vault_dir.with_name(f"{vault_dir.name}-damaged-2026-03-04").exists()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape closes it
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert screen.message.text() == describe(VaultDamaged())


def test_the_restore_offer_is_only_for_a_damaged_vault(
    qtbot,
    session,
    vault: Vault,  # noqa: ANN001
) -> None:
    vault.lock()
    screen = session.start()
    qtbot.waitExposed(screen)
    _type_and_enter(qtbot, find("Passphrase", QLineEdit, within=screen), "wrong passphrase")
    wait_ops(qtbot)
    assert screen.message.text() == describe(WrongPassphrase())
    assert not find("Restore from a backup", QPushButton, within=screen, visible=False).isVisible()


def test_a_full_disk_while_restoring_says_the_disk_is_full(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    damaged: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(*_args: object, **_kwargs: object) -> Path:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(restore_module.ChooseBackupToRestore, "ask", lambda _parent: damaged)
    monkeypatch.setattr(Vault, "restore_in_place", staticmethod(full))
    screen = _unlock_fails_as_damaged(qtbot, session, passphrase)
    dialog = _open_restore(qtbot, screen)
    qtbot.keyClick(find("Choose a backup file", QPushButton, within=dialog), Qt.Key.Key_Space)
    _type_and_enter(qtbot, find("Passphrase of the backup", QLineEdit, within=dialog), passphrase)
    wait_ops(qtbot)
    text = find("Message", QLabel, within=dialog).text()
    assert text == describe_task(StorageFailed(errno.ENOSPC))
    assert "disk is full" in text and "your text" not in text
