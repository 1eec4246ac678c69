"""Re-encrypting the database under a new random key (on a passphrase change).

Two files must change together, the key file and the database, and a crash
may come between any two steps. The order makes every moment recoverable:

1. The whole database is exported, re-encrypted under the new key, to
   ``.vault.db.rekey`` beside it (``sqlcipher_export``, in one transaction so
   nothing is written meanwhile), and fsynced. The old files are untouched.
2. The new key file (new passphrase slot, new recovery slot, both wrapping the
   new key) replaces ``vault.key`` atomically. **This is the switch.**
3. The old database is closed, its WAL removed (everything in it is in the
   export), and the export renamed over ``vault.db``.

Opening a vault calls :func:`finish_interrupted` first: an export that the
unlocked key opens means the switch happened, so step 3 is finished; an
export the key does not open is from a rekey stopped before the switch (its
key was never written anywhere), so it is deleted.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

import sqlcipher3

from fieldsafe.atomicfile import fsync_dir, fsync_file
from fieldsafe.errors import VaultDamaged
from fieldsafe.vault.db import connect
from fieldsafe.vault.keys import SecretBytes
from fieldsafe.vault.layout import DB_FILE, REKEY_FILE

log = logging.getLogger("fieldsafe.vault")


def export_rekeyed(conn: sqlcipher3.Connection, staging: Path, new_key: SecretBytes) -> None:
    """Step 1: the database behind ``conn``, re-encrypted under ``new_key``,
    written to ``staging`` (0600) and fsynced. The key is bound as a
    parameter built from random bytes; no text reaches the SQL."""
    staging.unlink(missing_ok=True)
    os.close(os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(staging), f"x'{new_key.hex()}'"))
    try:
        conn.execute("BEGIN IMMEDIATE")  # no writer may slip in between the pages
        try:
            conn.execute("SELECT sqlcipher_export('rekeyed')")
            conn.execute("PRAGMA rekeyed.user_version = " + str(version))  # an int
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE rekeyed")
    fsync_file(staging)


def swap_in(directory: Path) -> None:
    """Step 3 (the old database already closed): the export replaces it."""
    db_path = directory / DB_FILE
    for stale in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        # Never let the old database's WAL be replayed onto the new file.
        stale.unlink(missing_ok=True)
    os.replace(directory / REKEY_FILE, db_path)
    try:
        fsync_dir(directory)
    except OSError:
        # The new file is in place and complete; only the rename's
        # durability across a power cut is in doubt, and the next unlock
        # would finish it again. Reporting "failed" here would lose the new
        # recovery code, so it is logged instead.
        log.warning("directory_fsync_failed")


def finish_interrupted(directory: Path, db_key: SecretBytes) -> None:
    """Complete or drop a rekey that a crash interrupted (see the module).

    The copy is deleted only when the database itself opens with the key
    (the switch never happened), and put in place only when the copy opens
    with it (the switch happened). When neither opens, for whatever reason
    (a read error, a full table of open files), both are kept and the vault
    is reported damaged: the copy may be the only database the key opens."""
    staging = directory / REKEY_FILE
    if not staging.exists():
        return
    if _opens_with(directory / DB_FILE, db_key):
        staging.unlink(missing_ok=True)
        log.info("rekey_abandoned")
    elif _opens_with(staging, db_key):
        swap_in(directory)
        log.info("rekey_finished")
    else:
        raise VaultDamaged()


def _opens_with(path: Path, db_key: SecretBytes) -> bool:
    try:
        conn = connect(path, db_key)
    except sqlcipher3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlcipher3.Error:
        return False
    finally:
        conn.close()
