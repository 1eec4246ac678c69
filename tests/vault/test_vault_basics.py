from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    NotAVault,
    NotFound,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from fieldsafe.vault import Vault

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def test_create_write_lock_reopen(vault_dir: Path, passphrase: str) -> None:
    vault, code = Vault.create(vault_dir, passphrase)
    log = vault.logs.save(
        occurred_at=WHEN, title="Street outreach", body="Met P-7 near the station"
    )
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        vault.logs.count()
    again = Vault.open(vault_dir, passphrase)
    stored = again.logs.get(log.id)
    assert stored.title == "Street outreach"
    assert stored.occurred_at == WHEN
    again.lock()
    by_code = Vault.open(vault_dir, code)
    assert by_code.logs.count() == 1
    by_code.lock()


@pytest.mark.parametrize(
    "phrase",
    [
        "quote ' and \" both",
        "  spaces  around  ",
        "emoji 🙂🔐",
        "كلمة سر عربية",
        "пароль",
        "पासवर्ड",
    ],
)
def test_passphrases_of_every_kind_work(vault_dir: Path, phrase: str) -> None:
    vault, _ = Vault.create(vault_dir, phrase)
    vault.lock()
    Vault.open(vault_dir, phrase).lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, phrase + "x")


def test_wrong_passphrase(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not it")


def test_never_overwrites_existing_vault(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    vault.lock()
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, passphrase)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before


def test_missing_and_damaged_key_file(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    vault.lock()
    key = vault_dir / "vault.key"
    original = key.read_bytes()
    key.write_bytes(original[:40])
    with pytest.raises(KeyFileDamaged):
        Vault.open(vault_dir, passphrase)
    key.unlink()
    with pytest.raises(KeyFileMissing):
        Vault.open(vault_dir, passphrase)


def test_not_a_vault(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(NotAVault):
        Vault.open(tmp_path, passphrase)


def test_update_and_delete(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="first", body="alpha")
    vault.logs.save(occurred_at=WHEN, title="second", body="beta", log_id=log.id)
    assert vault.logs.get(log.id).title == "second"
    assert [h.id for h in vault.search("beta")] == [log.id]
    assert vault.search("alpha") == []
    vault.logs.delete(log.id)
    with pytest.raises(NotFound):
        vault.logs.get(log.id)
    assert vault.search("beta") == []


def test_page_is_newest_first(vault: Vault) -> None:
    for day in range(1, 6):
        vault.logs.save(occurred_at=WHEN.replace(day=day), title=f"day {day}")
    assert [s.title for s in vault.logs.page(limit=3)] == ["day 5", "day 4", "day 3"]
    assert [s.title for s in vault.logs.page(offset=3)] == ["day 2", "day 1"]


def test_change_passphrase(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    vault.change_passphrase(passphrase, "a new one")
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase)
    Vault.open(vault_dir, "a new one").lock()


def test_change_passphrase_needs_the_old_one(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    before = (vault_dir / "vault.key").read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong", "new")
    assert (vault_dir / "vault.key").read_bytes() == before


def test_lock_wipes_key(vault: Vault) -> None:
    key = vault._db_key
    assert not key.wiped
    vault.lock()
    assert key.wiped
    assert "redacted" in repr(key)


def test_files_are_private(vault: Vault, vault_dir: Path) -> None:
    vault.logs.save(occurred_at=WHEN, title="x")
    for path in vault_dir.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name
    assert vault_dir.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("year", [1, 999, 1899, 9999])
def test_absurd_dates_are_refused(vault: Vault, year: int) -> None:
    from fieldsafe.errors import InvalidRecord

    with pytest.raises(InvalidRecord) as info:
        vault.logs.save(occurred_at=datetime(year, 1, 1, tzinfo=UTC), title="x")
    assert info.value.field == "occurred_at"
    assert vault.logs.count() == 0


def test_drafts_store_partial_edits_and_go_with_their_record(vault: Vault) -> None:
    from fieldsafe.errors import InvalidRecord

    vault.drafts.save("outreach_log", kind="outreach_log", fields={"title": "no time yet"})
    draft = vault.drafts.get("outreach_log")
    assert draft is not None and draft.fields["occurred_at"] is None and draft.record_id is None
    with pytest.raises(InvalidRecord):
        vault.drafts.save("outreach_log", kind="outreach_log", fields={"nonsense": "x"})
    log = vault.logs.save(occurred_at=WHEN, title="saved")
    vault.drafts.save(
        "outreach_log", kind="outreach_log", fields={"title": "edit"}, record_id=log.id
    )
    vault.logs.delete(log.id)
    assert vault.drafts.get("outreach_log") is None  # deleting a log deletes its draft
    vault.drafts.save("outreach_log", kind="outreach_log", fields={"title": "x"})
    vault.drafts.discard("outreach_log")
    assert vault.drafts.get("outreach_log") is None
