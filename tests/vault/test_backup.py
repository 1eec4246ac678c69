"""Encrypted backup and restore (docs/security.md, bar 7)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.errors import BadInputFile, TargetExists, WrongPassphrase
from fieldsafe.vault import Vault
from fieldsafe.vault.backup import MAGIC, restore_backup

WHEN = datetime(2026, 2, 2, 8, 0, tzinfo=UTC)


def _fill(vault: Vault, n: int = 25) -> list[tuple[str, str, str]]:
    for i in range(n):
        vault.logs.save(
            occurred_at=WHEN.replace(minute=i), title=f"log {i}", body=f"body {i} canary-backup-{i}"
        )
    return sorted((s.id, s.title, vault.logs.get(s.id).body) for s in vault.logs.page(limit=1000))


def test_backup_restores_identical_records(vault: Vault, tmp_path: Path, passphrase: str) -> None:
    before = _fill(vault)
    backup = tmp_path / "vault.fsbackup"
    vault.backup(backup)
    data = backup.read_bytes()
    assert data.startswith(MAGIC)
    assert b"canary-backup" not in data and b"log 1" not in data
    restore_backup(backup, tmp_path / "restored", passphrase)
    restored = Vault.open(tmp_path / "restored", passphrase)
    after = sorted(
        (s.id, s.title, restored.logs.get(s.id).body) for s in restored.logs.page(limit=1000)
    )
    assert after == before
    restored.verify()
    assert [h.title for h in restored.search("canary-backup-7")] == ["log 7"]
    restored.lock()


def test_backup_never_overwrites(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "exists.fsbackup"
    target.write_bytes(b"previous backup")
    with pytest.raises(TargetExists):
        vault.backup(target)
    assert target.read_bytes() == b"previous backup"


def test_restore_refuses_existing_place(
    vault: Vault, vault_dir: Path, tmp_path: Path, passphrase: str
) -> None:
    backup = tmp_path / "b.fsbackup"
    vault.backup(backup)
    vault.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    with pytest.raises(TargetExists):
        restore_backup(backup, vault_dir, passphrase)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before


def test_restore_wrong_passphrase_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "b.fsbackup"
    vault.backup(backup)
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, tmp_path / "new", "nope")
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.fsbackup"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "trailing", "magic", "empty"])
def test_damaged_backups_are_refused(
    vault: Vault, tmp_path: Path, passphrase: str, damage: str
) -> None:
    _fill(vault, 5)
    backup = tmp_path / "b.fsbackup"
    vault.backup(backup)
    data = bytearray(backup.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 5000]
    elif damage == "flip":
        data[-3000] ^= 0x40
    elif damage == "trailing":
        data += b"extra"
    elif damage == "magic":
        data[0] ^= 1
    else:
        data = bytearray()
    backup.write_bytes(bytes(data))
    with pytest.raises(BadInputFile):
        restore_backup(backup, tmp_path / "new", passphrase)
    assert not (tmp_path / "new").exists()
    assert not any(p.name.startswith(".new") for p in tmp_path.iterdir())


def test_old_backup_opens_with_the_passphrase_of_its_time(
    vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    backup = tmp_path / "b.fsbackup"
    vault.backup(backup)
    vault.change_passphrase(passphrase, "newer passphrase")
    restore_backup(backup, tmp_path / "r", passphrase)
    Vault.open(tmp_path / "r", passphrase).lock()
