"""The journal's lock gate: the passphrase is asked again before the journal
opens, even while the vault is open. A calm, centred column (the journal's
icon, one sentence, the field and its button), never stretched across a
wide window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from fieldsafe.ui.common import theme
from fieldsafe.ui.common.empty_state import IconMark


def _t(text: str) -> str:
    return QCoreApplication.translate("JournalView", text)  # where the words always were


#: the column's greatest width, in average characters of the font
COLUMN_CHARACTERS = 48


class JournalGate(QWidget):
    """The gate's widgets; :class:`~.view.JournalView` wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = IconMark("journal", 2.5, self)
        self.text = QLabel(_t("Your journal is locked. Enter your passphrase to open it."), self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(_t("Passphrase"))
        self.button = QPushButton(_t("Open my journal"), self)
        self.button.setAccessibleName(_t("Open my journal"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()

    def _lay_out(self) -> None:
        metrics = QFontMetrics(self.font())
        space = theme.spacing(2, metrics=metrics)
        column = QWidget(self)
        column.setMaximumWidth(metrics.averageCharWidth() * COLUMN_CHARACTERS)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(space)
        inner.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self.text)
        inner.addWidget(self.field)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)  # at the end of the field, as a dialog's button
        inner.addLayout(row)
        inner.addWidget(self.status)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column, 4)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
