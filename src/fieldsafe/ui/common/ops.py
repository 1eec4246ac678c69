"""Slow work off the GUI thread, in the spirit of Anki's ``CollectionOp``.

Key derivation (creating, unlocking, changing the passphrase), backups and
searches run here so the window keeps painting and answering::

    ops.run(lambda: Vault.open(directory, passphrase), parent=self,
            progress=self.tr("Unlocking…")).on_success(self._opened).on_failure(self._failed)

The work runs on ``QThreadPool``; its result or exception comes back on the
GUI thread through a queued signal. When the work takes longer than
:data:`PROGRESS_DELAY_MS`, an indeterminate progress dialog appears (only if a
``progress`` label was given; inline busy indicators pass none).

If the ``parent`` widget is gone by the time the work ends (the vault was
locked meanwhile), the handlers are skipped: no result reaches a destroyed
window. Exceptions lose their traceback before they are handed on, since its
frames may hold passphrases or record text.

Tests wait with ``qtbot.waitUntil(lambda: not ops.busy())`` or
``qtbot.waitSignal(op.finished)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("fieldsafe.ui.common.ops")

PROGRESS_DELAY_MS = 500

_running: set[Op] = set()  # started, result not yet delivered
_retained: set[Op] = set()  # kept alive until the event loop has left their slot


def busy() -> bool:
    """True while any op has not yet delivered its result."""
    return bool(_running)


class _Worker(QRunnable):
    def __init__(self, op: Op, work: Callable[[], Any]) -> None:
        super().__init__()
        self._op = op
        self._work = work

    def run(self) -> None:  # worker thread
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, typed there
            log.info("op_failed", exc_info=(type(exc), exc, None))
            exc.__cause__ = exc.__context__ = None  # chained errors carry tracebacks too
            self._op._delivered.emit(None, exc.with_traceback(None))
        else:
            self._op._delivered.emit(result, None)
        finally:
            self._work = None  # type: ignore[assignment]
            self._op = None  # type: ignore[assignment]


class Op(QObject):
    """One piece of work on a worker thread. Create with :func:`run`."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    _delivered = Signal(object, object)

    def __init__(
        self, work: Callable[[], Any], *, parent: QWidget | None, progress: str | None
    ) -> None:
        # Deliberately unparented: if the parent widget died mid-work, a
        # child QObject would die with it while the worker still emits on it.
        super().__init__()
        self._parent = parent
        self._progress_label = progress
        self._dialog: QProgressDialog | None = None
        self._success: list[Callable[[Any], None]] = []
        self._failure: list[Callable[[BaseException], None]] = []
        self._done = False
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)
        self._work: Callable[[], Any] | None = work

    def on_success(self, handler: Callable[[Any], None]) -> Op:
        self._success.append(handler)
        return self

    def on_failure(self, handler: Callable[[BaseException], None]) -> Op:
        self._failure.append(handler)
        return self

    @property
    def done(self) -> bool:
        return self._done

    def _start(self) -> None:
        _running.add(self)
        _retained.add(self)
        if self._progress_label is not None:
            self._timer.start(PROGRESS_DELAY_MS)
        work, self._work = self._work, None
        assert work is not None, "an Op runs once"
        QThreadPool.globalInstance().start(_Worker(self, work))

    @Slot()
    def _show_progress(self) -> None:
        if self._done or not self._parent_alive():
            return
        label = self._progress_label or ""
        dialog = QProgressDialog(self._parent)
        dialog.setLabelText(label)
        dialog.setCancelButton(None)  # key derivation cannot be interrupted
        dialog.setRange(0, 0)  # indeterminate
        dialog.setWindowTitle(self.tr("FieldSafe"))
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self._dialog = dialog

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self._done = True
        self._timer.stop()
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):
                self._dialog.close()
                self._dialog.deleteLater()
            self._dialog = None
        try:
            if self._parent_alive():
                if error is None:
                    for handler in self._success:
                        handler(result)
                    self.succeeded.emit(result)
                else:
                    if not self._failure:
                        log.warning("op_failure_unhandled", exc_info=(type(error), error, None))
                    for handler in self._failure:
                        handler(error)
                    self.failed.emit(error)
            else:
                log.info("op_result_dropped")
                _lock_dropped_vaults(result)
        finally:
            self._success.clear()
            self._failure.clear()
            self._parent = None
            _running.discard(self)
            self.finished.emit()
            # Dropping the last reference deletes the QObject; never inside
            # its own slot, so wait for the next turn of the event loop.
            QTimer.singleShot(0, lambda: _retained.discard(self))


def run(
    work: Callable[[], Any], *, parent: QWidget | None = None, progress: str | None = None
) -> Op:
    """Start ``work()`` on a worker thread and return its :class:`Op`; attach
    handlers with ``.on_success(fn)`` / ``.on_failure(fn)`` right away (they
    run on the GUI thread, never before the current event is finished).
    ``progress`` is the (translated) label of the dialog shown if the work
    takes longer than half a second."""
    op = Op(work, parent=parent, progress=progress)
    op._start()
    return op


def run_op(
    parent: QWidget | None,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    progress_label: str | None = None,
) -> Op:
    """The same as :func:`run`, with the handlers passed in."""
    return (
        run(work, parent=parent, progress=progress_label)
        .on_success(on_success)
        .on_failure(on_failure)
    )


def _lock_dropped_vaults(result: Any) -> None:
    """A vault opened or created by an op whose window is gone (closed,
    quit, locked meanwhile) must not stay unlocked with nobody holding it."""
    from fieldsafe.vault import Vault

    for item in result if isinstance(result, tuple) else (result,):
        if isinstance(item, Vault):
            item.lock()
