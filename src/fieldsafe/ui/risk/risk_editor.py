"""The risk assessment editor: the form (:mod:`.risk_form`) with its life:
opening, starting empty or from a template, saving off the GUI thread,
deleting, and the draft kept in between.

An edit in progress is kept in the vault a moment after typing stops
(:class:`~fieldsafe.ui.common.drafting.Drafting`), and offered back after a
crash by the assessments view. Moving to another assessment or locking first
saves it (:meth:`RiskEditor.save_if_dirty`, which waits for the vault: it
runs only when the person leaves). A failed save leaves every word in place.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.records import RISK_ASSESSMENT, RecordId
from fieldsafe.core.risk import RiskAssessment
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.dialogs import Confirm
from fieldsafe.ui.common.drafting import Drafting
from fieldsafe.ui.risk.risk_form import RiskForm
from fieldsafe.ui.risk.saving import BackgroundSave
from fieldsafe.ui.risk.templates import assessment_from_template
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.risk.risk_editor")

#: the editor's draft slot (kept by ui.common.drafting)
DRAFT_SLOT = "risk_assessment"


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


class RiskEditor(QWidget):
    """One risk assessment. Emits :attr:`saved` / :attr:`deleted` with its id."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._id: RecordId | None = None
        self._loading = False
        self.form = RiskForm(self)
        self.drafting = Drafting(
            self,
            slot=DRAFT_SLOT,
            kind=RISK_ASSESSMENT.name,
            vault=lambda: self._vault,
            fields=self.form.fields,
            record_id=lambda: self._id,
            worth_keeping=self.has_content,
            events=("risk_draft_failed", "risk_draft_discard_failed"),
        )
        self._saving = BackgroundSave(self, self.drafting, event="risk_save_failed")
        self._lay_out()
        self.form.changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self._fill(None, {})

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        self.scroll_area = scroll
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(_t("&Save assessment"), self)
        self.save_button.setAutoDefault(False)  # Enter in a field never presses it
        self.save_button.setAccessibleName(_t("Save assessment"))
        self.delete_button = QPushButton(_t("Delete assessment…"), self)
        self.delete_button.setAutoDefault(False)  # Enter in a field never presses it
        self.delete_button.setAccessibleName(_t("Delete assessment"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # -- state -------------------------------------------------------------------
    @property
    def assessment_id(self) -> RecordId | None:
        return self._id

    @property
    def dirty(self) -> bool:
        return self.drafting.dirty

    def attach(self, vault: Vault) -> None:
        self._vault = vault

    def has_content(self) -> bool:
        fields = self.form.fields()
        return bool(self.form.texts() or fields["template"] or fields["threats"])

    def _edited(self) -> None:
        if not self._loading:
            self.drafting.edited()
            self._saving.edited()
            self.status.setText("")

    def _fill(self, assessment_id: RecordId | None, fields: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._id = assessment_id
            self.form.fill(fields)
        finally:
            self._loading = False
        self.drafting.clean()
        self.delete_button.setEnabled(assessment_id is not None)
        self.scroll_area.verticalScrollBar().setValue(0)

    # -- opening -------------------------------------------------------------------
    def new_assessment(self, fields: dict[str, Any] | None = None) -> bool:
        """Start a new assessment, empty or with ``fields`` (a template's
        copy: an edit not yet saved, kept as a draft). False if the edit in
        progress could not be saved first."""
        if not self.save_if_dirty():
            return False
        self._fill(None, {})
        if fields:
            self._loading = True
            try:
                self.form.fill(fields)
            finally:
                self._loading = False
            self._edited()
            self.status.setText(_t("Copied from the template. Change anything, then save."))
        self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def start_from_template(self, key: str) -> bool:
        """A new assessment copied from starter template ``key``, in the
        person's language."""
        return self.new_assessment(assessment_from_template(key))

    def open_assessment(self, assessment_id: str) -> bool:
        if self._vault is None or not self.save_if_dirty():
            return False
        try:
            stored = self._vault.risks.get(RecordId(assessment_id))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self._fill(stored.id, dict(stored.fields))
        self.status.setText("")
        return True

    def restore_draft(self, fields: dict[str, Any], assessment_id: RecordId | None) -> None:
        # Shown as kept, unvalidated: a draft may hold text longer than a
        # record takes, exactly the edit that could not be saved.
        try:
            self._fill(assessment_id, dict(fields))
        except Exception as exc:  # noqa: BLE001 - a damaged draft is dropped, not shown
            log.info("risk_draft_unreadable", exc_info=(type(exc), exc, None))
            self._fill(None, {})
            return
        self.drafting.restored()
        self.status.setText(_t("Restored from the draft. Save to keep it."))

    # -- saving --------------------------------------------------------------------
    def ready_fields(self) -> dict[str, Any] | None:
        fields = self.form.fields()
        if not fields["title"].strip():
            self.status.setText(_t("Give the risk situation a name, then save."))
            self.form.title.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return fields

    def save(self) -> ops.Op | None:
        """Save off the GUI thread; :attr:`saved` follows. None if nothing
        was started (no vault, no name yet, a save already running)."""
        vault = self._vault
        fields = self.ready_fields()
        if vault is None or fields is None:
            return None
        assessment_id = self._id
        self.status.setText(_t("Saving…"))
        return self._saving.start(
            lambda: vault.risks.save(fields, assessment_id=assessment_id),
            saved=self._saved,
            failed=lambda exc: self.status.setText(describe(exc)),
        )

    def _saved(self, stored: RiskAssessment) -> None:
        self._id = stored.id
        self.form._reviews = [dict(r) for r in stored.fields.get("reviews") or ()]
        self.delete_button.setEnabled(True)
        self.status.setText(_t("Saved."))
        self.saved.emit(stored.id)

    def save_if_dirty(self) -> bool:
        """Save an edit in progress now (the person is leaving it); True
        when nothing is left unsaved."""
        if not self.drafting.dirty:
            return True
        if self._id is None and not self.has_content():
            return True
        if self._vault is None or self._saving.busy:
            return False
        fields = self.ready_fields()
        if fields is None:
            return False
        try:
            stored = self._vault.risks.save(fields, assessment_id=self._id)
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the text stays
            log.info("risk_save_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self.drafting.saved()
        self._saved(stored)
        return True

    def save_draft(self) -> bool:
        return self.drafting.keep()

    def delete(self) -> bool:
        if self._vault is None or self._id is None:
            return False
        if not Confirm.ask(
            self,
            question=_t("Delete this risk assessment?"),
            detail=_t(
                "It is removed from the vault for good, with its earlier versions and its "
                "review history. Incidents that link to it keep the link and say it is gone."
            ),
            confirm=_t("Delete"),
        ):
            return False
        assessment_id = self._id
        try:
            self._vault.risks.delete(assessment_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self._fill(None, {})
        self.status.setText(_t("The assessment was deleted."))
        self.deleted.emit(assessment_id)
        return True

    def wipe(self) -> None:
        """Forget the vault and every word on screen (the vault is locking)."""
        self.drafting.clean()
        self.drafting.release()
        self._vault = None
        self._fill(None, {})
        self.status.setText("")
