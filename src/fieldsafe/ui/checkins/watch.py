"""The check-in watch: looks at the plans' check-ins when one is due to
change, and says when one has passed without "I'm back safely".

A :class:`CheckInWatch` is a ``QObject`` driven by a single-shot ``QTimer``
set for the next moment a check-in passes (or stops being brought up), so it
does not wake the process in between; the main window makes one, starts it
with :meth:`CheckInWatch.attach` when the vault is unlocked and stops it with
:meth:`CheckInWatch.detach` when it locks::

    watch = CheckInWatch(clock=clock, parent=window)
    watch.attach(vault)
    notice = CheckInNotice(watch, parent=window)   # ui/checkins/notice.py
    tray = CheckInTray(watch, parent=window)       # ui/checkins/tray.py

Each look reads the plans with a recent check-in time off the GUI thread
(``vault.plans.with_check_in``) and works out their state with the rules in
:mod:`fieldsafe.core.checkins` at the injected clock's time, so tests move
a ``FakeClock`` and call :meth:`check_now` instead of sleeping. It looks
again when the plans change (the main window says so) and at the latest
after :data:`INTERVAL_MS` (a plan written by another program). A timer
counts no time while the computer sleeps, so :meth:`catch_up` compares the
wall clock with the moment due (the idle lock calls it at each of its looks,
sharing that wake-up). Nothing is sent anywhere: everything happens in this
vault.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from fieldsafe.core.checkins import (
    NOTICE_FOR,
    CheckIn,
    CheckInState,
    check_ins,
    mark_back_safely,
    next_change,
)
from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.records import MAX_MINUTES, RecordId
from fieldsafe.ui.common import ops
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.checkins.watch")

#: the longest the watch waits between two looks (a check-in is noticed on
#: time; a plan written by another program at most this late)
INTERVAL_MS = 10 * 60_000
#: after a look that failed (e.g. the vault busy with a backup), look again this soon
RETRY_MS = 30_000
#: how far back a check-in time can lie and still be brought up (the longest grace, then NOTICE_FOR)
_LOOK_BACK = NOTICE_FOR + timedelta(minutes=MAX_MINUTES)


class CheckInWatch(QObject):
    """Knows which check-ins have passed; marks "I'm back safely"."""

    #: the check-ins to bring up now changed: a ``list[CheckIn]``, longest overdue first
    overdue_changed = Signal(list)
    #: a check-in passed that was not brought up before in this session: the plan's id
    check_in_passed = Signal(str)
    #: "I'm back safely" was saved for a plan: its id
    marked = Signal(str)
    #: marking or reading failed: the error (the notice words it)
    failed = Signal(object)
    #: a look finished (tests wait for it)
    checked = Signal()

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self._generation = 0
        self._all: list[CheckIn] = []
        self._overdue: list[CheckIn] = []
        self._announced: set[str] = set()
        self._due: datetime | None = None  # when the next look is due (wall clock)
        self._longest_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # never early: one look, on time
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    @property
    def clock(self) -> Clock:
        return self._clock

    def attach(self, vault: Vault) -> None:
        """Start watching ``vault``'s plans (looks at once, then when a
        check-in is due to change)."""
        self._vault = vault
        self._announced.clear()
        self.check_now()

    def detach(self) -> None:
        """Stop watching and forget every check-in (at lock)."""
        self.timer.stop()
        self._due = None
        self._vault = None
        self._generation += 1
        self._all = []
        self._announced.clear()
        if self._overdue:
            self._overdue = []
            self.overdue_changed.emit([])

    def overdue(self) -> list[CheckIn]:
        """The check-ins brought up now, longest overdue first."""
        return list(self._overdue)

    def upcoming(self) -> list[CheckIn]:
        """The check-ins still to come or in their grace, as last read."""
        return [c for c in self._all if c.state in (CheckInState.WAITING, CheckInState.GRACE)]

    def catch_up(self) -> None:
        """Look now if the wall clock has passed the moment the next look
        is due (after a sleep, or the clock set forward); else nothing."""
        if self._due is not None and self._clock.now() >= self._due:
            self.check_now()

    def check_now(self) -> None:
        """Look now (off the GUI thread); :attr:`checked` when done."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return
        self.timer.stop()
        self._due = None  # this look is under way
        self._generation += 1
        generation = self._generation
        since = self._clock.now() - _LOOK_BACK
        ops.run(lambda: vault.plans.with_check_in(since=since)).on_success(
            lambda plans: self._read(generation, plans)
        ).on_failure(lambda error: self._failed(generation, error))

    def _read(self, generation: int, plans: list[tuple[RecordId, dict[str, object]]]) -> None:
        if generation != self._generation or self._vault is None:
            return  # overtaken by a newer look, or locked meanwhile
        now = self._clock.now()
        self._look_again(plans, now)
        self._all = check_ins(plans, now)
        overdue = [c for c in self._all if c.is_overdue]
        overdue.sort(key=lambda c: (c.overdue_at, c.plan_id))
        changed = overdue != self._overdue
        self._overdue = overdue
        if changed:
            self.overdue_changed.emit(list(overdue))
        for check_in in overdue:
            if check_in.plan_id not in self._announced:
                self._announced.add(check_in.plan_id)
                self.check_in_passed.emit(check_in.plan_id)
        self.checked.emit()

    def _look_again(
        self, plans: list[tuple[RecordId, dict[str, object]]], now: datetime, *, within: int = 0
    ) -> None:
        """Set the timer for the next change of a check-in, at the latest
        :data:`INTERVAL_MS` (or ``within`` ms) from now."""
        wait = timedelta(milliseconds=within or self._longest_ms)
        change = next_change(plans, now)
        if change is not None:
            wait = max(timedelta(0), min(wait, change - now))
        self._due = now + wait
        self.timer.start(math.ceil(wait / timedelta(milliseconds=1)))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._look_again([], self._clock.now(), within=RETRY_MS)
        log.info("check_ins_failed", exc_info=(type(error), error, None))
        self.failed.emit(error)
        self.checked.emit()

    def mark_back_safely(self, plan_id: str) -> None:
        """ "I'm back safely": store the time in the plan (off the GUI
        thread), then look again."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return
        now = self._clock.now()
        record_id = RecordId(plan_id)

        def mark() -> None:
            fields = vault.plans.get(record_id)
            vault.plans.save(mark_back_safely(fields, now), plan_id=record_id)

        ops.run(mark).on_success(lambda _none: self._marked(plan_id)).on_failure(self.failed.emit)

    def _marked(self, plan_id: str) -> None:
        if self._vault is None:
            return
        self.marked.emit(plan_id)
        self.check_now()
