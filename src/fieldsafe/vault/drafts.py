"""Drafts: the edit in progress, kept inside the encrypted vault.

The editor autosaves a draft a few seconds after typing stops; the draft is
removed when the record is saved or the person discards it. After a crash the
next unlock finds it and offers it back (offered, never forced). Drafts are
validated like records, except that nothing is required yet and text that is
only too long is kept (see ``_lenient``).

Each editor session writes its own slot, ``<kind slot>:<session id>``, and
holds a lock on ``.fieldsafe.draft-<session id>`` in the vault folder while
it lives (:class:`DraftSlot`; the lock dies with the process). A draft whose
writer's lock can be taken is an orphan: offered back, and removed only when
the person chooses. Two windows or processes never discard each other's.

Room for the draft on a full disk: :data:`RESERVE_FILE`, a zero-filled file
in the vault folder, is given back when a draft cannot be written because
the disk is full, so the draft of the edit in progress is still written
(then made again once there is room).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import KindSpec, RecordId, check_record_id, kind_spec
from fieldsafe.errors import InvalidRecord, StorageFailed, VaultReadOnly

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database


@dataclass(frozen=True)
class Draft:
    slot: str
    kind: str
    record_id: RecordId | None
    saved_at: datetime
    fields: dict[str, Any]


#: zero-filled room given back on a full disk so a draft can still be written
RESERVE_FILE = ".fieldsafe.reserve"
RESERVE_BYTES = 512 * 1024
#: a session's lock file: ``.fieldsafe.draft-<session id>``
SLOT_FILE_PREFIX = ".fieldsafe.draft-"


class DraftSlot:
    """One editor session's draft slot and the lock that says it is alive."""

    def __init__(self, directory: Path, base: str) -> None:
        from fieldsafe.atomicfile import try_lock as _try_lock

        self.session = secrets.token_hex(8)
        self.name = f"{base}:{self.session}"
        self._path = Path(directory) / f"{SLOT_FILE_PREFIX}{self.session}"
        self._fd: int | None = None
        with contextlib.suppress(OSError):
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
            if _try_lock(fd):
                self._fd = fd
            else:
                os.close(fd)

    def release(self) -> None:
        """The session ended (locked, closed): its draft becomes an orphan."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                self._path.unlink()
            os.close(fd)


def _writer_alive(directory: Path, slot: str) -> bool:
    """True if the session that writes ``slot`` still holds its lock."""
    from fieldsafe.atomicfile import try_lock as _try_lock
    from fieldsafe.atomicfile import unlock as _unlock

    _base, _sep, session = slot.partition(":")
    if not session or not all(c in "0123456789abcdef" for c in session):
        return False  # a slot from before sessions had their own
    path = Path(directory) / f"{SLOT_FILE_PREFIX}{session}"
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return True
        with contextlib.suppress(OSError):
            path.unlink()  # its writer is gone
            _unlock(fd)
        return False
    finally:
        os.close(fd)


class Drafts:
    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self, slot: str, *, kind: str, fields: dict[str, Any], record_id: RecordId | None = None
    ) -> None:
        """Replace the draft in ``slot`` (one transaction). On a full disk the
        reserve is given back and the draft written with its room."""
        try:
            self._save(slot, kind=kind, fields=fields, record_id=record_id)
        except StorageFailed as exc:
            if isinstance(exc, VaultReadOnly):
                raise  # opened to read only: the reserve's room cannot help this open
            if exc.errno != errno.ENOSPC or not self._release_reserve():
                raise
            self._save(slot, kind=kind, fields=fields, record_id=record_id)
        self.keep_reserve()

    def keep_reserve(self) -> None:
        """Make the reserve if it is missing and there is room. Never raises."""
        path = Path(self._vault.directory) / RESERVE_FILE
        with contextlib.suppress(OSError):
            if path.stat().st_size >= RESERVE_BYTES:
                return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError:
            return
        try:
            block = b"\0" * 65536
            for _ in range(RESERVE_BYTES // len(block)):
                os.write(fd, block)
            os.fsync(fd)
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink()  # no room yet: made again after a later draft
        finally:
            os.close(fd)

    def _release_reserve(self) -> bool:
        path = Path(self._vault.directory) / RESERVE_FILE
        try:
            path.unlink()
        except OSError:
            return False
        return True

    def of(self, base: str) -> list[Draft]:
        """Every draft of editor slot ``base`` (any session), oldest first."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT slot FROM drafts WHERE slot = ? OR slot LIKE ? ESCAPE '\\'"
                " ORDER BY saved_at, slot",
                (base, base.replace("_", "\\_").replace("%", "\\%") + ":%"),
            ).fetchall()
        drafts = [self.get(slot) for (slot,) in rows]
        return [d for d in drafts if d is not None]

    def latest(self, base: str) -> Draft | None:
        """The newest draft of editor slot ``base``, any session."""
        drafts = self.of(base)
        return drafts[-1] if drafts else None

    def orphans(self, base: str) -> list[Draft]:
        """Drafts of editor slot ``base`` whose writer is gone (crashed,
        killed, locked), oldest first: to offer back."""
        return [d for d in self.of(base) if not _writer_alive(self._vault.directory, d.slot)]

    def _save(
        self, slot: str, *, kind: str, fields: dict[str, Any], record_id: RecordId | None
    ) -> None:
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
