"""Many processes, one vault (docs/security.md, bar 20): opening a vault never
damages a file another process is writing.

The race this pins down: one process changes the passphrase while its disk is
slow (fsync takes seconds), and another opens the vault meanwhile. Before the
vault's file lock and the temp-file locks, the opener zero-filled the key file
being written as a "stale" temp file, the writer then renamed the zeroed file
over ``vault.key``, and every record was lost while ``passwd`` said it worked.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldsafe.vault import Vault
from fieldsafe.vault.lockfile import vault_files_locked
from tests.conftest import PASSPHRASE

NEW = "a passphrase typed on a slow disk"

# A child process: fast KDF (as the tests use), and every fsync slowed down,
# as on a busy or failing disk. Then the CLI, as a person would run it.
_CHILD = """
import os, sys, time
from fieldsafe.vault import keys
keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)
delay = float(sys.argv[1])
real_fsync = os.fsync
def slow_fsync(fd):
    time.sleep(delay)
    real_fsync(fd)
os.fsync = slow_fsync
from fieldsafe.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _cli(directory: Path, *args: str, stdin: str, fsync_delay: float = 0.0) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(fsync_delay), "--vault", str(directory), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None
    process.stdin.write(stdin)
    process.stdin.close()
    return process


def _finish(process: subprocess.Popen) -> str:
    """Wait for the child; its stderr (stdin was already written and closed)."""
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read()
    err = process.stderr.read()
    process.wait(timeout=120)
    return err


def _wait_for_temp_file(directory: Path, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not list(directory.glob(".*.fieldsafe-tmp")):
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        assert time.monotonic() < deadline, "the writer never started its key file"
        time.sleep(0.01)


@pytest.mark.slow
@pytest.mark.parametrize("keep_key", [True, False], ids=["passphrase only", "rekey"])
def test_opening_while_another_process_writes_the_key_file_loses_nothing(
    vault_dir: Path, keep_key: bool
) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    vault.logs.save(occurred_at=vault.clock.now(), title="kept through the race")
    vault.lock()

    args = ["--passphrase-stdin", "passwd", *(["--keep-key"] if keep_key else [])]
    writer = _cli(vault_dir, *args, stdin=f"{PASSPHRASE}\n{NEW}\n", fsync_delay=1.0)
    _wait_for_temp_file(vault_dir, writer)
    # The other process opens the vault while the key file is half-way.
    opener = _cli(vault_dir, "--passphrase-stdin", "verify", stdin=f"{PASSPHRASE}\n")
    writer_err = _finish(writer)
    opener_err = _finish(opener)

    assert writer.returncode == 0, writer_err
    # The opener either got in before the change (old passphrase) or waited
    # for it and then found the old passphrase no longer works: never damage.
    assert opener.returncode in (0, 2), opener_err
    with Vault.open(vault_dir, NEW) as reopened:
        assert [s.title for s in reopened.logs.page(limit=5)] == ["kept through the race"]
        reopened.verify()
    assert not list(vault_dir.glob(".*.fieldsafe-tmp"))


def test_a_temp_file_whose_writer_is_alive_is_never_swept(tmp_path: Path) -> None:
    """The same rule at the level of one file: a sweep leaves alone a temp
    file whose writer holds it, and removes it once the writer is gone."""
    from fieldsafe.atomicfile import atomic_writer, remove_stale_temp_files

    target = tmp_path / "settings.json"
    with atomic_writer(target) as fh:
        fh.write(b'{"ok": true}')
        fh.flush()
        (temp,) = tmp_path.glob(".*.fieldsafe-tmp")
        remove_stale_temp_files(tmp_path)  # as another process opening would
        assert temp.read_bytes() == b'{"ok": true}'  # neither zeroed nor removed
    assert target.read_bytes() == b'{"ok": true}'

    # A writer that died: its temp file is unlocked, and swept.
    left = tmp_path / ".settings.json.dead.fieldsafe-tmp"
    left.write_bytes(b"half a plaintext export")
    remove_stale_temp_files(tmp_path)
    assert not left.exists()


def test_key_changes_wait_for_each_other(vault: Vault, vault_dir: Path) -> None:
    """While one process holds the vault's file lock, another's key change
    waits (and is refused as busy if it waits too long), never interleaves."""
    from fieldsafe.errors import VaultBusy
    from fieldsafe.vault import lockfile

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from fieldsafe.vault.lockfile import vault_files_locked\n"
            "with vault_files_locked(Path(sys.argv[1])):\n"
            "    print('held', flush=True)\n"
            "    time.sleep(30)\n",
            str(vault_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = (vault_dir / "vault.key").read_bytes()
        with pytest.raises(VaultBusy):
            with vault_files_locked(vault_dir, wait=0.3):
                pass
        original = lockfile.WAIT_SECONDS
        try:
            lockfile.WAIT_SECONDS = 0.3
            with pytest.raises(VaultBusy):
                vault.change_passphrase(PASSPHRASE, NEW)
        finally:
            lockfile.WAIT_SECONDS = original
        assert (vault_dir / "vault.key").read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    # The holder died: its lock died with it.
    vault.change_passphrase(PASSPHRASE, NEW)
