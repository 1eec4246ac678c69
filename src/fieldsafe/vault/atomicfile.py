"""Writes that never tear: temp file (0600) → write → fsync → ``os.replace`` →
fsync the directory.

If anything fails, the temp file is removed and the previous file, if any,
is untouched. OS errors become :class:`~fieldsafe.vault.errors.StorageFailed`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldsafe.vault.errors import StorageFailed, TargetExists

TEMP_SUFFIX = ".fieldsafe-tmp"


def fsync_dir(directory: Path) -> None:
    """Make a rename or unlink in ``directory`` durable."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: Path, *, overwrite: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it atomically becomes ``path``.

    With ``overwrite=False`` an existing ``path`` raises :class:`TargetExists`
    before anything is written.
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise TargetExists()
    tmp = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if not overwrite and path.exists():
            raise TargetExists()
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        _remove_quietly(tmp)
        raise StorageFailed(exc.errno) from None
    except BaseException:
        _remove_quietly(tmp)
        raise


def write_atomic(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Atomically replace ``path`` with ``data``."""
    with atomic_writer(path, overwrite=overwrite) as fh:
        fh.write(data)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
