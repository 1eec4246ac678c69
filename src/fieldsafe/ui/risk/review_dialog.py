"""Reviewing a risk assessment, after an incident or before an activity.

The assessment opens in the editor, every part of it open to change, with
the incident that prompted the review beside it, read only. Under them: why
this review (after an incident, before an activity, planned), what changed,
and the next review. "Record the review" saves the changes and adds the
review to the history in one transaction (``vault.risks.record_review``,
which also links the incident to the assessment), off the GUI thread; the
incident's measures can be marked as reviewed with it. Closing without
recording keeps the changes as a draft of the assessment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.records import REVIEW_REASONS, RecordId
from fieldsafe.core.risk import Review
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops, safety_words
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.common.widgets import WrappingCheckBox
from fieldsafe.ui.incidents.review_incident import IncidentSummary
from fieldsafe.ui.risk.risk_editor import RiskEditor
from fieldsafe.ui.risk.risk_form import text_box
from fieldsafe.ui.risk.risk_view import local_today
from fieldsafe.ui.risk.saving import BackgroundSave
from fieldsafe.vault import Vault


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


class RiskReviewDialog(QDialog):
    """One review. :attr:`reviewed` carries the assessment's id once recorded."""

    reviewed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        assessment_id: str,
        *,
        incident_id: str | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Review a risk assessment"))
        self._vault: Vault | None = vault
        self._clock = clock or SystemClock()
        self._incident = RecordId(incident_id) if incident_id else None
        self.editor = RiskEditor(self)
        self.editor.save_button.hide()  # recorded with the review, below
        self.editor.delete_button.hide()
        self.editor.attach(vault)
        self.summary = IncidentSummary(self)
        self._saving = BackgroundSave(self, self.editor.drafting, event="risk_review_failed")
        self.editor.form.changed.connect(self._saving.edited)
        self._build_review()
        self._lay_out()
        self.editor.open_assessment(assessment_id)
        self._show_incident()
        self.record_button.clicked.connect(self.record)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.record)
        self.close_button.clicked.connect(self.reject)

    def _build_review(self) -> None:
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(_t("Why this review"))
        for key in REVIEW_REASONS:
            self.reason.addItem(safety_words.review_reason(key), key)
        default = "after_incident" if self._incident else "scheduled"
        self.reason.setCurrentIndex(self.reason.findData(default))
        self.activity = QLineEdit(self)
        self.activity.setAccessibleName(_t("Before which activity"))
        self.activity.setPlaceholderText(_t("For example: the outreach night on Friday"))
        self.changes = text_box(self, _t("What changed"), 2)
        self.changes.setPlaceholderText(_t("What we changed in the assessment, and why"))
        self.next_review = OptionalDate(_t("Keep the date in the assessment"), self)
        self.next_review.setAccessibleName(_t("Next review"))
        self.mark_reviewed = WrappingCheckBox(
            _t("The incident's immediate measures have been reviewed"), self
        )
        self.mark_reviewed.setChecked(True)
        self.mark_reviewed.setVisible(self._incident is not None)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.record_button = QPushButton(_t("Record the re&view"), self)
        self.record_button.setAccessibleName(_t("Record the review"))
        self.record_button.setAutoDefault(False)
        self.close_button = QPushButton(_t("Close without recording"), self)
        self.close_button.setAccessibleName(_t("Close without recording"))
        self.close_button.setAutoDefault(False)

    def _lay_out(self) -> None:
        incident = QScrollArea(self)
        incident.setWidgetResizable(True)
        incident.setFrameShape(QFrame.Shape.NoFrame)
        incident.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        incident.setWidget(self.summary)
        incident.setVisible(self._incident is not None)
        heading = QLabel(_t("This review"), self)
        heading.setProperty("role", "heading")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, widget in (
            (_t("&Why:"), self.reason),
            (_t("Before which activity:"), self.activity),
            (_t("What &changed:"), self.changes),
            (_t("Next review:"), self.next_review),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.mark_reviewed)
        self._form = form
        self.reason.currentIndexChanged.connect(self._show_activity)
        self._show_activity()
        # The incident and this review on one side, the assessment (all of
        # the height it can get) on the other.
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(incident, 1)
        column.addWidget(heading)
        column.addLayout(form)
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(em * 90, available.width()), min(em * 56, available.height()))

    def _show_activity(self) -> None:
        self._form.setRowVisible(self.activity, self.reason.currentData() == "before_activity")

    def _show_incident(self) -> None:
        if self._vault is None or self._incident is None:
            return
        try:
            self.summary.show_incident(self._vault.incidents.get(self._incident))
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the review still works
            self.status.setText(describe(exc))

    @property
    def assessment_id(self) -> RecordId | None:
        return self.editor.assessment_id

    # -- recording ---------------------------------------------------------------------
    def record(self) -> ops.Op | None:
        """Save the changes and the review entry, off the GUI thread."""
        vault, assessment_id = self._vault, self.editor.assessment_id
        fields = self.editor.ready_fields()
        if vault is None or assessment_id is None or fields is None:
            return None
        reason = self.reason.currentData()
        review = Review(
            reviewed_on=local_today(self._clock),
            reason=reason,
            incident=self._incident,
            activity=self.activity.text() if reason == "before_activity" else "",
            changes=self.changes.toPlainText(),
        )
        next_review = self.next_review.value()
        incident = self._incident if self.mark_reviewed.isChecked() else None

        def work() -> str:
            vault.risks.record_review(assessment_id, review, next_review=next_review, fields=fields)
            if incident is not None:
                vault.incidents.mark_measures_reviewed(incident)
            return assessment_id

        self.status.setText(_t("Recording…"))
        return self._saving.start(
            work, saved=self._recorded, failed=lambda exc: self.status.setText(describe(exc))
        )

    def _recorded(self, assessment_id: str) -> None:
        self.reviewed.emit(assessment_id)
        self.accept()

    # -- closing -----------------------------------------------------------------------
    def reject(self) -> None:
        """Closing without recording: changes made to the assessment stay as
        its draft, offered back in Risk assessments."""
        if self._vault is not None and self.editor.dirty and not self.editor.save_draft():
            self.status.setText(
                _t("Your changes could not be kept. Record the review, or copy them first.")
            )
            return
        self.editor.drafting.release()
        super().reject()

    def accept(self) -> None:
        self.editor.drafting.release()
        super().accept()

    def save_draft(self) -> bool:
        """Keep the changes as a draft (before a lock)."""
        return self.editor.save_draft()

    def wipe(self) -> None:
        self._vault = None
        self.editor.wipe()
        self.summary.show_incident(None)
        self.changes.clear()
        self.activity.clear()


def open_review(
    parent: QWidget | None,
    vault: Vault,
    assessment_id: str,
    *,
    incident_id: str | None = None,
    clock: Clock | None = None,
) -> RiskReviewDialog:
    """Open the review of ``assessment_id`` (after ``incident_id``, if
    given) without blocking."""
    dialog = RiskReviewDialog(
        vault, assessment_id, incident_id=incident_id, clock=clock, parent=parent
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
