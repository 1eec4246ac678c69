"""Interface 1.8: a damaged vault is replaced by a backup in its own folder
(the GUI's *Restore from a backup…*), through the same restore the CLI uses,
and the damaged files are kept beside it, never deleted."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.atomicfile import TEMP_SUFFIX
from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import BadInputFile, VaultBusy, VaultDamaged, WrongPassphrase
from fieldsafe.vault import Vault
from fieldsafe.vault import backup as backup_module
from fieldsafe.vault.backup import RESTORED_DIR, _move_damaged_aside, sweep_restored
from fieldsafe.vault.layout import REKEY_FILE
from fieldsafe.vault.lockfile import OpenLock
from fieldsafe.vault.store import PAGE_SIZE

WHEN = datetime(2026, 6, 1, tzinfo=UTC)
CLOCK = FakeClock(datetime(2026, 3, 4, 12, 0, tzinfo=UTC))


def _titles(vault: Vault) -> list[str]:
    return sorted(s.title for s in vault.logs.page(limit=1000))


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def _damage(vault_dir: Path, tmp_path: Path, passphrase: str, *, new_key: str = "") -> Path:
    """A vault with a backup of 5 logs, then 3 more logs (and, with
    ``new_key``, a new passphrase and database key), then a damaged page;
    returns the backup."""
    vault, _code = Vault.create(vault_dir, passphrase)
    for i in range(5):
        vault.logs.save(occurred_at=WHEN, title=f"before backup {i}", body="text " * 100)
    backup = tmp_path / "vault.fieldsafe-backup"
    vault.backup(backup)
    for i in range(3):
        vault.logs.save(occurred_at=WHEN, title=f"after backup {i}", body="text " * 100)
    if new_key:
        vault.change_passphrase(passphrase, new_key, rekey=True)
    vault.lock()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[(len(data) // PAGE_SIZE - 2) * PAGE_SIZE + 100] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, new_key or passphrase)
    return backup


@pytest.fixture
def damaged(vault_dir: Path, tmp_path: Path, passphrase: str) -> tuple[Path, Path]:
    """A vault with a backup of 5 logs, then 3 more logs, then a damaged page."""
    return vault_dir, _damage(vault_dir, tmp_path, passphrase)


def test_the_backup_takes_the_damaged_vault_s_place(
    damaged: tuple[Path, Path], passphrase: str
) -> None:
    vault_dir, backup = damaged
    before = _files(vault_dir)
    aside = Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)

    assert aside == vault_dir.with_name(f"{vault_dir.name}-damaged-2026-03-04")
    kept = _files(aside)
    assert kept["vault.key"] == before["vault.key"]  # copied
    assert kept["vault.db"] == before["vault.db"]  # moved, byte for byte
    assert not (vault_dir / RESTORED_DIR).exists()
    assert not [p for p in vault_dir.parent.iterdir() if p.name.endswith(".restoring")]
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".restoring")]

    vault = Vault.open(vault_dir, passphrase)
    try:
        assert _titles(vault) == [f"before backup {i}" for i in range(5)]
        vault.verify()
    finally:
        vault.lock()


def test_a_second_restore_keeps_the_first_damaged_copy(
    damaged: tuple[Path, Path], passphrase: str
) -> None:
    vault_dir, backup = damaged
    first = Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
    second = Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
    assert first != second and first.is_dir() and second.is_dir()
    assert second.name.endswith("-2")


@pytest.mark.parametrize("problem", ["wrong passphrase", "damaged backup", "no file"])
def test_a_refused_restore_changes_nothing(
    damaged: tuple[Path, Path], passphrase: str, problem: str
) -> None:
    vault_dir, backup = damaged
    secret = passphrase
    if problem == "wrong passphrase":
        secret, expected = "not the passphrase", WrongPassphrase
    elif problem == "damaged backup":
        data = bytearray(backup.read_bytes())
        data[-3000] ^= 0x40
        backup.write_bytes(bytes(data))
        expected = BadInputFile
    else:
        backup = backup.with_name("missing.fieldsafe-backup")
        expected = BadInputFile
    before = _files(vault_dir)
    siblings = sorted(p.name for p in vault_dir.parent.iterdir())
    with pytest.raises(expected):
        Vault.restore_in_place(backup, vault_dir, secret, clock=CLOCK)
    assert _files(vault_dir) == before
    assert sorted(p.name for p in vault_dir.parent.iterdir()) == siblings
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted(before)


def test_refused_while_another_program_has_the_vault_open(
    damaged: tuple[Path, Path], passphrase: str
) -> None:
    vault_dir, backup = damaged
    other = OpenLock.shared(vault_dir)  # as another window or command holds it
    try:
        before = _files(vault_dir)
        with pytest.raises(VaultBusy):
            Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
        assert _files(vault_dir) == before
    finally:
        other.release()


def test_stopped_after_moving_the_damaged_files_it_reads_as_damaged_then_restores(
    damaged: tuple[Path, Path], passphrase: str
) -> None:
    """A restore stopped between moving the damaged files aside and putting
    the backup in: the folder still holds a vault (never "no vault", which
    would start the first run), unlocking says it is damaged, and restoring
    again finishes."""
    vault_dir, backup = damaged
    _move_damaged_aside(vault_dir, "2026-03-04")
    (vault_dir / RESTORED_DIR).mkdir()
    (vault_dir / RESTORED_DIR / "vault.key").write_bytes(b"left by the stopped restore")
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, passphrase)
    Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
    vault = Vault.open(vault_dir, passphrase)
    vault.lock()


def test_a_leftover_restored_folder_is_removed_at_unlock(vault_dir: Path, passphrase: str) -> None:
    Vault.create(vault_dir, passphrase)[0].lock()
    staged = vault_dir / RESTORED_DIR
    staged.mkdir()
    (staged / "vault.db").write_bytes(b"\1" * 4096)
    Vault.open(vault_dir, passphrase).lock()
    assert not staged.exists()
    sweep_restored(vault_dir)  # nothing there: nothing to do


def test_the_recovery_code_is_told_apart_from_the_passphrase(
    vault_dir: Path, passphrase: str
) -> None:
    vault, code = Vault.create(vault_dir, passphrase)
    assert not vault.unlocked_with_recovery_code
    vault.lock()
    by_code = Vault.open(vault_dir, code.lower().replace("-", " "))
    assert by_code.unlocked_with_recovery_code
    by_code.lock()
    by_passphrase = Vault.open(vault_dir, passphrase)
    assert not by_passphrase.unlocked_with_recovery_code
    by_passphrase.lock()


# -- everything of the damaged vault goes aside, and a stopped restore is finished ------


class _Stopped(Exception):
    """The process dies here (nothing after it runs)."""


def test_a_rekey_copy_and_leftovers_go_aside_never_deleted(
    damaged: tuple[Path, Path], passphrase: str
) -> None:
    """A re-encrypted copy left by a key change (it may be the only good
    database), its journal and a temp file a killed writer left are moved
    aside with the damaged database: the next unlock finds nothing of them
    to finish or remove."""
    vault_dir, backup = damaged
    leftovers = {
        REKEY_FILE: b"\2" * PAGE_SIZE * 3,
        f"{REKEY_FILE}-journal": b"\3" * 512,
        f".vault.key.0123456789ab{TEMP_SUFFIX}": b"\4" * 100,
    }
    for name, data in leftovers.items():
        (vault_dir / name).write_bytes(data)

    aside = Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
    Vault.open(vault_dir, passphrase).lock()

    kept = _files(aside)
    for name, data in leftovers.items():
        assert kept.get(name) == data, name
        assert not (vault_dir / name).exists(), name


def _put_in_place_stopped_after(step: int) -> object:
    """backup._put_in_place, stopped after its ``step``-th move."""

    def stopped(staged: Path, directory: Path) -> None:
        for number, name in enumerate(("vault.db", "vault.key"), start=1):
            if number > step:
                break
            os.replace(staged / name, directory / name)
        raise _Stopped()

    return stopped


@pytest.mark.parametrize(
    "step", [0, 1], ids=["before the backup moved in", "before its key file moved in"]
)
def test_a_restore_stopped_after_the_damaged_database_went_aside_is_finished_at_unlock(
    vault_dir: Path,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    step: int,
) -> None:
    """The damaged database is aside and the checked backup is in
    ``.restored`` (or half moved in): the next unlock puts the backup in
    place, instead of removing the only good copy, and opens it with the
    backup's passphrase (the damaged vault had another one, and another
    database key, since the backup)."""
    backup = _damage(vault_dir, tmp_path, passphrase, new_key="a later passphrase, since")
    damaged_db = (vault_dir / "vault.db").read_bytes()
    with monkeypatch.context() as patched:
        patched.setattr(backup_module, "_put_in_place", _put_in_place_stopped_after(step))
        with pytest.raises(_Stopped):
            Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
    aside = vault_dir.with_name(f"{vault_dir.name}-damaged-2026-03-04")
    assert _files(aside)["vault.db"] == damaged_db

    vault = Vault.open(vault_dir, passphrase, clock=CLOCK)
    try:
        assert _titles(vault) == [f"before backup {i}" for i in range(5)]
        vault.verify()
    finally:
        vault.lock()
    assert not (vault_dir / RESTORED_DIR).exists()
    assert _files(aside)["vault.db"] == damaged_db  # still there
    # Its key file was copied there already: no second folder for it.
    assert [p for p in vault_dir.parent.iterdir() if "-damaged-" in p.name] == [aside]


def test_a_restore_stopped_while_moving_the_damaged_files_is_finished_at_unlock(
    damaged: tuple[Path, Path], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after the damaged database went aside but before its WAL
    did: the unlock moves the WAL aside too (never beside the backup's
    database) and puts the backup in place."""
    vault_dir, backup = damaged
    (vault_dir / "vault.db-wal").write_bytes(b"\5" * 4000)
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        if Path(source) == vault_dir / "vault.db-wal":
            raise _Stopped()
        real_replace(source, target)

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", replace)
        with pytest.raises(_Stopped):
            Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)

    vault = Vault.open(vault_dir, passphrase, clock=CLOCK)
    try:
        assert _titles(vault) == [f"before backup {i}" for i in range(5)]
    finally:
        vault.lock()
    kept = [
        p / "vault.db-wal"
        for p in vault_dir.parent.iterdir()
        if p.name.startswith(f"{vault_dir.name}-damaged-")
    ]
    assert [p.read_bytes() for p in kept if p.exists()] == [b"\5" * 4000]


def test_a_restore_stopped_before_the_damaged_database_went_aside_changes_nothing(
    damaged: tuple[Path, Path], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped before anything of the damaged vault moved: the backup in
    ``.restored`` is removed at unlock as before, and the vault still reads
    as damaged (restore it again)."""
    vault_dir, backup = damaged
    before = (vault_dir / "vault.db").read_bytes()

    def stopped(directory: Path, stamp: str) -> Path:
        raise _Stopped()

    with monkeypatch.context() as patched:
        patched.setattr(backup_module, "_move_damaged_aside", stopped)
        with pytest.raises(_Stopped):
            Vault.restore_in_place(backup, vault_dir, passphrase, clock=CLOCK)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, passphrase, clock=CLOCK)
    assert not (vault_dir / RESTORED_DIR).exists()
    assert (vault_dir / "vault.db").read_bytes() == before
