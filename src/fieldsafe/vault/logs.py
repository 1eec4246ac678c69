"""Outreach logs: the record of one meeting or contact, written after it.

The pattern every kind follows: a typed repository over the generic record
store, validating through the kind's :class:`~fieldsafe.core.records.KindSpec`
and writing record + search index in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import OUTREACH_LOG, OutreachLog, RecordId, RecordSummary, new_record_id
from fieldsafe.vault.errors import InvalidRecord, NotFound

if TYPE_CHECKING:
    from fieldsafe.vault.store import Vault


class OutreachLogs:
    kind = OUTREACH_LOG.name

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(
        self,
        *,
        occurred_at: datetime,
        title: str = "",
        body: str = "",
        log_id: RecordId | None = None,
    ) -> OutreachLog:
        """Create (no ``log_id``) or update a log; returns it as stored."""
        try:
            when = to_iso(occurred_at)
        except ValueError:
            raise InvalidRecord("occurred_at", "out_of_range") from None
        fields = OUTREACH_LOG.validate({"occurred_at": when, "title": title, "body": body})
        with self._vault.transaction() as db:
            if log_id is not None:
                exists = db.execute(
                    "SELECT 1 FROM records WHERE id = ? AND kind = ?", (log_id, self.kind)
                ).fetchone()
                if exists is None:
                    raise NotFound()
            record_id = log_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=fields)
        return self.get(record_id)

    def get(self, log_id: RecordId) -> OutreachLog:
        stored = self._vault.get_record(log_id, kind=self.kind)
        if stored is None:
            raise NotFound()
        f = stored.fields
        return OutreachLog(
            id=stored.id,
            occurred_at=from_iso(f["occurred_at"]),
            title=f.get("title") or "",
            body=f.get("body") or "",
            created_at=from_iso(stored.created_at),
            updated_at=from_iso(stored.updated_at),
        )

    def delete(self, log_id: RecordId) -> None:
        """Delete a log and its index entry (secure_delete overwrites the pages)."""
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, log_id, kind=self.kind):
                raise NotFound()

    def page(
        self, *, after: RecordSummary | None = None, offset: int = 0, limit: int = 200
    ) -> list[RecordSummary]:
        """Newest first, without bodies: what the list view fetches. Pass the
        last row already shown as ``after`` for the next page."""
        return self._vault.summaries(self.kind, after=after, offset=offset, limit=limit)

    def count(self) -> int:
        return self._vault.count(self.kind)
