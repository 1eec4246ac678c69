"""The vault's encrypted file held still, for backups and checks, and the
check of every page's HMAC.

**Held still.** In WAL mode SQLite writes into ``vault.db`` only when a
checkpoint copies the log back into it, and a checkpoint writes a page only
while it holds the WAL's read-mark 0 alone. A read transaction that begins
on an empty WAL holds that mark (shared) until it ends. So a backup or a
check, on a connection of its own (:func:`own_connection`):

1. checkpoints with TRUNCATE: the log copied back, the WAL file cut to 0 bytes;
2. begins a read transaction and reads from it;
3. looks at the WAL file. Still 0 bytes means the transaction began on an
   empty WAL: a commit writes its frames to the file first, and a WAL whose
   frames a reader uses cannot be emptied until that reader ends. Then
   ``vault.db`` is the whole committed database and no checkpoint, in any
   process, can change a byte of it until the transaction ends. Otherwise a
   commit came in between (another thread or program): end and try again,
   :data:`ATTEMPTS` times (:func:`hold_still`).

Meanwhile the window reads and saves as usual: saves go to the WAL and are
copied back after the transaction ends. The file can then be read as it is,
with no page decrypted and encrypted again.

**Every page's HMAC** (:func:`check_pages`) is checked the way
``PRAGMA cipher_integrity_check`` checks it, from the bytes of the file, on
:data:`CHECK_THREADS` threads (hashlib lets go of the GIL while it hashes):
measured on the 2-core test machine (2026-11, SQLCipher 4.19), the pragma
takes 1.6 s for a 300 MB vault, one thread here 0.8 s. SQLCipher 4's page
layout is fixed (its defaults, which every vault uses): a 16-byte salt
opens the file; each page ends in its IV (16 bytes) and an HMAC-SHA512 of
the encrypted bytes, the IV and the page number (4 bytes, little-endian),
keyed with PBKDF2-HMAC-SHA512 of the database key over the salt xor 0x3a,
2 rounds, 32 bytes. The page at 1 GiB holds SQLite's lock bytes and no
content; it is skipped, as SQLCipher skips it. A page that does not match is checked again by the
pragma itself, which decides: a mistake here can cost time, never let a
damaged page through (a wrong key or layout would fail every page).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from fieldsafe.errors import VaultDamaged
from fieldsafe.vault.db import BUSY_TIMEOUT_MS, connect, map_db_error
from fieldsafe.vault.keys import SecretBytes
from fieldsafe.vault.layout import DB_FILE
from fieldsafe.vault.lockfile import OpenLock

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database

log = logging.getLogger("fieldsafe.vault")

PAGE_SIZE = 4096
_SALT, _IV, _MAC, _RESERVE = 16, 16, 64, 80  # SQLCipher 4: the reserve is IV + HMAC
_MAC_SALT_MASK, _MAC_KDF_ROUNDS, _MAC_KEY_BYTES = 0x3A, 2, 32
#: the page holding SQLite's lock bytes (at 1 GiB): never written, so never
#: checked (SQLCipher skips it too, as PAGER_SJ_PGNO)
LOCK_BYTE_PAGE = 0x40000000 // PAGE_SIZE + 1
#: tries to begin a read on an empty WAL before a backup or check does without
ATTEMPTS = 3
#: how long each try's checkpoint waits for another connection's reader: saves wait
#: meanwhile (a TRUNCATE checkpoint holds the WAL's write lock while it waits)
CHECKPOINT_WAIT_MS = 500
#: threads checking HMACs: one per core, at most 4 (the copy needs little CPU)
CHECK_THREADS = max(1, min(4, os.cpu_count() or 1))
_CHUNK_PAGES = 256  # 1 MiB read at a time


# -- connections of a task's own -----------------------------------------------------


class _Readers:
    """How many tasks read a vault on connections of their own."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.count = 0


_readers: weakref.WeakKeyDictionary[Database, _Readers] = weakref.WeakKeyDictionary()
_readers_lock = threading.Lock()


def _readers_of(vault: Database) -> _Readers:
    with _readers_lock:
        readers = _readers.get(vault)
        if readers is None:
            readers = _readers[vault] = _Readers()
        return readers


def wait_for_readers(vault: Database) -> None:
    """Block until no backup or check reads ``vault`` on a connection of its
    own. Call holding the vault's lock (``Vault.lock`` does, before its
    checkpoint and before it wipes the key): none can start meanwhile."""
    readers = _readers_of(vault)
    with readers.changed:
        readers.changed.wait_for(lambda: readers.count == 0)


@contextlib.contextmanager
def own_connection(vault: Database) -> Iterator[sqlcipher3.Connection]:
    """A keyed connection of the caller's own to the unlocked ``vault``
    (:class:`VaultLocked` if it is locked), so that reading does not hold up
    the vault's shared connection. While it is open ``Vault.lock`` waits for
    it, and it holds a shared :class:`OpenLock` of its own: no rekey, in
    this process or another, replaces the file under it. Raises
    ``sqlcipher3.Error``; the caller words it."""
    readers = _readers_of(vault)
    with vault._lock:  # Vault.lock waits under this lock: none starts after it
        vault._connection()  # VaultLocked when locked
        with readers.changed:
            readers.count += 1
    try:
        open_lock = OpenLock.shared(vault.directory)
        try:
            conn = connect(vault.directory / DB_FILE, vault._db_key)
            try:
                conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
                yield conn
            finally:
                conn.close()
        finally:
            open_lock.release()
    finally:
        with readers.changed:
            readers.count -= 1
            readers.changed.notify_all()


# -- holding the file still -----------------------------------------------------------


def wal_is_empty(db_path: Path) -> bool:
    try:
        return Path(f"{db_path}-wal").stat().st_size == 0
    except FileNotFoundError:
        return True


def hold_still(conn: sqlcipher3.Connection, db_path: Path) -> bool:
    """Begin a read transaction on ``conn`` during which ``db_path`` does not
    change (see the module). True: it is open; end it with :func:`end_read`.
    False: not after :data:`ATTEMPTS` tries (another connection kept the WAL
    busy, or the log could not be copied back); no transaction is open."""
    conn.execute(f"PRAGMA busy_timeout = {int(CHECKPOINT_WAIT_MS)}")
    try:
        for _attempt in range(ATTEMPTS):
            try:
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlcipher3.Error:
                busy = 1  # e.g. a full disk: the caller checks without holding still
            if busy:
                continue
            begin_read(conn)
            if wal_is_empty(db_path):
                return True
            end_read(conn)
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")


def begin_read(conn: sqlcipher3.Connection) -> None:
    """A read transaction, begun (SQLite takes its snapshot at the first read)."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        end_read(conn)
        raise


def end_read(conn: sqlcipher3.Connection) -> None:
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("COMMIT")


def open_still_file(conn: sqlcipher3.Connection, db_path: Path) -> tuple[int, int]:
    """``db_path`` opened to read, and its size, while ``conn`` holds it
    still; :class:`VaultDamaged` when its size cannot be a whole database."""
    fd = os.open(db_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(fd).st_size
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        if size == 0 or size % PAGE_SIZE or pages * PAGE_SIZE > size:
            raise VaultDamaged()
    except BaseException:
        os.close(fd)
        raise
    return fd, size


def cipher_damaged(conn: sqlcipher3.Connection) -> bool:
    """SQLCipher's own check of every page's HMAC: True when it found damage."""
    return bool(conn.execute("PRAGMA cipher_integrity_check").fetchall())


# -- every page's HMAC ------------------------------------------------------------------

_seek_lock = threading.Lock()


def read_at(fd: int, size: int, offset: int) -> bytes:
    """Up to ``size`` bytes at ``offset`` of ``fd``, safe from several threads
    at once (``os.pread``; where there is none, Windows, seek and read under
    a lock). Fewer only at the end of the file."""
    if hasattr(os, "pread"):
        return os.pread(fd, size, offset)
    with _seek_lock:
        os.lseek(fd, offset, os.SEEK_SET)
        parts = []
        while size > 0:
            part = os.read(fd, size)
            if not part:
                break
            parts.append(part)
            size -= len(part)
        return b"".join(parts)


@dataclass
class PageCheck:
    """What :func:`check_pages` found: the first damaged page it met (1 is
    the first page), and whether it looked at every page (False when it was
    told to stop before the end, or stopped at the damage)."""

    damaged: int | None = None
    complete: bool = False


def check_pages(
    fd: int, size: int, db_key: SecretBytes, *, stop: threading.Event | None = None
) -> PageCheck:
    """Check the HMAC of every page of the encrypted database open at ``fd``
    (``size`` bytes, held still), as ``PRAGMA cipher_integrity_check`` does,
    on :data:`CHECK_THREADS` threads (this one and others). Setting ``stop``
    ends it early; it sets ``stop`` itself at the first damaged page.
    Raises ``OSError``."""
    stop = stop if stop is not None else threading.Event()
    pages = size // PAGE_SIZE
    mac = _page_mac(db_key, read_at(fd, _SALT, 0))
    bounds = [pages * i // CHECK_THREADS for i in range(CHECK_THREADS + 1)]
    results: list[tuple[int | None, bool]] = [(None, False)] * CHECK_THREADS
    errors: list[BaseException] = []

    def run(part: int) -> None:
        try:
            results[part] = _check_range(fd, bounds[part], bounds[part + 1], mac, stop)
        except BaseException as exc:
            errors.append(exc)
            stop.set()

    others = [
        threading.Thread(target=run, args=(part,), name="fieldsafe-page-check", daemon=True)
        for part in range(1, CHECK_THREADS)
    ]
    for thread in others:
        thread.start()
    run(0)
    for thread in others:
        thread.join()
    if errors:
        raise errors[0]
    damaged = min((page for page, _done in results if page is not None), default=None)
    return PageCheck(damaged, complete=all(done for _page, done in results) and damaged is None)


class _PageMac:
    """HMAC-SHA512 with SQLCipher's page key, as RFC 2104 defines it: a
    SHA-512 state after the key XOR ipad, another after the key XOR opad,
    each copied for a page. Measured, a page costs 8.4 µs so against 13.2 µs
    when an ``hmac.HMAC`` (OpenSSL's HMAC context) is copied for it; hashing
    the page alone is 6.8 µs.
    ``tests/vault/test_backup_speed_checks.py`` holds it to ``hmac``."""

    _BLOCK = 128  # SHA-512's block size; the key (32 bytes) is shorter

    def __init__(self, key: bytes) -> None:
        if len(key) > self._BLOCK:
            raise ValueError("an HMAC key longer than a block is hashed first; not needed here")
        padded = key.ljust(self._BLOCK, b"\0")
        self._inner = hashlib.sha512(bytes(b ^ 0x36 for b in padded))
        self._outer = hashlib.sha512(bytes(b ^ 0x5C for b in padded))

    def digest(self, *parts: bytes | memoryview) -> bytes:
        inner = self._inner.copy()
        for part in parts:
            inner.update(part)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def _page_mac(db_key: SecretBytes, salt: bytes) -> _PageMac:
    key = hashlib.pbkdf2_hmac(
        "sha512",
        db_key.view(),
        bytes(b ^ _MAC_SALT_MASK for b in salt),
        _MAC_KDF_ROUNDS,
        _MAC_KEY_BYTES,
    )
    return _PageMac(key)


def _check_range(
    fd: int, first: int, last: int, mac: _PageMac, stop: threading.Event
) -> tuple[int | None, bool]:
    """Pages ``first`` to ``last`` (0-based, ``last`` excluded): the first
    damaged one (1-based) or None, and whether every page was looked at."""
    index = first
    while index < last:
        if stop.is_set():
            return None, False
        count = min(_CHUNK_PAGES, last - index)
        data = memoryview(read_at(fd, count * PAGE_SIZE, index * PAGE_SIZE))
        for i in range(count):
            number = index + i + 1
            if number == LOCK_BYTE_PAGE:
                continue
            start = i * PAGE_SIZE
            end = start + PAGE_SIZE - _RESERVE + _IV
            page = mac.digest(
                data[start + (_SALT if number == 1 else 0) : end], number.to_bytes(4, "little")
            )
            if len(data) < end + _MAC or not hmac.compare_digest(page, data[end : end + _MAC]):
                stop.set()
                return number, True
        index += count
    return None, True


# -- the whole check (Vault.verify) -----------------------------------------------------


def check_vault(vault: Database) -> None:
    """Check every page's HMAC and run ``PRAGMA integrity_check`` (every
    b-tree and index, and FTS5's own check of the search index), both on
    the file held still, at once; :class:`VaultDamaged` if either finds a
    problem. Off the vault's shared connection, so the window's reads and
    saves go on; a vault open to read only (a full disk, where SQLite holds
    the file alone) is checked on that connection. When the file cannot be
    held still (another program writing all along), SQLCipher's own check
    reads it instead."""
    db_path = vault.directory / DB_FILE
    if vault.read_only:
        with vault.reading() as conn:
            _check(conn, db_path, vault._db_key, still=wal_is_empty(db_path))
        return
    try:
        with own_connection(vault) as conn:
            still = hold_still(conn, db_path)
            if not still:
                begin_read(conn)
            try:
                _check(conn, db_path, vault._db_key, still=still)
            finally:
                end_read(conn)
    except sqlcipher3.Error as exc:
        raise map_db_error(exc) from None


def _check(conn: sqlcipher3.Connection, db_path: Path, db_key: SecretBytes, *, still: bool) -> None:
    if not still:
        if cipher_damaged(conn):
            raise VaultDamaged()
        _check_structure(conn)
        return
    fd, size = open_still_file(conn, db_path)
    try:
        structure: list[BaseException | None] = [None]

        def check_structure() -> None:
            try:
                _check_structure(conn)
            except BaseException as exc:
                structure[0] = exc

        thread = threading.Thread(target=check_structure, name="fieldsafe-check", daemon=True)
        thread.start()
        try:
            pages = check_pages(fd, size, db_key)
        finally:
            thread.join()
        if pages.damaged is not None:
            if cipher_damaged(conn):
                raise VaultDamaged()
            log.warning("page_check_disagreed")  # SQLCipher's check decides
        if structure[0] is not None:
            raise structure[0]
    finally:
        os.close(fd)


def _check_structure(conn: sqlcipher3.Connection) -> None:
    if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
        raise VaultDamaged()
