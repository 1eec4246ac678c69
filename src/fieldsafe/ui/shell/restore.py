"""*Restore from a backup…*: the unlock screen's way out of a damaged vault
(Interface 1.8).

The person chooses a backup file and types the passphrase (or recovery code)
that was valid when it was made. :meth:`Vault.restore_in_place
<fieldsafe.vault.store.Vault.restore_in_place>` runs through ``ui.ops``, off
the GUI thread: the same checked restore as ``fieldsafe-cli restore``, then
the damaged files moved, never deleted, to a folder beside the vault's. The
dialog says honestly what happened: what was refused and that nothing
changed, or that the backup is now the vault, what it does not hold, and
where the damaged files went.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock
from fieldsafe.messages import describe_restore
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.dialogs import ChooseFile
from fieldsafe.ui.common.form_fit import stack_when_narrow
from fieldsafe.ui.common.widgets import resize_for_text
from fieldsafe.ui.shell.passphrase import RevealToggle, passphrase_edit, wipe


def _t(text: str) -> str:
    return QCoreApplication.translate("restore", text)


def restored_message() -> str:
    """What the unlock screen says after a restore (no path, no name)."""
    return _t(
        "The backup is now your vault. Records written after the backup was made are not in "
        "it. The damaged files were not deleted: they were moved, still encrypted, to a folder "
        "beside the vault's folder whose name ends in “damaged” and the date. Type the "
        "passphrase or recovery code that was valid when the backup was made."
    )


class ChooseBackupToRestore:
    """The backup file to restore; ``None`` if the person cancelled (a seam
    tests replace)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        return ChooseFile.open(
            parent,
            _t("Choose a backup"),
            _t("FieldSafe backups (*.fieldsafe-backup);;All files (*)"),
        )


class RestoreDialog(QDialog):
    """Open with ``open()``. Emits :attr:`restored` once the backup is in
    place (the vault stays locked: the person unlocks it as usual)."""

    restored = Signal()

    def __init__(
        self, vault_dir: Path, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault_dir = Path(vault_dir)
        self._clock = clock
        self._busy = False
        self._backup: Path | None = None
        self.setWindowTitle(_t("Restore from a backup"))
        intro = QLabel(
            _t(
                "The backup you choose takes the damaged vault's place. FieldSafe checks the "
                "whole backup first; if anything is wrong with it, nothing is changed. The "
                "damaged files are kept, never deleted. Records written after the backup was "
                "made are not in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.file_field = QLineEdit(self)
        self.file_field.setReadOnly(True)
        self.file_field.setAccessibleName(_t("Backup file"))
        self.file_field.setPlaceholderText(_t("No backup chosen yet"))
        self.choose_button = QPushButton(_t("&Choose…"), self)
        self.choose_button.setAccessibleName(_t("Choose a backup file"))
        self.choose_button.clicked.connect(self.choose)
        self.passphrase = passphrase_edit(_t("Passphrase of the backup"), self)
        self.reveal = RevealToggle([self.passphrase], self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(_t("Restoring"))
        self.busy_bar.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(_t("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            _t("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(_t("Restore"))
        self.restore_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(intro)
        self.passphrase.textChanged.connect(self._update)
        self.passphrase.returnPressed.connect(self.submit)
        self._update()
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        width = em * 40  # room for "No backup chosen yet" beside its label and button
        margins = self._box.contentsMargins()
        self._form.setRowWrapPolicy(self._form_policy(width - margins.left() - margins.right()))
        resize_for_text(self, width)  # the height the form needs, stacked or not

    def _form_policy(self, width: int) -> QFormLayout.RowWrapPolicy:
        if self.fit.stacked(width):
            return QFormLayout.RowWrapPolicy.WrapAllRows
        return QFormLayout.RowWrapPolicy.WrapLongRows

    def _lay_out(self, intro: QLabel) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.choose_button)
        file_label = QLabel(_t("Backup &file:"), self)
        file_label.setBuddy(self.choose_button)
        passphrase_label = QLabel(_t("&Passphrase of the backup:"), self)
        passphrase_label.setBuddy(self.passphrase)
        form = self._form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(file_label, file_row)
        form.addRow(passphrase_label, self.passphrase)
        form.addRow(None, self.reveal)  # type: ignore[call-overload]  # no label: Qt takes None
        layout = self._box = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # Labels above their fields where "No backup chosen yet" and the
        # button would not fit beside a long label (a longer language, large text).
        self.fit = stack_when_narrow(form, [self.file_field])
        self.choose_button.setFocus()

    def choose(self) -> None:
        if self._busy:
            return
        chosen = ChooseBackupToRestore.ask(self)
        if chosen is None:
            return
        self._backup = chosen
        self.file_field.setText(chosen.name)  # the name only: the folder is on screen enough
        self.status.setText("")
        self._update()
        self.passphrase.setFocus()

    def _update(self) -> None:
        self.restore_button.setEnabled(
            not self._busy and self._backup is not None and bool(self.passphrase.text())
        )

    def submit(self) -> None:
        if self._busy or not self.restore_button.isEnabled() or self._backup is None:
            return
        secret = self.passphrase.text()
        wipe(self.passphrase)  # not kept in the widget while the key is derived
        self._set_busy(True)
        self.status.setText(_t("Checking and restoring the backup…"))
        backup, directory, clock = self._backup, self._vault_dir, self._clock

        def work() -> Path:
            from fieldsafe.vault import Vault

            return Vault.restore_in_place(backup, directory, secret, clock=clock)

        ops.run(work, parent=self).on_success(self._done).on_failure(self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.choose_button, self.passphrase, self.reveal):
            widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self._update()

    def _done(self, _aside: object) -> None:
        self._set_busy(False)
        self.accept()
        self.restored.emit()  # after closing: the unlock screen takes the focus back

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(describe_restore(error))
        self.passphrase.setFocus()

    def done(self, result: int) -> None:
        if self._busy:
            return  # the backup is being put in place; let it finish
        wipe(self.passphrase)
        self.reveal.setChecked(False)
        super().done(result)
