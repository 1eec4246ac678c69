"""Saves during background upkeep (issue 14): a save that arrives while upkeep
is merging the index waits for the step in progress, never for the next one.
Driven by a hook inside each merge step, not by timing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.vault import Vault, maintenance

WHEN = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
WAIT = 30.0  # seconds; only a bound for a hang, never what is tested


class Steps:
    """Counts merge steps; holds the first inside its transaction until released."""

    def __init__(self) -> None:
        self.count = 0
        self.first_running = threading.Event()
        self.release = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        if self.count == 1:
            self.first_running.set()
            assert self.release.wait(WAIT)


def wait_for(condition: object, what: str) -> None:
    done = threading.Event()
    for _ in range(int(WAIT / 0.01)):
        if condition():  # type: ignore[operator]
            return
        done.wait(0.01)
    raise AssertionError(f"never happened: {what}")


@pytest.fixture
def unmerged(vault_dir: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """A vault whose index is many small segments (saves with upkeep held
    off), reopened with upkeep merging one page per step, so there are many
    steps to be in the middle of."""
    monkeypatch.setattr(maintenance, "QUIET_SECONDS", 3600.0)
    vault, _ = Vault.create(vault_dir, passphrase)
    for i in range(12):
        vault.logs.save(occurred_at=WHEN, title=f"visit {i}", body=f"words of visit {i} " * 30)
    vault.lock()
    monkeypatch.setattr(maintenance, "QUIET_SECONDS", 0.0)
    monkeypatch.setattr(maintenance, "MERGE_PAGES", 1)
    return Vault.open(vault_dir, passphrase)


def test_a_save_during_upkeep_waits_for_one_step_only(unmerged: Vault) -> None:
    vault = unmerged
    steps = Steps()
    vault._upkeep.step_hook = steps
    try:
        vault.logs.save(occurred_at=WHEN, title="wakes upkeep", body="first")
        assert steps.first_running.wait(WAIT)  # upkeep is inside its first step

        saved: dict[str, int] = {}

        def save() -> None:
            with vault.transaction():
                saved["steps"] = steps.count  # the write lock is the save's now
                vault.logs.save(occurred_at=WHEN, title="during upkeep", body="second")

        saver = threading.Thread(target=save)
        saver.start()
        wait_for(lambda: vault._upkeep.writers_waiting == 1, "the save waits for the step")
        assert "steps" not in saved  # it waits while the step holds the write lock
        steps.release.set()
        saver.join(WAIT)
        assert not saver.is_alive()
        assert saved["steps"] == 1  # in right after the step it waited for, before any other
    finally:
        steps.release.set()
    # Upkeep goes on once writes are quiet, and finishes.
    assert vault.wait_for_upkeep(WAIT)
    assert steps.count >= 2  # it went on after the save
    with vault.transaction() as db:
        assert not maintenance.merge_step(db, maintenance.MERGE_PAGES)
    assert [h.title for h in vault.search("during upkeep")] == ["during upkeep"]
    vault.lock()


def test_a_save_interrupts_a_merge_statement_still_running(unmerged: Vault) -> None:
    """A save that arrives while upkeep's merge statement runs does not wait
    for it: upkeep's progress handler ends the statement, the step is rolled
    back, and done again once writes are quiet. The handler's test hook
    holds the statement running until the save is announced."""
    vault = unmerged
    upkeep = vault._upkeep
    inside = threading.Event()
    armed = threading.Event()
    armed.set()
    steps = Steps()
    steps.release.set()

    def hold() -> None:
        if armed.is_set():
            armed.clear()
            inside.set()  # inside the merge statement, the write lock held
            wait_for(lambda: upkeep.writers_waiting == 1, "the save is announced")

    upkeep.progress_hook = hold
    upkeep.step_hook = steps
    vault.logs.save(occurred_at=WHEN, title="wakes upkeep", body="first")
    assert inside.wait(WAIT)
    vault.logs.save(occurred_at=WHEN, title="during upkeep", body="second")
    assert upkeep.interrupted_steps == 1
    assert steps.count == 0  # the step never reached its commit
    # Upkeep goes on once writes are quiet, and finishes the merge it gave up.
    assert vault.wait_for_upkeep(WAIT)
    assert steps.count >= 1
    with vault.transaction() as db:
        assert not maintenance.merge_step(db, maintenance.MERGE_PAGES)
    assert [h.title for h in vault.search("during upkeep")] == ["during upkeep"]
    assert vault.logs.count() == 14
    vault.lock()
