"""Process start: hardening, logging, arguments, translators, QApplication,
then the first-run wizard or the unlock screen.

``fieldsafe [--vault DIR] [--lang CODE] [--portable] [--version]``;
``python -m fieldsafe`` is the same. :func:`start` does everything but run the
event loop, for tests and benchmarks.

``--portable`` (or a ``portable`` file beside FieldSafe) is taken first, before
Qt is imported: everything goes under ``data/`` beside the app
(:func:`fieldsafe.paths.use_portable_if_asked`). ``FIELDSAFE_EXIT_AFTER_SHOWN=1``
quits once the first screen has been shown, printing ``shown: lock-screen`` or
``shown: first-run`` (tests of the built bundle, start-up timing).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from fieldsafe import eventlog, paths
from fieldsafe.hardening import harden_process

if TYPE_CHECKING:  # Qt is imported lazily
    from fieldsafe.ui.shell.session import Session

log = logging.getLogger("fieldsafe.app")


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """FieldSafe's options, and whatever is left for Qt (e.g. ``-platform``)."""
    parser = argparse.ArgumentParser(
        prog="fieldsafe", description="FieldSafe: encrypted field records."
    )
    parser.add_argument(
        "--vault", metavar="DIR", type=Path, help="the vault folder (default: the usual place)"
    )
    parser.add_argument("--lang", metavar="CODE", help="interface language, e.g. ar, es, fr")
    parser.add_argument(
        paths.PORTABLE_FLAG,
        action="store_true",
        help="keep everything in the data folder beside FieldSafe, nowhere else on this "
        "computer (also on when a file named 'portable' is there)",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="show the version, licence, source and SQLCipher and Qt versions, then exit",
    )
    parser.add_argument(
        "--self-check",
        metavar="CHECK",
        choices=["fonts"],
        help="check this copy of FieldSafe, print the result as JSON and exit "
        "(fonts: every supported script is drawn by the bundled fonts)",
    )
    return parser.parse_known_args(list(argv))


def start(argv: Sequence[str] | None = None) -> Session | None:
    """Everything :func:`main` does except running the event loop: returns the
    :class:`~fieldsafe.ui.shell.session.Session`, its unlock screen (or first-run
    wizard) already shown. Reuses an existing ``QApplication``. ``None`` if
    another FieldSafe window already shows the vault: that window was asked to
    come forward and the person was told (one window per vault)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from fieldsafe.ui.common import accessible_role, fonts, i18n, icons, theme
    from fieldsafe.ui.shell import settings
    from fieldsafe.ui.shell.preference_changes import changes
    from fieldsafe.ui.shell.session import Session
    from fieldsafe.ui.shell.single_window import SingleWindow, refuse

    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    prefs = settings.load()
    settings.seal_qsettings()
    app = cast("QApplication | None", QApplication.instance())  # FieldSafe's are QApplications
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "fieldsafe", *qt_args])
    accessible_role.install()  # after QApplication: its charts are charts to a screen reader
    QApplication.setApplicationName("FieldSafe")
    QApplication.setDesktopFileName("org.fieldsafe.FieldSafe")  # the menu entry, on Wayland
    app.setWindowIcon(QIcon(str(icons.ICON_DIR / "fieldsafe.svg")))  # packaging/icons
    fonts.install(app)  # before any widget exists: no script is drawn as boxes
    i18n.install_translators(app, args.lang or prefs.language)  # before any widget exists
    if prefs.font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * prefs.font_scale)
        app.setFont(font)
    theme.apply(app, prefs.theme)  # after the font: sizes follow it
    vault_dir = (args.vault if args.vault is not None else paths.default_vault_dir()).expanduser()
    claim = SingleWindow.claim(vault_dir)  # held from the first window until quitting
    if claim is None:
        refuse(vault_dir)
        return None
    session = Session(vault_dir, idle_lock_minutes=prefs.idle_lock_minutes)
    changes().idle_lock_minutes.connect(session.idle.set_minutes)  # at once
    session.hold(claim)
    session.start()
    log.info("app_started")
    return session


_quit_requested = False


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        paths.use_portable_if_asked(arguments)  # before Qt, the log and the vault
    except OSError as exc:
        return _refuse_portable(exc)
    options = parse_args(arguments)[0]  # (--help prints and exits here)
    if options.version:
        return _print_version()
    if options.self_check:  # the built bundle's tests (packaging/README.md)
        from fieldsafe.ui import selfcheck

        return selfcheck.run(options.self_check)
    logging_to_file = _log_to_file()
    _catch_quit_signals()  # before anything is shown: a signal during start-up is not lost
    session = start(argv)
    if session is None:
        return 0  # another window shows this vault: refused calmly, not an error
    from PySide6.QtWidgets import QApplication

    if not logging_to_file:
        session.say_running_without_log()
    if os.environ.get("FIELDSAFE_EXIT_AFTER_SHOWN") == "1":
        _exit_after_shown(session)
    _quit_cleanly_on_signals()
    code = QApplication.exec()
    session.shutdown()
    return int(code)


def _print_version() -> int:
    """``--version``, without starting a GUI (Qt's version is a plain call)."""
    import PySide6
    from PySide6.QtCore import qVersion

    from fieldsafe import version_text

    text = version_text("fieldsafe", qt=f"Qt {qVersion()} (PySide6 {PySide6.__version__})")
    with contextlib.suppress(AttributeError, OSError):  # a Windows GUI program has no stdout
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def _refuse_portable(error: OSError) -> int:
    """Portable mode was asked for but its folder cannot be written: say so
    and stop, rather than write on this computer."""
    folder = getattr(error, "folder", None)
    if folder is None:
        _say("--portable works for the downloaded FieldSafe or a source checkout only.")
        return 64
    _say(f"portable mode: cannot write in {folder}.")
    from fieldsafe.ui.shell.about import portable_refused

    portable_refused(folder)
    return 1


def _exit_after_shown(session: Session) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def shown() -> None:
        QApplication.processEvents()  # the first paint
        wizard = session.wizard is not None and session.wizard.isVisible()
        with contextlib.suppress(AttributeError, OSError):
            sys.stdout.write(f"shown: {'first-run' if wizard else 'lock-screen'}\n")
            sys.stdout.flush()
        QApplication.quit()

    QTimer.singleShot(0, shown)


def _log_to_file() -> bool:
    """FieldSafe's log file, if its folder can be written; else none, said
    once in one line here (and calmly in the window, by the caller). If the
    file stops taking writes later (a full disk), the log stops, said once."""
    try:
        eventlog.configure(paths.log_file(), on_failure=_log_stopped)
    except OSError:
        eventlog.configure_nowhere()
        _say("the log folder cannot be written; running without a log file.")
        return False
    return True


def _log_stopped() -> None:
    _say("the log file cannot be written any more; running without it.")


def _say(line: str) -> None:
    """One line on stderr (if there is one)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(f"fieldsafe: {line}\n")
        sys.stderr.flush()


#: the signals that quit FieldSafe cleanly (log-out and shutdown send SIGTERM)
_QUIT_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


class _Wakeup:
    """Where Python writes each caught signal's number (``signal.set_wakeup_fd``):
    the event loop watches the read end, so the process wakes only when a
    signal came, never to poll. A pipe; a socket pair on Windows, where the
    wake-up must be a socket. Non-blocking, open for the process's life."""

    def __init__(self) -> None:
        if os.name == "nt":
            import socket

            self._pair = socket.socketpair()
            for end in self._pair:
                end.setblocking(False)
            self.reader, self.writer = (end.fileno() for end in self._pair)
        else:
            self.reader, self.writer = os.pipe()
            os.set_blocking(self.reader, False)
            os.set_blocking(self.writer, False)

    def drain(self) -> bytes:
        """The numbers of the signals that came since the last call."""
        arrived = b""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while chunk := (
                self._pair[0].recv(64) if os.name == "nt" else os.read(self.reader, 64)
            ):
                arrived += chunk
        return arrived


_wakeup: _Wakeup | None = None


def _quit_signal_numbers() -> set[int]:
    return {int(getattr(signal, name)) for name in _QUIT_SIGNALS if hasattr(signal, name)}


def _catch_quit_signals() -> None:
    """Catch the quit signals from now on: a handler that notes the request
    (and quits a running event loop), and a wake-up descriptor written from
    C the moment one arrives, even while Qt's loop waits in C++."""
    global _wakeup

    def requested(*_: object) -> None:
        global _quit_requested
        _quit_requested = True
        widgets = sys.modules.get("PySide6.QtWidgets")  # never import Qt in a handler
        if widgets is not None:
            widgets.QApplication.quit()  # takes effect if the event loop already runs

    for number in _quit_signal_numbers():
        signal.signal(number, requested)
    try:
        wakeup = _Wakeup()
        signal.set_wakeup_fd(wakeup.writer, warn_on_full_buffer=False)
    except (OSError, ValueError):  # none here: _quit_cleanly_on_signals polls instead
        log.warning("signal_wakeup_unavailable")
        return
    _wakeup = wakeup


def _quit_cleanly_on_signals() -> None:
    """Log-out, shutdown and ``kill`` send SIGTERM (a terminal SIGINT or
    SIGHUP): quit through the event loop so the session locks properly
    (edit saved, WAL truncated, keys wiped) instead of dying mid-way.

    Python runs its handlers only between bytecodes, never while Qt's loop
    waits in C++; so the loop watches the wake-up descriptor (a
    ``QSocketNotifier``) and quits when a quit signal's number arrives
    there. A signal that came before the loop ran quits at its first turn."""
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    def check() -> None:
        if _quit_requested:
            QApplication.quit()

    QTimer.singleShot(0, check)  # a signal during start-up: its quit() found no loop
    if _wakeup is None:  # no wake-up descriptor: look a few times a second, as before
        poll = QTimer(QApplication.instance())
        poll.timeout.connect(check)
        poll.start(250)
        return
    wakeup = _wakeup
    quitting = _quit_signal_numbers()

    def woken() -> None:
        global _quit_requested
        # The numbers say which signals came, whether or not Python has run
        # their handlers yet (the signal may have reached another thread).
        if quitting.intersection(wakeup.drain()):
            _quit_requested = True
        check()

    notifier = QSocketNotifier(wakeup.reader, QSocketNotifier.Type.Read, QApplication.instance())
    notifier.activated.connect(woken)
