"""The code book: person codes, with the words to watch for and a private
note. Inside the vault, private (never searched, exported or shared without
an explicit choice); the window title never shows an entry."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.records import MAX_CODE, PersonCode, RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import Confirm
from fieldsafe.ui.common.widgets import ListField
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.logs.code_book")
_ENTRY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class CodeBookDialog(QDialog):
    """Emits :attr:`changed` after every save or delete."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._entry: PersonCode | None = None
        self._dirty = False
        self._showing = False
        self.setWindowTitle(self.tr("Code book"))
        intro = QLabel(
            self.tr(
                "A person code lets you recognise the same person across logs without writing "
                "their name. Words to watch for (a name, a nickname) stay here: FieldSafe points "
                "them out if they appear in a log, so you can use the code instead."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._build_fields()
        self._build_buttons()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        # An edit is saved when the person moves to another entry or closes
        # the dialog, as in the log editor: nothing typed is dropped silently.
        self.code.textChanged.connect(self._edited)
        self.watch_words.textChanged.connect(self._edited)
        self.note.textChanged.connect(self._edited)
        self._lay_out(intro, close)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 60, em * 32)
        self.reload()
        self.new_entry()

    def _build_fields(self) -> None:
        self.codes = QListWidget(self)
        self.codes.setAccessibleName(self.tr("Codes"))
        self.codes.currentItemChanged.connect(self._chosen)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setMaxLength(MAX_CODE)
        self.code.setPlaceholderText(self.tr("e.g. A12"))
        self.watch_words = ListField(self)
        self.watch_words.setAccessibleName(self.tr("Words to watch for"))
        self.watch_words.setPlaceholderText(self.tr("Names or nicknames, separated by commas"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("Only what helps you recognise the person. Kept only in this vault.")
        )
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New code"), self)
        self.new_button.setAccessibleName(self.tr("New code"))
        self.save_button = QPushButton(self.tr("&Save code"), self)
        self.save_button.setAccessibleName(self.tr("Save code"))
        self.delete_button = QPushButton(self.tr("&Delete code"), self)
        self.delete_button.setAccessibleName(self.tr("Delete code"))
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def _lay_out(self, intro: QLabel, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in (
            (self.tr("&Code:"), self.code),
            (self.tr("&Words to watch for:"), self.watch_words),
            (self.tr("Private n&ote:"), self.note),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.status)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.codes, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(close)

    def reload(self, select: RecordId | None = None) -> None:
        if self._vault is None:
            return
        try:
            entries = self._vault.codes.entries()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.codes.blockSignals(True)
        self.codes.clear()
        for entry in entries:
            item = QListWidgetItem(entry.code, self.codes)
            item.setData(_ENTRY_ROLE, entry)
            if entry.id == select:
                self.codes.setCurrentItem(item)
        self.codes.blockSignals(False)

    def _edited(self) -> None:
        if not self._showing:
            self._dirty = True

    def save_if_dirty(self) -> bool:
        """Save an edit in progress; True when nothing is left unsaved."""
        if not self._dirty or (
            self._entry is None
            and not self.code.text().strip()
            and not self.note.toPlainText().strip()
            and not self.watch_words.values()
        ):
            return True
        return self.save()

    def _chosen(
        self, item: QListWidgetItem | None, previous: QListWidgetItem | None = None
    ) -> None:
        target = item.data(_ENTRY_ROLE) if item is not None else None
        if self._dirty:
            if not self.save_if_dirty():
                self.codes.blockSignals(True)
                self.codes.setCurrentItem(previous)  # type: ignore[arg-type]  # stay with the edit; the message says why
                self.codes.blockSignals(False)
                return
            if target is not None:  # saving rebuilt the list: choose the entry again
                self.reload(select=target.id)
                current = self.codes.currentItem()
                target = current.data(_ENTRY_ROLE) if current is not None else None
        self._show(target)

    def _show(self, entry: PersonCode | None) -> None:
        self._entry = entry
        self._showing = True
        try:
            self.code.setText(entry.code if entry else "")
            self.watch_words.set_values(list(entry.watch_words) if entry else [])
            self.note.setPlainText(entry.note if entry else "")
        finally:
            self._showing = False
        self._dirty = False
        self.delete_button.setEnabled(entry is not None)
        self.status.setText("")

    def reject(self) -> None:
        if self._vault is not None and not self.save_if_dirty():
            if not getattr(self, "_close_warned", False):
                self._close_warned = True
                self.status.setText(
                    self.status.text() + " " + self.tr("Close again to discard this edit.")
                )
                return
        super().reject()

    def new_entry(self) -> None:
        if self._dirty and not self.save_if_dirty():
            return
        self.codes.setCurrentItem(None)  # type: ignore[call-overload]  # no entry chosen
        self._show(None)
        self.code.setFocus()

    def save(self) -> bool:
        if self._vault is None:
            return False
        if not self.code.text().strip():
            self.status.setText(self.tr("Type a code first."))
            return False
        try:
            saved = self._vault.codes.save(
                self.code.text(),
                watch_words=self.watch_words.values(),
                note=self.note.toPlainText(),
                entry_id=self._entry.id if self._entry else None,
            )
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("code_save_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self._dirty = False
        self.reload(select=saved.id)
        self._show(saved)
        self.status.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    def delete(self) -> bool:
        if self._vault is None or self._entry is None:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Delete this code from the code book?"),
            detail=self.tr(
                "Logs that use the code keep it; only the entry and its note are deleted."
            ),
            confirm=self.tr("Delete"),
        ):
            return False
        try:
            self._vault.codes.delete(self._entry.id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.reload()
        self.new_entry()
        self.changed.emit()
        return True

    def wipe(self) -> None:
        self._vault = None
        self._dirty = False
        self._entry = None
        self.codes.clear()
        self.code.clear()
        self.watch_words.clear()
        self.note.clear()
        self.note.document().clearUndoRedoStacks()
