"""A team folder's inbox is taken in batches (vault.teams.sync): several
bundles in one transaction under one file lock, each bundle still all or
nothing on its own. A replay inside a batch is refused, a refused bundle
undoes nothing of its neighbours, an error keeps the bundles before it, and
a crash at any point leaves nothing imported twice."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.core.records import RecordId
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.errors import InvalidRecord
from fieldsafe.exchange import team_folder
from fieldsafe.vault import Vault, teams
from fieldsafe.vault.sharing import ReceivedBundle
from fieldsafe.vault.transfer import import_records
from tests.team.world import Person, World, team_world


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    with team_world(vault, tmp_path, ("Amal", "Bea"), lead="Bea") as made:
        yield made


def an_incident(vault: Vault, title: str) -> str:
    return vault.incidents.save(
        {
            "occurred_at": "2026-03-01T21:30:00Z",
            "title": title,
            "type": "surveillance_or_following",
            "area": "North district",
        }
    ).id


class Inbox:
    """Bundles left for Bea, each with a modification time after the one
    before, so the inbox is read in the order they were left."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.paths: list[Path] = []

    @property
    def bea(self) -> Person:
        return self.world["Bea"]

    def _placed(self, path: Path) -> Path:
        stamp = 1_700_000_000_000_000_000 + len(self.paths) * 1_000_000_000
        os.utime(path, ns=(stamp, stamp))
        self.paths.append(path)
        return path

    def send(self, *titles: str) -> list[str]:
        """One bundle from Amal holding one new incident per title."""
        amal = self.world["Amal"]
        ids = [an_incident(amal.vault, t) for t in titles]
        result = amal.vault.teams.send_to_leads(ids)
        (sent,) = result.sent
        self._placed(sent.path)
        return ids

    def put(self, data: bytes) -> Path:
        return self._placed(team_folder.put(self.world.folder, self.bea.fingerprint, data))

    def left(self) -> list[Path]:
        return [w.path for w in team_folder.waiting(self.world.folder, self.bea.fingerprint)]


@pytest.fixture
def inbox(world: World) -> Inbox:
    return Inbox(world)


@pytest.fixture
def one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bundle of these small inboxes in one batch, however slow the machine."""
    monkeypatch.setattr(teams, "BATCH_SECONDS", 600.0)


def count_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times sync takes the vault's file lock (once a batch)."""
    taken: list[int] = []
    real = teams.vault_files_locked

    @contextlib.contextmanager
    def counted(*args: Any, **kwargs: Any) -> Iterator[None]:
        taken.append(1)
        with real(*args, **kwargs):
            yield

    monkeypatch.setattr(teams, "vault_files_locked", counted)
    return taken


def failing_on(
    monkeypatch: pytest.MonkeyPatch,
    vault: Vault,
    record_id: str,
    fail: Callable[[ReceivedBundle, Callable[[], Any]], Any],
) -> None:
    """Bea's import of the bundle holding ``record_id`` goes through ``fail``
    (given the bundle and the real import), the others as they are."""
    real = vault.sharing.import_bundle

    def import_bundle(received: ReceivedBundle, choose: Any) -> Any:
        if any(r.id == record_id for r in received.records):
            return fail(received, lambda: real(received, choose))
        return real(received, choose)

    monkeypatch.setattr(vault.sharing, "import_bundle", import_bundle)


def test_the_same_bundle_twice_in_one_batch_is_imported_once(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches = count_batches(monkeypatch)
    (incident,) = inbox.send("followed near the harbour")
    inbox.put(inbox.paths[0].read_bytes())  # the same bundle again, under another name
    got = inbox.bea.vault.teams.sync()
    assert len(batches) == 1
    assert [a.record_id for a in got.arrivals] == [incident]
    assert [r.reason for r in got.refused] == ["replayed"]
    assert inbox.left() == []
    assert [r.reason for r in inbox.bea.vault.teams.refusals()] == ["replayed"]


def test_a_refused_bundle_in_the_middle_of_a_batch_keeps_the_others(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches = count_batches(monkeypatch)
    (first,) = inbox.send("first")
    inbox.put(b"not a bundle at all")
    (third,) = inbox.send("third")
    got = inbox.bea.vault.teams.sync()
    assert len(batches) == 1
    assert [a.record_id for a in got.arrivals] == [first, third]
    assert [r.reason for r in got.refused] == ["not_a_bundle"]
    assert inbox.left() == []
    assert len(team_folder.rejected(inbox.world.folder, inbox.bea.fingerprint)) == 1
    for record_id in (first, third):
        assert inbox.bea.vault.incidents.get(record_id) is not None


def test_a_bundle_refused_after_writing_one_of_its_records_undoes_only_itself(
    inbox: Inbox, one_batch: None
) -> None:
    amal, bea = inbox.world["Amal"], inbox.bea
    (first,) = inbox.send("first")
    # Bea holds the id of Amal's second incident as a risk assessment: the
    # bundle's first record is written before the second is refused.
    mixed = [an_incident(amal.vault, "written, then undone"), an_incident(amal.vault, "clash")]
    import_records(
        bea.vault,
        [
            InterchangeRecord(
                kind="risk_assessment",
                id=RecordId(mixed[1]),
                fields=new_assessment("street_outreach"),
            )
        ],
    )
    (sent,) = amal.vault.teams.send_to_leads(mixed).sent
    inbox._placed(sent.path)
    (last,) = inbox.send("last")
    got = bea.vault.teams.sync()
    assert [a.record_id for a in got.arrivals] == [first, last]
    assert [r.reason for r in got.refused] == ["invalid_record"]
    assert bea.vault.get_record(RecordId(mixed[0])) is None  # undone with its bundle
    assert bea.vault.get_record(RecordId(mixed[1])).kind == "risk_assessment"  # type: ignore[union-attr]
    assert inbox.left() == []


def test_a_single_record_bundle_that_wrote_before_its_refusal_is_taken_again_carefully(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bundle of one record without attachments is imported without a
    savepoint (it is checked whole before anything is written). Were one
    ever refused after writing, the batch is undone and taken again with a
    savepoint for every bundle: the others are imported, it is not."""
    batches = count_batches(monkeypatch)
    (first,) = inbox.send("first")
    (bad,) = inbox.send("written, then refused")
    (last,) = inbox.send("last")

    def wrote_then_refused(received: ReceivedBundle, real: Callable[[], Any]) -> Any:
        real()
        raise InvalidRecord("title", "invalid")

    failing_on(monkeypatch, inbox.bea.vault, bad, wrote_then_refused)
    got = inbox.bea.vault.teams.sync()
    assert len(batches) == 2  # undone, then taken again
    assert [a.record_id for a in got.arrivals] == [first, last]
    assert [r.reason for r in got.refused] == ["invalid_record"]
    assert inbox.bea.vault.get_record(RecordId(bad)) is None
    assert inbox.left() == []


def test_an_error_in_one_bundle_keeps_the_bundles_before_it(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (first,) = inbox.send("first")
    (second,) = inbox.send("second")
    (third,) = inbox.send("third")

    def broken(received: ReceivedBundle, real: Callable[[], Any]) -> Any:
        raise RuntimeError("a bug")

    failing_on(monkeypatch, inbox.bea.vault, second, broken)
    with pytest.raises(RuntimeError):
        inbox.bea.vault.teams.sync()
    assert inbox.bea.vault.incidents.get(first) is not None
    assert inbox.left() == inbox.paths[1:]  # the first one left the inbox
    monkeypatch.undo()
    again = inbox.bea.vault.teams.sync()
    assert [a.record_id for a in again.arrivals] == [second, third]
    assert again.refused == [] and inbox.left() == []


def test_a_crash_inside_a_batch_keeps_nothing_of_it(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [inbox.send(t)[0] for t in ("first", "second", "third")]

    def crash(received: ReceivedBundle, real: Callable[[], Any]) -> Any:
        real()
        raise KeyboardInterrupt  # the process dies here, in the middle of the batch

    failing_on(monkeypatch, inbox.bea.vault, ids[1], crash)
    with pytest.raises(KeyboardInterrupt):
        inbox.bea.vault.teams.sync()
    for record_id in ids:
        assert inbox.bea.vault.get_record(RecordId(record_id)) is None
    assert inbox.left() == inbox.paths
    monkeypatch.undo()
    again = inbox.bea.vault.teams.sync()
    assert [a.record_id for a in again.arrivals] == ids  # each once
    assert inbox.left() == []


def test_a_crash_after_the_commit_is_refused_as_a_replay_never_imported_twice(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [inbox.send(t)[0] for t in ("first", "second")]

    def crash(items: Any) -> None:
        raise KeyboardInterrupt  # committed; the files not removed yet

    monkeypatch.setattr(team_folder, "remove_all", crash)
    with pytest.raises(KeyboardInterrupt):
        inbox.bea.vault.teams.sync()
    monkeypatch.undo()
    bea = inbox.bea.vault
    kept = {record_id: bea.incidents.get(record_id).fields for record_id in ids}
    assert inbox.left() == inbox.paths  # imported, still in the inbox
    again = bea.teams.sync()
    assert again.arrivals == []
    assert [r.reason for r in again.refused] == ["replayed", "replayed"]
    assert {record_id: bea.incidents.get(record_id).fields for record_id in ids} == kept
    assert inbox.left() == []


def test_batches_are_bounded_and_a_large_bundle_goes_alone(
    inbox: Inbox, one_batch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [inbox.send(str(n))[0] for n in range(5)]
    monkeypatch.setattr(teams, "BATCH_BUNDLES", 2)
    batches = count_batches(monkeypatch)
    got = inbox.bea.vault.teams.sync()
    assert len(batches) == 3  # 2 + 2 + 1
    assert [a.record_id for a in got.arrivals] == ids

    more = [inbox.send(str(n))[0] for n in range(3)]
    monkeypatch.setattr(teams, "BATCH_BUNDLES", 100)
    monkeypatch.setattr(teams, "BATCH_LARGE_BYTES", 1)  # every bundle is "large"
    batches.clear()
    got = inbox.bea.vault.teams.sync()
    assert len(batches) == 3
    assert [a.record_id for a in got.arrivals] == more


def test_should_stop_is_asked_between_the_bundles_of_a_batch(inbox: Inbox, one_batch: None) -> None:
    ids = [inbox.send(t)[0] for t in ("first", "second", "third")]
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # before the first bundle: go on; after it: stop

    got = inbox.bea.vault.teams.sync(should_stop=stop)
    assert [a.record_id for a in got.arrivals] == ids[:1]
    assert inbox.left() == inbox.paths[1:]


def test_what_opening_is_checked_against_is_read_again_when_a_colleague_changes(
    world: World,
) -> None:
    bea = world["Bea"]
    known = bea.vault.sharing.receiving()
    assert bea.vault.sharing.receiving(known) is known  # nothing changed: kept
    amal_card = bea.vault.sharing.get(bea.entry("Amal")).card
    assert known.colleagues[amal_card.fingerprint].verified
    assert known.names[amal_card.fingerprint] == "Amal"
    bea.vault.sharing.remove_colleague(bea.entry("Amal"))
    now = bea.vault.sharing.receiving(known)
    assert now is not known
    assert amal_card.fingerprint not in now.colleagues
    assert amal_card.fingerprint not in now.names
