"""One window per vault (docs/security.md, bar 20).

The GUI claims the vault it shows before its first window appears (the unlock
screen or the first run) and keeps the claim until it quits: the vault's
window lock (:class:`fieldsafe.vault.WindowLock`, an ``flock`` on an empty file
in the vault folder, which dies with the process) and a local server on which
a second FieldSafe started on the same vault asks for the window to come
forward. That second one is refused calmly (:func:`refuse`): it asks, says
"FieldSafe is already open on this vault" and exits without an error. Another
vault (``--vault``) opens in a window of its own; the CLI never claims a
vault.

The server's name is a hash of the user and the vault's full path, so neither
appears in it; it lives in the user's private runtime folder when there is
one (``XDG_RUNTIME_DIR``; in portable mode ``data/run`` beside the app), else
where Qt puts local servers, readable by the user only. Whatever arrives on
it, the only answer is to show the window the session already shows: the
unlock screen while locked, never a record.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from fieldsafe import paths
from fieldsafe.errors import VaultError
from fieldsafe.vault import WindowLock

log = logging.getLogger("fieldsafe.ui.shell.single_window")

RAISE = b"raise\n"
# how long a second instance waits for the first window's server, in ms
WAIT_MS = 1000
# a Unix socket's path must fit in sockaddr_un (104 bytes on macOS, 108 on Linux)
_SOCKET_PATH_MAX = 100


def server_name(vault_dir: Path) -> str:
    """The local server of the window showing ``vault_dir``, for this user."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    where = str(Path(vault_dir).expanduser().resolve())
    digest = hashlib.sha256("\0".join(("fieldsafe-window", user, where)).encode()).hexdigest()
    name = digest[:40]
    runtime = paths.runtime_dir()  # in portable mode, data/run beside the app
    if sys.platform != "win32" and runtime is not None and runtime.is_dir():
        full = str(runtime / name)
        if len(full.encode()) < _SOCKET_PATH_MAX:
            return full
    return name


class SingleWindow(QObject):
    """This process's claim on one vault; emits :attr:`raise_requested` when
    a second FieldSafe on the same vault asks for the window."""

    raise_requested = Signal()

    def __init__(
        self, lock: WindowLock | None, vault_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._server: QLocalServer | None = None
        if lock is not None:
            self._listen(server_name(vault_dir))

    @classmethod
    def claim(cls, vault_dir: Path, parent: QObject | None = None) -> SingleWindow | None:
        """The claim, or ``None`` if another window already shows this vault.
        If the lock cannot be taken at all (the folder cannot be made: a
        read-only or full disk), the window still opens, unguarded, and the
        vault's own errors say what is wrong when it is used."""
        try:
            lock = WindowLock.take(vault_dir)
        except VaultError as exc:
            log.warning("window_lock_unavailable", exc_info=(type(exc), exc, None))
            return cls(None, vault_dir, parent)
        if lock is None:
            return None
        return cls(lock, vault_dir, parent)

    def _listen(self, name: str) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A server of the same name can only be left by a window that died:
        # this process holds the vault's lock now.
        QLocalServer.removeServer(name)
        if not server.listen(name):
            log.warning("raise_server_unavailable")  # a second one is still refused, not raised
            return
        server.newConnection.connect(self._connected)
        self._server = server

    def _connected(self) -> None:
        server = self._server
        while server is not None and (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.bytesAvailable() < len(RAISE):
            return
        request = socket.read(len(RAISE)).data()
        socket.disconnectFromServer()
        if request == RAISE:
            log.info("window_raised")
            self.raise_requested.emit()

    def release(self) -> None:
        """Let the vault go (on quit). Idempotent."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def ask_to_raise(vault_dir: Path) -> bool:
    """Ask the window showing ``vault_dir`` to come forward; whether the
    request was delivered (a hung or unreachable window gets nothing)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(vault_dir))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(RAISE)
    sent = socket.waitForBytesWritten(WAIT_MS) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WAIT_MS)
    return sent


class AlreadyOpen:
    """The calm refusal: another FieldSafe window already shows the vault."""

    @classmethod
    def show(cls, parent: QWidget | None, *, raised: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        from fieldsafe.ui.common.dialogs import message_box  # only when refusing

        box = message_box(
            parent,
            QCoreApplication.translate("single_window", "FieldSafe is already open on this vault."),
            detail=(
                QCoreApplication.translate(
                    "single_window",
                    "Its window should now come to the front. "
                    "Only one window at a time can show a vault.",
                )
                if raised
                else QCoreApplication.translate(
                    "single_window",
                    "Switch to its window to go on. Only one window at a time can show a vault.",
                )
            ),
            icon=QMessageBox.Icon.Information,
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def refuse(vault_dir: Path) -> None:
    """A second FieldSafe on a vault a window already shows: ask that window
    to come forward, then say so calmly."""
    raised = ask_to_raise(vault_dir)
    log.info("second_window_refused", extra={"counts": {"raised": int(raised)}})
    AlreadyOpen.show(None, raised=raised)
