"""docs/security.md, bar 4: wrong key or damage gives its own error, changes nothing on
disk, and never creates a new or unencrypted vault in place of the old."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    VaultBusy,
    VaultDamaged,
    WrongPassphrase,
)
from fieldsafe.vault import Vault, store
from fieldsafe.vault.store import PAGE_SIZE

WHEN = datetime(2026, 6, 1, tzinfo=UTC)


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


@pytest.fixture
def filled(vault: Vault, vault_dir: Path) -> Path:
    for i in range(60):
        vault.logs.save(occurred_at=WHEN, title=f"record {i}", body="text " * 200)
    vault.lock()
    return vault_dir


def _open_and_read_everything(directory: Path, passphrase: str) -> None:
    vault = Vault.open(directory, passphrase)
    try:
        vault.verify()
        for summary in vault.logs.page(limit=10_000):
            vault.logs.get(summary.id)
    finally:
        vault.lock()


def test_wrong_passphrase_changes_nothing(filled: Path) -> None:
    before = _snapshot(filled)
    with pytest.raises(WrongPassphrase):
        Vault.open(filled, "guess")
    assert _snapshot(filled) == before


def test_flipped_byte_in_every_page_is_detected(filled: Path, passphrase: str) -> None:
    db = filled / "vault.db"
    original = db.read_bytes()
    pages = len(original) // PAGE_SIZE
    assert pages > 10
    for page in range(pages):
        damaged = bytearray(original)
        damaged[page * PAGE_SIZE + PAGE_SIZE // 2] ^= 0x01
        db.write_bytes(bytes(damaged))
        before = _snapshot(filled)
        with pytest.raises(VaultDamaged):
            _open_and_read_everything(filled, passphrase)
        assert _snapshot(filled) == before, f"page {page} changed on disk"
    db.write_bytes(original)
    _open_and_read_everything(filled, passphrase)


@pytest.mark.parametrize("keep", [0.5, 0.9, 100 / 4096])
def test_truncated_database_is_detected(filled: Path, passphrase: str, keep: float) -> None:
    db = filled / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * keep)])
    before = _snapshot(filled)
    with pytest.raises(VaultDamaged):
        _open_and_read_everything(filled, passphrase)
    assert _snapshot(filled) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b"",
        lambda b: b.replace(b"fieldsafe-keyfile", b"something-else"),
        lambda b: b"\xff\xfe" + b[2:],
        lambda b: b.replace(b'"wrapped": "', b'"wrapped": "!!'),
    ],
    ids=["half", "empty", "wrong-format", "not-utf8", "bad-base64"],
)
def test_damaged_key_file(filled: Path, passphrase: str, damage) -> None:  # type: ignore[no-untyped-def]
    key = filled / "vault.key"
    key.write_bytes(damage(key.read_bytes()))
    before = _snapshot(filled)
    with pytest.raises(KeyFileDamaged):
        Vault.open(filled, passphrase)
    assert _snapshot(filled) == before


def test_missing_key_file_never_creates_a_new_vault(filled: Path, passphrase: str) -> None:
    (filled / "vault.key").unlink()
    before = _snapshot(filled)
    with pytest.raises(KeyFileMissing):
        Vault.open(filled, passphrase)
    assert _snapshot(filled) == before


def test_key_file_of_another_vault(filled: Path, tmp_path: Path, passphrase: str) -> None:
    other, _ = Vault.create(tmp_path / "other", passphrase)
    other.lock()
    (filled / "vault.key").write_bytes((tmp_path / "other" / "vault.key").read_bytes())
    before = _snapshot(filled)
    with pytest.raises(VaultDamaged):
        Vault.open(filled, passphrase)
    assert _snapshot(filled) == before


def _filled(directory: Path, passphrase: str, n: int = 60) -> Vault:
    vault, _ = Vault.create(directory, passphrase)
    for i in range(n):
        vault.logs.save(occurred_at=WHEN, title=f"record {i}", body="text " * 200)
    return vault


def _damage(db: Path, offset: int) -> bytes:
    data = bytearray(db.read_bytes())
    data[offset] ^= 1
    db.write_bytes(bytes(data))
    return bytes(data)


def test_backup_of_a_damaged_vault_is_refused(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "v"
    _filled(directory, passphrase).lock()
    _damage(directory / "vault.db", 30 * 4096 + 100)
    # damage the bounded check at unlock did not reach (as in a large vault)
    monkeypatch.setattr(store, "QUICK_CHECK_SECONDS", 0)
    vault = Vault.open(directory, passphrase)
    try:
        with pytest.raises(VaultDamaged):
            vault.backup(tmp_path / "b.fsbackup")
    finally:
        vault.lock()
    assert not (tmp_path / "b.fsbackup").exists()


def test_busy_vault_is_not_reported_damaged(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    first, _ = Vault.create(directory, passphrase)
    second = Vault.open(directory, passphrase)
    second._connection().execute("PRAGMA busy_timeout = 100")
    try:
        with first.transaction() as db:
            db.execute("INSERT INTO meta VALUES ('x', 'y')")
            with pytest.raises(VaultBusy):
                second.logs.save(occurred_at=WHEN, title="t", body="b")
    finally:
        first.lock()
        second.lock()


def test_opening_a_damaged_vault_writes_nothing(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = tmp_path / "v"
    _filled(directory, passphrase).lock()
    damaged = _damage(directory / "vault.db", 20 * 4096 + 2048)
    with pytest.raises(VaultDamaged):  # the check at unlock finds it
        Vault.open(directory, passphrase)
    assert (directory / "vault.db").read_bytes() == damaged
    monkeypatch.setattr(store, "QUICK_CHECK_SECONDS", 0)  # damage it did not reach
    vault = Vault.open(directory, passphrase)
    vault.wait_for_upkeep(5)
    vault.lock()
    assert (directory / "vault.db").read_bytes() == damaged
