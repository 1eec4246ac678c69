"""Lock when the computer goes to sleep or the screen locks (docs/security.md, bar 8),
where the desktop reports it over D-Bus: logind's ``PrepareForSleep`` on the
system bus, and the freedesktop / GNOME screensaver's ``ActiveChanged`` on
the session bus. Where no bus or service exists (other systems, CI), nothing
is connected and the wall-clock idle lock still covers sleep: the first event
after waking locks at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger("fieldsafe.ui.shell.suspend")

_WATCHES = (
    (
        "system",
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
    ),
    ("session", "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("session", "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
)


class SuspendWatcher(QObject):
    """Emits :attr:`going_away` when the system sleeps or the screen locks."""

    going_away = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        for bus_name, service, path, interface, member in _WATCHES:
            bus = (
                QDBusConnection.systemBus()
                if bus_name == "system"
                else QDBusConnection.sessionBus()
            )
            if not bus.isConnected():
                continue
            # The stubs want the slot signature as bytes; PySide takes SLOT()'s str.
            slot = SLOT("on_signal(bool)")
            if bus.connect(service, path, interface, member, self, slot):  # type: ignore[call-overload]
                self.connected.append(f"{interface}.{member}")
        log.info("suspend_watch", extra={"counts": {"signals": len(self.connected)}})

    @Slot(bool)
    def on_signal(self, starting: bool) -> None:
        """``True`` means: about to sleep, or the screen saver / lock came on."""
        if starting:
            log.info("system_sleep_or_screen_lock")
            self.going_away.emit()
