"""Schema migrations: ordered, atomic, backed up, and newer versions refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from fieldsafe.errors import MigrationFailed, VaultTooNew
from fieldsafe.vault import Vault, store


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
