"""A kill during the move to schema 10 (stored fields without their empty
ones) never leaves a broken vault: SIGKILL while the database is copied
aside, at the first row rewritten, halfway through the records, among the
earlier versions and at the last row (just before the commit); after each,
the database is at schema 9 with every row as it was or at schema 10 with
every row compact, passes the integrity checks, and the next open finishes
the move and reads every record as before."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from fieldsafe.vault import Vault, store
from fieldsafe.vault.db import connect
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from tests.reliability.test_migration_kill import WAIT, run_child
from tests.vault.test_compact_fields import _everything_read
from tests.vault.test_compact_migration import (
    assert_compact_form_of,
    kinds_of_versions,
    raw_rows,
    schema_9_vault,
)

DEMO_LOGS = 600


@pytest.fixture
def schema_9(tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault of schema 9 (every field stored, empty ones too): demo logs,
    edits, records of every kind."""
    directory = tmp_path / "template"
    schema_9_vault(directory, passphrase, monkeypatch, demo_logs=DEMO_LOGS)
    return directory


def sound(directory: Path, passphrase: str) -> None:
    key = KeyFile.load(directory / KEY_FILE).unlock(passphrase)
    conn = connect(directory / DB_FILE, key)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    finally:
        conn.close()
        key.wipe()


def reads(directory: Path, passphrase: str) -> dict[str, object]:
    vault = Vault.open(directory, passphrase)
    try:
        with vault.reading() as db:
            assert db.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        return _everything_read(vault)
    finally:
        vault.lock()


@pytest.fixture
def expected(schema_9: Path, tmp_path: Path, passphrase: str) -> dict[str, object]:
    """Its rows as schema 9 holds them, and what it reads after an
    uninterrupted move."""
    directory = tmp_path / "whole"
    shutil.copytree(schema_9, directory)
    return {"rows": raw_rows(directory, passphrase), "read": reads(directory, passphrase)}


def _points(schema_9: Path, passphrase: str) -> list[tuple[str, ...]]:
    _, records, versions = raw_rows(schema_9, passphrase)
    rows = len(records) + len(versions)
    return [
        ("backup",),
        ("compact", "1"),
        ("compact", str(len(records) // 2)),
        ("compact", str(len(records) + 1)),
        ("compact", str(rows)),
    ]


@pytest.mark.parametrize("at", range(5))
def test_a_kill_inside_the_move_to_schema_10_leaves_schema_9_whole(
    schema_9: Path, expected: dict[str, object], tmp_path: Path, passphrase: str, at: int
) -> None:
    point = _points(schema_9, passphrase)[at]
    directory = tmp_path / "v"
    shutil.copytree(schema_9, directory)
    child = run_child(directory, passphrase, *point)
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == f"at {point[0]}", child.stderr.read() if child.stderr else ""
    child.send_signal(signal.SIGKILL)
    child.wait(WAIT)
    sound(directory, passphrase)
    assert raw_rows(directory, passphrase) == expected["rows"]  # schema 9, every row as it was
    assert reads(directory, passphrase) == expected["read"]
    assert_compact_form_of(
        expected["rows"],  # type: ignore[arg-type]
        raw_rows(directory, passphrase),
        kinds_of_versions(directory, passphrase),
    )
    sound(directory, passphrase)


def test_the_move_to_schema_10_itself(
    schema_9: Path, expected: dict[str, object], tmp_path: Path, passphrase: str
) -> None:
    directory = tmp_path / "v"
    shutil.copytree(schema_9, directory)
    child = run_child(directory, passphrase, "none")
    out, err = child.communicate(timeout=WAIT)
    assert out.split() == ["opened"], err
    sound(directory, passphrase)
    after = raw_rows(directory, passphrase)
    assert after[0] == store.SCHEMA_VERSION  # 10, and the schemas after it in the same open
    assert_compact_form_of(
        expected["rows"],  # type: ignore[arg-type]
        after,
        kinds_of_versions(directory, passphrase),
    )
    assert reads(directory, passphrase) == expected["read"]
