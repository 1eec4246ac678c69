"""Attachments: photos and scans of paper notes, and PDFs, kept inside the
encrypted database (never as files beside it).

Bytes arrive through :func:`fieldsafe.media.prepare_attachment`, which
checks them and strips image metadata; this module stores and reads them.
One attachment is one row written in one transaction, so a crash or a full
disk leaves either the whole attachment or none of it. Listing never reads
the bytes (``data`` is the table's last column).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import OUTREACH_LOG, RecordId
from fieldsafe.errors import NotFound

if TYPE_CHECKING:
    from fieldsafe.media import Prepared
    from fieldsafe.vault.db import Database


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    record_id: RecordId
    name: str
    media_type: str
    size: int
    width: int
    height: int
    pages: int
    metadata_removed: bool
    added_at: datetime

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


_COLUMNS = "a.id, r.id, a.name, a.media_type, a.size, a.width, a.height, a.pages, a.metadata_removed, a.added_at"


def _info(row: tuple) -> AttachmentInfo:
    return AttachmentInfo(
        id=row[0],
        record_id=RecordId(row[1]),
        name=row[2],
        media_type=row[3],
        size=int(row[4]),
        width=int(row[5]),
        height=int(row[6]),
        pages=int(row[7]),
        metadata_removed=bool(row[8]),
        added_at=from_iso(row[9]),
    )


class Attachments:
    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def add(
        self,
        record_id: RecordId,
        prepared: Prepared,
        *,
        kind: str = OUTREACH_LOG.name,
        attachment_id: str | None = None,
        added_at: datetime | None = None,
    ) -> AttachmentInfo:
        """Store ``prepared`` with a record, all or nothing."""
        new_id = attachment_id or str(uuid.uuid4())
        when = to_iso(added_at or self._vault.clock.now())
        with self._vault.transaction() as db:
            seq = self._vault.record_seq(db, record_id, kind=kind)
            if seq is None:
                raise NotFound()
            db.execute(
                "INSERT INTO attachments (id, seq, name, media_type, size, width, height, pages,"
                " metadata_removed, added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id,
                    seq,
                    prepared.name,
                    prepared.media_type,
                    len(prepared.data),
                    prepared.width,
                    prepared.height,
                    prepared.pages,
                    int(prepared.metadata_removed),
                    when,
                    prepared.data,
                ),
            )
        return self.info(new_id)

    def info(self, attachment_id: str) -> AttachmentInfo:
        with self._vault.reading() as db:
            row = db.execute(
                f"SELECT {_COLUMNS} FROM attachments a JOIN records r ON r.seq = a.seq WHERE a.id = ?",  # noqa: S608 - constant
                (attachment_id,),
            ).fetchone()
        if row is None:
            raise NotFound()
        return _info(row)

    def of(self, record_id: RecordId) -> list[AttachmentInfo]:
        """A record's attachments, oldest first, without their bytes."""
        with self._vault.reading() as db:
            rows = db.execute(
                f"SELECT {_COLUMNS} FROM attachments a JOIN records r ON r.seq = a.seq"  # noqa: S608 - constant
                " WHERE r.id = ? ORDER BY a.added_at, a.rowid",
                (record_id,),
            ).fetchall()
        return [_info(r) for r in rows]

    def data(self, attachment_id: str) -> bytes:
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT data FROM attachments WHERE id = ?", (attachment_id,)
            ).fetchone()
        if row is None:
            raise NotFound()
        return bytes(row[0])

    def delete(self, attachment_id: str) -> None:
        with self._vault.transaction() as db:
            if db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,)).rowcount == 0:
                raise NotFound()

    def count(self, record_id: RecordId | None = None) -> int:
        with self._vault.reading() as db:
            if record_id is None:
                return int(db.execute("SELECT count(*) FROM attachments").fetchone()[0])
            return int(
                db.execute(
                    "SELECT count(*) FROM attachments a JOIN records r ON r.seq = a.seq WHERE r.id = ?",
                    (record_id,),
                ).fetchone()[0]
            )

    def iter_all(self) -> Iterator[tuple[AttachmentInfo, bytes]]:
        """Every attachment with its bytes, one at a time (export)."""
        with self._vault.reading() as db:
            ids = [r[0] for r in db.execute("SELECT id FROM attachments ORDER BY rowid").fetchall()]
        for attachment_id in ids:
            yield self.info(attachment_id), self.data(attachment_id)
