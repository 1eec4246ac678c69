"""Choose a starter template for a new risk assessment.

The five templates are listed by their situation, in the person's language,
with the activity and objective of the one selected beside the list. Enter
starts from it; Escape changes nothing. The copy is the team's to change:
likelihood, impact and the answer to "is it worth it" are left for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.risk.templates import TemplateChoice, choices

_KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


class TemplateChooser(QDialog):
    """The list of templates; :meth:`chosen` is the key picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Start from a template"))
        self._choices = {c.key: c for c in choices()}
        intro = QLabel(
            _t(
                "Each template is a starting point written from field practice. Everything "
                "in it can be changed; how likely and how harmful each threat is, is yours "
                "to judge."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.list = QListWidget(self)
        self.list.setAccessibleName(_t("Templates"))
        self.list.setWordWrap(True)  # long titles wrap, in every language and size
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for choice in self._choices.values():
            item = QListWidgetItem(choice.title, self.list)
            item.setData(_KEY_ROLE, choice.key)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            _t("Start from this template"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(_t("Start from this template"))
        self.start_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.accept())
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.about, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(em * 52, available.width()), min(em * 26, available.height()))
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def _show(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        choice = self._choices.get(item.data(_KEY_ROLE)) if item is not None else None
        self.about.setText(_about(choice) if choice else "")

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_KEY_ROLE) if item is not None else None

    def wipe(self) -> None:
        """Nothing of the vault is shown here; closing is enough."""


def _about(choice: TemplateChoice) -> str:
    return isolated(
        _t("The activity: {activity}\n\nIts objective: {objective}"),
        activity=choice.activity,
        objective=choice.objective,
    )


class ChooseTemplate:
    """Which template to start from; None if the person changed their mind.
    (A seam: tests replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = TemplateChooser(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
