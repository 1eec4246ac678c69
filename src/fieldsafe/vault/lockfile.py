"""The vault's lock across processes.

Several processes may open one vault (the window, a CLI backup, a second
command): SQLite serialises their database writes. What SQLite does not see
are the vault's *files*: the key file, the temp files beside it, the
re-encrypted copy during a rekey, erasing. Every operation on those files
takes this lock, an exclusive ``flock`` on ``.fieldsafe.lock`` in the vault
folder (``msvcrt.locking`` on Windows). The lock dies with its process, so a
crash never leaves the vault locked.

The lock is taken by the outermost operation only (``flock`` locks belong to
an open file, so taking it twice in one process would wait for itself).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from fieldsafe.atomicfile import try_lock, unlock
from fieldsafe.errors import StorageFailed, VaultBusy

LOCK_FILE = ".fieldsafe.lock"
#: how long an operation waits for another process's key change or erase
WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.05

if sys.platform != "win32":
    import fcntl  # the shared lock of OpenLock; exclusive ones go through atomicfile


@contextlib.contextmanager
def vault_files_locked(directory: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the vault's file lock; :class:`VaultBusy` if another process
    keeps it longer than ``wait`` seconds (default :data:`WAIT_SECONDS`)."""
    try:
        fd = os.open(Path(directory) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    try:
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        while not try_lock(fd):
            if time.monotonic() >= deadline:
                raise VaultBusy()
            time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                unlock(fd)
    finally:
        os.close(fd)


OPEN_FILE = ".fieldsafe.open"


class OpenLock:
    """ "This process has the vault open": a shared ``flock`` on
    ``.fieldsafe.open``, held from before the key file is read until the vault
    is locked. Any number of processes share it. Re-encrypting the database
    replaces its file, which would strand another process's connection on the
    old one, so a rekey needs the lock alone (:meth:`exclusive`) and is
    refused while another window or command has the vault open. (On Windows,
    which has no shared ``flock``, this is not enforced.)"""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def shared(cls, directory: Path, *, wait: float | None = None) -> OpenLock:
        """Take the shared lock, waiting while a rekey holds it alone."""
        if sys.platform == "win32":
            return cls(None)
        try:
            fd = os.open(Path(directory) / OPEN_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageFailed(exc.errno) from None
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                return cls(fd)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise VaultBusy() from None
                time.sleep(_POLL_SECONDS)

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the lock alone for the block; :class:`VaultBusy` at once if
        another process has the vault open."""
        if self._fd is None:
            yield
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # Linux lets go of the shared lock before trying the exclusive
            # one: take it back, or this process would stay open unlocked
            # and another's rekey could strand it on a replaced file.
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            raise VaultBusy() from None
        try:
            yield
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing lets the lock go
            self._fd = None


WINDOW_FILE = ".fieldsafe.window"


class WindowLock:
    """ "A window shows this vault": an exclusive ``flock`` on the empty file
    ``.fieldsafe.window``, which the GUI takes from its unlock screen or first
    run until it quits, so a second window on the same vault is refused. The
    CLI never takes it: it may read and write while a window is open (SQLite
    keeps their writes apart).

    The lock dies with its process, so a window that crashed or was killed
    never keeps the vault: the next window locks the file it left. The file
    stays empty (unlike a ``QLockFile``, which records the process id, the
    program, the host name and the machine's id). A window that lets go
    removes the file, and the vault folder too if nothing else is left in it
    (a first run left before creating, a vault erased from that window); a
    window taking the lock therefore checks that the name still is the file it
    locked. Crypto-erase removes a file no window holds."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self._path = path

    @classmethod
    def take(cls, directory: Path) -> WindowLock | None:
        """The lock, or ``None`` if another window holds it (another process,
        or another claim in this one). Makes the vault folder if needed;
        :class:`StorageFailed` if it cannot."""
        directory = Path(directory)
        path = directory / WINDOW_FILE
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            for _attempt in range(10):
                fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
                if not try_lock(fd):
                    os.close(fd)
                    return None
                if _still_named(fd, path):
                    os.ftruncate(fd, 0)  # nothing in it, whatever was left there
                    return cls(fd, path)
                os.close(fd)  # its holder removed it as it let go: lock the new one
        except OSError as exc:
            raise StorageFailed(exc.errno) from None
        raise VaultBusy()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go (idempotent): remove the file, then the folder if it is empty."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            with contextlib.suppress(OSError):
                if _still_named(fd, self._path):
                    self._path.unlink()  # still locked: no window can take a file going away
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            self._path.parent.rmdir()  # only if empty: no vault, nothing else


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _still_named(fd: int, path: Path) -> bool:
    """Whether ``path`` is still the file open as ``fd``."""
    try:
        named = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def remove_free_window_lock(directory: Path) -> None:
    """Remove ``.fieldsafe.window`` if no window holds it (crypto-erase); a
    window that holds it removes it itself when it lets go."""
    if not (Path(directory) / WINDOW_FILE).exists():
        return
    free = WindowLock.take(directory)
    if free is not None:
        free.release()
