"""docs/security.md, bar 2, 3, 8, 12 and 15 at the vault level: no plaintext at rest,
deleted means gone, lock, logs without content, passphrase change and erase."""

from __future__ import annotations

import logging
import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from fieldsafe import eventlog, paths
from fieldsafe.errors import InvalidRecord, NotAVault, WrongPassphrase
from fieldsafe.vault import Vault
from tests.leaks import files_containing, new_canary

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)


def _everywhere(home: Path) -> list[Path]:
    return [home]  # vaults, config, logs, XDG dirs and TMPDIR all live here in tests


def test_no_canary_on_disk_after_lock(vault: Vault, fieldsafe_home: Path, tmp_path: Path) -> None:
    eventlog.configure(paths.log_file())
    title, body = new_canary("title"), new_canary("body")
    log = vault.logs.save(occurred_at=WHEN, title=title, body=f"Notes: {body} عربى")
    vault.logs.save(occurred_at=WHEN, title="edited " + title, body=body + " again", log_id=log.id)
    assert vault.search(body)
    vault.backup(tmp_path / "backup.fsbackup")
    vault.lock()
    assert files_containing(title, _everywhere(fieldsafe_home) + [tmp_path]) == []
    assert files_containing(body, _everywhere(fieldsafe_home) + [tmp_path]) == []
    assert paths.log_file().exists()


def _decrypted_pages(directory: Path, passphrase: str) -> bytes:
    """Every page of the database and WAL as SQLCipher decrypts them: export
    to a plaintext copy (in the test's temp dir only) and read it raw."""
    vault = Vault.open(directory, passphrase)
    try:
        plain = directory.parent / "plain-copy.db"
        with vault.reading() as db:
            db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
            db.execute("SELECT sqlcipher_export('plain')")
            db.execute("DETACH DATABASE plain")
        return plain.read_bytes()
    finally:
        vault.lock()


def test_deleted_means_gone(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    # Bare hex tokens: the tokenizer would split "gone-<hex>" and the index
    # would then hold "<hex>" alone, which a search for the whole string misses.
    keep, gone = new_canary("keep").split("-")[1], new_canary("gone").split("-")[1]
    vault.logs.save(occurred_at=WHEN, title="kept", body=keep)
    doomed = vault.logs.save(occurred_at=WHEN, title=gone, body=gone * 50)
    vault.lock()
    vault = Vault.open(vault_dir, passphrase)
    vault.logs.delete(doomed.id)
    vault.lock()
    raw = (vault_dir / "vault.db").read_bytes()
    assert (
        not Path(f"{vault_dir / 'vault.db'}-wal").exists()
        or Path(f"{vault_dir / 'vault.db'}-wal").stat().st_size == 0
    )
    pages = _decrypted_pages(vault_dir, passphrase)
    assert keep.encode() in pages  # the method does see content...
    assert gone.encode() not in pages  # ...and the deleted record's is gone
    assert gone.encode() not in raw


def test_lock_closes_connection_and_wipes_key(vault: Vault) -> None:
    conn = vault._connection()
    key = vault._db_key
    vault.lock()
    assert key.wiped
    with pytest.raises(sqlcipher3.ProgrammingError):
        conn.execute("SELECT 1")


def test_errors_and_logs_carry_no_content(vault: Vault, fieldsafe_home: Path) -> None:
    eventlog.configure(paths.log_file())
    canary = new_canary("secret")
    logger = logging.getLogger("fieldsafe.test")
    logger.info("user typed %s", canary)  # a careless call is redacted
    logger.info(canary)
    try:
        raise ValueError(canary)
    except ValueError:
        logger.exception("save_failed")
    with pytest.raises(InvalidRecord) as info:
        vault.logs.save(occurred_at=WHEN, title=canary * 1000)
    assert canary not in str(info.value) and canary not in repr(info.value)
    for handler in logging.getLogger("fieldsafe").handlers:
        handler.flush()
    text = paths.log_file().read_text()
    assert canary not in text
    assert "save_failed" in text and "error=ValueError" in text


def test_passphrase_change_then_erase(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    canary = new_canary()
    vault.logs.save(occurred_at=WHEN, title=canary)
    vault.change_passphrase(passphrase, "changed")
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase)
    vault.erase()
    assert not (vault_dir / "vault.key").exists()
    with pytest.raises(NotAVault):
        Vault.open(vault_dir, "changed")
    assert files_containing(canary, [vault_dir.parent]) == []


def test_the_leak_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    canary = new_canary()
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "utf16.bin").write_bytes(b"\x00\x01" + canary.encode("utf-16-le"))
    (tmp_path / "plain.txt").write_text(f"x {canary} y")
    assert sorted(p.name for p in files_containing(canary, [tmp_path])) == [
        "plain.txt",
        "utf16.bin",
    ]


def test_deleted_words_leave_the_search_index(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    vault, _ = Vault.create(directory, passphrase)
    token = "zz" + secrets.token_hex(8)
    vault.logs.save(occurred_at=WHEN, title="kept", body="keep")
    doomed = vault.logs.save(occurred_at=WHEN, title="x", body=f"met {token} here")
    vault.logs.delete(doomed.id)
    with vault.reading() as db:
        blobs = b"".join(r[0] for r in db.execute("SELECT block FROM search_index_data"))
    vault.lock()
    assert token.encode() not in blobs


def test_erase_leaves_no_key_material(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    vault, _ = Vault.create(directory, passphrase)
    # What a kill during a passphrase change leaves: a complete temp key file.
    (directory / ".vault.key.a1b2c3d4e5f6.fieldsafe-tmp").write_bytes(
        (directory / "vault.key").read_bytes()
    )
    vault.erase()
    assert not directory.exists() or list(directory.iterdir()) == []
