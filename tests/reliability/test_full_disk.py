"""docs/security.md, bar 21: a disk filled to the last byte by something else
never locks anyone out. The vault opens to read (SQLite cannot size its
shared-memory file there, so the vault is opened with the WAL index in
memory and writes refused), saving says the disk is full and keeps the text,
and once space is freed the vault opens for writing again.

The real full disk is a small tmpfs (root only; skipped otherwise); the
simulated one makes the first write at open fail as a full disk does."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe import errors, messages
from fieldsafe.errors import StorageFailed
from fieldsafe.vault import Vault
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from tests.conftest import PASSPHRASE
from tests.reliability.test_io_faults import tiny_filesystem

WHEN = datetime(2026, 8, 8, tzinfo=UTC)
FILLER = "filler"

# fieldsafe-cli in a child process, with the tests' fast KDF
_CLI_CHILD = """
import sys
from fieldsafe.vault import keys
keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)
from fieldsafe.cli import main
sys.exit(main(sys.argv[1:]))
"""


def fill_to_the_last_byte(mount: Path) -> None:
    """Fill the file system as another program would, until not one byte fits."""
    fd = os.open(mount / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):
            block = b"\0" * size
            try:
                while True:
                    os.write(fd, block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    stats = os.statvfs(mount)
    assert stats.f_bavail == 0


def _vault_with_logs(directory: Path, count: int = 3) -> list[str]:
    vault, _code = Vault.create(directory, PASSPHRASE)
    with vault:
        return [
            vault.logs.save(occurred_at=WHEN, title=f"log {i}", body=f"kept {i}").id
            for i in range(count)
        ]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A locked vault with three logs on a small file system, then filled."""
    with tiny_filesystem(tmp_path / "small", 2048) as mount:
        ids = _vault_with_logs(mount / "v")
        fill_to_the_last_byte(mount)
        yield mount, ids


def _vault_files(directory: Path) -> dict[str, bytes]:
    return {name: (directory / name).read_bytes() for name in (DB_FILE, KEY_FILE)}


def _check_read_only(vault: Vault, ids: list[str]) -> None:
    assert vault.read_only
    assert sorted(s.id for s in vault.logs.page()) == sorted(ids)
    assert vault.logs.get(ids[0]).body == "kept 0"
    assert [hit.id for hit in vault.search("kept")] != []
    vault.verify()
    with pytest.raises(StorageFailed) as info:
        vault.logs.save(occurred_at=WHEN, title="new", body="typed on a full disk")
    assert info.value.errno == errno.ENOSPC
    assert "disk is full" in messages.describe(info.value)
    assert vault.logs.count() == len(ids)


def test_a_vault_on_a_full_disk_opens_to_read(full_disk: tuple[Path, list[str]]) -> None:
    mount, ids = full_disk
    before = _vault_files(mount / "v")
    vault = Vault.open(mount / "v", PASSPHRASE)
    try:
        _check_read_only(vault, ids)
    finally:
        vault.lock()
    assert _vault_files(mount / "v") == before
    # Space freed: the next unlock writes again.
    (mount / FILLER).unlink()
    with Vault.open(mount / "v", PASSPHRASE) as again:
        assert not again.read_only
        again.logs.save(occurred_at=WHEN, title="after", body="space was freed")
        assert again.logs.count() == len(ids) + 1
        again.verify()


def test_the_same_when_the_disk_fills_while_a_crash_left_a_wal(tmp_path: Path) -> None:
    """A vault that was not locked (a crash): its WAL holds committed records."""
    with tiny_filesystem(tmp_path / "small", 2048) as mount:
        child = (
            "import os, signal, sys\n"
            "from datetime import UTC, datetime\n"
            "from fieldsafe.vault import keys, Vault\n"
            "keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1,"
            " lanes=1, calibrate=False)\n"
            f"v = Vault.open(sys.argv[1], {PASSPHRASE!r})\n"
            "v.logs.save(occurred_at=datetime(2026, 8, 8, tzinfo=UTC), title='in the wal',"
            " body='committed')\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n"
        )
        ids = _vault_with_logs(mount / "v")
        subprocess.run([sys.executable, "-c", child, str(mount / "v")], check=False)
        assert (mount / "v" / f"{DB_FILE}-wal").stat().st_size > 0
        fill_to_the_last_byte(mount)
        with Vault.open(mount / "v", PASSPHRASE) as vault:
            assert vault.logs.count() == len(ids) + 1
            with pytest.raises(StorageFailed) as info:
                vault.logs.save(occurred_at=WHEN, title="new", body="on a full disk")
            assert info.value.errno == errno.ENOSPC


def test_a_simulated_full_disk_at_open_opens_to_read(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without root: the first write at open fails as on a full disk."""
    from fieldsafe.vault import store

    ids = _vault_with_logs(vault_dir)
    before = _vault_files(vault_dir)

    def disk_full(*_args: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(store, "_configure", disk_full)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        _check_read_only(vault, ids)
        assert isinstance(
            pytest.raises(
                errors.VaultReadOnly,
                vault.drafts.save,
                "log",
                kind="outreach_log",
                fields={"title": "x"},
            ).value,
            StorageFailed,
        )
    finally:
        vault.lock()
    assert _vault_files(vault_dir) == before


def test_a_draft_refused_while_read_only_keeps_the_reserve(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drafts' reserve (room given back on a full disk so a draft can be
    written) cannot help a vault open to read only: it stays for later."""
    from fieldsafe.vault import store
    from fieldsafe.vault.drafts import RESERVE_FILE

    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        vault.drafts.save("log", kind="outreach_log", fields={"title": "draft"})
    assert (vault_dir / RESERVE_FILE).exists()

    def disk_full(*_args: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(store, "_configure", disk_full)
    with Vault.open(vault_dir, PASSPHRASE) as reading:
        with pytest.raises(errors.VaultReadOnly):
            reading.drafts.save("log", kind="outreach_log", fields={"title": "typed"})
    assert (vault_dir / RESERVE_FILE).exists()


def test_a_simulated_full_disk_that_also_refuses_reading_says_the_disk_is_full(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If even the read-only open fails, the words are about the disk, at open."""
    from fieldsafe.vault import store

    _vault_with_logs(vault_dir)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(store, "_configure", disk_full)
    monkeypatch.setattr(store, "_open_read_only", disk_full, raising=False)
    with pytest.raises(StorageFailed) as info:
        Vault.open(vault_dir, PASSPHRASE)
    text = messages.describe(info.value)
    assert "disk is full" in text
    assert "cannot be opened" in text
    assert "your text is still here" not in text


def _cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CLI_CHILD, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_cli_verify_on_a_full_disk(full_disk: tuple[Path, list[str]]) -> None:
    mount, ids = full_disk
    result = _cli("verify", "--vault", str(mount / "v"), "--passphrase-stdin", stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"The vault is intact: every page checked, {len(ids)} records.\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldsafe-cli: The disk is full")
    assert "read only" in lines[0]


@pytest.mark.slow
def test_cli_writing_on_a_full_disk_says_the_disk_is_full(
    full_disk: tuple[Path, list[str]], tmp_path: Path
) -> None:
    from fieldsafe.core.interchange import FORMAT

    mount, _ids = full_disk
    record = {
        "kind": "outreach_log",
        "id": "00000000-0000-4000-8000-000000000001",
        "created_at": "2026-08-08T00:00:00Z",
        "updated_at": "2026-08-08T00:00:00Z",
        "fields": {"occurred_at": "2026-08-08T00:00:00Z", "title": "new", "body": "typed"},
    }
    interchange = tmp_path / "in.json"
    interchange.write_text(
        json.dumps({"format": FORMAT, "version": 1, "records": [record]}), encoding="utf-8"
    )
    result = _cli(
        "import",
        str(interchange),
        "--vault",
        str(mount / "v"),
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("fieldsafe-cli: The disk is full")
