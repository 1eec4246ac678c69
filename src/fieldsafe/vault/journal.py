"""The debrief journal: entries after difficult meetings, check-ins, the
person's own support contacts and self-care list, and their preferences.

Everything here is a *private* kind: left out of search results, exports
and shares unless the person includes it explicitly, each time. Entries are
stored like every record (validated fields, facets, versions); reminders to
debrief and the journal's preferences have small tables of their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.journal import MAX_PROMPTS, Debrief, first_words
from fieldsafe.core.records import (
    DEBRIEF,
    DEFAULT_PROMPTS,
    MAX_PROMPT,
    OUTREACH_LOG,
    SELF_CARE,
    SUPPORT_CONTACT,
    RecordId,
    RecordSummary,
    new_record_id,
)
from fieldsafe.errors import InvalidRecord, NotFound

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database

__all__ = ["CheckIn", "Debrief", "Journal", "JournalPrefs", "SelfCareItem", "SupportContact"]


@dataclass(frozen=True)
class SupportContact:
    id: RecordId
    name: str
    reach: str = ""
    notes: str = ""


@dataclass(frozen=True)
class SelfCareItem:
    id: RecordId
    text: str


@dataclass(frozen=True)
class JournalPrefs:
    """``prompts``: the prompts shown, in order; a default prompt is its key
    (``went_well``…), the person's own prompts are their text."""

    prompts: tuple[str, ...] = DEFAULT_PROMPTS
    prompts_on: bool = True
    lock_journal: bool = False
    observations_on: bool = True

    def as_json(self) -> dict[str, Any]:
        return {
            "prompts": list(self.prompts),
            "prompts_on": self.prompts_on,
            "lock_journal": self.lock_journal,
            "observations_on": self.observations_on,
        }

    @classmethod
    def from_json(cls, doc: Any) -> JournalPrefs:
        if not isinstance(doc, dict):
            return cls()
        prompts = doc.get("prompts")
        if not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
            prompts = list(DEFAULT_PROMPTS)
        return cls(
            prompts=tuple(p[:MAX_PROMPT] for p in prompts if p.strip())[:MAX_PROMPTS],
            prompts_on=doc.get("prompts_on") is not False,
            lock_journal=doc.get("lock_journal") is True,
            observations_on=doc.get("observations_on") is not False,
        )


@dataclass(frozen=True)
class CheckIn:
    occurred_at: datetime
    feeling: int | None
    follows: str | None
    entry_id: RecordId = field(default=RecordId(""))


def _debrief(record_id: RecordId, f: dict[str, Any]) -> Debrief:
    return Debrief(
        id=record_id,
        occurred_at=from_iso(f["occurred_at"]),
        follows=RecordId(f["follows"]) if f.get("follows") else None,
        feeling=f.get("feeling"),
        feeling_words=tuple(f.get("feeling_words") or ()),
        checkin_note=f.get("checkin_note") or "",
        reflections=tuple((r["prompt"], r["answer"]) for r in f.get("reflections") or ()),
        body=f.get("body") or "",
        talked_with_someone=bool(f.get("talked_with_someone")),
    )


class Journal:
    kind = DEBRIEF.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    # -- entries --------------------------------------------------------------------
    def save(
        self,
        *,
        occurred_at: datetime,
        entry_id: RecordId | None = None,
        follows: str | None = None,
        feeling: int | None = None,
        feeling_words: list[str] | tuple[str, ...] = (),
        checkin_note: str = "",
        reflections: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
        body: str = "",
        talked_with_someone: bool = False,
    ) -> Debrief:
        """Create or update an entry. Writing a debrief that follows a log
        clears that log's reminder."""
        try:
            when = to_iso(occurred_at)
        except ValueError:
            raise InvalidRecord("occurred_at", "out_of_range") from None
        fields = DEBRIEF.validate(
            {
                "occurred_at": when,
                "follows": follows,
                "feeling": feeling,
                "feeling_words": list(feeling_words),
                "checkin_note": checkin_note,
                "reflections": [{"prompt": p, "answer": a} for p, a in reflections],
                "body": body,
                "talked_with_someone": talked_with_someone,
            }
        )
        with self._vault.transaction() as db:
            if (
                entry_id is not None
                and self._vault.record_seq(db, entry_id, kind=self.kind) is None
            ):
                raise NotFound()
            if fields["follows"]:
                seq = db.execute(
                    "SELECT seq FROM records WHERE id = ?", (fields["follows"],)
                ).fetchone()
                if seq is None:
                    raise InvalidRecord("follows", "not_found")
                db.execute("DELETE FROM debrief_reminders WHERE seq = ?", (seq[0],))
            record_id = entry_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=fields)
        return self.get(record_id)

    def get(self, entry_id: RecordId) -> Debrief:
        stored = self._vault.get_record(entry_id, kind=self.kind)
        if stored is None:
            raise NotFound()
        return _debrief(stored.id, DEBRIEF.validate(stored.fields))

    def delete(self, entry_id: RecordId) -> None:
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, entry_id, kind=self.kind):
                raise NotFound()

    def page(self, *, after: RecordSummary | None = None, limit: int = 200) -> list[RecordSummary]:
        return self._vault.summaries(self.kind, after=after, limit=limit)

    def count(self) -> int:
        return self._vault.count(self.kind)

    def checkins(self, since: datetime | None = None) -> list[CheckIn]:
        """Every entry's time, feeling and the log it follows, oldest first
        (for the chart and the gentle observation)."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT id, occurred_at, json_extract(fields, '$.feeling'), json_extract(fields, '$.follows')"
                " FROM records WHERE kind = ? AND occurred_at >= ? ORDER BY occurred_at, seq",
                (self.kind, to_iso(since) if since else ""),
            ).fetchall()
        return [CheckIn(from_iso(r[1]), r[2], r[3], RecordId(r[0])) for r in rows]

    def previews(self) -> dict[RecordId, tuple[int | None, str]]:
        """Every entry's check-in (None when skipped) and first words (of its
        free text, else its answers, else its check-in note), for the list."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT id, json_extract(fields, '$.feeling'), json_extract(fields, '$.body'),"
                " json_extract(fields, '$.reflections'), json_extract(fields, '$.checkin_note')"
                " FROM records WHERE kind = ?",
                (self.kind,),
            ).fetchall()
        out: dict[RecordId, tuple[int | None, str]] = {}
        for entry_id, feeling, body, reflections, note in rows:
            answers = [str(r.get("answer") or "") for r in json.loads(reflections or "[]")]
            words = first_words([body or "", *answers, note or ""])
            out[RecordId(entry_id)] = (feeling, words)
        return out

    def meetings(self, since: datetime) -> list[tuple[datetime, str]]:
        """Outreach logs since ``since``: (occurred_at, id), for the chart."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT occurred_at, id FROM records WHERE kind = ? AND occurred_at >= ? ORDER BY occurred_at",
                (OUTREACH_LOG.name, to_iso(since)),
            ).fetchall()
        return [(from_iso(r[0]), r[1]) for r in rows]

    # -- reminders --------------------------------------------------------------------
    def remind(self, log_id: RecordId) -> None:
        """Keep a reminder to debrief this log (shown on the Today view)."""
        with self._vault.transaction() as db:
            seq = self._vault.record_seq(db, log_id, kind=OUTREACH_LOG.name)
            if seq is None:
                raise NotFound()
            db.execute(
                "INSERT OR IGNORE INTO debrief_reminders (seq, since) VALUES (?, ?)",
                (seq, to_iso(self._vault.clock.now())),
            )

    def dismiss(self, log_id: RecordId) -> None:
        with self._vault.transaction() as db:
            db.execute(
                "DELETE FROM debrief_reminders WHERE seq = (SELECT seq FROM records WHERE id = ?)",
                (log_id,),
            )

    def reminders(self, limit: int = 200) -> list[RecordSummary]:
        """Logs waiting for a debrief, oldest reminder first."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT r.id, r.occurred_at, r.title, r.seq FROM debrief_reminders d"
                " JOIN records r ON r.seq = d.seq ORDER BY d.since, r.seq LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            RecordSummary(RecordId(r[0]), OUTREACH_LOG.name, from_iso(r[1]), r[2], r[3])
            for r in rows
        ]

    # -- support and self-care ------------------------------------------------------------
    def save_contact(
        self, name: str, *, reach: str = "", notes: str = "", contact_id: RecordId | None = None
    ) -> SupportContact:
        fields = SUPPORT_CONTACT.validate(
            {"name": name.strip(), "reach": reach.strip(), "notes": notes}
        )
        with self._vault.transaction() as db:
            if (
                contact_id is not None
                and self._vault.record_seq(db, contact_id, kind=SUPPORT_CONTACT.name) is None
            ):
                raise NotFound()
            record_id = contact_id or new_record_id()
            self._vault.put_record(
                db, record_id=record_id, kind=SUPPORT_CONTACT.name, fields=fields
            )
        return SupportContact(record_id, fields["name"], fields["reach"], fields["notes"])

    def contacts(self) -> list[SupportContact]:
        return [
            SupportContact(
                r.id,
                r.fields.get("name") or "",
                r.fields.get("reach") or "",
                r.fields.get("notes") or "",
            )
            for r in self._vault.iter_records(kinds=[SUPPORT_CONTACT.name])
        ]

    def save_self_care(self, text: str, *, item_id: RecordId | None = None) -> SelfCareItem:
        fields = SELF_CARE.validate({"text": text.strip()})
        with self._vault.transaction() as db:
            if (
                item_id is not None
                and self._vault.record_seq(db, item_id, kind=SELF_CARE.name) is None
            ):
                raise NotFound()
            record_id = item_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=SELF_CARE.name, fields=fields)
        return SelfCareItem(record_id, fields["text"])

    def self_care(self) -> list[SelfCareItem]:
        return [
            SelfCareItem(r.id, r.fields.get("text") or "")
            for r in self._vault.iter_records(kinds=[SELF_CARE.name])
        ]

    def delete_item(self, item_id: RecordId) -> None:
        """Delete a support contact or a self-care item."""
        with self._vault.transaction() as db:
            for kind in (SUPPORT_CONTACT.name, SELF_CARE.name):
                if self._vault.delete_record(db, item_id, kind=kind):
                    return
            raise NotFound()

    # -- preferences ------------------------------------------------------------------
    def prefs(self) -> JournalPrefs:
        with self._vault.reading() as db:
            row = db.execute("SELECT prefs FROM journal_prefs WHERE id = 1").fetchone()
        return JournalPrefs.from_json(json.loads(row[0])) if row else JournalPrefs()

    def set_prefs(self, prefs: JournalPrefs) -> None:
        payload = json.dumps(prefs.as_json(), ensure_ascii=False)
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO journal_prefs (id, prefs) VALUES (1, ?)"
                " ON CONFLICT (id) DO UPDATE SET prefs = excluded.prefs",
                (payload,),
            )
