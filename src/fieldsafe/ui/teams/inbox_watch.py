"""Reading the team folders' inboxes while the vault is open (issue 16).

A :class:`TeamInboxWatch` runs ``vault.teams.sync()`` on a worker thread
(:mod:`fieldsafe.ui.common.ops`), never two at once:

* at unlock (:meth:`~TeamInboxWatch.attach`, a moment after the first page);
* when a watched directory changes: a ``QFileSystemWatcher`` watches each
  team folder, its ``inbox/`` and this vault's own inbox in it (the parents
  too, so that an inbox a sync engine creates is noticed); the watch is set
  again after every change and every sync, since a directory that is
  removed and made again is a new one. A change starts a sync
  :data:`DEBOUNCE_MS` later, so a burst of files is read at once;
* at the latest :data:`INTERVAL_MS` after the last sync (a folder on a
  network drive, or a drive plugged back in, may tell nothing), or
  :data:`NO_FOLDER_INTERVAL_MS` while no team has a folder. These are the
  only wake-ups it adds to an idle FieldSafe.

A change seen while a sync runs, or while the person reviews a clash
(:meth:`~TeamInboxWatch.hold`), starts another once it is over. Locking asks
the sync in progress to stop after the bundle in hand
(:meth:`~TeamInboxWatch.stop_sync`, ``should_stop``) and
:meth:`~TeamInboxWatch.detach` forgets the folders and the result on its
way. Only paths of team folders are kept here, never anything read from a
bundle; :attr:`~TeamInboxWatch.synced` hands each result to the notice
(:mod:`.arrivals`), :attr:`~TeamInboxWatch.records_arrived` tells the window
to refresh its counts and sections.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from fieldsafe.exchange import team_folder
from fieldsafe.ui.common import ops
from fieldsafe.ui.teams.events import team_events

if TYPE_CHECKING:
    from fieldsafe.vault import SyncResult, Vault

log = logging.getLogger("fieldsafe.ui.teams.inbox_watch")

#: after unlock, the first sync waits this long (the first page reads first)
FIRST_MS = 1_000
#: after a change in a watched directory, a sync waits this long for more
DEBOUNCE_MS = 2_000
#: the longest time between two syncs while a team has a folder
INTERVAL_MS = 2 * 60_000
#: ... and while none has (a team made by another window or the CLI)
NO_FOLDER_INTERVAL_MS = 10 * 60_000


class TeamInboxWatch(QObject):
    """Reads the team folders' inboxes while a vault is attached (see the
    module's docs)."""

    #: a sync of the team folders finished: its :class:`~fieldsafe.vault.SyncResult`
    #: (none when no team has a folder)
    synced = Signal(object)
    #: records were imported: their kinds (by a sync), or [] (by a review)
    records_arrived = Signal(list)
    #: a sync failed: the error (``fieldsafe.messages.describe`` words it)
    failed = Signal(object)

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.first_ms = FIRST_MS
        self.debounce_ms = DEBOUNCE_MS
        self.interval_ms = INTERVAL_MS
        self.no_folder_interval_ms = NO_FOLDER_INTERVAL_MS
        self._vault: Vault | None = None
        self._hears_teams = False  # connected to team_events().teams_changed
        self._generation = 0
        self._stop: threading.Event | None = None  # set: the sync under way ends soon
        self._again = False  # something changed during a sync or a review
        self._held = 0
        self._mine: str | None = None
        self._folders: list[Path] = []
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.timeout.connect(self.sync_now)
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.sync_now)

    # -- attached at unlock, detached at lock ----------------------------------------------
    def attach(self, vault: Vault) -> None:
        """Start reading ``vault``'s inboxes (the first sync shortly)."""
        self.detach()
        self._vault = vault
        self.debounce.start(self.first_ms)
        team_events().teams_changed.connect(self.sync_soon)
        self._hears_teams = True

    def detach(self) -> None:
        """Stop: no sync starts again, the one under way stops after the
        bundle in hand and its result is dropped; the folders are forgotten."""
        if self._hears_teams:
            team_events().teams_changed.disconnect(self.sync_soon)
            self._hears_teams = False
        self.debounce.stop()
        self.fallback.stop()
        self.stop_sync()
        self._stop = None
        self._generation += 1
        self._vault = None
        self._again = False
        self._held = 0
        self._mine = None
        self._folders = []
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)

    def stop_sync(self) -> None:
        """Ask the sync under way to stop after the bundle in hand (at
        lock). If the window stays open after all, the next change or the
        fallback reads the rest."""
        if self._stop is not None:
            self._stop.set()
            self._again = True

    @property
    def attached(self) -> bool:
        return self._vault is not None

    @property
    def busy(self) -> bool:
        """True while a sync runs."""
        return self._stop is not None

    def watched(self) -> list[str]:
        """The directories watched now."""
        return sorted(self.watcher.directories())

    # -- when to sync ------------------------------------------------------------------------
    def sync_soon(self) -> None:
        """A sync :attr:`debounce_ms` from now, unless one is due sooner."""
        if self._vault is not None and not self.debounce.isActive():
            self.debounce.start(self.debounce_ms)

    def hold(self) -> None:
        """No sync starts until :meth:`release` (the person is choosing
        what to keep of a bundle that waited: the vault's lock is held)."""
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)
        if not self._held and self._again:
            self._again = False
            self.sync_soon()

    def _changed(self, _path: str) -> None:
        self._rearm()
        self.sync_soon()

    def sync_now(self) -> None:
        """Read the inboxes now, on a worker thread; if a sync runs or a
        review holds the vault, once that is over."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return
        if self.busy or self._held:
            self._again = True
            return
        self.debounce.stop()
        self.fallback.stop()
        self._generation += 1
        generation = self._generation
        stop = self._stop = threading.Event()

        def work() -> tuple[SyncResult | None, str | None, list[Path]]:
            folders = [t.folder for t in vault.teams.all() if t.folder is not None]
            if not folders:
                return None, None, []  # no team folder: nothing to read
            result = vault.teams.sync(should_stop=stop.is_set)
            return result, vault.sharing.identity().card().fingerprint, folders

        ops.run(work).on_success(lambda done: self._synced(generation, *done)).on_failure(
            lambda error: self._failed(generation, error)
        )

    def _synced(
        self, generation: int, result: SyncResult | None, mine: str | None, folders: list[Path]
    ) -> None:
        if generation != self._generation or self._vault is None:
            return  # locked meanwhile
        self._stop = None
        self._mine, self._folders = mine, folders
        self._rearm()
        self._next()
        if result is None:
            return
        self.synced.emit(result)
        if result.arrivals:
            self.records_arrived.emit(sorted({a.kind for a in result.arrivals}))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self._vault is None:
            return
        self._stop = None
        log.info("team_sync_failed", exc_info=(type(error), error, None))
        self._next()
        self.failed.emit(error)

    def _next(self) -> None:
        """The fallback set again; a change seen meanwhile: a sync soon."""
        self.fallback.start(self.interval_ms if self._folders else self.no_folder_interval_ms)
        if self._again and not self._held:
            self._again = False
            self.sync_soon()

    # -- what is watched ---------------------------------------------------------------------
    def _wanted(self) -> set[str]:
        """Each team folder, its inbox/ and this vault's inbox in it, those there now."""
        wanted: set[str] = set()
        if self._mine is None:
            return wanted
        for folder in self._folders:
            mine = team_folder.inbox(folder, self._mine)
            for path in (folder, mine.parent, mine):
                if path.is_dir():
                    wanted.add(str(path))
        return wanted

    def _rearm(self) -> None:
        """Watch what is there now: an inbox made since, a folder back."""
        if self._vault is None:
            return
        wanted = self._wanted()
        current = set(self.watcher.directories())
        gone = current - wanted
        if gone:
            self.watcher.removePaths(sorted(gone))
        new = wanted - current
        if new:
            self.watcher.addPaths(sorted(new))


__all__ = [
    "DEBOUNCE_MS",
    "FIRST_MS",
    "INTERVAL_MS",
    "NO_FOLDER_INTERVAL_MS",
    "TeamInboxWatch",
]
