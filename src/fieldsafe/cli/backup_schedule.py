"""``fieldsafe-cli backup-schedule``: the encrypted backup written on a
schedule into a folder (a team folder, or one a sync engine carries to the
person's other device), on the same ``vault.backup_schedule`` the GUI uses.

Without options it says what is set. ``--folder DIR --every-hours N`` sets
it (either alone changes only that), ``--off`` turns it off (the backups
written stay), ``--run`` writes a backup if one is due and ``--run --now``
writes one now. A script run by the system's scheduler (cron, a systemd
timer) can call ``--run`` as often as it likes: it writes only when due.

The backup is the usual encrypted backup file: only the passphrase or
recovery code valid when it was made opens it; whoever keeps the folder can
store it but never read it, and the journal stays private inside it.
Errors follow the rest of the CLI (:mod:`fieldsafe.cli`): one line on
stderr, no record content.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fieldsafe.cli import (
    EXIT_OK,
    UsageError,
    _note_read_only,
    _open,
    _Passphrases,
    _positive,
    _printable,
)
from fieldsafe.core.clock import to_iso

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

#: the longest schedule accepted (vault/backup_schedule.py checks it again)
MAX_HOURS = 366 * 24
_EVERY = {24: "every day", 168: "every week"}


def add_backup_schedule_command(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``backup-schedule`` with the parser builder's ``command``."""
    sub = command(
        "backup-schedule",
        cmd_backup_schedule,
        "show or set the encrypted backup written on a schedule into a folder (a team folder, "
        "or one synced to your other device); only your passphrase or recovery code opens it",
    )
    sub.add_argument(
        "--folder", type=Path, metavar="DIR", help="back up into DIR/backups/ (DIR must exist)"
    )
    sub.add_argument(
        "--every-hours",
        type=_positive(MAX_HOURS),
        metavar="N",
        help="how often, in hours (24: every day, 168: every week; default 24)",
    )
    sub.add_argument(
        "--off", action="store_true", help="stop backing up on a schedule (backups stay)"
    )
    sub.add_argument("--run", action="store_true", help="write a backup now if one is due")
    sub.add_argument("--now", action="store_true", help="with --run: write one even if not due")


def _check_usage(args: argparse.Namespace) -> None:
    changing = args.folder is not None or args.every_hours is not None
    if args.off and (changing or args.run):
        raise UsageError("--off goes alone")
    if args.now and not args.run:
        raise UsageError("--now goes with --run")


def cmd_backup_schedule(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    _check_usage(args)
    with _open(args, passphrases) as vault:
        if args.off:
            vault.backup_schedule.clear()
            print("Backups on a schedule are off. The backups already written stay where they are.")
            return EXIT_OK
        if args.folder is not None or args.every_hours is not None:
            _set(vault, args.folder, args.every_hours)
        if args.run:
            _run(vault, force=args.now)
        _show(vault)
        _note_read_only(vault)
    return EXIT_OK


def _set(vault: Vault, folder: Path | None, hours: int | None) -> None:
    current = vault.backup_schedule.get()
    if folder is None:
        if current is None:
            raise UsageError("no folder is set yet: add --folder DIR")
        folder = current.folder
    if hours is None:
        hours = current.every_hours if current is not None else 24
    vault.backup_schedule.set(folder.expanduser().absolute(), hours)


def _run(vault: Vault, *, force: bool) -> None:
    if vault.backup_schedule.get() is None:
        raise UsageError("no folder is set: add --folder DIR first")
    written = vault.backup_schedule.run(force=force)
    if written is None:
        print("No backup was due, so none was written (--run --now writes one anyway).")
        return
    print(
        f"Encrypted backup written: {_printable(str(written))}\n"
        "It opens only with your passphrase or recovery code valid today."
    )


def _show(vault: Vault) -> None:
    schedule = vault.backup_schedule.get()
    if schedule is None:
        print("Backups on a schedule: off.")
        return
    every = _EVERY.get(schedule.every_hours, f"every {schedule.every_hours} hours")
    print(f"Folder: {_printable(str(schedule.folder))}")
    print(f"How often: {every}")
    if schedule.last_at is None:
        print("Last backup: none yet (one is due now)")
    else:
        print(f"Last backup: {to_iso(schedule.last_at)}")
        if schedule.due_at is not None:
            print(f"Next due: {to_iso(schedule.due_at)}")
    print(
        f"Backups this vault keeps there: {len(schedule.written)} "
        "(older ones it wrote are removed; nothing else in the folder is touched)"
    )
