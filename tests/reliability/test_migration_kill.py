"""A kill during the move to schema 9 (the contentless search index) never
leaves a broken vault: SIGKILL at fixed points inside the migration and at
random moments of it; after each, the database is at schema 8 with the old
index or at schema 9 with the new one, passes the integrity checks and holds
every record, and the next open finishes the move and finds the same."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldsafe.vault import Vault, store, transfer
from fieldsafe.vault.db import connect
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE

CHILD = Path(__file__).with_name("migration_child.py")
ROOT = Path(__file__).resolve().parents[2]
RECORDS = 1500
WAIT = 120.0  # seconds; only a bound for a hang


@pytest.fixture
def schema_8(tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault of schema 8 (the index holding a copy of the text) with
    :data:`RECORDS` demo logs, one of them in Arabic and Chinese."""
    directory = tmp_path / "template"
    with monkeypatch.context() as m:
        m.setattr(store, "MIGRATIONS", store.MIGRATIONS[:8])
        m.setattr(store, "SCHEMA_VERSION", 8)
        m.setattr(store, "reindex_if_stale", lambda conn: False)  # schema 9's
        vault, _ = Vault.create(directory, passphrase)
        transfer.add_demo_records(vault, RECORDS - 1, seed=7)
        vault.logs.save(
            occurred_at=vault.clock.now(), title="المدرسة", body="在东京站见面 lanternword"
        )
        vault.lock()
    return directory


def run_child(directory: Path, passphrase: str, point: str, *more: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(directory), passphrase, point, *more],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def layout_after_kill(directory: Path, passphrase: str) -> int:
    """The schema the killed child left, checked as it lies (before anything
    migrates it further): 8 with the old index, or 9 with the new (or a later
    one, the schemas after 9 following it in the same open); every record
    there and the whole database sound."""
    key = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    conn = connect(directory / DB_FILE, key)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == RECORDS
        columns = [r[1] for r in conn.execute("PRAGMA table_info(search_index_content)")]
        indexed = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    finally:
        conn.close()
        key.wipe()
    assert 8 <= version <= store.SCHEMA_VERSION
    assert columns == (["id", "c0"] if version >= 9 else ["id", "c0", "c1", "c2", "c3"])
    assert indexed == RECORDS
    return int(version)


def opens_whole(directory: Path, passphrase: str) -> None:
    vault = Vault.open(directory, passphrase)
    try:
        with vault.reading() as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert vault.count() == RECORDS
        [hit] = vault.search("lanternword")
        assert hit.title == "المدرسة" and "东京站" in hit.snippet
        assert [h.title for h in vault.search("مدرسة")] == ["المدرسة"]
        assert len(vault.search("the", limit=5)) == 5
        vault.logs.delete(hit.id)
        assert vault.search("lanternword") == []
        vault.verify()
    finally:
        vault.lock()


@pytest.mark.parametrize("point", ["backup", "refill", "optimize", "meta"])
def test_a_kill_inside_the_migration_leaves_schema_8_whole(
    schema_8: Path, tmp_path: Path, passphrase: str, point: str
) -> None:
    directory = tmp_path / "v"
    shutil.copytree(schema_8, directory)
    child = run_child(directory, passphrase, point)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == f"at {point}", child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait(WAIT)
    assert layout_after_kill(directory, passphrase) == 8
    opens_whole(directory, passphrase)


def test_the_migration_itself_moves_the_vault(
    schema_8: Path, tmp_path: Path, passphrase: str
) -> None:
    directory = tmp_path / "v"
    shutil.copytree(schema_8, directory)
    child = run_child(directory, passphrase, "none")
    out, err = child.communicate(timeout=WAIT)
    assert out.split() == ["opened"], err
    assert layout_after_kill(directory, passphrase) == store.SCHEMA_VERSION
    opens_whole(directory, passphrase)


@pytest.mark.slow
def test_kills_at_random_moments_of_the_migration(
    schema_8: Path, tmp_path: Path, passphrase: str
) -> None:
    # How long a whole open with the migration takes here, to aim the kills.
    directory = tmp_path / "timed"
    shutil.copytree(schema_8, directory)
    start = time.monotonic()
    child = run_child(directory, passphrase, "none")
    child.communicate(timeout=WAIT)
    whole = time.monotonic() - start
    rng = random.Random(20261130)
    seen = set()
    for round_number in range(12):
        directory = tmp_path / f"v{round_number}"
        shutil.copytree(schema_8, directory)
        child = run_child(directory, passphrase, "none")
        # Not a wait for something: the kill lands at a random moment of the
        # child's start and migration, and that randomness is the test.
        time.sleep(rng.uniform(0.3, 1.1) * whole)
        child.send_signal(signal.SIGKILL)
        child.wait(WAIT)
        seen.add(layout_after_kill(directory, passphrase))
        opens_whole(directory, passphrase)
        shutil.rmtree(directory)
    assert 8 in seen  # some kills landed before the migration's commit
