"""A vault with enough records that a page can be damaged far from what
unlocking reads, and the one-bit damage itself: shared by the tests of the
integrity check at unlock (tests/vault/test_integrity_*.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.vault import Vault
from fieldsafe.vault.store import PAGE_SIZE

WHEN = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture(name="filled")
def filled_vault(vault_dir: Path, passphrase: str) -> Path:
    """A locked vault of 60 logs, about 1 KB of text each."""
    vault, _code = Vault.create(vault_dir, passphrase)
    for i in range(60):
        vault.logs.save(occurred_at=WHEN, title=f"record {i}", body="text " * 200)
    vault.lock()
    return vault_dir


def flip_bit(db: Path, page: int) -> bytes:
    """Flip one bit in the middle of ``page`` (0-based); the file's new bytes."""
    data = bytearray(db.read_bytes())
    data[page * PAGE_SIZE + PAGE_SIZE // 2] ^= 0x01
    db.write_bytes(bytes(data))
    return bytes(data)
