"""Small dialogs behind replaceable seams: the one place for message boxes
and file dialogs.

Each question is a classmethod (``Confirm.ask``, ``ChooseBackupFile.ask``,
``ChooseFile.open``, ``ChooseFolder.ask``, ``UnsavedAtLock.ask``) so tests replace it with ``monkeypatch.setattr`` and
never block on ``exec()``; notices open non-modally (``open()``) and never
block anyone; ``Alert.show`` is the one modal warning.

File dialogs: always Qt's own widget dialog (``DontUseNativeDialog``), so no
desktop portal adds the file to ``recently-used.xbel``; the history Qt's
dialog keeps is emptied, and ``settings.seal_qsettings`` stops it from saving
its last folder to ``QtProject.conf`` on Unix. (On Windows Qt keeps that in
the registry; not yet covered.)
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDir, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fieldsafe.ui.common.bidi import isolate


def _t(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def _colleagues_t(text: str) -> str:
    """Questions that came from the colleagues dialog keep its translations."""
    return QCoreApplication.translate("colleagues", text)


def message_box(
    parent: QWidget | None,
    text: str,
    *,
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    title: str | None = None,
) -> QMessageBox:
    """The one way FieldSafe builds a message box: its title, an icon, the
    text and the detail as plain text (never markup: a record's words may be
    in ``text``). The caller adds the buttons and shows it."""
    box = QMessageBox(parent)
    box.setWindowTitle(_t("FieldSafe") if title is None else title)
    box.setIcon(icon)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    return box


class Confirm:
    """A yes/no question before something that cannot be undone."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, question: str, detail: str, confirm: str) -> bool:
        box = message_box(parent, question, detail=detail)
        yes = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes


class ConfirmImport:
    """Import a received bundle? ``question`` says who sent it and what it holds."""

    @classmethod
    def ask(cls, parent: QWidget | None, question: str) -> bool:
        box = message_box(
            parent, question, icon=QMessageBox.Icon.NoIcon, title=_colleagues_t("FieldSafe")
        )
        yes = box.addButton(_colleagues_t("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes


class RestoreDraft:
    """Offer back a log that was being written when FieldSafe stopped.
    Restoring is the default: nothing is lost by pressing Enter."""

    @classmethod
    def ask(cls, parent: QWidget | None, *, saved_at: str) -> bool:
        box = message_box(
            parent,
            _t("A log you were writing was not saved."),
            detail=_t(
                "FieldSafe kept it from {time}. Restore it to go on writing, or discard it."
            ).format(time=isolate(saved_at)),
        )
        restore = box.addButton(_t("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        box.exec()
        return box.clickedButton() is not discard


class EraseVault:
    """Ask before crypto-erasing the whole vault. The person types a word
    shown in the dialog, so a stray Enter can never erase anything."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

        word = _t("erase")
        dialog = QDialog(parent)
        dialog.setWindowTitle(_t("FieldSafe"))
        text = QLabel(
            _t(
                "Erasing destroys the vault's key and then its records. Afterwards no "
                "passphrase or recovery code can open them. It cannot reach backups or "
                "copies made earlier, or blocks an SSD has already moved aside."
            ),
            dialog,
        )
        text.setWordWrap(True)
        prompt = QLabel(_t("To erase, type the word “{word}”:").format(word=word), dialog)
        field = QLineEdit(dialog)
        field.setAccessibleName(_t("Confirmation word"))
        prompt.setBuddy(field)
        buttons = QDialogButtonBox(dialog)
        erase = buttons.addButton(
            _t("Erase the vault"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        keep = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        keep.setDefault(True)
        erase.setEnabled(False)
        field.textChanged.connect(
            lambda typed: erase.setEnabled(typed.strip().casefold() == word.casefold())
        )
        erase.clicked.connect(dialog.accept)
        keep.clicked.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (text, prompt, field, buttons):
            layout.addWidget(widget)
        return dialog.exec() == QDialog.DialogCode.Accepted


class Notice:
    """A message that needs no answer; opens without blocking."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str, *, detail: str = "") -> QMessageBox:
        box = message_box(parent, text, detail=detail, icon=QMessageBox.Icon.Information)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()
        return box


class Alert:
    """Something went wrong and the person must see it before going on:
    a modal warning with one OK button."""

    @classmethod
    def show(cls, parent: QWidget | None, text: str) -> None:
        box = message_box(parent, text, icon=QMessageBox.Icon.Warning)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def _file_dialog(parent: QWidget | None, title: str) -> QFileDialog:
    """Qt's own file dialog (no desktop portal, no recently-used entry)."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog


def _chosen(dialog: QFileDialog, *, name: str | None = None) -> list[Path] | None:
    """Run ``dialog`` from the home folder with its history emptied before
    and after; the chosen paths, or ``None`` if the person cancelled."""
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    if name is not None:
        dialog.selectFile(name)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        return [Path(p) for p in dialog.selectedFiles()]
    finally:
        dialog.setHistory([])
        dialog.deleteLater()


class ChooseFile:
    """A file to open or to save (cards, bundles); ``None`` if the person
    cancelled."""

    @classmethod
    def open(cls, parent: QWidget | None, title: str, pattern: str) -> Path | None:
        dialog = _file_dialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(pattern)
        paths = _chosen(dialog)
        return paths[0] if paths else None

    @classmethod
    def save(
        cls, parent: QWidget | None, title: str, pattern: str, name: str, suffix: str = ""
    ) -> Path | None:
        """``suffix`` (e.g. "pdf") is added to a typed name that has none."""
        dialog = _file_dialog(parent, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(pattern)
        if suffix:
            dialog.setDefaultSuffix(suffix)
        paths = _chosen(dialog, name=name)
        return paths[0] if paths else None


class ChooseFolder:
    """A folder (such as a team folder); ``None`` if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> Path | None:
        dialog = _file_dialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        paths = _chosen(dialog)
        return paths[0] if paths else None


class ChooseBackupFile:
    """Where to write a backup; ``None`` if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        dialog = _file_dialog(parent, _t("Back up the vault"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(_t("FieldSafe backups (*.fieldsafe-backup)"))
        dialog.setDefaultSuffix("fieldsafe-backup")
        name = "fieldsafe-{date}.fieldsafe-backup".format(
            date=QDate.currentDate().toString("yyyy-MM-dd")
        )
        paths = _chosen(dialog, name=name)
        return paths[0] if paths else None


class ChooseAttachments:
    """Photos, scans or PDFs to attach; an empty list if cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path]:
        dialog = _file_dialog(parent, _t("Attach photos, scans or PDFs"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters(
            [
                _t("Photos, scans and PDFs (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)"),
                _t("All files (*)"),
            ]
        )
        return _chosen(dialog) or []


class DeleteOriginals(QObject):
    """After importing, offer to delete the files that were imported. Honest
    about what deleting cannot reach. (A QObject for its one plural: lupdate
    finds plural forms only in ``self.tr()``.)"""

    def question(self, count: int) -> str:
        return self.tr("%n file(s) now in the vault. Delete the original(s)?", "", count)

    @classmethod
    def ask(cls, parent: QWidget | None, *, count: int) -> bool:
        box = message_box(
            parent,
            cls().question(count),
            detail=_t(
                "FieldSafe overwrites each file, then deletes it. On an SSD, a memory card, a phone "
                "or a synced folder, copies may remain that no program can reach; a camera or "
                "scanner may also keep its own copy. The encrypted copy in the vault is not affected."
            ),
        )
        delete = box.addButton(_t("Delete the originals"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_t("Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete


class LockAnswer(Enum):
    """What to do with a note that could be neither saved nor kept at lock."""

    COPY = "copy"  # copy its text to the (concealed) clipboard; stay open
    KEEP_OPEN = "keep_open"  # do not lock now
    LOCK_ANYWAY = "lock_anyway"  # lock; the note is lost


class UnsavedAtLock:
    """The window is about to lock and the note being written can be neither
    saved nor kept as a draft: say so and let the person decide. Keeping the
    window open is the default and the escape answer (a stray Enter or Esc
    loses nothing); ``panic`` (the window's panic action) still works while
    the question is shown. ``idle``: nobody may be there, and FieldSafe
    locks anyway if nobody answers within the idle time."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, idle: bool = False, panic: QAction | None = None
    ) -> LockAnswer:
        detail = _t(
            "If FieldSafe locks now, the note is lost. You can copy its text first "
            "(it is cleared from the clipboard after 30 seconds and when FieldSafe locks), "
            "keep the window open and try to save again, or lock anyway."
        )
        if idle:
            detail = (
                _t("FieldSafe was about to lock because it was not used for a while.")
                + " "
                + detail
                + " "
                + _t("If nobody answers, FieldSafe locks after the same time again.")
            )
        box = message_box(
            parent,
            _t("Your note could not be saved, and it could not be kept as a draft either."),
            detail=detail,
            icon=QMessageBox.Icon.Warning,
        )
        copy = box.addButton(_t("Copy the text"), QMessageBox.ButtonRole.ActionRole)
        keep = box.addButton(_t("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        lock = box.addButton(
            _t("Lock anyway (the note is lost)"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        if panic is not None:
            box.addAction(panic)  # the panic key works while the question is shown
        box.exec()
        clicked = box.clickedButton()
        if clicked is copy:
            return LockAnswer.COPY
        if clicked is lock:
            return LockAnswer.LOCK_ANYWAY
        return LockAnswer.KEEP_OPEN
