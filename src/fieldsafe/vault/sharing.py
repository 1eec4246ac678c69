"""Sharing, the vault's side of it: this vault's identity, its colleagues'
cards, sealing a record into a bundle and opening a received one (the
cryptography is in :mod:`fieldsafe.exchange`). Reached as ``vault.sharing``;
the CLI and the GUI both call these methods, so a bundle is sealed and opened
one way."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import to_iso
from fieldsafe.errors import NotFound
from fieldsafe.exchange.bundle import (
    BadBundle,
    Colleague,
    Opened,
    open_bundle,
    seal,
    seal_with_passphrase,
)
from fieldsafe.exchange.identity import Card, Identity

if TYPE_CHECKING:
    from fieldsafe.core.interchange import InterchangeRecord
    from fieldsafe.vault.db import Database, StoredRecord
    from fieldsafe.vault.transfer import ImportResult

DEFAULT_NAME = "FieldSafe"


@dataclass(frozen=True)
class ColleagueEntry:
    id: str
    card: Card
    verified: bool
    changed: bool

    @property
    def usable(self) -> bool:
        return self.verified and not self.changed


@dataclass(frozen=True)
class SealedBundle:
    """A record sealed for sharing: ``data`` is the bundle file's content.
    Pass it to :meth:`Sharing.remember_shared` once the file is written."""

    data: bytes
    record_id: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class ReceivedBundle:
    """A bundle opened and checked, not yet imported: who sent it, and its
    records (never of a private kind)."""

    opened: Opened
    records: list[InterchangeRecord]
    updates: int  # how many of the records this vault already holds

    @property
    def new(self) -> int:
        return len(self.records) - self.updates


class Sharing:
    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def identity(self) -> Identity:
        """This vault's identity, made on first use."""
        with self._vault.transaction() as db:
            row = db.execute(
                "SELECT name, age_secret, sign_secret FROM exchange_identity WHERE id = 1"
            ).fetchone()
            if row is not None:
                return Identity(row[0], row[1], bytes(row[2]))
            made = Identity.generate(DEFAULT_NAME)
            db.execute(
                "INSERT INTO exchange_identity (id, name, age_secret, sign_secret, created_at) VALUES (1, ?, ?, ?, ?)",
                (made.name, made.age_secret, made.sign_secret, to_iso(self._vault.clock.now())),
            )
            return made

    def set_name(self, name: str) -> Identity:
        clean = " ".join(name.split())[:80] or DEFAULT_NAME
        self.identity()
        with self._vault.transaction() as db:
            db.execute("UPDATE exchange_identity SET name = ? WHERE id = 1", (clean,))
        return self.identity()

    def add_card(self, card: Card) -> ColleagueEntry:
        """Import a colleague's card (unverified). A card with a known
        colleague's name but other keys replaces their keys and blocks them
        until verified again; the same card twice changes nothing."""
        if card.fingerprint == self.identity().card().fingerprint:
            raise NotFound()  # one's own card is not a colleague
        with self._vault.transaction() as db:
            same = db.execute(
                "SELECT id FROM colleagues WHERE fingerprint = ?", (card.fingerprint,)
            ).fetchone()
            if same is not None:
                return self.get(same[0])
            known = db.execute(
                "SELECT id FROM colleagues WHERE name = ? COLLATE NOCASE", (card.name,)
            ).fetchone()
            if known is not None:
                db.execute(
                    "UPDATE colleagues SET card = ?, fingerprint = ?, verified = 0, changed = 1 WHERE id = ?",
                    (card.to_text(), card.fingerprint, known[0]),
                )
                entry_id = known[0]
            else:
                entry_id = str(uuid.uuid4())
                db.execute(
                    "INSERT INTO colleagues (id, name, card, fingerprint, added_at) VALUES (?, ?, ?, ?, ?)",
                    (
                        entry_id,
                        card.name,
                        card.to_text(),
                        card.fingerprint,
                        to_iso(self._vault.clock.now()),
                    ),
                )
        return self.get(entry_id)

    def get(self, entry_id: str) -> ColleagueEntry:
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT id, card, verified, changed FROM colleagues WHERE id = ?", (entry_id,)
            ).fetchone()
        if row is None:
            raise NotFound()
        return ColleagueEntry(row[0], Card.from_text(row[1]), bool(row[2]), bool(row[3]))

    def find(self, name: str) -> ColleagueEntry:
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT id FROM colleagues WHERE name = ? COLLATE NOCASE", (" ".join(name.split()),)
            ).fetchone()
        if row is None:
            raise NotFound()
        return self.get(row[0])

    def all(self) -> list[ColleagueEntry]:
        with self._vault.reading() as db:
            ids = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM colleagues ORDER BY name COLLATE NOCASE"
                ).fetchall()
            ]
        return [self.get(i) for i in ids]

    def verify(self, entry_id: str) -> ColleagueEntry:
        """Mark verified, after the person compared the safety number."""
        with self._vault.transaction() as db:
            if (
                db.execute(
                    "UPDATE colleagues SET verified = 1, changed = 0 WHERE id = ?", (entry_id,)
                ).rowcount
                == 0
            ):
                raise NotFound()
        return self.get(entry_id)

    def remove_colleague(self, entry_id: str) -> None:
        """Delete a colleague's card (secure_delete overwrites it). Nothing
        else changes: records already received from them stay until deleted
        one by one, and their bundles are refused from now on as coming from
        someone unknown."""
        with self._vault.transaction() as db:
            if db.execute("DELETE FROM colleagues WHERE id = ?", (entry_id,)).rowcount == 0:
                raise NotFound()

    def for_opening(self) -> dict[str, Colleague]:
        """Fingerprint → colleague, as :func:`fieldsafe.exchange.bundle.open_bundle` wants."""
        return {e.card.fingerprint: Colleague(e.card, e.usable) for e in self.all()}

    def base(self, record_id: str) -> dict[str, Any] | None:
        """What was last exchanged for ``record_id`` (sent or received)."""
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT fields FROM exchange_bases WHERE record_id = ?", (record_id,)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def set_base(self, record_id: str, fields: dict[str, Any]) -> None:
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO exchange_bases (record_id, fields) VALUES (?, ?)"
                " ON CONFLICT (record_id) DO UPDATE SET fields = excluded.fields",
                (record_id, json.dumps(fields, ensure_ascii=False)),
            )

    def import_received(
        self,
        records: list[InterchangeRecord],
        bundle_id: str,
        version: int,
        choose: Callable[[list[tuple[str, Any, Any]]], list[str] | None],
    ) -> ImportResult | None:
        """Import a received bundle's records, merged three ways against
        what was last exchanged; ``choose`` gets each record's real
        conflicts as (field, mine, theirs) and returns the fields to take
        from the bundle (None cancels: nothing is written)."""
        from fieldsafe.core.merge import conflicts, merge
        from fieldsafe.vault.transfer import import_records

        merged = []
        for record in records:
            local = self._vault.get_record(record.id)
            fields = record.fields
            if local is not None and local.kind == record.kind:
                base = self.base(record.id)
                clashes = conflicts(base, local.fields, record.fields)
                take = (
                    choose([(n, local.fields.get(n), record.fields.get(n)) for n in clashes])
                    if clashes
                    else []
                )
                if take is None:
                    return None
                fields = merge(base, local.fields, record.fields, take_theirs=take)
            merged.append(replace(record, fields=fields))
        result = import_records(self._vault, merged)
        for record in records:
            self.set_base(record.id, record.fields)
        self.received(bundle_id, version)
        return result

    def seal_record(
        self,
        record_id: str,
        *,
        recipient: ColleagueEntry | None = None,
        passphrase: str | None = None,
    ) -> SealedBundle:
        """Seal one shareable record: encrypted for ``recipient`` and for me
        and signed, or protected by ``passphrase`` (exactly one of them).
        Raises :class:`NotFound` for a missing or private record."""
        from fieldsafe.vault.transfer import export_records

        if (recipient is None) == (passphrase is None):
            raise ValueError("seal_record needs a recipient or a passphrase")
        stored = self.shareable(record_id)
        (record,) = [r for r in export_records(self._vault, [stored.kind]) if r.id == stored.id]
        content = {"records": [record.as_json()]}
        sender, now = self.identity(), self._vault.clock.now()
        if passphrase is not None:
            data = seal_with_passphrase(
                content, sender=sender, passphrase=passphrase, created_at=now
            )
        else:
            assert recipient is not None
            data = seal(content, sender=sender, recipients=[recipient.card], created_at=now)
        return SealedBundle(data, record.id, record.fields)

    def shareable(self, record_id: str) -> StoredRecord:
        """The record, if it exists and may be shared; else :class:`NotFound`
        (private kinds are never shared)."""
        from fieldsafe.core.records import KINDS, RecordId

        stored = self._vault.get_record(RecordId(record_id))
        if stored is None or KINDS[stored.kind].private:
            raise NotFound()
        return stored

    def remember_shared(self, sealed: SealedBundle) -> None:
        """Keep what both sides now have, the base of later three-way merges."""
        self.set_base(sealed.record_id, sealed.fields)

    def open_received(
        self, data: bytes, ask_passphrase: Callable[[], str | None]
    ) -> ReceivedBundle | None:
        """Open and check a received bundle. A passphrase bundle calls
        ``ask_passphrase`` (None cancels: returns None). Raises
        :class:`BadBundle` when the bundle is refused."""
        from fieldsafe.core.interchange import parse_record
        from fieldsafe.core.records import KINDS

        me, colleagues, versions = self.identity(), self.for_opening(), self.last_versions()
        try:
            opened = open_bundle(data, me=me, colleagues=colleagues, last_versions=versions)
        except BadBundle as exc:
            if exc.reason != "needs_passphrase":
                raise
            secret = ask_passphrase()
            if secret is None:
                return None
            opened = open_bundle(
                data, me=me, colleagues=colleagues, last_versions=versions, passphrase=secret
            )
        raw = opened.content.get("records")
        if not isinstance(raw, list):
            raise BadBundle("not_a_bundle")
        records = [parse_record(r, index=i) for i, r in enumerate(raw)]
        if any(KINDS[r.kind].private for r in records):
            raise BadBundle("not_a_bundle")  # private kinds are never shared
        updates = sum(self._vault.get_record(r.id) is not None for r in records)
        return ReceivedBundle(opened, records, updates)

    def import_bundle(
        self,
        received: ReceivedBundle,
        choose: Callable[[list[tuple[str, Any, Any]]], list[str] | None],
    ) -> ImportResult | None:
        """Import an opened bundle all or nothing (see :meth:`import_received`)."""
        opened = received.opened
        return self.import_received(
            received.records, opened.bundle_id, opened.bundle_version, choose
        )

    def last_versions(self) -> dict[str, int]:
        with self._vault.reading() as db:
            return {
                r[0]: int(r[1])
                for r in db.execute("SELECT bundle_id, version FROM received_bundles").fetchall()
            }

    def received(self, bundle_id: str, version: int) -> None:
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO received_bundles (bundle_id, version, received_at) VALUES (?, ?, ?)"
                " ON CONFLICT (bundle_id) DO UPDATE SET version = max(version, excluded.version),"
                " received_at = excluded.received_at",
                (bundle_id, version, to_iso(self._vault.clock.now())),
            )
