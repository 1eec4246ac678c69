"""Cards in the team folder that this vault does not hold yet: copies left
there for convenience (``vault.teams.folder_cards``). One can be added as a
colleague, never as a verified one: the safety number is compared in person
afterwards, in the Colleagues tab, as for any card. Anyone who can write to
the folder could have left a card, so the dialog says so plainly, and says
when a card carries a name that looks like a colleague's already here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.exchange.identity import Card
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.widgets import resize_for_text
from fieldsafe.ui.journal.rows import wrap_rows

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

_ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1


@dataclass(frozen=True)
class FolderCard:
    card: Card
    #: the name already shown here that this card's name could be mistaken for
    looks_like: str | None


def read_folder_cards(vault: Vault, team_id: str) -> list[FolderCard]:
    """The team folder's cards not yet known here, by name (worker thread)."""
    found = [
        FolderCard(card, vault.sharing.name_clash(card.name))
        for card in vault.teams.folder_cards(team_id)
    ]
    return sorted(found, key=lambda f: (f.card.name.casefold(), f.card.fingerprint))


class FolderCardsDialog(QDialog):
    """The cards in one team folder; "Add as a colleague (not verified)"."""

    #: a card became a colleague (not verified): their entry id
    imported = Signal(str)

    def __init__(
        self, vault: Vault, team_name: str, found: list[FolderCard], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._found = list(found)
        self._op: ops.Op | None = None
        self.setWindowTitle(self.tr("Cards in the team folder"))
        intro = plain_label(
            self.tr(
                "Cards left in the folder of the team “{team}” that you do not have yet."
            ).format(team=isolate(team_name)),
            self,
            wrap=True,
        )
        self.warning = plain_label(
            self.tr(
                "Anyone who can write to the folder could have left a card here. A card added "
                "from here is never trusted: nothing is shared with that colleague, or taken "
                "from them, until you compare the safety number together, in person."
            ),
            self,
            wrap=True,
        )
        self.cards = QListWidget(self)
        self.cards.setAccessibleName(self.tr("Cards in the team folder"))
        wrap_rows(self.cards)
        for row, item in enumerate(self._found):
            entry = QListWidgetItem(item.card.name, self.cards)
            entry.setData(_ROW_ROLE, row)
        self.state = plain_label("", self, wrap=True)
        self.import_button = QPushButton(self.tr("Add as a colleague (not verified)"), self)
        self.import_button.setAccessibleName(self.tr("Add this card as a colleague, not verified"))
        self.import_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        for widget in (intro, self.warning, self.cards, self.state, self.import_button, buttons):
            layout.addWidget(widget)
        self.cards.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.cards.itemActivated.connect(lambda _item: self.import_card())
        self.import_button.clicked.connect(self.import_card)
        if self.cards.count():
            self.cards.setCurrentRow(0)
        else:
            self._show(None)
        self._fit_height()
        self.cards.setFocus()

    def _fit_height(self) -> None:
        """Never shorter than its wrapped text needs at its width (a longer
        language wraps into more lines; the list gives up its room first)."""
        em = self.fontMetrics().horizontalAdvance("M")
        shown = self.isVisible()
        width, height = (self.width(), self.height()) if shown else (em * 36, em * 28)
        resize_for_text(self, width, at_least=height)

    def _chosen(self) -> FolderCard | None:
        item = self.cards.currentItem()
        return None if item is None else self._found[item.data(_ROW_ROLE)]

    def _show(self, item: QListWidgetItem | None) -> None:
        chosen = None if item is None else self._found[item.data(_ROW_ROLE)]
        self.import_button.setEnabled(chosen is not None and self._vault is not None)
        if chosen is None:
            self.state.setText(self.tr("No cards left to add."))
        elif chosen.looks_like is not None:
            self.state.setText(
                self.tr(
                    "The name on this card looks like {name}, a name you already have. Adding it "
                    "could block that colleague until you compare the safety number again. Add "
                    "it only if that colleague told you, in person, that their card changed."
                ).format(name=isolate(chosen.looks_like))
            )
        else:
            self.state.setText(
                self.tr(
                    "After adding it, compare the safety number with {name} in person, in the "
                    "Colleagues tab. Only then can they join a team."
                ).format(name=isolate(chosen.card.name))
            )
        self._fit_height()

    def import_card(self) -> bool:
        """Add the chosen card as a colleague, not verified (worker thread)."""
        vault, chosen, item = self._vault, self._chosen(), self.cards.currentItem()
        if vault is None or chosen is None or item is None or self._op is not None:
            return False

        def added(entry: object) -> None:
            self._op = None
            if self._vault is None:
                return
            self.cards.takeItem(self.cards.row(item))
            entry_id, name = getattr(entry, "id", ""), getattr(entry, "name", "")
            self.imported.emit(entry_id)
            self._show(self.cards.currentItem())
            self.state.setText(
                self.tr(
                    "Added as {name}, not verified. Compare the safety number together, in "
                    "person, in the Colleagues tab."
                ).format(name=isolate(name))
            )
            self._fit_height()
            (self.cards if self.cards.count() else self.close_button).setFocus()

        def failed(exc: BaseException) -> None:
            self._op = None
            self.state.setText(describe(exc))
            self._fit_height()

        self._op = (
            ops.run(lambda: vault.sharing.add_card(chosen.card), parent=self)
            .on_success(added)
            .on_failure(failed)
        )
        return True

    def wipe(self) -> None:
        self._vault = None
        self._found = []
        self.cards.clear()
        self.state.setText("")
