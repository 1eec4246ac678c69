"""Change the passphrase: current one, then a new one (same rules and meter as
the first-run wizard), through ``ui.ops``. The old passphrase stops working at
once. "Also re-encrypt the vault", on by default, gives the vault a new key
too: earlier copies of the key file stop working, and the new recovery code
is shown once, as at first run.

After an unlock with the recovery code the same dialog opens with
``after_recovery=True`` (see :func:`offer_after_recovery`): a calm word that a
new passphrase can be chosen now, and the recovery code, from the paper, in
place of the current passphrase. It can always be skipped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.messages import describe_task
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.widgets import WrappingCheckBox, resize_for_text
from fieldsafe.ui.shell.passphrase import NewPassphraseForm, passphrase_edit, wipe
from fieldsafe.ui.shell.recovery_code import RecoveryCodeLabel
from fieldsafe.vault import Vault


class ChangePassphraseDialog(QDialog):
    """Open with ``open()`` (never blocks). Emits :attr:`changed` on success."""

    changed = Signal()

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, *, after_recovery: bool = False
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._busy = False
        self._after_recovery = after_recovery
        self.setWindowTitle(self.tr("FieldSafe"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_code_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.current.textChanged.connect(self._update)
        self.form.changed.connect(self._update)
        self._update()
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        resize_for_text(self, em * 36)

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr("The new passphrase works at once and the old one stops working."), page
        )
        intro.setWordWrap(True)
        if self._after_recovery:
            intro.setText(
                self.tr(
                    "You opened FieldSafe with your recovery code. If you no longer know your "
                    "passphrase, you can choose a new one now; the old one stops working. "
                    "Type the recovery code from your paper once more to confirm it is you."
                )
            )
            self.current = passphrase_edit(self.tr("Recovery code"), page)
            current_label = QLabel(self.tr("R&ecovery code:"), page)
        else:
            self.current = passphrase_edit(self.tr("Current passphrase"), page)
            current_label = QLabel(self.tr("C&urrent passphrase:"), page)
        current_label.setBuddy(self.current)
        self.form = NewPassphraseForm(
            label=self.tr("&New passphrase:"),
            accessible_name=self.tr("New passphrase"),
            confirm_label=self.tr("C&onfirm new passphrase:"),
            confirm_accessible_name=self.tr("Confirm new passphrase"),
            parent=page,
        )
        self.rekey = WrappingCheckBox(
            self.tr(
                "Also &re-encrypt the vault under a new key (recommended). Copies of the "
                "old key file stop working, and you get a new recovery code to write down."
            ),
            page,
        )
        self.rekey.box.setAccessibleName(self.tr("Also re-encrypt the vault"))
        self.rekey.setChecked(True)
        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, page
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change passphrase"))
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if self._after_recovery:
            cancel.setText(self.tr("No&t now"))
            cancel.setAccessibleName(self.tr("Not now"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.form.form_layout.insertRow(0, current_label, self.current)  # one column of labels
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.rekey)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        return page

    def _build_code_page(self) -> QWidget:
        """Shown after a re-encryption: the new recovery code, once."""
        page = QWidget(self)
        heading = QLabel(self.tr("Your new recovery code"), page)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.code_label = RecoveryCodeLabel(page)
        self.code_label.setAccessibleName(self.tr("New recovery code"))
        advice = QLabel(
            self.tr(
                "The vault now has a new key. Write this new code on paper now and keep it "
                "apart from this laptop, then destroy the old one: it no longer opens the "
                "vault. Backups made earlier still open with the passphrase and recovery "
                "code that were valid when they were made."
            ),
            page,
        )
        advice.setWordWrap(True)
        self.written = QPushButton(self.tr("I have &written it down"), page)
        self.written.setAccessibleName(self.tr("I have written it down"))
        self.written.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(self.code_label)
        layout.addStretch(1)
        layout.addWidget(advice)
        layout.addWidget(self.written, 0, Qt.AlignmentFlag.AlignRight)
        return page

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
        self.rekey.setEnabled(False)
        self._update()
        vault, rekey = self._vault, self.rekey.isChecked()
        ops.run(
            lambda: vault.change_passphrase(old, new, rekey=rekey),
            parent=self,
            progress=self.tr("Changing the passphrase…"),
        ).on_success(self._done).on_failure(self._failed)

    def _done(self, code: object) -> None:
        self._busy = False
        self._wipe()
        self.changed.emit()
        if not isinstance(code, str):
            self.accept()
            return
        self.code_label.setText(code)
        self.pages.setCurrentIndex(1)
        self.code_label.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.current.setEnabled(True)
        self.form.set_busy(False)
        self.rekey.setEnabled(True)
        wipe(self.current)
        self.status.setText(describe_task(error))
        self.current.setFocus()
        self._update()

    def _wipe(self) -> None:
        wipe(self.current)
        self.form.wipe()

    def done(self, result: int) -> None:
        if self._busy and result != QDialog.DialogCode.Accepted:
            return  # the key file is being rewritten; let it finish
        if self.pages.currentIndex() == 1 and result != QDialog.DialogCode.Accepted:
            return  # the new recovery code is shown once: leave only once it is written down
        self._busy = False
        self._wipe()
        self.code_label.clear()  # shown once
        super().done(result)
