"""Encrypted backups on a schedule into a folder: reached as
``vault.backup_schedule``.

The person chooses a folder (a team folder, or a folder that a sync engine
carries to their other device) and how often; FieldSafe then writes the
usual encrypted backup (:func:`fieldsafe.vault.backup.write_backup`) into
``<folder>/backups/`` under a random name
(:func:`fieldsafe.exchange.team_folder.new_backup_path`). Only the
passphrase or recovery code valid when it was made opens it: whoever keeps
the folder (the organisation, a sync engine, another device) can store the
file but never read it, and the journal stays as private inside it as it is
in the vault.

Where, how often, when last, and the names of the backups this vault wrote
there are the ``backup_schedule`` row (schema 11, one row at most). Only the
newest :data:`KEEP` of the backups *this vault* wrote there are kept; older
ones it wrote are removed, and no other file in the folder is ever touched.

Writing one, step by step (:meth:`BackupSchedule.run`):

1. the folder must be there (:class:`~fieldsafe.errors.TeamFolderMissing`,
   nothing changes) and the vault writable;
2. the new random name joins the list of names this vault wrote, *before*
   the file is written: whatever happens next (the vault locked meanwhile,
   the process killed), a file of that name is one this vault may remove;
3. the backup is written as every backup is: complete or not at all (a full
   disk is :class:`~fieldsafe.errors.StorageFailed` and leaves nothing in
   the folder); on failure the name leaves the list again;
4. ``last_at`` is recorded;
5. the oldest names beyond :data:`KEEP` are removed from the folder and the
   list (a file that cannot be removed now stays listed for the next time).

Whether the last try worked is kept in memory for as long as the vault is
unlocked (:attr:`Schedule.failure`); nothing about a failure is written.
Times come from the vault's clock (``vault.clock``), so tests move time.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fieldsafe.atomicfile import fsync_dir
from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.errors import InvalidRecord, VaultError, VaultReadOnly
from fieldsafe.exchange import team_folder

if TYPE_CHECKING:
    from collections.abc import Callable

    from fieldsafe.vault.db import Database

log = logging.getLogger("fieldsafe.vault")

#: how many of the backups this vault wrote into the folder are kept
KEEP = 3
EVERY_DAY = 24
EVERY_WEEK = 7 * 24
#: what the GUI offers (the CLI takes any number of hours from 1 to MAX_HOURS)
CHOICES = (EVERY_DAY, EVERY_WEEK)
MAX_HOURS = 366 * 24
#: after a failed try, the next one waits this long (unless asked for)
RETRY_AFTER = timedelta(hours=1)
_NAME = re.compile(r"[0-9a-f]{32}" + re.escape(team_folder.BACKUP_SUFFIX) + r"\Z")


@dataclass(frozen=True)
class Schedule:
    """Where and how often; when the last backup was written; the names of
    the backups this vault wrote there, oldest first; and, while unlocked,
    when the last try failed and why (``None`` after one that worked)."""

    folder: Path
    every_hours: int
    last_at: datetime | None
    written: tuple[str, ...] = ()
    failed_at: datetime | None = None
    failure: VaultError | None = None

    @property
    def due_at(self) -> datetime | None:
        """When the next backup is due; ``None``: now (none written yet)."""
        if self.last_at is None:
            return None
        return self.last_at + timedelta(hours=self.every_hours)

    def due(self, now: datetime) -> bool:
        """Whether a backup is due at ``now``: none written yet, the time
        has come, or the last one seems to lie ahead (the clock was put back)."""
        if self.last_at is None or now < self.last_at:
            return True
        return now >= self.last_at + timedelta(hours=self.every_hours)

    def next_try(self, now: datetime) -> datetime:
        """When to try next without being asked: when due, but not sooner
        than :data:`RETRY_AFTER` after a failed try."""
        at = now if self.due(now) else (self.due_at or now)
        if self.failed_at is not None and now >= self.failed_at:
            at = max(at, self.failed_at + RETRY_AFTER)
        return at


def check_hours(every_hours: object) -> int:
    """``every_hours`` as a whole number of hours from 1 to :data:`MAX_HOURS`,
    else :class:`InvalidRecord`."""
    if isinstance(every_hours, bool) or not isinstance(every_hours, int):
        raise InvalidRecord("every_hours", "not_a_number")
    if not 1 <= every_hours <= MAX_HOURS:
        raise InvalidRecord("every_hours", "out_of_range")
    return every_hours


def _folder(folder: Path | str) -> Path:
    path = Path(folder).expanduser()
    if not str(folder).strip():
        raise InvalidRecord("folder", "required")
    if not path.is_absolute():
        path = path.absolute()
    return team_folder.check_folder(path)


class BackupSchedule:
    """``vault.backup_schedule``: see the module docstring."""

    def __init__(self, vault: Database) -> None:
        self._vault = vault
        self._running = threading.Lock()  # one run at a time in this process
        self._failed: tuple[datetime, VaultError] | None = None

    # -- the schedule ---------------------------------------------------------
    def get(self) -> Schedule | None:
        """The schedule, or ``None`` when backups on a schedule are off."""
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT folder, every_hours, last_at, written FROM backup_schedule WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        folder, every_hours, last_at, written = row
        failed_at, failure = self._failed or (None, None)
        return Schedule(
            Path(folder),
            int(every_hours),
            from_iso(last_at) if last_at else None,
            tuple(_names(written)),
            failed_at,
            failure,
        )

    def set(self, folder: Path | str, every_hours: int) -> Schedule:
        """Back up into ``folder`` (a directory there now, else
        :class:`~fieldsafe.errors.TeamFolderMissing`) every ``every_hours``
        hours (1 to :data:`MAX_HOURS`, else :class:`InvalidRecord`). Choosing
        another folder starts afresh there: the next backup is due at once,
        and the backups written into the earlier folder stay where they are."""
        hours = check_hours(every_hours)
        path = str(_folder(folder))
        with self._vault.transaction() as db:
            row = db.execute("SELECT folder FROM backup_schedule WHERE id = 1").fetchone()
            if row is not None and row[0] == path:
                db.execute("UPDATE backup_schedule SET every_hours = ? WHERE id = 1", (hours,))
            else:
                db.execute(
                    "INSERT INTO backup_schedule (id, folder, every_hours, last_at, written)"
                    " VALUES (1, ?, ?, NULL, '[]') ON CONFLICT (id) DO UPDATE SET"
                    " folder = excluded.folder, every_hours = excluded.every_hours,"
                    " last_at = NULL, written = '[]'",
                    (path, hours),
                )
        self._failed = None
        log.info("backup_schedule_set", extra={"counts": {"every_hours": hours}})
        schedule = self.get()
        assert schedule is not None
        return schedule

    def clear(self) -> None:
        """Backups on a schedule off. The backups written stay where they are."""
        with self._vault.transaction() as db:
            db.execute("DELETE FROM backup_schedule WHERE id = 1")
        self._failed = None
        log.info("backup_schedule_cleared")

    def due(self, now: datetime | None = None) -> bool:
        """Whether a backup is due (at ``now``; default: the vault's clock)."""
        schedule = self.get()
        return schedule is not None and schedule.due(now or self._vault.clock.now())

    # -- writing ----------------------------------------------------------------
    def run(self, *, force: bool = False) -> Path | None:
        """Write a backup into the folder if one is due (or ``force``); its
        path, or ``None`` when none is due or backups on a schedule are off.
        Raises what stopped it (:class:`~fieldsafe.errors.TeamFolderMissing`,
        :class:`~fieldsafe.errors.StorageFailed`, ...) with nothing left
        half-written and ``last_at`` unchanged. Slow: call it off the GUI
        thread."""
        with self._running:
            schedule = self.get()
            if schedule is None:
                return None
            if not force and not schedule.due(self._vault.clock.now()):
                return None
            try:
                path = self._write(schedule.folder)
            except VaultError as exc:
                self._failed = (self._vault.clock.now(), exc)
                log.info("scheduled_backup_failed", exc_info=(type(exc), exc, None))
                raise
            self._failed = None
            return path

    def _write(self, folder: Path) -> Path:
        from fieldsafe.vault.backup import write_backup

        if self._vault.read_only:
            raise VaultReadOnly()
        target = team_folder.new_backup_path(folder)  # TeamFolderMissing when it is not there
        self._listed(lambda names: [*names, target.name])
        try:
            write_backup(self._vault, target, overwrite=False)
        except BaseException:
            with contextlib.suppress(VaultError):
                self._listed(lambda names: [n for n in names if n != target.name])
            raise
        with self._vault.transaction() as db:
            db.execute(
                "UPDATE backup_schedule SET last_at = ? WHERE id = 1",
                (to_iso(self._vault.clock.now()),),
            )
        self._prune(target.parent)
        log.info("scheduled_backup_written")
        return target

    def _listed(self, change: Callable[[list[str]], list[str]]) -> list[str]:
        """Change the list of names this vault wrote (in one transaction)."""
        with self._vault.transaction() as db:
            row = db.execute("SELECT written FROM backup_schedule WHERE id = 1").fetchone()
            if row is None:
                return []
            names = [n for n in change(_names(row[0])) if _NAME.match(n)]
            db.execute("UPDATE backup_schedule SET written = ? WHERE id = 1", (json.dumps(names),))
        return names

    def _prune(self, directory: Path) -> None:
        """Remove the backups this vault wrote beyond the newest :data:`KEEP`.
        Best effort: one that cannot be removed now stays listed."""
        kept_back: list[str] = []

        def prune(names: list[str]) -> list[str]:
            older, newest = names[:-KEEP], names[-KEEP:]
            for name in older:
                try:
                    os.unlink(directory / name)
                except FileNotFoundError:
                    pass
                except OSError:
                    kept_back.append(name)
            return [*kept_back, *newest]

        try:
            self._listed(prune)
        except VaultError as exc:
            log.warning("scheduled_backup_prune_failed", exc_info=(type(exc), exc, None))
            return
        if kept_back:
            log.warning("scheduled_backup_not_removed", extra={"counts": {"files": len(kept_back)}})
        with contextlib.suppress(OSError):
            fsync_dir(directory)


def _names(text: str) -> list[str]:
    """The names stored in ``written`` that are names this module gives."""
    try:
        found = json.loads(text)
    except (TypeError, ValueError):
        return []
    if not isinstance(found, list):
        return []
    return [n for n in found if isinstance(n, str) and _NAME.match(n)]
