"""Encrypted backups: one file holding the key file and an encrypted copy of
the database.

Layout (all lengths big-endian)::

    b"FIELDSAFE-BACKUP\\n"  u8 version(=1)
    u32 key-file length     key file bytes   (slots: Argon2id + AES-GCM)
    u64 database length     database bytes   (SQLCipher 4, same raw key)

Nothing in it is readable without the passphrase or recovery code that was
valid when the backup was made. The database bytes are the vault's own
encrypted file, copied as it is while it is held still (one committed state,
see :mod:`fieldsafe.vault.stable`), on a connection of the backup's own so
the window's reads and saves go on; every page's HMAC is checked as it is
copied, and nothing is put in place unless all of them check out. When the
file cannot be held still, a snapshot made with SQLite's backup API and
checked whole (``cipher_integrity_check`` and ``quick_check``) is copied
instead; that is how every backup was made before 2026-11, and restoring
reads both alike. Restoring never touches an existing vault: it only
creates a new one.

A vault whose database is damaged can be replaced by a backup in its own
folder (:func:`restore_in_place`, the GUI's *Restore from a backup…*): the
backup is restored and checked in ``.restored`` inside the folder first;
only then are the damaged files moved, never deleted, to a folder beside
it (``<folder>-damaged-<date>``) and the restored ones put in their place.
Everything of the damaged vault goes there (:func:`_damaged_files`): its
database and companions, a key change's re-encrypted copy, pre-migration
copies and temp files, its key file copied. A restore stopped after the
damaged database went aside is finished at the next unlock
(:func:`finish_restore`); one stopped earlier is removed
(:func:`sweep_restored`) and the vault still reads as damaged.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlcipher3

from fieldsafe.atomicfile import (
    TEMP_SUFFIX,
    atomic_writer,
    fsync_dir,
    remove_stale_temp_files,
    write_atomic,
)
from fieldsafe.errors import (
    BadInputFile,
    KeyFileDamaged,
    NotAVault,
    StorageFailed,
    TargetExists,
    VaultDamaged,
)
from fieldsafe.vault.db import connect, map_db_error
from fieldsafe.vault.keys import MAX_KEY_FILE_BYTES, KeyFile, SecretBytes
from fieldsafe.vault.layout import DB_FILE, KEY_FILE, REKEY_FILE, vault_exists
from fieldsafe.vault.leftovers import (
    COMPANIONS,
    RESTORING_SUFFIX,
    SNAPSHOT_SUFFIX,
    claimed_folder,
    claimed_snapshot,
    pre_migration_copies,
    shred,
    sweep_backup_leftovers,
    sweep_restore_leftovers,
)
from fieldsafe.vault.lockfile import OpenLock, vault_files_locked
from fieldsafe.vault.stable import (
    PageCheck,
    check_pages,
    cipher_damaged,
    end_read,
    hold_still,
    open_still_file,
    own_connection,
    read_at,
    wal_is_empty,
)

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database

log = logging.getLogger("fieldsafe.vault")

MAGIC = b"FIELDSAFE-BACKUP\n"
VERSION = 1
_CHUNK = 1 << 20
#: inside a vault folder: a backup restored and checked, before it replaces the damaged vault
RESTORED_DIR = ".restored"
#: ``<vault folder>-damaged-<date>``: where the damaged files go (beside the vault folder)
DAMAGED_INFIX = "-damaged-"


def write_backup(vault: Database, destination: Path, *, overwrite: bool = False) -> None:
    """Write the backup file (see the module): the database's encrypted
    bytes as they are, copied while every page's HMAC is checked; nothing
    is put in place unless every page checked out."""
    if destination.exists() and not overwrite:
        raise TargetExists()
    snapshot = destination.with_name(f".{destination.name}{SNAPSHOT_SUFFIX}")
    # What backups killed half-way left in this folder, under any name.
    sweep_backup_leftovers(destination.parent)
    remove_stale_temp_files(destination.parent)
    try:
        with atomic_writer(destination, overwrite=overwrite) as out:
            _write_into(vault, out, snapshot)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    except sqlcipher3.Error as exc:
        raise map_db_error(exc) from None


def _write_into(vault: Database, out: BinaryIO, snapshot: Path) -> None:
    """The backup file's bytes into ``out`` (flushed to the disk)."""
    copier: _Copier | None = None
    try:
        with _source(vault, snapshot) as source:
            out.write(MAGIC + bytes([VERSION]))
            out.write(struct.pack(">I", len(source.key_bytes)) + source.key_bytes)
            out.write(struct.pack(">Q", source.size))
            out.flush()
            copier = _Copier(source.fd, out.fileno(), source.size)
            copier.start()
            _check_while_copying(vault, source, copier)
        copier.join()  # its fsync, after the vault was let go
    except BaseException:
        if copier is not None:
            copier.stop.set()
            copier.join()
        raise
    if copier.error is not None:
        raise copier.error


@dataclass
class _Source:
    """The encrypted database to copy, held still: an open file, its size,
    the key file that opens it, SQLCipher's own HMAC check of it, and
    whether it was checked whole already (a snapshot)."""

    fd: int
    size: int
    key_bytes: bytes
    cipher_damaged: Callable[[], bool]
    checked: bool = False


@contextlib.contextmanager
def _source(vault: Database, snapshot: Path) -> Iterator[_Source]:
    """The vault's own file held still (vault/stable.py), on a connection of
    the backup's own; a vault open to read only holds it still itself (SQLite
    holds the file alone, nothing writes) unless its WAL holds records. When
    it cannot be held still, a snapshot made with SQLite's backup API."""
    db_path = vault.directory / DB_FILE
    if vault.read_only:
        with vault.reading() as conn:
            key_bytes = _key_file_bytes(vault)
            if wal_is_empty(db_path):
                with _still_file(conn, db_path, key_bytes) as source:
                    yield source
            else:
                with _snapshot(conn, snapshot, vault._db_key, key_bytes) as source:
                    yield source
        return
    with own_connection(vault) as conn:
        # Read while no rekey can replace the database (own_connection).
        key_bytes = _key_file_bytes(vault)
        if hold_still(conn, db_path):
            try:
                with _still_file(conn, db_path, key_bytes) as source:
                    yield source
            finally:
                end_read(conn)
        else:
            log.info("backup_through_snapshot")
            with _snapshot(conn, snapshot, vault._db_key, key_bytes) as source:
                yield source


def _key_file_bytes(vault: Database) -> bytes:
    return (vault.directory / KEY_FILE).read_bytes()


@contextlib.contextmanager
def _still_file(conn: sqlcipher3.Connection, db_path: Path, key_bytes: bytes) -> Iterator[_Source]:
    fd, size = open_still_file(conn, db_path)
    try:
        yield _Source(fd, size, key_bytes, lambda: cipher_damaged(conn))
    finally:
        os.close(fd)


@contextlib.contextmanager
def _snapshot(
    conn: sqlcipher3.Connection, snapshot: Path, db_key: SecretBytes, key_bytes: bytes
) -> Iterator[_Source]:
    """A copy made with SQLite's backup API beside the destination, checked
    whole (every page's HMAC and the structure), removed afterwards."""
    with claimed_snapshot(snapshot):  # held until removed: never swept meanwhile
        try:
            target = connect(snapshot, db_key)
            try:
                try:
                    conn.backup(target)
                except sqlcipher3.Error:
                    # The backup API copies pages unread, so a failure here is
                    # the target's; it reports no code, so ask the disk.
                    raise StorageFailed(_why_write_failed(snapshot.parent)) from None
                # Pages copied unread: check the copy, so a damaged vault
                # never becomes a "good" backup.
                if cipher_damaged(target) or target.execute("PRAGMA quick_check").fetchall() != [
                    ("ok",)
                ]:
                    raise VaultDamaged()
            finally:
                target.close()
            fd = os.open(snapshot, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            try:
                size = os.fstat(fd).st_size
                yield _Source(fd, size, key_bytes, lambda: True, checked=True)
            finally:
                os.close(fd)
        finally:
            _remove(snapshot)


def _check_while_copying(vault: Database, source: _Source, copier: _Copier) -> None:
    """Every page's HMAC (vault/stable.py) while ``copier`` copies; returns
    once both are done. :class:`VaultDamaged` when SQLCipher confirms damage."""
    found = PageCheck(complete=True)
    if not source.checked:
        found = check_pages(source.fd, source.size, vault._db_key, stop=copier.stop)
    copier.copied.wait()
    if found.damaged is None and not found.complete and copier.error is None:
        raise RuntimeError("the page check stopped early")  # never: nothing else stops it
    if found.damaged is not None:
        if source.cipher_damaged():
            raise VaultDamaged()
        log.warning("page_check_disagreed")  # SQLCipher's own check decides


class _Copier(threading.Thread):
    """Copies the database into the backup file, then flushes it to the disk
    (while the vault may already be let go). Sets ``copied`` when the copy is
    done or failed; ``stop`` ends it early."""

    def __init__(self, src: int, dst: int, size: int) -> None:
        super().__init__(name="fieldsafe-backup-copy", daemon=True)
        self._src, self._dst, self._size = src, dst, size
        self.stop = threading.Event()
        self.copied = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            _copy_file(self._src, self._dst, self._size, self.stop)
        except BaseException as exc:
            self.error = exc
            self.stop.set()
        finally:
            self.copied.set()
        if self.error is None and not self.stop.is_set():
            try:
                os.fsync(self._dst)
            except BaseException as exc:
                self.error = exc


#: copy_file_range refusing the pair of files (another file system, say): copy by hand
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM}
_COPY_STEP = 64 << 20


def _copy_file(src: int, dst: int, size: int, stop: threading.Event) -> None:
    """``size`` bytes from the start of ``src`` to ``dst`` at its position,
    by the kernel where it can (``copy_file_range``). Raises ``OSError``."""
    done = 0
    kernel_copy = getattr(os, "copy_file_range", None)
    while done < size and not stop.is_set():
        step = min(_COPY_STEP, size - done)
        if kernel_copy is not None:
            try:
                copied = kernel_copy(src, dst, step, done)
            except OSError as exc:
                if exc.errno not in _NO_KERNEL_COPY:
                    raise
                kernel_copy = None
                continue
        else:
            copied = _write_all(dst, read_at(src, min(step, _CHUNK), done))
        if copied == 0:
            raise OSError(errno.EIO, "the database ended early")
        done += copied


def _write_all(fd: int, data: bytes) -> int:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    return len(data)


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


def restore_in_place(backup_file: Path, directory: Path, passphrase: str, *, stamp: str) -> Path:
    """Replace the vault in ``directory`` (damaged) by ``backup_file``; returns
    the folder beside it that now holds the damaged vault's files (its key
    file copied; its database, the database's companions, a key change's
    re-encrypted copy, pre-migration copies and temp files moved; never
    deleted). ``stamp`` (e.g. the date) names that folder.

    Everything about the backup is checked first (its passphrase or recovery
    code, every page) while the damaged vault is untouched: a refused
    restore changes nothing. :class:`VaultBusy` while another window or
    command has the vault open. The steps, each survivable (docs/security.md):
    restore into ``.restored`` inside the folder; copy the key file and move
    the database aside (the folder then reads as damaged, never as empty);
    move the restored database, then key file, in; remove ``.restored``.
    Stopped after the database went aside, the next unlock finishes it
    (:func:`finish_restore`)."""
    directory = Path(directory)
    if not vault_exists(directory):
        raise NotAVault()
    with vault_files_locked(directory):
        open_lock = OpenLock.shared(directory, wait=0)
        try:
            with open_lock.exclusive():
                staged = directory / RESTORED_DIR
                sweep_restored(directory)  # what a restore stopped half-way left
                restore_backup(backup_file, staged, passphrase)
                try:
                    aside = _move_damaged_aside(directory, stamp)
                    _put_in_place(staged, directory)
                except OSError as exc:
                    raise StorageFailed(exc.errno) from None
        finally:
            open_lock.release()
    return aside


def sweep_restored(directory: Path) -> None:
    """Remove ``.restored`` in a vault folder: a backup restored there by a
    :func:`restore_in_place` that stopped before the damaged database went
    aside (its files are overwritten, then unlinked; :func:`finish_restore`
    has put one that stopped later in place). Call holding the vault's file
    lock."""
    staged = Path(directory) / RESTORED_DIR
    try:
        entries = list(staged.iterdir())
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    try:
        for entry in entries:
            if entry.is_file() and not entry.is_symlink():
                shred(entry)
        staged.rmdir()
    except OSError as exc:
        raise StorageFailed(exc.errno) from None


def _move_damaged_aside(directory: Path, stamp: str) -> Path:
    """A new folder beside ``directory`` holding a copy of its key file and
    everything else of the damaged vault (:func:`_damaged_files`), moved:
    the database first, so that the vault folder never holds a database
    without its own key file or a stale WAL beside a new database."""
    base = directory.with_name(f"{directory.name}{DAMAGED_INFIX}{stamp}")
    aside, number = base, 1
    while aside.exists():
        number += 1
        aside = base.with_name(f"{base.name}-{number}")
    aside.mkdir(mode=0o700)
    key = directory / KEY_FILE
    if key.exists():
        write_atomic(aside / KEY_FILE, key.read_bytes(), overwrite=False)
    for source in _damaged_files(directory):
        os.replace(source, aside / source.name)
    fsync_dir(aside)
    fsync_dir(directory)
    return aside


def _damaged_files(directory: Path) -> list[Path]:
    """What a vault folder holds of its vault besides the key file, the
    database first: the database and its companions, a re-encrypted copy
    a key change left (:data:`REKEY_FILE`, which may be the only database
    the key opens), the copies kept before schema changes, and temp files
    a killed writer left (a key file being written, say). Never the lock
    files or ``.restored``."""
    names = [DB_FILE, *(DB_FILE + suffix for suffix in COMPANIONS)]
    names += [REKEY_FILE, *(REKEY_FILE + suffix for suffix in COMPANIONS)]
    found = [directory / name for name in names if (directory / name).exists()]
    found += pre_migration_copies(directory)
    found += sorted(p for p in directory.glob(f".*{TEMP_SUFFIX}") if p.is_file())
    return list(dict.fromkeys(found))


def _key_kept_aside(directory: Path) -> bool:
    """Whether a folder beside ``directory`` holds a copy of its key file."""
    key = directory / KEY_FILE
    if not key.exists():
        return True
    mine = key.read_bytes()
    for aside in directory.parent.glob(f"{directory.name}{DAMAGED_INFIX}*"):
        copy = aside / KEY_FILE
        if copy.is_file() and not copy.is_symlink() and copy.read_bytes() == mine:
            return True
    return False


def finish_restore(directory: Path, *, stamp: str) -> bool:
    """Finish a :func:`restore_in_place` that stopped after the damaged
    database went aside: ``.restored`` holds the checked backup (both its
    files) and ``vault.db`` is gone, or its database is in place and only
    its key file is left there. The backup is put in place, as the restore
    would have (what is left of the damaged vault first goes aside, its
    key file copied: ``stamp`` names a new folder when one is needed),
    instead of being removed by :func:`sweep_restored`: it may be the only
    good copy. Any other ``.restored`` is left to :func:`sweep_restored`.
    Call holding the vault's file lock, before its key file is read (the
    backup's key file is the one to unlock). True when it finished one."""
    staged = Path(directory) / RESTORED_DIR
    try:
        if staged.is_symlink() or not staged.is_dir():
            return False
        entries = list(staged.iterdir())
        if not all(p.is_file() and not p.is_symlink() for p in entries):
            return False
        held, has_db = {p.name for p in entries}, (directory / DB_FILE).exists()
        if held == {DB_FILE, KEY_FILE} and not has_db:
            if _damaged_files(directory) or not _key_kept_aside(directory):
                _move_damaged_aside(directory, stamp)
            _put_in_place(staged, directory)
        elif held == {KEY_FILE} and has_db:  # the backup's database is in place already
            os.replace(staged / KEY_FILE, directory / KEY_FILE)
            fsync_dir(directory)
            staged.rmdir()
            fsync_dir(directory)
        else:
            return False
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    log.info("restore_in_place_finished")
    return True


def _put_in_place(staged: Path, directory: Path) -> None:
    """The restored database, then its key file (the switch), into the vault folder."""
    os.replace(staged / DB_FILE, directory / DB_FILE)
    os.replace(staged / KEY_FILE, directory / KEY_FILE)
    fsync_dir(directory)
    staged.rmdir()
    fsync_dir(directory)


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
