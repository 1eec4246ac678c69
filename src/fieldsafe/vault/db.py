"""The vault's database, as the repositories see it: one keyed SQLCipher
connection, transactions, and the generic record store every kind shares.

:class:`Database` is what ``vault.logs``, ``vault.journal``, ``vault.plans``
and the other repositories hold; :class:`~fieldsafe.vault.store.Vault` is a
``Database`` that also knows how to create, unlock, lock, search and back up
a vault, and carries the repositories. So the repositories never import the
``Vault`` that imports them: imports inside ``vault/`` go one way
(``store`` -> repositories -> ``db``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldsafe.core.clock import Clock, from_iso, to_iso
from fieldsafe.core.records import (
    KINDS,
    RecordFilter,
    RecordId,
    RecordSummary,
    kind_spec,
    normalise_code,
)
from fieldsafe.errors import (
    NotFound,
    StorageFailed,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultLocked,
    VaultReadOnly,
)
from fieldsafe.vault.keys import SecretBytes
from fieldsafe.vault.layout import DB_FILE
from fieldsafe.vault.lockfile import OpenLock
from fieldsafe.vault.maintenance import Upkeep, merge_fully
from fieldsafe.vault.search import alias_text, index_text

# -- the stored form of a record's fields -----------------------------------------
# records.fields and record_versions.fields hold a record's fields as compact
# JSON without the fields that hold their empty value (schema 10; see
# KindSpec.compact). :func:`read_fields` gives back the whole dict validate
# gave (the generic readers below use it; the repositories' own queries
# expand or validate what they read). SQL that reads one field with
# json_extract meets NULL for a field left out (as it did for a null), so a
# comparison with '' is written coalesce(json_extract(...), '') <> ''.


def stored_fields(kind: str, fields: dict[str, Any]) -> str:
    """The JSON ``records.fields`` holds for validated ``fields``."""
    return json.dumps(KINDS[kind].compact(fields), ensure_ascii=False, separators=(",", ":"))


def read_fields(kind: str, stored: str) -> dict[str, Any]:
    """A record's whole fields from their stored JSON (compact, or full as
    schemas before 10 wrote them)."""
    return KINDS[kind].expand(json.loads(stored))


@dataclass(frozen=True)
class StoredRecord:
    """A record as the generic store holds it (used by interchange/backup)."""

    id: RecordId
    kind: str
    fields: dict[str, Any]
    created_at: str
    updated_at: str


# -- the search index ------------------------------------------------------------
# ``search_index`` is a contentless FTS5 table (migration 0009): it holds the
# words of each indexed record (title, searchable text, Arabic alias forms, in
# the form :func:`index_text` gives them) and the record's kind, never a copy
# of the text itself; the text is read from ``records``. A contentless table
# cannot look up what it indexed, so removing an entry means handing FTS5 the
# very values that were indexed: :func:`unindex` rebuilds them from the
# record's stored fields with the same :func:`index_entry`. With the index's
# 'secure-delete' option FTS5 then removes those words from the index pages
# at once (a ``contentless_delete`` table would only mark the entry deleted
# and leave its words readable until a merge: measured with SQLite 3.53).
# So whatever :func:`index_entry` returns for stored fields must never change
# without a migration that rebuilds the index; INDEX_TEXT_VERSION and the
# Unicode version (:func:`index_text_version`) are kept in ``meta`` and a
# change rebuilds it (:func:`reindex_if_stale`).

#: bump when :func:`index_entry` would index stored fields differently
#: (index_text, alias_text, a kind's searchable fields or title); the next
#: unlock then rebuilds the index (tests/vault/test_storage_index.py pins it)
INDEX_TEXT_VERSION = 1
_INDEX_TEXT_KEY = "search_index_text"


def index_entry(kind: str, fields: dict[str, Any]) -> tuple[str, str, str] | None:
    """The (title, body, aliases) the index holds for a record, or None when
    the kind is not searched (the code book)."""
    spec = KINDS[kind]
    if not spec.indexed:
        return None
    title = fields.get(spec.title_field) or ""
    body = spec.search_text(fields)
    return index_text(title), index_text(body), alias_text(f"{title}\n{body}")


def unindex(db: sqlcipher3.Connection, seq: int, kind: str, fields: dict[str, Any]) -> None:
    """Remove record ``seq``'s index entry, given the fields it was indexed
    with (see the comment above :func:`index_entry`)."""
    entry = index_entry(kind, fields)
    if entry is None:
        return
    if db.execute("SELECT 1 FROM search_index WHERE rowid = ?", (seq,)).fetchone() is None:
        return  # never indexed: a 'delete' of words that are not there would corrupt the index
    db.execute(
        "INSERT INTO search_index (search_index, rowid, kind, title, body, aliases)"
        " VALUES ('delete', ?, ?, ?, ?, ?)",
        (seq, kind, *entry),
    )


def index_text_version() -> str:
    """What the index's words depend on besides the stored fields."""
    return f"{INDEX_TEXT_VERSION}/unicode {unicodedata.unidata_version}"


def register_index_functions(conn: sqlcipher3.Connection) -> None:
    """SQL functions for filling the index from ``records`` in SQL (migration
    0009, :func:`reindex_if_stale`): ``fieldsafe_index(kind, fields_json,
    part)`` is part 0, 1 or 2 of :func:`index_entry` (NULL for a kind not
    searched); ``fieldsafe_index_text_version()`` is :func:`index_text_version`.
    And for migration 0010: ``fieldsafe_compact(kind, fields_json)`` is the
    stored form of those fields (:func:`stored_fields` of :func:`read_fields`)."""
    last: list[Any] = [None, None]

    def part(kind: str, fields: str, number: int) -> str | None:
        if last[0] != (kind, fields):  # called three or four times a row: parse once
            last[:] = [(kind, fields), index_entry(kind, json.loads(fields))]
        entry = last[1]
        return None if entry is None else entry[number]

    conn.create_function("fieldsafe_index", 3, part, deterministic=True)
    conn.create_function("fieldsafe_index_text_version", 0, index_text_version)
    conn.create_function(
        "fieldsafe_compact",
        2,
        lambda kind, fields: stored_fields(kind, read_fields(kind, fields)),
        deterministic=True,
    )


#: FTS5's 'hashsize' while the whole index is filled at once (as migration
#: 0009 does): fewer, larger segments to merge; then its default again
BULK_HASH_BYTES, DEFAULT_HASH_BYTES = 32 * 1024 * 1024, 1024 * 1024

#: fills an empty index from every record (with :func:`register_index_functions`)
REINDEX_SQL = (
    "INSERT INTO search_index (rowid, kind, title, body, aliases)"
    " SELECT seq, kind, fieldsafe_index(kind, fields, 0), fieldsafe_index(kind, fields, 1),"
    " fieldsafe_index(kind, fields, 2) FROM records"
    " WHERE fieldsafe_index(kind, fields, 0) IS NOT NULL ORDER BY seq"
)


def reindex_if_stale(conn: sqlcipher3.Connection) -> bool:
    """Rebuild the index when its words were made by another
    :func:`index_text_version` than this one (a newer FieldSafe, or the
    same with a newer Unicode), in one transaction; whether it did. Called
    at unlock, after migrations, on the writing connection."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_INDEX_TEXT_KEY,)).fetchone()
    if row is not None and row[0] == index_text_version():
        return False
    register_index_functions(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Every entry goes at once (FTS5 drops the index's pages; with
        # secure_delete they are overwritten) and is written again.
        conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        conn.execute(
            "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)",
            (BULK_HASH_BYTES,),
        )
        conn.execute(REINDEX_SQL)
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        conn.execute(
            "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)",
            (DEFAULT_HASH_BYTES,),
        )
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (_INDEX_TEXT_KEY, index_text_version()),
        )
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise
    return True


#: how long a statement waits for another connection's write (``PRAGMA busy_timeout``)
BUSY_TIMEOUT_MS = 10_000

# SQLite primary result codes (sqlite3.h)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY = 5, 6, 7, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26


def map_db_error(exc: Exception) -> VaultError:
    """Turn a database exception into a typed error by SQLite's result code:
    only corruption or a wrong key is "damaged"; a busy vault, a full or
    read-only disk and I/O errors are not the vault's fault and must never
    send someone to their backups."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return VaultBusy()
    if primary == _SQLITE_FULL:
        return StorageFailed(errno.ENOSPC)
    if primary == _SQLITE_READONLY:
        return StorageFailed(errno.EROFS)
    if primary in (_SQLITE_IOERR, _SQLITE_NOMEM):
        return StorageFailed(errno.EIO)
    if primary == _SQLITE_CANTOPEN:
        return StorageFailed()
    return VaultDamaged()


class Database:
    """An open vault database (see the module docstring). Thread-safe: one
    lock serialises every statement of the GUI thread and the workers."""

    def __init__(
        self, directory: Path, conn: sqlcipher3.Connection, db_key: SecretBytes, *, clock: Clock
    ) -> None:
        self.directory = directory
        self._conn: sqlcipher3.Connection | None = conn
        self._db_key = db_key
        self._lock = threading.RLock()
        self._depth = 0
        self.clock = clock
        self._upkeep = Upkeep(lambda: connect(directory / DB_FILE, db_key))
        self._open_lock = OpenLock(None)  # Vault.open gives it the process's shared lock
        self._read_only = False  # Vault.open sets it when the disk was full

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def read_only(self) -> bool:
        """True when the vault was opened to read only because the disk was
        full: every write raises :class:`VaultReadOnly` until it is opened again."""
        return self._read_only

    def _connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """``with vault.transaction() as db:`` — all or nothing. Nested calls
        join the outer transaction (savepoints would add nothing we use)."""
        with self._lock:
            conn = self._connection()
            if self._read_only:
                raise VaultReadOnly()
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            with self._upkeep.writing():  # a merge step in progress ends first
                try:
                    conn.execute("BEGIN IMMEDIATE")
                except sqlcipher3.Error as exc:
                    raise map_db_error(exc) from None
                self._depth = 1
                try:
                    yield conn
                    conn.execute("COMMIT")
                    self._upkeep.written()
                except sqlcipher3.Error as exc:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise map_db_error(exc) from None
                except BaseException:
                    with contextlib.suppress(sqlcipher3.Error):
                        conn.execute("ROLLBACK")
                    raise
                finally:
                    self._depth = 0

    @contextlib.contextmanager
    def patience(self, seconds: float) -> Iterator[None]:
        """Within the block, wait at most ``seconds`` for the vault instead of
        the usual :data:`BUSY_TIMEOUT_MS`: for this connection's lock (another
        thread's statement) and for each statement's busy wait (another
        connection's write); then :class:`VaultBusy`. For the GUI thread at
        lock, which must answer at once."""
        if not self._lock.acquire(timeout=seconds):
            raise VaultBusy()
        try:
            conn = self._conn
            if conn is not None:
                conn.execute(f"PRAGMA busy_timeout = {max(1, int(seconds * 1000))}")
            try:
                yield
            finally:
                still = self._conn
                if still is conn and still is not None:  # not closed meanwhile (lock)
                    with contextlib.suppress(sqlcipher3.Error):
                        still.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        finally:
            self._lock.release()

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlcipher3.Connection]:
        """Serialised read access; database errors become typed errors."""
        with self._lock:
            conn = self._connection()
            try:
                yield conn
            except sqlcipher3.Error as exc:
                if self._read_only and isinstance(map_db_error(exc), StorageFailed):
                    raise VaultReadOnly() from None  # a write that bypassed transaction()
                raise map_db_error(exc) from None

    def merge_index(self, *, whole: bool = True) -> None:
        """Merge the search index in short steps (see
        :func:`~fieldsafe.vault.maintenance.merge_fully`; ``whole``: into
        one segment): the end of a bulk write (an import, a demo vault), so
        that the saves after it do not inherit its many small segments nor
        wait behind the background merging of them."""
        merge_fully(self.transaction, whole=whole)
        with self.reading() as db:  # and what the bulk write left in the WAL goes home
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    # -- generic record store (every kind) ----------------------------------
    def put_record(
        self,
        db: sqlcipher3.Connection,
        *,
        record_id: RecordId,
        kind: str,
        fields: dict[str, Any],
        created_at: str | None = None,
        updated_at: str | None = None,
    ) -> int:
        """Insert or replace one validated record, its index entry and its
        facets; an edit keeps the replaced fields as an earlier version.
        Call inside :meth:`transaction`. Returns the record's ``seq``."""
        spec = KINDS[kind]
        now = to_iso(self.clock.now())
        row = db.execute(
            "SELECT seq, kind, fields, updated_at FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        title = fields.get(spec.title_field) or ""
        occurred = fields.get(spec.time_field) or now
        payload = stored_fields(kind, fields)
        if row is None:
            cur = db.execute(
                "INSERT INTO records (id, kind, occurred_at, created_at, updated_at, title, fields)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record_id, kind, occurred, created_at or now, updated_at or now, title, payload),
            )
            seq = int(cur.lastrowid)
        else:
            seq = int(row[0])
            earlier = read_fields(row[1], row[2])
            if earlier == spec.expand(fields):
                return seq  # nothing changed: no new version, no new time
            db.execute(
                "INSERT INTO record_versions (seq, saved_at, fields) VALUES (?, ?, ?)",
                (seq, row[3], stored_fields(row[1], earlier)),
            )
            db.execute(
                "UPDATE records SET occurred_at = ?, updated_at = ?, title = ?, fields = ? WHERE seq = ?",
                (occurred, updated_at or now, title, payload, seq),
            )
            unindex(db, seq, row[1], earlier)
            db.execute("DELETE FROM record_facets WHERE seq = ?", (seq,))
        entry = index_entry(kind, fields)
        if entry is not None:
            db.execute(
                "INSERT INTO search_index (rowid, kind, title, body, aliases) VALUES (?, ?, ?, ?, ?)",
                (seq, kind, *entry),
            )
        db.executemany(
            "INSERT INTO record_facets (facet, value, seq) VALUES (?, ?, ?)",
            [(facet, value, seq) for facet, value in spec.facets(fields)],
        )
        return seq

    def delete_record(self, db: sqlcipher3.Connection, record_id: RecordId, *, kind: str) -> bool:
        """Delete a record with everything that holds any of it, in the
        caller's transaction: its index entry (:func:`unindex`), its drafts
        and what was last exchanged for it (here), its facets, earlier
        versions, attachments and debrief reminder (foreign-key cascade).
        secure_delete overwrites the freed space; the truncating checkpoint
        on lock empties the WAL.
        ``tests/security/test_deletion.py`` holds every table to this."""
        row = db.execute(
            "SELECT seq, fields FROM records WHERE id = ? AND kind = ?", (record_id, kind)
        ).fetchone()
        if row is None:
            return False
        unindex(db, row[0], kind, read_fields(kind, row[1]))
        db.execute("DELETE FROM records WHERE seq = ?", (row[0],))
        db.execute("DELETE FROM drafts WHERE record_id = ?", (record_id,))
        db.execute("DELETE FROM exchange_bases WHERE record_id = ?", (record_id,))
        return True

    def delete(self, record_id: RecordId) -> str:
        """Delete one record of any kind, private kinds included, with
        everything that belongs to it (:meth:`delete_record`); returns its
        kind. :class:`NotFound` when there is no such record."""
        with self.transaction() as db:
            row = db.execute("SELECT kind FROM records WHERE id = ?", (record_id,)).fetchone()
            if row is None or not self.delete_record(db, record_id, kind=row[0]):
                raise NotFound()
        return str(row[0])

    def record_seq(
        self, db: sqlcipher3.Connection, record_id: RecordId, *, kind: str
    ) -> int | None:
        row = db.execute(
            "SELECT seq FROM records WHERE id = ? AND kind = ?", (record_id, kind)
        ).fetchone()
        return None if row is None else int(row[0])

    def versions(self, record_id: RecordId) -> list[tuple[str, dict[str, Any]]]:
        """Earlier versions of a record, newest first: (saved_at, fields)."""
        with self.reading() as db:
            rows = db.execute(
                "SELECT v.saved_at, v.fields, r.kind FROM record_versions v"
                " JOIN records r ON r.seq = v.seq WHERE r.id = ? ORDER BY v.version_seq DESC",
                (record_id,),
            ).fetchall()
        return [(r[0], read_fields(r[2], r[1])) for r in rows]

    def get_record(self, record_id: RecordId, *, kind: str | None = None) -> StoredRecord | None:
        with self.reading() as db:
            row = db.execute(
                "SELECT id, kind, fields, created_at, updated_at FROM records WHERE id = ?",
                (record_id,),
            ).fetchone()
        if row is None or (kind is not None and row[1] != kind):
            return None
        return StoredRecord(RecordId(row[0]), row[1], read_fields(row[1], row[2]), row[3], row[4])

    def iter_records(self, *, kinds: Sequence[str] | None = None) -> Iterator[StoredRecord]:
        """Every record of the given kinds, oldest first (for export/backup)."""
        wanted = list(kinds) if kinds is not None else list(KINDS)
        placeholders = ",".join("?" * len(wanted))
        with self.reading() as db:
            rows = db.execute(
                f"SELECT id, kind, fields, created_at, updated_at FROM records WHERE kind IN ({placeholders})"  # noqa: S608 - placeholders only
                " ORDER BY seq",
                wanted,
            ).fetchall()
        for row in rows:
            yield StoredRecord(
                RecordId(row[0]), row[1], read_fields(row[1], row[2]), row[3], row[4]
            )

    def summaries(
        self,
        kind: str,
        *,
        after: RecordSummary | None = None,
        offset: int = 0,
        limit: int = 200,
        where: RecordFilter | None = None,
    ) -> list[RecordSummary]:
        """A page of a kind's records, newest first, without their bodies,
        narrowed by ``where``. Pass the last summary of the previous page as
        ``after``: each page then costs the same however deep the list is
        scrolled (OFFSET would scan)."""
        kind_spec(kind)
        clauses, params = _filter_clauses(where)
        if after is not None:
            clauses.append("(occurred_at, seq) < (?, ?)")
            params += [to_iso(after.occurred_at), after.position]
        # Only fixed fragments with "?" placeholders are joined; values are bound.
        sql = (
            "SELECT id, occurred_at, title, seq FROM records WHERE kind = ?"  # noqa: S608 - fixed fragments
            + "".join(" AND " + c for c in clauses)
            + " ORDER BY occurred_at DESC, seq DESC LIMIT ? OFFSET ?"
        )
        with self.reading() as db:
            rows = db.execute(
                sql, (kind, *params, limit, 0 if after is not None else offset)
            ).fetchall()
        return [RecordSummary(RecordId(r[0]), kind, from_iso(r[1]), r[2], r[3]) for r in rows]

    def with_facet(
        self, kind: str, facet: str, *, up_to: str | None = None, limit: int = 200
    ) -> list[tuple[str, RecordSummary]]:
        """Records of ``kind`` carrying ``facet`` (with a value at most
        ``up_to``), ordered by that value then newest first: the Today view's
        lists. Returns (value, summary) pairs, one per record."""
        sql = (
            "SELECT min(f.value), r.id, r.occurred_at, r.title, r.seq FROM record_facets f"  # noqa: S608 - fixed
            " JOIN records r ON r.seq = f.seq WHERE f.facet = ? AND r.kind = ?"
            + (" AND f.value <= ?" if up_to is not None else "")
            + " GROUP BY r.seq ORDER BY 1, r.occurred_at DESC LIMIT ?"
        )
        params: list[object] = [facet, kind, *([up_to] if up_to is not None else []), limit]
        with self.reading() as db:
            rows = db.execute(sql, params).fetchall()
        return [
            (r[0], RecordSummary(RecordId(r[1]), kind, from_iso(r[2]), r[3], r[4])) for r in rows
        ]

    def count_with_facet(self, kind: str, facet: str, *, up_to: str | None = None) -> int:
        """How many records :meth:`with_facet` would list without a limit."""
        sql = (
            "SELECT count(DISTINCT f.seq) FROM record_facets f JOIN records r ON r.seq = f.seq"  # noqa: S608 - fixed
            " WHERE f.facet = ? AND r.kind = ?" + (" AND f.value <= ?" if up_to is not None else "")
        )
        with self.reading() as db:
            return int(
                db.execute(sql, [facet, kind, *([up_to] if up_to is not None else [])]).fetchone()[
                    0
                ]
            )

    def facet_values(self, facet: str) -> list[str]:
        """Every distinct value of a facet (e.g. the tags in use)."""
        # A skip-scan along the (facet, value, seq) key: one index seek per
        # distinct value, however many records share each one (DISTINCT
        # would read every row: ~75,000 at 50,000 logs).
        with self.reading() as db:
            rows = db.execute(
                "WITH RECURSIVE v(value) AS ("
                " SELECT min(value) FROM record_facets WHERE facet = ?1"
                " UNION ALL SELECT (SELECT min(value) FROM record_facets WHERE facet = ?1 AND value > v.value)"
                " FROM v WHERE v.value IS NOT NULL)"
                " SELECT value FROM v WHERE value IS NOT NULL",
                (facet,),
            ).fetchall()
        return [r[0] for r in rows]

    def count(self, kind: str | None = None) -> int:
        with self.reading() as db:
            if kind is None:
                return int(db.execute("SELECT count(*) FROM records").fetchone()[0])
            return int(
                db.execute("SELECT count(*) FROM records WHERE kind = ?", (kind,)).fetchone()[0]
            )


def _filter_clauses(where: RecordFilter | None) -> tuple[list[str], list[object]]:
    """SQL conditions (fixed text, "?" placeholders) and their values."""
    clauses: list[str] = []
    params: list[object] = []
    if where is None:
        return clauses, params
    if where.since is not None:
        clauses.append("occurred_at >= ?")
        params.append(to_iso(where.since))
    if where.until is not None:
        clauses.append("occurred_at < ?")
        params.append(to_iso(where.until))
    facet_sql = "seq IN (SELECT seq FROM record_facets WHERE facet = ? AND value = ?)"
    if where.setting:
        clauses.append(facet_sql)
        params += ["setting", where.setting]
    if where.person_code:
        clauses.append(facet_sql)
        params += ["code", normalise_code(where.person_code)]
    if where.tag:
        clauses.append(facet_sql)
        params += ["tag", where.tag.strip().casefold()]
    if where.due_by is not None:
        clauses.append("seq IN (SELECT seq FROM record_facets WHERE facet = 'due' AND value <= ?)")
        params.append(where.due_by.isoformat())
    return clauses, params


def connect(path: Path, db_key: SecretBytes) -> sqlcipher3.Connection:
    """A keyed connection with FieldSafe's settings. The PRAGMA is built only
    from the hex of random key bytes; user text never reaches it."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher writes "ERROR CORE ..." lines straight to stderr (hundreds
        # for a damaged file); FieldSafe words each failure once, by type.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = \"x'" + db_key.hex() + "'\"")
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn
