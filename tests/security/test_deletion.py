"""docs/security.md, bar 3: deleted means gone, for every table of the schema.

The test is driven by the schema. It reads every table of the current schema
from ``sqlite_master`` after all migrations (FTS5 shadow tables included) and
holds each one to an explicit map:

* :data:`CONTENT`: tables that can hold a record's words. Each names the
  scenarios that put a canary there through the public API (a log with an
  edit, an attachment, a draft and a share; a shared meeting plan with its
  versions; a plan received from a colleague; a journal entry; a support
  contact; a self-care item; a code-book entry; a colleague's card; a draft
  never saved; the journal's own prompts; a team with its folder, a member and
  a refusal; backups on a schedule into a folder) and delete it through the
  public API. The test checks that each scenario's canary really reached the table,
  deletes it, locks, decrypts every page of the database and its WAL with the
  raw key, and finds no deleted canary (while the kept ones are found: the
  method sees content).
* :data:`NO_RECORD_CONTENT`: tables that by design hold none, each with why.

A table in the schema that is in neither map FAILS the test: a new table
(a new migration) cannot land without saying how a record's content gets
into it and how deleting the record removes it, or why it holds none.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.core.records import OUTREACH_LOG
from fieldsafe.errors import NotFound
from fieldsafe.exchange import team_folder
from fieldsafe.exchange.identity import Identity
from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from fieldsafe.vault.teams import LEAD
from tests.leaks import decrypted_pages, files_containing
from tests.security.test_log_details_at_rest import pdf_with_text

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)
STARTS = "2026-07-08T10:00:00Z"
PEER_PASS = "a colleague's own passphrase"


@dataclass
class World:
    """The vault under test, and a colleague's vault (Bea) that has
    exchanged verified cards with it."""

    vault: Vault
    peer: Vault
    bea: str  # Bea's colleague entry in the vault under test
    me_at_bea: str  # the vault under test's entry in Bea's vault
    base: Path  # a directory for folders the person points the vault at


#: puts one canary through the public API; returns how to delete it
Scenario = Callable[[World, str], Callable[[], None]]


def a_log(w: World, c: str) -> Callable[[], None]:
    """A log with facets (tags, person codes), an edit (so an earlier
    version), an attachment, a draft of the next edit, a debrief reminder
    and a share (so an exchange base); deleted with ``vault.logs.delete``."""
    v = w.vault
    details = {"tags": [c], "person_codes": [c], "area": c}
    log = v.logs.save(occurred_at=WHEN, title=c, body=f"{c} first", **details)
    v.logs.save(occurred_at=WHEN, title=c, body=f"{c} edited", log_id=log.id, **details)
    v.attachments.add(log.id, prepare_attachment(pdf_with_text(c), name=f"{c}.pdf"))
    v.drafts.save(
        f"outreach_log/{log.id}",
        kind=OUTREACH_LOG.name,
        fields={"occurred_at": "2026-07-07T07:07:00Z", "title": c, "body": f"{c} next"},
        record_id=log.id,
    )
    v.journal.remind(log.id)
    v.sharing.remember_shared(v.sharing.seal_record(log.id, recipient=v.sharing.get(w.bea)))
    return lambda: v.logs.delete(log.id)


def a_shared_plan(w: World, c: str) -> Callable[[], None]:
    """A meeting plan edited once (an earlier version), with a draft, shared
    with Bea (an exchange base); deleted with ``vault.plans.delete``."""
    v = w.vault
    fields = {"starts_at": STARTS, "title": c, "location": c, "alert_signal": c}
    plan_id, _ = v.plans.save(fields)
    v.plans.save({**fields, "location": f"{c} moved"}, plan_id=plan_id)
    v.drafts.save(
        f"meeting_plan/{plan_id}",
        kind="meeting_plan",
        fields={**fields, "purpose": c},
        record_id=plan_id,
    )
    v.sharing.remember_shared(v.sharing.seal_record(plan_id, recipient=v.sharing.get(w.bea)))
    return lambda: v.plans.delete(plan_id)


def a_received_plan(w: World, c: str) -> Callable[[], None]:
    """A plan Bea shared, received and imported (a record, its exchange base
    and the bundle's id); deleted with ``vault.delete``, as the CLI does."""
    plan_id, _ = w.peer.plans.save({"starts_at": STARTS, "title": c, "threats": c})
    sealed = w.peer.sharing.seal_record(plan_id, recipient=w.peer.sharing.get(w.me_at_bea))
    received = w.vault.sharing.open_received(sealed.data, lambda: None)
    assert received is not None
    assert w.vault.sharing.import_bundle(received, lambda clashes: []) is not None

    def delete() -> None:
        w.vault.delete(plan_id)

    return delete


def a_journal_entry(w: World, c: str) -> Callable[[], None]:
    v = w.vault
    entry = v.journal.save(occurred_at=WHEN, checkin_note=c, reflections=[("hard", c)], body=c)
    v.journal.save(occurred_at=WHEN, entry_id=entry.id, checkin_note=c, body=f"{c} later")
    return lambda: v.journal.delete(entry.id)


def a_support_contact(w: World, c: str) -> Callable[[], None]:
    contact = w.vault.journal.save_contact(c, reach=c, notes=c)
    return lambda: w.vault.journal.delete_item(contact.id)


def a_self_care_item(w: World, c: str) -> Callable[[], None]:
    item = w.vault.journal.save_self_care(c)
    return lambda: w.vault.journal.delete_item(item.id)


def a_code_book_entry(w: World, c: str) -> Callable[[], None]:
    entry = w.vault.codes.save(c, watch_words=[c], note=c)
    return lambda: w.vault.codes.delete(entry.id)


def a_colleague_card(w: World, c: str) -> Callable[[], None]:
    entry = w.vault.sharing.add_card(Identity.generate(c).card())
    return lambda: w.vault.sharing.remove_colleague(entry.id)


def an_unsaved_draft(w: World, c: str) -> Callable[[], None]:
    """A new log never saved: only its draft holds it; "discard" deletes it."""
    slot = f"outreach_log/new/{c}"
    w.vault.drafts.save(
        slot, kind=OUTREACH_LOG.name, fields={"occurred_at": None, "title": c, "body": c}
    )
    return lambda: w.vault.drafts.discard(slot)


def an_own_prompt(w: World, c: str) -> Callable[[], None]:
    """A journal prompt the person wrote; removing it from the list deletes it."""
    prefs = w.vault.journal.prefs()
    w.vault.journal.set_prefs(dataclasses.replace(prefs, prompts=(*prefs.prompts, c)))

    def remove() -> None:
        now = w.vault.journal.prefs()
        w.vault.journal.set_prefs(
            dataclasses.replace(now, prompts=tuple(p for p in now.prompts if p != c))
        )

    return remove


def a_team(w: World, c: str) -> Callable[[], None]:
    """A team named with the canary, its folder's path holding it too, Bea as
    a member and one bundle refused from its inbox (so a row in each of the
    team's tables); deleted with ``vault.teams.remove``, which takes its
    members and refusals with it (cascade)."""
    v = w.vault
    folder = w.base / f"Sync {c}"
    folder.mkdir()
    team = v.teams.create(f"Outreach {c}", folder=folder)
    v.teams.add_member(team.id, w.bea, role=LEAD)
    box = team_folder.inbox(folder, v.sharing.identity().card().fingerprint)
    box.mkdir(parents=True)
    (box / team_folder.new_bundle_name()).write_bytes(b"not a bundle")
    refused = v.teams.sync().refused
    assert [r.team_id for r in refused] == [team.id]
    return lambda: v.teams.remove(team.id)


def a_backup_schedule(w: World, c: str) -> Callable[[], None]:
    """Backups on a schedule into a folder whose path holds the canary (a
    path the person chose: their words, "Backups for Bea's shelter"), with
    one backup written (so ``last_at`` and ``written`` are filled); turned off
    with ``vault.backup_schedule.clear``. A vault has one schedule: this
    scenario runs once (:data:`ONE_AT_A_TIME`)."""
    v = w.vault
    folder = w.base / f"Backups {c}"
    folder.mkdir()
    v.backup_schedule.set(folder, 24)
    assert v.backup_schedule.run(force=True) is not None
    return v.backup_schedule.clear


#: tables that can hold a record's words → the scenarios that put a canary
#: there (the test checks it arrived) and delete it through the public API
CONTENT: dict[str, tuple[Scenario, ...]] = {
    "records": (
        a_log,
        a_shared_plan,
        a_received_plan,
        a_journal_entry,
        a_support_contact,
        a_self_care_item,
        a_code_book_entry,
    ),
    "record_versions": (a_log, a_shared_plan, a_journal_entry),
    "record_facets": (a_log, a_code_book_entry),
    "attachments": (a_log,),
    "drafts": (a_log, a_shared_plan, an_unsaved_draft),
    "exchange_bases": (a_log, a_shared_plan, a_received_plan),
    "colleagues": (a_colleague_card,),
    "journal_prefs": (an_own_prompt,),
    "teams": (a_team,),
    "backup_schedule": (a_backup_schedule,),
    # the full-text index (FTS5): the shadow table that holds its words
    "search_index_data": (a_log, a_shared_plan, a_received_plan, a_journal_entry),
}

#: tables that by design hold no record content, and why
NO_RECORD_CONTENT: dict[str, str] = {
    "meta": "the vault's own id and creation time",
    "exchange_identity": "this vault's own keys and the name on its own card (not a record)",
    "received_bundles": "random bundle ids, versions and times, kept so a replayed bundle "
    "is refused; never a record's id or words",
    "debrief_reminders": "which log waits for a debrief (its row number) and since when; "
    "removed with the log by foreign-key cascade",
    "plan_changes": "the names of the fields a received update changed in a plan (never their "
    "values), the verified sender's card fingerprint and when; removed with the plan by "
    "foreign-key cascade (tests/vault/test_plan_changes.py)",
    "search_index": "the contentless full-text index as SQL reads it: title, body and aliases "
    "read as NULL, only each record's kind is kept (its words are in search_index_data)",
    "search_index_content": "each indexed record's kind, no text (the index is contentless, "
    "schema 9); removed with its index entry",
    "search_index_config": "the index's settings",
    "search_index_docsize": "each indexed record's word counts, removed with its index entry",
    "search_index_idx": "where each index segment's pages start (segment and page numbers)",
    "team_members": "a team's id, a colleague entry's id and a role (member or lead): no words; "
    "removed with the team or with the colleague by foreign-key cascade "
    "(test_a_team_and_a_colleague_take_their_rows_with_them)",
    "team_refusals": "a team's id, the random name a refused bundle was given in rejected/, a "
    "reason key and a time, never the bundle's content or its sender's words; removed with the "
    "team by foreign-key cascade and by clear_refusals",
}

SCENARIOS: tuple[Scenario, ...] = tuple(dict.fromkeys(s for ss in CONTENT.values() for s in ss))
#: what a vault holds one of (a second replaces the first): no kept canary
#: beside the deleted one (test_a_moved_or_cleared_schedule_leaves_no_folder_behind
#: shows the pages held it before)
ONE_AT_A_TIME: tuple[Scenario, ...] = (a_backup_schedule,)


def schema_tables(vault: Vault) -> set[str]:
    with vault.reading() as db:
        return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def tables_holding(vault: Vault, needle: str) -> set[str]:
    """The tables any row of which holds ``needle`` (as text or bytes)."""
    found = set()
    for table in sorted(schema_tables(vault)):
        with vault.reading() as db:
            rows = db.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608 - schema names
        for row in rows:
            if any(
                (isinstance(x, str) and needle in x)
                or (isinstance(x, bytes) and needle.encode() in x)
                for x in row
            ):
                found.add(table)
                break
    return found


def raw_key(directory: Path, passphrase: str) -> bytes:
    secret = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    try:
        return bytes.fromhex(secret.hex())
    finally:
        secret.wipe()


def in_pages(pages: bytes, needle: str) -> bool:
    return needle.encode("utf-8") in pages or needle.encode("utf-16-le") in pages


def canary(label: str) -> str:
    """One token for the search index (letters and hex digits); its random
    tail is what the pages are searched for, as the index stores a word after
    the prefix it shares with the word before it."""
    return f"{label}{secrets.token_hex(8)}"


def tail(word: str) -> str:
    return word[-12:]


def assert_every_table_is_mapped(vault: Vault) -> None:
    tables = schema_tables(vault)
    unmapped = tables - CONTENT.keys() - NO_RECORD_CONTENT.keys()
    assert not unmapped, (
        f"tables with no deletion path in tests/security/test_deletion.py: {sorted(unmapped)}. "
        "Add each to CONTENT (how a record's canary gets there, how deleting removes it) "
        "or to NO_RECORD_CONTENT (why it holds no record content)."
    )
    assert not CONTENT.keys() & NO_RECORD_CONTENT.keys()
    gone = (CONTENT.keys() | NO_RECORD_CONTENT.keys()) - tables
    assert not gone, f"mapped tables no longer in the schema: {sorted(gone)}"


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    peer, _ = Vault.create(tmp_path / "bea", PEER_PASS)
    peer.sharing.set_name("Bea")
    bea = vault.sharing.add_card(peer.sharing.identity().card())
    vault.sharing.verify(bea.id)
    me = peer.sharing.add_card(vault.sharing.identity().card())
    peer.sharing.verify(me.id)
    base = tmp_path / "folders"
    base.mkdir()
    yield World(vault, peer, bea.id, me.id, base)
    peer.lock()


def test_every_table_of_the_schema_is_mapped(vault: Vault) -> None:
    assert_every_table_is_mapped(vault)


def test_deleted_canaries_are_gone_from_every_table_and_page(
    world: World, vault_dir: Path, passphrase: str
) -> None:
    vault = world.vault
    assert_every_table_is_mapped(vault)
    kept: dict[Scenario, str] = {}
    doomed: dict[Scenario, str] = {}
    deletions = []
    for number, scenario in enumerate(SCENARIOS):
        if scenario not in ONE_AT_A_TIME:
            kept[scenario] = canary(f"kept{number}x")
            scenario(world, kept[scenario])
        doomed[scenario] = canary(f"gone{number}x")
        deletions.append(scenario(world, doomed[scenario]))

    # Each scenario's canary reached every table the map says it reaches.
    for table, scenarios in CONTENT.items():
        for scenario in scenarios:
            assert table in tables_holding(vault, tail(doomed[scenario])), (
                f"{scenario.__name__} puts no canary in {table}"
            )

    for delete in deletions:
        delete()
    for scenario, word in doomed.items():
        assert not tables_holding(vault, tail(word)), scenario.__name__  # names the table left
    vault.lock()

    wal = Path(f"{vault_dir / DB_FILE}-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # the truncating checkpoint on lock
    pages = decrypted_pages(vault_dir / DB_FILE, raw_key(vault_dir, passphrase))
    for scenario in SCENARIOS:
        if scenario in kept:
            assert in_pages(pages, tail(kept[scenario])), scenario.__name__  # the method sees...
        assert not in_pages(pages, tail(doomed[scenario])), scenario.__name__  # ...none is left


def test_the_page_reader_reads_the_wal_and_checks_every_page(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    word = canary("wal")
    vault.logs.save(occurred_at=WHEN, title=word)
    wal = Path(f"{vault_dir / DB_FILE}-wal")
    assert wal.stat().st_size > 0  # written, not yet checkpointed
    key = raw_key(vault_dir, passphrase)
    assert in_pages(decrypted_pages(vault_dir / DB_FILE, key), word)
    assert not in_pages(wal.read_bytes() + (vault_dir / DB_FILE).read_bytes(), word)
    with pytest.raises(ValueError, match="HMAC"):
        decrypted_pages(vault_dir / DB_FILE, bytes(32))


def test_deleting_what_is_gone_is_not_found(world: World) -> None:
    vault = world.vault
    plan_id, _ = vault.plans.save({"starts_at": STARTS, "title": "once"})
    vault.plans.delete(plan_id)
    for again in (
        lambda: vault.plans.delete(plan_id),
        lambda: vault.delete(plan_id),
        lambda: vault.sharing.remove_colleague("no-such-colleague"),
    ):
        with pytest.raises(NotFound):
            again()
    log = vault.logs.save(occurred_at=WHEN, title="a log")
    with pytest.raises(NotFound):
        vault.plans.delete(log.id)  # a plan's door deletes only plans
    assert vault.delete(log.id) == OUTREACH_LOG.name


def team_rows(vault: Vault) -> tuple[set[tuple[str, str]], set[str]]:
    """(team id, colleague id) of every membership; the team id of every refusal."""
    with vault.reading() as db:
        members = {(t, c) for t, c in db.execute("SELECT team_id, colleague_id FROM team_members")}
        refusals = {t for (t,) in db.execute("SELECT team_id FROM team_refusals")}
    return members, refusals


def test_a_team_and_a_colleague_take_their_rows_with_them(world: World) -> None:
    vault = world.vault
    cai = vault.sharing.add_card(Identity.generate("Cai").card())
    vault.sharing.verify(cai.id)
    forget = a_team(world, canary("team"))
    (team,) = vault.teams.all()
    vault.teams.add_member(team.id, cai.id)
    assert team_rows(vault) == ({(team.id, world.bea), (team.id, cai.id)}, {team.id})

    vault.sharing.remove_colleague(world.bea)  # Bea leaves every team with her card
    assert [m.colleague.id for m in vault.teams.get(team.id).members] == [cai.id]
    assert team_rows(vault) == ({(team.id, cai.id)}, {team.id})

    forget()  # the team goes with its memberships and refusals; Cai stays a colleague
    assert team_rows(vault) == (set(), set())
    assert [e.id for e in vault.sharing.all()] == [cai.id]
    with pytest.raises(NotFound):
        vault.teams.remove(team.id)


def test_a_renamed_team_and_a_moved_folder_leave_no_old_words(
    world: World, vault_dir: Path, passphrase: str
) -> None:
    vault = world.vault
    old_name, old_folder, new_name, new_folder = (canary(x) for x in ("on", "of", "nn", "nf"))
    for words in (old_folder, new_folder):
        (world.base / words).mkdir()
    team = vault.teams.create(old_name, folder=world.base / old_folder)
    vault.teams.rename(team.id, new_name)
    vault.teams.set_folder(team.id, world.base / new_folder)
    vault.lock()
    pages = decrypted_pages(vault_dir / DB_FILE, raw_key(vault_dir, passphrase))
    assert in_pages(pages, tail(new_name)) and in_pages(pages, tail(new_folder))
    assert not in_pages(pages, tail(old_name)) and not in_pages(pages, tail(old_folder))


def test_a_moved_or_cleared_schedule_leaves_no_folder_behind(
    world: World, vault_dir: Path, passphrase: str
) -> None:
    """Choosing another folder for backups overwrites the first folder's
    path; turning backups off deletes the second's."""
    first, second = canary("movedfrom"), canary("movedto")
    for words in (first, second):
        (world.base / words).mkdir()
    world.vault.backup_schedule.set(world.base / first, 24)
    world.vault.backup_schedule.run(force=True)
    world.vault.backup_schedule.set(world.base / second, 24 * 7)
    world.vault.lock()
    key = raw_key(vault_dir, passphrase)
    pages = decrypted_pages(vault_dir / DB_FILE, key)
    assert in_pages(pages, tail(second)) and not in_pages(pages, tail(first))
    again = Vault.open(vault_dir, passphrase)
    try:
        again.backup_schedule.clear()
        assert again.backup_schedule.get() is None
    finally:
        again.lock()
    assert not in_pages(decrypted_pages(vault_dir / DB_FILE, key), tail(second))


def test_erasing_a_vault_with_a_team_leaves_nothing(
    world: World, vault_dir: Path, fieldsafe_home: Path
) -> None:
    """Erasing removes the team and the schedule with the vault; the folders
    keep only what was sent and backed up (encrypted, named at random), never
    the team's words."""
    vault = world.vault
    word = canary("erased")
    a_team(world, word)
    a_backup_schedule(world, word)
    (team,) = vault.teams.all()
    log = vault.logs.save(occurred_at=WHEN, title=word, body=word)
    sent = vault.teams.send([log.id], [vault.sharing.get(world.bea)])
    assert len(sent.sent) == 1
    vault.erase()
    assert not vault_dir.exists() or list(vault_dir.iterdir()) == []
    assert files_containing(tail(word), [fieldsafe_home]) == []
    assert team.folder is not None
    assert files_containing(tail(word), [team.folder, world.base]) == []


def test_removing_a_colleague_keeps_what_they_sent_and_refuses_what_comes_next(
    world: World,
) -> None:
    from fieldsafe.exchange.bundle import BadBundle

    vault, peer = world.vault, world.peer
    plan_id, _ = peer.plans.save({"starts_at": STARTS, "title": "from Bea"})
    bundle = peer.sharing.seal_record(plan_id, recipient=peer.sharing.get(world.me_at_bea))
    received = vault.sharing.open_received(bundle.data, lambda: None)
    assert received is not None and vault.sharing.import_bundle(received, lambda c: [])
    vault.sharing.remove_colleague(world.bea)
    assert [e.card.name for e in vault.sharing.all()] == []
    assert vault.plans.get(plan_id)["title"] == "from Bea"  # nothing else changes
    assert vault.sharing.base(plan_id) is not None
    later = peer.sharing.seal_record(plan_id, recipient=peer.sharing.get(world.me_at_bea))
    with pytest.raises(BadBundle) as refused:
        vault.sharing.open_received(later.data, lambda: None)
    assert refused.value.reason == "unknown_sender"
