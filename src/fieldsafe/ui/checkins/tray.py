"""A system tray notice when a check-in time passes, if the person asked
for one (off by default: the ``check_in_tray`` setting).

The notice never shows content: only "FieldSafe" and "A check-in time has
passed.", whatever the plan says, so a glance at the screen or at the
system's notification history gives nothing away. The tray icon appears
only while a check-in is waiting for "I'm back safely" and goes when none
is, when the vault locks (:meth:`CheckInWatch.detach`), or when the setting
is switched off. Clicking the icon or the message asks the main window to
come forward (:attr:`CheckInTray.activated`), where the in-app notice says
the rest. Where the desktop has no tray, nothing is shown; the in-app
notice is always there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from fieldsafe.core.checkins import CheckIn
from fieldsafe.ui.checkins.watch import CheckInWatch
from fieldsafe.ui.common.icons import icon
from fieldsafe.ui.shell import settings


def _t(text: str) -> str:
    return QCoreApplication.translate("checkins", text)


class CheckInTray(QObject):
    """Shows a content-free tray message when a check-in passes."""

    #: the icon or its message was clicked: bring the window forward
    activated = Signal()

    def __init__(
        self, watch: CheckInWatch, *, enabled: bool | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._enabled = settings.load().check_in_tray if enabled is None else enabled
        self._icon: QSystemTrayIcon | None = None
        #: what was shown, (title, message), for tests and nothing else
        self.shown: list[tuple[str, str]] = []
        watch.check_in_passed.connect(self._passed)
        watch.overdue_changed.connect(self._overdue_changed)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Follow the setting (Preferences); switching off removes the icon."""
        self._enabled = enabled
        if not enabled:
            self._remove()

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a system tray (a seam for tests)."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def _passed(self, _plan_id: str) -> None:
        if not self._enabled or not self.available():
            return
        title, message = _t("FieldSafe"), _t("A check-in time has passed.")
        tray = self._tray()
        tray.setToolTip(message)
        tray.show()
        tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information)
        self.shown.append((title, message))

    def _overdue_changed(self, check_ins: list[CheckIn]) -> None:
        if not check_ins:
            self._remove()

    def _tray(self) -> QSystemTrayIcon:
        if self._icon is None:
            self._icon = QSystemTrayIcon(icon("due"), self)
            self._icon.activated.connect(lambda _reason: self.activated.emit())
            self._icon.messageClicked.connect(self.activated)
        return self._icon

    def _remove(self) -> None:
        if self._icon is not None:
            self._icon.hide()
            self._icon.deleteLater()
            self._icon = None

    def is_showing(self) -> bool:
        return self._icon is not None and self._icon.isVisible()
