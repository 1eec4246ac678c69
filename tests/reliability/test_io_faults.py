"""docs/security.md, bar 6: disk full, read-only directory and failed fsync during save,
backup and key-file write: a typed error, the previous state intact, and no
temp files left behind."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.atomicfile import TEMP_SUFFIX
from fieldsafe.errors import StorageFailed
from fieldsafe.vault import Vault

WHEN = datetime(2026, 8, 8, tzinfo=UTC)


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def _no_temp_files(directory: Path) -> None:
    leftovers = [
        p.name for p in directory.iterdir() if TEMP_SUFFIX in p.name or p.name.endswith(".snapshot")
    ]
    assert leftovers == []


@contextlib.contextmanager
def tiny_filesystem(path: Path, size_kib: int) -> Iterator[Path]:
    """A real, small tmpfs (needs root and mount rights; skips otherwise)."""
    path.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _fill_until_full(vault: Vault) -> int:
    saved = 0
    with pytest.raises(StorageFailed):
        for i in range(10_000):
            vault.logs.save(occurred_at=WHEN, title=f"log {i}", body=os.urandom(3000).hex())
            saved += 1
    return saved


def test_save_on_a_really_full_disk(tmp_path: Path, passphrase: str) -> None:
    with tiny_filesystem(tmp_path / "small", 1024) as mount:
        vault, _ = Vault.create(mount / "v", passphrase)
        saved = _fill_until_full(vault)
        assert saved > 0
        # The vault still works for reading after the failed write.
        assert vault.logs.count() == saved
        vault.lock()
        reopened = Vault.open(mount / "v", passphrase)
        reopened.verify()
        assert reopened.logs.count() == saved
        reopened.lock()


def test_backup_on_a_really_full_disk_keeps_the_previous_one(vault: Vault, tmp_path: Path) -> None:
    for i in range(40):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body=os.urandom(2000).hex())
    with tiny_filesystem(tmp_path / "usb", 256) as usb:
        (usb / "old.fsbackup").write_bytes(b"previous backup")
        with pytest.raises(StorageFailed) as info:
            vault.backup(usb / "new.fsbackup")
        assert info.value.errno == errno.ENOSPC
        assert _files(usb) == {"old.fsbackup": b"previous backup"}
        _no_temp_files(usb)


def test_vault_on_a_read_only_filesystem(tmp_path: Path, passphrase: str) -> None:
    with tiny_filesystem(tmp_path / "ro", 4096) as mount:
        vault, _ = Vault.create(mount / "v", passphrase)
        vault.lock()
        before = _files(mount / "v")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        try:
            # A vault on read-only media cannot be opened for writing: a clear
            # storage error, not "damaged", and nothing changes.
            with pytest.raises(StorageFailed):
                Vault.open(mount / "v", passphrase)
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        assert _files(mount / "v") == before


def test_save_when_the_database_is_full(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    """Simulated disk full for SQLite (works without root): the page limit."""
    kept = vault.logs.save(occurred_at=WHEN, title="kept", body="before the disk filled")
    with vault.reading() as db:
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {int(pages)}")
    with pytest.raises(StorageFailed):
        vault.logs.save(occurred_at=WHEN, title="too big", body="x" * 200_000)
    assert vault.logs.count() == 1
    vault.lock()
    again = Vault.open(vault_dir, passphrase)
    again.verify()
    assert [s.id for s in again.logs.page()] == [kept.id]
    again.lock()


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EIO, errno.EROFS])
def test_failed_fsync_during_key_file_write(
    vault: Vault, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    before = _files(vault_dir)["vault.key"]

    def broken_fsync(fd: int) -> None:
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(StorageFailed) as info:
        vault.change_passphrase(passphrase, "new")
    monkeypatch.undo()
    assert info.value.errno == failure
    assert _files(vault_dir)["vault.key"] == before
    _no_temp_files(vault_dir)
    vault.lock()


def test_failed_fsync_during_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.logs.save(occurred_at=WHEN, title="x")
    target = tmp_path / "b.fsbackup"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(StorageFailed):
        vault.backup(target, overwrite=True)
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    _no_temp_files(tmp_path)


def test_read_only_directory_for_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without root a chmod would do; as root (CI) we simulate EROFS at open."""
    real_open = os.open

    def read_only_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).startswith(str(tmp_path / "ro")) and flags & (
            os.O_WRONLY | os.O_RDWR | os.O_CREAT
        ):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    (tmp_path / "ro").mkdir()
    monkeypatch.setattr(os, "open", read_only_open)
    with pytest.raises(StorageFailed):
        vault.backup(tmp_path / "ro" / "b.fsbackup")
    monkeypatch.undo()
    assert list((tmp_path / "ro").iterdir()) == []
