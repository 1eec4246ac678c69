"""Encrypted backups: one file holding the key file and an encrypted copy of
the database.

Layout (all lengths big-endian)::

    b"FIELDSAFE-BACKUP\\n"  u8 version(=1)
    u32 key-file length     key file bytes   (slots: Argon2id + AES-GCM)
    u64 database length     database bytes   (SQLCipher 4, same raw key)

Nothing in it is readable without the passphrase or recovery code that was
valid when the backup was made. The copy is taken with SQLite's online
backup API under the vault lock, so it is a consistent snapshot. Restoring
never touches an existing vault: it only creates a new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import struct
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlcipher3

from fieldsafe.atomicfile import atomic_writer, fsync_dir, remove_stale_temp_files, write_atomic
from fieldsafe.errors import (
    BadInputFile,
    KeyFileDamaged,
    StorageFailed,
    TargetExists,
    VaultDamaged,
)
from fieldsafe.vault.db import connect, map_db_error
from fieldsafe.vault.keys import MAX_KEY_FILE_BYTES, KeyFile, SecretBytes
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from fieldsafe.vault.leftovers import (
    RESTORING_SUFFIX,
    SNAPSHOT_SUFFIX,
    claimed_folder,
    claimed_snapshot,
    sweep_backup_leftovers,
    sweep_restore_leftovers,
)

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database

MAGIC = b"FIELDSAFE-BACKUP\n"
VERSION = 1
_CHUNK = 1 << 20


def write_backup(vault: Database, destination: Path, *, overwrite: bool = False) -> None:

    if destination.exists() and not overwrite:
        raise TargetExists()
    snapshot = destination.with_name(f".{destination.name}{SNAPSHOT_SUFFIX}")
    # What backups killed half-way left in this folder, under any name.
    sweep_backup_leftovers(destination.parent)
    remove_stale_temp_files(destination.parent)
    key_bytes = (vault.directory / KEY_FILE).read_bytes()
    try:
        with claimed_snapshot(snapshot):  # held until removed: never swept meanwhile
            try:
                _write_snapshot_then_backup(vault, snapshot, destination, key_bytes, overwrite)
            finally:
                _remove(snapshot)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    except sqlcipher3.Error as exc:
        raise map_db_error(exc) from None


def _write_snapshot_then_backup(
    vault: Database, snapshot: Path, destination: Path, key_bytes: bytes, overwrite: bool
) -> None:
    """The encrypted snapshot (checked page by page), then the backup file."""
    target = connect(snapshot, vault._db_key)
    try:
        with vault.reading() as db:  # the copy needs the vault; the check below does not
            try:
                db.backup(target)
            except sqlcipher3.Error:
                # The backup API copies pages unread, so a failure here is
                # the target's; it reports no code, so ask the disk.
                raise StorageFailed(_why_write_failed(snapshot.parent)) from None
        # The backup API copies pages without reading them: check the
        # copy, so a damaged vault never becomes a "good" backup. Done
        # outside the vault's lock so saves and locking are not held up.
        if target.execute("PRAGMA cipher_integrity_check").fetchall() or target.execute(
            "PRAGMA quick_check"
        ).fetchall() != [("ok",)]:
            raise VaultDamaged()
    finally:
        target.close()
    size = snapshot.stat().st_size
    with atomic_writer(destination, overwrite=overwrite) as out:
        out.write(MAGIC + bytes([VERSION]))
        out.write(struct.pack(">I", len(key_bytes)) + key_bytes)
        out.write(struct.pack(">Q", size))
        with open(snapshot, "rb") as src:
            shutil.copyfileobj(src, out, _CHUNK)


def _read_exact(fh: BinaryIO, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BadInputFile("truncated")
    return data


def restore_backup(backup_file: Path, directory: Path, passphrase: str) -> None:
    """Restore ``backup_file`` into the *new* vault directory ``directory``.
    Checks the passphrase and every page before the vault appears."""

    directory = Path(directory)
    sweep_restore_leftovers(directory.parent)  # what restores killed half-way left
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise TargetExists()
    try:
        fh = open(backup_file, "rb")
    except FileNotFoundError:
        raise BadInputFile("missing") from None
    except OSError:
        raise BadInputFile("unreadable") from None
    with fh:
        key_bytes, db_len = _read_header(fh)
        try:
            key_file = KeyFile.from_bytes(key_bytes)
        except KeyFileDamaged:
            raise BadInputFile("damaged") from None
        db_key = key_file.unlock(passphrase)  # WrongPassphrase before any write
        try:
            _restore_into(directory, fh, db_len, key_bytes, db_key)
        finally:
            db_key.wipe()


def _read_header(fh: BinaryIO) -> tuple[bytes, int]:
    """The backup's key file bytes and database length, checked against the
    file's size; the file is left at the first database byte."""
    total = os.fstat(fh.fileno()).st_size
    if _read_exact(fh, len(MAGIC)) != MAGIC:
        raise BadInputFile("not_a_backup")
    if _read_exact(fh, 1)[0] != VERSION:
        raise BadInputFile("unsupported_version")
    (key_len,) = struct.unpack(">I", _read_exact(fh, 4))
    if key_len > MAX_KEY_FILE_BYTES:
        raise BadInputFile("damaged")
    key_bytes = _read_exact(fh, key_len)
    (db_len,) = struct.unpack(">Q", _read_exact(fh, 8))
    header = len(MAGIC) + 1 + 4 + key_len + 8
    if db_len != total - header or db_len == 0 or db_len % 4096:
        raise BadInputFile("truncated" if db_len > total - header else "damaged")
    return key_bytes, db_len


def _restore_into(
    directory: Path, fh: BinaryIO, db_len: int, key_bytes: bytes, db_key: SecretBytes
) -> None:
    """Write the vault into a staging folder beside ``directory``, check every
    page, then move it into place; on any failure nothing is left behind."""
    staging = directory.with_name(f".{directory.name}{RESTORING_SUFFIX}")
    try:
        # A leftover of a killed restore was swept; one that is still here is
        # another restore's, making the same vault right now.
        staging.mkdir(mode=0o700, parents=True)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    try:
        with claimed_folder(staging):  # held until moved into place: never swept meanwhile
            _copy_database(fh, staging / DB_FILE, db_len)
            write_atomic(staging / KEY_FILE, key_bytes, overwrite=False)
            _check_restored(staging / DB_FILE, db_key)
            fsync_dir(staging)
            if directory.exists():
                directory.rmdir()
            os.replace(staging, directory)
        fsync_dir(directory.parent)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise StorageFailed(exc.errno) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _copy_database(fh: BinaryIO, target: Path, length: int) -> None:
    with open(target, "wb") as out:
        remaining = length
        while remaining:
            chunk = fh.read(min(_CHUNK, remaining))
            if not chunk:
                raise BadInputFile("truncated")
            out.write(chunk)
            remaining -= len(chunk)
        out.flush()
        os.fsync(out.fileno())


def _check_restored(db_path: Path, db_key: SecretBytes) -> None:
    conn = connect(db_path, db_key)
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        ok = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlcipher3.Error:
        problems, ok = [("error",)], False
    finally:
        conn.close()
    if problems or not ok:
        raise BadInputFile("damaged")


def _why_write_failed(directory: Path) -> int:
    try:
        stats = os.statvfs(directory)
    except OSError:
        return errno.EIO
    if stats.f_flag & os.ST_RDONLY:
        return errno.EROFS
    if stats.f_bavail * stats.f_frsize < 1024 * 1024:
        return errno.ENOSPC
    return errno.EIO


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()
