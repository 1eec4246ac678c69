"""Change the passphrase: current one, then a new one (same rules and meter as
the first-run wizard). The key file is re-wrapped through ``ui.ops``; the old
passphrase stops working at once, the recovery code keeps working."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.shell.passphrase import NewPassphraseForm, passphrase_edit, wipe
from fieldsafe.vault import Vault


class ChangePassphraseDialog(QDialog):
    """Open with ``open()`` (never blocks). Emits :attr:`changed` on success."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._busy = False
        self.setWindowTitle(self.tr("FieldSafe"))
        intro = QLabel(
            self.tr(
                "The new passphrase works at once and the old one stops working. "
                "Your recovery code stays the same."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = passphrase_edit(self.tr("Current passphrase"), self)
        current_label = QLabel(self.tr("C&urrent passphrase:"), self)
        current_label.setBuddy(self.current)
        self.form = NewPassphraseForm(
            label=self.tr("&New passphrase:"),
            accessible_name=self.tr("New passphrase"),
            confirm_label=self.tr("C&onfirm new passphrase:"),
            confirm_accessible_name=self.tr("Confirm new passphrase"),
            parent=self,
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form.form_layout.insertRow(0, current_label, self.current)  # one column of labels
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.current.textChanged.connect(self._update)
        self.form.changed.connect(self._update)
        self._update()
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        self.resize(em * 36, self.sizeHint().height())

    def _update(self) -> None:
        self.ok_button.setEnabled(
            not self._busy and bool(self.current.text()) and self.form.is_acceptable()
        )

    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        old, new = self.current.text(), self.form.passphrase()
        self._busy = True
        self.current.setEnabled(False)
        self.form.set_busy(True)
        self._update()
        vault = self._vault
        ops.run(
            lambda: vault.change_passphrase(old, new),
            parent=self,
            progress=self.tr("Changing the passphrase…"),
        ).on_success(self._done).on_failure(self._failed)

    def _done(self, _result: object) -> None:
        self._wipe()
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.current.setEnabled(True)
        self.form.set_busy(False)
        wipe(self.current)
        self.status.setText(describe(error))
        self.current.setFocus()
        self._update()

    def _wipe(self) -> None:
        wipe(self.current)
        self.form.wipe()

    def done(self, result: int) -> None:
        if self._busy and result != QDialog.DialogCode.Accepted:
            return  # the key file is being rewritten; let it finish
        self._busy = False
        self._wipe()
        super().done(result)
