"""The :class:`Vault` service object: the one door to the encrypted store.

The UI and the CLI hold a ``Vault`` and call it; neither ever sees SQL or a
connection. One SQLCipher connection per unlocked vault, guarded by a lock so
worker threads (``ui/ops.py``) and the GUI thread never interleave statements.

Connection settings, and why:

* ``PRAGMA key = "x'…'"`` with the 32 random key bytes, built only from bytes.
* ``cipher_memory_security = OFF``: SQLCipher's default in 4.x. Turning it on
  wipes every freed allocation. Measured here (2026-11, SQLCipher 4.19, FTS5
  query with snippet over 20,000 documents): median 3.6 ms OFF vs 15.4 ms ON,
  p95 4.2 vs 21.7 ms -- 4-5x slower searches on every keystroke, while it
  cannot protect what Python itself copies (query strings, result rows). We
  wipe the key buffers we own on lock instead (see ``keys.SecretBytes``) and
  rely on disabled core dumps; full-disk encryption covers swap.
* ``journal_mode = WAL`` with ``synchronous = FULL``: a commit that returned is
  on disk; lock and close run a *truncating* checkpoint so deleted content
  does not linger in the WAL.
* ``secure_delete = ON``, ``temp_store = MEMORY``, ``foreign_keys = ON``.

Unlocking runs ``PRAGMA quick_check`` before anything else reads or writes
the database, bounded to :data:`QUICK_CHECK_SECONDS`: damage it finds is
:class:`VaultDamaged` at once (the GUI then offers *Restore from a backup…*),
not a failure later in the middle of work. Every page of a small vault is
checked; a large one is checked as far as the time allows (docs/security.md).
The GUI opens with ``check_later=True``: the check then runs beside the first
page, on a connection and a thread of its own, and nothing is written until
it has passed (:mod:`fieldsafe.vault.unlock_check`).
"""

from __future__ import annotations

import contextlib
import errno
import importlib.resources
import logging
import os
import re
import shutil
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlcipher3

from fieldsafe.atomicfile import fsync_dir, fsync_file, remove_stale_temp_files
from fieldsafe.core.clock import Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.records import RecordId
from fieldsafe.errors import (
    CannotOpen,
    KeyFileMissing,
    MigrationFailed,
    NotAVault,
    StorageFailed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultReadOnly,
    VaultTooNew,
)
from fieldsafe.vault.db import (
    Database,
    connect,
    map_db_error,
    register_index_functions,
    reindex_if_stale,
)
from fieldsafe.vault.keys import (
    SLOT_RECOVERY,
    KeyFile,
    SecretBytes,
    new_db_key,
    new_recovery_code,
)
from fieldsafe.vault.layout import DB_FILE, KEY_FILE, REKEY_FILE, vault_exists
from fieldsafe.vault.leftovers import (
    KEEP_DAYS,
    KEEP_OPENS,
    pre_migration_copies,
    remove_pre_migration_copies,
)
from fieldsafe.vault.lockfile import OpenLock, vault_files_locked
from fieldsafe.vault.maintenance import BACKSTOP_CHECKPOINT_PAGES, Upkeep
from fieldsafe.vault.rekey import export_rekeyed, finish_interrupted, swap_in

if TYPE_CHECKING:
    from collections.abc import Iterator

    from fieldsafe.core.interchange import InterchangeRecord
    from fieldsafe.vault.transfer import ImportResult
    from fieldsafe.vault.unlock_check import UnlockCheck
from fieldsafe.vault.search import highlight_pattern, make_snippet, snippet_text
from fieldsafe.vault.search_sql import SEARCH_LIMIT, SEARCH_WINDOW, raw_search, searched_kinds

log = logging.getLogger("fieldsafe.vault")

PAGE_SIZE = 4096  # SQLCipher 4 default; file sizes are multiples of it
#: the integrity check at unlock stops after this long; measured (2026-11, a
#: loaded 2-core machine): a demo vault of 1,000 logs (6 MB) is checked whole
#: in 0.04-0.07 s, one of 50,000 (300 MB) would take 5 s and is cut short
QUICK_CHECK_SECONDS = 0.15
_SQLITE_INTERRUPT = 9
#: the ``meta`` keys counting towards removing a pre-migration copy
_KEEP = ("pre_migration_since", "pre_migration_opens")
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def _migrations() -> list[tuple[int, str]]:
    folder = importlib.resources.files("fieldsafe.vault") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [n for n, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations are not numbered 1..N")
    return found


MIGRATIONS = _migrations()
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class SearchHit:
    id: RecordId
    kind: str
    title: str
    occurred_at: datetime
    snippet: str  # highlights between HIGHLIGHT_START and HIGHLIGHT_END


class SearchResults(list[SearchHit]):
    """A page of search hits; ``window_full`` is True when more matches
    exist beyond the ranking window (see :meth:`Vault.search`)."""

    window_full: bool = False


class Vault(Database):
    """An unlocked vault. Create with :meth:`create` or :meth:`open`; call
    :meth:`lock` when done (also a context manager). Its repositories
    (``logs``, ``codes``, ``attachments``, ``drafts``, ``journal``,
    ``sharing``, ``plans``, ``incidents``, ``risks``, ``teams``,
    ``backup_schedule``) are the front ends' way to records."""

    def __init__(
        self, directory: Path, conn: sqlcipher3.Connection, db_key: SecretBytes, *, clock: Clock
    ) -> None:
        super().__init__(directory, conn, db_key, clock=clock)
        from fieldsafe.vault.attachments import Attachments
        from fieldsafe.vault.drafts import Drafts
        from fieldsafe.vault.journal import Journal
        from fieldsafe.vault.logs import CodeBook, OutreachLogs

        self.logs = OutreachLogs(self)
        self.codes = CodeBook(self)
        self.attachments = Attachments(self)
        self.drafts = Drafts(self)
        self.journal = Journal(self)
        from fieldsafe.vault.sharing import Sharing

        self.sharing = Sharing(self)
        from fieldsafe.vault.plans import MeetingPlans

        self.plans = MeetingPlans(self)
        from fieldsafe.vault.incidents import Incidents
        from fieldsafe.vault.risk import RiskAssessments

        self.incidents = Incidents(self)
        self.risks = RiskAssessments(self)
        from fieldsafe.vault.teams import Teams

        self.teams = Teams(self, self.sharing)
        from fieldsafe.vault.backup_schedule import BackupSchedule

        self.backup_schedule = BackupSchedule(self)

    def __repr__(self) -> str:
        state = "locked" if self._conn is None else "unlocked"
        return f"<Vault {state}>"

    #: set by :meth:`open` when the recovery code, not the passphrase, opened it
    _unlocked_with_recovery_code = False

    @property
    def unlocked_with_recovery_code(self) -> bool:
        """True when the recovery code opened this vault: the person may have
        forgotten the passphrase (the GUI offers to choose a new one)."""
        return self._unlocked_with_recovery_code

    # -- lifecycle ----------------------------------------------------------
    @classmethod
    def create(
        cls,
        directory: Path,
        passphrase: str,
        *,
        recovery_code: str | None = None,
        clock: Clock | None = None,
    ) -> tuple[Vault, str]:
        """Create a new vault in ``directory`` (which must not hold one).
        Returns the open vault and the recovery code to show the user once."""
        directory = Path(directory)
        if vault_exists(directory):
            raise VaultExists()
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageFailed(exc.errno) from None
        leftovers = [p for p in directory.iterdir() if not p.name.startswith(".")]
        if leftovers:
            raise VaultExists()
        code = recovery_code or new_recovery_code()
        key_file, db_key = KeyFile.create(passphrase, code)
        db_path = directory / DB_FILE
        creating = directory / ".vault.db.creating"
        key_path = directory / KEY_FILE
        key_written = False
        with vault_files_locked(directory):
            try:
                for stale in (creating, Path(f"{creating}-wal"), Path(f"{creating}-shm")):
                    stale.unlink(missing_ok=True)
                fd = os.open(creating, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)  # SQLite keeps these permissions, and gives them to -wal/-shm
                conn = connect(creating, db_key)
                try:
                    conn.execute("PRAGMA journal_mode = DELETE")
                    _migrate(conn, 0, directory=None)
                    conn.execute(
                        "INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)",
                        (str(os.urandom(16).hex()), to_iso((clock or SystemClock()).now())),
                    )
                finally:
                    conn.close()
                fsync_file(creating)
                key_file.save(key_path, overwrite=False)
                key_written = True
                os.replace(creating, db_path)
                fsync_dir(directory)
            except OSError as exc:
                _cleanup(creating, *([key_path] if key_written else []))
                db_key.wipe()
                raise StorageFailed(exc.errno) from None
            except sqlcipher3.Error as exc:
                _cleanup(creating, *([key_path] if key_written else []))
                db_key.wipe()
                raise map_db_error(exc) from None
            except BaseException:
                _cleanup(creating, *([key_path] if key_written else []))
                db_key.wipe()
                raise
        db_key.wipe()
        log.info("vault_created")
        return cls.open(directory, passphrase, clock=clock), code

    @classmethod
    def open(
        cls,
        directory: Path,
        passphrase: str,
        *,
        clock: Clock | None = None,
        check_later: bool = False,
    ) -> Vault:
        """Unlock the vault in ``directory`` with the passphrase or the
        recovery code. Never writes to a vault it cannot fully open. On a
        full disk the vault opens to read only (:attr:`read_only`); a disk
        or folder that fails otherwise is :class:`CannotOpen`.
        ``check_later``: return before the integrity check has finished
        (see :meth:`open_with_key`)."""
        try:
            return cls._unlock(Path(directory), passphrase, clock, check_later=check_later)
        except (CannotOpen, VaultReadOnly):
            raise
        except StorageFailed as exc:
            raise CannotOpen(exc.errno) from None

    @classmethod
    def _unlock(
        cls, directory: Path, passphrase: str, clock: Clock | None, *, check_later: bool
    ) -> Vault:
        key_path, db_path = directory / KEY_FILE, directory / DB_FILE
        try:
            has_key, has_db = key_path.exists(), db_path.exists()
        except OSError as exc:  # e.g. a path too long for the system
            raise CannotOpen(exc.errno) from None
        if not has_key and not has_db:
            raise NotAVault()
        if not has_key:
            raise KeyFileMissing()
        # Held until lock(): no other process can re-encrypt the database
        # between reading the key file and opening the database.
        open_lock = OpenLock.shared(directory)
        try:
            _finish_stopped_restore(directory, clock or SystemClock())
            db_key, slot = KeyFile.load(key_path).unlock_slot(passphrase)
        except BaseException:
            open_lock.release()
            raise
        try:
            with vault_files_locked(directory):  # never while another process writes them
                remove_stale_temp_files(directory)  # e.g. a key file being written at a power cut
                finish_interrupted(directory, db_key)  # a rekey a crash stopped half-way
                from fieldsafe.vault.backup import sweep_restored

                sweep_restored(directory)  # a restore in place stopped half-way
        except OSError as exc:
            db_key.wipe()
            open_lock.release()
            raise StorageFailed(exc.errno) from None
        except BaseException:
            db_key.wipe()
            open_lock.release()
            raise
        vault = cls.open_with_key(
            directory, db_key, clock=clock, open_lock=open_lock, check_later=check_later
        )
        vault._unlocked_with_recovery_code = slot == SLOT_RECOVERY
        return vault

    @classmethod
    def open_with_key(
        cls,
        directory: Path,
        db_key: SecretBytes,
        *,
        clock: Clock | None = None,
        open_lock: OpenLock | None = None,
        check_later: bool = True,
    ) -> Vault:
        """The part of :meth:`open` after key derivation. The vault takes
        ownership of ``db_key`` (wiped on lock or failure) and of
        ``open_lock``. Benchmarks use it to time unlocking apart from the
        deliberate cost of Argon2id, as the GUI unlocks: ``check_later``,
        the integrity check runs beside the first reads and nothing is
        written until it has passed (:meth:`wait_checked`). A vault to be
        migrated, or holding a copy from before a migration, a vault opened
        to read only, and ``check_later=False`` are checked before this returns."""
        directory = Path(directory)
        db_path = directory / DB_FILE
        if open_lock is None:
            open_lock = OpenLock.shared(directory)
        read_only = migrated = False
        check_now = not check_later or bool(pre_migration_copies(directory))
        try:
            try:
                conn, migrated = _open_for_writing(directory, db_key, check=check_now)
            except StorageFailed as exc:
                if not _disk_full(directory, exc):
                    raise
                # SQLite could not size its shared-memory file, or write at all:
                # open to read (docs/security.md, "What happens when…").
                conn, read_only = _open_read_only(db_path, db_key), True
        except BaseException:
            db_key.wipe()
            open_lock.release()
            raise
        log.info("vault_unlocked_read_only" if read_only else "vault_unlocked")
        # Upkeep starts with the first write, never at open: a vault that
        # turns out to be damaged must not be written to by merely opening it.
        vault = cls(directory, conn, db_key, clock=clock or SystemClock())
        vault._open_lock = open_lock
        vault._read_only = read_only
        if not (check_now or migrated or read_only):  # else checked already
            from fieldsafe.vault.unlock_check import UnlockCheck

            vault._unlock_check = UnlockCheck(lambda: connect(db_path, db_key), QUICK_CHECK_SECONDS)
        if not read_only:
            vault._forget_pre_migration_copies(migrated=migrated)
        return vault

    #: the integrity check still running after an open with ``check_later``
    _unlock_check: UnlockCheck | None = None

    def wait_checked(self, timeout: float | None = None) -> None:
        """Block until the integrity check of the unlock has finished (at
        once if it ran before the open returned); raise what it found, such
        as :class:`VaultDamaged`, or :class:`VaultBusy` after ``timeout``."""
        check = self._unlock_check
        if check is not None:
            check.wait(timeout)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """As :meth:`Database.transaction`, once the integrity check of the
        unlock has passed: a vault it finds damaged is never written to."""
        if self._unlock_check is not None:
            self._unlock_check.wait()
        with super().transaction() as db:
            yield db

    def _forget_pre_migration_copies(self, *, migrated: bool) -> None:
        """Count this open against the copy kept before a schema change; once
        the vault has been opened ``KEEP_OPENS`` times since, or ``KEEP_DAYS``
        days have passed, and it verifies, overwrite and remove the copy (see
        :mod:`fieldsafe.vault.leftovers`). Writes nothing without a copy, and
        never fails the open: a damaged vault keeps its copy."""
        copies = pre_migration_copies(self.directory)
        if not copies:
            return
        now = self.clock.now()
        try:
            with self.transaction() as db:
                rows = dict(db.execute("SELECT key, value FROM meta WHERE key IN (?, ?)", _KEEP))
                if migrated or _KEEP[0] not in rows:
                    since, opens = now, 0
                else:
                    since, opens = from_iso(rows[_KEEP[0]]), int(rows.get(_KEEP[1], 0)) + 1
                db.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    zip(_KEEP, (to_iso(since), str(opens)), strict=True),
                )
            if opens < KEEP_OPENS and now - since < timedelta(days=KEEP_DAYS):
                return
            self.verify()
            remove_pre_migration_copies(copies)
            with self.transaction() as db:
                db.execute("DELETE FROM meta WHERE key IN (?, ?)", _KEEP)
        except (VaultError, OSError, ValueError) as exc:
            log.warning("pre_migration_copy_kept", exc_info=(type(exc), exc, None))
            return
        log.info("pre_migration_copy_removed", extra={"counts": {"files": len(copies)}})

    def lock(self) -> None:
        """Checkpoint (truncating the WAL), close, and wipe the key. Idempotent."""
        from fieldsafe.vault.stable import wait_for_readers

        if self._unlock_check is not None:
            self._unlock_check.stop()  # its connection holds the key
        with self._lock:
            wait_for_readers(self)  # a backup or verify on a connection of its own
            self._upkeep.stop()
            conn, self._conn = self._conn, None
            if conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
                log.info("vault_locked")
            self._db_key.wipe()
            self._open_lock.release()

    close = lock

    def wait_for_upkeep(self, timeout: float = 30.0) -> bool:
        """Block until background index merging and checkpointing are done
        (benchmarks and tests; the app never needs to wait)."""
        return self._upkeep.wait_idle(timeout)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- search ---------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        kinds: Sequence[str] | None = None,
        include_private: bool = False,
        limit: int = SEARCH_LIMIT,
        offset: int = 0,
        window: int | None = SEARCH_WINDOW,
    ) -> SearchResults:
        """Ranked full-text search over every record kind, with snippets.
        Private kinds (the journal) are left out unless ``include_private``.

        Ranking is over the ``window`` most recently written matching records
        of the kinds searched (all of them when ``window`` is None). Ranking
        every match of a common word costs time in proportion to the whole
        vault; with the window a search costs about the same at 200,000
        records as at 50,000, and recent records are what people look for.
        ``results.window_full`` tells the UI to say that older matches exist
        (more words narrow the search). Words found in very many records
        match without weighing in the ranking; the statements, and why, are
        in :mod:`fieldsafe.vault.search_sql`."""
        wanted = searched_kinds(kinds, include_private=include_private)
        with self.reading() as db:
            rows, full = raw_search(
                db, query, limit=limit, offset=offset, window=window, kinds=wanted
            )
        results = SearchResults()
        results.window_full = full
        if rows:
            pattern = highlight_pattern(query)
            results.extend(
                SearchHit(
                    RecordId(r[0]),
                    r[1],
                    r[2],
                    from_iso(r[3]),
                    make_snippet(snippet_text(r[1], r[4]), pattern, title=r[2]),
                )
                for r in rows
            )
        return results

    # -- maintenance ----------------------------------------------------------
    def verify(self) -> None:
        """Full integrity check: every page's HMAC and ``PRAGMA
        integrity_check`` (which runs FTS5's check of the search index too);
        :class:`VaultDamaged` if any problem is found. Reads on a connection
        of its own, so the window's reads and saves go on meanwhile (see
        :func:`fieldsafe.vault.stable.check_vault`)."""
        from fieldsafe.vault.stable import check_vault

        check_vault(self)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise :class:`WrongPassphrase` unless ``passphrase`` (or the
        recovery code) opens this vault's key file. Slow by design
        (Argon2id): call it off the GUI thread. Used by the journal lock."""
        KeyFile.load(self.directory / KEY_FILE).unlock(passphrase).wipe()

    def change_passphrase(self, old: str, new: str, *, rekey: bool = False) -> str | None:
        """Re-wrap the database key under ``new``; the old passphrase stops
        working at once, and ``old`` is checked before anything is written.

        Without ``rekey`` the database key stays the same: the recovery code
        keeps working, and an earlier copy of the key file still opens the
        database with the old passphrase. With ``rekey`` the database is
        re-encrypted under a new random key and the recovery code is replaced
        too: returns the new code, to show once. Afterwards no earlier key
        file, passphrase or recovery code opens the database (crash-safe, see
        :mod:`fieldsafe.vault.rekey`). Backups made earlier keep the keys
        they were made with. Slow by design (Argon2id, and a full copy of the
        database with ``rekey``): call it off the GUI thread."""
        key_path = self.directory / KEY_FILE
        with vault_files_locked(self.directory):  # one key change at a time, in any process
            current = KeyFile.load(key_path)
            if not rekey:
                current.with_new_passphrase(old, new).save(key_path)
                log.info("passphrase_changed")
                return None
            current.unlock(old).wipe()  # WrongPassphrase before anything is written
            code = new_recovery_code()
            new_key = new_db_key()
            try:
                key_file = KeyFile.wrap(new_key, new, code)
                with self._open_lock.exclusive():  # VaultBusy while others have it open
                    self._rekey(key_file, new_key)
            except BaseException:
                if new_key is not self._db_key:
                    new_key.wipe()
                raise
        log.info("vault_rekeyed")
        return code

    def _rekey(self, key_file: KeyFile, new_key: SecretBytes) -> None:
        db_path = self.directory / DB_FILE
        with self._lock:
            conn = self._connection()
            try:
                export_rekeyed(conn, self.directory / REKEY_FILE, new_key)
            except sqlcipher3.Error as exc:
                (self.directory / REKEY_FILE).unlink(missing_ok=True)
                raise map_db_error(exc) from None
            except OSError as exc:
                (self.directory / REKEY_FILE).unlink(missing_ok=True)
                raise StorageFailed(exc.errno) from None
            key_file.save(self.directory / KEY_FILE)  # the switch (vault/rekey.py)
            self._upkeep.stop()
            self._conn = None
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            # The change has happened: the key file holds the new key. From
            # here nothing may report it as failed, or the new recovery code
            # (shown only by the caller) would be lost. Until the new
            # connection is open the vault behaves as locked; if opening fails,
            # it stays locked and the next unlock finishes the swap.
            self._db_key.wipe()
            self._db_key = new_key
            try:
                swap_in(self.directory)
            except OSError:
                log.warning("rekey_swap_deferred")
                return
            try:
                # Copies kept before a schema change are under the old key: the
                # old secrets must open nothing written before the change either.
                remove_pre_migration_copies(pre_migration_copies(self.directory))
            except OSError:
                log.warning("pre_migration_copy_kept")
            try:
                self._conn = _configure(_open_existing(db_path, new_key))
            except (OSError, sqlcipher3.Error, VaultError):
                log.warning("rekey_reopen_failed")
                return
            self._upkeep = Upkeep(lambda: connect(db_path, new_key))

    def erase(self) -> None:
        """Lock, then crypto-erase this vault (see :mod:`fieldsafe.vault.erase`)."""
        from fieldsafe.vault.erase import crypto_erase

        self.lock()
        with vault_files_locked(self.directory):
            crypto_erase(self.directory)
        log.info("vault_erased")

    def backup(self, destination: Path, *, overwrite: bool = False) -> None:
        """Write an encrypted backup file (see :mod:`fieldsafe.vault.backup`)."""
        from fieldsafe.vault.backup import write_backup

        write_backup(self, Path(destination), overwrite=overwrite)

    @staticmethod
    def restore(backup_file: Path, directory: Path, passphrase: str) -> None:
        """Restore an encrypted backup into a new, empty ``directory``
        (see :func:`fieldsafe.vault.backup.restore_backup`)."""
        from fieldsafe.vault.backup import restore_backup

        restore_backup(Path(backup_file), Path(directory), passphrase)

    @staticmethod
    def restore_in_place(
        backup_file: Path, directory: Path, passphrase: str, *, clock: Clock | None = None
    ) -> Path:
        """Put an encrypted backup in place of the damaged vault in
        ``directory``; returns the folder beside it where the damaged files
        were moved, named with today's date (see
        :func:`fieldsafe.vault.backup.restore_in_place`). Slow (key derivation
        and a check of every page): call it off the GUI thread."""
        from fieldsafe.vault.backup import restore_in_place

        stamp = (clock or SystemClock()).now().date().isoformat()
        aside = restore_in_place(Path(backup_file), Path(directory), passphrase, stamp=stamp)
        log.info("vault_restored_in_place")
        return aside

    def import_records(self, records: Iterable[InterchangeRecord]) -> ImportResult:
        """Import interchange records all or nothing
        (see :func:`fieldsafe.vault.transfer.import_records`)."""
        from fieldsafe.vault.transfer import import_records

        return import_records(self, records)

    def import_file(self, source: Path | BinaryIO) -> ImportResult:
        """Import an interchange file as it is read, all or nothing, in
        bounded memory (see :func:`fieldsafe.vault.transfer.import_file`)."""
        from fieldsafe.vault.transfer import import_file

        return import_file(self, source)

    def export_file(
        self,
        destination: Path,
        *,
        kinds: Sequence[str] | None = None,
        include_private: bool = False,
        overwrite: bool = False,
    ) -> int:
        """Write a PLAINTEXT interchange file atomically; returns the number of
        records (see :func:`fieldsafe.vault.transfer.export_file`)."""
        from fieldsafe.vault.transfer import export_file

        return export_file(
            self, destination, kinds=kinds, include_private=include_private, overwrite=overwrite
        )

    def add_demo_records(self, count: int, *, seed: int | str | None = None) -> int:
        """Add ``count`` fictional outreach logs, the same for the same seed
        (see :func:`fieldsafe.vault.transfer.add_demo_records`)."""
        from fieldsafe.core.demo import DEFAULT_SEED
        from fieldsafe.vault.transfer import add_demo_records

        return add_demo_records(self, count, seed=DEFAULT_SEED if seed is None else seed)

    def add_demo_safety_records(
        self, *, incidents: int, seed: int | str | None = None, until: datetime | None = None
    ) -> tuple[int, int]:
        """Add one fictional risk assessment per starter template and
        ``incidents`` fictional incidents, linked to demo logs already here;
        returns (assessments, incidents) added (see
        :func:`fieldsafe.vault.incidents.add_demo_safety_records`)."""
        from fieldsafe.core.demo import DEFAULT_SEED
        from fieldsafe.vault.incidents import add_demo_safety_records

        return add_demo_safety_records(
            self, incidents=incidents, seed=DEFAULT_SEED if seed is None else seed, until=until
        )


def create_demo_vault(
    directory: Path,
    passphrase: str,
    *,
    records: int,
    seed: int | str | None = None,
    until: datetime | None = None,
    clock: Clock | None = None,
) -> tuple[Vault, str]:
    """Create a NEW vault in ``directory`` filled with ``records`` fictional
    outreach logs. Returns the open vault and its recovery code, as
    :meth:`Vault.create` does. Refuses an existing vault (:class:`VaultExists`).

    Pass ``until`` for a vault that is identical run after run (by default
    the dates lead up to now)."""
    from fieldsafe.core.demo import DEFAULT_SEED
    from fieldsafe.vault.transfer import add_demo_records

    vault, code = Vault.create(Path(directory), passphrase, clock=clock)
    try:
        add_demo_records(vault, records, seed=DEFAULT_SEED if seed is None else seed, until=until)
    except BaseException:
        vault.lock()
        raise
    return vault, code


# -- helpers --------------------------------------------------------------------


def _cleanup(*paths: Path) -> None:
    for path in paths:
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            with contextlib.suppress(OSError):
                candidate.unlink()


def _configure(conn: sqlcipher3.Connection) -> sqlcipher3.Connection:
    """The settings of an open vault's connection (see the module docstring)."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    # Upkeep checkpoints in the background; this is only the backstop
    # should it fall far behind (see vault.maintenance).
    conn.execute(f"PRAGMA wal_autocheckpoint = {int(BACKSTOP_CHECKPOINT_PAGES)}")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _open_existing(
    db_path: Path, db_key: SecretBytes, *, read_only: bool = False, check: bool = True
) -> sqlcipher3.Connection:
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        raise VaultDamaged() from None
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    if size == 0 or size % PAGE_SIZE:
        raise VaultDamaged()
    try:
        conn = connect(db_path, db_key)
    except sqlcipher3.Error as exc:
        raise map_db_error(exc) from None
    try:
        if read_only:
            # Before the first read: with exclusive locking SQLite keeps the
            # WAL index in memory, so it needs no -shm file it cannot size on
            # a full disk (a `mode=ro` open still does). It holds the vault's
            # file lock until closed; query_only refuses every write.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        wal = Path(f"{db_path}-wal")
        if pages * PAGE_SIZE > size and not (wal.exists() and wal.stat().st_size > 0):
            raise VaultDamaged()
        if check:
            _quick_check(conn)
    except sqlcipher3.Error as exc:
        conn.close()
        raise map_db_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _quick_check(conn: sqlcipher3.Connection) -> None:
    """``PRAGMA quick_check`` for at most :data:`QUICK_CHECK_SECONDS`: every
    page it reaches is decrypted and its HMAC checked, and each b-tree's
    structure. Damage found is :class:`VaultDamaged`; a check cut short by
    the time limit found none so far and is not an error."""
    if QUICK_CHECK_SECONDS <= 0:
        return
    deadline = time.monotonic() + QUICK_CHECK_SECONDS
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 100)
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlcipher3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code == _SQLITE_INTERRUPT:
            log.info("quick_check_cut_short")
            return
        raise
    finally:
        conn.set_progress_handler(None, 0)
    if rows != [("ok",)]:
        log.warning("quick_check_found_damage")
        raise VaultDamaged()


def _finish_stopped_restore(directory: Path, clock: Clock) -> None:
    """A restore in place stopped after the damaged database went aside:
    its checked backup goes in now, before the key file is read (the
    backup's key file is the one the passphrase unlocks), see
    :func:`fieldsafe.vault.backup.finish_restore`."""
    from fieldsafe.vault.backup import RESTORED_DIR, finish_restore

    try:
        stopped = (directory / RESTORED_DIR).exists()
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    if stopped:
        with vault_files_locked(directory):
            finish_restore(directory, stamp=clock.now().date().isoformat())


def _open_for_writing(
    directory: Path, db_key: SecretBytes, *, check: bool = True
) -> tuple[sqlcipher3.Connection, bool]:
    """Open, configure and migrate the vault's database; whether it was
    migrated. Typed errors only. ``check=False`` leaves the integrity check
    to the caller, unless the vault is to be migrated (checked first)."""
    conn = _open_existing(directory / DB_FILE, db_key, check=check)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise VaultTooNew(version, SCHEMA_VERSION)
        _configure(conn)
        if version < SCHEMA_VERSION:
            if not check:
                _quick_check(conn)  # never migrate a damaged vault
            _migrate(conn, version, directory=directory, db_key=db_key)
        reindex_if_stale(conn)
    except sqlcipher3.Error as exc:
        conn.close()
        raise map_db_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn, version < SCHEMA_VERSION


def _open_read_only(db_path: Path, db_key: SecretBytes) -> sqlcipher3.Connection:
    """The database to read only, on a full disk (see :func:`_open_existing`).
    A vault that must be migrated first cannot be: that needs space."""
    conn = _open_existing(db_path, db_key, read_only=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise VaultTooNew(version, SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            raise CannotOpen(errno.ENOSPC)
        conn.execute("PRAGMA busy_timeout = 10000")
    except sqlcipher3.Error as exc:
        conn.close()
        raise map_db_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


#: below this much free space an I/O error at open is taken for a full disk
_FULL_BELOW = 1024 * 1024


def _disk_full(directory: Path, error: StorageFailed) -> bool:
    """Whether opening failed because the disk is full: SQLite said so, or an
    I/O error (how SQLite reports a -shm file it cannot size) on a disk with
    almost no space, or no free inodes, left."""
    if error.errno == errno.ENOSPC:
        return True
    if error.errno not in (errno.EIO, None):
        return False
    try:
        stats = os.statvfs(directory)
    except OSError:
        return False
    no_inodes = stats.f_files > 0 and stats.f_favail == 0
    return stats.f_bavail * stats.f_frsize < _FULL_BELOW or no_inodes


def _migrate(
    conn: sqlcipher3.Connection,
    current: int,
    *,
    directory: Path | None,
    db_key: SecretBytes | None = None,
) -> None:
    """Apply migrations above ``current``, each with its version bump in one
    transaction. An existing vault is backed up first."""
    if current and directory is not None and db_key is not None:
        _pre_migration_backup(conn, directory, current)
    register_index_functions(conn)  # migrations that fill the search index call them
    for number, sql in MIGRATIONS:
        if number <= current:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            _run_script(conn, sql)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except sqlcipher3.Error:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise MigrationFailed() from None
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        log.info("migrated", extra={"counts": {"version": number}})


def _run_script(conn: sqlcipher3.Connection, sql: str) -> None:
    """Run a migration's statements inside the caller's transaction
    (``executescript`` would commit on its own)."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            if statement.strip():
                conn.execute(statement)
            statement = ""
    if statement.strip() and not all(
        part.strip().startswith("--") or not part.strip() for part in statement.splitlines()
    ):
        raise RuntimeError("incomplete statement in migration")


def _pre_migration_backup(conn: sqlcipher3.Connection, directory: Path, version: int) -> None:
    """Copy the encrypted database aside before changing its schema."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = directory / f"pre-migration-v{version}.db"
    if target.exists():
        return
    tmp = directory / f".pre-migration-v{version}.db.tmp"
    try:
        # Owner-only from its first byte, like vault.db (not the umask's mode).
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        # (created here, then filled: copyfile keeps an existing file's mode)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        shutil.copyfile(directory / DB_FILE, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailed(exc.errno) from None
