"""What an interrupted command leaves, and how the next run removes it
(docs/security.md, "What happens when…").

* A backup writes an encrypted snapshot ``.<name>.snapshot`` beside its
  destination before the backup file itself; a backup killed half-way leaves
  it (and a temp file). The next backup into the same folder removes every
  such snapshot whose writer is gone, whatever its destination's name.
* A restore builds the new vault in ``.<folder>.restoring`` beside it; the
  next restore beside it removes every such folder whose writer is gone.
* The ``pre-migration-vN.db`` copy kept before a schema change is removed by
  :meth:`Vault.open <fieldsafe.vault.store.Vault.open>` once the migrated
  vault has verified and been opened :data:`KEEP_OPENS` times, or
  :data:`KEEP_DAYS` days after the migration.

A writer holds an exclusive ``flock`` on its snapshot (or staging folder)
from the moment it exists until it is gone, and the lock dies with its
process: a leftover is removed only when its lock can be taken. Each one
holds an encrypted copy of the vault, with records deleted since, so it is
overwritten with zeros before it is unlinked (deleted means gone, as far as
the file system lets us).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

from fieldsafe.atomicfile import TEMP_SUFFIX, try_lock
from fieldsafe.vault.layout import DB_FILE, KEY_FILE

log = logging.getLogger("fieldsafe.vault")

SNAPSHOT_SUFFIX = ".snapshot"
RESTORING_SUFFIX = ".restoring"
#: SQLite's files beside a database
COMPANIONS = ("-wal", "-shm", "-journal")
#: a pre-migration copy goes once the migrated vault opened this many times...
KEEP_OPENS = 3
#: ...or this many days after the migration (by the vault's clock)
KEEP_DAYS = 30
_CHUNK = 1 << 20


def shred(path: Path) -> None:
    """Overwrite a regular file with zeros, flush it to the disk, unlink it.
    Overwriting in place needs no free space. Raises ``OSError``."""
    with open(path, "r+b", buffering=0) as fh:
        remaining = os.fstat(fh.fileno()).st_size
        zeros = b"\0" * _CHUNK
        while remaining > 0:
            remaining -= fh.write(zeros[: min(_CHUNK, remaining)])
        os.fsync(fh.fileno())
    path.unlink()


def _shred_database(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            shred(candidate)


# -- backup snapshots -------------------------------------------------------------------


@contextlib.contextmanager
def claimed_snapshot(snapshot: Path) -> Iterator[None]:
    """Create ``snapshot`` (empty, 0600: SQLite fills it) and hold its lock for
    the block, so no other backup's sweep takes it for a leftover."""
    fd = os.open(snapshot, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try_lock(fd)
        yield
    finally:
        os.close(fd)


def sweep_backup_leftovers(folder: Path) -> None:
    """Remove the snapshots killed backups left in ``folder``. Best effort."""
    try:
        candidates = list(Path(folder).glob(f".*{SNAPSHOT_SUFFIX}"))
    except OSError:
        return
    for path in candidates:
        with contextlib.suppress(OSError):
            _sweep_snapshot(path)


def _sweep_snapshot(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode) or not try_lock(fd):
            return  # not a file of ours, or its backup is still running
        if not os.path.samestat(found, os.stat(path, follow_symlinks=False)):
            return
        _shred_database(path)
        log.info("backup_leftover_removed")
    finally:
        os.close(fd)


# -- restore staging folders -------------------------------------------------------------


@contextlib.contextmanager
def claimed_folder(folder: Path) -> Iterator[None]:
    """Hold the lock of a staging folder (just made) for the block."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try_lock(fd)
        yield
    finally:
        os.close(fd)


def _ours(name: str) -> bool:
    """A name a restore writes into its staging folder."""
    return name in (KEY_FILE, DB_FILE, *(DB_FILE + s for s in COMPANIONS)) or (
        name.startswith(f".{KEY_FILE}.") and name.endswith(TEMP_SUFFIX)
    )


def sweep_restore_leftovers(parent: Path) -> None:
    """Remove the staging folders killed restores left in ``parent``. Only a
    folder holding nothing but a restore's files is touched. Best effort."""
    try:
        candidates = list(Path(parent).glob(f".*{RESTORING_SUFFIX}"))
    except OSError:
        return
    for path in candidates:
        with contextlib.suppress(OSError):
            _sweep_folder(path)


def _sweep_folder(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_DIRECTORY", 0))
    try:
        found = os.fstat(fd)
        if not try_lock(fd) or not os.path.samestat(found, os.stat(path, follow_symlinks=False)):
            return  # its restore is still running
        entries = list(path.iterdir())
        if not all(_ours(p.name) and p.is_file() and not p.is_symlink() for p in entries):
            return  # not a restore's folder: never ours to remove
        for entry in entries:
            shred(entry)
        shutil.rmtree(path)
        log.info("restore_leftover_removed")
    finally:
        os.close(fd)


# -- pre-migration copies ----------------------------------------------------------------


def pre_migration_copies(directory: Path) -> list[Path]:
    """The copies kept before schema changes (and an unfinished one)."""
    try:
        return sorted(
            [*directory.glob("pre-migration-v*.db"), *directory.glob(".pre-migration-v*.db.tmp")]
        )
    except OSError:
        return []


def remove_pre_migration_copies(copies: list[Path]) -> None:
    """Overwrite and unlink each copy. Raises ``OSError``."""
    for copy in copies:
        _shred_database(copy)
