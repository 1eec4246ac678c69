"""My support: the person's own contacts and what helps them, shown on
demand and offered once after a low check-in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import message_box
from fieldsafe.ui.common.text_fit import keep_wide_enough
from fieldsafe.ui.journal.rows import wrap_rows
from fieldsafe.ui.journal.shared import ID_ROLE
from fieldsafe.vault import Vault

_CTX = "journal"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class OfferSupport:
    """After a low check-in: offer the person's support list, once, gently.
    (A seam: tests replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = message_box(
            parent,
            _t("That sounds like it was hard."),
            detail=_t("Would you like to see the people and things that help you?"),
            icon=QMessageBox.Icon.NoIcon,
            title=_t("FieldSafe"),
        )
        show = box.addButton(_t("Show my support"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_t("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(show)
        box.exec()
        return box.clickedButton() is show


class SupportDialog(QDialog):
    """My support: the person's own contacts and what helps them."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.setWindowTitle(self.tr("My support"))
        intro = QLabel(
            self.tr(
                "People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._build_people()
        self._build_helps()
        self._build_suggestions()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out(intro)
        self.add_contact.clicked.connect(self._add_contact)
        self.remove_contact.clicked.connect(lambda: self._remove(self.contacts))
        self.add_help.clicked.connect(self._add_help)
        self.remove_help.clicked.connect(lambda: self._remove(self.helps))
        self.contact_name.returnPressed.connect(self._add_contact)
        self.help_text.returnPressed.connect(self._add_help)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 56, em * 30)
        self.reload()

    def _build_people(self) -> None:
        self.contacts = QListWidget(self)
        self.contacts.setAccessibleName(self.tr("People I can reach"))
        wrap_rows(self.contacts)  # a phone number or a note is never cut off
        self.contact_name = QLineEdit(self)
        self.contact_name.setAccessibleName(self.tr("Name or organisation"))
        self.contact_name.setPlaceholderText(self.tr("Name or organisation"))
        self.contact_reach = QLineEdit(self)
        self.contact_reach.setAccessibleName(self.tr("How to reach them"))
        self.contact_reach.setPlaceholderText(self.tr("How to reach them"))
        self.contact_notes = QLineEdit(self)
        self.contact_notes.setAccessibleName(self.tr("Notes"))
        self.contact_notes.setPlaceholderText(self.tr("Notes"))
        self.add_contact = QPushButton(self.tr("Add person"), self)
        self.add_contact.setAccessibleName(self.tr("Add person"))
        self.remove_contact = QPushButton(self.tr("Remove person"), self)
        self.remove_contact.setAccessibleName(self.tr("Remove person"))

    def _build_helps(self) -> None:
        self.helps = QListWidget(self)
        self.helps.setAccessibleName(self.tr("What helps me"))
        wrap_rows(self.helps)
        self.help_text = QLineEdit(self)
        self.help_text.setAccessibleName(self.tr("Something that helps"))
        self.help_text.setPlaceholderText(self.tr("e.g. a walk, music, calling my sister"))
        keep_wide_enough(self.help_text)  # its column widens for a longer language's example
        self.add_help = QPushButton(self.tr("Add"), self)
        self.add_help.setAccessibleName(self.tr("Add what helps"))
        self.remove_help = QPushButton(self.tr("Remove"), self)
        self.remove_help.setAccessibleName(self.tr("Remove what helps"))

    def _build_suggestions(self) -> None:
        """Gentle general suggestions, shown while the support list is empty,
        so "Show my support" never opens an empty form."""
        self.suggestions = QWidget(self)
        self.suggestions_text = QLabel(self.suggestions)
        self.suggestions_text.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestions_text.setWordWrap(True)
        self.suggestions_text.setText(self._suggestions_text())
        self.add_first_contact = QPushButton(self.tr("Add someone I can reach"), self.suggestions)
        self.add_first_contact.setAccessibleName(self.tr("Add someone I can reach"))
        self.add_first_contact.clicked.connect(self._start_contact)
        layout = QVBoxLayout(self.suggestions)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggestions_text)
        row = QHBoxLayout()
        row.addWidget(self.add_first_contact)
        row.addStretch(1)
        layout.addLayout(row)
        self.suggestions.hide()

    def _suggestions_text(self) -> str:
        lines = [
            self.tr("Your support list is empty for now. Some things that often help:"),
            self.tr("someone you trust"),
            self.tr("a colleague or your supervisor"),
            self.tr("a helpline of your organisation"),
            self.tr("rest"),
            self.tr("something that grounds you, like a walk or slow breaths"),
        ]
        return "\n• ".join(lines)

    def _start_contact(self) -> None:
        self.contact_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out(self, intro: QLabel) -> None:
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        people = QVBoxLayout()
        people.addWidget(QLabel(self.tr("People I can reach"), self))
        people.addWidget(self.contacts, 1)
        people.addWidget(self.contact_name)
        people.addWidget(self.contact_reach)
        people.addWidget(self.contact_notes)
        row = QHBoxLayout()
        row.addWidget(self.add_contact)
        row.addWidget(self.remove_contact)
        people.addLayout(row)
        helps = QVBoxLayout()
        helps.addWidget(QLabel(self.tr("What helps me"), self))
        helps.addWidget(self.helps, 1)
        helps.addWidget(self.help_text)
        row = QHBoxLayout()
        row.addWidget(self.add_help)
        row.addWidget(self.remove_help)
        helps.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(people, 1)
        columns.addLayout(helps, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.suggestions)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def reload(self) -> None:
        if self._vault is None:
            return
        try:
            contacts = self._vault.journal.contacts()
            helps = self._vault.journal.self_care()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.contacts.clear()
        for contact in contacts:
            text = " — ".join(part for part in (contact.name, contact.reach, contact.notes) if part)
            item = QListWidgetItem(text, self.contacts)
            item.setData(ID_ROLE, contact.id)
        self.helps.clear()
        for entry in helps:
            item = QListWidgetItem(entry.text, self.helps)
            item.setData(ID_ROLE, entry.id)
        self.suggestions.setVisible(not contacts and not helps)

    def _add_contact(self) -> None:
        if self._vault is None or not self.contact_name.text().strip():
            self.status.setText(self.tr("Write a name or an organisation first."))
            return
        try:
            self._vault.journal.save_contact(
                self.contact_name.text(),
                reach=self.contact_reach.text(),
                notes=self.contact_notes.text(),
            )
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        for field in (self.contact_name, self.contact_reach, self.contact_notes):
            field.clear()
        self.status.setText("")
        self.reload()

    def _add_help(self) -> None:
        if self._vault is None or not self.help_text.text().strip():
            return
        try:
            self._vault.journal.save_self_care(self.help_text.text())
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.help_text.clear()
        self.reload()

    def _remove(self, view: QListWidget) -> None:
        item = view.currentItem()
        if self._vault is None or item is None:
            return
        try:
            self._vault.journal.delete_item(item.data(ID_ROLE))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.reload()

    def wipe(self) -> None:
        self._vault = None
        self.suggestions.hide()
        for view in (self.contacts, self.helps):
            view.clear()
        for field in (self.contact_name, self.contact_reach, self.contact_notes, self.help_text):
            field.clear()
