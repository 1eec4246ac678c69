"""``fieldsafe-cli``: FieldSafe without a window, for backups, scripting,
migration, support and tests.

It uses the same :class:`~fieldsafe.vault.Vault` service as the GUI.
Passphrases come from a prompt, or one per line on standard input with
``--passphrase-stdin``; never from arguments or environment variables (they
would end up in shell history and process listings).

Errors are one line on stderr, worded by :func:`fieldsafe.messages.describe`
(the one place that words errors), with no traceback and no record content.
Exit codes::

    0 ok · 1 failed · 2 wrong passphrase · 3 vault damaged or not a vault ·
    4 bad input file · 64 usage

On a full disk the vault opens to read only: ``verify``, ``search``,
``export`` and ``backup`` still work and exit 0 with one line on stderr that
says so; a command that writes fails with exit 1, "The disk is full…".

Importing this module stays light (no Qt, no SQLCipher): commands import what
they need. It never imports Qt or the GUI package (``tests/test_layers.py``);
messages are worded by the Qt-free :mod:`fieldsafe.messages`, in English for now.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from fieldsafe import errors, paths
from fieldsafe.core.records import KINDS

if TYPE_CHECKING:
    from fieldsafe.exchange.identity import Card
    from fieldsafe.vault import Clashes, RecordUpdate, Vault

PROG = "fieldsafe-cli"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_WRONG_PASSPHRASE = 2
EXIT_DAMAGED = 3
EXIT_BAD_INPUT = 4
EXIT_USAGE = 64
EXIT_INTERRUPTED = 130

_EXIT_CODES: tuple[tuple[type[errors.VaultError], int], ...] = (
    (errors.WrongPassphrase, EXIT_WRONG_PASSPHRASE),
    (errors.VaultDamaged, EXIT_DAMAGED),
    (errors.NotAVault, EXIT_DAMAGED),
    (errors.KeyFileMissing, EXIT_DAMAGED),
    (errors.KeyFileDamaged, EXIT_DAMAGED),
    (errors.VaultTooNew, EXIT_DAMAGED),
    (errors.BadInputFile, EXIT_BAD_INPUT),
    (errors.InvalidRecord, EXIT_BAD_INPUT),
)

MAX_DEMO_RECORDS = 1_000_000
MAX_DEMO_INCIDENTS = 100_000
DEMO_INCIDENTS = 30
MAX_SEARCH_LIMIT = 10_000

log = logging.getLogger("fieldsafe.cli")


def exit_code(error: BaseException) -> int:
    """The documented exit code for a typed vault error (1 for the rest)."""
    for kind, code in _EXIT_CODES:
        if isinstance(error, kind):
            return code
    return EXIT_FAILED


class UsageError(Exception):
    """The command line itself is wrong (exit 64). The message is argparse's
    or ours, in English, and never echoes unrecognised arguments."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage


class CommandFailed(Exception):
    """A problem only the CLI can have (the two new passphrases differ, ...).
    Exit 1 with this message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# -- entry point ---------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run one command; return its exit code. Never raises, never prints a
    traceback."""
    from fieldsafe.hardening import harden_process

    harden_process()  # as the GUI does: no core dumps, not dumpable
    try:
        _portable_if_asked(sys.argv[1:] if argv is None else argv)  # before the log file
        args = build_parser().parse_args(argv)  # --version and --help write no log
        with _logging_to_file():
            return int(args.handler(args, _Passphrases(getattr(args, "passphrase_stdin", False))))
    except UsageError as exc:
        if exc.usage:
            sys.stderr.write(exc.usage)
        _say_error(f"error: {exc.message}")
        return EXIT_USAGE
    except errors.VaultError as exc:
        _say_error(_describe(exc))
        return exit_code(exc)
    except CommandFailed as exc:
        _say_error(exc.message)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say_error("interrupted.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()  # `fieldsafe-cli search x | head`: not an error worth words
        return EXIT_FAILED
    except SystemExit as exc:  # argparse after --help / --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback, no content
        _say_error(f"{_describe(exc)} ({type(exc).__name__})")
        return EXIT_FAILED


def _portable_if_asked(argv: list[str]) -> None:
    """``--portable`` or the ``portable`` file: everything under ``data/``
    beside FieldSafe (:func:`fieldsafe.paths.use_portable_if_asked`)."""
    try:
        paths.use_portable_if_asked(argv)
    except paths.PortableFolderUnwritable as exc:
        raise CommandFailed(
            f"portable mode: cannot write in {exc.folder}. Move FieldSafe's folder to a place "
            "you can write to, or start it without portable mode."
        ) from None
    except FileNotFoundError:
        raise UsageError(
            "--portable works for the downloaded FieldSafe or a source checkout, "
            "not for a package installed with pip"
        ) from None


class _Version(argparse.Action):
    """``--version``: the version, licence, source, SQLCipher and SQLite."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show the version, licence, source and SQLCipher version, then exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        from fieldsafe import version_text

        sys.stdout.write(version_text(PROG))
        parser.exit()


def _describe(error: BaseException) -> str:
    from fieldsafe.messages import describe

    return describe(error)


def _say_error(message: str) -> None:
    # One line whatever the translation holds.
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)


def _silence_stdout() -> None:
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def _logging_to_file() -> Iterator[None]:
    """Send the vault's events (names and counts only) to FieldSafe's log
    file for the length of the command, as the GUI does; never to stderr,
    which is for the one-line error. Restores the previous handlers after,
    so in-process callers (tests) are left as they were."""
    from fieldsafe import eventlog

    logger = logging.getLogger("fieldsafe")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    try:
        eventlog.configure(paths.log_file())
    except OSError:
        logger.handlers[:] = [logging.NullHandler()]
        logger.propagate = False
    try:
        yield
    except Exception as exc:
        if not isinstance(exc, errors.VaultError | UsageError | CommandFailed | BrokenPipeError):
            log.error("cli_failed", exc_info=(type(exc), exc, None))
        raise
    finally:
        for handler in logger.handlers:
            if handler not in saved[0]:
                handler.close()
        logger.handlers[:], logger.level, logger.propagate = saved


# -- arguments -----------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse would exit 2, which here means "wrong passphrase".
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (passphrases are never given as arguments)"
        raise UsageError(message, self.format_usage())


def _positive(limit: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError("not a whole number") from None
        if not 1 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be between 1 and {limit}")
        return value

    return parse


def _count(limit: int) -> Callable[[str], int]:
    """A whole number from 0 to ``limit``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError("must be a whole number") from None
        if not 0 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be between 0 and {limit}")
        return value

    return parse


def _day(text: str) -> date:
    """A calendar day written YYYY-MM-DD."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError("must be a date written YYYY-MM-DD")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``--vault`` and ``--passphrase-stdin`` are
    accepted before or after the command)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--vault",
        type=Path,
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"the vault's folder (default: {paths.default_vault_dir()})",
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="read passphrases from standard input, one per line, instead of prompting",
    )
    common.add_argument(
        paths.PORTABLE_FLAG,
        action="store_true",
        default=argparse.SUPPRESS,
        help="keep vaults, settings, logs and temporary files in the data folder beside "
        "FieldSafe, nowhere else (also on when a file named 'portable' is there)",
    )
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description="FieldSafe without a window: create, check, import, export, search, delete, "
        "back up and restore encrypted vaults, and write the de-identified incident summary.",
        epilog="Exit codes: 0 ok, 1 failed, 2 wrong passphrase, 3 vault damaged or not a vault, "
        "4 bad input file, 64 usage.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    kind_names = sorted(KINDS)

    def command(name: str, handler: Callable[..., int], text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    command("init", cmd_init, "create a new vault; prints its recovery code once")
    command("verify", cmd_verify, "unlock and check every page of the vault")

    sub = command("import", cmd_import, "import records from an interchange file (all or nothing)")
    sub.add_argument("file", type=Path, metavar="FILE.json")

    sub = command("export", cmd_export, "export records to a PLAINTEXT interchange file")
    sub.add_argument("--out", type=Path, metavar="FILE.json", required=True)
    sub.add_argument(
        "--kind",
        action="append",
        choices=kind_names,
        metavar="KIND",
        help=f"only this kind of record (repeatable): {', '.join(kind_names)}",
    )
    sub.add_argument(
        "--include-private",
        action="store_true",
        help="also export private kinds (such as journal entries)",
    )
    sub.add_argument("--force", action="store_true", help="replace FILE.json if it exists")

    sub = command("search", cmd_search, "full-text search")
    sub.add_argument("query", metavar="QUERY")
    sub.add_argument(
        "--kind",
        action="append",
        choices=kind_names,
        metavar="KIND",
        help="only this kind of record (repeatable)",
    )
    sub.add_argument("--include-private", action="store_true", help="also search private kinds")
    sub.add_argument("--json", action="store_true", help="print the hits as JSON")
    sub.add_argument(
        "--limit",
        type=_positive(MAX_SEARCH_LIMIT),
        default=20,
        metavar="N",
        help="at most N hits (default 20)",
    )

    sub = command(
        "delete",
        cmd_delete,
        "delete one record for good, of any kind, with its earlier versions, attachments, "
        "drafts and search entries (asks first unless --yes)",
    )
    sub.add_argument("record", metavar="RECORD_ID")
    sub.add_argument("--yes", action="store_true", help="delete without asking")

    sub = command("backup", cmd_backup, "write an encrypted backup file (never overwrites)")
    sub.add_argument("--out", type=Path, metavar="FILE", required=True)

    sub = command("restore", cmd_restore, "restore a backup into a NEW vault folder (--vault DIR)")
    sub.add_argument("file", type=Path, metavar="FILE")

    sub = command(
        "passwd",
        cmd_passwd,
        "change the passphrase (asks for the old one, then the new one) and re-encrypt the "
        "vault under a new key, with a new recovery code",
    )
    sub.add_argument(
        "--keep-key",
        action="store_true",
        help="change only the passphrase: the vault's key and the recovery code stay",
    )

    _add_sharing_commands(command)
    from fieldsafe.cli.team import add_team_commands  # here: it imports this module

    add_team_commands(command, common)

    sub = command(
        "report",
        cmd_report,
        "write the de-identified incident summary (counts by month, type, setting and area; "
        "small counts hidden) to a PLAINTEXT CSV file",
    )
    sub.add_argument("--out", type=Path, metavar="FILE.csv", required=True)
    sub.add_argument(
        "--from", dest="since", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    sub.add_argument(
        "--to", dest="until", type=_day, metavar="DATE", help="last day, included (YYYY-MM-DD)"
    )
    sub.add_argument("--force", action="store_true", help="replace FILE.csv if it exists")

    sub = command("demo", cmd_demo, "create a NEW vault filled with fictional sample data")
    sub.add_argument("--records", type=_positive(MAX_DEMO_RECORDS), required=True, metavar="N")
    sub.add_argument(
        "--incidents",
        type=_count(MAX_DEMO_INCIDENTS),
        default=DEMO_INCIDENTS,
        metavar="M",
        help=f"fictional incidents to add, beside one risk assessment per starter template "
        f"(default {DEMO_INCIDENTS})",
    )
    sub.add_argument(
        "--seed",
        default=None,
        metavar="S",
        help="seed for the sample data (same seed, same records)",
    )
    from fieldsafe.cli.backup_schedule import add_backup_schedule_command  # it imports this module

    add_backup_schedule_command(command)
    return parser


def _add_sharing_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """identity, colleague, share and receive."""
    sub = command(
        "identity", cmd_identity, "show this vault's card (its public keys) to give to a colleague"
    )
    sub.add_argument("action", choices=["show"])
    sub.add_argument("--name", metavar="NAME", help="set the display name on the card first")
    sub.add_argument("--out", type=Path, metavar="FILE", help="also write the card to FILE")

    sub = command(
        "colleague",
        cmd_colleague,
        "add, list, verify, rename or remove colleagues' cards "
        "(add and verify print the safety number, each side's name above its own half)",
    )
    sub.add_argument("action", choices=["add", "list", "verify", "rename", "remove"])
    sub.add_argument(
        "target",
        nargs="?",
        metavar="FILE|NAME",
        help="a card file (add) or a colleague's name (verify, rename, remove)",
    )
    sub.add_argument(
        "new_name",
        nargs="?",
        metavar="NEW_NAME",
        help="rename: the name to show them under in this vault (their card is unchanged)",
    )
    sub.add_argument(
        "--yes",
        action="store_true",
        help="verify: the safety numbers were compared and match; remove: without asking",
    )

    sub = command(
        "share",
        cmd_share,
        "write one encrypted, signed share bundle of one or more records (plans, incidents, "
        "risk assessments, logs; never private kinds such as journal entries) for one or more "
        "verified colleagues",
    )
    sub.add_argument("records", nargs="+", metavar="RECORD_ID")
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--to",
        action="append",
        metavar="NAME",
        help="a verified colleague, by the name shown in 'colleague list' (repeatable: "
        "one bundle that each of them can open)",
    )
    target.add_argument(
        "--with-passphrase",
        action="store_true",
        help="encrypt with a bundle passphrase instead (when keys were never exchanged); asked after the vault's",
    )
    sub.add_argument("--out", type=Path, required=True, metavar="FILE")

    sub = command(
        "receive",
        cmd_receive,
        "check and import a share bundle (all or nothing); changes to records you have are "
        "shown field by field first, and asked about",
    )
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--yes", action="store_true", help="import changes to records you have without asking"
    )


def _vault_dir(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "vault", None)
    return Path(chosen) if chosen is not None else paths.default_vault_dir()


# -- passphrases ---------------------------------------------------------------


class _Passphrases:
    """Where passphrases come from: the terminal (without echo) or, with
    ``--passphrase-stdin``, standard input, one per line, in the order the
    command asks for them."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def existing(self, prompt: str = "Passphrase (or recovery code): ") -> str:
        return self._read(prompt)

    def new(self) -> str:
        """A new passphrase; asked twice at the terminal."""
        first = self._read("New passphrase: ")
        if not first:
            raise CommandFailed("The new passphrase is empty. Nothing has been changed.")
        if not self.from_stdin and self._read("New passphrase again: ") != first:
            raise CommandFailed("The two passphrases differ. Nothing has been changed.")
        return first

    def _read(self, prompt: str) -> str:
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UsageError("expected one more passphrase line on standard input")
            return line.removesuffix("\n").removesuffix("\r")
        if not _terminal_available():
            # getpass would fall back to reading stdin, echoing a warning:
            # say plainly how to script it instead.
            raise UsageError("no terminal to ask for the passphrase: use --passphrase-stdin")
        try:
            return getpass.getpass(prompt)
        except EOFError:
            raise UsageError(
                "no passphrase given (use --passphrase-stdin to read it from standard input)"
            ) from None


def _confirm(question: str) -> bool:
    """Ask a yes/no question at the terminal (never on standard input, which
    may carry passphrases); only "y" or "yes" agrees. Without a terminal it is
    a usage error: a script says ``--yes``."""
    if not _terminal_available():
        raise UsageError("no terminal to ask for confirmation: add --yes")
    return _ask_terminal(f"{question} [y/N] ").strip().casefold() in ("y", "yes")


def _ask_terminal(prompt: str) -> str:
    if os.name != "posix":
        return input(prompt)
    with open("/dev/tty", "r+", encoding="utf-8", errors="replace") as tty:
        tty.write(prompt)
        tty.flush()
        return tty.readline()


def _terminal_available() -> bool:
    if os.name != "posix":
        return True  # getpass reads the console directly there
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True


# -- commands ------------------------------------------------------------------


def _require_vault(directory: Path) -> None:
    """Fail before asking for a passphrase when there is nothing to open."""
    from fieldsafe.vault import vault_exists

    if not vault_exists(directory):
        raise errors.NotAVault()


def _open(args: argparse.Namespace, passphrases: _Passphrases) -> Vault:
    from fieldsafe.vault import Vault

    directory = _vault_dir(args)
    _require_vault(directory)
    return Vault.open(directory, passphrases.existing())


def _note_read_only(vault: Vault) -> None:
    """After a command that only reads: one line on stderr if the disk was
    full, so the vault opened to read only (it still exits 0)."""
    if vault.read_only:
        from fieldsafe.messages import read_only_note

        _say_error(read_only_note())


def _refuse_existing_vault(directory: Path) -> None:
    from fieldsafe.vault import vault_exists

    if vault_exists(directory):
        raise errors.VaultExists()


def _print_recovery_code(code: str) -> None:
    print("Recovery code:")
    print()
    print(f"    {code}")
    print()
    print("Write this recovery code down now and keep it somewhere safe, away from this computer.")
    print("It is shown only once. It opens the vault if the passphrase is ever forgotten.")


def cmd_init(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.vault import Vault

    directory = _vault_dir(args)
    _refuse_existing_vault(directory)
    vault, code = Vault.create(directory, passphrases.new())
    vault.lock()
    print("Vault created.")
    _print_recovery_code(code)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        vault.verify()
        count = vault.count()
    print(f"The vault is intact: every page checked, {count} records.")
    _note_read_only(vault)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.core.interchange import open_interchange

    # A missing, unreadable or too large file is said before the passphrase is
    # asked; the records are checked as they are read, inside the import's one
    # transaction (all or nothing), so the file is never held whole in memory.
    with open_interchange(args.file) as source, _open(args, passphrases) as vault:
        result = vault.import_file(source)
    print(
        f"Imported {result.total} records: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} already up to date."
    )
    if result.kept_newer:
        print(
            f"{result.kept_newer} records were left as they are: the vault holds a later "
            "version of them than the file."
        )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    private = [k for k in args.kind or () if KINDS[k].private]
    if private and not args.include_private:
        raise UsageError(f"kind {private[0]} is private: add --include-private to export it")
    if args.out.exists() and not args.force:
        raise errors.TargetExists()
    with _open(args, passphrases) as vault:
        print(
            "Warning: the export is NOT encrypted. Anyone who can read the file can read these "
            "records. Keep it only as long as needed, then delete it.",
            file=sys.stderr,
        )
        count = vault.export_file(
            args.out,
            kinds=args.kind,
            include_private=args.include_private,
            overwrite=args.force,
        )
    print(f"Exported {count} records.")
    _note_read_only(vault)
    return EXIT_OK


_TERMINAL_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """Record text for a terminal: control characters (escape sequences could
    retitle the window or write the clipboard) shown as U+FFFD."""
    return _TERMINAL_CONTROLS.sub("\ufffd", text)


def cmd_search(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.vault import HIGHLIGHT_END, HIGHLIGHT_START

    with _open(args, passphrases) as vault:
        hits = vault.search(
            args.query, kinds=args.kind, include_private=args.include_private, limit=args.limit
        )
    _note_read_only(vault)
    if args.json:
        plain = str.maketrans("", "", HIGHLIGHT_START + HIGHLIGHT_END)
        doc = [
            {
                "id": hit.id,
                "kind": hit.kind,
                "occurred_at": hit.occurred_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "title": hit.title,
                "snippet": hit.snippet.translate(plain),
            }
            for hit in hits
        ]
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    marked = str.maketrans({HIGHLIGHT_START: "**", HIGHLIGHT_END: "**"})
    for hit in hits:
        print(f"{hit.occurred_at:%Y-%m-%d}  {hit.kind}  {hit.id}  {_printable(hit.title)}")
        print(f"    {_printable(' '.join(hit.snippet.translate(marked).split()))}")
    if not hits:
        print("No records found.", file=sys.stderr)
    return EXIT_OK


#: how ``delete`` names a record's kind
_KIND_WORDS = {
    "outreach_log": "outreach log",
    "person_code": "code-book entry",
    "debrief": "journal entry",
    "support_contact": "support contact",
    "self_care": "self-care item",
    "meeting_plan": "meeting plan",
    "incident": "incident",
    "risk_assessment": "risk assessment",
}


def cmd_delete(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.core.records import check_record_id

    try:
        record_id = check_record_id(args.record)
    except errors.InvalidRecord:
        raise UsageError("RECORD_ID is not a record id (search prints them)") from None
    with _open(args, passphrases) as vault:
        stored = vault.get_record(record_id)
        if stored is None:
            raise errors.NotFound()
        kind = _KIND_WORDS.get(stored.kind, stored.kind.replace("_", " "))
        if not args.yes and not _confirm(
            f"Delete this {kind} for good, with its earlier versions and attachments? "
            "This cannot be undone."
        ):
            raise CommandFailed("Nothing was deleted.")
        vault.delete(record_id)
    print(
        f"Deleted the {kind} and everything that belonged to it from the vault "
        "(backups made earlier still hold it)."
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    if args.out.exists():
        raise errors.TargetExists()
    with _open(args, passphrases) as vault:
        vault.backup(args.out, overwrite=False)
    print("Encrypted backup written. It opens with the passphrase or recovery code valid today.")
    _note_read_only(vault)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.vault import Vault

    directory = _vault_dir(args)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise errors.TargetExists()
    if not args.file.is_file():
        raise errors.BadInputFile("missing")
    passphrase = passphrases.existing("Passphrase (or recovery code) of the backup: ")
    Vault.restore(args.file, directory, passphrase)
    print("Backup restored into a new vault.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.vault import Vault

    directory = _vault_dir(args)
    _require_vault(directory)
    old = passphrases.existing("Current passphrase (or recovery code): ")
    with Vault.open(directory, old) as vault:  # wrong passphrase: fail before asking for a new one
        code = vault.change_passphrase(old, passphrases.new(), rekey=not args.keep_key)
    if code is None:
        print(
            "Passphrase changed. The old passphrase no longer opens the vault; "
            "the recovery code still does."
        )
        return EXIT_OK
    print(
        "Passphrase changed and the vault re-encrypted under a new key. The old passphrase, "
        "the old recovery code and earlier copies of vault.key no longer open it "
        "(backups made earlier still open with what was valid when they were made)."
    )
    _print_recovery_code(code)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.vault import Vault

    directory = _vault_dir(args)
    _refuse_existing_vault(directory)
    vault, code = Vault.create(directory, passphrases.new())
    with vault:
        print("Vault created for fictional sample data.")
        _print_recovery_code(code)
        sys.stdout.flush()
        added = vault.add_demo_records(args.records, seed=args.seed)
        assessments, incidents = vault.add_demo_safety_records(
            incidents=args.incidents, seed=args.seed
        )
    print(f"Added {added} fictional outreach logs.")
    print(f"Added {assessments} fictional risk assessments and {incidents} fictional incidents.")
    return EXIT_OK


#: how ``report`` words the summary's keys (the CLI speaks English)
_REPORT_WORDS = {
    "": {"total": "in all"},
    "total": {"all": "incidents"},
    "area": {"not_given": "not given", "other_areas": "other areas (each under 3)"},
}


def _report_word(section: str, value: str) -> str:
    return _REPORT_WORDS.get(section, {}).get(value) or value.replace("_", " ")


def cmd_report(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    if args.out.suffix.lower() != ".csv":
        raise UsageError("the summary is written as CSV: give --out a FILE.csv")
    if args.since and args.until and args.until < args.since:
        raise UsageError("--to is before --from")
    if args.out.exists() and not args.force:
        raise errors.TargetExists()
    until = args.until + timedelta(days=1) if args.until else None
    with _open(args, passphrases) as vault:
        print(
            "Warning: the summary file is NOT encrypted. It holds counts only, with small "
            "counts hidden, and no codes, names or notes; area names appear when at least 3 "
            "incidents share them.",
            file=sys.stderr,
        )
        summary = vault.incidents.write_summary_csv(
            args.out,
            since=args.since,
            until=until,
            label=_report_word,
            overwrite=args.force,
        )
    total = summary.section("total")
    if not total:
        print("Summary written: no incidents in this period.")
    elif total[0].count is None:
        print("Summary written: fewer than 3 incidents in this period, so every count is hidden.")
    else:
        print(f"Summary written: {total[0].count} incidents.")
    _note_read_only(vault)
    return EXIT_OK


# -- sharing -------------------------------------------------------------------


def cmd_identity(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.atomicfile import atomic_writer

    with _open(args, passphrases) as vault:
        identity = vault.sharing.set_name(args.name) if args.name else vault.sharing.identity()
        card = identity.card()
    print(card.to_text(), end="")
    print(f"Fingerprint: {card.fingerprint}")
    if args.out:
        with atomic_writer(args.out, overwrite=False) as out:
            out.write(card.to_text().encode("utf-8"))
        print("Card written. It holds only public keys; give it to your colleague.")
    return EXIT_OK


def cmd_colleague(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    if args.action in ("add", "verify", "rename", "remove") and not args.target:
        raise UsageError(
            f"colleague {args.action} needs a {'card file' if args.action == 'add' else 'name'}"
        )
    if (args.action == "rename") != bool(args.new_name):
        raise UsageError(
            "colleague rename needs the colleague's name and the new name"
            if args.action == "rename"
            else "a new name is given only to colleague rename"
        )
    card = _read_card(Path(args.target)) if args.action == "add" else None
    with _open(args, passphrases) as vault:
        if args.action == "list":
            return _list_colleagues(vault)
        if args.action == "remove":
            return _remove_colleague(vault, args.target, yes=args.yes)
        if args.action == "rename":
            return _rename_colleague(vault, args.target, args.new_name)
        if args.action == "add":
            assert card is not None
            entry = vault.sharing.add_card(card)
            print(f"Added {_printable(entry.name)} (not verified yet).")
        else:
            entry = vault.sharing.find(args.target)
        _print_safety_number(vault, entry.id)
        if args.action == "verify":
            if not args.yes:
                raise UsageError("compare the safety numbers in person, then run again with --yes")
            vault.sharing.verify(entry.id)
            print(f"{_printable(entry.name)} is verified.")
    return EXIT_OK


def _read_card(path: Path) -> Card:
    from fieldsafe.exchange.identity import Card

    try:
        data = path.read_bytes() if path.exists() else b""
    except OSError:
        raise errors.BadInputFile("unreadable") from None
    if not data:
        raise errors.BadInputFile("missing")
    return Card.from_text(data)


def _list_colleagues(vault: Vault) -> int:
    for entry in vault.sharing.all():
        state = (
            "verified"
            if entry.usable
            else ("KEY CHANGED: verify again" if entry.changed else "not verified")
        )
        print(f"{_printable(entry.name)}\t{state}\t{entry.card.fingerprint[:16]}")
    return EXIT_OK


def _print_safety_number(vault: Vault, entry_id: str) -> None:
    """Each side's name above its own half: mine by my name, theirs by the
    name this vault stores for them (never the name in their card)."""
    print("Safety number (compare it in person; it must be the same on both screens):")
    for half in vault.sharing.safety_halves(entry_id):
        print(f"    {_printable(half.name)}{' (you)' if half.mine else ''}")
        print(f"        {half.digits}")


def _rename_colleague(vault: Vault, name: str, new_name: str) -> int:
    """Store the name this vault shows a colleague under (``vault.sharing.rename``)."""
    entry = vault.sharing.find(name)
    clash = vault.sharing.name_clash(new_name, entry_id=entry.id)
    if clash is not None:
        whose = (
            "your own name"
            if clash == vault.sharing.identity().name
            else f"the name of {_printable(clash)}"
        )
        raise CommandFailed(
            f"That name is, or looks like, {whose}: choose one nobody can mistake for "
            "another. Nothing was changed."
        )
    try:
        renamed = vault.sharing.rename(entry.id, new_name)
    except errors.InvalidRecord:
        raise UsageError("the new name has nothing visible in it") from None
    print(
        f"{_printable(entry.name)} is now shown as {_printable(renamed.name)} in this vault. "
        "Their card is unchanged."
    )
    return EXIT_OK


def _remove_colleague(vault: Vault, name: str, *, yes: bool) -> int:
    entry = vault.sharing.find(name)
    shown = _printable(entry.name)
    if not yes and not _confirm(
        f"Remove {shown} from your colleagues? Records they sent stay in the vault."
    ):
        raise CommandFailed("Nothing was removed.")
    vault.sharing.remove_colleague(entry.id)
    print(
        f"Removed {shown}. Records they sent stay until you delete them; "
        "bundles from them are refused from now on."
    )
    return EXIT_OK


def _record_ids(texts: list[str]) -> list[str]:
    from fieldsafe.core.records import check_record_id

    try:
        return list(dict.fromkeys(check_record_id(t) for t in texts))
    except errors.InvalidRecord:
        raise UsageError("RECORD_ID is not a record id (search prints them)") from None


def _records_word(count: int) -> str:
    return "1 record" if count == 1 else f"{count} records"


def cmd_share(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    ids = _record_ids(args.records)
    if args.out.exists():
        raise errors.TargetExists()
    with _open(args, passphrases) as vault:
        for record_id in ids:  # a missing or private record: before anything is asked
            vault.sharing.shareable(record_id)
        if args.with_passphrase:
            secret = passphrases.existing(
                "Bundle passphrase (tell it to your colleague in person): "
            )
            if len(secret) < 10:
                raise CommandFailed(
                    "Use a bundle passphrase of at least 10 characters. Nothing was written."
                )
            vault.sharing.write_bundle(args.out, ids, passphrase=secret)
            print(f"Bundle written: {_records_word(len(ids))}, protected by the bundle passphrase.")
            return EXIT_OK
        recipients = []
        for name in dict.fromkeys(args.to):
            colleague = vault.sharing.find(name)
            if not colleague.usable:
                raise CommandFailed(
                    f"{_printable(colleague.name)} is not verified (or their key changed). "
                    "Compare safety numbers first: fieldsafe-cli colleague verify NAME --yes. "
                    "Nothing was written."
                )
            recipients.append(colleague)
        vault.sharing.write_bundle(args.out, ids, recipients=recipients)
    names = ", ".join(_printable(c.name) for c in dict((c.id, c) for c in recipients).values())
    print(
        f"Bundle written: {_records_word(len(ids))}, encrypted for {names} and for you. "
        "Only these people can open it."
    )
    return EXIT_OK


def _shown_value(value: object) -> str:
    """A field's value on one line, for a terminal (record text is data)."""
    if value is None or value == "" or value == []:
        return "(nothing)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        parts = [
            " / ".join(str(v) for v in item.values() if v not in (None, ""))
            if isinstance(item, dict)
            else str(item)
            for item in value
        ]
        text = "; ".join(parts)
    elif isinstance(value, dict):
        text = " / ".join(str(v) for v in value.values() if v not in (None, ""))
    else:
        text = str(value)
    text = " ".join(_printable(text).split())
    return text if len(text) <= 200 else text[:199] + "…"


def _field_words(field: str, part: str | None) -> str:
    from fieldsafe.core.plans import question

    if field == "scenarios" and part:
        return f"What will we do if… {part.replace('_', ' ')}:"
    try:
        label = question(field).label
    except KeyError:
        label = field.replace("_", " ").capitalize()
    return label if label.endswith(("?", ":")) else f"{label}:"


def _print_updates(updates: list[RecordUpdate]) -> None:
    """What a bundle changes in records this vault holds, field by field,
    before anything is asked or written (``vault.sharing.preview``)."""
    for update in updates:
        kind = _KIND_WORDS.get(update.kind, update.kind.replace("_", " "))
        title = f"“{_printable(update.title)}”" if update.title.strip() else "untitled"
        print(f"Changes to the {kind} {title}:")
        for change in update.changes:
            words = _field_words(change.field, change.part)
            print(f"    {words} {_shown_value(change.old)} → {_shown_value(change.new)}")
        if update.both_changed:
            print(
                f"    You changed {', '.join(update.both_changed)} too: their values will be "
                "taken, yours stay in the record's earlier versions."
            )


def cmd_receive(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    from fieldsafe.exchange.bundle import MAX_BUNDLE_BYTES

    try:
        with open(args.file, "rb") as fh:
            data = fh.read(MAX_BUNDLE_BYTES + 1)
    except FileNotFoundError:
        raise errors.BadInputFile("missing") from None
    except OSError:
        raise errors.BadInputFile("unreadable") from None
    with _open(args, passphrases) as vault:
        received = vault.sharing.open_received(
            data, lambda: passphrases.existing("Bundle passphrase: ")
        )
        assert received is not None  # the prompt never cancels
        # The sender by the name stored for their verified key, never the bundle's.
        sender = (
            f"{_printable(received.sender_name)} (verified)"
            if received.sender_name is not None
            else "a sender who is NOT verified (compare safety numbers when you can)"
        )
        updates = [u for u in vault.sharing.preview(received) if u.changes]
        if updates:
            print(f"From {sender}: changes to {_records_word(len(updates))} you have.")
            _print_updates(updates)
            sys.stdout.flush()
            if not args.yes and not _confirm("Import these changes?"):
                raise CommandFailed("Nothing was imported.")
        clashing: list[tuple[str, list[str]]] = []

        def take_theirs(clashes: Clashes) -> list[str]:
            names = [name for name, _mine, _theirs in clashes]
            clashing.append((clashes.title, names))
            return names

        result = vault.sharing.import_bundle(received, take_theirs)
        assert result is not None
        for title, names in clashing:
            print(
                f"In “{_printable(title)}”, both of you changed: {', '.join(names)}. "
                "Their values were taken; yours are in the record's earlier versions."
            )
    print(
        f"From {sender}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} already up to date."
    )
    if result.kept_newer:
        print(
            f"{_records_word(result.kept_newer)} left as you have them: you hold a later version."
        )
    if not received.addressed_to_me:
        print(
            "This bundle was not addressed to you: it names no recipient, so anyone who has "
            "its passphrase could open it."
        )
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
