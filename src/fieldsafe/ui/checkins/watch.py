"""The check-in watch: looks at the plans' check-ins now and then, and says
when one has passed without "I'm back safely".

A :class:`CheckInWatch` is a ``QObject`` driven by a ``QTimer``; the main
window makes one, starts it with :meth:`CheckInWatch.attach` when the vault
is unlocked and stops it with :meth:`CheckInWatch.detach` when it locks::

    watch = CheckInWatch(clock=clock, parent=window)
    watch.attach(vault)
    notice = CheckInNotice(watch, parent=window)   # ui/checkins/notice.py
    tray = CheckInTray(watch, parent=window)       # ui/checkins/tray.py

Each look reads the plans with a recent check-in time off the GUI thread
(``vault.plans.with_check_in``) and works out their state with the rules in
:mod:`fieldsafe.core.checkins` at the injected clock's time, so tests move
a ``FakeClock`` and call :meth:`check_now` instead of sleeping. Nothing is
sent anywhere: everything happens in this vault.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from fieldsafe.core.checkins import (
    NOTICE_FOR,
    CheckIn,
    CheckInState,
    check_ins,
    mark_back_safely,
)
from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.records import MAX_MINUTES, RecordId
from fieldsafe.ui.common import ops
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.checkins.watch")

#: how often the watch looks (a check-in is noticed at most this late)
INTERVAL_MS = 30_000
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
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    @property
    def clock(self) -> Clock:
        return self._clock

    def attach(self, vault: Vault) -> None:
        """Start watching ``vault``'s plans (looks at once, then every
        :data:`INTERVAL_MS`)."""
        self._vault = vault
        self._announced.clear()
        self.timer.start()
        self.check_now()

    def detach(self) -> None:
        """Stop watching and forget every check-in (at lock)."""
        self.timer.stop()
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

    def check_now(self) -> None:
        """Look now (off the GUI thread); :attr:`checked` when done."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return
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

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
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
