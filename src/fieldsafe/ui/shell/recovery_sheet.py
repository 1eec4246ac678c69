"""A printable recovery sheet (Interface 1.7): the recovery code as a one-page
PDF, offered on the first-run wizard's recovery-code page.

The sheet holds the code large, in a fixed-width font and left to right in
every language, the date it was made, and plain instructions. It does not
say where the vault lives. Paper and PDF files are outside the vault's
protection, so before anything is rendered the not-encrypted warning that
printing uses comes first (its words, from the same translation context),
with what matters for this sheet: it opens the vault together with the
laptop, so print it, keep the paper apart from the laptop and delete the file.

The PDF is rendered in memory (``QPdfWriter`` on a ``QBuffer``) and written
with :func:`fieldsafe.atomicfile.write_atomic` where the person chooses: a
temporary file in that folder, synced and renamed, removed if anything fails.
The code never reaches another file, a temp folder, the clipboard or the log.
Each question is a classmethod seam (``SheetWarning.ask``,
``ChooseSheetFile.ask``) that tests replace.
"""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QDate, QIODevice, QLocale
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPdfWriter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from fieldsafe.atomicfile import write_atomic
from fieldsafe.core.clock import SystemClock
from fieldsafe.messages import describe_task
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.dialogs import ChooseFile, Notice
from fieldsafe.ui.common.safe_document import SafeDocument

log = logging.getLogger("fieldsafe.ui.shell.recovery_sheet")

#: the code's size on the sheet, in points (the text is 11 pt)
CODE_POINTS = 26


def _t(text: str) -> str:
    return QCoreApplication.translate("recovery_sheet", text)


def _printing(text: str) -> str:
    """The printing warning's own words (one translation for both)."""
    return QCoreApplication.translate("printing", text)


class SheetWarning:
    """Paper and PDF files are not encrypted, and this sheet opens the vault
    with the laptop. True to go on, False if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        dialog = QDialog(parent)
        dialog.setWindowTitle(_t("Recovery sheet"))
        heading = QLabel(_printing("What you print or save as a PDF is not encrypted."), dialog)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        general = QLabel(
            _printing(
                "Anyone who finds the paper or the file can read it. Keep it with you and destroy it "
                "(or delete the file) as soon as you no longer need it. The printer and its queue may "
                "keep a copy too."
            ),
            dialog,
        )
        general.setWordWrap(True)
        sheet = QLabel(
            _t(
                "This sheet holds your recovery code: with it and this laptop, anyone can open "
                "your vault. Print it, keep the paper apart from the laptop, and delete the PDF "
                "file once it is printed."
            ),
            dialog,
        )
        sheet.setWordWrap(True)
        buttons = QDialogButtonBox(dialog)
        go = buttons.addButton(_t("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setAccessibleName(_t("Continue"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (heading, general, sheet, buttons):
            layout.addWidget(widget)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class ChooseSheetFile:
    """Where to save the sheet; ``None`` if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        return ChooseFile.save(
            parent,
            _t("Save the recovery sheet"),
            _printing("PDF files (*.pdf)"),
            _t("recovery-sheet") + ".pdf",
            "pdf",
        )


def instructions() -> list[str]:
    """The sheet's plain instructions, one paragraph each."""
    return [
        _t(
            "This is the recovery code of your FieldSafe vault. If you forget your passphrase, "
            "type this code where the passphrase goes; FieldSafe then lets you choose a new one."
        ),
        _t("Capital letters or not, dashes or not: both work."),
        _t(
            "Keep this sheet somewhere safe, apart from your laptop (not in the laptop bag). "
            "Anyone who has both the laptop and this code can open the vault."
        ),
        _t(
            "If FieldSafe ever shows you a new recovery code (after changing the passphrase), "
            "this sheet no longer opens the vault: destroy it."
        ),
        _t("If you saved this sheet as a file, delete the file once it is printed."),
    ]


def sheet_html(code: str, made_on: date) -> str:
    """The sheet as HTML: every value escaped, the code left to right."""
    day = QLocale().toString(
        QDate(made_on.year, made_on.month, made_on.day), QLocale.FormatType.LongFormat
    )
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    parts = [
        f"<h1>{escape(_t('Recovery code'))}</h1>",
        f"<p>{escape(isolated(_t('Made on {date}'), date=day))}</p>",
        f'<p dir="ltr" align="center" style="font-family: \'{escape(mono)}\', monospace; '
        f'font-size: {CODE_POINTS}pt; font-weight: bold;">{escape(code)}</p>',
    ]
    parts += [f"<p>{escape(paragraph)}</p>" for paragraph in instructions()]
    return "\n".join(parts)


def sheet_document(code: str, made_on: date) -> SafeDocument:
    """The document that becomes the PDF (tests read the code from it)."""
    document = SafeDocument()
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(sheet_html(code, made_on))
    option = document.defaultTextOption()
    option.setTextDirection(QGuiApplication.layoutDirection())
    document.setDefaultTextOption(option)
    return document


def render_sheet(document: SafeDocument) -> bytes:
    """``document`` as a one-page PDF, in memory; no creator or title in it."""
    from fieldsafe.ui.logs.printing import _set_up_page

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _set_up_page(writer)
    writer.setCreator("")
    writer.setTitle("")
    document.print_(writer)  # ends its own painter, which completes the PDF
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def sheet_button(page: QWizardPage) -> QPushButton:
    """The recovery-code page's button; the code comes from its wizard
    (``_recovery_code``) when pressed, the date from the wizard's clock."""
    button = QPushButton(_t("Save a printable &sheet (PDF)…"), page)
    button.setAccessibleName(_t("Save a printable sheet"))
    button.clicked.connect(lambda: _save_from(page))
    return button


def _save_from(page: QWizardPage) -> None:
    wizard = page.wizard()
    code = getattr(wizard, "_recovery_code", None) or ""
    clock = getattr(wizard, "clock", None) or SystemClock()
    save_sheet(page, code, clock.now().astimezone().date())


def save_sheet(parent: QWidget | None, code: str, made_on: date) -> bool:
    """Warn, ask where, then write the sheet; True when the file was written.
    A failure (a full disk, a folder that may not be written) is said and
    leaves no file behind."""
    if not code or not SheetWarning.ask(parent):
        return False
    destination = ChooseSheetFile.ask(parent)
    if destination is None:
        return False
    try:
        write_atomic(destination, render_sheet(sheet_document(code, made_on)))
    except Exception as exc:  # noqa: BLE001 - worded by describe_task()
        log.info("recovery_sheet_failed", exc_info=(type(exc), exc, None))
        Notice.show(parent, describe_task(exc))
        return False
    log.info("recovery_sheet_saved")
    Notice.show(
        parent,
        _t("The recovery sheet was saved. It is not encrypted."),
        detail=_t("Print it, keep the paper apart from this laptop, then delete the file."),
    )
    return True
