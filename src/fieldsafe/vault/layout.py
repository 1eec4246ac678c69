"""The files of a vault directory (no SQLCipher import: cheap to ask)."""

from __future__ import annotations

from pathlib import Path

from fieldsafe.errors import StorageFailed

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
#: a re-encrypted copy of the database while the key changes (vault/rekey.py)
REKEY_FILE = ".vault.db.rekey"


def vault_exists(directory: Path) -> bool:
    """Whether ``directory`` holds (part of) a vault. :class:`StorageFailed`
    when that cannot be told (a path too long for the system, a folder that
    may not be read)."""
    directory = Path(directory)
    try:
        return (directory / KEY_FILE).exists() or (directory / DB_FILE).exists()
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
