"""Damaged backups and vaults (docs/security.md, bar 13 and "What happens
when…"): a damaged file gives one clear line, never SQLCipher's own log. On
an HMAC failure SQLCipher writes "ERROR CORE …" lines straight to the
process's stderr, one or more per damaged page; every connection FieldSafe
opens sets ``PRAGMA cipher_log_level = NONE``. Real processes: the lines are
written by C code to file descriptor 2."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.vault import Vault
from fieldsafe.vault.layout import DB_FILE
from tests.conftest import PASSPHRASE

WHEN = datetime(2026, 8, 8, tzinfo=UTC)
PAGE = 4096

_CLI_CHILD = """
import sys
from fieldsafe.vault import keys
keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)
from fieldsafe.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CLI_CHILD, "--passphrase-stdin", *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _flip_pages(path: Path, pages: int | None = None) -> None:
    """Flip a byte in each of the last ``pages`` pages, or in every page but
    the first (many HMAC failures)."""
    data = bytearray(path.read_bytes())
    first = PAGE if pages is None else len(data) - pages * PAGE
    for offset in range(first, len(data), PAGE):
        data[offset + 100] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.fixture
def full_vault(vault: Vault) -> Vault:
    for i in range(60):
        vault.logs.save(occurred_at=WHEN, title=f"log {i}", body="words " * 400)
    return vault


@pytest.mark.slow
def test_restoring_a_damaged_backup_prints_one_line(full_vault: Vault, tmp_path: Path) -> None:
    backup = tmp_path / "damaged.fsbackup"
    full_vault.backup(backup)
    _flip_pages(backup, 20)
    result = _cli("restore", "--vault", str(tmp_path / "restored"), str(backup))
    assert result.returncode == 4
    assert result.stderr.splitlines() == ["fieldsafe-cli: The file is damaged."], result.stderr
    assert not (tmp_path / "restored").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
def test_verifying_a_damaged_vault_prints_one_line(full_vault: Vault, vault_dir: Path) -> None:
    full_vault.lock()
    _flip_pages(vault_dir / DB_FILE)
    result = _cli("verify", "--vault", str(vault_dir))
    assert result.returncode == 3
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldsafe-cli: The vault's database is damaged")


def test_every_connection_silences_sqlcipher_s_log(vault: Vault) -> None:
    with vault.reading() as db:
        assert db.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
