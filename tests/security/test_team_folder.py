"""docs/security.md, "Team folders": what someone with the team folder (the
sync engine, an always-on office device, a member's stolen laptop, anyone
who can write into it) sees there and can make a vault do.

They see random names, bucketed sizes, counts and times; never a record's
words, a kind or a team's name. Whatever they put into an inbox is taken
only if it is a bundle from a verified member of that team, addressed to
this vault, padded with zeros only, never seen before; anything else is
moved to ``rejected/`` unimported, and what is not a regular file named like
a bundle is left alone, never followed. Writing never leaves a partial or
temporary file for the engine to carry, and two processes reading one inbox
take each bundle once.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import pytest

from fieldsafe.errors import StorageFailed, TeamFolderMissing
from fieldsafe.exchange import team_folder
from fieldsafe.exchange.bundle import MAX_BUNDLE_BYTES, MIN_PADDED_BYTES, padded_length, seal
from fieldsafe.exchange.identity import Identity
from fieldsafe.vault import Vault
from fieldsafe.vault.sharing import ColleagueEntry
from fieldsafe.vault.teams import SyncResult
from tests.exchange.envelope_tools import encrypt_to, manifest_of, plaintext, signed, split
from tests.exchange.pair import PEER_PASS
from tests.leaks import files_containing, new_canary
from tests.team.world import Person, World, team_world

STARTS = "2026-07-08T10:00:00Z"
_BUNDLE = re.compile(r"[0-9a-f]{32}\.age\Z")
#: every path a team folder may hold (docs/interchange.md, "The team folder")
_LAYOUT = re.compile(
    r"(inbox|rejected)/[0-9a-f]{64}/[0-9a-f]{32}\.age"
    r"|cards/[0-9a-f]{64}\.txt"
    r"|backups/[0-9a-f]{32}\.fieldsafe-backup\Z"
)
#: what age's random "grease" stanza may add to one header over another
GREASE = 400


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    with team_world(vault, tmp_path, ("Amal", "Bea", "Cai"), lead="Bea") as made:
        yield made


def an_incident(vault: Vault, title: str = "followed near the harbour", **more: str) -> str:
    return vault.incidents.save(
        {"occurred_at": "2026-03-01T21:30:00Z", "title": title, "area": "North", **more}
    ).id


def entry(person: Person, other: str) -> ColleagueEntry:
    return person.vault.sharing.get(person.entry(other))


def send(person: Person, to: str, record_ids: list[str]) -> Path:
    """``person`` leaves ``record_ids`` in ``to``'s inbox; the bundle's path."""
    result = person.vault.teams.send(record_ids, [entry(person, to)])
    (sent,) = result.sent
    return sent.path


def identity(person: Person) -> Identity:
    return person.vault.sharing.identity()


def every_file(folder: Path) -> list[str]:
    """Every file (not directory) under ``folder``, relative, sorted."""
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() or p.is_symlink()
    )


def refused(world: World, person: Person, reason: str) -> SyncResult:
    """``person`` reads the inbox: one bundle, refused for ``reason``, moved
    to rejected/ under the name the refusal keeps, nothing imported."""
    got = person.vault.teams.sync()
    assert got.arrivals == [] and got.waiting == []
    assert [r.reason for r in got.refused] == [reason]
    assert team_folder.waiting(world.folder, person.fingerprint) == []
    rejected = team_folder.rejected(world.folder, person.fingerprint)
    assert [p.name for p in rejected] == [got.refused[0].file_name]
    assert [r.reason for r in person.vault.teams.refusals()] == [reason]
    return got


# -- what the folder shows ------------------------------------------------------


def test_no_word_kind_or_team_name_reaches_the_folder(world: World) -> None:
    """A canary in every sort of field, the team's name and each kind's name
    are in no file of the folder, as UTF-8 or UTF-16-LE, after sending to the
    whole team, receiving, refusing, publishing a card and a backup; every
    path is one the layout allows."""
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    word = new_canary("teamleak")
    assert amal.team is not None
    team = amal.vault.teams.rename(amal.team.id, f"Team {word}")
    incident = an_incident(
        amal.vault, word, area=word, actors_note=word, what_happened=f"{word} " * 300
    )
    plan, _ = amal.vault.plans.save({"starts_at": STARTS, "title": word, "location": word})
    sent = amal.vault.teams.send_to_team(team.id, [incident, plan])
    assert sorted(s.recipient.name for s in sent.sent) == ["Bea", "Cai"]
    amal.vault.teams.publish_card(team.id)
    amal.vault.backup(team_folder.new_backup_path(world.folder))
    team_folder.put(world.folder, cai.fingerprint, b"junk")
    assert len(bea.vault.teams.sync().arrivals) == 2
    got = cai.vault.teams.sync()
    assert len(got.arrivals) == 2 and len(got.refused) == 1
    assert bea.vault.incidents.get(incident).fields["title"] == word  # it travelled

    paths = every_file(world.folder)
    assert all(_LAYOUT.match(p) for p in paths), paths
    assert any(p.startswith("rejected/") for p in paths)
    assert any(p.startswith("cards/") for p in paths)
    assert any(p.startswith("backups/") for p in paths)
    for secret in (word, "incident", "meeting_plan", "North outreach"):
        assert files_containing(secret, [world.folder]) == [], secret


def test_bundle_names_are_random_and_say_nothing(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)
    paths = [send(amal, "Bea", [incident]) for _ in range(4)]
    paths.append(send(amal, "Bea", [incident, an_incident(amal.vault, "another")]))
    names = [p.name for p in paths]
    assert all(_BUNDLE.match(n) for n in names) and len(set(names)) == len(names)
    assert {p.parent.name for p in paths} == {bea.fingerprint}  # the inbox names the card
    me = identity(bea)
    for path in paths:
        manifest = manifest_of(path.read_bytes(), me)
        told = [
            manifest["bundle_id"].replace("-", ""),
            manifest["sender"],
            *(r["id"].replace("-", "") for r in manifest["content"]["records"]),
        ]
        for hint in told:
            assert hint[:8] not in path.name and hint[-8:] not in path.name
    # the names the folder shows are the names the files were given: no sender, no time
    assert sorted(names) == sorted(
        w.name for w in team_folder.waiting(world.folder, me.card().fingerprint)
    )


def test_bundle_sizes_fall_into_buckets(world: World) -> None:
    """An incident of one word, one of 10,000 characters, a meeting plan and
    two records at once fill the same smallest bucket; a large one fills a
    Padmé bucket exactly. Only age's random header grease differs."""
    amal, bea = world["Amal"], world["Bea"]
    plan, _ = amal.vault.plans.save({"starts_at": STARTS, "title": "p"})
    small = [
        send(amal, "Bea", [an_incident(amal.vault, "x")]),
        send(amal, "Bea", [an_incident(amal.vault, "y", what_happened="z" * 10_000)]),
        send(amal, "Bea", [plan]),
        send(amal, "Bea", [plan, an_incident(amal.vault, "w")]),
    ]
    sizes = [p.stat().st_size for p in small]
    assert max(sizes) - min(sizes) < GREASE, sizes
    me = identity(bea)
    for path in small:
        assert len(plaintext(path.read_bytes(), me)) == MIN_PADDED_BYTES
    big = send(amal, "Bea", [an_incident(amal.vault, "b", what_happened="q" * 60_000)])
    inside = len(plaintext(big.read_bytes(), me))
    assert inside > MIN_PADDED_BYTES and padded_length(inside) == inside
    assert padded_length(inside - 1) == inside  # filled to the bucket's top, not past it
    assert len(bea.vault.teams.sync().arrivals) == 5  # the plan's second bundle changed nothing


@pytest.mark.parametrize("failing", ["link", "fsync"])
def test_a_failed_write_leaves_nothing_in_the_folder(
    world: World, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "no space left")

    monkeypatch.setattr(team_folder.os, failing, full)
    with pytest.raises(StorageFailed):
        amal.vault.teams.send([incident], [entry(amal, "Bea")])
    monkeypatch.undo()
    assert every_file(world.folder) == []  # no temp file, no partial bundle
    assert bea.vault.teams.sync().arrivals == []

    path = send(amal, "Bea", [incident])  # the disk has room again
    assert every_file(world.folder) == [str(path.relative_to(world.folder))]
    assert [a.record_id for a in bea.vault.teams.sync().arrivals] == [incident]


def test_a_temp_file_or_other_name_in_an_inbox_is_left_alone(world: World) -> None:
    """What an engine or a crash leaves mid-write, and anything not named
    like a bundle, is neither read nor refused nor moved."""
    bea = world["Bea"]
    box = team_folder.inbox(world.folder, bea.fingerprint)
    box.mkdir(parents=True)
    others = [".syncthing.0123456789abcdef.tmp", "AB" * 16 + ".age", "a" * 31 + ".age", "notes.txt"]
    for name in others:
        (box / name).write_bytes(b"x")
    got = bea.vault.teams.sync()
    assert not got.anything
    assert sorted(p.name for p in box.iterdir()) == sorted(others)


# -- what an inbox takes --------------------------------------------------------


def test_a_bundle_for_someone_else_is_refused(world: World) -> None:
    """Amal's bundle for Cai, put into Bea's inbox, is one Bea cannot open."""
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    incident = an_incident(amal.vault)
    for_cai = send(amal, "Cai", [incident])
    team_folder.put(world.folder, bea.fingerprint, for_cai.read_bytes())
    refused(world, bea, "not_for_us")
    assert bea.vault.get_record(incident) is None
    assert [a.record_id for a in cai.vault.teams.sync().arrivals] == [incident]  # Cai's is hers


def test_a_bundle_for_someone_else_wrapped_again_for_us_is_refused(world: World) -> None:
    """Cai opens Amal's bundle for her and encrypts it again for Bea: Amal's
    signature holds, but the signed recipients do not name Bea."""
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    incident = an_incident(amal.vault)
    inside = plaintext(send(amal, "Cai", [incident]).read_bytes(), identity(cai))
    team_folder.put(world.folder, bea.fingerprint, encrypt_to(inside, identity(bea).card()))
    refused(world, bea, "not_addressed_to_us")
    assert bea.vault.get_record(incident) is None


def test_a_verified_colleague_outside_the_team_is_refused(world: World) -> None:
    """Bea still holds Cai's verified card, but took her out of the team:
    Cai's bundles through the team folder are refused."""
    bea, cai = world["Bea"], world["Cai"]
    assert bea.team is not None
    bea.vault.teams.remove_member(bea.team.id, bea.entry("Cai"))
    assert entry(bea, "Cai").usable
    incident = an_incident(cai.vault)
    send(cai, "Bea", [incident])
    refused(world, bea, "not_in_team")
    assert bea.vault.get_record(incident) is None


def test_a_passphrase_bundle_is_refused_without_asking(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)
    sealed = amal.vault.sharing.seal_records(
        [incident], recipients=[entry(amal, "Bea")], passphrase="the pair's passphrase"
    )
    team_folder.put(world.folder, bea.fingerprint, sealed.data)
    refused(world, bea, "needs_passphrase")  # sync has no way to ask: nothing waits on a person
    assert bea.vault.get_record(incident) is None


def a_bundle_signed_by(signer: Identity, person: Person, genuine: bytes) -> bytes:
    """A padded bundle for ``person``, signed by ``signer``, holding the
    records of ``genuine``, a bundle ``person`` can open."""
    content = manifest_of(genuine, identity(person))["content"]
    return seal(
        content,
        sender=signer,
        recipients=[identity(person).card()],
        created_at=datetime.now(UTC),
        padded=True,
    )


def test_an_unverified_sender_is_refused(world: World) -> None:
    """Dan's card is in Bea's vault but was never verified (so he cannot be
    in a team either); his bundle in her inbox is refused."""
    amal, bea = world["Amal"], world["Bea"]
    dan = Identity.generate("Dan")
    bea.vault.sharing.add_card(dan.card())
    genuine = send(amal, "Bea", [an_incident(amal.vault)])
    data = genuine.read_bytes()
    genuine.unlink()
    team_folder.put(world.folder, bea.fingerprint, a_bundle_signed_by(dan, bea, data))
    refused(world, bea, "unverified_sender")


def test_a_card_dropped_in_the_folder_cannot_take_a_members_place(world: World) -> None:
    """Someone leaves a card named Amal, with their own keys, in cards/. Bea
    imports it: Amal's entry takes the new keys unverified. The impostor's
    bundles are refused as unverified, the real Amal's as a changed key, and
    nothing goes to either until Bea compares safety numbers again."""
    amal, bea = world["Amal"], world["Bea"]
    assert bea.team is not None
    impostor = Identity.generate("Amal")
    team_folder.write_card(world.folder, impostor.card())
    (offered,) = bea.vault.teams.folder_cards(bea.team.id)
    assert offered.fingerprint == impostor.card().fingerprint
    bea.vault.sharing.add_card(offered)
    assert not entry(bea, "Amal").usable

    genuine = send(amal, "Bea", [an_incident(amal.vault)])
    data = genuine.read_bytes()
    genuine.unlink()
    team_folder.put(world.folder, bea.fingerprint, a_bundle_signed_by(impostor, bea, data))
    refused(world, bea, "unverified_sender")
    bea.vault.teams.clear_refusals()
    team_folder.put(world.folder, bea.fingerprint, data)
    got = bea.vault.teams.sync()
    assert got.arrivals == [] and [r.reason for r in got.refused] == ["changed_key"]
    mine = an_incident(bea.vault)
    result = bea.vault.teams.send([mine], [entry(bea, "Amal")])
    assert result.sent == () and [e.name for e in result.not_sent] == ["Amal"]


def test_a_replay_is_refused(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)
    copy = send(amal, "Bea", [incident]).read_bytes()
    assert [a.record_id for a in bea.vault.teams.sync().arrivals] == [incident]
    bea.vault.incidents.delete(incident)  # a replay cannot bring back what she deleted
    team_folder.put(world.folder, bea.fingerprint, copy)
    refused(world, bea, "replayed")
    assert bea.vault.get_record(incident) is None


def test_links_directories_and_pipes_named_like_bundles_are_never_followed(
    world: World, tmp_path: Path
) -> None:
    """A symlink to a good bundle elsewhere, a symlink to a directory, a
    directory and a named pipe, each named like a bundle, are left where
    they are: not read, not refused, not moved."""
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)
    outside = tmp_path / "outside"
    outside.mkdir()
    good = outside / "good.age"
    good.write_bytes(send(amal, "Bea", [incident]).read_bytes())
    box = team_folder.inbox(world.folder, bea.fingerprint)
    for path in box.iterdir():
        path.unlink()
    names = [team_folder.new_bundle_name() for _ in range(4)]
    (box / names[0]).symlink_to(good)
    (box / names[1]).symlink_to(outside, target_is_directory=True)
    (box / names[2]).mkdir()
    (box / names[2] / team_folder.new_bundle_name()).write_bytes(good.read_bytes())
    os.mkfifo(box / names[3])  # opening it to read would wait forever
    got = bea.vault.teams.sync()
    assert not got.anything
    assert bea.vault.get_record(incident) is None
    assert sorted(p.name for p in box.iterdir()) == sorted(names)
    assert good.exists() and team_folder.rejected(world.folder, bea.fingerprint) == []


def test_a_huge_file_is_refused_unread(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    bea = world["Bea"]
    box = team_folder.inbox(world.folder, bea.fingerprint)
    box.mkdir(parents=True)
    huge = box / team_folder.new_bundle_name()
    with open(huge, "wb") as fh:
        fh.truncate(MAX_BUNDLE_BYTES + 1)  # sparse: takes no room
    reads: list[int] = []
    opened: list[str] = []

    class Spy:
        def __init__(self, fh: IO[bytes]) -> None:
            opened.append(Path(fh.name).name)
            self._fh = fh

        def __enter__(self) -> Spy:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

        def fileno(self) -> int:
            return self._fh.fileno()

        def read(self, size: int = -1) -> bytes:
            reads.append(size)
            return self._fh.read(size)

    monkeypatch.setattr(team_folder, "open", lambda *a, **k: Spy(open(*a, **k)), raising=False)
    got = refused(world, bea, "too_large")
    assert opened == [huge.name] and reads == []  # its size was asked, never its bytes
    (moved,) = team_folder.rejected(world.folder, bea.fingerprint)
    assert moved.name == got.refused[0].file_name
    assert moved.stat().st_size == MAX_BUNDLE_BYTES + 1  # moved, not copied


PADDINGS: dict[str, Callable[[str], Any]] = {
    "a one at the end": lambda zeros: zeros[:-1] + "1",
    "hidden words": lambda zeros: "meet at the harbour" + zeros[19:],
    "spaces": lambda zeros: " " * len(zeros),
    "a number": lambda zeros: 0,
}


@pytest.mark.parametrize("change", PADDINGS.values(), ids=PADDINGS.keys())
def test_padding_other_than_zeros_is_refused(world: World, change: Callable[[str], Any]) -> None:
    """A bundle whose signed padding carries anything but zeros (a covert
    channel, or a changed format) is refused, though correctly signed by a
    verified member; the same bundle with its zeros is taken."""
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)
    path = send(amal, "Bea", [incident])
    manifest, _signature, sections = split(plaintext(path.read_bytes(), identity(bea)))
    path.unlink()
    doc = json.loads(manifest)
    zeros = doc["padding"]
    assert zeros and set(zeros) == {"0"}

    def resealed(padding: Any) -> bytes:  # noqa: ANN401
        body = signed({**doc, "padding": padding}, identity(amal), sections)
        return encrypt_to(body, identity(bea).card(), identity(amal).card())

    team_folder.put(world.folder, bea.fingerprint, resealed(change(zeros)))
    refused(world, bea, "not_a_bundle")
    team_folder.put(world.folder, bea.fingerprint, resealed(zeros))  # the method is sound
    assert [a.record_id for a in bea.vault.teams.sync().arrivals] == [incident]


def test_two_vaults_open_on_one_inbox_take_each_bundle_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bea's window and a ``fieldsafe-cli sync`` (here two Vault objects on
    her vault, in two threads) read the same inbox at once, each having
    listed every bundle before either takes one: every bundle is imported
    once, none is refused as a replay of itself."""
    amal, bea = world["Amal"], world["Bea"]
    sent = [an_incident(amal.vault, f"incident {n}") for n in range(8)]
    for incident in sent:
        send(amal, "Bea", [incident])
    other = Vault.open(bea.vault.directory, PEER_PASS)
    results: dict[str, SyncResult] = {}
    failures: list[BaseException] = []
    listed = threading.Barrier(2, timeout=60)
    listing = team_folder.waiting

    def both_listed(folder: Path, fingerprint: str) -> list[team_folder.Waiting]:
        found = listing(folder, fingerprint)
        listed.wait()
        return found

    first = threading.Lock()

    def held(remove: Callable[..., None]) -> Callable[..., None]:
        """The first bundle imported waits before leaving the inbox until the
        other thread has taken it away, for at most half a second: without the
        vault's lock the other would import it again or refuse it as a replay;
        with it, the other cannot reach it meanwhile."""

        def removing(items: Any) -> None:  # noqa: ANN401 - one Waiting or several
            listed = [items] if isinstance(items, team_folder.Waiting) else list(items)
            if listed and first.acquire(blocking=False):
                deadline = time.monotonic() + 0.5
                while listed[0].path.exists() and time.monotonic() < deadline:
                    time.sleep(0.005)
            remove(listed[0] if isinstance(items, team_folder.Waiting) else listed)

        return removing

    monkeypatch.setattr(team_folder, "waiting", both_listed)
    for name in ("remove", "remove_all"):  # one at a time, or a batch at once
        if hasattr(team_folder, name):
            monkeypatch.setattr(team_folder, name, held(getattr(team_folder, name)))

    def run(name: str, vault: Vault) -> None:
        try:
            results[name] = vault.teams.sync()
        except BaseException as exc:  # noqa: BLE001 - raised in the test below
            failures.append(exc)

    try:
        threads = [
            threading.Thread(target=run, args=(n, v))
            for n, v in (("window", bea.vault), ("cli", other))
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not any(t.is_alive() for t in threads)
    finally:
        other.lock()
        monkeypatch.undo()
    assert failures == []
    assert len(results) == 2
    taken = [a.record_id for r in results.values() for a in r.arrivals]
    assert sorted(taken) == sorted(sent)
    assert [r.refused for r in results.values()] == [[], []]
    assert team_folder.waiting(world.folder, bea.fingerprint) == []
    assert team_folder.rejected(world.folder, bea.fingerprint) == []
    assert all(bea.vault.get_record(i) is not None for i in sent)


@pytest.mark.parametrize("linked", ["inbox", "inbox/me", "rejected", "rejected/me"])
def test_a_directory_of_the_folder_that_is_a_link_is_not_followed(
    world: World, tmp_path: Path, linked: str
) -> None:
    """Someone who can write into the folder makes one of Bea's directories
    in it a link to a directory of her device (Syncthing carries links).
    Nothing there is read, removed or moved, no refused bundle lands
    outside the folder, nothing is written there: the team folder counts as
    not there until the link is gone."""
    amal, bea = world["Amal"], world["Bea"]
    me = bea.fingerprint
    elsewhere = tmp_path / "elsewhere"  # laid out like a team folder, on her device
    for directory in (f"inbox/{me}", f"rejected/{me}"):
        (elsewhere / directory).mkdir(parents=True)
    incident = an_incident(amal.vault)
    good = send(amal, "Bea", [incident])
    (elsewhere / f"inbox/{me}" / team_folder.new_bundle_name()).write_bytes(good.read_bytes())
    (elsewhere / f"inbox/{me}" / team_folder.new_bundle_name()).write_bytes(b"her own file")
    team_folder.put(world.folder, me, b"junk")  # one to refuse
    link = world.folder / linked.replace("me", me)
    if link.exists():
        shutil.rmtree(link)
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(elsewhere / linked.replace("me", me), target_is_directory=True)
    before = sorted((p, p.read_bytes()) for p in elsewhere.rglob("*") if p.is_file())

    got = bea.vault.teams.sync()
    assert not got.anything and [t.name for t in got.missing] == ["North outreach"]
    assert bea.vault.get_record(incident) is None
    if linked.startswith("inbox"):
        cai = world["Cai"]
        with pytest.raises(TeamFolderMissing):
            cai.vault.teams.send([an_incident(cai.vault)], [entry(cai, "Bea")])
    else:  # the inbox stays as it was: the good bundle and the junk
        assert len(list(team_folder.inbox(world.folder, me).iterdir())) == 2
    after = sorted((p, p.read_bytes()) for p in elsewhere.rglob("*") if p.is_file())
    assert after == before


@pytest.mark.parametrize("linked", [team_folder.CARDS, team_folder.BACKUPS])
def test_cards_and_backups_are_never_written_through_a_link(
    world: World, tmp_path: Path, linked: str
) -> None:
    amal = world["Amal"]
    assert amal.team is not None
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text(amal.vault.sharing.identity().card().to_text())
    (world.folder / linked).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(TeamFolderMissing):
        if linked == team_folder.CARDS:
            amal.vault.teams.publish_card(amal.team.id)
        else:
            team_folder.new_backup_path(world.folder)
    assert list(team_folder.cards(world.folder)) == []  # her own files are not read as cards
    assert [p.name for p in elsewhere.iterdir()] == ["notes.txt"]
