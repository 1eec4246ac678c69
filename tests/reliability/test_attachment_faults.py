"""Faults while attachments are imported: SIGKILL in the middle (no half
attachment, vault intact, every returned import present), and a full disk
(typed error, nothing half-stored, earlier attachments intact)."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.errors import StorageFailed
from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from tests.images import jpeg_with_gps
from tests.reliability.test_io_faults import tiny_filesystem

KILLS = 25
CHILD = Path(__file__).with_name("attach_child.py")


def _all_attachments(vault: Vault) -> dict[str, str]:
    found = {}
    for info, data in vault.attachments.iter_all():
        assert len(data) == info.size  # never a partial blob
        found[info.id] = hashlib.sha256(data).hexdigest()
    return found


@pytest.mark.slow
def test_sigkill_during_attachment_imports(tmp_path: Path, passphrase: str) -> None:
    directory = tmp_path / "v"
    Vault.create(directory, passphrase)[0].lock()
    rng = random.Random(20261124)
    committed: dict[str, str] = {}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(directory), passphrase],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", (
            child.stderr.read() if child.stderr else ""
        )
        # Not a wait for something: the kill lands at a random moment of the
        # child's imports, and that randomness is what the test is about.
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and len(parts[0]) == 36 and len(parts[1]) == 64:
                committed[parts[0]] = parts[1]
    vault = Vault.open(directory, passphrase)
    try:
        vault.verify()
        stored = _all_attachments(vault)
    finally:
        vault.lock()
    assert committed, "no import finished before a kill: the test proved nothing"
    for attachment_id, digest in committed.items():
        assert stored.get(attachment_id) == digest


def test_a_full_disk_while_storing_an_attachment(tmp_path: Path, passphrase: str) -> None:
    with tiny_filesystem(tmp_path / "small", 3 * 1024) as mount:
        vault, _ = Vault.create(mount / "v", passphrase)
        try:
            log = vault.logs.save(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), title="notes")
            first = vault.attachments.add(
                log.id, prepare_attachment(jpeg_with_gps(), name="small.jpg")
            )
            big = prepare_attachment(_noise_png(1400), name="big.png")
            assert len(big.data) > 3 * 1024 * 1024
            with pytest.raises(StorageFailed):
                vault.attachments.add(log.id, big)
            assert [a.id for a in vault.attachments.of(log.id)] == [first.id]
            vault.verify()
        finally:
            vault.lock()
        again = Vault.open(mount / "v", passphrase)
        try:
            again.verify()
            assert again.attachments.count() == 1
        finally:
            again.lock()


def _noise_png(side: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(out, "PNG")
    return out.getvalue()
