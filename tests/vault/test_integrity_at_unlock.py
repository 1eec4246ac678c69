"""Interface 1.8: a quick integrity check at unlock notices damage early,
bounded in time (docs/security.md, "What happens when…")."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldsafe.errors import VaultDamaged
from fieldsafe.vault import Vault, store
from fieldsafe.vault.store import PAGE_SIZE
from tests.vault.damaged import filled_vault as filled_vault  # noqa: F401 - the `filled` fixture
from tests.vault.damaged import flip_bit


def test_damage_in_a_page_nothing_reads_at_unlock_is_found_at_unlock(
    filled: Path, passphrase: str
) -> None:
    db = filled / "vault.db"
    pages = db.stat().st_size // PAGE_SIZE
    damaged = flip_bit(db, pages - 2)  # a record's page, far from what unlocking reads
    with pytest.raises(VaultDamaged):
        Vault.open(filled, passphrase)
    assert db.read_bytes() == damaged  # nothing written


def test_a_sound_vault_opens_and_the_check_reads_it_whole(filled: Path, passphrase: str) -> None:
    vault = Vault.open(filled, passphrase)
    try:
        assert vault.count() == 60
    finally:
        vault.lock()


def test_the_check_is_bounded_in_time(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check cut short by its time limit is not an error: a vault larger
    than the limit covers opens (damage beyond the part checked is found
    when that page is read, by a backup, or by ``fieldsafe-cli verify``)."""
    vault, _code = Vault.create(tmp_path / "v", passphrase)
    vault.add_demo_records(500, seed=1)  # large enough for SQLite to look at the clock
    vault.lock()
    db = tmp_path / "v" / "vault.db"
    # A page of the records (the check's first steps go to the search
    # index's tables, written last, at the end of the file).
    flip_bit(db, db.stat().st_size // PAGE_SIZE // 2)
    with pytest.raises(VaultDamaged):
        Vault.open(tmp_path / "v", passphrase)  # with time enough, found
    monkeypatch.setattr(store, "QUICK_CHECK_SECONDS", 1e-9)
    vault = Vault.open(tmp_path / "v", passphrase)
    try:
        with pytest.raises(VaultDamaged):
            vault.verify()
    finally:
        vault.lock()
