"""The integrity check at unlock, run beside the first page
(``Vault.open(check_later=True)``, as the GUI opens; ``open_with_key``):
the open returns before the check, reads work meanwhile, nothing is written
until it has passed, damage it finds is raised to whoever waits or writes,
and locking stops it before the key is wiped (docs/security.md, "What
happens when…")."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from fieldsafe.errors import VaultDamaged
from fieldsafe.vault import Vault, store
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.store import PAGE_SIZE
from tests.vault.damaged import WHEN, flip_bit
from tests.vault.damaged import filled_vault as filled_vault  # noqa: F401 - the `filled` fixture

THREAD = "fieldsafe-unlock-check"


def _checks_running() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == THREAD]


def test_damage_found_after_the_open_is_raised_and_nothing_is_written(
    filled: Path, passphrase: str
) -> None:
    db = filled / "vault.db"
    damaged = flip_bit(db, db.stat().st_size // PAGE_SIZE - 2)  # a page the first reads skip
    vault = Vault.open(filled, passphrase, check_later=True)  # returns: the check goes on
    try:
        assert [s.title for s in vault.logs.page(limit=1)]  # the first page reads meanwhile
        with pytest.raises(VaultDamaged):
            vault.wait_checked(timeout=10)
        with pytest.raises(VaultDamaged):
            vault.logs.save(occurred_at=WHEN, title="new", body="never written")
    finally:
        vault.lock()
    assert db.read_bytes() == damaged  # nothing written, not even at lock
    assert _checks_running() == []


def test_a_write_waits_for_the_check_then_goes_ahead(filled: Path, passphrase: str) -> None:
    vault = Vault.open(filled, passphrase, check_later=True)
    try:
        check = vault._unlock_check
        assert check is not None
        saved = vault.logs.save(occurred_at=WHEN, title="after the check", body="kept")
        assert check.done  # the save waited for it
        vault.wait_checked(timeout=0)
        assert vault.logs.get(saved.id).title == "after the check"
    finally:
        vault.lock()
    assert _checks_running() == []


def test_the_default_open_checks_first(filled: Path, passphrase: str) -> None:
    db = filled / "vault.db"
    flip_bit(db, db.stat().st_size // PAGE_SIZE - 2)
    with pytest.raises(VaultDamaged):
        Vault.open(filled, passphrase)  # the CLI and every other caller: at once, as before


def test_open_with_key_checks_later_as_the_gui_does(filled: Path, passphrase: str) -> None:
    key = KeyFile.load(filled / "vault.key").unlock(passphrase)
    vault = Vault.open_with_key(filled, key)
    try:
        assert vault._unlock_check is not None
        vault.wait_checked(timeout=10)
    finally:
        vault.lock()


def test_locking_stops_a_check_still_running_before_the_key_is_wiped(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _code = Vault.create(tmp_path / "v", passphrase)
    vault.add_demo_records(500, seed=1)
    vault.lock()
    monkeypatch.setattr(store, "QUICK_CHECK_SECONDS", 60.0)  # it would run until stopped
    vault = Vault.open(tmp_path / "v", passphrase, check_later=True)
    check = vault._unlock_check
    assert check is not None
    vault.lock()  # at once: the check is interrupted, its connection closed
    assert check.done and _checks_running() == []
    assert vault.is_locked
