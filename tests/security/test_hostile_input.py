"""Regression tests for defects found in review (each failed before its fix)."""

from __future__ import annotations

import json
import secrets
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from fieldsafe.errors import (
    InvalidRecord,
    KeyFileDamaged,
    VaultBusy,
    VaultDamaged,
)
from fieldsafe.vault import Vault, keys, maintenance

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)


def _filled(directory: Path, passphrase: str, n: int = 60) -> Vault:
    vault, _ = Vault.create(directory, passphrase)
    for i in range(n):
        vault.logs.save(occurred_at=WHEN, title=f"record {i}", body="text " * 200)
    return vault


def _damage(db: Path, offset: int) -> bytes:
    data = bytearray(db.read_bytes())
    data[offset] ^= 1
    db.write_bytes(bytes(data))
    return bytes(data)


def test_deleted_words_leave_the_search_index(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    vault, _ = Vault.create(directory, passphrase)
    token = "zz" + secrets.token_hex(8)
    vault.logs.save(occurred_at=WHEN, title="kept", body="keep")
    doomed = vault.logs.save(occurred_at=WHEN, title="x", body=f"met {token} here")
    vault.logs.delete(doomed.id)
    with vault.reading() as db:
        blobs = b"".join(r[0] for r in db.execute("SELECT block FROM search_index_data"))
    vault.lock()
    assert token.encode() not in blobs


def test_backup_of_a_damaged_vault_is_refused(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    _filled(directory, passphrase).lock()
    _damage(directory / "vault.db", 30 * 4096 + 100)
    vault = Vault.open(directory, passphrase)
    try:
        with pytest.raises(VaultDamaged):
            vault.backup(tmp_path / "b.fsbackup")
    finally:
        vault.lock()
    assert not (tmp_path / "b.fsbackup").exists()


def test_busy_vault_is_not_reported_damaged(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    first, _ = Vault.create(directory, passphrase)
    second = Vault.open(directory, passphrase)
    second._connection().execute("PRAGMA busy_timeout = 100")
    try:
        with first.transaction() as db:
            db.execute("INSERT INTO meta VALUES ('x', 'y')")
            with pytest.raises(VaultBusy):
                second.logs.save(occurred_at=WHEN, title="t", body="b")
    finally:
        first.lock()
        second.lock()


def test_opening_a_damaged_vault_writes_nothing(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    _filled(directory, passphrase).lock()
    damaged = _damage(directory / "vault.db", 20 * 4096 + 2048)
    vault = Vault.open(directory, passphrase)
    vault.wait_for_upkeep(5)
    vault.lock()
    assert (directory / "vault.db").read_bytes() == damaged


def test_upkeep_recovers_after_an_error(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(maintenance, "RETRY_SECONDS", 0.05)
    monkeypatch.setattr(maintenance, "QUIET_SECONDS", 0.01)
    failures = {"left": 1}
    real_work = maintenance.Upkeep._work

    def flaky(self: maintenance.Upkeep, conn: sqlcipher3.Connection) -> None:
        if failures["left"]:
            failures["left"] -= 1
            raise sqlcipher3.OperationalError("database is locked")
        real_work(self, conn)

    monkeypatch.setattr(maintenance.Upkeep, "_work", flaky)
    vault, _ = Vault.create(tmp_path / "v", passphrase)
    vault.logs.save(occurred_at=WHEN, title="t", body="b")
    assert vault.wait_for_upkeep(5), "upkeep never recovered"
    assert failures["left"] == 0
    vault.logs.save(occurred_at=WHEN, title="t2", body="b2")
    assert vault.wait_for_upkeep(5)
    vault.lock()


@pytest.mark.parametrize("case", ["deep-nesting", "infinity", "nan"])
def test_hostile_key_file_is_key_file_damaged(case: str) -> None:
    if case == "deep-nesting":
        data = b"[" * 60_000
    else:
        key_file, _ = keys.KeyFile.create("pw", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
        doc = json.loads(key_file.to_bytes())
        doc["slots"][0]["kdf"]["memory_kib"] = float("inf") if case == "infinity" else float("nan")
        data = json.dumps(doc).encode()
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(data)


def test_year_9999_import_is_invalid_record() -> None:
    from fieldsafe.core.interchange import parse_interchange

    doc = {
        "format": "fieldsafe-interchange",
        "version": 1,
        "records": [
            {
                "kind": "outreach_log",
                "id": "6f1c2a4e-0000-4000-8000-000000000001",
                "fields": {"occurred_at": "9999-06-01T00:00:00Z"},
            }
        ],
    }
    with pytest.raises(InvalidRecord):
        parse_interchange(json.dumps(doc))


def test_erase_leaves_no_key_material(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    vault, _ = Vault.create(directory, passphrase)
    # What a kill during a passphrase change leaves: a complete temp key file.
    (directory / ".vault.key.a1b2c3d4e5f6.fieldsafe-tmp").write_bytes(
        (directory / "vault.key").read_bytes()
    )
    vault.erase()
    assert not directory.exists() or list(directory.iterdir()) == []


def test_no_keyed_upkeep_thread_after_lock(tmp_path: Path, passphrase: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", passphrase)
    inside = threading.Event()

    def worker() -> None:
        with vault.transaction() as db:
            db.execute("INSERT INTO meta VALUES ('k', 'v')")
            inside.set()
            time.sleep(0.2)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait()
    vault.lock()
    thread.join()
    assert vault._upkeep._thread is None


@pytest.mark.parametrize("title", ["meeting \x1b]0;owned\x07", "two\nlines", "bell\x07"])
def test_control_characters_are_refused(vault: Vault, title: str) -> None:
    with pytest.raises(InvalidRecord) as info:
        vault.logs.save(occurred_at=WHEN, title=title)
    assert info.value.reason == "control_character"
    vault.logs.save(occurred_at=WHEN, title="fine", body="line one\nline two\ttabbed")


def test_cli_never_prints_terminal_escapes() -> None:
    from fieldsafe.cli import _printable

    assert "\x1b" not in _printable("meeting \x1b]52;c;aGk=\x07") and "\x07" not in _printable(
        "\x07"
    )
