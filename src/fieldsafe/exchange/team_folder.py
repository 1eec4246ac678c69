"""A team folder: a directory that a sync engine (Syncthing, a shared drive,
a USB stick) carries between a team's devices. FieldSafe only writes and
reads files in it; the engine only moves them and never sees content.

Layout (docs/interchange.md, "The team folder")::

    <folder>/inbox/<card fingerprint>/<32 hex digits>.age   bundles for that card
    <folder>/rejected/<card fingerprint>/<32 hex digits>.age bundles that card refused
    <folder>/cards/<card fingerprint>.txt                    public cards (never trusted
                                                             without the safety number)
    <folder>/backups/<32 hex digits>.fieldsafe-backup        encrypted vault backups

Every bundle name is random and every bundle is padded to a size bucket
(:func:`fieldsafe.exchange.bundle.padded_length`), so names and sizes say
nothing of who wrote what or what it holds. A bundle is written under a
temporary name that sync engines leave alone (``.syncthing.<random>.tmp``,
the name Syncthing gives its own partial files), flushed to the disk, then
renamed into place: an engine never carries a partial bundle.

Nothing here knows about the vault: :mod:`fieldsafe.vault.teams` decides
what to write and what a bundle is worth. Errors are typed:
:class:`~fieldsafe.errors.TeamFolderMissing` when the folder is not there
(the drive is unplugged, the path is wrong), and
:class:`~fieldsafe.errors.StorageFailed` when writing fails.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldsafe.atomicfile import fsync_dir
from fieldsafe.errors import BadInputFile, StorageFailed, TeamFolderMissing
from fieldsafe.exchange.identity import Card

INBOX = "inbox"
REJECTED = "rejected"
CARDS = "cards"
BACKUPS = "backups"
BUNDLE_SUFFIX = ".age"
CARD_SUFFIX = ".txt"
BACKUP_SUFFIX = ".fieldsafe-backup"
#: the largest card file read from ``cards/``
MAX_CARD_BYTES = 16 * 1024
_NAME = re.compile(r"[0-9a-f]{32}\.age\Z")
_FINGERPRINT = re.compile(r"[0-9a-f]{64}\Z")
_TEMP_PREFIX = ".syncthing."
_TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class Waiting:
    """A bundle file in an inbox: its path, size and modification time."""

    path: Path
    size: int
    mtime_ns: int

    @property
    def name(self) -> str:
        return self.path.name


def check_folder(folder: Path) -> Path:
    """``folder`` as an absolute path, if it is a directory there now; else
    :class:`TeamFolderMissing`."""
    folder = Path(folder)
    if not folder.is_absolute() or not folder.is_dir():
        raise TeamFolderMissing()
    return folder


def _not_links(*paths: Path) -> None:
    """:class:`TeamFolderMissing` if one of ``paths``, directories FieldSafe
    keeps inside a team folder, is a symbolic link. Sync engines carry
    links: someone who can write into the folder could point one at a
    directory of this device, and FieldSafe would read, move, remove or
    write files there. (The team folder itself may be a link the person made.)"""
    if any(p.is_symlink() for p in paths):
        raise TeamFolderMissing()


def _fingerprint(fingerprint: str) -> str:
    if not _FINGERPRINT.match(fingerprint):
        raise ValueError("a card fingerprint is 64 lower-case hex digits")
    return fingerprint


def inbox(folder: Path, fingerprint: str) -> Path:
    """The inbox of the card with ``fingerprint`` in ``folder``."""
    return Path(folder) / INBOX / _fingerprint(fingerprint)


def new_bundle_name() -> str:
    """A random name for a bundle: 128 random bits, nothing else."""
    return secrets.token_hex(16) + BUNDLE_SUFFIX


def put(folder: Path, fingerprint: str, data: bytes) -> Path:
    """Write a bundle into the inbox of ``fingerprint``: a temporary file
    that sync engines skip, flushed, then renamed to a new random name.
    :class:`TeamFolderMissing` if ``folder`` is not there (or the inbox is a
    link); nothing is left behind when writing fails (:class:`StorageFailed`)."""
    box = inbox(check_folder(folder), fingerprint)
    _not_links(box.parent, box)
    try:
        box.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    return _write_new(box, data, suffix=BUNDLE_SUFFIX)


def _write_new(directory: Path, data: bytes, *, suffix: str) -> Path:
    """``data`` as a new file with a random name in ``directory`` (0600)."""
    tmp = directory / f"{_TEMP_PREFIX}{secrets.token_hex(8)}{_TEMP_SUFFIX}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            for _attempt in range(3):
                target = directory / f"{secrets.token_hex(16)}{suffix}"
                try:
                    os.link(tmp, target)  # never over an existing file
                except FileExistsError:
                    continue
                break
            else:
                raise FileExistsError()
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    with contextlib.suppress(OSError):
        fsync_dir(directory)
    return target


def waiting(folder: Path, fingerprint: str) -> list[Waiting]:
    """The bundles in the inbox of ``fingerprint``, oldest first (by
    modification time, then name). Files that are not bundles by their name
    (temporary files, anything else) are left where they are. An absent inbox
    is empty; an absent folder is :class:`TeamFolderMissing`, and so is one
    whose inbox or rejected directory for ``fingerprint`` is a link."""
    box = inbox(check_folder(folder), fingerprint)
    refused = Path(folder) / REJECTED / _fingerprint(fingerprint)
    _not_links(box.parent, box, refused.parent, refused)
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        with os.scandir(box) as entries:
            for entry in entries:
                if not _NAME.match(entry.name):
                    continue
                try:
                    if not entry.is_file(follow_symlinks=False):
                        continue
                    info = entry.stat(follow_symlinks=False)
                except OSError:
                    continue  # gone meanwhile
                found.append(Waiting(box / entry.name, info.st_size, info.st_mtime_ns))
    found.sort(key=lambda w: (w.mtime_ns, w.name))
    return found


def read(item: Waiting, *, limit: int) -> bytes | None:
    """The bundle's bytes; None if it is gone (another process took it).
    :class:`~fieldsafe.errors.BadInputFile` (``too_large``) above ``limit``
    bytes, unread."""
    try:
        with open(item.path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limit:
                raise BadInputFile("too_large")
            # As much as the file holds (asking for limit + 1 bytes at once
            # would allocate that much for every bundle), and on if it grew.
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(limit + 1 - len(data))
            return data
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageFailed(exc.errno) from None


def reject(folder: Path, fingerprint: str, item: Waiting) -> str | None:
    """Move a refused bundle to ``rejected/<fingerprint>/`` under a new
    random name; the name, or None if it was gone."""
    box = Path(folder) / REJECTED / _fingerprint(fingerprint)
    _not_links(box.parent, box)
    try:
        box.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):
            target = box / new_bundle_name()
            if target.exists():
                continue
            os.replace(item.path, target)
            break
        else:
            return None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    with contextlib.suppress(OSError):
        fsync_dir(box)
        fsync_dir(item.path.parent)
    return target.name


def remove(item: Waiting) -> None:
    """Remove an imported bundle from the inbox (gone already is fine)."""
    try:
        item.path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    with contextlib.suppress(OSError):
        fsync_dir(item.path.parent)


def remove_all(items: Iterable[Waiting]) -> None:
    """:func:`remove` for many bundles, each directory synced once at the end."""
    directories: dict[Path, None] = {}
    for item in items:
        try:
            item.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StorageFailed(exc.errno) from None
        directories[item.path.parent] = None
    for directory in directories:
        with contextlib.suppress(OSError):
            fsync_dir(directory)


def rejected(folder: Path, fingerprint: str) -> list[Path]:
    """The bundles in ``rejected/<fingerprint>/``."""
    box = Path(folder) / REJECTED / _fingerprint(fingerprint)
    with contextlib.suppress(OSError):
        return sorted(p for p in box.iterdir() if _NAME.match(p.name))
    return []


def write_card(folder: Path, card: Card) -> Path:
    """Leave ``card`` in ``cards/`` (replacing an earlier copy of it)."""
    from fieldsafe.atomicfile import write_atomic

    cards = check_folder(folder) / CARDS
    _not_links(cards)
    try:
        cards.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    path = cards / f"{card.fingerprint}{CARD_SUFFIX}"
    write_atomic(path, card.to_text().encode("utf-8"))
    return path


def cards(folder: Path) -> Iterator[Card]:
    """The cards left in ``cards/`` that read as cards (others are skipped):
    convenience copies, never trusted until the safety number is compared."""
    directory = check_folder(folder) / CARDS
    if directory.is_symlink():
        return  # not the folder's own (see _not_links)
    try:
        paths = sorted(directory.iterdir())
    except OSError:
        return
    for path in paths:
        if path.suffix != CARD_SUFFIX or path.name.startswith("."):
            continue
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_CARD_BYTES + 1)
            if len(data) > MAX_CARD_BYTES:
                continue
            yield Card.from_text(data)
        except (OSError, BadInputFile, ValueError):
            continue


def new_backup_path(folder: Path) -> Path:
    """A new random name for a backup in ``backups/`` (the directory is made)."""
    directory = check_folder(folder) / BACKUPS
    _not_links(directory)
    try:
        directory.mkdir(exist_ok=True)
    except OSError as exc:
        raise StorageFailed(exc.errno) from None
    return directory / f"{secrets.token_hex(16)}{BACKUP_SUFFIX}"
