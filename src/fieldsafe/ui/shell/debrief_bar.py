""" "Debrief now?" after a new log is saved: offered under the window, never
forced. The main window opens the journal or sets the reminder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class DebriefBar(QFrame):
    """Offers a debrief for :attr:`log_id`; hidden until :meth:`offer`."""

    #: "Debrief now" (the log id, or None)
    now_requested = Signal(object)
    #: "Remind me later" (the log id, or None)
    later_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            _t(
                "The log is saved. Would you like to write a few lines for yourself about how it went?"
            ),
            self,
        )
        text.setWordWrap(True)
        self.debrief_now = QPushButton(_t("Debrief now"), self)
        self.debrief_now.setAccessibleName(_t("Debrief now"))
        self.debrief_later = QPushButton(_t("Remind me later"), self)
        self.debrief_later.setAccessibleName(_t("Remind me later"))
        self.debrief_skip = QPushButton(_t("Not this time"), self)
        self.debrief_skip.setAccessibleName(_t("Not this time"))
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.debrief_now)
        layout.addWidget(self.debrief_later)
        layout.addWidget(self.debrief_skip)
        self.hide()
        self.log_id: str | None = None
        self.debrief_now.clicked.connect(lambda: self.now_requested.emit(self.log_id))
        self.debrief_later.clicked.connect(self._later)
        self.debrief_skip.clicked.connect(self.withdraw)

    def offer(self, log_id: str) -> None:
        self.log_id = log_id
        self.show()

    def withdraw(self) -> None:
        self.log_id = None
        self.hide()

    def _later(self) -> None:
        log_id = self.log_id
        self.withdraw()
        self.later_requested.emit(log_id)
