"""Crypto-erase: destroy the key file, then the database.

Without the key file the database is random-looking noise: no passphrase or
recovery code can open it. We overwrite the key file in place with random
bytes and fsync before unlinking it, then remove the database and its
companions.

What this cannot reach, and the app says so: copies made earlier (backups,
disk images, sync folders), and blocks an SSD or a journaling file system
has already moved elsewhere. Full-disk encryption covers those.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from fieldsafe.atomicfile import fsync_dir, remove_stale_temp_files
from fieldsafe.errors import NotAVault, StorageFailed
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from fieldsafe.vault.lockfile import LOCK_FILE, OPEN_FILE, remove_free_window_lock


def crypto_erase(directory: Path) -> None:
    """Erase the vault in ``directory`` (which must be locked, and its files'
    lock held: :mod:`fieldsafe.vault.lockfile`)."""

    directory = Path(directory)
    key_path = directory / KEY_FILE
    if not key_path.exists() and not (directory / DB_FILE).exists():
        raise NotAVault()
    try:
        remove_stale_temp_files(directory)  # a half-written key file still opens the vault
        if key_path.exists():
            size = key_path.stat().st_size
            with open(key_path, "r+b") as fh:
                fh.write(os.urandom(max(size, 1)))
                fh.flush()
                os.fsync(fh.fileno())
            key_path.unlink()
        for path in sorted(directory.iterdir()):
            if path.name.startswith((DB_FILE, "pre-migration-", ".vault.db", LOCK_FILE, OPEN_FILE)):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        fsync_dir(directory)
        remove_free_window_lock(directory)  # the window erasing holds it, and removes it on quit
        with contextlib.suppress(OSError):
            directory.rmdir()
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
