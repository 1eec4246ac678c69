"""Preferences (Vault ▸ Preferences…, Ctrl+, or the platform's key): your
name as colleagues see it, the language, the text size, when to lock by
itself, the look, a system tray notice when a check-in time passes (off
by default; it never shows content), and the encrypted backup on a schedule
(:mod:`.scheduled_backup`, which applies at once: it is the vault's).

Everything but the name goes to the allow-listed settings file
(:mod:`.settings`), written atomically in one go; keys this dialog does not
show (the window's place, say) are kept as they were. The name is the
vault's own (``vault.sharing.set_name``): it travels on your card, so it is
stored in the vault, never in the settings file. The lock time and the look
apply at once; the language and the text size from the next start (every
window would have to be built again), which the dialog says.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.errors import StorageFailed
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops, theme
from fieldsafe.ui.common.language_choice import LanguageChoice
from fieldsafe.ui.shell import settings
from fieldsafe.ui.shell.preference_changes import changes
from fieldsafe.ui.shell.scheduled_backup import ScheduledBackupSection
from fieldsafe.ui.shell.settings import Settings

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.preferences")

#: the text sizes offered, as a factor of the system's font size
TEXT_SIZES = (0.9, 1.0, 1.15, 1.3, 1.6, 2.0, 2.5)
#: the longest name a card carries (vault.sharing cleans longer ones)
NAME_LENGTH = 80
#: the name a vault has before its person chose one (vault.sharing.DEFAULT_NAME)
UNNAMED = "FieldSafe"


def _t(text: str, comment: str | None = None) -> str:
    return QCoreApplication.translate("Preferences", text, comment)


def shortcuts() -> list[QKeySequence]:
    """The platform's Preferences key, else Ctrl+, (as KeePassXC)."""
    found = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return found or [QKeySequence("Ctrl+,")]


def _size_label(scale: float) -> str:
    locale = QLocale()
    return f"{locale.toString(round(scale * 100))}{locale.percent()}"


def _hint(text: str, parent: QWidget) -> QLabel:
    """A quiet line under a field: smaller and muted, never italic."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "hint")
    return label


class PreferencesDialog(QDialog):
    """Emits :attr:`saved` with the :class:`Settings` written."""

    saved = Signal(object)

    def __init__(self, vault: Vault | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._prefs = settings.load()
        self._name_loaded: str | None = None
        self.setWindowTitle(_t("Preferences"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(_t("Your name"))
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText(_t("A name or nickname"))
        self.name.setEnabled(False)  # until the vault has said the current one
        self.language = LanguageChoice(current=self._prefs.language, with_system=True, parent=self)
        self.text_size = QComboBox(self)
        self.text_size.setAccessibleName(_t("Text size"))
        sizes = sorted({*TEXT_SIZES, self._prefs.font_scale})
        for scale in sizes:
            self.text_size.addItem(_size_label(scale), scale)
        self.text_size.setCurrentIndex(sizes.index(self._prefs.font_scale))
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(*settings.IDLE_LOCK_MINUTES)
        self.idle_minutes.setValue(self._prefs.idle_lock_minutes)
        self.idle_minutes.setSuffix(" " + _t("min", "minutes, after a number"))
        self.idle_minutes.setAccessibleName(_t("Minutes idle before locking"))
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(_t("Appearance"))
        for value, label in theme.choices():
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(self.theme.findData(self._prefs.theme), 0))
        self.check_in_tray = QCheckBox(_t("Show a system notice when a check-in time passes"), self)
        self.check_in_tray.setAccessibleName(_t("System notice when a check-in time passes"))
        self.check_in_tray.setChecked(self._prefs.check_in_tray)
        self.scheduled_backup = ScheduledBackupSection(vault, self)  # applies at once
        # Made after the fields, so Tab follows the order they are shown in.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.status = _hint("", self)
        self._lay_out()
        self._load_name()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Hints span the whole row: in the field column they wrap into too
        # little height at large text sizes.
        form.addRow(self._label(_t("Your &name:"), self.name), self.name)
        form.addRow(_hint(_t("Colleagues see this name on your card."), self))
        form.addRow(self._label(_t("&Language:"), self.language), self.language)
        form.addRow(self.language.status_hint(self))  # reviewed by a native speaker?
        form.addRow(self._label(_t("&Text size:"), self.text_size), self.text_size)
        form.addRow(
            _hint(_t("Language and text size change the next time FieldSafe starts."), self)
        )
        form.addRow(self._label(_t("Lock when &idle for:"), self.idle_minutes), self.idle_minutes)
        form.addRow(self._label(_t("&Appearance:"), self.theme), self.theme)
        form.addRow(self.check_in_tray)
        form.addRow(
            _hint(_t("It says only that a check-in time has passed, never which meeting."), self)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scheduled_backup)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- the name lives in the vault ---------------------------------------------------------

    def _load_name(self) -> None:
        vault = self._vault
        if vault is None:
            self.name.setPlaceholderText(_t("Unlock the vault to change your name"))
            return
        ops.run(lambda: vault.sharing.identity().name, parent=self).on_success(
            self._show_name
        ).on_failure(self._failed)

    def _show_name(self, name: str) -> None:
        self._name_loaded = name
        self.name.setText("" if name == UNNAMED else name)
        self.name.setEnabled(True)
        # The name comes first: it takes the focus unless the person has moved on.
        if (
            self.focusWidget() in (None, self.language)
            and self.language.value() == self._prefs.language
        ):
            self.name.setFocus()

    def _name_changed(self) -> bool:
        if self._name_loaded is None:
            return False
        shown = "" if self._name_loaded == UNNAMED else self._name_loaded
        return " ".join(self.name.text().split()) != " ".join(shown.split())

    # -- saving ----------------------------------------------------------------------------

    def chosen(self) -> Settings:
        """The settings as the dialog shows them, every other key as saved now."""
        return replace(
            settings.load(),
            language=self.language.value(),
            font_scale=float(self.text_size.currentData()),
            idle_lock_minutes=self.idle_minutes.value(),
            theme=str(self.theme.currentData()),
            check_in_tray=self.check_in_tray.isChecked(),
        )

    def save(self) -> None:
        """Write the settings, apply what applies at once, then the name."""
        chosen = self.chosen()
        try:
            settings.save(chosen)
        except StorageFailed as error:
            self.status.setText(describe(error))
            return
        app = QApplication.instance()
        if isinstance(app, QApplication) and chosen.theme != self._prefs.theme:
            theme.apply(app, chosen.theme)  # the look changes at once
        self.saved.emit(chosen)
        changes().idle_lock_minutes.emit(chosen.idle_lock_minutes)
        changes().saved.emit(chosen)
        vault = self._vault
        if vault is None or not self._name_changed():
            self.accept()
            return
        name = self.name.text()
        self.buttons.setEnabled(False)
        ops.run(lambda: vault.sharing.set_name(name), parent=self).on_success(
            lambda _identity: self.accept()
        ).on_failure(self._failed)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(describe(error))


def open_preferences(window: QWidget, vault: Vault | None) -> PreferencesDialog:
    """Show the dialog over ``window`` (window-modal); it deletes itself when closed."""
    dialog = PreferencesDialog(vault, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    log.info("preferences_opened")
    return dialog
