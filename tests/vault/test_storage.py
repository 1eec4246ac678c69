"""Storage near the size of the text (issue 14): the search index keeps words,
not a second copy of the text; its pages fit the database's pages; edits and
deletes take the old words out of the index at once; bulk writes leave the
index merged (docs/architecture.md, "Storage")."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.core.demo import demo_records
from fieldsafe.core.interchange import write_interchange
from fieldsafe.vault import Vault, maintenance, transfer
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from tests.leaks import decrypted_pages

WHEN = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
#: the most an index page may hold and still fit one database page: 4096 bytes
#: less SQLCipher's 80 reserved, less SQLite's 35 for a cell, less the row's
#: own 4-byte header
FITS_ONE_PAGE = 4096 - 80 - 35 - 4


def word() -> str:
    return "w" + secrets.token_hex(8)


def tail(token: str) -> bytes:
    """What to look for in index pages: FTS5 stores a word after the prefix
    it shares with the word before it."""
    return token[-12:].encode()


def raw_key(directory: Path, passphrase: str) -> bytes:
    secret = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    try:
        return bytes.fromhex(secret.hex())
    finally:
        secret.wipe()


def index_blobs(vault: Vault) -> bytes:
    with vault.reading() as db:
        return b"".join(r[0] for r in db.execute("SELECT block FROM search_index_data"))


def segments(vault: Vault) -> int:
    """Index segments: FTS5 numbers each segment's pages from ``segid << 37``
    (rows 1 and 10, the averages and the structure, are segment 0)."""
    with vault.reading() as db:
        return int(
            db.execute(
                "SELECT count(DISTINCT id >> 37) FROM search_index_data WHERE id >> 37 > 0"
            ).fetchone()[0]
        )


def test_the_index_keeps_the_kind_and_no_text(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="market visit", body="met at the bakery")
    [hit] = vault.search("bakery")
    assert hit.id == log.id and "bakery" in hit.snippet
    with vault.reading() as db:
        assert db.execute("SELECT kind, title, body, aliases FROM search_index").fetchall() == [
            ("outreach_log", None, None, None)
        ]
        columns = [r[1] for r in db.execute("PRAGMA table_info(search_index_content)")]
    assert columns == ["id", "c0"]  # the kind, nothing else


def test_no_second_copy_of_the_text_reaches_the_file(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    # Characters of unspaced scripts are indexed one by one: the text in the
    # index's form (spaced out) could only come from a copy of it.
    vault.logs.save(occurred_at=WHEN, title="station", body="在东京站的南口见面")
    assert [h.title for h in vault.search("东京站")] == ["station"]
    vault.lock()
    pages = decrypted_pages(vault_dir / DB_FILE, raw_key(vault_dir, passphrase))
    assert "东京站的南口".encode() in pages  # the record itself
    assert " 东  京 ".encode() not in pages


def test_index_pages_fit_database_pages(vault: Vault) -> None:
    transfer.add_demo_records(vault, 400, seed=3, until=WHEN)
    with vault.reading() as db:
        pgsz = db.execute("SELECT v FROM search_index_config WHERE k = 'pgsz'").fetchone()[0]
        longest = db.execute("SELECT max(length(block)) FROM search_index_data").fetchone()[0]
    assert pgsz < FITS_ONE_PAGE
    assert pgsz - 200 < longest <= FITS_ONE_PAGE


def test_an_edit_takes_the_old_words_out_of_the_index(vault: Vault) -> None:
    old, new, kept = word(), word(), word()
    log = vault.logs.save(occurred_at=WHEN, title=f"visit {kept}", body=f"we met {old} there")
    vault.logs.save(
        occurred_at=WHEN, title=f"visit {kept}", body=f"we met {new} there", log_id=log.id
    )
    assert [h.id for h in vault.search(new)] == [log.id]
    assert [h.id for h in vault.search(kept)] == [log.id]
    assert vault.search(old) == []
    blobs = index_blobs(vault)
    assert tail(old) not in blobs and tail(new) in blobs


@pytest.mark.parametrize(
    "text",
    [
        "plain Latin words",
        "Café déjà vu",  # diacritics folded by the tokenizer
        "والمدرسة بالمستشفى للأطفال",  # Arabic: alias forms in the index too
        "在东京站见面",  # indexed one character at a time
        "कानूनी सहायता",  # marks inside words
    ],
)
def test_deleting_takes_every_word_out_of_the_index(vault: Vault, text: str) -> None:
    canary = word()
    keep = vault.logs.save(occurred_at=WHEN, title="kept", body=f"{text} {word()}")
    doomed = vault.logs.save(occurred_at=WHEN, title=canary, body=f"{text} {canary}")
    with vault.reading() as db:
        entries = db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    vault.logs.delete(doomed.id)
    with vault.reading() as db:
        assert db.execute("SELECT count(*) FROM search_index").fetchone()[0] == entries - 1
        # the index's own check: every word it holds belongs to a live entry
        db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    assert tail(canary) not in index_blobs(vault)
    assert [h.id for h in vault.search(text.split()[0])] == [keep.id]


def test_every_kind_edits_and_deletes_cleanly(vault: Vault) -> None:
    """Private, unindexed and multi-field kinds: the words an edit replaced
    and the words of a deleted record leave the index."""
    first, second = word(), word()
    entry = vault.journal.save(occurred_at=WHEN, body=f"felt {first}")
    vault.journal.save(occurred_at=WHEN, body=f"felt {second}", entry_id=entry.id)
    contact = vault.journal.save_contact(f"Ana {first}x", notes=f"call {first}y")
    code = vault.codes.save("P-77", note=f"note {first}z")  # the code book is not searched
    vault.codes.save("P-77", note=f"note {second}z", entry_id=code.id)
    assert [h.id for h in vault.search(second, include_private=True)] == [entry.id]
    vault.journal.delete(entry.id)
    vault.journal.delete_item(contact.id)
    vault.codes.delete(code.id)
    assert vault.search(first, include_private=True) == []
    blobs = index_blobs(vault)
    assert tail(first) not in blobs and tail(second) not in blobs
    with vault.reading() as db:
        assert db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


@pytest.fixture
def no_background_merging(monkeypatch: pytest.MonkeyPatch) -> None:
    """Upkeep waits an hour for quiet: what the index looks like after a
    bulk write is the bulk write's own doing."""
    monkeypatch.setattr(maintenance, "QUIET_SECONDS", 3600.0)


@pytest.mark.usefixtures("no_background_merging")
def test_a_demo_fill_leaves_the_index_whole(vault: Vault) -> None:
    transfer.add_demo_records(vault, 600, seed=5, until=WHEN, batch_size=50)
    assert segments(vault) == 1


@pytest.mark.usefixtures("no_background_merging")
def test_demo_logs_added_to_a_larger_vault_are_left_to_upkeep(vault: Vault) -> None:
    transfer.add_demo_records(vault, 600, seed=5, until=WHEN)
    transfer.add_demo_records(vault, 100, seed=6, until=WHEN, batch_size=20)
    assert segments(vault) == 1 + 5  # one a batch, as saves leave them


@pytest.mark.usefixtures("no_background_merging")
def test_a_large_import_leaves_the_index_merged(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "import.json"
    with open(source, "wb") as out:
        write_interchange(
            out,
            demo_records(transfer.MERGE_AFTER_RECORDS, seed=9, until=WHEN),
            exported_at=WHEN,
        )
    vault.logs.save(occurred_at=WHEN, title="here before", body="one small segment")
    result = vault.import_file(source)
    assert result.added == transfer.MERGE_AFTER_RECORDS
    assert segments(vault) == 1  # most of the vault is new: merged whole
    with vault.transaction() as db:  # nothing left for upkeep
        assert not maintenance.merge_step(db, maintenance.MERGE_PAGES)
    assert vault.search("here before")


@pytest.mark.usefixtures("no_background_merging")
def test_a_smaller_import_merges_as_upkeep_would(vault: Vault, tmp_path: Path) -> None:
    transfer.add_demo_records(vault, 1500, seed=5, until=WHEN)
    assert segments(vault) == 1
    source = tmp_path / "import.json"
    with open(source, "wb") as out:
        write_interchange(
            out,
            demo_records(transfer.MERGE_AFTER_RECORDS, seed=11, until=WHEN),
            exported_at=WHEN,
        )
    vault.import_file(source)
    with vault.transaction() as db:
        assert not maintenance.merge_step(db, maintenance.MERGE_PAGES)
    assert segments(vault) >= 2  # the large segment was not rewritten for it
