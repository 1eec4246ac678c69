"""Writes that never tear: temp file (0600) → write → fsync → rename →
fsync the directory.

If anything fails before the rename, the temp file is removed and the
previous file, if any, is untouched; OS errors become
:class:`~fieldsafe.errors.StorageFailed`. Temp files have random names
(``.<name>.<random>.fieldsafe-tmp``), so a recycled process id can never
collide with one left by a killed process; such leftovers are removed before
the next write to the same name and when a vault is opened.

A writer holds an exclusive ``flock`` on its temp file from the moment it
exists until it is renamed, and the lock dies with the process. So a temp file
is swept only when its lock can be taken: its writer is provably gone. A
file another process is still writing (a slow fsync, a busy disk) is never
touched: zeroing it would have it renamed, zeroed, over the real file.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldsafe.errors import StorageFailed, TargetExists

TEMP_SUFFIX = ".fieldsafe-tmp"
log = logging.getLogger("fieldsafe.vault")

if sys.platform != "win32":
    import fcntl

    def try_lock(fd: int) -> bool:
        """Take an exclusive lock on ``fd`` if nobody holds one; it dies with
        the process. The one helper every lock in FieldSafe's files uses."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:
    import msvcrt

    def try_lock(fd: int) -> bool:
        """A byte-range lock on the file's first byte (Windows enforces it)."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def fsync_file(path: Path) -> None:
    """Flush a written file's content to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temp_files(directory: Path, name: str | None = None) -> None:
    """Overwrite and delete temp files a killed writer left in ``directory``
    (all of them, or those for ``name``). They may hold key material or a
    partial plaintext export. A temp file whose writer is still alive (it
    holds the file's lock) is left alone."""
    pattern = f".{name}.*{TEMP_SUFFIX}" if name else f".*{TEMP_SUFFIX}"
    try:
        leftovers = list(Path(directory).glob(pattern))
    except OSError:
        return
    for path in leftovers:
        with contextlib.suppress(OSError), open(path, "r+b") as fh:
            if not try_lock(fh.fileno()):
                continue  # another process is writing it right now
            if not os.path.samestat(os.fstat(fh.fileno()), os.stat(path)):
                continue  # renamed into place meanwhile: no longer a temp file
            size = os.fstat(fh.fileno()).st_size
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
            path.unlink()
            log.info("stale_temp_file_removed")


@contextlib.contextmanager
def atomic_writer(path: Path, *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it atomically becomes ``path``.

    With ``overwrite=False`` an existing ``path`` raises :class:`TargetExists`
    (checked before writing, and again atomically when the file is put in
    place, with a hard link that fails if the name exists).
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise TargetExists()
    remove_stale_temp_files(path.parent, path.name)
    tmp, fh = _new_temp_file(path)
    try:
        with fh:  # closed (and its lock let go) only after the rename
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if overwrite:
                os.replace(tmp, path)
            else:
                try:
                    os.link(tmp, path)  # fails if path appeared meanwhile
                except FileExistsError:
                    raise TargetExists() from None
                os.unlink(tmp)
    except OSError as exc:
        _remove_quietly(tmp)
        raise StorageFailed(exc.errno) from None
    except BaseException:
        _remove_quietly(tmp)
        raise
    try:
        fsync_dir(path.parent)
    except OSError:
        # The new file is in place and complete; only the directory entry's
        # durability across a power cut is in doubt. Saying "nothing was
        # saved" here would be false, so we log it and carry on.
        log.warning("directory_fsync_failed")


def _new_temp_file(path: Path) -> tuple[Path, BinaryIO]:
    """A new temp file beside ``path`` (0600), locked by this writer for as
    long as it is open: the sign, to any sweep, that its writer is alive."""
    for _attempt in range(3):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}{TEMP_SUFFIX}")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise StorageFailed(exc.errno) from None
        if try_lock(fd):
            return tmp, os.fdopen(fd, "wb")
        # A sweep took it in the instant between creating and locking (and
        # is removing it): leave it to the sweep, take another name.
        os.close(fd)
    raise StorageFailed(errno.EAGAIN)


def write_atomic(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Atomically replace ``path`` with ``data``."""
    with atomic_writer(path, overwrite=overwrite) as fh:
        fh.write(data)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
