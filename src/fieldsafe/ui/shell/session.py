"""One vault's life in the GUI: first run or unlock → main window → lock →
unlock again.

The session owns the windows and the open :class:`Vault`; the windows only
receive the vault they need. Locking (Ctrl+L, idle, quit) always goes
through :meth:`Session.lock`: save the edit in progress if possible, close the
connection and wipe the key (``vault.lock()``), empty every model and field of
the main window, show the unlock screen, then close and delete the main
window. The unlock screen appears *before* the main window goes, so the
application never finds itself without a window (Qt would quit).

Benchmarks and tests can drive it directly::

    session = Session(vault_dir, clock=FakeClock())
    session.start()                      # unlock screen (or first-run wizard)
    window = session.open_main_window(Vault.open(vault_dir, passphrase))
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.errors import CannotOpen, StorageFailed
from fieldsafe.ui.shell.idle import DEFAULT_MINUTES, IdleLock
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.vault import vault_exists

if TYPE_CHECKING:  # imported when first needed: the lock screen shows sooner
    from fieldsafe.ui.common.clipboard import ConcealedClipboard
    from fieldsafe.ui.shell.first_run import FirstRunWizard
    from fieldsafe.ui.shell.main_window import MainWindow
    from fieldsafe.ui.shell.single_window import SingleWindow
    from fieldsafe.ui.shell.suspend import SuspendWatcher
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.session")


class Session(QObject):
    """Emits :attr:`unlocked` when the main window opens and :attr:`locked`
    after a lock."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        vault_dir: Path,
        *,
        clock: Clock | None = None,
        idle_lock_minutes: float = DEFAULT_MINUTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.clock = clock or SystemClock()
        self.vault: Vault | None = None
        self.main_window: MainWindow | None = None
        self._prepared: MainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self.wizard: FirstRunWizard | None = None
        self.single_window: SingleWindow | None = None
        self._asking = False  # the question about an edit that cannot be kept is open
        self._after_question: Callable[[], None] | None = None
        self.idle = IdleLock(self.clock, minutes=idle_lock_minutes, parent=self)
        self.idle.idle.connect(self._idle)
        # Made at the first unlock: until then there is nothing to lock or
        # to clear, and the lock screen shows sooner without them.
        self._clipboard: ConcealedClipboard | None = None
        self.suspend: SuspendWatcher | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    @property
    def clipboard(self) -> ConcealedClipboard:
        """Clears what FieldSafe copied, 30 s later and at lock."""
        return self._watch_clipboard()

    def _watch_clipboard(self) -> ConcealedClipboard:
        if self._clipboard is None:
            from fieldsafe.ui.common.clipboard import ConcealedClipboard

            self._clipboard = ConcealedClipboard(self)
        return self._clipboard

    def _watch_while_unlocked(self) -> None:
        """What only an unlocked vault needs, made at the first unlock: the
        clipboard's watch, the lock at sleep or screen lock, and the backup
        on a schedule (:class:`BackupRunner`, a child of the session)."""
        self._watch_clipboard()
        if self.suspend is None:
            from fieldsafe.ui.shell.backup_runner import BackupRunner
            from fieldsafe.ui.shell.suspend import SuspendWatcher

            self.suspend = SuspendWatcher(self)
            self.suspend.going_away.connect(self._going_away)
            BackupRunner(self)

    def start(self) -> QWidget:
        """Show the unlock screen, or the first-run wizard if no vault exists yet."""
        try:
            exists = vault_exists(self.vault_dir)
        except StorageFailed as exc:  # e.g. a path too long: say so where unlocking would
            from fieldsafe.messages import describe

            screen = self.show_lock_screen()
            screen.show_message(describe(CannotOpen(exc.errno)))
            return screen
        if exists:
            return self.show_lock_screen()
        return self.show_first_run()

    def hold(self, claim: SingleWindow) -> None:
        """Keep this process's claim on the vault (``app.start`` takes it):
        a second FieldSafe on the vault brings this session's window forward,
        and the claim is let go on shutdown."""
        self.single_window = claim
        claim.setParent(self)
        claim.raise_requested.connect(self.bring_forward)

    def bring_forward(self) -> None:
        """Show the window this session shows now, restored and in front: the
        main window only while unlocked, else the first run or the unlock
        screen (a request from outside never reveals a record). A main window
        hidden while unlocked was hidden on purpose (nobody may be at the
        screen): it stays hidden."""
        widget: QWidget | None
        if self.vault is not None and self.main_window is not None:
            if not self.main_window.isVisible():  # minimised still counts as visible
                return
            widget = self.main_window
        elif self.wizard is not None:
            widget = self.wizard
        else:
            widget = self.lock_screen
        if widget is None:
            return
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMinimized)
        widget.show()
        widget.raise_()
        widget.activateWindow()

    def show_first_run(self) -> FirstRunWizard:
        from fieldsafe.ui.shell.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.vault_dir, clock=self.clock)
        wizard.vault_ready.connect(self.open_main_window)
        wizard.vault_created_then_closed.connect(self.show_lock_screen)
        wizard.finished.connect(self._wizard_finished)
        self.wizard = wizard
        wizard.show()
        return wizard

    def _wizard_finished(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()

    def show_lock_screen(self) -> LockScreen:
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.vault_dir, clock=self.clock)
            self.lock_screen.unlocked.connect(self.open_main_window)
            self.lock_screen.unlocking.connect(self.prepare_main_window)
        screen = self.lock_screen
        screen.wipe()
        screen.show()
        screen.raise_()
        screen.activateWindow()
        return screen

    def open_main_window(self, vault: Vault) -> MainWindow:
        """Show the main window on an unlocked ``vault`` (the session takes
        it over and locks it on lock or quit)."""
        if self.vault is not None and self.vault is not vault:
            self.lock(show_lock_screen=False)
        self._watch_while_unlocked()
        self.vault = vault
        window = self.prepare_main_window()
        self._prepared = None
        window.attach(vault)
        if vault.read_only:
            self._note_read_only(window)
        self.main_window = window
        from fieldsafe.ui.shell.window_geometry import place

        place(window)  # where it was last time, or fitting the screen
        window.show()
        window.raise_()
        window.activateWindow()
        if self.lock_screen is not None:
            self.lock_screen.wipe()
            self.lock_screen.hide()
        self.idle.start()
        log.info("session_unlocked")
        self.unlocked.emit()
        self._wait_for_the_check(vault)
        if vault.unlocked_with_recovery_code:
            self._offer_new_passphrase(window)
        return window

    def _wait_for_the_check(self, vault: Vault) -> None:
        """The integrity check of the unlock runs beside the first page
        (``Vault.open(check_later=True)``; nothing is written meanwhile). If
        it finds damage, lock again and say so on the unlock screen, which
        offers *Restore from a backup…*, as when the check ran first."""
        from fieldsafe.ui.common import ops

        def failed(error: BaseException) -> None:
            if self.vault is not vault:
                return  # locked meanwhile
            log.warning("unlock_check_failed", exc_info=(type(error), error, None))
            self.lock()
            if self.lock_screen is not None:
                self.lock_screen.show_failure(error)

        ops.run(vault.wait_checked).on_failure(failed)

    def _offer_new_passphrase(self, window: MainWindow) -> None:
        """The recovery code opened the vault: the passphrase may be
        forgotten, so lead to choosing a new one (skippable: "Not now")."""
        from fieldsafe.ui.shell.vault_actions import change_passphrase

        log.info("new_passphrase_offered")
        change_passphrase(window, after_recovery=True)

    def say_running_without_log(self) -> None:
        """The log file cannot be written (``app.main`` said so on stderr):
        say it once, calmly, on the unlock screen (the first-run wizard has
        no place for it: stderr only)."""
        screen = self.lock_screen
        if screen is None or not screen.isVisible() or screen.message.text():
            return  # a problem with the vault itself is said first
        screen.show_message(
            self.tr(
                "FieldSafe cannot write its log file, so it runs without one this time. "
                "Your records are not affected."
            )
        )

    def _note_read_only(self, window: MainWindow) -> None:
        """The disk was full at unlock, so the vault is open to read only: a
        calm note that stays in the status bar while the window is open."""
        from PySide6.QtWidgets import QLabel

        from fieldsafe.messages import read_only_note

        note = QLabel(read_only_note(), window)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("Read only"))
        window.statusBar().addPermanentWidget(note)
        log.info("session_read_only")

    def prepare_main_window(self) -> MainWindow:
        """Build the (empty, hidden) main window while the key is derived on
        a worker thread, so unlocking only has to load the first page."""
        if self._prepared is None:
            from fieldsafe.ui.shell.main_window import MainWindow

            self._prepared = MainWindow(None, clock=self.clock)
            self._watch_check_ins(self._prepared)
            self._prepared.lock_requested.connect(self.request_lock)
            self._prepared.panic_requested.connect(self.panic)
            self._prepared.erase_requested.connect(self.erase)
        return self._prepared

    def _watch_check_ins(self, window: MainWindow) -> None:
        """The check-in watch does not poll: it waits for the next check-in
        to change. It also looks when plans were saved or received here, and
        when the idle lock's look at the wall clock finds that moment passed
        while the computer slept (one wake-up for both)."""
        watch = window.safety.watch
        self.idle.looked.connect(watch.catch_up)

        def plans_may_have_changed() -> None:
            if self.vault is not None:
                watch.check_now()

        for changed in (
            window.plans.list.model().modelReset,
            window.safety.incidents.changed,
            window.safety.risks.changed,
        ):
            changed.connect(plans_may_have_changed)

    def _going_away(self) -> None:
        if self.vault is not None:
            log.info("sleep_lock")
            self.request_lock(unattended=True)

    def _idle(self) -> None:
        log.info("idle_lock")
        self.request_lock(unattended=True)

    def request_lock(self, *, unattended: bool = False) -> None:
        """Lock because the person asked (Ctrl+L) or nobody is there (idle,
        sleep: ``unattended``). If the note being written can be neither
        saved nor kept as a draft, ask first (:class:`UnsavedAtLock`): copy
        its text, keep the window open, or lock anyway. While an unattended
        lock asks, every FieldSafe window is hidden, and the idle time
        running out once more locks anyway (after trying to save again)."""
        if self._asking:
            if unattended:  # nobody answered within the idle time
                self._after_question = self.lock
                self._close_question()
            return
        window, vault = self.main_window, self.vault
        if window is None or vault is None:
            self.lock()
            return
        if window.prepare_to_lock():
            self.lock(saved=True)
            return
        log.info("lock_asks_about_edit")
        from PySide6.QtWidgets import QApplication

        from fieldsafe.ui.common.dialogs import LockAnswer, UnsavedAtLock

        quits = QApplication.quitOnLastWindowClosed()
        hidden = self._cover() if unattended else []
        self._asking = True
        self.idle.start()  # the question waits one idle time at most
        try:
            answer = UnsavedAtLock.ask(window, idle=unattended, panic=window.panic_action)
        finally:
            self._asking = False
            QApplication.setQuitOnLastWindowClosed(quits)
        after, self._after_question = self._after_question, None
        if after is not None:  # the panic key, or the idle time ran out again
            after()
            return
        if self.main_window is not window:
            return  # locked meanwhile
        if answer is LockAnswer.LOCK_ANYWAY:
            self.lock()
            return
        self._uncover(hidden)
        if answer is LockAnswer.COPY:
            self.clipboard.copy(window.unkept_text())
            message = self.tr(
                "Not locked. The note's text is on the clipboard for 30 seconds, "
                "and is cleared when FieldSafe locks."
            )
        else:
            message = self.tr("Not locked. Your note is still here; try to save it again.")
        log.info("lock_postponed", extra={"counts": {"copied": int(answer is LockAnswer.COPY)}})
        window.statusBar().showMessage(message)

    def _cover(self) -> list[QWidget]:
        """Hide every FieldSafe window (nobody may be there); Qt must not quit
        meanwhile for want of a visible window."""
        from PySide6.QtWidgets import QApplication

        QApplication.setQuitOnLastWindowClosed(False)
        hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in hidden:
            widget.hide()
        return hidden

    def _uncover(self, hidden: list[QWidget]) -> None:
        for widget in hidden:
            if shiboken6.isValid(widget) and widget is not self.lock_screen:
                widget.show()

    def _close_question(self) -> None:
        """End the question still open; what comes after runs once its
        ``exec()`` has returned (never inside it)."""
        window = self.main_window
        if window is not None:
            from PySide6.QtWidgets import QMessageBox

            for box in window.findChildren(QMessageBox):
                box.reject()

    def erase(self) -> None:
        """Crypto-erase the open vault (the person confirmed it), then offer
        to create a new one."""
        vault = self.vault
        if vault is None:
            return
        self.lock(show_lock_screen=False)  # clears the windows; erase() locks the vault too
        try:
            vault.erase()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.warning("erase_failed", exc_info=(type(exc), exc, None))
            screen = self.show_lock_screen()
            from fieldsafe.messages import describe

            screen.show_message(describe(exc))
            return
        if self.lock_screen is not None:
            self.lock_screen.hide()
        self.show_first_run()

    def panic(self) -> None:
        """The one key that hides everything at once (docs/security.md, bar 9): lock,
        clear FieldSafe's clipboard copy, and leave only the lock screen,
        minimised, so nothing of FieldSafe is on screen."""
        log.info("panic")
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            widget.hide()
        if self._asking:  # lock once the question's exec() has returned
            self._after_question = self.panic
            self._close_question()
            return
        self.lock()
        if self.lock_screen is not None:
            self.lock_screen.showMinimized()

    def lock(self, *, show_lock_screen: bool = True, saved: bool | None = None) -> None:
        """Lock now, without asking (the panic key, quit, erase, or the
        person chose to lock anyway); the edit in progress is saved or kept
        as a draft if it can be (``saved``: already done). Idempotent."""
        self.idle.stop()
        if self._clipboard is not None:
            self._clipboard.clear_if_ours()
        window, self.main_window = self.main_window, None
        vault, self.vault = self.vault, None
        if saved is None:
            saved = window.prepare_to_lock() if window is not None else True
        if not saved:
            log.info("lock_discarded_edit")  # said on the lock screen; never "kept"
        if show_lock_screen:
            self.show_lock_screen()
            if not saved and self.lock_screen is not None:
                self.lock_screen.show_message(
                    self.tr(
                        "The vault is locked. The edit that was open could not be saved, "
                        "so it was not kept."
                    )
                )
        # Clear the screen before closing the vault: closing can wait for a
        # backup in progress, and record text must not stay visible meanwhile.
        if window is not None:
            from fieldsafe.ui.shell.window_geometry import remember

            remember(window)  # its size and place (numbers only), for the next unlock
            window.wipe()
            for dialog in window.findChildren(QDialog):
                dialog.reject()  # ends any question still open (its answer no longer matters)
            window.hide()
            window.close()
            window.deleteLater()
        if vault is not None:
            from fieldsafe.errors import VaultBusy
            from fieldsafe.ui.shell.main_window import LOCK_PATIENCE

            try:  # the WAL checkpoint waits briefly for another program's write
                with vault.patience(LOCK_PATIENCE):
                    vault.lock()
            except VaultBusy:  # a worker still runs (a backup): closing waits for it
                vault.lock()
        if vault is not None:
            log.info("session_locked")
            self.locked.emit()

    def shutdown(self) -> None:
        """Lock and close every FieldSafe window (on quit)."""
        self.lock(show_lock_screen=False)
        prepared, self._prepared = self._prepared, None
        if prepared is not None:
            prepared.close()
            prepared.deleteLater()
        if self.wizard is not None:
            self.wizard.reject()
        if self.lock_screen is not None:
            self.lock_screen.wipe()
            self.lock_screen.close()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        if self.single_window is not None:
            self.single_window.release()
