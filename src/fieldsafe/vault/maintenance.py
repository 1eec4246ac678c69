"""Background upkeep of the database, so a save never pays for it.

Two kinds of work would otherwise land on an unlucky save: SQLite's WAL
checkpoint (copying the log back into the database, with fsyncs) and FTS5's
segment merging (measured: single saves of 40-300 ms at 20,000 records,
against a median of 1.5 ms). The main connection therefore runs with
only a backstop ``wal_autocheckpoint`` (:data:`BACKSTOP_CHECKPOINT_PAGES`) and
the index with ``automerge = 0``, and this
thread, on its own keyed connection, does the work shortly after writes stop:
bounded merge steps, each its own short transaction (committed without an
fsync: ``synchronous = NORMAL`` on this connection only), then a passive
checkpoint.

A save that arrives meanwhile does not wait for the merging: the vault's
transactions announce themselves (:meth:`Upkeep.writing`) before asking
SQLite for the write lock; upkeep starts no new step while one is waiting
or open, and a step whose merge statement is still running gives up: a
progress handler on upkeep's connection (called every
:data:`PROGRESS_OPCODES` virtual-machine steps, FTS5's own statements
included) ends it with ``SQLITE_INTERRUPT`` and the step is rolled back, to
be done again once writes are quiet. A save so waits for a rollback, or for
a step already committing.
(Without the announcing, the save's connection would sleep in SQLite's busy
handler while upkeep, committing and beginning again at once, took the lock
step after step; without the interrupt, it waited for a whole step, about
ten times the save itself on a large index.)

Bulk writes (an import, a demo vault, a migration) end by merging the whole
index themselves (:func:`merge_fully`), so the first save after them does not
start a long background merge.

The thread holds a copy of the database key for its connection's life; it
is stopped and its connection closed before :meth:`Vault.lock` wipes keys.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

import sqlcipher3

log = logging.getLogger("fieldsafe.vault")

#: pages of index merged per step (one short write transaction)
MERGE_PAGES = 64
#: pages of index merged per step of :func:`merge_fully` (a few MB: tenths of
#: a second on a slow laptop, so a save waiting behind one is still prompt)
FULL_MERGE_PAGES = 256
#: virtual-machine steps between calls of upkeep's progress handler, which
#: lets a waiting save interrupt a merge step (about every 50 µs)
PROGRESS_OPCODES = 100
#: quiet time after the last write before upkeep starts (seconds)
QUIET_SECONDS = 0.3
#: the main connection checkpoints by itself only past this many WAL pages
#: (~16 MiB): a backstop should upkeep ever fall behind or fail
BACKSTOP_CHECKPOINT_PAGES = 4000
#: after an error (e.g. the vault busy for long), wait this long before retrying
RETRY_SECONDS = 5.0


def _is_interrupt(exc: sqlcipher3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_INTERRUPT"


def merge_step(conn: sqlcipher3.Connection, pages: int) -> bool:
    """One FTS5 merge of about ``abs(pages)`` pages, in the caller's
    transaction; a negative count merges every segment into one (an
    incremental 'optimize'). Whether there was anything to merge."""
    before = conn.total_changes
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('merge', ?)", (pages,))
    return conn.total_changes - before >= 2  # FTS5 counts the command itself as one change


def merge_fully(
    transaction: Callable[[], AbstractContextManager[sqlcipher3.Connection]],
    *,
    whole: bool = True,
    pages: int = FULL_MERGE_PAGES,
) -> int:
    """Merge the index, ``pages`` at a time, each step its own
    ``transaction()`` (so saves get in between), until nothing is left:
    into one segment when ``whole``, else as far as background upkeep would
    (segments of a size merged together, the large ones left alone). Returns
    the number of steps that merged something."""
    steps = 0
    while True:
        with transaction() as db:
            if not merge_step(db, -pages if whole else pages):
                return steps
        steps += 1


class Upkeep:
    """Runs merge and checkpoint steps off the caller's thread."""

    def __init__(self, connect: Callable[[], sqlcipher3.Connection]) -> None:
        self._connect = connect
        self._wake = threading.Event()
        self._last_write = 0.0  # time.monotonic() of the last commit
        self._stop = threading.Event()
        self._idle = threading.Event()
        self._idle.set()
        self._thread: threading.Thread | None = None
        # writers announced (waiting for or inside a transaction) and whether
        # a step is running; guarded by _gate
        self._gate = threading.Condition()
        self._writers = 0
        self._stepping = False
        #: whether the step in progress gave way to a writer (_give_way)
        self._interrupted = False
        #: tests: called inside each merge step, with the step's write lock held
        self.step_hook: Callable[[], None] | None = None
        #: merge steps a writer interrupted (tests)
        self.interrupted_steps = 0
        #: tests: called by the progress handler inside a step's statements
        self.progress_hook: Callable[[], None] | None = None

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around a vault transaction, from before its BEGIN to after its
        COMMIT: a merge step in progress gives up (see :meth:`_give_way`)
        and this waits for it to end (rolled back, or committed if it was
        past its merging); upkeep starts no other step until the
        transaction is over."""
        with self._gate:
            self._writers += 1
            while self._stepping:
                self._gate.wait()
        try:
            yield
        finally:
            with self._gate:
                self._writers -= 1
                self._gate.notify_all()

    @property
    def writers_waiting(self) -> int:
        """How many transactions are announced (tests)."""
        with self._gate:
            return self._writers

    def written(self) -> None:
        """Tell upkeep that a transaction committed. (Called with the vault's
        lock held, as is :meth:`stop`, so the two never race.)"""
        if self._stop.is_set():
            return
        self._last_write = time.monotonic()
        self._idle.clear()
        self._wake.set()
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="fieldsafe-upkeep", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop for good (on lock); waits for a step in progress to finish."""
        self._stop.set()
        self._wake.set()
        with self._gate:
            self._gate.notify_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._idle.set()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until pending upkeep is done (tests and benchmarks)."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        conn: sqlcipher3.Connection | None = None
        try:
            while not self._stop.is_set():
                self._wake.wait()
                self._wake.clear()
                # Debounce: until writes have been quiet for QUIET_SECONDS
                # (counted from the last commit, not from noticing it).
                while not self._stop.is_set():
                    quiet = time.monotonic() - self._last_write
                    if quiet >= QUIET_SECONDS:
                        break
                    self._stop.wait(QUIET_SECONDS - quiet)
                self._wake.clear()
                if self._stop.is_set():
                    break
                try:
                    if conn is None:
                        conn = self._connect()
                        conn.execute("PRAGMA busy_timeout = 10000")
                        # A merge step holds no one's words, only the index
                        # rearranged: its commit need not wait for the disk.
                        # In WAL mode that is still all or nothing after a
                        # power cut (the step is then done again), the next
                        # save's fsync carries its frames, and checkpoints
                        # sync as before.
                        conn.execute("PRAGMA synchronous = NORMAL")
                        # Its checkpoint comes after the steps, where no save
                        # waits for it; SQLite's automatic one (past 1,000
                        # pages of WAL) ran inside a step's COMMIT instead.
                        conn.execute("PRAGMA wal_autocheckpoint = 0")
                        conn.set_progress_handler(self._give_way, PROGRESS_OPCODES)
                    self._work(conn)
                except sqlcipher3.Error as exc:
                    # Never take the app down: log the class, retry later.
                    # The main connection's backstop checkpoint bounds the WAL.
                    log.warning("upkeep_failed", exc_info=(type(exc), exc, None))
                    if conn is not None:
                        conn.close()
                        conn = None
                    self._wake.set()
                    self._stop.wait(RETRY_SECONDS)
                    continue
                if not self._wake.is_set():
                    self._idle.set()
        finally:
            if conn is not None:
                conn.close()
            self._idle.set()

    def _work(self, conn: sqlcipher3.Connection) -> None:
        while not self._stop.is_set() and not self._wake.is_set():
            merged = self._step(conn)
            if merged is None:  # a transaction came in: go on once writes are quiet again
                with self._gate:
                    while self._writers and not self._stop.is_set():
                        self._gate.wait()
                self._wake.set()
                return
            if not merged:
                break
        if not self._stop.is_set():
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _give_way(self) -> int:
        """The progress handler of upkeep's connection: non-zero (SQLite
        then ends the statement with ``SQLITE_INTERRUPT``) when a merge step
        is running and a writer is announced. Reads the two counters without
        the gate: a stale read only delays or skips one call's answer."""
        if not self._stepping:
            return 0
        if self.progress_hook is not None:
            self.progress_hook()
        if self._writers:
            self._interrupted = True
            return 1
        return 0

    def _step(self, conn: sqlcipher3.Connection) -> bool | None:
        """One merge step, unless a transaction is announced (then None)."""
        with self._gate:
            if self._writers or self._stop.is_set():
                return None
            self._stepping = True
            self._interrupted = False
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                merged = merge_step(conn, MERGE_PAGES)
                if self.step_hook is not None:
                    self.step_hook()
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise
        except sqlcipher3.OperationalError as exc:
            if _is_interrupt(exc) and self._interrupted:
                self.interrupted_steps += 1
                return None  # a save came in: the step is done again later
            raise
        finally:
            with self._gate:
                self._stepping = False
                self._gate.notify_all()
        return merged
