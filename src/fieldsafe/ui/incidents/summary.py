"""The de-identified summary for the organisation, saved as CSV or PDF.

For funders, networks and monitoring: counts of incidents by month, type,
setting and area, with small counts hidden and no codes, names or free
text (``core.incidents.summarise`` builds it; the vault writes the CSV).
A file outside the vault is not encrypted, so :class:`SummaryDialog` says
that first, and what the file holds and leaves out, before anything is
chosen or written; then the period and the kind of file, then where.

The counts are read off the GUI thread; the PDF is laid out in memory
(``QTextDocument`` on a ``QPdfWriter``, as printing does) and written
atomically off the GUI thread too. Every question is a classmethod seam
(``SummaryDialog.ask``, ``ChooseSummaryFile.ask``) that tests replace.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QDate, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPdfWriter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.atomicfile import write_atomic
from fieldsafe.core.incidents import NOT_GIVEN, OTHER_AREAS, SECTIONS, SMALL_COUNT, Summary
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops, safety_words
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.dialogs import ChooseFile, Notice
from fieldsafe.ui.common.localtime import format_day, format_number
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.common.record_text import auto_direction, setting_label
from fieldsafe.ui.common.safe_document import SafeDocument
from fieldsafe.ui.common.widgets import resize_for_text
from fieldsafe.ui.incidents.patterns_paint import month_label
from fieldsafe.ui.logs.printing import MARGIN_MM, page_size
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.incidents.summary")


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("incident_summary", text, None, n)


@dataclass(frozen=True)
class SummaryChoice:
    """What to save: the first and last day (both included; None: open)
    and the kind of file, ``csv`` or ``pdf``."""

    first: date | None
    last: date | None
    kind: str

    @property
    def until(self) -> date | None:
        """The day after the last one (the summary's ``until`` is exclusive)."""
        return self.last + timedelta(days=1) if self.last is not None else None


class SummaryDialog(QDialog):
    """Says the file is not encrypted and what it holds; asks the period
    and whether a spreadsheet (CSV) or a PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Summary for the organisation"))
        heading = QLabel(_t("The summary is saved as a file that is not encrypted."), self)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        text = QLabel(
            _t(
                "It holds counts only: incidents by month, type, setting and area. It holds no "
                "person codes, names or written text. Counts under {small} are hidden, and so "
                "are the next smallest where needed, so a hidden count cannot be worked out; "
                "areas with fewer than {small} incidents are counted together. Anyone who has "
                "the file can read it: share it only with whom it is meant for, and delete "
                "your copy when you no longer need it."
            ).format(small=format_number(SMALL_COUNT)),
            self,
        )
        text.setWordWrap(True)
        self.first = OptionalDate(_t("From the first incident"), self)
        self.first.setAccessibleName(_t("From"))
        self.last = OptionalDate(_t("Up to today"), self)
        self.last.setAccessibleName(_t("To"))
        self.csv = QRadioButton(_t("A spreadsheet (CSV)"), self)
        self.csv.setAccessibleName(_t("A spreadsheet (CSV)"))
        self.pdf = QRadioButton(_t("A PDF document"), self)
        self.pdf.setAccessibleName(_t("A PDF document"))
        self.csv.setChecked(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_t("From"), self.first)
        form.addRow(_t("To"), self.last)
        kinds = QVBoxLayout()
        kinds.addWidget(self.csv)
        kinds.addWidget(self.pdf)
        form.addRow(_t("Save as"), kinds)
        self.buttons = QDialogButtonBox(self)
        self.go = self.buttons.addButton(
            _t("Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go.setAccessibleName(_t("Choose where to save"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.setMinimumWidth(em * 32)
        resize_for_text(self, em * 36)
        self.first.setFocus()

    def choice(self) -> SummaryChoice:
        return SummaryChoice(
            self.first.value(), self.last.value(), "pdf" if self.pdf.isChecked() else "csv"
        )

    @classmethod
    def ask(cls, parent: QWidget | None) -> SummaryChoice | None:
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()


class ChooseSummaryFile:
    """Where to save the summary; ``None`` if the person cancelled."""

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str) -> Path | None:
        name = "{name}-{date}.{kind}".format(
            name=_t("incident-summary"), date=QDate.currentDate().toString("yyyy-MM-dd"), kind=kind
        )
        pattern = _t("PDF files (*.pdf)") if kind == "pdf" else _t("CSV files (*.csv)")
        return ChooseFile.save(parent, _t("Save the summary"), pattern, name)


# -- words ------------------------------------------------------------------------------------


def section_label(section: str) -> str:
    return {
        "total": _t("In all"),
        "month": _t("By month"),
        "type": _t("By type"),
        "setting": _t("By setting"),
        "area": _t("By area"),
    }.get(section, section)


def value_label(section: str, value: str, *, for_csv: bool = False) -> str:
    """The words for one row's value (an area is shown as it was typed)."""
    if value == NOT_GIVEN:
        return _t("Not given")
    if section == "total":
        return _t("All incidents")
    if section == "month":
        return value if for_csv else month_label(value)
    if section == "type":
        return safety_words.incident_type(value)
    if section == "setting":
        return setting_label(value)
    if section == "area" and value == OTHER_AREAS:
        return _t("Other areas (each with fewer than {small} incidents)").format(
            small=format_number(SMALL_COUNT)
        )
    return value


def csv_label(section: str, value: str) -> str:
    """``label`` for :func:`fieldsafe.core.incidents.summary_csv`: months
    stay ``YYYY-MM`` so a spreadsheet sorts them."""
    return section_label(value) if section == "" else value_label(section, value, for_csv=True)


def csv_headers() -> tuple[str, str, str]:
    return _t("Section"), _t("Value"), _t("Incidents")


def _count(count: int | None) -> str:
    if count is None:
        return _t("fewer than {small}").format(small=format_number(SMALL_COUNT))
    return format_number(count)


def summary_html(summary: Summary) -> str:
    """The summary as a small HTML document: a heading, the period, a note
    on what is hidden, then a table per section. Every value is escaped."""
    if summary.since and summary.until:
        period = isolated(
            _t("Incidents from {first} to {last}"),
            first=format_day(summary.since),
            last=format_day(summary.until - timedelta(days=1)),
        )
    elif summary.since:
        period = isolated(_t("Incidents from {first} on"), first=format_day(summary.since))
    elif summary.until:
        period = isolated(
            _t("Incidents up to {last}"), last=format_day(summary.until - timedelta(days=1))
        )
    else:
        period = _t("Every incident registered")
    note = _t(
        "Counts only, with no codes, names or written text. Counts under {small} are hidden, "
        "and so are the next smallest where needed; areas with fewer than {small} incidents "
        "are counted together."
    ).format(small=format_number(SMALL_COUNT))
    parts = [
        f"<h1>{html.escape(_t('Incidents: a de-identified summary'))}</h1>",
        f"<p>{html.escape(period)}</p>",
        f"<p>{html.escape(note)}</p>",
    ]
    if not summary.rows:
        parts.append(f"<p>{html.escape(_t('No incidents in this period.'))}</p>")
    for section in SECTIONS:
        rows = summary.section(section)
        if not rows:
            continue
        parts.append(f"<h2>{html.escape(section_label(section))}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        parts.append(
            f"<tr><th>{html.escape(csv_headers()[1])}</th>"
            f"<th>{html.escape(csv_headers()[2])}</th></tr>"
        )
        for row in rows:
            parts.append(
                f"<tr><td>{html.escape(value_label(section, row.value))}</td>"
                f"<td>{html.escape(_count(row.count))}</td></tr>"
            )
        parts.append("</table>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def render_summary_pdf(summary: Summary) -> bytes:
    """The summary as a PDF, in memory (no resource is ever loaded)."""
    document = SafeDocument()
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(summary_html(summary))
    auto_direction(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(page_size())
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setCreator("")  # no program name and no title in the file's properties
    writer.setTitle("")
    document.print_(writer)
    del writer
    data = bytes(buffer.data().data())
    buffer.close()
    return data


# -- the flow ---------------------------------------------------------------------------------


def save_summary(parent: QWidget | None, vault: Vault) -> bool:
    """Warn, ask the period and kind, ask where, then save off the GUI
    thread and say so. False when the person cancelled."""
    choice = SummaryDialog.ask(parent)
    if choice is None:
        return False
    destination = ChooseSummaryFile.ask(parent, choice.kind)
    if destination is None:
        return False
    since, until = choice.first, choice.until
    progress = _t("Saving the summary…")
    if choice.kind == "csv":
        ops.run(
            lambda: vault.incidents.write_summary_csv(
                destination,
                since=since,
                until=until,
                label=csv_label,
                headers=csv_headers(),
                overwrite=True,  # the file dialog has asked about replacing it
            ),
            parent=parent,
            progress=progress,
        ).on_success(lambda _summary: _saved(parent)).on_failure(lambda e: _failed(parent, e))
        return True

    def write(summary: Summary) -> None:
        data = render_summary_pdf(summary)
        ops.run(
            lambda: write_atomic(destination, data), parent=parent, progress=progress
        ).on_success(lambda _none: _saved(parent)).on_failure(lambda e: _failed(parent, e))

    ops.run(
        lambda: vault.incidents.summary(since=since, until=until), parent=parent, progress=progress
    ).on_success(write).on_failure(lambda e: _failed(parent, e))
    return True


def _saved(parent: QWidget | None) -> None:
    Notice.show(
        parent,
        _t("The summary was saved. It is not encrypted."),
        detail=_t("Delete your copy as soon as you no longer need it."),
    )


def _failed(parent: QWidget | None, error: BaseException) -> None:
    log.info("summary_failed", exc_info=(type(error), error, None))
    Notice.show(parent, describe(error))
