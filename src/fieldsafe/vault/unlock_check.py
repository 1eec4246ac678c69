"""The integrity check at unlock, run beside the first page instead of before it.

Unlocking checks the database (``PRAGMA quick_check``, bounded to
:data:`~fieldsafe.vault.store.QUICK_CHECK_SECONDS`) so that damage is found
at once, not in the middle of work. The GUI need not wait for it to show the
first page: :meth:`Vault.open` with ``check_later=True`` (and
:meth:`Vault.open_with_key`) start an :class:`UnlockCheck` on a connection of
its own, on a thread of its own, and return. Until it has finished:

* nothing is written: :meth:`Vault.transaction` waits for it, and raises
  what it found (:class:`~fieldsafe.errors.VaultDamaged`, say) instead of
  writing to a damaged vault;
* the GUI waits for it off the GUI thread (:meth:`Vault.wait_checked`) and,
  if it found damage, locks and offers *Restore from a backup…* on the
  unlock screen, as when the check ran first.

The check never calls into Python while it runs (the time limit is a timer
that interrupts it), so it reads and decrypts pages on the other core while
the GUI thread builds the window. It holds a connection keyed with the
vault's key only while it runs; :meth:`Vault.lock` stops it before the key
is wiped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import sqlcipher3

from fieldsafe.errors import VaultBusy, VaultDamaged
from fieldsafe.vault.db import map_db_error

log = logging.getLogger("fieldsafe.vault")

_SQLITE_INTERRUPT = 9


class UnlockCheck:
    """``PRAGMA quick_check`` for at most ``seconds`` on ``connect()``'s
    connection, on a thread of its own from construction on."""

    def __init__(self, connect: Callable[[], sqlcipher3.Connection], seconds: float) -> None:
        self._connect = connect
        self._seconds = seconds
        self._done = threading.Event()
        self._guard = threading.Lock()
        self._conn: sqlcipher3.Connection | None = None
        self._stopped = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, name="fieldsafe-unlock-check", daemon=True
        )
        self._thread.start()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the check has finished; raise what it found (a typed
        vault error), or :class:`VaultBusy` after ``timeout`` seconds."""
        if not self._done.wait(timeout):
            raise VaultBusy()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        """Interrupt the check and wait for its thread (at lock, before the
        key is wiped). Writes that wait for it afterwards are refused by the
        lock itself."""
        with self._guard:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()
        self._thread.join()

    def _interrupt(self, conn: sqlcipher3.Connection) -> None:
        with self._guard:
            running = self._conn
            if running is not None and running is conn:  # not closed meanwhile
                running.interrupt()

    def _run(self) -> None:
        try:
            self._check()
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits
            self._error = exc
        finally:
            self._done.set()

    def _check(self) -> None:
        with self._guard:
            if self._stopped:
                return
            try:
                conn = self._connect()
            except sqlcipher3.Error as exc:
                raise map_db_error(exc) from None
            self._conn = conn
        timer = threading.Timer(self._seconds, self._interrupt, (conn,))
        timer.daemon = True
        started = time.monotonic()
        try:
            timer.start()
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        except sqlcipher3.Error as exc:
            if getattr(exc, "sqlite_errorcode", None) == _SQLITE_INTERRUPT:
                if not self._stopped:
                    log.info("quick_check_cut_short")
                return
            raise map_db_error(exc) from None
        finally:
            timer.cancel()
            with self._guard:
                self._conn = None
                conn.close()
        if rows != [("ok",)]:
            log.warning("quick_check_found_damage")
            raise VaultDamaged()
        log.info(
            "quick_check_done", extra={"counts": {"ms": round((time.monotonic() - started) * 1000)}}
        )
