"""Leftovers are cleaned (docs/security.md, "What happens when…"):

* a backup killed half-way leaves a hidden temp file (and, when it had to go
  through a snapshot, that snapshot) beside its destination; the next backup
  into that folder removes them, whatever its file name (the app names
  backups by date);
* a restore killed half-way leaves a hidden ``.<folder>.restoring`` folder
  beside the new vault's; the next restore beside it removes it;
* neither touches a leftover whose writer is still running;
* the ``pre-migration-vN.db`` copy kept before a schema change is removed
  (overwritten, then unlinked: deleted means gone) once the migrated vault
  has verified and been opened 3 times, or 30 days after the migration, by
  the vault's clock.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.atomicfile import TEMP_SUFFIX
from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import VaultDamaged, WrongPassphrase
from fieldsafe.vault import Vault, store
from tests.conftest import PASSPHRASE

WHEN = datetime(2026, 8, 8, tzinfo=UTC)
DAY = 24 * 3600

# fieldsafe-cli in a child: fast KDF, and every fsync made slow (a busy USB stick).
_SLOW_CHILD = """
import os, sys, time
from fieldsafe.vault import keys
keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)
real_fsync = os.fsync
def slow_fsync(fd):
    time.sleep(60)
    real_fsync(fd)
os.fsync = slow_fsync
from fieldsafe.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _slow_cli(*args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_CHILD, "--passphrase-stdin", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    return child


def _wait_for(folder: Path, pattern: str, child: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not list(folder.glob(pattern)):
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
        assert time.monotonic() < deadline, f"no {pattern} appeared"
        time.sleep(0.02)


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _stopped(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


@pytest.fixture
def saved_vault(vault: Vault, vault_dir: Path) -> Vault:
    for i in range(20):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body="words " * 200)
    return vault


# -- backups ------------------------------------------------------------------------


@pytest.mark.slow
def test_the_next_backup_removes_what_a_killed_backup_left(
    saved_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    yesterday = _slow_cli(
        "backup", "--vault", str(vault_dir), "--out", str(usb / "monday.fsbackup")
    )
    _wait_for(usb, f"*{TEMP_SUFFIX}", yesterday)
    _stopped(yesterday)
    assert [name for name in _hidden(usb) if name.startswith(".monday.fsbackup.")] != []

    saved_vault.backup(usb / "tuesday.fsbackup")
    assert _hidden(usb) == []
    assert sorted(p.name for p in usb.iterdir()) == ["tuesday.fsbackup"]


@pytest.mark.slow
def test_a_backup_never_removes_the_snapshot_of_one_still_running(
    saved_vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    running = _slow_cli("backup", "--vault", str(vault_dir), "--out", str(usb / "slow.fsbackup"))
    try:
        _wait_for(usb, f"*{TEMP_SUFFIX}", running)
        leftovers = _hidden(usb)
        saved_vault.backup(usb / "quick.fsbackup")
        assert _hidden(usb) == leftovers  # the running backup's files are untouched
    finally:
        _stopped(running)


# -- restores ------------------------------------------------------------------------


@pytest.fixture
def backup_file(saved_vault: Vault, tmp_path: Path) -> Path:
    target = tmp_path / "vault.fsbackup"
    saved_vault.backup(target)
    return target


@pytest.mark.slow
def test_the_next_restore_removes_what_a_killed_restore_left(
    backup_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = tmp_path / "restored"
    place.mkdir()
    killed = _slow_cli("restore", "--vault", str(place / "first"), str(backup_file))
    _wait_for(place, ".first.restoring", killed)
    _stopped(killed)
    assert _hidden(place) == [".first.restoring"]

    # Even a next restore that fails (wrong passphrase) removes it.
    with pytest.raises(WrongPassphrase):
        Vault.restore(backup_file, place / "second", "not the passphrase")
    assert _hidden(place) == []
    Vault.restore(backup_file, place / "second", PASSPHRASE)
    assert sorted(p.name for p in place.iterdir()) == ["second"]


@pytest.mark.slow
def test_a_restore_never_removes_the_folder_of_one_still_running(
    backup_file: Path, tmp_path: Path
) -> None:
    place = tmp_path / "restored"
    place.mkdir()
    running = _slow_cli("restore", "--vault", str(place / "first"), str(backup_file))
    try:
        _wait_for(place, ".first.restoring", running)
        Vault.restore(backup_file, place / "second", PASSPHRASE)
        assert ".first.restoring" in _hidden(place)
    finally:
        _stopped(running)


def test_a_folder_that_is_not_a_restore_leftover_is_never_removed(
    backup_file: Path, tmp_path: Path
) -> None:
    place = tmp_path / "restored"
    mine = place / ".notes.restoring"
    mine.mkdir(parents=True)
    (mine / "my own file.txt").write_text("not FieldSafe's")
    Vault.restore(backup_file, place / "second", PASSPHRASE)
    assert (mine / "my own file.txt").read_text() == "not FieldSafe's"


# -- pre-migration copies -----------------------------------------------------------------


def _with_extra_migration(monkeypatch: pytest.MonkeyPatch) -> int:
    extra = len(store.MIGRATIONS) + 1
    monkeypatch.setattr(
        store, "MIGRATIONS", [*store.MIGRATIONS, (extra, "CREATE TABLE extra_things (x TEXT);")]
    )
    monkeypatch.setattr(store, "SCHEMA_VERSION", extra)
    return extra


def _copies(vault_dir: Path) -> list[str]:
    return sorted(p.name for p in vault_dir.glob("*pre-migration*"))


@pytest.fixture
def migrated(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[FakeClock, Path]:
    """A vault just migrated (opened once at the new version), and its copy."""
    vault.logs.save(occurred_at=WHEN, title="before the upgrade", body="kept")
    vault.lock()
    version = _with_extra_migration(monkeypatch)
    clock = FakeClock(WHEN)
    Vault.open(vault_dir, PASSPHRASE, clock=clock).lock()
    copy = vault_dir / f"pre-migration-v{version - 1}.db"
    assert copy.exists()
    return clock, copy


def test_the_pre_migration_copy_goes_after_three_good_opens(
    migrated: tuple[FakeClock, Path], vault_dir: Path
) -> None:
    clock, copy = migrated
    for _ in range(2):
        clock.advance(60)
        Vault.open(vault_dir, PASSPHRASE, clock=clock).lock()
        assert copy.exists()
    clock.advance(60)
    with Vault.open(vault_dir, PASSPHRASE, clock=clock) as vault:
        assert vault.logs.count() == 1
        with vault.reading() as db:
            kept = db.execute("SELECT key FROM meta WHERE key LIKE 'pre_migration%'").fetchall()
        assert kept == []
    assert _copies(vault_dir) == []


def test_the_pre_migration_copy_goes_after_thirty_days(
    migrated: tuple[FakeClock, Path], vault_dir: Path
) -> None:
    clock, copy = migrated
    clock.advance(29 * DAY)
    Vault.open(vault_dir, PASSPHRASE, clock=clock).lock()
    assert copy.exists()
    clock.advance(2 * DAY)
    Vault.open(vault_dir, PASSPHRASE, clock=clock).lock()
    assert _copies(vault_dir) == []


def test_the_pre_migration_copy_stays_while_the_vault_does_not_verify(
    migrated: tuple[FakeClock, Path], vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock, copy = migrated

    def damaged(self: Vault) -> None:
        raise VaultDamaged()

    monkeypatch.setattr(Vault, "verify", damaged)
    clock.advance(40 * DAY)
    for _ in range(4):
        Vault.open(vault_dir, PASSPHRASE, clock=clock).lock()
    assert copy.exists()


def test_a_removed_pre_migration_copy_is_overwritten_first(
    migrated: tuple[FakeClock, Path], vault_dir: Path, tmp_path: Path
) -> None:
    """Deleted means gone: another name for the same file sees only zeros."""
    clock, copy = migrated
    size = copy.stat().st_size
    other_name = vault_dir / "another-name-for-the-copy"
    os.link(copy, other_name)
    clock.advance(31 * DAY)
    Vault.open(vault_dir, PASSPHRASE, clock=clock).lock()
    assert not copy.exists()
    assert other_name.read_bytes() == b"\0" * size


def test_a_vault_without_copies_writes_nothing_at_open(vault: Vault, vault_dir: Path) -> None:
    vault.lock()
    before = (vault_dir / "vault.db").read_bytes()
    Vault.open(vault_dir, PASSPHRASE).lock()
    assert (vault_dir / "vault.db").read_bytes() == before
