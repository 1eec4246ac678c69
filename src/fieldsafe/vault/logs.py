"""Outreach logs: the record of one meeting or contact, written after it.

The pattern every kind follows: a typed repository over the generic record
store, validating through the kind's :class:`~fieldsafe.core.records.KindSpec`
and writing record, search index and facets in one transaction. Also here:
the code book (person codes) the logs refer to.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import (
    OUTREACH_LOG,
    PERSON_CODE,
    OutreachLog,
    PersonCode,
    RecordFilter,
    RecordId,
    RecordSummary,
    new_record_id,
    normalise_code,
)
from fieldsafe.errors import InvalidRecord, NotFound

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database


@dataclass(frozen=True)
class LogVersion:
    """An earlier version of a log; ``saved_at`` is when it was written."""

    saved_at: datetime
    log: OutreachLog


@dataclass(frozen=True)
class Today:
    """What needs attention: open follow-ups due by today (with the earliest
    due date), logs whose paper notes are not yet confirmed destroyed, and
    logs past their review-by date."""

    due: list[tuple[date, RecordSummary]]
    paper: list[RecordSummary]
    review: list[tuple[date, RecordSummary]]
    #: how many there are in all (the lists stop at the limit)
    due_count: int = 0
    paper_count: int = 0
    review_count: int = 0

    @property
    def empty(self) -> bool:
        return not (self.due or self.paper or self.review)


class OutreachLogs:
    kind = OUTREACH_LOG.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self,
        *,
        occurred_at: datetime,
        title: str = "",
        body: str = "",
        log_id: RecordId | None = None,
        **details: Any,
    ) -> OutreachLog:
        """Create (no ``log_id``) or update a log; returns it as stored.
        ``details`` are the other fields of :data:`OUTREACH_LOG` in their
        stored form (lists, ``YYYY-MM-DD`` dates, ISO times)."""
        try:
            when = to_iso(occurred_at)
        except ValueError:
            raise InvalidRecord("occurred_at", "out_of_range") from None
        if isinstance(details.get("paper_destroyed_at"), datetime):
            details["paper_destroyed_at"] = to_iso(details["paper_destroyed_at"])
        if isinstance(details.get("review_by"), date):
            details["review_by"] = details["review_by"].isoformat()
        fields = OUTREACH_LOG.validate(
            {"occurred_at": when, "title": title, "body": body, **details}
        )
        with self._vault.transaction() as db:
            if log_id is not None and self._vault.record_seq(db, log_id, kind=self.kind) is None:
                raise NotFound()
            record_id = log_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=fields)
        return self.get(record_id)

    def save_log(self, log: OutreachLog, *, new: bool = False) -> OutreachLog:
        fields = log.to_fields()
        fields.pop("occurred_at")
        title, body = fields.pop("title"), fields.pop("body")
        return self.save(
            occurred_at=log.occurred_at,
            title=title,
            body=body,
            log_id=None if new else log.id,
            **fields,
        )

    def get(self, log_id: RecordId) -> OutreachLog:
        stored = self._vault.get_record(log_id, kind=self.kind)
        if stored is None:
            raise NotFound()
        fields = OUTREACH_LOG.validate(stored.fields)  # older records gain the new fields, empty
        return OutreachLog.from_fields(stored.id, fields, stored.created_at, stored.updated_at)

    def versions(self, log_id: RecordId) -> list[LogVersion]:
        """Earlier versions, newest first (editing keeps them; deleting the
        log deletes them)."""
        current = self._vault.get_record(log_id, kind=self.kind)
        if current is None:
            raise NotFound()
        found = []
        for saved_at, fields in self._vault.versions(log_id):
            clean = OUTREACH_LOG.validate(fields)
            found.append(
                LogVersion(
                    from_iso(saved_at),
                    OutreachLog.from_fields(log_id, clean, current.created_at, saved_at),
                )
            )
        return found

    def delete_versions(self, log_id: RecordId) -> int:
        """Delete every earlier version of a log (secure_delete overwrites
        them); the current version stays. Returns how many were deleted."""
        with self._vault.transaction() as db:
            seq = self._vault.record_seq(db, log_id, kind=self.kind)
            if seq is None:
                raise NotFound()
            return int(db.execute("DELETE FROM record_versions WHERE seq = ?", (seq,)).rowcount)

    def delete(self, log_id: RecordId) -> None:
        """Delete a log with its versions, attachments, facets and index
        entry (secure_delete overwrites the pages)."""
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, log_id, kind=self.kind):
                raise NotFound()

    def page(
        self,
        *,
        after: RecordSummary | None = None,
        offset: int = 0,
        limit: int = 200,
        where: RecordFilter | None = None,
    ) -> list[RecordSummary]:
        """Newest first, without bodies: what the list view fetches. Pass the
        last row already shown as ``after`` for the next page."""
        return self._vault.summaries(
            self.kind, after=after, offset=offset, limit=limit, where=where
        )

    def count(self) -> int:
        return self._vault.count(self.kind)

    def today(self, today: date, *, limit: int = 200) -> Today:
        day = today.isoformat()
        due = self._vault.with_facet(self.kind, "due", up_to=day, limit=limit)
        paper = self._vault.with_facet(self.kind, "paper_pending", limit=limit)
        review = self._vault.with_facet(self.kind, "review_by", up_to=day, limit=limit)

        def total(facet: str, shown: int, up_to: str | None = None) -> int:
            if shown < limit:
                return shown
            return self._vault.count_with_facet(self.kind, facet, up_to=up_to)

        return Today(
            due=[(date.fromisoformat(v), s) for v, s in due],
            paper=[s for _v, s in paper],
            review=[(date.fromisoformat(v), s) for v, s in review],
            due_count=total("due", len(due), day),
            paper_count=total("paper_pending", len(paper)),
            review_count=total("review_by", len(review), day),
        )

    def tags(self) -> list[str]:
        return self._vault.facet_values("tag")

    def safety_observations(
        self,
        *,
        setting: str = "",
        area: str = "",
        person_codes: Sequence[str] = (),
        limit: int = 5,
        scan: int = 1000,
    ) -> list[OutreachLog]:
        """The latest logs with safety observations from the same setting,
        the same area (ignoring case and spacing) or with one of the person
        codes, newest first: what the plan wizard shows beside its questions
        (read in memory, never copied into the plan). Looks at the ``scan``
        most recent logs that have safety observations."""
        area_key = normalise_code(area) if area.strip() else ""
        codes = {normalise_code(c) for c in person_codes if c.strip()}
        if not (setting or area_key or codes):
            return []
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT id, fields, created_at, updated_at FROM records WHERE kind = ?"
                " AND coalesce(json_extract(fields, '$.safety'), '') <> ''"
                " ORDER BY occurred_at DESC, seq DESC LIMIT ?",
                (self.kind, scan),
            ).fetchall()
        found: list[OutreachLog] = []
        for record_id, raw, created_at, updated_at in rows:
            fields = OUTREACH_LOG.validate(json.loads(raw))
            if (
                (setting and fields["setting"] == setting)
                or (area_key and normalise_code(fields["area"]) == area_key)
                or codes & {normalise_code(c) for c in fields["person_codes"]}
            ):
                found.append(
                    OutreachLog.from_fields(RecordId(record_id), fields, created_at, updated_at)
                )
                if len(found) >= limit:
                    break
        return found

    def mark_paper_destroyed(self, log_id: RecordId, when: datetime) -> OutreachLog:
        """Record that the paper originals of this meeting were destroyed."""
        log = self.get(log_id)
        fields = log.to_fields()
        fields.update(paper_notes=True, paper_destroyed_at=to_iso(when))
        return self._save_fields(log_id, fields)

    def _save_fields(self, log_id: RecordId, fields: dict[str, Any]) -> OutreachLog:
        clean = OUTREACH_LOG.validate(fields)
        with self._vault.transaction() as db:
            if self._vault.record_seq(db, log_id, kind=self.kind) is None:
                raise NotFound()
            self._vault.put_record(db, record_id=log_id, kind=self.kind, fields=clean)
        return self.get(log_id)


class CodeBook:
    """Person codes: pseudonyms that let the same person be recognised
    across logs without a name. Private, and never in the search index."""

    kind = PERSON_CODE.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self,
        code: str,
        *,
        watch_words: list[str] | tuple[str, ...] = (),
        note: str = "",
        entry_id: RecordId | None = None,
    ) -> PersonCode:
        fields = PERSON_CODE.validate(
            {
                "code": " ".join(code.split()),
                "watch_words": list(watch_words),
                "note": note,
                "since": to_iso(self._vault.clock.now()),
            }
        )
        key = normalise_code(fields["code"])
        with self._vault.transaction() as db:
            row = db.execute(
                "SELECT r.id FROM record_facets f JOIN records r ON r.seq = f.seq"
                " WHERE f.facet = 'code_entry' AND f.value = ?",
                (key,),
            ).fetchone()
            if row is not None and row[0] != entry_id:
                raise InvalidRecord("code", "duplicate_code")
            if entry_id is not None:
                if self._vault.record_seq(db, entry_id, kind=self.kind) is None:
                    raise NotFound()
                old = self._vault.get_record(entry_id, kind=self.kind)
                if old is not None and old.fields.get("since"):
                    fields["since"] = old.fields["since"]
            record_id = entry_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=fields)
        return PersonCode(record_id, fields["code"], tuple(fields["watch_words"]), fields["note"])

    def entries(self) -> list[PersonCode]:
        """Every entry, by code."""
        found = [
            PersonCode(
                r.id,
                r.fields.get("code") or "",
                tuple(r.fields.get("watch_words") or ()),
                r.fields.get("note") or "",
            )
            for r in self._vault.iter_records(kinds=[self.kind])
        ]
        return sorted(found, key=lambda p: normalise_code(p.code))

    def watch_words(self) -> dict[str, list[str]]:
        """Person code → the words that should not appear in a log."""
        return {p.code: list(p.watch_words) for p in self.entries() if p.watch_words}

    def delete(self, entry_id: RecordId) -> None:
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, entry_id, kind=self.kind):
                raise NotFound()
