"""Everything that can go wrong in the vault, as types.

These exceptions carry no user-facing text and never any record content,
passphrase or path supplied by a user: only the *kind* of failure and, where it
helps, schema-level facts (a record index, a field name, a version number).
``fieldsafe.messages`` words them for people; ``fieldsafe.cli`` maps them to
exit codes.
"""

from __future__ import annotations

import errno as _errno_codes


class VaultError(Exception):
    """Base class of every vault failure."""

    def __str__(self) -> str:  # no free text: the class name is the message
        return type(self).__name__


class WrongPassphrase(VaultError):
    """No key slot opened with the given passphrase or recovery code."""


class KeyFileMissing(VaultError):
    """The vault directory has a database but no key file."""


class KeyFileDamaged(VaultError):
    """The key file is unreadable, malformed, or has hostile parameters."""


class VaultDamaged(VaultError):
    """The database file is damaged, truncated, or does not match the key."""


class NotAVault(VaultError):
    """The directory holds no FieldSafe vault."""


class VaultExists(VaultError):
    """Refused to create a vault where one (or other files) already exist."""


class VaultTooNew(VaultError):
    """The vault was written by a newer FieldSafe (schema version too high)."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(found, supported)
        self.found = found
        self.supported = supported


class MigrationFailed(VaultError):
    """Upgrading the vault's schema failed; the database was left as it was."""


class VaultBusy(VaultError):
    """Another program (or another FieldSafe window) is writing to the vault
    right now. Nothing is wrong with it; try again."""


class VaultLocked(VaultError):
    """The operation needs an unlocked vault."""


class NotFound(VaultError):
    """No record with that id (of that kind)."""


class InvalidRecord(VaultError):
    """A record failed validation. ``field`` names the schema field, ``index`` the
    position in an import file (0-based), ``reason`` is a short machine code."""

    def __init__(self, field: str, reason: str, index: int | None = None) -> None:
        super().__init__(field, reason, index)
        self.field = field
        self.reason = reason
        self.index = index

    def __str__(self) -> str:
        where = f"record {self.index + 1}: " if self.index is not None else ""
        return f"{where}field '{self.field}': {self.reason}"


class BadInputFile(VaultError):
    """An input file (import, backup) is not in the expected format.
    ``line`` is a 1-based line number where known."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason, line)
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.reason}"


class StorageFailed(VaultError):
    """Writing to disk failed (disk full, read-only directory, I/O error).
    ``errno`` is the OS error number where known. Nothing was changed."""

    def __init__(self, errno: int | None = None) -> None:
        super().__init__(errno)
        self.errno = errno


class CannotOpen(StorageFailed):
    """The vault could not be opened because of the disk or its folder (full,
    read-only, unreachable, a path too long), not because of the vault.
    ``errno`` as for :class:`StorageFailed`. Nothing was changed."""


class VaultReadOnly(StorageFailed):
    """The vault is open to read only: the disk was full when it was unlocked.
    Nothing can be saved until space is freed and the vault is opened again.
    ``errno`` is ENOSPC."""

    def __init__(self) -> None:
        super().__init__(_errno_codes.ENOSPC)


class TeamFolderMissing(VaultError):
    """A team folder, or a folder chosen for backups, is not there (a drive
    unplugged, a folder moved or renamed). Nothing was written."""


class TargetExists(VaultError):
    """Refused to overwrite an existing file or directory."""


class BadAttachment(VaultError):
    """A file offered as an attachment was refused; nothing was stored.
    ``reason`` is one of ``empty``, ``too_large``, ``unsupported``,
    ``corrupt``, ``too_many_pixels``, ``unreadable``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return f"BadAttachment: {self.reason}"
