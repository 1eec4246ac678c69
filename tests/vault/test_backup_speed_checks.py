"""What a backup at copy speed still checks (issue 14): every page's HMAC,
as SQLCipher's own ``cipher_integrity_check`` does, so a damaged vault never
becomes a "good" backup; and backups written before the change restore."""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.atomicfile import TEMP_SUFFIX
from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import VaultDamaged
from fieldsafe.vault import Vault, stable, store
from fieldsafe.vault.backup import MAGIC, restore_backup
from fieldsafe.vault.db import connect
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from tests.conftest import PASSPHRASE

WHEN = datetime(2026, 5, 5, 9, 0, tzinfo=UTC)
PAGE = stable.PAGE_SIZE


@pytest.fixture
def filled(vault: Vault, vault_dir: Path) -> Iterator[Path]:
    """A locked vault of 40 logs (some pages, a WAL copied back)."""
    for i in range(40):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body=f"text {i} " * 150)
    vault.lock()
    yield vault_dir


def _flip(path: Path, offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x10]))


def _sqlcipher_damaged_pages(db: Path, directory: Path) -> list[int]:
    key = KeyFile.load(directory / KEY_FILE).unlock(PASSPHRASE)
    conn = connect(db, key)
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        conn.close()
        key.wipe()
    return sorted(int(r[0].split("page ")[1].split()[0]) for r in rows if "page " in r[0])


def _page_check(db: Path, directory: Path) -> stable.PageCheck:
    key = KeyFile.load(directory / KEY_FILE).unlock(PASSPHRASE)
    fd = os.open(db, os.O_RDONLY)
    try:
        return stable.check_pages(fd, os.fstat(fd).st_size, key)
    finally:
        os.close(fd)
        key.wipe()


def test_the_page_check_passes_a_whole_vault(filled: Path) -> None:
    db = filled / DB_FILE
    assert _sqlcipher_damaged_pages(db, filled) == []
    found = _page_check(db, filled)
    assert found.damaged is None and found.complete


@pytest.mark.parametrize(
    "where",
    ["first page body", "a middle page's text", "a page's IV", "a page's HMAC", "the last page"],
)
def test_the_page_check_finds_the_page_sqlcipher_finds(
    filled: Path, tmp_path: Path, where: str
) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes((filled / DB_FILE).read_bytes())
    pages = db.stat().st_size // PAGE
    page, within = {
        "first page body": (1, 200),
        "a middle page's text": (pages // 2, 1000),
        "a page's IV": (pages // 2, PAGE - 80 + 3),
        "a page's HMAC": (pages // 3, PAGE - 10),
        "the last page": (pages, 17),
    }[where]
    _flip(db, (page - 1) * PAGE + within)
    assert _sqlcipher_damaged_pages(db, filled) == [page]
    assert _page_check(db, filled).damaged == page


def test_a_changed_salt_fails_every_page(filled: Path, tmp_path: Path) -> None:
    """The salt keys every page's HMAC: changing it is damage everywhere (the
    check never passes pages it could not check)."""
    db = tmp_path / "copy.db"
    db.write_bytes((filled / DB_FILE).read_bytes())
    _flip(db, 3)
    found = _page_check(db, filled)
    assert found.damaged is not None and not found.complete  # whichever thread met it first


@pytest.mark.parametrize("where", ["middle", "last"])
def test_a_damaged_vault_gives_no_backup(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    db = filled / DB_FILE
    pages = db.stat().st_size // PAGE
    page = pages // 2 if where == "middle" else pages
    _flip(db, (page - 1) * PAGE + 300)
    # as in a vault too large to be checked whole at unlock
    monkeypatch.setattr(store, "QUICK_CHECK_SECONDS", 0)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "old.fsbackup").write_bytes(b"the previous backup")
    with Vault.open(filled, PASSPHRASE) as vault:
        with pytest.raises(VaultDamaged):
            vault.backup(usb / "new.fsbackup")
        with pytest.raises(VaultDamaged):
            vault.backup(usb / "old.fsbackup", overwrite=True)
        with pytest.raises(VaultDamaged):
            vault.verify()
    assert {p.name: p.read_bytes() for p in usb.iterdir()} == {
        "old.fsbackup": b"the previous backup"
    }
    assert not [p for p in usb.iterdir() if TEMP_SUFFIX in p.name or "snapshot" in p.name]


def test_sqlcipher_decides_when_the_page_check_disagrees(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Were SQLCipher's page layout ever to change, every page would fail
    here: its own check then decides, and the backup is still made."""
    vault.logs.save(occurred_at=WHEN, title="kept", body="words")
    monkeypatch.setattr(stable, "_MAC_SALT_MASK", 0x3B)
    vault.backup(tmp_path / "b.fsbackup")
    vault.verify()
    assert caplog.messages.count("page_check_disagreed") == 2
    restore_backup(tmp_path / "b.fsbackup", tmp_path / "r", PASSPHRASE)
    with Vault.open(tmp_path / "r", PASSPHRASE) as restored:
        assert [s.title for s in restored.logs.page()] == ["kept"]


def _backup_as_written_before(vault: Vault, destination: Path, work: Path) -> None:
    """A backup file exactly as FieldSafe wrote it before issue 14: SQLite's
    backup API into a snapshot, then header, key file and snapshot."""
    snapshot = work / "snapshot.db"
    target = connect(snapshot, vault._db_key)
    try:
        with vault.reading() as db:
            db.backup(target)
    finally:
        target.close()
    key_bytes = (vault.directory / KEY_FILE).read_bytes()
    data = snapshot.read_bytes()
    destination.write_bytes(
        MAGIC + bytes([1]) + struct.pack(">I", len(key_bytes)) + key_bytes
        + struct.pack(">Q", len(data)) + data
    )  # fmt: skip


def test_backups_written_before_still_restore(vault: Vault, tmp_path: Path) -> None:
    for i in range(10):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body=f"old backup {i}")
    old = tmp_path / "old.fsbackup"
    _backup_as_written_before(vault, old, tmp_path)
    new = tmp_path / "new.fsbackup"
    vault.backup(new)
    expected = sorted(f"log {i}" for i in range(10))
    for name, file in (("from-old", old), ("from-new", new)):
        restore_backup(file, tmp_path / name, PASSPHRASE)
        with Vault.open(tmp_path / name, PASSPHRASE) as restored:
            restored.verify()
            assert sorted(s.title for s in restored.logs.page()) == expected
            assert [h.title for h in restored.search("old backup 7")] == ["log 7"]


def test_a_backup_written_before_replaces_a_damaged_vault(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.logs.save(occurred_at=WHEN, title="in the backup", body="words")
    old = tmp_path / "old.fsbackup"
    _backup_as_written_before(vault, old, tmp_path)
    vault.lock()
    _flip(vault_dir / DB_FILE, (vault_dir / DB_FILE).stat().st_size - PAGE + 100)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, PASSPHRASE)
    Vault.restore_in_place(old, vault_dir, PASSPHRASE, clock=FakeClock(WHEN))
    with Vault.open(vault_dir, PASSPHRASE) as restored:
        assert [s.title for s in restored.logs.page()] == ["in the backup"]


def test_a_backup_is_the_vault_file_byte_for_byte(vault: Vault, tmp_path: Path) -> None:
    """Nothing is decrypted and encrypted again: the database in the backup
    is the vault's own file once the WAL is copied back."""
    for i in range(5):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body="words " * 300)
    vault.wait_for_upkeep()
    vault.backup(tmp_path / "b.fsbackup")
    data = (tmp_path / "b.fsbackup").read_bytes()
    key_len = struct.unpack(">I", data[len(MAGIC) + 1 : len(MAGIC) + 5])[0]
    start = len(MAGIC) + 5 + key_len
    (db_len,) = struct.unpack(">Q", data[start : start + 8])
    with vault.reading() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert data[start + 8 :] == (vault.directory / DB_FILE).read_bytes()
    assert db_len == len(data) - start - 8


def test_the_lock_byte_page_is_not_checked(vault: Vault, tmp_path: Path) -> None:
    """The page at 1 GiB holds SQLite's lock bytes, never content (a vault
    past 1 GiB has it all zeros): skipped, as SQLCipher skips it. A sparse
    file: no gigabyte is written."""
    sparse = tmp_path / "sparse.db"
    with open(sparse, "wb") as fh:
        fh.write((vault.directory / DB_FILE).read_bytes()[:PAGE])  # a real salt
        fh.truncate((stable.LOCK_BYTE_PAGE + 1) * PAGE)
    fd = os.open(sparse, os.O_RDONLY)
    try:
        mac = stable._page_mac(vault._db_key, os.pread(fd, 16, 0))
        lock_page = stable.LOCK_BYTE_PAGE - 1  # 0-based
        stop = threading.Event()
        assert stable._check_range(fd, lock_page, lock_page + 1, mac, stop) == (None, True)
        assert stable._check_range(fd, lock_page + 1, lock_page + 2, mac, stop) == (
            stable.LOCK_BYTE_PAGE + 1,
            True,
        )
    finally:
        os.close(fd)


@pytest.mark.parametrize("missing", ["copy_file_range", "copy_file_range and pread"])
def test_without_kernel_copy_or_pread(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    """Where the kernel cannot copy between the files (another file system,
    macOS, Windows) the bytes go through the backup by hand; without
    ``pread`` (Windows) the threads share one file position under a lock."""
    for i in range(30):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body="words " * 300)
    with monkeypatch.context() as patched:
        patched.delattr(os, "copy_file_range", raising=False)
        if "pread" in missing:
            patched.delattr(os, "pread")
        vault.backup(tmp_path / "b.fsbackup")
        vault.verify()
    restore_backup(tmp_path / "b.fsbackup", tmp_path / "r", PASSPHRASE)
    with Vault.open(tmp_path / "r", PASSPHRASE) as restored:
        assert restored.logs.count() == 30


def test_a_file_system_refusing_the_kernel_copy(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    vault.logs.save(occurred_at=WHEN, title="kept", body="words")

    def refused(*_args: object) -> int:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    with monkeypatch.context() as patched:
        patched.setattr(os, "copy_file_range", refused, raising=False)
        vault.backup(tmp_path / "b.fsbackup")
    restore_backup(tmp_path / "b.fsbackup", tmp_path / "r", PASSPHRASE)
    with Vault.open(tmp_path / "r", PASSPHRASE) as restored:
        assert [s.title for s in restored.logs.page()] == ["kept"]


@pytest.mark.parametrize("threads", [1, 3, 4])
def test_the_page_check_on_any_number_of_threads(
    filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threads: int
) -> None:
    monkeypatch.setattr(stable, "CHECK_THREADS", threads)
    db = tmp_path / "copy.db"
    db.write_bytes((filled / DB_FILE).read_bytes())
    assert _page_check(db, filled).complete
    pages = db.stat().st_size // PAGE
    for page in (2, pages // 2 + 1, pages):
        _flip(db, (page - 1) * PAGE + 99)
        assert _page_check(db, filled).damaged == page
        _flip(db, (page - 1) * PAGE + 99)  # back as it was


def test_the_page_mac_is_hmac_sha512() -> None:
    """The hand-made HMAC (two SHA-512 states copied a page) gives what the
    standard library's HMAC gives, for SQLCipher's 32-byte page keys and
    for keys of any length up to SHA-512's block."""
    for length in (1, 32, 64, 127, 128):
        key = bytes(range(length))
        page, number = os.urandom(PAGE - 80 + 16), (7).to_bytes(4, "little")
        expected = hmac.new(key, page + number, hashlib.sha512).digest()
        assert stable._PageMac(key).digest(memoryview(page), number) == expected
