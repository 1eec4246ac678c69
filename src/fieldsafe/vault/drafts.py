"""Drafts: the edit in progress, kept inside the encrypted vault.

The editor autosaves a draft a few seconds after typing stops; the draft is
removed when the record is saved or the person discards it. After a crash the
next unlock finds it and offers it back (offered, never forced). Drafts are
validated like records, except that nothing is required yet and text that is
only too long is kept (see ``_lenient``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import KindSpec, RecordId, check_record_id, kind_spec
from fieldsafe.errors import InvalidRecord

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database


@dataclass(frozen=True)
class Draft:
    slot: str
    kind: str
    record_id: RecordId | None
    saved_at: datetime
    fields: dict[str, Any]


class Drafts:
    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self, slot: str, *, kind: str, fields: dict[str, Any], record_id: RecordId | None = None
    ) -> None:
        """Replace the draft in ``slot`` (one transaction)."""
        spec = kind_spec(kind)
        stand_ins = _stand_ins(spec, fields)
        clean = _lenient(spec, {**fields, **stand_ins})
        for name in stand_ins:
            clean[name] = None  # a draft may still lack what the record will need
        if record_id is not None:
            record_id = check_record_id(record_id)
        payload = json.dumps(clean, ensure_ascii=False, separators=(",", ":"))
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO drafts (slot, kind, record_id, saved_at, fields) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (slot) DO UPDATE SET kind = excluded.kind, record_id = excluded.record_id,"
                " saved_at = excluded.saved_at, fields = excluded.fields",
                (slot, kind, record_id, to_iso(self._vault.clock.now()), payload),
            )

    def get(self, slot: str) -> Draft | None:
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT slot, kind, record_id, saved_at, fields FROM drafts WHERE slot = ?", (slot,)
            ).fetchone()
        if row is None:
            return None
        return Draft(
            row[0],
            row[1],
            RecordId(row[2]) if row[2] else None,
            from_iso(row[3]),
            json.loads(row[4]),
        )

    def discard(self, slot: str) -> None:
        with self._vault.transaction() as db:
            db.execute("DELETE FROM drafts WHERE slot = ?", (slot,))


#: a draft keeps text the record would refuse for its size (or a stray
#: control character): the person shortens it after restoring, nothing is lost
_KEPT_IN_DRAFTS = frozenset({"too_long", "too_many", "control_character"})


def _lenient(spec: KindSpec, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate like a record, but keep values that are only too long (or
    too many): a draft is the safety net for exactly the edit that could not
    be saved. Unknown field names are still refused."""
    try:
        return spec.validate(fields)
    except InvalidRecord as exc:
        if exc.reason == "unknown_field" or exc.field not in spec.by_name:
            raise
    clean: dict[str, Any] = {}
    for field in spec.fields:
        value = fields.get(field.name)
        try:
            clean[field.name] = spec.validate_one(field, value)
        except InvalidRecord as exc:
            if exc.reason not in _KEPT_IN_DRAFTS or not _plain_shape(value):
                raise
            clean[field.name] = value
    return clean


def _plain_shape(value: Any) -> bool:
    """Text, or a list of text / of simple objects: what the editor writes."""
    if isinstance(value, str):
        return True
    if isinstance(value, list):
        return all(
            isinstance(v, str)
            or (isinstance(v, dict) and all(isinstance(x, str | bool | None) for x in v.values()))
            for v in value
        )
    return False


def _stand_ins(spec: KindSpec, fields: dict[str, Any]) -> dict[str, Any]:
    """Valid stand-ins for required fields the draft still lacks, so the
    rest can be validated; they are not stored."""
    return {
        f.name: "2000-01-01T00:00:00Z" if f.type == "datetime" else "-"
        for f in spec.fields
        if f.required and fields.get(f.name) in (None, "")
    }
