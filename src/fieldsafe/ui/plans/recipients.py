"""Who a bundle is for: the share chooser. A checkable list of the verified
colleagues, each under the name this vault stores for them; one bundle can
be for several of them (and is always readable by me too). When keys were
never exchanged, a passphrase instead.

Keyboard: the list has focus first; Up and Down move, Space ticks or
unticks; Enter shares with those ticked (with none ticked, with the one
highlighted, as the one-colleague chooser did); Alt+P chooses a passphrase
instead; Escape cancels. ``ChooseRecipients.ask`` is a seam tests replace.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common.plain_text import plain_label


def _t(text: str) -> str:
    return QCoreApplication.translate("colleagues", text)


@dataclass(frozen=True)
class ShareChoice:
    """What the person chose: the positions of the colleagues ticked in the
    list given to :meth:`ChooseRecipients.ask`, or a passphrase instead."""

    recipients: tuple[int, ...] = ()
    passphrase: bool = False


class RecipientsDialog(QDialog):
    """The share chooser; :meth:`choice` once accepted."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Share with"))
        self._passphrase = False
        if names:
            said = _t(
                "Tick each colleague who may open the bundle: each of them can open it, and so "
                "can you, no one else. Only colleagues whose safety number you compared are listed."
            )
        else:
            said = _t(
                "No colleague is verified yet. Compare safety numbers in Colleagues first, or "
                "protect the bundle with a passphrase you tell your colleague in person."
            )
        intro = plain_label(said, self, wrap=True)
        self.colleagues = QListWidget(self)
        self.colleagues.setAccessibleName(_t("Verified colleagues"))
        self.colleagues.setAccessibleDescription(_t("Space ticks or unticks a colleague."))
        for name in names:  # plain text: a list item never reads markup
            item = QListWidgetItem(name, self.colleagues)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.colleagues.setCurrentRow(0)
        self.colleagues.setVisible(bool(names))
        self.colleagues.itemChanged.connect(self._ticked)
        self.colleagues.itemActivated.connect(self._toggle)  # Enter on a row with none ticked

        buttons = QDialogButtonBox(self)
        self.share_button = QPushButton(_t("Share"), self)
        self.share_button.setAccessibleName(_t("Share with the colleagues ticked"))
        buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.passphrase_button = QPushButton(_t("Protect with a &passphrase instead…"), self)
        self.passphrase_button.setAccessibleName(_t("Protect with a passphrase instead"))
        buttons.addButton(self.passphrase_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel: share nothing"))
        for button in (self.share_button, self.passphrase_button, cancel):
            button.setAutoDefault(False)
        self.share_button.setDefault(True)  # Enter shares once someone is ticked
        self.share_button.clicked.connect(self.accept)
        self.passphrase_button.clicked.connect(self._with_passphrase)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.colleagues, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.colleagues, self.share_button)
        self.setTabOrder(self.share_button, self.passphrase_button)
        self.setTabOrder(self.passphrase_button, cancel)
        self._ticked()
        (self.colleagues if names else self.passphrase_button).setFocus()
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 32, em * 22 if names else self.sizeHint().height())

    def ticked(self) -> tuple[int, ...]:
        return tuple(
            row
            for row in range(self.colleagues.count())
            if self.colleagues.item(row).checkState() == Qt.CheckState.Checked
        )

    def choice(self) -> ShareChoice:
        if self._passphrase:
            return ShareChoice(passphrase=True)
        return ShareChoice(recipients=self.ticked())

    def accept(self) -> None:
        if not self._passphrase and not self.ticked():
            return  # nobody to share with yet: Enter does nothing
        super().accept()

    def _ticked(self) -> None:
        count = len(self.ticked())
        self.share_button.setEnabled(count > 0)
        self.share_button.setText(
            QCoreApplication.translate("colleagues", "Share with %n colleague(s)", "", count)
            if count
            else _t("Share")
        )

    def _toggle(self, item: QListWidgetItem) -> None:
        if not self.ticked():  # Enter with no one ticked ticks the current one
            item.setCheckState(Qt.CheckState.Checked)

    def _with_passphrase(self) -> None:
        self._passphrase = True
        super().accept()


class ChooseRecipients:
    """Ask who a bundle is for (a seam: tests replace ``ask``). ``names``
    are the verified colleagues' stored names; None when cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> ShareChoice | None:
        dialog = RecipientsDialog(names, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
