"""Sharing, the vault's side of it: this vault's identity, its colleagues'
cards, sealing a record into a bundle and opening a received one (the
cryptography is in :mod:`fieldsafe.exchange`). Reached as ``vault.sharing``;
the CLI and the GUI both call these methods, so a bundle is sealed and opened
one way.

Trust rules kept here (docs/security.md, "Sharing"):

* **Versions.** Every record sealed carries its version vector
  (:mod:`fieldsafe.core.merge`); each new state this vault shares raises its
  own entry. ``exchange_bases`` keeps, per record, the fields last exchanged,
  their version and the join of every version seen. A received record whose
  version is the same as or earlier than that join is refused
  (``replayed``, ``older_version``) before anything is asked or written; a
  concurrent one is merged against the fields last exchanged only if the
  sender had them, else every differing field goes to the conflict choice.
* **Names.** A colleague is shown under the name this vault stored when
  their card was imported (:attr:`ColleagueEntry.name`), never the name in a
  card or a bundle; a sender is named only when their key is verified
  (:attr:`ReceivedBundle.sender_name`). Two colleagues never share a name:
  a card with a known colleague's name (:func:`name_key`) is a key change
  for that colleague, and a name that only looks like a known one
  (:func:`looks_alike`) is stored as "Name (2)".
* **Recipients.** A bundle is sealed for one or more colleagues, each
  verified (checked again here, not taken from the caller), and for this
  vault; the signed payload names them all.
  :func:`fieldsafe.exchange.bundle.open_bundle` refuses a bundle whose signed
  recipients leave us out; a passphrase bundle that names no one is opened,
  and :attr:`ReceivedBundle.addressed_to_me` says so.
* **Several records, all or nothing.** A bundle may hold several shareable
  records (:meth:`Sharing.seal_records`), each with its own version. Every
  record is checked when the bundle is opened and the bundle is imported in
  one transaction: one bad record, or one this vault holds as another kind,
  imports none of them.
* **Histories.** An append-only history (a risk assessment's ``reviews``,
  :func:`fieldsafe.core.merge.histories`) both sides added to is merged as the
  union of its entries, never asked about.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyrage

from fieldsafe.core.clock import to_iso
from fieldsafe.core.merge import (
    NO_COMMON_BASE,
    conflicts,
    histories,
    joined,
    merge,
    next_version,
    order,
)
from fieldsafe.core.plans import FieldChange, changed_fields, plan_changes
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.exchange.bundle import (
    MAX_BUNDLE_BYTES,
    BadBundle,
    Colleague,
    Opened,
    open_bundle,
    seal,
    seal_with_passphrase,
)
from fieldsafe.exchange.identity import (
    Card,
    Identity,
    clean_name,
    looks_alike,
    name_key,
    safety_halves,
)
from fieldsafe.exchange.manifest import received_records

if TYPE_CHECKING:
    import sqlcipher3

    from fieldsafe.core.interchange import InterchangeRecord
    from fieldsafe.vault.db import Database, StoredRecord
    from fieldsafe.vault.transfer import ImportResult

DEFAULT_NAME = "FieldSafe"


@dataclass(frozen=True)
class ColleagueEntry:
    """A colleague's card; ``name`` is what this vault shows them as (stored
    when the card was imported; the name in ``card`` is theirs to change)."""

    id: str
    card: Card
    verified: bool
    changed: bool
    name: str

    @property
    def usable(self) -> bool:
        return self.verified and not self.changed


#: the most records one bundle holds
MAX_BUNDLE_RECORDS = 5000

#: how many times an import merges again when this vault's copy changed meanwhile
MERGE_ATTEMPTS = 3


class _ChangedMeanwhile(Exception):
    """A record changed between its merge and the writing transaction."""


#: what a conflict choice gets: (field, mine, theirs) for each field both changed
Clash = tuple[str, Any, Any]


class Clashes(list[Clash]):
    """The fields of one received record that both sides changed, as
    (field, mine, theirs), and which record it is: ``record_id``, ``kind``
    and ``title`` (of this vault's copy; a bundle may hold several records).
    Equal to a plain list of the same clashes."""

    def __init__(self, items: Iterable[Clash], *, record_id: str, kind: str, title: str) -> None:
        super().__init__(items)
        self.record_id = record_id
        self.kind = kind
        self.title = title


Choose = Callable[[Clashes], list[str] | None]


@dataclass(frozen=True)
class SharedState:
    """One record as it was sealed: its fields and their version."""

    record_id: str
    fields: dict[str, Any]
    version: dict[str, int]


@dataclass(frozen=True)
class SealedBundle:
    """Records sealed for sharing: ``data`` is the bundle file's content.
    Pass it to :meth:`Sharing.remember_shared` once the file is written."""

    data: bytes
    records: tuple[SharedState, ...]

    @property
    def record_ids(self) -> tuple[str, ...]:
        return tuple(r.record_id for r in self.records)


@dataclass(frozen=True)
class ReceivedBundle:
    """A bundle opened and checked, not yet imported: who sent it, and its
    records (never of a private kind)."""

    opened: Opened
    records: list[InterchangeRecord]
    updates: int  # how many of the records to import this vault already holds
    #: the name this vault stored for the sender's verified key (or its own
    #: name, for its own bundle); None when the sender is not verified
    sender_name: str | None = None
    #: records this vault already has in that version or a later one: they
    #: are left as they are (a bundle of several records may hold some)
    left_alone: int = 0

    @property
    def new(self) -> int:
        return len(self.records) - self.updates - self.left_alone

    @property
    def addressed_to_me(self) -> bool:
        """False for a passphrase bundle that names no recipient: anyone
        with the passphrase could open it."""
        return self.opened.addressed_to_me


@dataclass(frozen=True, repr=False)
class Receiving:
    """What checking received bundles takes from the vault, read once for a
    run of them (:meth:`Sharing.receiving`; a team folder's inbox): this
    vault's identity, its colleagues as :func:`open_bundle` wants them, and
    the name stored for each verified sender. Read it inside the
    transaction the bundles are imported in, where nothing else can change
    it. The versions already received are not held here: each bundle's is
    read from the vault when it is opened, so a bundle imported earlier in
    the same transaction is refused when it comes again."""

    me: Identity
    colleagues: Mapping[str, Colleague]
    #: card fingerprint -> the name this vault stores for that verified
    #: sender (its own name for its own card)
    names: Mapping[str, str]
    #: the rows all of this was made from (:meth:`Sharing.receiving` compares them)
    state: tuple[Any, ...]


class _ReceivedVersions(Mapping[str, int]):
    """``received_bundles`` as :func:`open_bundle` reads it: the newest
    version received of each bundle id, looked up in the vault at the
    moment it is asked for (so it includes what the current transaction
    imported)."""

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def __getitem__(self, bundle_id: str) -> int:
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT version FROM received_bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()
        if row is None:
            raise KeyError(bundle_id)
        return int(row[0])

    def __iter__(self) -> Iterator[str]:
        with self._vault.reading() as db:
            rows = db.execute("SELECT bundle_id FROM received_bundles").fetchall()
        return iter([r[0] for r in rows])

    def __len__(self) -> int:
        with self._vault.reading() as db:
            return int(db.execute("SELECT count(*) FROM received_bundles").fetchone()[0])


class _KnownIdentity(Identity):
    """This vault's identity with its card and age identity worked out once
    (opening many bundles asks for them for each)."""

    @functools.cached_property
    def _card(self) -> Card:
        return Identity.card(self)

    @functools.cached_property
    def _age(self) -> pyrage.x25519.Identity:
        return Identity.age_identity(self)

    def card(self) -> Card:
        return self._card

    def age_identity(self) -> pyrage.x25519.Identity:
        return self._age


@dataclass(frozen=True)
class RecordUpdate:
    """What a received record would change in the copy this vault holds,
    field by field (:func:`fieldsafe.core.plans.plan_changes`), if every
    field both sides changed were taken from the bundle; ``both_changed``
    names those fields: the person chooses each when importing."""

    record_id: str
    kind: str
    title: str  # the title of this vault's copy
    changes: list[FieldChange]
    both_changed: tuple[str, ...]


@dataclass(frozen=True)
class SafetyHalf:
    """One half of the safety number and whose it is: ``name`` is this
    vault's own name (``mine``) or the name it stores for the colleague."""

    name: str
    digits: str  # 30 digits in 6 groups of 5
    mine: bool


@dataclass(frozen=True)
class _Exchanged:
    """What ``exchange_bases`` holds for one record."""

    fields: dict[str, Any]
    base_version: dict[str, int]  # the version of ``fields``
    version: dict[str, int]  # the join of every version sent or received


def _for_bundle(record: InterchangeRecord, version: dict[str, int]) -> dict[str, Any]:
    """``record`` as a bundle's content lists it, at ``version``: its
    attachments carry their bytes raw (``"data"``), which the bundle holds
    after its manifest, never as base64 (:mod:`fieldsafe.exchange.manifest`)."""
    doc = replace(record, version=version, attachments=()).as_json()
    if record.attachments:
        doc["attachments"] = [
            {
                "id": a.id,
                "name": a.name,
                "media_type": a.media_type,
                "added_at": a.added_at,
                "data": a.data,
            }
            for a in record.attachments
        ]
    return doc


def _distinct_name(name: str, taken: list[str]) -> str:
    """``name``, or "name (2)", "name (3)"… if it looks like one in ``taken``."""
    alike = {looks_alike(t) for t in taken}
    keys = {name_key(t) for t in taken}
    candidate, number = name, 2
    while looks_alike(candidate) in alike or name_key(candidate) in keys:
        candidate = f"{name} ({number})"
        number += 1
    return candidate


class Sharing:
    #: the name on this vault's card until the person chooses one
    default_name = DEFAULT_NAME

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
        """This vault's own name, on its card and shown to colleagues
        (cleaned as :func:`~fieldsafe.exchange.identity.clean_name`; empty
        gives :data:`DEFAULT_NAME`). Colleagues who already have the card
        keep the name they stored for it."""
        clean = clean_name(name) or DEFAULT_NAME
        self.identity()
        with self._vault.transaction() as db:
            db.execute("UPDATE exchange_identity SET name = ? WHERE id = 1", (clean,))
        return self.identity()

    def add_card(self, card: Card) -> ColleagueEntry:
        """Import a colleague's card (unverified), storing the name this vault
        will show them under. A card carrying the name in a known colleague's
        card (:func:`name_key`: case, width and invisible characters aside)
        but other keys replaces their keys and blocks them until verified
        again, whatever name this vault shows them under (a rename here
        changes neither who a card claims to be nor who it is). A name that
        is, or looks like (:func:`looks_alike`), a name already shown or
        carried by a stored card, or this vault's own name, is stored as
        "Name (2)", so two people are never shown under one name; the same
        card twice changes nothing."""
        me = self.identity()
        if card.fingerprint == me.card().fingerprint:
            raise NotFound()  # one's own card is not a colleague
        with self._vault.transaction() as db:
            same = db.execute(
                "SELECT id FROM colleagues WHERE fingerprint = ?", (card.fingerprint,)
            ).fetchone()
            if same is not None:
                return self.get(same[0])
            entries = self._entries()
            claimed = name_key(card.name)
            # The default name says nothing about who it is: never a key change.
            known = next(
                (
                    e.id
                    for e in entries
                    if name_key(e.card.name) == claimed and claimed != name_key(DEFAULT_NAME)
                ),
                None,
            )
            if known is not None:
                db.execute(
                    "UPDATE colleagues SET card = ?, fingerprint = ?, verified = 0, changed = 1 WHERE id = ?",
                    (card.to_text(), card.fingerprint, known),
                )
                entry_id = known
            else:
                taken = [me.name, *(e.name for e in entries), *(e.card.name for e in entries)]
                entry_id = str(uuid.uuid4())
                db.execute(
                    "INSERT INTO colleagues (id, name, card, fingerprint, added_at) VALUES (?, ?, ?, ?, ?)",
                    (
                        entry_id,
                        _distinct_name(card.name, taken),
                        card.to_text(),
                        card.fingerprint,
                        to_iso(self._vault.clock.now()),
                    ),
                )
        return self.get(entry_id)

    def _entries(self) -> list[ColleagueEntry]:
        """Every colleague, oldest first, each under the name stored for them
        (a name stored before names were kept apart, or one this vault has
        since taken for itself, gets a number here)."""
        with self._vault.reading() as db:
            mine = db.execute("SELECT name FROM exchange_identity WHERE id = 1").fetchone()
            rows = db.execute(
                "SELECT id, name, card, verified, changed FROM colleagues ORDER BY added_at, id"
            ).fetchall()
        shown = [mine[0] if mine is not None else DEFAULT_NAME]
        entries: list[ColleagueEntry] = []
        for row in rows:
            name = _distinct_name(row[1], shown)
            shown.append(name)
            entries.append(
                ColleagueEntry(row[0], Card.from_text(row[2]), bool(row[3]), bool(row[4]), name)
            )
        return entries

    def get(self, entry_id: str) -> ColleagueEntry:
        for entry in self._entries():
            if entry.id == entry_id:
                return entry
        raise NotFound()

    def find(self, name: str) -> ColleagueEntry:
        """The colleague shown under ``name`` (as :func:`name_key` compares names)."""
        for entry in self._entries():
            if name_key(entry.name) == name_key(name):
                return entry
        raise NotFound()

    def all(self) -> list[ColleagueEntry]:
        return sorted(self._entries(), key=lambda e: (name_key(e.name), e.name))

    def name_clash(self, name: str, *, entry_id: str | None = None) -> str | None:
        """The name already shown that ``name`` would be mistaken for (the
        same name as :func:`name_key` compares names, or one that
        :func:`looks_alike` it): another colleague's stored name, or this
        vault's own name; None when ``name`` is free."""
        wanted = clean_name(name)
        shown = [e.name for e in self._entries() if e.id != entry_id]
        shown.append(self.identity().name)
        for other in shown:
            if name_key(other) == name_key(wanted) or looks_alike(other) == looks_alike(wanted):
                return other
        return None

    def rename(self, entry_id: str, name: str) -> ColleagueEntry:
        """Store the name this vault shows a colleague under (theirs to see
        only here: their card is unchanged). Raises :class:`InvalidRecord`
        (``name``: ``required`` when nothing visible is left, ``taken`` when
        it is or looks like another colleague's or this vault's own name,
        see :meth:`name_clash`), :class:`NotFound` for no such colleague."""
        clean = clean_name(name)
        if not clean:
            raise InvalidRecord("name", "required")
        self.get(entry_id)
        if self.name_clash(clean, entry_id=entry_id) is not None:
            raise InvalidRecord("name", "taken")
        with self._vault.transaction() as db:
            if (
                db.execute(
                    "UPDATE colleagues SET name = ? WHERE id = ?", (clean, entry_id)
                ).rowcount
                == 0
            ):
                raise NotFound()
        return self.get(entry_id)

    def shown_name(self, fingerprint: str) -> str | None:
        """The name this vault shows the card with ``fingerprint`` under:
        its own name for its own card, the stored name for a colleague;
        None for a card it does not know."""
        me = self.identity()
        if fingerprint == me.card().fingerprint:
            return me.name
        for entry in self._entries():
            if entry.card.fingerprint == fingerprint:
                return entry.name
        return None

    def safety_halves(self, entry_id: str) -> tuple[SafetyHalf, SafetyHalf]:
        """The safety number shared with a colleague as its two halves, in
        the order both screens show them, each with the name to stand above
        it: this vault's own name over its half, the stored name over theirs
        (never the name in their card)."""
        me, entry = self.identity(), self.get(entry_id)
        mine = me.card().fingerprint
        first, second = (
            SafetyHalf(
                me.name if card.fingerprint == mine else entry.name,
                digits,
                card.fingerprint == mine,
            )
            for card, digits in safety_halves(me.card(), entry.card)
        )
        return first, second

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
        """Replace the fields last exchanged for ``record_id`` (their version
        stays); sealing and importing keep fields and versions together."""
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO exchange_bases (record_id, fields) VALUES (?, ?)"
                " ON CONFLICT (record_id) DO UPDATE SET fields = excluded.fields",
                (record_id, json.dumps(fields, ensure_ascii=False)),
            )

    def version(self, record_id: str) -> dict[str, int]:
        """The join of every version of ``record_id`` sent or received ({} if none)."""
        with self._vault.reading() as db:
            held = self._exchanged(db, record_id)
        return held.version if held is not None else {}

    def _exchanged(self, db: sqlcipher3.Connection, record_id: str) -> _Exchanged | None:
        row = db.execute(
            "SELECT fields, base_version, version FROM exchange_bases WHERE record_id = ?",
            (record_id,),
        ).fetchone()
        if row is None:
            return None
        return _Exchanged(json.loads(row[0]), json.loads(row[1]), json.loads(row[2]))

    def _exchange(
        self,
        db: sqlcipher3.Connection,
        record_id: str,
        fields: dict[str, Any],
        version: dict[str, int],
    ) -> None:
        """Remember that ``fields`` at ``version`` were sent or received: the
        new base, and a version seen (joined with those seen before)."""
        held = self._exchanged(db, record_id)
        seen = joined(held.version if held is not None else {}, version)
        db.execute(
            "INSERT INTO exchange_bases (record_id, fields, base_version, version)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET"
            " fields = excluded.fields, base_version = excluded.base_version,"
            " version = excluded.version",
            (
                record_id,
                json.dumps(fields, ensure_ascii=False),
                json.dumps(dict(sorted(version.items()))),
                json.dumps(seen),
            ),
        )

    def left_alone(self, records: list[InterchangeRecord]) -> dict[str, str]:
        """The records this vault holds in the same or a later version (by
        id: ``"same"`` or ``"earlier"``), which an import leaves alone."""
        return self._left_alone(records)

    def _left_alone(self, records: list[InterchangeRecord]) -> dict[str, str]:
        """The records of a bundle this vault already has in that version
        (``"same"``) or a later one (``"earlier"``): they are left as they
        are, never written. If that is every record, the bundle is refused:
        ``replayed`` when each is the same, else ``older_version``."""
        stale: dict[str, str] = {}
        with self._vault.reading() as db:
            for record in records:
                held = self._exchanged(db, record.id)
                if held is None or record.version is None:
                    continue
                how = order(record.version, held.version)
                if how in ("same", "earlier"):
                    stale[record.id] = how
        if records and len(stale) == len(records):
            raise BadBundle("replayed" if set(stale.values()) == {"same"} else "older_version")
        return stale

    def _merge_base(self, record: InterchangeRecord) -> Mapping[str, Any] | None:
        """The base of the three-way merge: the fields last exchanged, if
        the sender had them (their version is not above the bundle's);
        :data:`NO_COMMON_BASE` if not; None if the record was never exchanged."""
        with self._vault.reading() as db:
            held = self._exchanged(db, record.id)
        if held is None:
            return None
        if order(held.base_version, record.version or {}) in ("same", "earlier"):
            return held.fields
        return NO_COMMON_BASE

    def preview(self, received: ReceivedBundle) -> list[RecordUpdate]:
        """What each record of ``received`` that this vault already holds
        would change in it, before anything is asked or written (records
        new to this vault are not listed)."""
        updates = []
        stale = self._left_alone(received.records)
        for record in received.records:
            if record.id in stale:
                continue
            local = self._vault.get_record(record.id)
            if local is None or local.kind != record.kind:
                continue
            base = self._merge_base(record)
            rule = histories(record.kind)
            clashes = conflicts(base, local.fields, record.fields, histories=rule)
            after = merge(base, local.fields, record.fields, take_theirs=clashes, histories=rule)
            updates.append(
                RecordUpdate(
                    record.id,
                    record.kind,
                    str(local.fields.get("title") or ""),
                    plan_changes(local.fields, after),
                    tuple(clashes),
                )
            )
        return updates

    def import_received(
        self,
        records: list[InterchangeRecord],
        bundle_id: str,
        version: int,
        choose: Choose,
        *,
        sender: str | None = None,
    ) -> ImportResult | None:
        """Import a received bundle's records, merged three ways against
        what was last exchanged (see :meth:`_merge_base`; an append-only
        history both sides added to is the union of both); ``choose`` gets
        each record's real conflicts (:class:`Clashes`, which say which
        record) and returns the fields to take from the bundle (None cancels:
        nothing is written). All or nothing: one record refused by the vault
        (an id it holds for another kind, say) writes none of them.
        A record this vault has in that version or a later one is left as it
        is (counted ``unchanged`` or ``kept_newer``); when that is every
        record, the bundle is refused (:class:`BadBundle`), nothing written.
        The fields an update changes
        in a meeting plan are kept as its unseen changes, with ``sender``
        (the verified sender's card fingerprint, or None).

        The merge (and the question) comes before the writing transaction:
        if a record or what was last exchanged for it changed in between
        (another window, the CLI), nothing is written and the records are
        merged again with what is there now; a question already answered is
        not asked again. After :data:`MERGE_ATTEMPTS` merges that went stale
        the bundle is refused (``changed_meanwhile``), nothing written."""
        stale = self._left_alone(records)
        fresh = [r for r in records if r.id not in stale]
        answers: dict[str, list[str]] = {}
        for _attempt in range(MERGE_ATTEMPTS):
            with self._vault.reading() as db:
                held = self._held(db, fresh)
            prepared = self._merged(fresh, choose, answers)
            if prepared is None:
                return None
            try:
                result = self._write_received(
                    records, stale, held, prepared, sender=sender, bundle=(bundle_id, version)
                )
            except _ChangedMeanwhile:
                continue
            values = list(stale.values())
            return replace(
                result,
                unchanged=result.unchanged + values.count("same"),
                kept_newer=result.kept_newer + values.count("earlier"),
            )
        raise BadBundle("changed_meanwhile")

    def _merged(
        self, fresh: list[InterchangeRecord], choose: Choose, answers: dict[str, list[str]]
    ) -> tuple[list[InterchangeRecord], dict[str, list[str]]] | None:
        """Each record merged with this vault's copy (asking ``choose`` about
        conflicts not in ``answers`` yet), and the fields each plan update
        changes; None when the person cancelled."""
        from fieldsafe.core.records import MEETING_PLAN

        merged: list[InterchangeRecord] = []
        changed: dict[str, list[str]] = {}
        for record in fresh:
            local = self._vault.get_record(record.id)
            fields = record.fields
            if local is not None and local.kind == record.kind:
                base = self._merge_base(record)
                rule = histories(record.kind)
                clashes = conflicts(base, local.fields, record.fields, histories=rule)
                asked = Clashes(
                    [(n, local.fields.get(n), record.fields.get(n)) for n in clashes],
                    record_id=record.id,
                    kind=record.kind,
                    title=str(local.fields.get("title") or ""),
                )
                key = json.dumps([record.id, asked], ensure_ascii=False, sort_keys=True)
                if key not in answers:
                    take = choose(asked) if clashes else []
                    if take is None:
                        return None
                    answers[key] = list(take)
                fields = merge(
                    base, local.fields, record.fields, take_theirs=answers[key], histories=rule
                )
                if record.kind == MEETING_PLAN.name:
                    changed[record.id] = changed_fields(plan_changes(local.fields, fields))
            merged.append(replace(record, fields=fields))
        return merged, changed

    def _write_received(
        self,
        records: list[InterchangeRecord],
        stale: dict[str, str],
        held: list[tuple[Any, ...]],
        prepared: tuple[list[InterchangeRecord], dict[str, list[str]]],
        *,
        sender: str | None,
        bundle: tuple[str, int],
    ) -> ImportResult:
        """Write the merged records in one transaction, if nothing they were
        merged from changed since (else :class:`_ChangedMeanwhile`, nothing
        written)."""
        from fieldsafe.vault.plans import mark_changed
        from fieldsafe.vault.transfer import import_records

        merged, changed = prepared
        fresh = [r for r in records if r.id not in stale]
        now = to_iso(self._vault.clock.now())
        with self._vault.transaction() as db:
            if self._left_alone(records) != stale:  # again, now that nothing else can write
                raise BadBundle("replayed")
            if self._held(db, fresh) != held:
                raise _ChangedMeanwhile()  # rolls back: nothing was written yet
            result = import_records(self._vault, merged, keep_newer=False)  # merged above
            for record in fresh:
                self._exchange(db, record.id, record.fields, record.version or {})
            for record_id, names in changed.items():
                if names:
                    mark_changed(db, record_id, names, sender=sender, received_at=now)
            self.received(*bundle)
        return result

    @staticmethod
    def _held(db: sqlcipher3.Connection, records: list[InterchangeRecord]) -> list[tuple[Any, ...]]:
        """What a merge of ``records`` starts from: each record as this vault
        holds it and what was last exchanged for it (compared, not read)."""
        held = []
        for record in records:
            row = db.execute(
                "SELECT kind, updated_at, fields FROM records WHERE id = ?", (record.id,)
            ).fetchone()
            base = db.execute(
                "SELECT fields, base_version, version FROM exchange_bases WHERE record_id = ?",
                (record.id,),
            ).fetchone()
            held.append((record.id, tuple(row or ()), tuple(base or ())))
        return held

    def seal_record(
        self,
        record_id: str,
        *,
        recipient: ColleagueEntry | None = None,
        passphrase: str | None = None,
    ) -> SealedBundle:
        """Seal one shareable record (see :meth:`seal_records`)."""
        return self.seal_records(
            [record_id], recipients=[recipient] if recipient else (), passphrase=passphrase
        )

    def seal_records(
        self,
        record_ids: Sequence[str],
        *,
        recipients: Sequence[ColleagueEntry] = (),
        passphrase: str | None = None,
        padded: bool = False,
    ) -> SealedBundle:
        """Seal shareable records into one signed bundle (each id once, in
        the order given): encrypted for every one of ``recipients`` and for
        me, or protected by ``passphrase`` (then addressed to ``recipients``,
        whose cards need not be verified). Without a passphrase every
        recipient must be verified now (:attr:`ColleagueEntry.usable`, read
        again from the vault): else :class:`ValueError`, as for no record or
        no recipient. Each record carries its version: the one last exchanged
        if the record is unchanged since, else a new one, remembered now.
        Raises :class:`NotFound` for a missing or private record and
        :class:`BadBundle` (``too_large``) for a bundle too large to be
        received; nothing is remembered then. ``padded`` pads the bundle to
        a size bucket (bundles left in a team folder)."""
        wanted = list(dict.fromkeys(str(r) for r in record_ids))
        if not wanted or len(wanted) > MAX_BUNDLE_RECORDS:
            raise ValueError("seal_records needs 1 to MAX_BUNDLE_RECORDS record ids")
        addressed = self._recipients(recipients, need_verified=passphrase is None)
        if not addressed and passphrase is None:
            raise ValueError("seal_records needs a recipient or a passphrase")
        records = self._exported([self.shareable(r) for r in wanted])
        sender, now = self.identity(), self._vault.clock.now()
        with self._vault.transaction() as db:
            states = tuple(self._state_to_share(db, r, sender) for r in records)
            content = {
                "records": [
                    _for_bundle(r, state.version) for r, state in zip(records, states, strict=True)
                ]
            }
            if passphrase is not None:
                data = seal_with_passphrase(
                    content,
                    sender=sender,
                    passphrase=passphrase,
                    created_at=now,
                    recipients=addressed,
                )
            else:
                data = seal(
                    content, sender=sender, recipients=addressed, created_at=now, padded=padded
                )
            if len(data) > MAX_BUNDLE_BYTES:
                raise BadBundle("too_large")  # rolls the versions back
        return SealedBundle(data, states)

    def write_bundle(
        self,
        path: Path,
        record_ids: Sequence[str],
        *,
        recipients: Sequence[ColleagueEntry] = (),
        passphrase: str | None = None,
        overwrite: bool = False,
    ) -> SealedBundle:
        """Seal ``record_ids`` (:meth:`seal_records`), write the bundle to
        ``path`` (0600, atomically; an existing file only if ``overwrite``,
        else :class:`~fieldsafe.errors.TargetExists`) and remember what was
        shared: the one call the GUI and the CLI make."""
        from fieldsafe.atomicfile import atomic_writer

        sealed = self.seal_records(record_ids, recipients=recipients, passphrase=passphrase)
        with atomic_writer(Path(path), overwrite=overwrite) as out:
            out.write(sealed.data)
        self.remember_shared(sealed)
        return sealed

    def _recipients(
        self, recipients: Sequence[ColleagueEntry], *, need_verified: bool
    ) -> list[Card]:
        """The recipients' cards, each once, as the vault holds them now."""
        cards: dict[str, Card] = {}
        for given in recipients:
            entry = self.get(given.id)
            if need_verified and not entry.usable:
                raise ValueError("every recipient must be a verified colleague")
            cards[entry.card.fingerprint] = entry.card
        return list(cards.values())

    def _exported(self, stored: list[StoredRecord]) -> list[InterchangeRecord]:
        from fieldsafe.vault.transfer import as_interchange

        return [as_interchange(self._vault, s) for s in stored]

    def _state_to_share(
        self, db: sqlcipher3.Connection, record: InterchangeRecord, sender: Identity
    ) -> SharedState:
        """The version ``record`` is shared at: the one last exchanged if it is
        unchanged since, else a new one of this vault's, remembered now."""
        held = self._exchanged(db, record.id)
        unchanged = (
            held is not None
            and held.version
            and held.version == held.base_version
            and held.fields == record.fields
        )
        if held is not None and unchanged:
            version = held.version  # the state last exchanged: its version
        else:
            version = next_version(held.version if held else {}, sender.card().fingerprint)
            self._exchange(db, record.id, record.fields, version)
        return SharedState(record.id, record.fields, version)

    def shareable(self, record_id: str) -> StoredRecord:
        """The record, if it exists and may be shared; else :class:`NotFound`
        (private kinds are never shared)."""
        from fieldsafe.core.records import KINDS, RecordId

        stored = self._vault.get_record(RecordId(record_id))
        if stored is None or KINDS[stored.kind].private:
            raise NotFound()
        return stored

    def remember_shared(self, sealed: SealedBundle) -> None:
        """Keep what both sides now have, the base of later three-way merges
        (sealing already did; this keeps it after a later seal was dropped)."""
        with self._vault.transaction() as db:
            for state in sealed.records:
                self._exchange(db, state.record_id, state.fields, state.version)

    def receiving(self, previous: Receiving | None = None) -> Receiving:
        """What checking received bundles takes from the vault (see
        :class:`Receiving`), read now; ``previous`` itself when the rows it
        was made from are unchanged (its colleagues' names are not worked
        out again)."""
        with self._vault.reading() as db:
            mine = db.execute(
                "SELECT name, age_secret, sign_secret FROM exchange_identity WHERE id = 1"
            ).fetchone()
            rows = db.execute(
                "SELECT id, name, card, verified, changed FROM colleagues ORDER BY added_at, id"
            ).fetchall()
        state = (tuple(mine) if mine is not None else None, tuple(tuple(r) for r in rows))
        if previous is not None and mine is not None and previous.state == state:
            return previous
        made = self.identity()
        me = _KnownIdentity(made.name, made.age_secret, made.sign_secret)
        entries = self._entries()
        names = {e.card.fingerprint: e.name for e in entries if e.usable}
        names[me.card().fingerprint] = me.name
        colleagues = {e.card.fingerprint: Colleague(e.card, e.usable) for e in entries}
        return Receiving(me, colleagues, names, state)

    def open_received(
        self,
        data: bytes,
        ask_passphrase: Callable[[], str | None],
        *,
        receiving: Receiving | None = None,
    ) -> ReceivedBundle | None:
        """Open and check a received bundle. A passphrase bundle calls
        ``ask_passphrase`` (None cancels: returns None). Raises
        :class:`BadBundle` when the bundle is refused. ``receiving``: the
        identity and colleagues read once for many bundles
        (:meth:`receiving`), instead of reading them again; the versions
        already received are read for this bundle either way."""
        from fieldsafe.core.records import KINDS

        me: Identity
        colleagues: Mapping[str, Colleague]
        versions: Mapping[str, int]
        if receiving is None:
            me, colleagues, versions = self.identity(), self.for_opening(), self.last_versions()
        else:
            me, colleagues = receiving.me, receiving.colleagues
            versions = _ReceivedVersions(self._vault)
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
        if not isinstance(raw, list) or not raw:
            raise BadBundle("not_a_bundle")
        # Every record is checked (all or nothing), as an import checks them.
        records = received_records(raw, opened.attachments, version=opened.format)
        seen: set[str] = set()
        for index, record in enumerate(records):
            if record.id in seen:
                raise InvalidRecord("id", "duplicate_id", index)
            seen.add(record.id)
        if any(KINDS[r.kind].private for r in records):
            raise BadBundle("not_a_bundle")  # private kinds are never shared
        if any(r.version is None for r in records):
            raise BadBundle("not_a_bundle")  # format 2: every record has its version
        stale = self._left_alone(records)
        updates = sum(
            self._vault.get_record(r.id) is not None for r in records if r.id not in stale
        )
        if receiving is None:
            sender_name = self._sender_name(opened)
        else:
            sender_name = receiving.names.get(opened.sender.fingerprint)
        return ReceivedBundle(opened, records, updates, sender_name, left_alone=len(stale))

    def _sender_name(self, opened: Opened) -> str | None:
        """The name stored for the bundle's signer if their key is verified
        (this vault's own name for its own bundle); never the bundle's."""
        signer = opened.sender.fingerprint
        me = self.identity()
        if signer == me.card().fingerprint:
            return me.name
        for entry in self._entries():
            if entry.card.fingerprint == signer and entry.usable:
                return entry.name
        return None

    def import_bundle(self, received: ReceivedBundle, choose: Choose) -> ImportResult | None:
        """Import an opened bundle all or nothing (see :meth:`import_received`)."""
        opened = received.opened
        verified = opened.sender.fingerprint if received.sender_name is not None else None
        return self.import_received(
            received.records, opened.bundle_id, opened.bundle_version, choose, sender=verified
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
