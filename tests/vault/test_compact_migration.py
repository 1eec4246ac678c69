"""Schema 10 (migration 0010): a vault whose rows hold every field, empty
ones included, as schemas up to 9 wrote them, is moved to the compact stored
form; what it stores is the compact form of what it held, and every reader
gives what it gave before."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.core.records import KINDS, new_record_id
from fieldsafe.vault import Vault, store, transfer
from fieldsafe.vault import db as db_module
from fieldsafe.vault.db import read_fields, stored_fields
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from tests.leaks import decrypted_pages
from tests.vault.test_compact_fields import _everything_read, _fill, _put, filled

#: an empty field as schema 9 stored it (in every demo log without needs)
OLD_EMPTY = b'"needs":"",'


def full_json(kind: str, fields: dict[str, Any]) -> str:
    """How schemas up to 9 stored validated fields: every one of them."""
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))


def schema_9_vault(
    directory: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch, *, demo_logs: int = 20
) -> None:
    """A vault made with schemas 1-9 and their way of storing fields: demo
    logs, edited records (earlier versions), and records of every kind."""
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", store.MIGRATIONS[:9])
        m.setattr(store, "SCHEMA_VERSION", 9)
        m.setattr(db_module, "stored_fields", full_json)
        vault, _ = Vault.create(directory, passphrase)
        try:
            transfer.add_demo_records(vault, demo_logs, seed=7)
            _fill(vault)
            for kind in KINDS:
                _put(vault, kind, filled(kind), new_record_id())
            with vault.reading() as db:
                assert db.execute("PRAGMA user_version").fetchone()[0] == 9
        finally:
            vault.lock()


def raw_rows(
    directory: Path, passphrase: str
) -> tuple[int, dict[int, tuple[str, str]], dict[int, str]]:
    """The schema version, records (seq: kind, fields) and versions (version_seq: fields), as stored."""
    key = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    conn = db_module.connect(directory / DB_FILE, key)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        records = {
            r[0]: (r[1], r[2]) for r in conn.execute("SELECT seq, kind, fields FROM records")
        }
        versions = {
            r[0]: r[1] for r in conn.execute("SELECT version_seq, fields FROM record_versions")
        }
    finally:
        conn.close()
        key.wipe()
    return int(version), records, versions


def kinds_of_versions(directory: Path, passphrase: str) -> dict[int, str]:
    key = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    conn = db_module.connect(directory / DB_FILE, key)
    try:
        return dict(
            conn.execute(
                "SELECT v.version_seq, r.kind FROM record_versions v JOIN records r ON r.seq = v.seq"
            ).fetchall()
        )
    finally:
        conn.close()
        key.wipe()


def assert_compact_form_of(
    before: tuple[int, dict[int, tuple[str, str]], dict[int, str]],
    after: tuple[int, dict[int, tuple[str, str]], dict[int, str]],
    version_kinds: dict[int, str],
) -> None:
    """Every row of ``after`` is the compact form of the same row of ``before``,
    and reads back as exactly the fields it held."""
    _, old_records, old_versions = before
    _, new_records, new_versions = after
    assert new_records.keys() == old_records.keys() and new_versions.keys() == old_versions.keys()
    for seq, (kind, old) in old_records.items():
        assert new_records[seq] == (kind, stored_fields(kind, json.loads(old)))
        assert read_fields(kind, new_records[seq][1]) == json.loads(old)
    for number, old in old_versions.items():
        kind = version_kinds[number]
        assert new_versions[number] == stored_fields(kind, json.loads(old))
        assert read_fields(kind, new_versions[number]) == json.loads(old)


def _raw_key(directory: Path, passphrase: str) -> bytes:
    secret = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    try:
        return bytes.fromhex(secret.hex())
    finally:
        secret.wipe()


def test_a_schema_9_vault_moves_to_compact_fields(
    vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    schema_9_vault(vault_dir, passphrase, monkeypatch)
    before = raw_rows(vault_dir, passphrase)
    version_kinds = kinds_of_versions(vault_dir, passphrase)
    assert before[0] == 9 and before[2]  # some earlier versions too
    assert all(
        json.loads(f) == KINDS[k].validate(json.loads(f)) for k, f in before[1].values()
    )  # really the old full form
    assert OLD_EMPTY in decrypted_pages(vault_dir / DB_FILE, _raw_key(vault_dir, passphrase))
    with monkeypatch.context() as m:  # what a schema 9 vault's readers give
        m.setattr(store, "MIGRATIONS", store.MIGRATIONS[:9])
        m.setattr(store, "SCHEMA_VERSION", 9)
        old = Vault.open(vault_dir, passphrase)
        try:
            read_before = _everything_read(old)
        finally:
            old.lock()

    vault = Vault.open(vault_dir, passphrase)
    try:
        with vault.reading() as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION >= 10
        assert _everything_read(vault) == read_before
    finally:
        vault.lock()
    assert (vault_dir / "pre-migration-v9.db").exists()
    assert_compact_form_of(before, raw_rows(vault_dir, passphrase), version_kinds)
    # the rows were rewritten in place: no page holds the old form any more
    assert OLD_EMPTY not in decrypted_pages(vault_dir / DB_FILE, _raw_key(vault_dir, passphrase))

    # the index was left as it was, and a delete still takes a record's words out
    vault = Vault.open(vault_dir, passphrase)
    try:
        [log] = [
            r for r in vault.iter_records(kinds=["outreach_log"]) if r.fields["area"] == "Old Port"
        ]
        assert log.id in {h.id for h in vault.search("زيارة")}
        vault.logs.delete(log.id)
        assert log.id not in {h.id for h in vault.search("زيارة")}
        with vault.reading() as db:
            db.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)"
            )
    finally:
        vault.lock()
