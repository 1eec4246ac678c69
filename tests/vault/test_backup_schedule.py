"""Backups on a schedule into a folder (issue 16, ``vault.backup_schedule``):
due with an injected clock; each run writes the usual encrypted backup into
``<folder>/backups/`` under a random name, which the passphrase and the
recovery code both restore, journal included; only the newest three this
vault wrote are kept, never another file; a missing folder and a full disk
change nothing."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import InvalidRecord, StorageFailed, TeamFolderMissing
from fieldsafe.exchange import team_folder
from fieldsafe.vault import Vault
from fieldsafe.vault import backup as backup_module
from fieldsafe.vault.backup_schedule import KEEP, RETRY_AFTER

START = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
CANARY = "canary-journal-7f3a"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def opened(tmp_path: Path, passphrase: str, clock: FakeClock) -> tuple[Vault, str]:
    vault, code = Vault.create(tmp_path / "vault", passphrase, clock=clock)
    yield vault, code
    vault.lock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "team folder"
    shared.mkdir()
    return shared


def _backups(folder: Path) -> list[str]:
    directory = folder / team_folder.BACKUPS
    return sorted(p.name for p in directory.iterdir()) if directory.exists() else []


def test_nothing_is_due_until_a_folder_is_set(opened: tuple[Vault, str], folder: Path) -> None:
    vault, _code = opened
    assert vault.backup_schedule.get() is None
    assert not vault.backup_schedule.due()
    assert vault.backup_schedule.run() is None
    assert vault.backup_schedule.run(force=True) is None
    assert not (folder / team_folder.BACKUPS).exists()


def test_due_follows_the_injected_clock(
    opened: tuple[Vault, str], folder: Path, clock: FakeClock
) -> None:
    vault, _code = opened
    schedule = vault.backup_schedule.set(folder, 24)
    assert (schedule.folder, schedule.every_hours, schedule.last_at) == (folder, 24, None)
    assert vault.backup_schedule.due()  # never backed up: due at once
    written = vault.backup_schedule.run()
    assert written is not None and written.parent == folder / team_folder.BACKUPS
    schedule = vault.backup_schedule.get()
    assert schedule is not None and schedule.last_at == START
    assert schedule.written == (written.name,)
    assert schedule.due_at == START + timedelta(hours=24)
    assert not vault.backup_schedule.due()
    assert vault.backup_schedule.run() is None  # not due: nothing written
    clock.advance(23 * 3600 + 3599)
    assert not vault.backup_schedule.due()
    clock.advance(1)
    assert vault.backup_schedule.due()
    assert vault.backup_schedule.due(START + timedelta(hours=1)) is False  # an explicit time
    # A clock put back before the last backup: due rather than silent for days.
    assert vault.backup_schedule.due(START - timedelta(days=2))
    # Changing how often keeps when it was last done.
    vault.backup_schedule.set(folder, 168)
    assert not vault.backup_schedule.due(START + timedelta(hours=100))
    assert vault.backup_schedule.due(START + timedelta(hours=168))


def test_forcing_writes_even_when_not_due(opened: tuple[Vault, str], folder: Path) -> None:
    vault, _code = opened
    vault.backup_schedule.set(folder, 168)
    first = vault.backup_schedule.run()
    second = vault.backup_schedule.run(force=True)
    assert first is not None and second is not None and first != second
    assert _backups(folder) == sorted([first.name, second.name])


def test_a_backup_opens_with_the_passphrase_and_the_recovery_code_journal_included(
    opened: tuple[Vault, str], folder: Path, tmp_path: Path, passphrase: str
) -> None:
    vault, code = opened
    entry = vault.journal.save(occurred_at=START, body=f"I felt heard today {CANARY}")
    log = vault.logs.save(occurred_at=START, title="Outreach at the station", body="met two")
    vault.backup_schedule.set(folder, 24)
    written = vault.backup_schedule.run()
    assert written is not None and written.name.endswith(".fieldsafe-backup")
    assert len(written.name) == 32 + len(".fieldsafe-backup")  # random: says nothing
    data = written.read_bytes()
    assert CANARY.encode() not in data and b"Outreach" not in data
    assert oct(written.stat().st_mode & 0o777) == oct(0o600)
    for n, secret in enumerate((passphrase, code)):
        target = tmp_path / f"restored-{n}"
        Vault.restore(written, target, secret)
        with Vault.open(target, secret) as restored:
            assert restored.journal.get(entry.id).body == f"I felt heard today {CANARY}"
            assert restored.logs.get(log.id).title == "Outreach at the station"
            # The journal stays private: left out of search unless asked for.
            assert [h.id for h in restored.search(CANARY)] == []
            assert [h.id for h in restored.search(CANARY, include_private=True)] == [entry.id]


def test_only_the_newest_three_this_vault_wrote_are_kept(
    opened: tuple[Vault, str], folder: Path, clock: FakeClock
) -> None:
    vault, _code = opened
    vault.backup_schedule.set(folder, 24)
    backups = folder / team_folder.BACKUPS
    backups.mkdir()
    someone_elses = backups / ("0" * 32 + ".fieldsafe-backup")  # another vault's backup
    someone_elses.write_bytes(b"not ours")
    notes = backups / "notes.txt"
    notes.write_text("the organisation's own file", encoding="utf-8")
    written = []
    for _ in range(KEEP + 2):
        path = vault.backup_schedule.run()
        assert path is not None
        written.append(path.name)
        clock.advance(24 * 3600)
    schedule = vault.backup_schedule.get()
    assert schedule is not None and schedule.written == tuple(written[-KEEP:])
    assert _backups(folder) == sorted([*written[-KEEP:], someone_elses.name, notes.name])
    assert someone_elses.read_bytes() == b"not ours"
    # One the person removed by hand is simply gone from the list later.
    (backups / written[-KEEP]).unlink()
    assert vault.backup_schedule.run() is not None
    schedule = vault.backup_schedule.get()
    assert schedule is not None and len(schedule.written) == KEEP


def test_a_missing_folder_changes_nothing(
    opened: tuple[Vault, str], folder: Path, tmp_path: Path, clock: FakeClock
) -> None:
    vault, _code = opened
    with pytest.raises(TeamFolderMissing):
        vault.backup_schedule.set(tmp_path / "not there", 24)
    assert vault.backup_schedule.get() is None
    vault.backup_schedule.set(folder, 24)
    first = vault.backup_schedule.run()
    assert first is not None
    before = vault.backup_schedule.get()
    clock.advance(25 * 3600)
    moved = folder.with_name("moved")
    folder.rename(moved)  # the drive unplugged, the folder moved
    with pytest.raises(TeamFolderMissing):
        vault.backup_schedule.run()
    assert not folder.exists()
    after = vault.backup_schedule.get()
    assert after is not None and before is not None
    assert (after.last_at, after.written) == (before.last_at, before.written)
    assert isinstance(after.failure, TeamFolderMissing) and after.failed_at == clock.now()
    assert _backups(moved) == [first.name]
    # The next try waits a while, then one that works clears the failure.
    assert after.next_try(clock.now()) == clock.now() + RETRY_AFTER
    moved.rename(folder)
    assert vault.backup_schedule.run() is not None
    again = vault.backup_schedule.get()
    assert again is not None and again.failure is None and again.last_at == clock.now()


def test_a_full_disk_leaves_nothing_half_written(
    opened: tuple[Vault, str], folder: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _code = opened
    vault.logs.save(occurred_at=START, title="a log", body="some words")
    vault.backup_schedule.set(folder, 24)
    first = vault.backup_schedule.run()
    assert first is not None
    before = vault.backup_schedule.get()
    clock.advance(25 * 3600)

    def full(src: int, dst: int, size: int, stop: object) -> None:
        os.write(dst, b"\0" * 4096)  # some of it went out before the disk filled up
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy_file", full)
    with pytest.raises(StorageFailed) as raised:
        vault.backup_schedule.run()
    assert raised.value.errno == errno.ENOSPC
    # Nothing half-written: no temp file, no snapshot, no partial backup.
    assert sorted(p.name for p in (folder / team_folder.BACKUPS).iterdir()) == [first.name]
    assert sorted(p.name for p in folder.iterdir()) == [team_folder.BACKUPS]
    after = vault.backup_schedule.get()
    assert after is not None and before is not None
    assert (after.last_at, after.written) == (before.last_at, before.written)
    assert isinstance(after.failure, StorageFailed)


def test_another_folder_starts_afresh(
    opened: tuple[Vault, str], folder: Path, tmp_path: Path
) -> None:
    vault, _code = opened
    vault.backup_schedule.set(folder, 24)
    first = vault.backup_schedule.run()
    assert first is not None
    other = tmp_path / "other device"
    other.mkdir()
    schedule = vault.backup_schedule.set(other, 24)
    assert (schedule.last_at, schedule.written) == (None, ())
    assert vault.backup_schedule.due()
    assert first.exists()  # the earlier folder's backup stays
    vault.backup_schedule.clear()
    assert vault.backup_schedule.get() is None
    assert first.exists()


@pytest.mark.parametrize("hours", [0, -1, 366 * 24 + 1, True, 1.5, "24"])
def test_hours_are_checked(opened: tuple[Vault, str], folder: Path, hours: object) -> None:
    vault, _code = opened
    with pytest.raises(InvalidRecord):
        vault.backup_schedule.set(folder, hours)  # type: ignore[arg-type]
    assert vault.backup_schedule.get() is None


def test_the_schedule_survives_locking(
    tmp_path: Path, passphrase: str, folder: Path, clock: FakeClock
) -> None:
    vault, _code = Vault.create(tmp_path / "v", passphrase, clock=clock)
    with vault:
        vault.backup_schedule.set(folder, 168)
        vault.backup_schedule.run()
    with Vault.open(tmp_path / "v", passphrase, clock=clock) as again:
        schedule = again.backup_schedule.get()
        assert schedule is not None
        assert (schedule.folder, schedule.every_hours, schedule.last_at) == (folder, 168, START)
