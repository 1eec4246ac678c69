"""Keys and key derivation (docs/security.md, bar 1, 13, 15 and 19):
a passphrase change that rotates the database key, crash-safe; hostile key
files refused quickly; calibration that never yields a weak vault."""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldsafe.errors import KeyFileDamaged, VaultDamaged, WrongPassphrase
from fieldsafe.vault import Vault, keys, rekey
from fieldsafe.vault.layout import REKEY_FILE
from tests.conftest import PASSPHRASE

NEW = "a new passphrase, spoken nowhere"
CANARY = "canary-rekey-5f1d"


def _vault_with_a_log(vault_dir: Path) -> tuple[Vault, str]:
    from datetime import UTC, datetime

    vault, code = Vault.create(vault_dir, PASSPHRASE)
    vault.logs.save(occurred_at=datetime(2026, 11, 1, 9, tzinfo=UTC), title=CANARY, body=CANARY)
    return vault, code


def _titles(vault: Vault) -> list[str]:
    return [s.title for s in vault.logs.page(limit=10)]


# -- rekey ----------------------------------------------------------------------


def test_after_a_rekey_an_old_key_file_and_the_old_passphrase_open_nothing(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault, old_code = _vault_with_a_log(vault_dir)
    old_key_file = (vault_dir / "vault.key").read_bytes()
    new_code = vault.change_passphrase(PASSPHRASE, NEW, rekey=True)
    assert new_code and new_code != old_code
    assert _titles(vault) == [CANARY]  # the open vault goes on working
    vault.logs.save(occurred_at=vault.clock.now(), title="after")
    vault.lock()

    # The thief's copy: the current database with the key file from before.
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(vault_dir / "vault.db", copy / "vault.db")
    (copy / "vault.key").write_bytes(old_key_file)
    for secret in (PASSPHRASE, old_code):
        with pytest.raises(VaultDamaged):
            Vault.open(copy, secret)

    for secret in (PASSPHRASE, old_code):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, secret)
    for secret in (NEW, new_code):
        with Vault.open(vault_dir, secret) as reopened:
            assert sorted(_titles(reopened)) == sorted([CANARY, "after"])
            assert [h.id for h in reopened.search(CANARY)]
            reopened.verify()
    assert not (vault_dir / REKEY_FILE).exists()


def test_a_change_without_rekey_keeps_the_key_and_the_recovery_code(vault_dir: Path) -> None:
    vault, code = _vault_with_a_log(vault_dir)
    assert vault.change_passphrase(PASSPHRASE, NEW) is None
    vault.lock()
    with Vault.open(vault_dir, code) as reopened:
        assert _titles(reopened) == [CANARY]


def test_a_wrong_old_passphrase_changes_nothing(vault_dir: Path) -> None:
    vault, _ = _vault_with_a_log(vault_dir)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name == "vault.key"}
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it", NEW, rekey=True)
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.name == "vault.key"} == before
    assert not (vault_dir / REKEY_FILE).exists()
    assert _titles(vault) == [CANARY]
    vault.lock()


class Crash(BaseException):
    """The process dies here (nothing after this line runs)."""


@pytest.fixture
def crash_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    def arm(step: str) -> None:
        if step == "export":
            monkeypatch.setattr(
                "fieldsafe.vault.store.export_rekeyed", lambda *a: (_ for _ in ()).throw(Crash())
            )
        elif step == "after export":
            real = rekey.export_rekeyed

            def export_then_die(*args: object) -> None:
                real(*args)  # type: ignore[arg-type]
                raise Crash()

            monkeypatch.setattr("fieldsafe.vault.store.export_rekeyed", export_then_die)
        elif step == "after switch":
            monkeypatch.setattr(
                "fieldsafe.vault.store.swap_in", lambda *a: (_ for _ in ()).throw(Crash())
            )

    yield arm


@pytest.mark.parametrize(
    ("step", "opens_with"),
    [("export", PASSPHRASE), ("after export", PASSPHRASE), ("after switch", NEW)],
)
def test_a_crash_at_any_step_of_a_rekey_loses_nothing(
    vault_dir: Path, crash_at: object, step: str, opens_with: str
) -> None:
    vault, _ = _vault_with_a_log(vault_dir)
    crash_at(step)  # type: ignore[operator]
    with pytest.raises(Crash):
        vault.change_passphrase(PASSPHRASE, NEW, rekey=True)
    # The process is gone: its connection closes without a checkpoint.
    if vault._conn is not None:
        vault._conn.close()
        vault._conn = None
    with Vault.open(vault_dir, opens_with) as reopened:
        assert _titles(reopened) == [CANARY]
        reopened.verify()
    assert not (vault_dir / REKEY_FILE).exists()


def test_a_stale_export_that_the_key_cannot_open_is_removed(vault_dir: Path) -> None:
    vault, _ = _vault_with_a_log(vault_dir)
    vault.lock()
    (vault_dir / REKEY_FILE).write_bytes(b"\x00" * 4096)
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert _titles(reopened) == [CANARY]
    assert not (vault_dir / REKEY_FILE).exists()


def test_the_cli_passwd_rekeys_by_default_and_prints_the_new_code(vault_dir: Path) -> None:
    import io
    import sys

    from fieldsafe.cli import main

    vault, code = _vault_with_a_log(vault_dir)
    vault.lock()
    old_key_file = (vault_dir / "vault.key").read_bytes()
    stdin, stdout = sys.stdin, sys.stdout
    sys.stdin = io.StringIO(f"{PASSPHRASE}\n{NEW}\n{NEW}\n")
    sys.stdout = out = io.StringIO()
    try:
        assert main(["passwd", "--vault", str(vault_dir), "--passphrase-stdin"]) == 0
    finally:
        sys.stdin, sys.stdout = stdin, stdout
    assert "recovery code" in out.getvalue().lower()
    (vault_dir / "vault.key.old").write_bytes(old_key_file)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, code)
    with Vault.open(vault_dir, NEW) as reopened:
        assert _titles(reopened) == [CANARY]


# -- hostile key files ------------------------------------------------------------


def _key_file_doc(vault_dir: Path) -> dict[str, object]:
    return json.loads((vault_dir / "vault.key").read_text())


def test_a_key_file_with_more_than_one_slot_of_a_kind_is_damaged(
    vault: Vault, vault_dir: Path
) -> None:
    vault.lock()
    doc = _key_file_doc(vault_dir)
    slots = doc["slots"]
    assert isinstance(slots, list)
    for extra in (slots[0], slots[1], {**slots[0], "kind": "other"}):
        hostile = {**doc, "slots": [*slots, extra]}
        with pytest.raises(KeyFileDamaged):
            keys.KeyFile.from_bytes(json.dumps(hostile).encode())
    unknown = {**doc, "slots": [slots[0], {**slots[1], "kind": "other"}]}
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(json.dumps(unknown).encode())


@pytest.mark.parametrize(
    "kdf",
    [
        {"memory_kib": 1024 * 1024, "iterations": 3},  # 1 GiB: over the memory ceiling
        {"memory_kib": 256 * 1024, "iterations": 40},  # over the pass ceiling
        {"memory_kib": 512 * 1024, "iterations": 16},  # each within, together too costly
    ],
)
def test_key_files_asking_for_more_than_the_ceilings_are_damaged_at_once(
    vault: Vault, vault_dir: Path, kdf: dict[str, int]
) -> None:
    vault.lock()
    doc = _key_file_doc(vault_dir)
    for slot in doc["slots"]:  # type: ignore[attr-defined]
        slot["kdf"].update(kdf)
    start = time.perf_counter()
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(json.dumps(doc).encode(), policy=keys.PRODUCTION_POLICY)
    assert time.perf_counter() - start < 0.5


def test_an_unlock_has_a_total_budget(vault: Vault, vault_dir: Path) -> None:
    """Two slots each at the per-slot ceiling are more than one unlock may cost."""
    vault.lock()
    policy = keys.PRODUCTION_POLICY
    doc = _key_file_doc(vault_dir)
    memory = policy.max_memory_kib
    iterations = policy.max_slot_cost // memory
    for slot in doc["slots"]:  # type: ignore[attr-defined]
        slot["kdf"].update({"memory_kib": memory, "iterations": iterations, "lanes": 4})
    params = keys.KdfParams(memory, iterations, 4)
    policy.check(params)  # each slot alone is allowed
    assert 2 * params.cost > policy.max_unlock_cost
    with pytest.raises(KeyFileDamaged):
        keys.KeyFile.from_bytes(json.dumps(doc).encode(), policy=policy)


def test_the_ceilings_admit_everything_calibration_can_choose() -> None:
    policy = keys.PRODUCTION_POLICY
    most = keys.KdfParams(
        policy.calibration_max_memory_kib, policy.calibration_max_iterations, policy.lanes
    )
    policy.check(most)
    assert 2 * most.cost <= policy.max_unlock_cost
    policy.check(policy.create_floor)


def test_a_backup_with_a_hostile_key_file_is_refused_at_once(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    from fieldsafe.errors import BadInputFile
    from fieldsafe.vault.backup import MAGIC

    backup = tmp_path / "backup.fsb"
    vault.backup(backup)
    vault.lock()
    data = backup.read_bytes()
    key_len = int.from_bytes(data[len(MAGIC) + 1 : len(MAGIC) + 5], "big")
    key_doc = json.loads(data[len(MAGIC) + 5 : len(MAGIC) + 5 + key_len])
    for slot in key_doc["slots"]:
        slot["kdf"]["memory_kib"] = 4 * 1024 * 1024
    hostile = json.dumps(key_doc).encode()
    rest = data[len(MAGIC) + 5 + key_len :]
    (tmp_path / "hostile.fsb").write_bytes(
        data[: len(MAGIC) + 1] + len(hostile).to_bytes(4, "big") + hostile + rest
    )
    start = time.perf_counter()
    with pytest.raises(BadInputFile):
        Vault.restore(tmp_path / "hostile.fsb", tmp_path / "restored", "anything")
    assert time.perf_counter() - start < 1.0
    assert not (tmp_path / "restored").exists()


# -- calibration ------------------------------------------------------------------


def test_the_production_creation_floor_is_pinned() -> None:
    floor = keys.PRODUCTION_POLICY.create_floor
    assert floor.memory_kib >= 128 * 1024
    assert floor.iterations >= 3
    assert floor.lanes == 4


@pytest.mark.production_kdf
def test_a_vault_made_on_a_busy_machine_still_meets_the_floor(vault_dir: Path) -> None:
    """Busy threads make every measurement slow; calibration must then keep
    the creation floor, never go below it."""
    stop = threading.Event()

    def burn() -> None:
        x = 0
        while not stop.is_set():
            x = (x * 31 + 7) % 1_000_003

    workers = [threading.Thread(target=burn, daemon=True) for _ in range(4)]
    for worker in workers:
        worker.start()
    try:
        vault, _ = Vault.create(vault_dir, "a long production passphrase")
        vault.lock()
    finally:
        stop.set()
        for worker in workers:
            worker.join()
    floor = keys.PRODUCTION_POLICY.create_floor
    for slot in _key_file_doc(vault_dir)["slots"]:  # type: ignore[attr-defined]
        assert slot["kdf"]["memory_kib"] >= floor.memory_kib
        assert slot["kdf"]["iterations"] >= floor.iterations
        assert slot["kdf"]["lanes"] == floor.lanes


# -- found in review: the rekey's edges ---------------------------------------------


def test_a_refused_rekey_keeps_the_vault_open_lock(vault_dir: Path) -> None:
    """A refused rekey must not leave its process open without its shared
    lock, or another process's rekey would strand it on a replaced file."""
    from fieldsafe.errors import VaultBusy

    first, _ = _vault_with_a_log(vault_dir)
    second = Vault.open(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(VaultBusy):
            second.change_passphrase(PASSPHRASE, NEW, rekey=True)
        with pytest.raises(VaultBusy):  # the second is still open: no rekey
            first.change_passphrase(PASSPHRASE, NEW, rekey=True)
        assert _titles(second) == [CANARY]
    finally:
        second.lock()
        first.lock()


def test_a_read_error_after_the_switch_never_deletes_the_only_copy(
    vault_dir: Path, crash_at: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlcipher3

    vault, _ = _vault_with_a_log(vault_dir)
    crash_at("after switch")  # type: ignore[operator]
    with pytest.raises(Crash):
        vault.change_passphrase(PASSPHRASE, NEW, rekey=True)
    if vault._conn is not None:
        vault._conn.close()
        vault._conn = None
    real_connect = rekey.connect

    def flaky(path: Path, key: object) -> object:
        if Path(path).name == REKEY_FILE:
            raise sqlcipher3.OperationalError("disk I/O error")
        return real_connect(path, key)  # type: ignore[arg-type]

    monkeypatch.setattr(rekey, "connect", flaky)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_dir, NEW)
    assert (vault_dir / REKEY_FILE).exists()  # kept: it is the only copy the key opens
    monkeypatch.setattr(rekey, "connect", real_connect)
    with Vault.open(vault_dir, NEW) as reopened:
        assert _titles(reopened) == [CANARY]
    assert not (vault_dir / REKEY_FILE).exists()


def test_a_failure_after_the_switch_still_hands_over_the_new_code(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    vault, _ = _vault_with_a_log(vault_dir)

    def failing_fsync_dir(directory: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    with monkeypatch.context() as patched:
        patched.setattr(rekey, "fsync_dir", failing_fsync_dir)
        code = vault.change_passphrase(PASSPHRASE, NEW, rekey=True)
    assert code
    vault.lock()
    with Vault.open(vault_dir, code) as reopened:
        assert _titles(reopened) == [CANARY]


def test_a_rekey_removes_copies_kept_under_the_old_key(vault_dir: Path) -> None:
    vault, _ = _vault_with_a_log(vault_dir)
    copy = vault_dir / "pre-migration-v5.db"
    copy.write_bytes((vault_dir / "vault.db").read_bytes())  # a copy under the old key
    vault.change_passphrase(PASSPHRASE, NEW, rekey=True)
    vault.lock()
    assert not copy.exists()


def test_calibration_aims_at_the_middle_of_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault calibrated while the machine was busy unlocks faster once it
    is quiet: stopping as soon as a timing reached the target's low end left
    such vaults under it (0.496 s measured against 0.5). Passes now aim at
    the middle and are accepted from 85 % of it."""
    policy = keys.PRODUCTION_POLICY
    floor = policy.create_floor

    def seconds(params: keys.KdfParams) -> float:  # a machine where the floor takes 0.52 s
        return 0.52 * (params.memory_kib / floor.memory_kib) * params.iterations / floor.iterations

    monkeypatch.setattr(keys, "_time_kdf", seconds)
    chosen = keys.calibrate(policy)
    low, high = policy.target_seconds
    assert chosen.memory_kib == floor.memory_kib  # doubling would pass the low end
    assert 0.85 * (low + high) / 2 <= seconds(chosen) <= high
    assert chosen.iterations > floor.iterations
