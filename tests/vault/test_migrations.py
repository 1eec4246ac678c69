"""Schema migrations: ordered, atomic, backed up, and newer versions refused;
schema 9 moves the search index to words only (contentless)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from fieldsafe.errors import MigrationFailed, VaultTooNew
from fieldsafe.vault import Vault, store
from fieldsafe.vault import db as db_module
from fieldsafe.vault.db import index_text_version
from fieldsafe.vault.layout import KEY_FILE
from tests.leaks import decrypted_pages


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_new_vault_is_at_current_version(vault: Vault) -> None:
    with vault.reading() as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION


def test_newer_vault_is_refused_untouched(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    with vault.reading() as db:
        db.execute(f"PRAGMA user_version = {store.SCHEMA_VERSION + 1}")
    vault.lock()
    before = _files(vault_dir)
    with pytest.raises(VaultTooNew) as info:
        Vault.open(vault_dir, passphrase)
    assert info.value.found == store.SCHEMA_VERSION + 1
    assert _files(vault_dir) == before


def _with_extra_migration(monkeypatch: pytest.MonkeyPatch, sql: str) -> int:
    extra = len(store.MIGRATIONS) + 1
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, (extra, sql)])
    monkeypatch.setattr(store, "SCHEMA_VERSION", extra)
    return extra


def test_upgrade_applies_and_backs_up_first(
    vault: Vault, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.logs.save(occurred_at=vault.clock.now(), title="kept", body="across the upgrade")
    vault.lock()
    original_db = (vault_dir / store.DB_FILE).read_bytes()
    version = _with_extra_migration(monkeypatch, "CREATE TABLE extra_things (id TEXT PRIMARY KEY);")
    upgraded = Vault.open(vault_dir, passphrase)
    with upgraded.reading() as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
        db.execute("SELECT count(*) FROM extra_things").fetchone()
    assert upgraded.logs.count() == 1
    upgraded.lock()
    backup = vault_dir / f"pre-migration-v{version - 1}.db"
    assert backup.read_bytes() == original_db
    if os.name == "posix":  # owner-only, like vault.db, whatever the umask
        assert backup.stat().st_mode & 0o777 == 0o600


def test_failed_upgrade_leaves_the_vault_byte_identical(
    vault: Vault, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.logs.save(occurred_at=vault.clock.now(), title="kept")
    vault.lock()
    before = _files(vault_dir)
    _with_extra_migration(
        monkeypatch, "CREATE TABLE half (id TEXT);\nINSERT INTO half VALUES (1);\nTHIS IS NOT SQL;"
    )
    with pytest.raises(MigrationFailed):
        Vault.open(vault_dir, passphrase)
    after = _files(vault_dir)
    assert {k: v for k, v in after.items() if not k.startswith("pre-migration")} == before
    monkeypatch.undo()
    from fieldsafe.vault import keys
    from tests.conftest import FAST_KDF

    monkeypatch.setattr(keys, "active_policy", FAST_KDF)
    reopened = Vault.open(vault_dir, passphrase)
    with reopened.reading() as db, pytest.raises(sqlcipher3.OperationalError):
        db.execute("SELECT * FROM half")
    reopened.lock()


# -- schema 9: the contentless search index ------------------------------------

WHEN = datetime(2026, 5, 6, 7, 8, tzinfo=UTC)
#: logs in several scripts (and what a search for them is)
TEXTS = {
    "en": ("Bakery visit", "We met near the bakery after the market closed."),
    "ar": ("زيارة المدرسة", "التقينا بالمدرسة والمستشفى للأطفال"),
    "zh": ("车站", "在东京站的南口见面"),
    "hi": ("सहायता", "कानूनी सहायता के बारे में बात की"),
    "fr": ("Café", "Déjà vu au café près de la gare"),
}
QUERIES = ("bakery", "مدرسة", "المستشفى", "东京站", "कानूनी", "deja", "cafe", "felt", "lantern")
#: the index's own form of the Chinese text (spaced out): only a second copy
#: of the text, which schema 9 no longer keeps, holds it
SPACED = " 东  京  站 ".encode()


def _raw_key(directory: Path, passphrase: str) -> bytes:
    from fieldsafe.vault.keys import KeyFile

    secret = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    try:
        return bytes.fromhex(secret.hex())
    finally:
        secret.wipe()


def _found(vault: Vault) -> dict[str, list[tuple[str, str, str, str]]]:
    return {
        q: [(h.id, h.kind, h.title, h.snippet) for h in vault.search(q, include_private=True)]
        for q in QUERIES
    }


def schema_8_vault(
    directory: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict[str, str], dict[str, list[tuple[str, str, str, str]]]]:
    """A vault made with schemas 1-8 (the search index holding a copy of the
    text): logs in several scripts, a journal entry, a code-book entry, an
    incident. Returns the records' ids and what each query found."""
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", store.MIGRATIONS[:8])
        m.setattr(store, "SCHEMA_VERSION", 8)
        m.setattr(store, "reindex_if_stale", lambda conn: False)  # schema 9's
        vault, _ = Vault.create(directory, passphrase)
        ids = {
            lang: vault.logs.save(occurred_at=WHEN, title=title, body=body).id
            for lang, (title, body) in TEXTS.items()
        }
        ids["journal"] = vault.journal.save(occurred_at=WHEN, body="felt calm after").id
        ids["code"] = vault.codes.save("P-12", note="lantern").id  # not searched
        ids["incident"] = vault.incidents.save(
            {
                "occurred_at": "2026-05-06T07:08:00Z",
                "title": "Followed",
                "what_happened": "near the lantern shop",
            }
        ).id
        with vault.reading() as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == 8
        found = _found(vault)
        vault.lock()
    assert all(found[q] for q in QUERIES)
    return ids, found


def test_a_schema_8_vault_moves_to_the_contentless_index(
    vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, found = schema_8_vault(vault_dir, passphrase, monkeypatch)
    pages = decrypted_pages(vault_dir / store.DB_FILE, _raw_key(vault_dir, passphrase))
    assert SPACED in pages  # the old layout's second copy, seen by this method

    vault = Vault.open(vault_dir, passphrase)
    with vault.reading() as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION >= 9
        assert {r[1:] for r in db.execute("SELECT rowid, * FROM search_index")} == {
            (kind, None, None, None) for kind in ("outreach_log", "debrief", "incident")
        }
        assert (
            db.execute("SELECT value FROM meta WHERE key = 'search_index_text'").fetchone()[0]
            == index_text_version()
        )
    assert (vault_dir / "pre-migration-v8.db").exists()
    assert _found(vault) == found  # the same hits, titles and snippets
    assert vault.count() == len(ids)

    # What the migration indexed is what a save's edit and a delete take out.
    vault.logs.save(occurred_at=WHEN, title="Visit", body="moved", log_id=ids["en"])
    vault.logs.delete(ids["zh"])
    assert vault.search("bakery") == [] and vault.search("东京站") == []
    assert [h.id for h in vault.search("moved")] == [ids["en"]]
    with vault.reading() as db:
        db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
        blobs = b"".join(r[0] for r in db.execute("SELECT block FROM search_index_data"))
    assert "مدرسة".encode() in blobs and "东".encode() not in blobs
    vault.lock()
    pages = decrypted_pages(vault_dir / store.DB_FILE, _raw_key(vault_dir, passphrase))
    assert "التقينا بالمدرسة".encode() in pages and SPACED not in pages


def test_a_vault_indexed_by_other_text_rules_is_indexed_again(
    vault: Vault, vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words a delete hands the index must be the ones it was given: when
    the rules making them change (a new INDEX_TEXT_VERSION, a newer Unicode),
    the next unlock builds the index again."""
    log = vault.logs.save(occurred_at=WHEN, title="Bakery visit", body="near the market")
    vault.lock()
    monkeypatch.setattr(db_module, "INDEX_TEXT_VERSION", db_module.INDEX_TEXT_VERSION + 1)
    rebuilt: list[bool] = []
    real = db_module.reindex_if_stale
    monkeypatch.setattr(store, "reindex_if_stale", lambda conn: rebuilt.append(real(conn)))
    vault = Vault.open(vault_dir, passphrase)
    assert rebuilt == [True]
    with vault.reading() as db:
        assert (
            db.execute("SELECT value FROM meta WHERE key = 'search_index_text'").fetchone()[0]
            == index_text_version()
        )
    assert [h.id for h in vault.search("market")] == [log.id]
    vault.logs.delete(log.id)
    assert vault.search("market") == []
    vault.lock()
    Vault.open(vault_dir, passphrase).lock()
    assert rebuilt == [True, False]  # once
