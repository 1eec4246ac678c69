"""The encrypted backup on a schedule, while the vault is unlocked.

The session makes one :class:`BackupRunner` at the first unlock. It reads
``vault.backup_schedule`` at each unlock (a backup due then is written
:data:`AFTER_UNLOCK_MS` later, so unlocking stays quick) and then sleeps on
a single-shot ``QTimer`` until the next backup is due: no polling, and no
timer at all without a schedule. A computer
that slept through that moment (a ``QTimer`` does not count suspended time)
is caught up at the idle lock's next look at the wall clock
(:attr:`IdleLock.looked`, the one periodic wake-up there is anyway), which
costs a comparison of two times. The backup itself is written on a worker
thread (:mod:`fieldsafe.ui.common.ops`); the window's reads and saves go on.

A failure (the folder is not there, the disk is full) is said once, calmly,
in the main window's status bar, and not again until a backup has worked or
the schedule was changed; the next try waits an hour
(``Schedule.next_try``). Nothing is lost either way: a failed backup leaves
nothing behind and the vault is untouched.

:func:`changes` ties the runner to the Preferences section
(:mod:`.scheduled_backup`): ``changed`` when the schedule was set, cleared
or a backup was made there (the runner plans again), ``ran`` after the
runner tried (the section shows how it went).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from fieldsafe.errors import TeamFolderMissing
from fieldsafe.messages import describe_task
from fieldsafe.ui.common import ops

if TYPE_CHECKING:
    from fieldsafe.ui.shell.session import Session
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.backup_runner")

#: a backup due at unlock waits this long, so unlocking stays quick
AFTER_UNLOCK_MS = 15_000
#: a QTimer takes at most ~24 days; the runner never sets one longer than a day
LONGEST_WAIT_MS = 24 * 3600 * 1000
#: how long the "backup written" note stays in the status bar
NOTE_MS = 10_000


def _t(text: str) -> str:
    return QCoreApplication.translate("ScheduledBackup", text)


class _Changes(QObject):
    changed = Signal()  # the schedule was set or cleared, or a backup made by hand
    ran = Signal()  # the runner tried a backup (it worked or not)


_changes: _Changes | None = None


def changes() -> _Changes:
    global _changes
    if _changes is None:
        _changes = _Changes(QCoreApplication.instance())
    return _changes


def describe_failure(error: BaseException) -> str:
    """Why a backup into the folder did not work, calmly (nothing was lost)."""
    if isinstance(error, TeamFolderMissing):
        return _t(
            "The backup folder is not there: is the drive plugged in, or was the folder moved? "
            "Nothing was lost; FieldSafe tries again later."
        )
    return describe_task(error)


class BackupRunner(QObject):
    """Writes the scheduled backup when due while ``session`` is unlocked.
    Emits :attr:`finished` after each try (``None``, or the error)."""

    finished = Signal(object)

    def __init__(self, session: Session) -> None:
        super().__init__(session)  # reached as parent(): no reference cycle keeps it alive
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self._wake)
        self._due_at: datetime | None = None
        self._busy = False
        self._told = False  # a failure was said; not again until one works
        self._after_unlock = False
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._stop)
        session.idle.looked.connect(self._catch_up)
        changes().changed.connect(self._schedule_changed)

    @property
    def _session(self) -> Session:
        return cast("Session", self.parent())

    @property
    def timer(self) -> QTimer:
        return self._timer

    @property
    def due_at(self) -> datetime | None:
        """When the runner means to try next (``None``: nothing planned)."""
        return self._due_at

    def _unlocked(self) -> None:
        self._after_unlock = True  # a backup due now waits a moment
        self.plan()

    def _stop(self) -> None:
        self._timer.stop()
        self._due_at = None
        self._after_unlock = False

    def _schedule_changed(self) -> None:
        self._told = False
        self.plan()

    def plan(self) -> None:
        """Read the schedule (off the GUI thread) and set the timer for the
        next try, or try now if it is due."""
        vault = self._session.vault
        if vault is None:
            return
        ops.run(vault.backup_schedule.get).on_success(
            lambda schedule: self._planned(vault, schedule)
        ).on_failure(
            lambda error: log.info("backup_plan_failed", exc_info=(type(error), error, None))
        )

    def _planned(self, vault: Vault, schedule: Any) -> None:
        if vault is not self._session.vault:
            return  # locked meanwhile
        self._timer.stop()
        if schedule is None:
            self._due_at = None
            return
        now = vault.clock.now()
        self._due_at = schedule.next_try(now)
        after_unlock, self._after_unlock = self._after_unlock, False
        if after_unlock and self._due_at <= now:
            self._timer.start(AFTER_UNLOCK_MS)  # unlocking stays quick
            return
        self._wait_or_run(vault, now)

    def _wait_or_run(self, vault: Vault, now: datetime) -> None:
        if self._due_at is None:
            return
        wait = (self._due_at - now) / timedelta(milliseconds=1)
        if wait <= 0:
            self._run(vault)
        else:
            self._timer.start(int(min(wait, LONGEST_WAIT_MS)) + 1)

    def _wake(self) -> None:
        vault = self._session.vault
        if vault is None or self._busy:
            return
        self._wait_or_run(vault, vault.clock.now())

    def _catch_up(self) -> None:
        """The idle lock's look: a due time passed while the computer slept."""
        vault = self._session.vault
        if vault is None or self._busy or self._due_at is None:
            return
        if vault.clock.now() >= self._due_at:
            self._run(vault)

    def _run(self, vault: Vault) -> None:
        if self._busy:
            return
        self._busy = True
        self._timer.stop()
        self._due_at = None
        log.info("scheduled_backup_started")
        ops.run(vault.backup_schedule.run).on_success(
            lambda path: self._done(vault, path, None)
        ).on_failure(lambda error: self._done(vault, None, error))

    def _done(self, vault: Vault, path: object, error: BaseException | None) -> None:
        self._busy = False
        if vault is not self._session.vault:
            return  # locked meanwhile: the next unlock looks again
        window = self._session.main_window
        if error is None:
            if path is not None and window is not None:
                message = _t("Encrypted backup written to your backup folder.")
                if self._told:
                    message = _t("The backup worked this time. It is in your backup folder.")
                window.statusBar().showMessage(message, NOTE_MS)
            self._told = self._told and path is None
        elif not self._told:
            self._told = True
            if window is not None:
                window.statusBar().showMessage(describe_failure(error))
        changes().ran.emit()
        self.finished.emit(error)
        self.plan()
