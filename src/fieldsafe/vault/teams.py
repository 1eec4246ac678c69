"""Teams and team folders, the vault's side: reached as ``vault.teams``.

A team is a named set of this vault's **verified** colleagues, each a
``member`` or a safety ``lead``, and perhaps a team folder that a sync engine
carries between the team's devices (:mod:`fieldsafe.exchange.team_folder`
has its layout). The GUI and the CLI both go through these methods.

* **Sending** (:meth:`Teams.send`) seals the records once for each
  recipient (that colleague and this vault, padded to a size bucket) and
  leaves the bundle in the recipient's inbox in the folder of a team they
  are a verified member of. A recipient without such a folder, or no longer
  verified, is listed as not sent; nothing waits on a network.
* **Receiving** (:meth:`Teams.sync`) reads this vault's inbox in every team
  folder, oldest first, and treats each bundle exactly as a received file
  (:meth:`~fieldsafe.vault.sharing.Sharing.open_received`: a verified sender,
  addressed to us, not a replay, not older). The sender must also be a
  verified member of that team. A bundle whose records clash with this
  vault's waits in the inbox for the person's choice
  (:meth:`Teams.import_waiting`); everything else is imported with the usual
  merge and then removed from the inbox. A refused bundle is moved to
  ``rejected/`` and its reason kept here (:meth:`Teams.refusals`), never
  imported. Bundles are taken in short batches, each in one transaction
  under the vault's file lock (so two processes on one vault never take the
  same bundle twice), each bundle all or nothing on its own; an imported
  bundle leaves the inbox once its batch is committed.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from fieldsafe.core.clock import to_iso
from fieldsafe.core.records import RecordId
from fieldsafe.errors import BadInputFile, InvalidRecord, NotFound, TeamFolderMissing
from fieldsafe.exchange import team_folder
from fieldsafe.exchange.bundle import MAX_BUNDLE_BYTES, BadBundle
from fieldsafe.exchange.identity import Card, clean_name
from fieldsafe.vault.db import map_db_error
from fieldsafe.vault.lockfile import vault_files_locked

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database
    from fieldsafe.vault.sharing import (
        Clashes,
        ColleagueEntry,
        ReceivedBundle,
        Receiving,
        Sharing,
    )
    from fieldsafe.vault.transfer import ImportResult

MEMBER = "member"
LEAD = "lead"
ROLES = (MEMBER, LEAD)
#: the longest team name
MAX_TEAM_NAME = 80
#: how many refusals are kept (the oldest go first)
MAX_REFUSALS = 200
#: how long handling one bundle waits for another process holding the vault's lock
LOCK_WAIT_SECONDS = 30.0
#: a sync takes bundles in batches, each in one transaction under the vault's
#: file lock, for about this long at most (then lets other threads and
#: processes have the vault: the window's lock waits 0.4 s for it)...
BATCH_SECONDS = 0.15
#: ...and at most this many bundles
BATCH_BUNDLES = 256
#: a bundle larger than this (attachments) is taken in a batch of its own
BATCH_LARGE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class TeamMember:
    colleague: ColleagueEntry
    role: str

    @property
    def lead(self) -> bool:
        return self.role == LEAD


@dataclass(frozen=True)
class Team:
    id: str
    name: str
    folder: Path | None
    members: tuple[TeamMember, ...]

    def member(self, colleague_id: str) -> TeamMember | None:
        for m in self.members:
            if m.colleague.id == colleague_id:
                return m
        return None

    @property
    def leads(self) -> tuple[ColleagueEntry, ...]:
        """The team's safety leads who are verified now."""
        return tuple(m.colleague for m in self.members if m.lead and m.colleague.usable)

    @property
    def usable(self) -> tuple[ColleagueEntry, ...]:
        """Every member who is verified now (only they are sent to or heard from)."""
        return tuple(m.colleague for m in self.members if m.colleague.usable)


@dataclass(frozen=True)
class Sent:
    """One bundle left in a recipient's inbox."""

    recipient: ColleagueEntry
    team: Team
    path: Path


@dataclass(frozen=True)
class SendResult:
    sent: tuple[Sent, ...] = ()
    #: recipients who got nothing: in no team with a folder, or not verified now
    not_sent: tuple[ColleagueEntry, ...] = ()
    #: teams whose folder was not there (their members are in ``not_sent``)
    missing: tuple[Team, ...] = ()


@dataclass(frozen=True)
class Arrival:
    """One record imported from a team folder."""

    record_id: str
    kind: str
    sender: str  # the name this vault stores for the verified sender
    updated: bool  # True: an update of a record this vault had


@dataclass(frozen=True)
class Refusal:
    id: str
    team_id: str
    team_name: str
    file_name: str  # its random name in rejected/<this vault's fingerprint>/
    reason: str  # a BadBundle reason key (fieldsafe.messages words it)
    refused_at: str


@dataclass(frozen=True)
class HeldBack:
    """A bundle that waits in the inbox for the person's choice: its records
    clash with this vault's (:meth:`Teams.import_waiting`)."""

    team_id: str
    path: Path
    sender: str


@dataclass
class SyncResult:
    arrivals: list[Arrival] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    waiting: list[HeldBack] = field(default_factory=list)
    #: teams whose folder is not there now (nothing was read from them)
    missing: list[Team] = field(default_factory=list)

    def counts(self) -> list[tuple[str, str, bool, int]]:
        """(sender, kind, updated, how many), in the order they arrived."""
        counted = Counter((a.sender, a.kind, a.updated) for a in self.arrivals)
        return [(s, k, u, n) for (s, k, u), n in counted.items()]

    @property
    def anything(self) -> bool:
        return bool(self.arrivals or self.refused or self.waiting)


def _team_name(name: str) -> str:
    cleaned = clean_name(name)
    if not cleaned or len(cleaned) > MAX_TEAM_NAME:
        raise InvalidRecord("name", "not_a_team_name")
    return cleaned


def _folder(folder: Path | str | None) -> str | None:
    if folder is None or str(folder) == "":
        return None
    path = Path(folder).expanduser()
    if not path.is_absolute():
        path = path.absolute()
    team_folder.check_folder(path)
    return str(path)


class Teams:
    """``vault.teams``: see the module docstring."""

    def __init__(self, vault: Database, sharing: Sharing) -> None:
        self._vault = vault
        self._sharing = sharing

    # -- the teams ------------------------------------------------------------
    def all(self) -> list[Team]:
        """Every team, by name, with its members (each as the colleague entry
        this vault holds now: a key change shows as not usable)."""
        colleagues = {e.id: e for e in self._sharing.all()}
        with self._vault.reading() as db:
            teams = db.execute("SELECT id, name, folder FROM teams").fetchall()
            rows = db.execute("SELECT team_id, colleague_id, role FROM team_members").fetchall()
        members: dict[str, list[TeamMember]] = {}
        for team_id, colleague_id, role in rows:
            if colleague_id in colleagues:
                members.setdefault(team_id, []).append(TeamMember(colleagues[colleague_id], role))
        found = [
            Team(
                t[0],
                t[1],
                Path(t[2]) if t[2] else None,
                tuple(
                    sorted(
                        members.get(t[0], []),
                        key=lambda m: (not m.lead, m.colleague.name.casefold()),
                    )
                ),
            )
            for t in teams
        ]
        return sorted(found, key=lambda t: (t.name.casefold(), t.id))

    def get(self, team_id: str) -> Team:
        for team in self.all():
            if team.id == team_id:
                return team
        raise NotFound()

    def find(self, name: str) -> Team:
        """The team named ``name`` (case and spacing as :func:`clean_name` sees them)."""
        wanted = clean_name(name).casefold()
        for team in self.all():
            if team.name.casefold() == wanted:
                return team
        raise NotFound()

    def create(self, name: str, *, folder: Path | str | None = None) -> Team:
        """A new team; ``folder`` (optional) must be a directory there now
        (:class:`TeamFolderMissing`). :class:`InvalidRecord` for an empty or
        too long name, or one another team has."""
        cleaned = _team_name(name)
        path = _folder(folder)
        team_id = str(uuid.uuid4())
        with self._vault.transaction() as db:
            self._name_free(db, cleaned, None)
            db.execute(
                "INSERT INTO teams (id, name, folder, created_at) VALUES (?, ?, ?, ?)",
                (team_id, cleaned, path, to_iso(self._vault.clock.now())),
            )
        return self.get(team_id)

    @staticmethod
    def _name_free(db: sqlcipher3.Connection, name: str, team_id: str | None) -> None:
        for other_id, other in db.execute("SELECT id, name FROM teams").fetchall():
            if other_id != team_id and other.casefold() == name.casefold():
                raise InvalidRecord("name", "team_name_taken")

    def rename(self, team_id: str, name: str) -> Team:
        cleaned = _team_name(name)
        with self._vault.transaction() as db:
            self._name_free(db, cleaned, team_id)
            if not db.execute(
                "UPDATE teams SET name = ? WHERE id = ?", (cleaned, team_id)
            ).rowcount:
                raise NotFound()
        return self.get(team_id)

    def set_folder(self, team_id: str, folder: Path | str | None) -> Team:
        """Point the team at ``folder`` (a directory there now), or at none."""
        path = _folder(folder)
        with self._vault.transaction() as db:
            if not db.execute("UPDATE teams SET folder = ? WHERE id = ?", (path, team_id)).rowcount:
                raise NotFound()
        return self.get(team_id)

    def remove(self, team_id: str) -> None:
        """Delete the team, its members' roles in it and what was refused
        through its folder (secure_delete overwrites them). The colleagues
        stay, and so does the folder and everything in it."""
        with self._vault.transaction() as db:
            if not db.execute("DELETE FROM teams WHERE id = ?", (team_id,)).rowcount:
                raise NotFound()

    def add_member(self, team_id: str, colleague_id: str, *, role: str = MEMBER) -> Team:
        """Add a colleague, who must be verified now (:class:`ValueError`
        otherwise), or change the role of one already in the team."""
        if role not in ROLES:
            raise ValueError("role is 'member' or 'lead'")
        entry = self._sharing.get(colleague_id)
        if not entry.usable:
            raise ValueError("only a verified colleague can join a team")
        with self._vault.transaction() as db:
            if db.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone() is None:
                raise NotFound()
            db.execute(
                "INSERT INTO team_members (team_id, colleague_id, role) VALUES (?, ?, ?)"
                " ON CONFLICT (team_id, colleague_id) DO UPDATE SET role = excluded.role",
                (team_id, colleague_id, role),
            )
        return self.get(team_id)

    def remove_member(self, team_id: str, colleague_id: str) -> Team:
        with self._vault.transaction() as db:
            if not db.execute(
                "DELETE FROM team_members WHERE team_id = ? AND colleague_id = ?",
                (team_id, colleague_id),
            ).rowcount:
                raise NotFound()
        return self.get(team_id)

    def safety_leads(self) -> list[ColleagueEntry]:
        """The verified safety leads of every team that has a folder, each once."""
        leads: dict[str, ColleagueEntry] = {}
        for team in self.all():
            if team.folder is not None:
                for lead in team.leads:
                    leads.setdefault(lead.id, lead)
        return list(leads.values())

    def route(self, colleague_id: str) -> Team | None:
        """The team whose folder carries bundles to ``colleague_id``: the first
        team by name that has a folder and the colleague as a verified member."""
        return _route(self.all(), colleague_id)

    def reachable(self) -> list[ColleagueEntry]:
        """Every colleague a team folder reaches (:meth:`route`), each once."""
        found: dict[str, ColleagueEntry] = {}
        for team in self.all():
            if team.folder is not None:
                for entry in team.usable:
                    found.setdefault(entry.id, entry)
        return sorted(found.values(), key=lambda e: e.name.casefold())

    # -- sending --------------------------------------------------------------
    def send(
        self,
        record_ids: Sequence[str],
        recipients: Sequence[ColleagueEntry],
        *,
        team_id: str | None = None,
    ) -> SendResult:
        """Leave ``record_ids`` for each of ``recipients`` in their inbox
        (see the module docstring): through the folder of ``team_id`` when
        given (a recipient who is not a verified member of it is not sent
        to), else through :meth:`route`'s. Records are checked as for any
        share (:meth:`~fieldsafe.vault.sharing.Sharing.seal_records`)."""
        sent: list[Sent] = []
        not_sent: list[ColleagueEntry] = []
        missing: dict[str, Team] = {}
        teams = self.all()  # read once, not once for each recipient
        via = None
        if team_id is not None:
            via = next((t for t in teams if t.id == team_id), None)
            if via is None:
                raise NotFound()
        for given in dict.fromkeys(recipients):
            team = _route(teams, given.id) if via is None else via
            if team is None or team.folder is None or not _reaches(team, given.id):
                not_sent.append(given)
                continue
            member = team.member(given.id)
            assert member is not None  # noqa: S101 - route() found them there
            try:
                team_folder.check_folder(team.folder)
            except TeamFolderMissing:
                missing[team.id] = team
                not_sent.append(given)
                continue
            sealed = self._sharing.seal_records(
                record_ids, recipients=[member.colleague], padded=True
            )
            path = team_folder.put(team.folder, member.colleague.card.fingerprint, sealed.data)
            self._sharing.remember_shared(sealed)
            sent.append(Sent(member.colleague, team, path))
        return SendResult(tuple(sent), tuple(not_sent), tuple(missing.values()))

    def send_to_team(self, team_id: str, record_ids: Sequence[str]) -> SendResult:
        """:meth:`send` to every verified member of the team, through its folder."""
        return self.send(record_ids, self.get(team_id).usable, team_id=team_id)

    def send_to_leads(self, record_ids: Sequence[str]) -> SendResult:
        """:meth:`send` to every safety lead (:meth:`safety_leads`)."""
        return self.send(record_ids, self.safety_leads())

    # -- cards ----------------------------------------------------------------
    def publish_card(self, team_id: str) -> Path:
        """Leave this vault's public card in the team folder's ``cards/``."""
        team = self.get(team_id)
        if team.folder is None:
            raise TeamFolderMissing()
        return team_folder.write_card(team.folder, self._sharing.identity().card())

    def folder_cards(self, team_id: str) -> list[Card]:
        """Cards in the team folder that this vault does not hold yet (not
        its own): convenience copies, to import and then verify in person."""
        team = self.get(team_id)
        if team.folder is None:
            raise TeamFolderMissing()
        known = {e.card.fingerprint for e in self._sharing.all()}
        known.add(self._sharing.identity().card().fingerprint)
        found: dict[str, Card] = {}
        for card in team_folder.cards(team.folder):
            if card.fingerprint not in known:
                found.setdefault(card.fingerprint, card)
        return list(found.values())

    # -- receiving ------------------------------------------------------------
    def sync(self, *, should_stop: Callable[[], bool] | None = None) -> SyncResult:
        """Read this vault's inbox in every team folder once (see the module
        docstring). ``should_stop`` is asked between bundles (locking the
        vault stops a sync). :class:`StorageFailed` (a full disk) stops it
        with what was done so far kept.

        Bundles are taken in batches (:meth:`_take_batch`): each under the
        vault's file lock and in one transaction, for at most
        :data:`BATCH_SECONDS` or :data:`BATCH_BUNDLES` bundles, so another
        thread or process waits for the vault no longer than that."""
        result = SyncResult()
        mine = self._sharing.identity().card().fingerprint
        for team in self.all():
            if team.folder is None:
                continue
            try:
                items = team_folder.waiting(team.folder, mine)
            except TeamFolderMissing:
                result.missing.append(team)
                continue
            if not self._take_all(team, mine, deque(items), result, should_stop):
                break
        return result

    def _take_all(
        self,
        team: Team,
        mine: str,
        pending: deque[team_folder.Waiting],
        result: SyncResult,
        should_stop: Callable[[], bool] | None,
    ) -> bool:
        """Take every bundle in ``pending``, batch after batch; False when
        ``should_stop`` stopped it."""
        receiving: Receiving | None = None
        careful = False
        while pending:
            if should_stop is not None and should_stop():
                return False
            batch = _Batch(time.monotonic() + BATCH_SECONDS, should_stop, careful=careful)
            try:
                with vault_files_locked(self._vault.directory, wait=LOCK_WAIT_SECONDS):
                    receiving = self._take_batch(team, pending, batch, receiving)
                    self._settle(team, mine, batch, result)
            except _Unsafe as exc:
                if not exc.again:
                    raise _mapped(exc.error) from None
                # A bundle wrote, then was refused: nothing of the batch was
                # kept. Take it again, each bundle in a savepoint of its own.
                pending.extendleft(reversed(batch.seen))
                careful = True
                continue
            if batch.failed is not None:
                raise batch.failed  # after keeping the bundles before it
        return True

    def _take_batch(
        self,
        team: Team,
        pending: deque[team_folder.Waiting],
        batch: _Batch,
        receiving: Receiving | None,
    ) -> Receiving:
        """Take bundles from the front of ``pending`` in one transaction
        until :data:`BATCH_SECONDS` have passed, :data:`BATCH_BUNDLES` were
        imported, a large bundle comes (it is taken alone), ``should_stop``
        or an error. Only the vault is written here; the files are moved
        once it is committed (:meth:`_settle`). Each bundle is imported all
        or nothing on its own: one refused undoes nothing of the others, and
        an error in one keeps those before it (:attr:`_Batch.failed`)."""
        members = frozenset(m.card.fingerprint for m in team.usable)
        with self._vault.transaction() as db:
            # Read inside the transaction: nothing else changes it meanwhile.
            receiving = self._sharing.receiving(receiving)
            while pending and batch.has_room(pending[0]):
                item = pending.popleft()
                batch.seen.append(item)
                self._take(db, team, item, batch, (receiving, members))
                if batch.failed is not None or batch.over(item):
                    break
        return receiving

    def _take(
        self,
        db: sqlcipher3.Connection,
        team: Team,
        item: team_folder.Waiting,
        batch: _Batch,
        known: tuple[Receiving, frozenset[str]],
    ) -> None:
        """Import, hold back or refuse one bundle of ``team``'s inbox in the
        batch's transaction (noted in ``batch``). ``known``: what opening
        it is checked against (:meth:`Sharing.receiving`) and the card
        fingerprints of the team's verified members."""
        try:
            data = team_folder.read(item, limit=MAX_BUNDLE_BYTES)
            if data is None:
                return  # another process took it
            received = self._opened(team, data, known)
            arrivals = self._arrivals(received)
            # A clash makes the import ask _no_choice, which leaves it all unwritten.
            imported = self._import(db, received, careful=batch.careful)
        except (BadInputFile, InvalidRecord) as exc:
            batch.refused.append((item, _reason(exc)))
            return
        except _Unsafe:
            raise
        except Exception as exc:  # nothing of this bundle is written (see _import)
            batch.failed = _mapped(exc)
            return
        if imported is None:  # a clash: the person chooses
            batch.waiting.append(HeldBack(team.id, item.path, str(received.sender_name)))
            return
        batch.taken.append(item)
        batch.arrivals.extend(arrivals)

    def _import(
        self, db: sqlcipher3.Connection, received: ReceivedBundle, *, careful: bool
    ) -> ImportResult | None:
        """:meth:`Sharing.import_bundle` in the batch's transaction, leaving
        nothing of the bundle written when it raises. A bundle of several
        records or with attachments (or any, ``careful``) is imported in a
        savepoint, undone on an error. Any other is not (FTS5 writes out its
        pending index at every savepoint): it is checked whole before
        anything is written, and if something was written all the same
        before an error, :class:`_Unsafe` ends the whole transaction."""
        guarded = (
            careful or len(received.records) > 1 or any(r.attachments for r in received.records)
        )
        if guarded:
            db.execute(f"SAVEPOINT {_SAVEPOINT}")
        before = db.total_changes
        try:
            imported = self._sharing.import_bundle(received, _no_choice)
        except Exception as exc:
            if guarded and not _undone(db):
                raise _Unsafe(exc, again=False) from exc
            if not guarded and db.total_changes != before:
                raise _Unsafe(exc, again=isinstance(exc, BadInputFile | InvalidRecord)) from exc
            raise
        if guarded:
            db.execute(f"RELEASE {_SAVEPOINT}")
        return imported

    def _settle(self, team: Team, mine: str, batch: _Batch, result: SyncResult) -> None:
        """Once a batch is committed: its imported bundles leave the inbox
        (one directory sync), its refused ones go to ``rejected/`` with
        their reasons, and ``result`` counts them. A crash before this
        leaves imported bundles in the inbox, which the next sync refuses as
        replays: none is imported twice."""
        team_folder.remove_all(batch.taken)
        result.arrivals.extend(batch.arrivals)
        result.waiting.extend(batch.waiting)
        self._refuse_all(team, mine, batch.refused, result)

    def _opened(
        self, team: Team, data: bytes, known: tuple[Receiving, frozenset[str]] | None = None
    ) -> ReceivedBundle:
        """The bundle opened and checked as a received file, from a verified
        member of ``team``; :class:`BadBundle` otherwise. ``known``: as
        :meth:`_take` has it (else read here)."""
        receiving, members = known if known is not None else (None, None)
        received: ReceivedBundle | None = self._sharing.open_received(
            data, _no_passphrase, receiving=receiving
        )
        if received is None:
            raise BadBundle("needs_passphrase")  # never asked for in a team folder
        if members is None:
            members = frozenset(m.card.fingerprint for m in team.usable)
        if received.opened.sender.fingerprint not in members:
            raise BadBundle("not_in_team")
        return received

    def _arrivals(self, received: ReceivedBundle) -> list[Arrival]:
        """The records of ``received`` an import writes, each with whether
        this vault had it (read before the import)."""
        sender = str(received.sender_name)
        if not received.left_alone and received.updates in (0, len(received.records)):
            # Opening counted them, with nothing written since: none is left
            # alone, and either every record is new here or every one is held.
            had = bool(received.updates)
            return [Arrival(r.id, r.kind, sender, had) for r in received.records]
        stale = self._sharing.left_alone(received.records)
        arrivals = []
        for record in received.records:
            if record.id in stale:
                continue
            had = self._vault.get_record(RecordId(record.id)) is not None
            arrivals.append(Arrival(record.id, record.kind, str(received.sender_name), had))
        return arrivals

    def _refuse(
        self, team: Team, mine: str, item: team_folder.Waiting, reason: str, result: SyncResult
    ) -> None:
        self._refuse_all(team, mine, [(item, reason)], result)

    def _refuse_all(
        self,
        team: Team,
        mine: str,
        refused: Sequence[tuple[team_folder.Waiting, str]],
        result: SyncResult,
    ) -> None:
        """Move refused bundles to ``rejected/`` and keep their reasons."""
        assert team.folder is not None  # noqa: S101 - only folders are read
        kept: list[Refusal] = []
        for item, reason in refused:
            name = team_folder.reject(team.folder, mine, item)
            if name is None:
                continue  # gone meanwhile
            kept.append(
                Refusal(
                    str(uuid.uuid4()),
                    team.id,
                    team.name,
                    name,
                    reason,
                    to_iso(self._vault.clock.now()),
                )
            )
        if not kept:
            return
        with self._vault.transaction() as db:
            db.executemany(
                "INSERT INTO team_refusals (id, team_id, file_name, reason, refused_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(r.id, r.team_id, r.file_name, r.reason, r.refused_at) for r in kept],
            )
            db.execute(
                "DELETE FROM team_refusals WHERE id NOT IN"
                " (SELECT id FROM team_refusals ORDER BY refused_at DESC, id LIMIT ?)",
                (MAX_REFUSALS,),
            )
        result.refused.extend(kept)

    def import_waiting(
        self, held: HeldBack, choose: Callable[[Clashes], list[str] | None]
    ) -> ImportResult | None:
        """Import a bundle that waited for the person's choice, asking
        ``choose`` about each clash (None cancels: it stays in the inbox).
        Refused now (:class:`BadBundle`): it is moved to ``rejected/`` and
        the refusal kept, then the error raised. Gone meanwhile:
        :class:`NotFound`."""
        team = self.get(held.team_id)
        if team.folder is None:
            raise TeamFolderMissing()
        mine = self._sharing.identity().card().fingerprint
        item = team_folder.Waiting(held.path, 0, 0)
        with vault_files_locked(self._vault.directory, wait=LOCK_WAIT_SECONDS):
            data = team_folder.read(item, limit=MAX_BUNDLE_BYTES)
            if data is None:
                raise NotFound()
            try:
                received = self._opened(team, data)
                imported = self._sharing.import_bundle(received, choose)
            except (BadInputFile, InvalidRecord) as exc:
                self._refuse(team, mine, item, _reason(exc), SyncResult())
                raise
            if imported is not None:
                team_folder.remove(item)
            return imported

    def refusals(self) -> list[Refusal]:
        """What was refused from the team folders, newest first."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT r.id, r.team_id, t.name, r.file_name, r.reason, r.refused_at"
                " FROM team_refusals r JOIN teams t ON t.id = r.team_id"
                " ORDER BY r.refused_at DESC, r.id"
            ).fetchall()
        return [Refusal(*row) for row in rows]

    def clear_refusals(self) -> None:
        """Forget the refusals (the files stay in ``rejected/``)."""
        with self._vault.transaction() as db:
            db.execute("DELETE FROM team_refusals")


def _reaches(team: Team, colleague_id: str) -> bool:
    """True if ``colleague_id`` is a verified member of ``team`` now."""
    member = team.member(colleague_id)
    return member is not None and member.colleague.usable


#: the savepoint a bundle of a batch is imported in, when it needs one (:meth:`Teams._import`)
_SAVEPOINT = "team_bundle"


@dataclass
class _Batch:
    """What one batch of :meth:`Teams.sync` did, and when it is full."""

    deadline: float  # time.monotonic()
    should_stop: Callable[[], bool] | None
    #: every bundle taken in a savepoint of its own (after an :class:`_Unsafe` one)
    careful: bool = False
    seen: list[team_folder.Waiting] = field(default_factory=list)
    taken: list[team_folder.Waiting] = field(default_factory=list)  # imported
    arrivals: list[Arrival] = field(default_factory=list)
    waiting: list[HeldBack] = field(default_factory=list)
    refused: list[tuple[team_folder.Waiting, str]] = field(default_factory=list)
    #: an error that ended the batch; the bundles before it are kept, then it is raised
    failed: Exception | None = None

    def has_room(self, item: team_folder.Waiting) -> bool:
        """False for a large bundle once this batch took anything: it goes alone."""
        return item.size <= BATCH_LARGE_BYTES or not self.seen

    def over(self, item: team_folder.Waiting) -> bool:
        """True once the batch is full (after ``item``, the last taken)."""
        return (
            item.size > BATCH_LARGE_BYTES
            or len(self.taken) >= BATCH_BUNDLES
            or time.monotonic() >= self.deadline
            or (self.should_stop is not None and self.should_stop())
        )


class _Unsafe(Exception):
    """A bundle raised ``error`` after writing to the batch's transaction,
    and what it wrote cannot be undone alone: nothing of the transaction may
    be kept. ``again``: take the batch again, carefully (it was refused)."""

    def __init__(self, error: Exception, *, again: bool) -> None:
        super().__init__(type(error).__name__)
        self.error = error
        self.again = again


def _undone(db: sqlcipher3.Connection) -> bool:
    """Undo what the bundle being imported wrote (its savepoint); False when
    the transaction cannot go on (then nothing of it may be committed)."""
    try:
        db.execute(f"ROLLBACK TO {_SAVEPOINT}")
        db.execute(f"RELEASE {_SAVEPOINT}")
    except sqlcipher3.Error:
        return False
    return True


def _mapped(exc: Exception) -> Exception:
    """A database error as the typed error a transaction raises for it."""
    return map_db_error(exc) if isinstance(exc, sqlcipher3.Error) else exc


def _reason(exc: BadInputFile | InvalidRecord) -> str:
    """The reason kept for a refused bundle."""
    return exc.reason if isinstance(exc, BadInputFile) else "invalid_record"


def _route(teams: list[Team], colleague_id: str) -> Team | None:
    """The first of ``teams`` with a folder that has ``colleague_id`` as a verified member."""
    for team in teams:
        member = team.member(colleague_id)
        if team.folder is not None and member is not None and member.colleague.usable:
            return team
    return None


def _no_passphrase() -> None:
    return None


def _no_choice(clashes: Clashes) -> None:
    return None  # a clash is the person's to settle: the bundle waits


__all__ = [
    "LEAD",
    "MEMBER",
    "ROLES",
    "Arrival",
    "HeldBack",
    "Refusal",
    "SendResult",
    "Sent",
    "SyncResult",
    "Team",
    "TeamMember",
    "Teams",
]
