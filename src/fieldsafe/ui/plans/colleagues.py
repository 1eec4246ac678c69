"""Colleagues: my card (my name, a file and an on-screen QR code),
importing a colleague's card, the name this vault shows each colleague
under (changed here only, never two that look alike), comparing the safety
number in person (:mod:`.safety_number`: each side's name above its own
half) before marking the colleague as verified, and removing a colleague's
card. Sharing and receiving plans is in :mod:`.sharing`.

The QR code is drawn in memory (segno writes a PNG into a buffer); nothing
but the card the person saves is written to disk, and it holds no secret:
the card has public keys only.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.atomicfile import atomic_writer
from fieldsafe.errors import InvalidRecord
from fieldsafe.exchange.identity import Card
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.dialogs import ChooseFile, Confirm
from fieldsafe.ui.common.plain_text import heading_label, plain_label
from fieldsafe.ui.plans.safety_number import SafetyNumberView
from fieldsafe.ui.teams.tab import colleague_tabs
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
    """My card, and my colleagues with their names and safety numbers."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.setWindowTitle(self.tr("Colleagues"))
        identity = vault.sharing.identity()
        self._mine = identity.card()
        self._my_name = identity.name
        intro = plain_label(
            self.tr(
                "To share plans without internet, give your colleague your card (the code or the file) "
                "and import theirs. Then compare the safety number together, in person: it must be the "
                "same on both screens."
            ),
            self,
            wrap=True,
        )
        self._build_card(self._mine, unnamed=identity.name == vault.sharing.default_name)
        self._build_colleagues()
        self._build_details()
        self.status = plain_label("", self, wrap=True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self._lay_out(intro, close)
        self._connect()
        # Enter belongs to the field it is pressed in (the name saves), never
        # to a button elsewhere, such as "Save my card as a file…".
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fit_screen()
        self.reload()

    def _fit_screen(self) -> None:
        """Room for everything at the font's size, within the screen (what
        does not fit scrolls)."""
        em = self.fontMetrics().horizontalAdvance("M")
        width, height = em * 60, em * 54
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def _connect(self) -> None:
        self.save_card_button.clicked.connect(self.save_card)
        self.import_button.clicked.connect(self.import_card_file)
        self.paste_button.clicked.connect(lambda: self.add_card_text(self.paste.toPlainText()))
        self.colleagues.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.name_field.returnPressed.connect(self.rename)
        self.rename_button.clicked.connect(self.rename)
        self.verify_button.clicked.connect(self.verify)
        self.remove_button.clicked.connect(self.remove)
        # F2 in the list goes to the name, as renaming does elsewhere.
        rename_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.colleagues)
        rename_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        rename_key.activated.connect(self._edit_name)

    def _build_card(self, me: Card, *, unnamed: bool) -> None:
        """My card: my name, on screen as a QR code, or saved as a file."""
        self.my_name = plain_label(
            self.tr("Your card shows your name: {name}").format(name=isolate(me.name)),
            self,
            wrap=True,
        )
        self.default_name_hint = plain_label(
            self.tr(
                "That is the name every new card has, so colleagues cannot tell you apart from "
                "others. Choose your name or a nickname in Preferences; colleagues can also give "
                "you a name on their side."
            ),
            self,
            wrap=True,
        )
        self.default_name_hint.setVisible(unnamed)
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("My card as a code"))
        self.qr.setPixmap(qr_pixmap(me.to_text(), max(2, self.fontMetrics().height() // 8)))
        self.save_card_button = QPushButton(self.tr("Save my card as a file…"), self)
        self.save_card_button.setAccessibleName(self.tr("Save my card as a file"))

    def _build_colleagues(self) -> None:
        """My colleagues, and their cards imported from a file or pasted."""
        self.colleagues = QListWidget(self)
        self.colleagues.setAccessibleName(self.tr("Colleagues"))
        # Room for about five names; more scroll.
        frame = self.colleagues.frameWidth() * 2
        self.colleagues.setFixedHeight(self.colleagues.fontMetrics().lineSpacing() * 5 + frame)
        self.import_button = QPushButton(self.tr("Import a card file…"), self)
        self.import_button.setAccessibleName(self.tr("Import a card file"))
        self.paste = QPlainTextEdit(self)
        self.paste.setAccessibleName(self.tr("Or paste a card here"))
        self.paste.setPlaceholderText(self.tr("Or paste a card here"))
        self.paste.setTabChangesFocus(True)
        self.paste.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.paste_button = QPushButton(self.tr("Add the pasted card"), self)
        self.paste_button.setAccessibleName(self.tr("Add the pasted card"))

    def _build_details(self) -> None:
        """The chosen colleague: the name shown for them, the safety number
        compared in person, "mark as verified" and "remove"."""
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Name shown for this colleague"))
        self.name_field.setMaxLength(80)
        self.name_label = QLabel(self.tr("Shown &as:"), self)
        self.name_label.setBuddy(self.name_field)
        self.rename_button = QPushButton(self.tr("Save name"), self)
        self.rename_button.setAccessibleName(self.tr("Save the name shown for this colleague"))
        self.name_hint = plain_label(
            self.tr(
                "Only you see this name: it is shown for this colleague everywhere in FieldSafe."
            ),
            self,
            wrap=True,
        )
        self.number = SafetyNumberView(self)
        self.state = plain_label("", self, wrap=True)
        self.verify_button = QPushButton(self.tr("The numbers match: mark as verified"), self)
        self.verify_button.setAccessibleName(self.tr("Mark as verified"))
        self.remove_button = QPushButton(self.tr("Remove this colleague…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove colleague"))

    def _lay_out(self, intro: QLabel, close: QDialogButtonBox) -> None:
        # Left: the cards that change hands (mine out, theirs in).
        left = QVBoxLayout()
        left.addWidget(heading_label(self.tr("My card"), self))
        left.addWidget(self.my_name)
        left.addWidget(self.default_name_hint)
        left.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addWidget(self.save_card_button)
        left.addSpacing(self.fontMetrics().lineSpacing())
        left.addWidget(heading_label(self.tr("A colleague's card"), self))
        left.addWidget(self.import_button)
        left.addWidget(self.paste)
        left.addWidget(self.paste_button)
        left.addStretch(1)
        # Right: my colleagues, and the one chosen.
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.name_field, 1)
        name_row.addWidget(self.rename_button)
        right = QVBoxLayout()
        right.addWidget(self.colleagues)
        right.addLayout(name_row)
        right.addWidget(self.name_hint)
        right.addWidget(self.number)
        right.addWidget(self.state)
        right.addWidget(self.verify_button)
        right.addWidget(self.remove_button)
        right.addStretch(1)
        # In a scroll area: with large fonts or a small screen, nothing is
        # squeezed onto anything else; it scrolls.
        content = QWidget(self)
        body = QHBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(left)
        body.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = scroll
        # Two tabs: these colleagues, and the teams made of them.
        self.tabs, self.teams = colleague_tabs(
            self,
            self._vault,
            intro,
            scroll,
            say=self.status.setText,
            colleague_added=lambda entry_id: self.reload(select=entry_id),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        # Tab follows the columns: my card, a colleague's card, then my colleagues.
        chain = [
            self.tabs.tabBar(),
            self.save_card_button,
            self.import_button,
            self.paste,
            self.paste_button,
            self.colleagues,
            self.name_field,
            self.rename_button,
            *self.number.halves,
            self.verify_button,
            self.remove_button,
            *self.teams.focus_chain(),
            *close.buttons(),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

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
            item = QListWidgetItem(f"{isolate(entry.name)} — {state}", self.colleagues)
            item.setData(_ID_ROLE, entry.id)
            if entry.id == select:
                self.colleagues.setCurrentItem(item)
        if self.colleagues.currentItem() is None:
            self._show(None)

    def _show(self, item: QListWidgetItem | None) -> None:
        chosen = item is not None and self._vault is not None
        for widget in (self.name_field, self.rename_button, self.remove_button):
            widget.setEnabled(chosen)
        if item is None or self._vault is None:
            self.name_field.clear()
            self.number.clear()
            self.state.setText("")
            self.verify_button.setEnabled(False)
            return
        entry = self._vault.sharing.get(item.data(_ID_ROLE))
        self.name_field.setText(entry.name)
        self.number.show_pair(self._mine, self._my_name, entry.card, entry.name)
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

    def _edit_name(self) -> None:
        if self.colleagues.currentItem() is not None:
            self.name_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.name_field.selectAll()

    def rename(self) -> bool:
        """Store the typed name for the chosen colleague, unless it is, or
        looks like, a name already shown for someone else."""
        item = self.colleagues.currentItem()
        if self._vault is None or item is None:
            return False
        entry_id = item.data(_ID_ROLE)
        typed = self.name_field.text()
        try:
            clash = self._vault.sharing.name_clash(typed, entry_id=entry_id)
            entry = self._vault.sharing.rename(entry_id, typed)
        except InvalidRecord as exc:
            if exc.reason == "taken" and clash is not None:
                self.status.setText(
                    self.tr(
                        "“{name}” is already shown for someone else, or looks like it. "
                        "Choose a name that cannot be mistaken for it."
                    ).format(name=isolate(clash))
                )
            else:
                self.status.setText(self.tr("Type a name or a nickname for this colleague."))
            self.name_field.setFocus()
            return False
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.reload(select=entry.id)
        self.status.setText(
            self.tr("This colleague is now shown as “{name}”.").format(name=isolate(entry.name))
        )
        self.colleagues.setFocus()
        return True

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
                name=isolate(entry.name)
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
        self.teams.wipe()
        self.colleagues.clear()
        self.number.clear()
        self.name_field.clear()
        self.paste.clear()
        self.qr.clear()
