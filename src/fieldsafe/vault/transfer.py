"""Records in and out of a vault: interchange import/export and demo data.

The file format lives in :mod:`fieldsafe.core.interchange`; this module only
moves already-validated records across the :class:`Vault` service API. An
import is one transaction: every record is written, or none is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from fieldsafe.atomicfile import atomic_writer
from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.demo import DEFAULT_SEED, demo_records
from fieldsafe.core.interchange import (
    MAX_FILE_BYTES,
    InterchangeAttachment,
    InterchangeRecord,
    check_fields,
    check_time,
    iter_interchange,
    open_interchange,
    write_interchange,
)
from fieldsafe.core.records import KINDS, PERSON_CODE, check_record_id, kind_spec, normalise_code
from fieldsafe.errors import BadAttachment, InvalidRecord, NotFound
from fieldsafe.vault.attachments import Attachments

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database, StoredRecord

log = logging.getLogger("fieldsafe.vault")


@dataclass(frozen=True)
class ImportResult:
    """What an import did. ``unchanged`` counts records whose id was already
    in the vault with exactly the same kind and fields: they are left alone
    (their ``updated_at`` is not bumped), so importing a file twice is
    harmless and says so."""

    added: int
    updated: int
    unchanged: int = 0
    #: records the file holds in an earlier version than the vault: left alone
    kept_newer: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.kept_newer


def import_records(
    vault: Database, records: Iterable[InterchangeRecord], *, keep_newer: bool = True
) -> ImportResult:
    """Write ``records`` into ``vault`` in ONE transaction (all or nothing).

    A new id is added; an existing id of the same kind is updated (its
    ``created_at`` kept), unless ``keep_newer`` and the vault's copy was
    changed later than the record's ``updated_at`` (then it stays, counted
    in ``kept_newer``). Sharing passes ``keep_newer=False``: a received bundle
    is ordered by its versions and merged first. Each record is validated
    again here, since callers need not come through
    :func:`~fieldsafe.core.interchange.parse_interchange`. Raises
    :class:`InvalidRecord` (with the record's 0-based position) for a bad
    record, a repeated id, or an id the vault already uses for another kind;
    nothing is written then.
    """
    seen: set[str] = set()
    with vault.transaction() as db:
        importer = _Importer(vault, db, keep_newer=keep_newer)
        for index, record in enumerate(records):
            importer.add(record, index, seen=seen)
    return importer.done()


def import_file(vault: Database, source: Path | BinaryIO) -> ImportResult:
    """Import an interchange file (a path, or a file opened with
    :func:`~fieldsafe.core.interchange.open_interchange`) as it is read, in
    ONE transaction: all or nothing, as :func:`import_records`.

    The file is never held whole: each record is decoded, checked and
    written into the open transaction, then dropped (what the transaction
    wrote and SQLite's page cache cannot hold goes to the encrypted WAL, not
    to memory), so memory stays near that of the largest record however long
    the file. The ids seen so far wait in a temporary table for the
    duplicate check (``temp_store`` is MEMORY, as everywhere in the vault,
    so no plaintext temporary file is ever written). A problem anywhere,
    the last line included, rolls everything back; the file's own problems
    are said first, as by :func:`~fieldsafe.core.interchange.read_interchange`,
    before one that only the vault finds (an id used for another kind, say).
    A large import then merges the search index before returning, in short
    transactions of its own (:data:`MERGE_AFTER_RECORDS`).
    """
    if isinstance(source, Path):
        with open_interchange(source) as opened:
            return import_file(vault, opened)
    before = vault.count()
    with vault.transaction() as db:
        importer = _Importer(vault, db)
        ids = _StagedIds(db)
        held: InvalidRecord | None = None
        for index, record in enumerate(
            iter_interchange(source, max_bytes=MAX_FILE_BYTES, seen=ids)
        ):
            if held is not None:
                continue  # nothing more is written; the rest of the file is still checked
            try:
                importer.add(record, index)
            except InvalidRecord as exc:
                held = exc
        if held is not None:
            raise held
        ids.drop()
    written = importer.added + importer.updated
    if written >= MERGE_AFTER_RECORDS:
        # Its own short steps after the commit: an import that is most of
        # the vault merges the whole index, a smaller one as far as
        # background upkeep would (so not rewriting a large index for it).
        vault.merge_index(whole=written >= before)
    return importer.done()


#: an import writing at least this many records merges the search index
#: before it returns (:meth:`~fieldsafe.vault.db.Database.merge_index`);
#: below it, background upkeep's few steps are soon done
MERGE_AFTER_RECORDS = 1000


class _StagedIds:
    """The record ids an import has read, in a temporary table of the
    import's transaction (rolled back with it): under 50 bytes an id."""

    def __init__(self, db: Any) -> None:
        self._db = db
        db.execute("CREATE TEMP TABLE import_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")

    def __contains__(self, record_id: object, /) -> bool:
        row = self._db.execute("SELECT 1 FROM temp.import_ids WHERE id = ?", (record_id,))
        return row.fetchone() is not None

    def add(self, record_id: str, /) -> None:
        self._db.execute("INSERT INTO temp.import_ids (id) VALUES (?)", (record_id,))

    def drop(self) -> None:
        self._db.execute("DROP TABLE temp.import_ids")


class _Importer:
    """Writes records, one at a time, into the caller's open transaction and
    counts what it did (see :func:`import_records`)."""

    def __init__(self, vault: Database, db: Any, *, keep_newer: bool = True) -> None:
        self.keep_newer = keep_newer
        self._vault = vault
        self._db = db
        self.added = self.updated = self.unchanged = self.kept_newer = 0

    def add(self, record: InterchangeRecord, index: int, *, seen: set[str] | None = None) -> None:
        """Check and write one record. ``seen``: ids already imported, for
        the duplicate check (None: the caller has made it)."""
        vault, db = self._vault, self._db
        spec = kind_spec(record.kind, index=index)
        record_id = check_record_id(record.id, index=index)
        if seen is not None:
            if record_id in seen:
                raise InvalidRecord("id", "duplicate_id", index)
            seen.add(record_id)
        fields = check_fields(spec, record.fields, index=index)
        created_at, updated_at = (
            None if value is None else check_time(value, name, index=index)
            for name, value in (
                ("created_at", record.created_at),
                ("updated_at", record.updated_at),
            )
        )
        existing = vault.get_record(record_id)  # sees this transaction's writes
        if existing is not None and existing.kind != spec.name:
            raise InvalidRecord("id", "kind_mismatch", index)
        if spec.name == PERSON_CODE.name:
            _check_code_is_free(db, record_id, fields, index)
        if (
            self.keep_newer
            and existing is not None
            and updated_at is not None
            and existing.fields != fields
            and from_iso(updated_at) < from_iso(existing.updated_at)
        ):
            # An earlier version never silently wins: the vault's copy was
            # changed after the one in the file (e.g. an old export of a plan
            # whose place has moved since). It is kept, and the count says so.
            self.kept_newer += 1
            return
        new_attachments = _import_attachments(vault, db, record, index) if record.attachments else 0
        if existing is not None:
            if existing.fields == fields:
                if new_attachments:
                    self.updated += 1
                else:
                    self.unchanged += 1
                return
        vault.put_record(
            db,
            record_id=record_id,
            kind=spec.name,
            fields=fields,
            created_at=created_at,
            updated_at=updated_at,
        )
        if record.attachments and existing is None:
            _import_attachments(vault, db, record, index)
        if existing is None:
            self.added += 1
        else:
            self.updated += 1

    def done(self) -> ImportResult:
        _log_counts(
            "records_imported", added=self.added, updated=self.updated, unchanged=self.unchanged
        )
        return ImportResult(
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
            kept_newer=self.kept_newer,
        )


def _check_code_is_free(db: Any, record_id: str, fields: dict[str, Any], index: int) -> None:
    """A code-book code must stay unique (ignoring case and spacing), as
    the code book itself keeps it; an import may not bring a second one."""
    row = db.execute(
        "SELECT r.id FROM record_facets f JOIN records r ON r.seq = f.seq"
        " WHERE f.facet = 'code_entry' AND f.value = ?",
        (normalise_code(fields.get("code") or ""),),
    ).fetchone()
    if row is not None and row[0] != record_id:
        raise InvalidRecord("code", "duplicate_code", index)


def _import_attachments(vault: Database, db: object, record: InterchangeRecord, index: int) -> int:
    """Store a record's attachments not yet in the vault (inside the import's
    transaction); each is checked by content like any attached file, and a
    photo's location, camera and other metadata is removed as when a file is
    attached (:func:`fieldsafe.media.prepare_received`). Returns how many were
    new. The record must exist (call again after creating it)."""
    from fieldsafe.media import prepare_received

    if vault.get_record(record.id) is None:
        return 0
    new = 0
    for attachment in record.attachments:
        try:
            known = Attachments(vault).info(attachment.id)
        except NotFound:
            known = None
        if known is not None:
            if known.record_id != record.id or not _same_attachment(
                Attachments(vault).data(attachment.id), attachment.data, attachment.name
            ):
                raise InvalidRecord("attachments", "duplicate_id", index)
            continue
        try:
            prepared = prepare_received(attachment.data, name=attachment.name)
        except BadAttachment:
            raise InvalidRecord("data", "attachment_mismatch", index) from None
        if prepared.media_type != attachment.media_type:
            raise InvalidRecord("media_type", "attachment_mismatch", index)
        Attachments(vault).add(
            record.id,
            prepared,
            kind=record.kind,
            attachment_id=attachment.id,
            added_at=from_iso(attachment.added_at),
        )
        new += 1
    return new


def _same_attachment(stored: bytes, arrived: bytes, name: str) -> bool:
    """Whether ``arrived`` is the attachment already stored: the same bytes,
    or the same photo once its metadata is removed (as it was when stored)."""
    from fieldsafe.media import prepare_received

    if stored == arrived:
        return True
    try:
        return prepare_received(arrived, name=name).data == stored
    except BadAttachment:
        return False


def exportable_kinds(
    kinds: Sequence[str] | None = None, *, include_private: bool = False
) -> list[str]:
    """The kinds an export covers: ``kinds`` (default: every kind), minus
    private kinds unless ``include_private``. Unknown names raise
    :class:`InvalidRecord` (``unknown_kind``)."""
    names = list(KINDS) if kinds is None else [kind_spec(k).name for k in kinds]
    return [k for k in dict.fromkeys(names) if include_private or not KINDS[k].private]


def export_records(
    vault: Database, kinds: Sequence[str] | None = None, *, include_private: bool = False
) -> list[InterchangeRecord]:
    """Every record of ``kinds`` (default: all), oldest first, as interchange
    records. Private kinds (the journal) are left out, even when named,
    unless ``include_private`` is true: leaving the vault is their owner's
    explicit choice."""
    wanted = exportable_kinds(kinds, include_private=include_private)
    if not wanted:
        return []
    return [as_interchange(vault, stored) for stored in vault.iter_records(kinds=wanted)]


def as_interchange(vault: Database, stored: StoredRecord) -> InterchangeRecord:
    """One stored record, with its attachments, as an interchange record
    (private or not: the caller decides what may leave the vault)."""
    return InterchangeRecord(
        kind=stored.kind,
        id=stored.id,
        fields=stored.fields,
        created_at=stored.created_at,
        updated_at=stored.updated_at,
        attachments=tuple(
            InterchangeAttachment(
                a.id, a.name, a.media_type, to_iso(a.added_at), Attachments(vault).data(a.id)
            )
            for a in Attachments(vault).of(stored.id)
        ),
    )


def export_file(
    vault: Database,
    destination: Path,
    *,
    kinds: Sequence[str] | None = None,
    include_private: bool = False,
    overwrite: bool = False,
) -> int:
    """Write a PLAINTEXT interchange file (0600, atomically: a failed export
    leaves no partial file and any earlier file intact). Refuses to replace
    an existing file unless ``overwrite`` (:class:`TargetExists`). Returns
    the number of records written."""
    records = export_records(vault, kinds, include_private=include_private)
    with atomic_writer(Path(destination), overwrite=overwrite) as out:
        count = write_interchange(out, records, exported_at=vault.clock.now())
    _log_counts("records_exported", records=count)
    return count


# -- demo data ----------------------------------------------------------------


def add_demo_records(
    vault: Database,
    count: int,
    *,
    seed: int | str = DEFAULT_SEED,
    until: datetime | None = None,
    batch_size: int = 2000,
) -> int:
    """Add ``count`` fictional outreach logs from
    :func:`~fieldsafe.core.demo.demo_records` (same seed and ``until``, same
    records), committed in batches so a very large fill keeps the WAL small.
    When they are most of the vault (a new demo vault), the search index is
    then merged whole, so the first saves after it do not wait behind
    merging it; a few added to a larger vault are left to background upkeep.
    Returns the number added."""
    records = iter(demo_records(count, seed=seed, until=until or vault.clock.now()))
    before = vault.count()
    added = 0
    while batch := list(islice(records, batch_size)):
        with vault.transaction() as db:
            for record in batch:
                vault.put_record(
                    db,
                    record_id=record.id,
                    kind=record.kind,
                    fields=record.fields,
                    created_at=record.created_at,
                    updated_at=record.updated_at,
                )
        added += len(batch)
    if added and added >= before:  # most of the vault (a new demo vault): merged whole
        vault.merge_index()
    _log_counts("demo_records_added", records=added)
    return added


def _log_counts(event: str, **counts: int) -> None:
    log.info(event, extra={"counts": counts})
