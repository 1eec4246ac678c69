"""The background upkeep (index merges and WAL checkpoints on its own keyed
connection; found in review, each failed before its fix): it recovers after an
error, and no keyed upkeep thread is left once the vault is locked."""

from __future__ import annotations

import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from types import CodeType

import pytest
import sqlcipher3

from fieldsafe.vault import Vault, maintenance

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)


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


def _running_in(thread_id: int, code: CodeType) -> bool:
    """Whether the thread is (somewhere) inside the function with that code."""
    frame = sys._current_frames().get(thread_id)
    while frame is not None:
        if frame.f_code is code:
            return True
        frame = frame.f_back
    return False


def test_no_keyed_upkeep_thread_after_lock(tmp_path: Path, passphrase: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", passphrase)
    inside = threading.Event()
    main = threading.get_ident()

    def worker() -> None:
        with vault.transaction() as db:
            db.execute("INSERT INTO meta VALUES ('k', 'v')")
            inside.set()
            # The commit comes only once lock() has been called and waits for it.
            deadline = time.monotonic() + 10
            while not _running_in(main, type(vault).lock.__code__) and time.monotonic() < deadline:
                time.sleep(0.001)  # polls for the condition; not a fixed wait

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait()
    vault.lock()
    thread.join()
    assert vault._upkeep._thread is None
