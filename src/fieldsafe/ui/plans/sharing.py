"""Colleagues: my card (a file and an on-screen QR code), importing a
colleague's card, comparing the safety number in person, and sharing or
receiving a plan as an encrypted bundle file.

The QR code is drawn in memory (segno writes a PNG into a buffer); nothing
but the card and the bundles the person saves is written to disk, and both
hold no secret: the card has public keys only, the bundle is encrypted.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import segno
from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.atomicfile import atomic_writer
from fieldsafe.exchange.identity import Card, safety_number
from fieldsafe.messages import describe
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.plans.sharing")
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


class ChooseFile:
    """File dialogs for cards and bundles (seams for tests)."""

    @classmethod
    def open(cls, parent: QWidget | None, title: str, pattern: str) -> Path | None:
        dialog = QFileDialog(parent, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(pattern)
        dialog.setDirectory(QDir.homePath())
        dialog.setHistory([])
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.setHistory([])
            dialog.deleteLater()

    @classmethod
    def save(cls, parent: QWidget | None, title: str, pattern: str, name: str) -> Path | None:
        dialog = QFileDialog(parent, title)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(pattern)
        dialog.setDirectory(QDir.homePath())
        dialog.setHistory([])
        dialog.selectFile(name)
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.setHistory([])
            dialog.deleteLater()


class ColleaguesDialog(QDialog):
    """My card, and my colleagues with their safety numbers."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - ratchet: split this function
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
        self.qr = QLabel(self)
        self.qr.setAccessibleName(self.tr("My card as a code"))
        self.qr.setPixmap(qr_pixmap(me.to_text(), max(2, self.fontMetrics().height() // 8)))
        self.save_card_button = QPushButton(self.tr("Save my card as a file…"), self)
        self.save_card_button.setAccessibleName(self.tr("Save my card as a file"))
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
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

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
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.save_card_button.clicked.connect(self.save_card)
        self.import_button.clicked.connect(self.import_card_file)
        self.paste_button.clicked.connect(lambda: self.add_card_text(self.paste.toPlainText()))
        self.colleagues.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.verify_button.clicked.connect(self.verify)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 52, em * 40)
        self.reload()

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
            item = QListWidgetItem(f"\u2068{entry.card.name}\u2069 — {state}", self.colleagues)
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

    def wipe(self) -> None:
        self._vault = None
        self.colleagues.clear()
        self.number.clear()
        self.paste.clear()
        self.qr.clear()


def share_plan(parent: QWidget, vault: Vault, plan_id: str) -> bool:
    """Choose a verified colleague and a file; write the bundle (encrypted
    for the colleague and for me, signed)."""
    colleagues = [c for c in vault.sharing.all() if c.usable]
    # A passphrase bundle is the way when keys were never exchanged.
    choice = ChooseColleague.ask(
        parent, [c.card.name for c in colleagues] + [_t("Protect with a passphrase instead…")]
    )
    if choice is None:
        return False
    secret = None
    if choice == len(colleagues):
        secret = AskSharePassphrase.ask(parent)
        if secret is None:
            return False
    path = ChooseFile.save(parent, _t("Save the bundle"), _t("Share bundles (*.age)"), "plan.age")
    if path is None:
        return False
    try:
        if secret is not None:
            sealed = vault.sharing.seal_record(plan_id, passphrase=secret)
        else:
            sealed = vault.sharing.seal_record(plan_id, recipient=colleagues[choice])
        with atomic_writer(path, overwrite=True) as out:
            out.write(sealed.data)
        vault.sharing.remember_shared(sealed)  # what both sides will have
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        QMessageBox.warning(parent, _t("FieldSafe"), describe(exc))
        return False
    return True


def receive_bundle(parent: QWidget, vault: Vault) -> str | None:
    """Open a bundle file: check it, show who sent it and what it holds,
    then import it all or nothing. Returns a short report, or None."""
    from fieldsafe.exchange.bundle import MAX_BUNDLE_BYTES

    path = ChooseFile.open(
        parent, _t("Receive a bundle"), _t("Share bundles (*.age);;All files (*)")
    )
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BUNDLE_BYTES + 1)
        received = vault.sharing.open_received(data, lambda: AskBundlePassphrase.ask(parent))
        if received is None:
            return None
        opened = received.opened
        if opened.sender_verified:
            question = _t("From {name} (verified): {new} new, {changed} to update. Import?")
        else:
            question = _t(
                "From {name}, NOT verified (a passphrase bundle): {new} new, {changed} to update. "
                "Import only if you expected it."
            )
        question = question.format(
            name=opened.sender.name, new=received.new, changed=received.updates
        )
        if not ConfirmImport.ask(parent, question):
            return None
        result = vault.sharing.import_bundle(
            received, lambda clashes: ChooseConflicts.ask(parent, clashes)
        )
        if result is None:
            return None
    except OSError:
        QMessageBox.warning(parent, _t("FieldSafe"), _t("The file cannot be read."))
        return None
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        QMessageBox.warning(parent, _t("FieldSafe"), describe(exc))
        return None
    return _t("{added} added, {updated} updated.").format(
        added=result.added, updated=result.updated
    )


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v.get("answer") if isinstance(v, dict) else v) for v in value)
    return "" if value is None else str(value)


class ChooseConflicts:
    """Both of you changed the same fields: show both values, let the person
    choose for each (a seam: tests replace ``ask``). Returns the fields to
    take from the bundle, or None when cancelled."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, clashes: list[tuple[str, object, object]]
    ) -> list[str] | None:
        from PySide6.QtWidgets import QButtonGroup, QGridLayout, QRadioButton

        dialog = QDialog(parent)
        dialog.setWindowTitle(_t("Both of you changed this plan"))
        intro = QLabel(
            _t(
                "You and your colleague changed the same parts since you last exchanged the plan. "
                "Choose which to keep for each."
            ),
            dialog,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        groups = []
        from fieldsafe.core.plans import question

        for row, (name, mine, theirs) in enumerate(clashes):
            try:
                title = QCoreApplication.translate("plans", question(name).label)
            except KeyError:
                title = name
            label = QLabel(title, dialog)
            label.setWordWrap(True)
            keep = QRadioButton(_t("Mine: {value}").format(value=_shown(mine)), dialog)
            take = QRadioButton(_t("Theirs: {value}").format(value=_shown(theirs)), dialog)
            keep.setAccessibleName(_t("Keep mine: {field}").format(field=name))
            take.setAccessibleName(_t("Take theirs: {field}").format(field=name))
            take.setChecked(True)
            group = QButtonGroup(dialog)
            group.addButton(keep)
            group.addButton(take)
            groups.append((name, take))
            grid.addWidget(label, row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(take, row, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [name for name, take in groups if take.isChecked()]


class AskSharePassphrase:
    """A passphrase for a new bundle, typed twice, at least 10 characters
    (a seam for tests). Tell it to the colleague in person, never with the file."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        first, ok = QInputDialog.getText(
            parent,
            _t("Bundle passphrase"),
            _t(
                "A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or len(first) < 10:
            return None
        again, ok = QInputDialog.getText(
            parent,
            _t("Bundle passphrase"),
            _t("The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        return first if ok and again == first else None


class AskBundlePassphrase:
    """The passphrase of a passphrase bundle (a seam for tests)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            parent,
            _t("Bundle passphrase"),
            _t("This bundle is protected by a passphrase. Enter it:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None


class ChooseColleague:
    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> int | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(_t("Share with"))
        view = QListWidget(dialog)
        view.setAccessibleName(_t("Verified colleagues"))
        view.addItems(names)
        view.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted or view.currentRow() < 0:
            return None
        return view.currentRow()


class ConfirmImport:
    @classmethod
    def ask(cls, parent: QWidget | None, question: str) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(_t("FieldSafe"))
        box.setText(question)
        yes = box.addButton(_t("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes
