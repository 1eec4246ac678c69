"""The unlock screen: calm, centred, one field.

The field takes the passphrase or the recovery code (``Vault.open`` tries
both). Key derivation runs through ``ui.ops`` with an inline busy bar; the
field is emptied as soon as it is submitted, so the secret does not stay in a
widget while the key is derived. Every failure is worded by
``ui.errors.describe``: a wrong passphrase asks to try again, a damaged or
missing key file says so and what to do. A damaged database (found by the
integrity check at unlock, see ``vault/store.py``) also offers *Restore from a
backup…* (:mod:`fieldsafe.ui.shell.restore`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock
from fieldsafe.errors import VaultDamaged
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.empty_state import IconMark
from fieldsafe.ui.common.widgets import resize_for_text
from fieldsafe.ui.shell.passphrase import CapsLockHint, RevealToggle, passphrase_edit, wipe

if TYPE_CHECKING:
    from fieldsafe.vault import Vault


class LockScreen(QWidget):
    """Emits :attr:`unlocked` with the open :class:`Vault`."""

    unlocked = Signal(object)
    #: the passphrase was submitted; key derivation is running
    unlocking = Signal()

    def __init__(
        self, vault_dir: Path, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self._clock = clock
        self._busy = False
        self.setWindowTitle(self.tr("FieldSafe"))
        heading, intro = self._build_heading()
        label, hint = self._build_field()
        self._build_status()
        self._lay_out(heading, intro, label, hint)
        self.field.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        self.resize(em * 48, em * 32)

    def _build_heading(self) -> tuple[QLabel, QLabel]:
        # The look's roles (ui/common/theme.py), as the other screens' titles and hints.
        self.mark = IconMark("lock", 2.5, self)
        heading = QLabel(self.tr("FieldSafe is locked"), self)
        heading.setProperty("role", "title")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        intro = QLabel(
            self.tr("Your records are encrypted. Type your passphrase to open them."), self
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return heading, intro

    def _build_field(self) -> tuple[QLabel, QLabel]:
        """The passphrase field, its label, and the hint below it."""
        self.field = passphrase_edit(self.tr("Passphrase"), self)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.field)
        self.reveal = RevealToggle([self.field], self)
        self.caps_hint = CapsLockHint([self.field], self)
        hint = QLabel(self.tr("Forgot it? You can type your recovery code here instead."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        return label, hint

    def _build_status(self) -> None:
        """The Unlock button, the busy bar while the key is derived, the message."""
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.busy_bar.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"), self)
        self.restore_button.setAccessibleName(self.tr("Restore from a backup"))
        self.restore_button.clicked.connect(self.restore_from_backup)
        self.restore_button.hide()  # only for a damaged vault

    def _lay_out(self, heading: QLabel, intro: QLabel, label: QLabel, hint: QLabel) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        column = QVBoxLayout()
        column.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(QFontMetrics(self.font()).height())
        column.addWidget(label)
        column.addWidget(self.field)
        column.addLayout(buttons)
        column.addWidget(self.caps_hint)
        column.addWidget(hint)
        column.addWidget(self.busy_bar)
        column.addWidget(self.message)
        column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeading)

        # Centre a column about half the window wide, whatever the font size.
        grid = QGridLayout(self)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(2, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        grid.addLayout(column, 1, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.field.setFocus()

    @property
    def busy(self) -> bool:
        return self._busy

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._grow_for_text()
        # Screen readers announce the field's description when it takes focus.
        self.field.setAccessibleDescription(text)

    def _grow_for_text(self) -> None:
        """As a window, taller where a message (a damaged vault's, a restore's)
        wraps to more lines than there is room for at this width: a window's
        smallest size ignores wrapped text. Never shorter."""
        if self.isWindow():
            resize_for_text(self, self.width(), at_least=self.height())

    def submit(self) -> None:
        if self._busy:
            return
        secret = self.field.text()
        if not secret:
            self.show_message(self.tr("Please type your passphrase or recovery code."))
            self.field.setFocus()
            return
        wipe(self.field)
        self._set_busy(True)
        self.restore_button.hide()
        self.show_message(self.tr("Unlocking…"))
        directory, clock = self.vault_dir, self._clock
        self.unlocking.emit()
        ops.run(lambda: _open_vault(directory, secret, clock), parent=self).on_success(
            self._opened
        ).on_failure(self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.show_message("")
        self.unlocked.emit(vault)

    def _failed(self, error: BaseException) -> None:
        self.show_failure(error)

    def show_failure(self, error: BaseException) -> None:
        """Say why the vault could not be opened (or, found just after it
        opened, why it was locked again); a damaged one offers a restore."""
        self._set_busy(False)
        wipe(self.field)
        self.show_message(describe(error))
        self.restore_button.setVisible(isinstance(error, VaultDamaged))
        self._grow_for_text()
        self.field.setFocus()

    def restore_from_backup(self) -> None:
        """Choose a backup to put in place of the damaged vault (never blocks)."""
        from fieldsafe.ui.shell.restore import RestoreDialog

        dialog = RestoreDialog(self.vault_dir, clock=self._clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()

    def _restored(self) -> None:
        from fieldsafe.ui.shell.restore import restored_message

        self.restore_button.hide()
        self.show_message(restored_message())
        self.activateWindow()
        self.field.setFocus()

    def wipe(self) -> None:
        wipe(self.field)
        self.reveal.setChecked(False)
        self.restore_button.hide()
        self.show_message("")


def _open_vault(directory: Path, secret: str, clock: Clock | None) -> Vault:
    """Runs on a worker thread. The store (and SQLCipher) is imported here,
    not at start-up: the lock screen appears sooner. The integrity check
    goes on beside the first page (the session waits for it)."""
    from fieldsafe.vault import Vault

    return Vault.open(directory, secret, clock=clock, check_later=True)
