"""Colleagues: my card (a file and an on-screen QR code), importing a
colleague's card, comparing the safety number in person before marking
the colleague as verified, and removing a colleague's card. Sharing and receiving plans is in :mod:`.sharing`.

The QR code is drawn in memory (segno writes a PNG into a buffer); nothing
but the card the person saves is written to disk, and it holds no secret:
the card has public keys only.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.atomicfile import atomic_writer
from fieldsafe.exchange.identity import Card, safety_number
from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import ChooseFile, Confirm
from fieldsafe.vault import Vault

_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("colleagues", text)


def qr_pixmap(text: str, scale: int) -> QPixmap:
    """A QR code of ``text`` drawn in memory."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=max(scale, 2), border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class ColleaguesDialog(QDialog):
    """My card, and my colleagues with their safety numbers."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.setWindowTitle(self.tr("Colleagues"))
        me = vault.sharing.identity().card()
        self._mine = me
        intro = QLabel(
            self.tr(
                "To share plans without internet, give your colleague your card (the code or the file) "
                "and import theirs. Then compare the safety number together, in person: it must be the "
                "same on both screens."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._build_card(me)
        self._build_colleagues()
        self._build_number()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self._lay_out(intro, close)
        self.save_card_button.clicked.connect(self.save_card)
        self.import_button.clicked.connect(self.import_card_file)
        self.paste_button.clicked.connect(lambda: self.add_card_text(self.paste.toPlainText()))
        self.colleagues.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.verify_button.clicked.connect(self.verify)
        self.remove_button.clicked.connect(self.remove)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 52, em * 40)
        self.reload()

    def _build_card(self, me: Card) -> None:
        """My card: on screen as a QR code, or saved as a file."""
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("My card as a code"))
        self.qr.setPixmap(qr_pixmap(me.to_text(), max(2, self.fontMetrics().height() // 8)))
        self.save_card_button = QPushButton(self.tr("Save my card as a file…"), self)
        self.save_card_button.setAccessibleName(self.tr("Save my card as a file"))

    def _build_colleagues(self) -> None:
        """My colleagues, and their cards imported from a file or pasted."""
        self.colleagues = QListWidget(self)
        self.colleagues.setAccessibleName(self.tr("Colleagues"))
        self.import_button = QPushButton(self.tr("Import a card file…"), self)
        self.import_button.setAccessibleName(self.tr("Import a card file"))
        self.paste = QPlainTextEdit(self)
        self.paste.setAccessibleName(self.tr("Or paste a card here"))
        self.paste.setPlaceholderText(self.tr("Or paste a card here"))
        self.paste.setTabChangesFocus(True)
        self.paste.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.paste_button = QPushButton(self.tr("Add the pasted card"), self)
        self.paste_button.setAccessibleName(self.tr("Add the pasted card"))

    def _build_number(self) -> None:
        """The safety number, compared in person, and "mark as verified"."""
        self.number = QLabel(self)
        self.number.setAccessibleName(self.tr("Safety number"))
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.number.setFont(font)
        self.number.setWordWrap(True)
        self.number.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
        )  # digits in the same order on both screens
        # Room for the whole number (3 rows of 4 groups) at any font size.
        self.number.setMinimumHeight(QFontMetrics(font).lineSpacing() * 3 + 4)
        self.number.setMinimumWidth(QFontMetrics(font).horizontalAdvance("00000 " * 4))
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("The numbers match: mark as verified"), self)
        self.verify_button.setAccessibleName(self.tr("Mark as verified"))
        self.remove_button = QPushButton(self.tr("Remove this colleague…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove colleague"))

    def _lay_out(self, intro: QLabel, close: QDialogButtonBox) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("My card"), self))
        left.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.save_card_button)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.colleagues, 1)
        right.addWidget(self.import_button)
        right.addWidget(self.paste)
        right.addWidget(self.paste_button)
        right.addWidget(QLabel(self.tr("Safety number:"), self))
        right.addWidget(self.number)
        right.addWidget(self.state)
        right.addWidget(self.verify_button)
        right.addWidget(self.remove_button)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)

    def reload(self, select: str | None = None) -> None:
        self.colleagues.clear()
        if self._vault is None:
            return
        try:
            entries = self._vault.sharing.all()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        for entry in entries:
            if entry.usable:
                state = self.tr("verified")
            elif entry.changed:
                state = self.tr("key changed: compare again")
            else:
                state = self.tr("not verified yet")
            item = QListWidgetItem(f"\u2068{entry.name}\u2069 — {state}", self.colleagues)
            item.setData(_ID_ROLE, entry.id)
            if entry.id == select:
                self.colleagues.setCurrentItem(item)
        if self.colleagues.currentItem() is None:
            self._show(None)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None or self._vault is None:
            self.number.setText("")
            self.state.setText("")
            self.verify_button.setEnabled(False)
            self.remove_button.setEnabled(False)
            return
        entry = self._vault.sharing.get(item.data(_ID_ROLE))
        self.number.setText(safety_number(self._mine, entry.card))
        if entry.usable:
            self.state.setText(self.tr("Verified. Plans can be shared with this colleague."))
        elif entry.changed:
            self.state.setText(
                self.tr(
                    "This colleague's key changed. Nothing is shared or received until you compare the number again."
                )
            )
        else:
            self.state.setText(self.tr("Not verified yet. Compare the number together, in person."))
        self.verify_button.setEnabled(not entry.usable)
        self.remove_button.setEnabled(True)

    def save_card(self) -> bool:
        path = ChooseFile.save(
            self,
            self.tr("Save my card"),
            self.tr("FieldSafe cards (*.fieldsafe-card)"),
            "my.fieldsafe-card",
        )
        if path is None:
            return False
        try:
            with atomic_writer(path, overwrite=True) as out:
                out.write(self._mine.to_text().encode("utf-8"))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.status.setText(self.tr("Card saved. It holds only public keys."))
        return True

    def import_card_file(self) -> bool:
        path = ChooseFile.open(
            self,
            self.tr("Import a card"),
            self.tr("FieldSafe cards (*.fieldsafe-card);;All files (*)"),
        )
        if path is None:
            return False
        try:
            with open(path, "rb") as fh:
                data = fh.read(8192)
        except OSError:
            self.status.setText(_t("The file cannot be read."))
            return False
        return self.add_card_text(data)

    def add_card_text(self, text: str | bytes) -> bool:
        if self._vault is None:
            return False
        try:
            entry = self._vault.sharing.add_card(Card.from_text(text))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.paste.clear()
        self.status.setText(self.tr("Card added. Now compare the safety number in person."))
        self.reload(select=entry.id)
        return True

    def verify(self) -> bool:
        item = self.colleagues.currentItem()
        if self._vault is None or item is None:
            return False
        try:
            entry = self._vault.sharing.verify(item.data(_ID_ROLE))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.reload(select=entry.id)
        return True

    def remove(self) -> bool:
        """Remove the chosen colleague's card, after asking. What they sent stays."""
        item = self.colleagues.currentItem()
        if self._vault is None or item is None:
            return False
        try:
            entry = self._vault.sharing.get(item.data(_ID_ROLE))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Remove {name} from your colleagues?").format(
                name=f"\u2068{entry.name}\u2069"
            ),
            detail=self.tr(
                "Their card is deleted from the vault. Plans they already sent stay until you "
                "delete them. Bundles from them are refused until you add their card and compare "
                "the safety number again."
            ),
            confirm=self.tr("Remove"),
        ):
            return False
        try:
            self._vault.sharing.remove_colleague(entry.id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.reload()
        self.status.setText(self.tr("Colleague removed."))
        self.colleagues.setFocus()
        return True

    def wipe(self) -> None:
        self._vault = None
        self.colleagues.clear()
        self.number.clear()
        self.paste.clear()
        self.qr.clear()
