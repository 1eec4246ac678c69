"""Backups at copy speed (issue 14): the encrypted file is copied as it is,
on a connection of the backup's own, while the window goes on reading and
saving (vault/stable.py, vault/backup.py). What the copy holds is always one
committed state of the vault, whoever writes meanwhile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.vault import Vault, backup, stable
from fieldsafe.vault.backup import restore_backup
from fieldsafe.vault.layout import DB_FILE
from tests.conftest import PASSPHRASE

WHEN = datetime(2026, 5, 5, 9, 0, tzinfo=UTC)
WAIT = 30  # seconds; only ever reached when something is wrong


def _titles(vault: Vault) -> list[str]:
    return sorted(s.title for s in vault.logs.page(limit=10_000))


def _restored_titles(backup_file: Path, place: Path) -> list[str]:
    restore_backup(backup_file, place, PASSPHRASE)
    with Vault.open(place, PASSPHRASE) as restored:
        restored.verify()
        return _titles(restored)


def _wal_bytes(vault_dir: Path) -> int:
    wal = vault_dir / f"{DB_FILE}-wal"
    return wal.stat().st_size if wal.exists() else 0


@pytest.fixture
def paused_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The backup's copy stops at its start until ``go`` is set; ``copying``
    says it got there (the file is held still by then)."""
    copying, go = threading.Event(), threading.Event()
    real = backup._copy_file

    def paused(*args: object) -> None:
        copying.set()
        assert go.wait(WAIT)
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "_copy_file", paused)
    yield copying, go
    go.set()


def _in_thread(work: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_reads_and_saves_go_on_while_a_backup_copies(
    vault: Vault, tmp_path: Path, paused_copy: tuple[threading.Event, threading.Event]
) -> None:
    copying, go = paused_copy
    for i in range(5):
        vault.logs.save(occurred_at=WHEN, title=f"before {i}", body="words " * 50)
    target = tmp_path / "b.fsbackup"
    running, outcome = _in_thread(lambda: vault.backup(target))
    assert copying.wait(WAIT)

    # The window's calls, while the backup holds the file still mid-copy.
    def window_work() -> list[str]:
        saved = vault.logs.save(occurred_at=WHEN, title="during", body="typed meanwhile")
        assert vault.logs.get(saved.id).body == "typed meanwhile"
        assert [h.title for h in vault.search("typed meanwhile")] == ["during"]
        return _titles(vault)

    worker, done = _in_thread(window_work)
    worker.join(WAIT)
    assert not worker.is_alive(), "a save waited for the backup"
    assert done == [sorted([*(f"before {i}" for i in range(5)), "during"])]
    assert running.is_alive()  # the backup was still mid-copy all along

    go.set()
    running.join(WAIT)
    assert outcome == [None]
    # The backup is the vault as it was when its copy began.
    assert _restored_titles(target, tmp_path / "r") == [f"before {i}" for i in range(5)]
    assert "during" in _titles(vault)


def test_lock_waits_for_a_backup_in_progress(
    vault: Vault,
    vault_dir: Path,
    tmp_path: Path,
    paused_copy: tuple[threading.Event, threading.Event],
) -> None:
    copying, go = paused_copy
    vault.logs.save(occurred_at=WHEN, title="kept", body="words")
    target = tmp_path / "b.fsbackup"
    running, outcome = _in_thread(lambda: vault.backup(target))
    assert copying.wait(WAIT)
    locking, _ = _in_thread(vault.lock)
    locking.join(0.3)
    assert locking.is_alive(), "lock did not wait: the key would be wiped under the backup"
    go.set()
    running.join(WAIT)
    locking.join(WAIT)
    assert outcome == [None] and not locking.is_alive()
    assert vault.is_locked
    assert _wal_bytes(vault_dir) == 0  # lock's truncating checkpoint ran after the backup
    assert _restored_titles(target, tmp_path / "r") == ["kept"]


def test_a_backup_while_another_connection_keeps_saving_is_one_committed_state(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    other = Vault.open(vault_dir, PASSPHRASE)  # another program's connection, in effect
    stop = threading.Event()
    written: list[int] = []

    def keep_saving() -> None:
        n = 0
        while not stop.is_set():
            other.logs.save(occurred_at=WHEN, title=f"w{n:05d}", body="saved meanwhile " * 40)
            written.append(n)
            n += 1

    saver, _ = _in_thread(keep_saving)
    try:
        backups = []
        for i in range(4):
            while len(written) < 20 * (i + 1):
                saver.join(0.01)
            backups.append(tmp_path / f"b{i}.fsbackup")
            vault.backup(backups[-1])
    finally:
        stop.set()
        saver.join(WAIT)
        other.lock()
    seen = 0
    for i, file in enumerate(backups):
        titles = _restored_titles(file, tmp_path / f"r{i}")
        # A prefix of what was saved, in order: every commit before the copy, none after.
        assert titles == [f"w{n:05d}" for n in range(len(titles))]
        assert len(titles) >= seen
        seen = len(titles)
    assert seen > 0


_CHILD = """
import os, signal, sys
from datetime import UTC, datetime
from fieldsafe.vault import keys, Vault
keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)
v = Vault.open(sys.argv[1], sys.argv[2])
v.logs.save(occurred_at=datetime(2026, 5, 5, tzinfo=UTC), title="from the other program",
            body="only in the WAL")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_backup_holds_what_another_program_left_in_the_wal(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.logs.save(occurred_at=WHEN, title="mine", body="words")
    with vault.reading() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(vault_dir), PASSPHRASE], check=False, timeout=120
    )
    assert child.returncode == -signal.SIGKILL
    assert _wal_bytes(vault_dir) > 0  # committed, never copied back
    vault.backup(tmp_path / "b.fsbackup")
    assert _restored_titles(tmp_path / "b.fsbackup", tmp_path / "r") == [
        "from the other program",
        "mine",
    ]


def test_a_reader_keeping_the_wal_sends_the_backup_through_a_snapshot(
    vault: Vault,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Another connection reads a snapshot that needs the WAL: the log cannot
    be copied back and emptied, so the file is never held still. The backup
    tries, then goes through SQLite's backup API, and still holds every
    committed record."""
    monkeypatch.setattr(stable, "CHECKPOINT_WAIT_MS", 50)
    vault.logs.save(occurred_at=WHEN, title="first", body="words")
    other = Vault.open(vault_dir, PASSPHRASE)
    try:
        with other.reading() as db:
            db.execute("BEGIN")
            db.execute("SELECT count(*) FROM records").fetchone()  # holds its WAL snapshot
            try:
                vault.logs.save(occurred_at=WHEN, title="second", body="words")
                assert _wal_bytes(vault_dir) > 0
                caplog.set_level("INFO", logger="fieldsafe.vault")
                vault.backup(tmp_path / "b.fsbackup")
            finally:
                db.execute("COMMIT")
    finally:
        other.lock()
    assert "backup_through_snapshot" in caplog.messages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.fsbackup"]  # no snapshot left
    assert _restored_titles(tmp_path / "b.fsbackup", tmp_path / "r") == ["first", "second"]


def test_the_file_is_held_still_only_on_an_empty_wal(vault: Vault, vault_dir: Path) -> None:
    """hold_still's promise, observed: while its transaction is open, a save
    in another connection goes to the WAL and no checkpoint changes vault.db."""
    vault.logs.save(occurred_at=WHEN, title="first", body="words")
    db_path = vault_dir / DB_FILE
    with stable.own_connection(vault) as conn:
        assert stable.hold_still(conn, db_path)
        try:
            before = db_path.read_bytes()
            for i in range(3):
                vault.logs.save(occurred_at=WHEN, title=f"later {i}", body="words " * 500)
            with vault.reading() as db:
                busy = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            assert _wal_bytes(vault_dir) > 0
            assert db_path.read_bytes() == before, busy
        finally:
            stable.end_read(conn)


def test_a_backup_of_a_vault_open_to_read_only(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk (simulated at open): the vault opens to read only and holds
    SQLite's lock alone; the backup reads through its connection."""
    import errno

    from fieldsafe.errors import StorageFailed
    from fieldsafe.vault import store

    with Vault.create(vault_dir, PASSPHRASE)[0] as vault:
        vault.logs.save(occurred_at=WHEN, title="kept", body="words")

    def disk_full(*_args: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    with monkeypatch.context() as patched:
        patched.setattr(store, "_configure", disk_full)
        with Vault.open(vault_dir, PASSPHRASE) as reading:
            assert reading.read_only
            reading.backup(tmp_path / "b.fsbackup")
            reading.verify()
    assert _restored_titles(tmp_path / "b.fsbackup", tmp_path / "r") == ["kept"]


def test_a_backup_of_a_vault_open_to_read_only_with_records_in_its_wal(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash left committed records in the WAL, then the disk filled: the
    file alone is not the vault, so the backup goes through a snapshot."""
    import errno

    from fieldsafe.errors import StorageFailed
    from fieldsafe.vault import store

    vault.logs.save(occurred_at=WHEN, title="mine", body="words")
    vault.lock()
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(vault_dir), PASSPHRASE], check=False, timeout=120
    )
    assert child.returncode == -signal.SIGKILL
    assert _wal_bytes(vault_dir) > 0

    def disk_full(*_args: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    with monkeypatch.context() as patched:
        patched.setattr(store, "_configure", disk_full)
        with Vault.open(vault_dir, PASSPHRASE) as reading:
            assert reading.read_only
            reading.backup(tmp_path / "b.fsbackup")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.fsbackup"]
    assert _restored_titles(tmp_path / "b.fsbackup", tmp_path / "r") == [
        "from the other program",
        "mine",
    ]


def test_verify_lets_saves_go_on(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    checking, go = threading.Event(), threading.Event()
    real = stable._check_structure

    def paused(conn: object) -> None:
        checking.set()
        assert go.wait(WAIT)
        real(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(stable, "_check_structure", paused)
    vault.logs.save(occurred_at=WHEN, title="first", body="words")
    verifying, outcome = _in_thread(vault.verify)
    try:
        assert checking.wait(WAIT)
        saving, saved = _in_thread(
            lambda: vault.logs.save(occurred_at=WHEN, title="second", body="words").id
        )
        saving.join(WAIT)
        assert not saving.is_alive(), "a save waited for verify"
        assert vault.logs.get(str(saved[0])).title == "second"  # type: ignore[arg-type]
    finally:
        go.set()
        verifying.join(WAIT)
    assert outcome == [None]


def test_no_file_of_the_vault_changes_during_a_backup(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """A backup reads; the only write is SQLite's checkpoint (the WAL copied
    back, as at lock). The database, the key file and the other files are as
    they were (the shared-memory index aside)."""
    for i in range(3):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body="words")
    with vault.reading() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.wait_for_upkeep()

    def files() -> dict[str, bytes]:
        return {
            p.name: p.read_bytes()
            for p in vault_dir.iterdir()
            if p.is_file() and not p.name.endswith("-shm")
        }

    before = files()
    vault.backup(tmp_path / "b.fsbackup")
    assert files() == before
    assert os.stat(tmp_path / "b.fsbackup").st_mode & 0o077 == 0


def test_a_locked_vault_says_so(vault: Vault, tmp_path: Path) -> None:
    from fieldsafe.errors import VaultLocked

    vault.lock()
    with pytest.raises(VaultLocked):
        vault.backup(tmp_path / "b.fsbackup")
    with pytest.raises(VaultLocked):
        vault.verify()
    assert list(tmp_path.iterdir()) == []
