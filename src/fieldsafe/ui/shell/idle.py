"""Idle lock: lock after a stretch without keyboard or mouse activity.

Time is read from an injected :class:`~fieldsafe.core.clock.Clock` and
compared as wall-clock time, so a laptop that slept for an hour locks as soon
as it wakes: a countdown timer would have been paused by the suspend. A
``QTimer`` only decides *when to look* (every :data:`CHECK_EVERY_MS`, the one
periodic wake-up while unlocked; :attr:`IdleLock.looked` lets other
wall-clock work share it); tests call :meth:`IdleLock.check` after advancing
a ``FakeClock``.

Activity is seen where the keyboard and the mouse arrive: every input event
from the window system is delivered to a top-level ``QWindow`` first, which
hands it to its widgets. The lock filters those windows' events only, never
the application's: timers, paints, layouts and posted calls (thousands a
second while working) never reach Python, and nothing at all does while
nobody is there. Windows that appear later (a dialog, a menu) are watched
from when they take the focus, and at the next look at the latest.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

from fieldsafe.core.clock import Clock

DEFAULT_MINUTES = 5
CHECK_EVERY_MS = 5_000

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLock(QObject):
    """Emits :attr:`idle` once when no activity was seen for ``minutes``.
    Watches the input of every FieldSafe window while started."""

    idle = Signal()
    #: each periodic look at the clock that did not lock (every ``check_every_ms``)
    looked = Signal()

    def __init__(
        self,
        clock: Clock,
        *,
        minutes: float = DEFAULT_MINUTES,
        check_every_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = timedelta(minutes=minutes)
        self._last_activity = clock.now()  # moment of the last activity or check
        self._idle_for = timedelta(0)
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self._look)

    def set_minutes(self, minutes: float) -> None:
        """Lock after ``minutes`` from now on (Preferences); idle time so far counts."""
        self._limit = timedelta(minutes=minutes)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self.note_activity()
        self._watch_windows()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._watch)
        for window in QGuiApplication.topLevelWindows():
            window.removeEventFilter(self)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: installing again only moves it first

    def _watch_windows(self) -> None:
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def _look(self) -> None:
        if not self.check():
            self._watch_windows()  # a window that never took the focus (a menu)
            self.looked.emit()

    def note_activity(self) -> None:
        self._last_activity = self._clock.now()
        self._idle_for = timedelta(0)

    def _idle_time(self) -> timedelta:
        """Idle time so far, added up check by check: a jump forward (sleep,
        suspend) counts in full, a jump backward (clock corrected) counts as
        nothing instead of postponing the lock by its size."""
        now = self._clock.now()
        step = now - self._last_activity
        self._last_activity = now
        if step > timedelta(0):
            self._idle_for += step
        return self._idle_for

    def check(self) -> bool:
        """Lock (emit :attr:`idle`) if the limit has passed; returns whether it did."""
        if not self._running:
            return False
        if self._idle_time() >= self._limit:
            self.stop()
            self.idle.emit()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY:
            # Check first: activity arriving after a long sleep must not
            # postpone a lock that is already due, nor reach the window
            # that is being locked.
            if self.check():
                return True
            self.note_activity()
        return False
