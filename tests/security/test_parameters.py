"""docs/security.md, bar 1 (parameters) and the production KDF floors."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from fieldsafe.errors import KeyFileDamaged
from fieldsafe.vault import Vault, keys


def test_database_is_sqlcipher4_with_no_plaintext_header(vault: Vault, vault_dir: Path) -> None:
    with vault.reading() as db:
        assert db.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert int(db.execute("PRAGMA cipher_plaintext_header_size").fetchone()[0]) == 0
        assert int(db.execute("PRAGMA temp_store").fetchone()[0]) == 2  # MEMORY
        assert int(db.execute("PRAGMA secure_delete").fetchone()[0]) == 1
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    vault.lock()
    header = (vault_dir / "vault.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_database_key_is_32_random_bytes(vault: Vault) -> None:
    assert len(vault._db_key) == 32


def test_production_kdf_floors_are_pinned() -> None:
    policy = keys.PRODUCTION_POLICY
    assert policy.min_memory_kib >= 64 * 1024
    assert policy.min_iterations >= 3
    assert policy.lanes == 4
    assert policy.target_seconds[0] >= 0.5
    assert policy.calibrate


@pytest.mark.production_kdf
def test_production_vault_meets_floors_and_target(vault_dir: Path) -> None:
    assert keys.active_policy is keys.PRODUCTION_POLICY
    vault, _ = Vault.create(vault_dir, "a long production passphrase")
    vault.lock()
    slots = json.loads((vault_dir / "vault.key").read_text())["slots"]
    assert {s["kind"] for s in slots} == {"passphrase", "recovery"}
    for slot in slots:
        assert slot["kdf"]["name"] == "argon2id"
        assert slot["kdf"]["memory_kib"] >= 64 * 1024
        assert slot["kdf"]["iterations"] >= 3
    start = time.perf_counter()
    Vault.open(vault_dir, "a long production passphrase").lock()
    # Calibrated to take real work: an attacker pays at least this per guess.
    assert time.perf_counter() - start >= 0.3


def _key_file_with(vault_dir: Path, **kdf: int) -> bytes:
    doc = json.loads((vault_dir / "vault.key").read_text())
    for slot in doc["slots"]:
        slot["kdf"].update(kdf)
    return json.dumps(doc).encode()


@pytest.mark.production_kdf
def test_weak_parameters_below_the_floor_are_refused(vault_dir: Path, tmp_path: Path) -> None:
    from tests.conftest import FAST_KDF

    keys.active_policy = FAST_KDF
    try:
        vault, _ = Vault.create(vault_dir, "pw")
        vault.lock()
    finally:
        keys.active_policy = keys.PRODUCTION_POLICY
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.load(vault_dir / "vault.key")


@pytest.mark.parametrize(
    "hostile",
    [
        {"memory_kib": 2**40},
        {"iterations": 10**9},
        {"lanes": 10**6},
        {"memory_kib": -1},
        {"iterations": 0},
    ],
)
def test_absurd_parameters_are_refused_quickly(
    vault: Vault, vault_dir: Path, hostile: dict[str, int]
) -> None:
    vault.lock()
    data = _key_file_with(vault_dir, **hostile)
    start = time.perf_counter()
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(data, policy=keys.PRODUCTION_POLICY)
    assert time.perf_counter() - start < 0.5


def test_tampered_slot_parameters_fail_authentication(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    from fieldsafe.errors import WrongPassphrase

    vault.lock()
    (vault_dir / "vault.key").write_bytes(_key_file_with(vault_dir, iterations=2))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase)


def test_huge_key_file_is_refused(vault: Vault, vault_dir: Path, passphrase: str) -> None:
    vault.lock()
    (vault_dir / "vault.key").write_bytes(b" " * (keys.MAX_KEY_FILE_BYTES + 10))
    with pytest.raises(KeyFileDamaged):
        Vault.open(vault_dir, passphrase)


def test_secret_holders_never_print_themselves() -> None:
    secret = keys.SecretBytes(b"\x01" * 32)
    assert "01" not in repr(secret) and "01" not in str(secret)
    assert "redacted" in f"{secret}"


@pytest.mark.parametrize("case", ["deep-nesting", "infinity", "nan"])
def test_hostile_key_file_is_key_file_damaged(case: str) -> None:
    if case == "deep-nesting":
        data = b"[" * 60_000
    else:
        key_file, _ = keys.KeyFile.create("pw", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
        doc = json.loads(key_file.to_bytes())
        doc["slots"][0]["kdf"]["memory_kib"] = float("inf") if case == "infinity" else float("nan")
        data = json.dumps(doc).encode()
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(data)
