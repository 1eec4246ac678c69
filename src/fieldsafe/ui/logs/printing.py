"""Printing logs on paper or saving them as a PDF file.

Paper and PDF files are outside the vault's protection: not encrypted, and
readable by anyone who finds them. So before anything is rendered or written,
:class:`PrintWarning` says so and offers to leave out what identifies people
and places: the fields marked ``identifying`` in the record kind's spec
(person codes, the area, who went, the setting; see
:attr:`fieldsafe.core.records.FieldSpec.identifying` and
:func:`fieldsafe.ui.common.record_text.log_to_html`). Leaving them out is the
default: a sheet found in a pocket must not endanger anyone.

The PDF is rendered in memory (``QPdfWriter`` on a ``QBuffer``) and then
written with :func:`fieldsafe.atomicfile.write_atomic`: a temporary
file (mode 0600) in the chosen folder, fsynced, renamed over the target. A
failure leaves neither a partial PDF nor a temporary file behind. Nothing else
is written to disk. The document never loads an image or any other resource
a log's Markdown may name.

Every question is a classmethod seam (``PrintWarning.ask``,
``ChoosePdfFile.ask``, ``ChoosePrinter.ask``) that tests replace.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.atomicfile import write_atomic
from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import ChooseFile, Notice
from fieldsafe.ui.common.record_text import auto_direction, logs_to_html
from fieldsafe.ui.common.safe_document import SafeDocument

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from fieldsafe.core.records import OutreachLog
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.logs.printing")
_CTX = "printing"
#: page margins, millimetres
MARGIN_MM = 15.0


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


# -- seams ---------------------------------------------------------------------------------


class PrintWarning(QObject):
    """Say that paper and PDF files are not encrypted; offer to leave out
    person codes, places and colleagues' names. Returns ``None`` if the
    person cancelled, else whether to leave them out. (A QObject for its
    plural: lupdate finds plural forms only in ``self.tr()``.)"""

    def count_text(self, count: int) -> str:
        return self.tr("%n log(s) will be included.", "", count)

    @classmethod
    def ask(cls, parent: QWidget | None, *, count: int, minimal: bool = True) -> bool | None:
        dialog = QDialog(parent)
        dialog.setWindowTitle(_t("Print"))
        heading = QLabel(_t("What you print or save as a PDF is not encrypted."), dialog)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        text = QLabel(
            _t(
                "Anyone who finds the paper or the file can read it. Keep it with you and destroy it "
                "(or delete the file) as soon as you no longer need it. The printer and its queue may "
                "keep a copy too."
            ),
            dialog,
        )
        text.setWordWrap(True)
        count_label = QLabel(
            cls().count_text(count),
            dialog,
        )
        count_label.setWordWrap(True)
        leave_out = QCheckBox(_t("Leave out person codes, places and names of colleagues"), dialog)
        leave_out.setAccessibleName(_t("Leave out person codes, places and names of colleagues"))
        leave_out.setChecked(minimal)
        note = QLabel(
            _t(
                "The text you wrote (title, what happened, needs, safety) is included as it is: "
                "check it for names before you print."
            ),
            dialog,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(dialog)
        go = buttons.addButton(_t("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        go.setAccessibleName(_t("Continue"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel"))
        cancel.setDefault(True)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (heading, text, count_label, leave_out, note, buttons):
            layout.addWidget(widget)
        leave_out.setFocus()
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return leave_out.isChecked()
        finally:
            dialog.deleteLater()


class ChoosePdfFile:
    """Where to save the PDF; ``None`` if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        name = "{name}-{date}.pdf".format(
            name=_t("printout"), date=QDate.currentDate().toString("yyyy-MM-dd")
        )
        return ChooseFile.save(parent, _t("Save as PDF"), _t("PDF files (*.pdf)"), name, "pdf")


class ChoosePrinter:
    """The printer and its settings; ``None`` if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> QPrinter | None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(_t("Print"))
        # A PDF goes through "Save as PDF", which writes it safely; the print
        # dialog's own "print to file" would not.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return printer
        finally:
            dialog.deleteLater()


# -- rendering -----------------------------------------------------------------------------


def page_size() -> QPageSize:
    """Letter where the locale measures in inches (US), else A4."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def build_document(logs: Sequence[OutreachLog], *, minimal: bool) -> SafeDocument:
    """The logs in one document, each starting on a new page."""
    document = SafeDocument()
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(logs_to_html(logs, minimal=minimal))
    auto_direction(document)
    return document


def render_pdf(logs: Sequence[OutreachLog], *, minimal: bool) -> bytes:
    """The logs as a PDF, in memory."""
    document = build_document(logs, minimal=minimal)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _set_up_page(writer)
    writer.setCreator("")  # no program name in the file's properties
    writer.setTitle("")
    document.print_(writer)  # ends its own painter, which completes the PDF
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def _set_up_page(device: QPagedPaintDevice) -> None:
    device.setPageSize(page_size())
    device.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )


def _load(vault: Vault, log_ids: Sequence[str]) -> list[OutreachLog]:
    return [vault.logs.get(log_id) for log_id in log_ids]  # type: ignore[arg-type]


def print_logs(
    parent: QWidget | None, vault: Vault, log_ids: Sequence[str], *, to_pdf: bool
) -> bool:
    """Print the logs, or save them as one PDF. First warns (always), then
    asks where; True when the printout or file was made."""
    ids = list(dict.fromkeys(log_ids))
    if not ids:
        return False
    minimal = PrintWarning.ask(parent, count=len(ids), minimal=True)
    if minimal is None:
        return False
    if to_pdf:
        destination = ChoosePdfFile.ask(parent)
        if destination is None:
            return False
        printer = None
    else:
        destination = None
        printer = ChoosePrinter.ask(parent)
        if printer is None:
            return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        logs = _load(vault, ids)
        if destination is not None:
            write_atomic(destination, render_pdf(logs, minimal=minimal))
        else:
            assert printer is not None
            _print(printer, logs, minimal=minimal)
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        log.info("print_failed", exc_info=(type(exc), exc, None))
        failure: BaseException | None = exc
    else:
        failure = None
    finally:
        QGuiApplication.restoreOverrideCursor()
    if failure is not None:
        Notice.show(parent, describe(failure))
        return False
    if destination is not None:
        Notice.show(
            parent,
            _t("The PDF was saved. It is not encrypted."),
            detail=_t("Delete it as soon as you no longer need it."),
        )
    return True


class PrintFailed(Exception):
    """The printer reported an error (no content in the message)."""


def _print(printer: QPrinter, logs: Sequence[OutreachLog], *, minimal: bool) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer.setDocName(_t("Document"))  # the print queue shows this name, never a log's title
    printer.setCreator("")
    document = build_document(logs, minimal=minimal)
    document.print_(printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailed()
