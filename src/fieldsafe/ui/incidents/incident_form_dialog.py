"""The "Something happened" window: the incident form with its life.

:func:`open_incident_form` is the one entry point (Ctrl+I, the log
editor's "Register as an incident", *Meeting done*): it opens the window
without blocking, prefilled from an outreach log or a meeting plan when one
is given (when, setting, area, a link back; a log's safety observations as
what happened), and offers back an incident left unsaved by a crash.

What the person types is kept as a draft a moment after typing stops; the
draft outlives closing the window (it is offered back the next time) and a
crash. Saving runs off the GUI thread. Once a new incident is saved the
window closes and offers to review a risk assessment
(:mod:`.review_offer`).

When a team with a folder has a safety lead, a new incident offers *Send to
the safety lead (<names>)*, ticked. Once saved, it is left in the team
folder for them (:mod:`fieldsafe.ui.teams.sending_leads`, off the GUI
thread) before the window closes; the main window's status bar says so. If
someone was not reached, the window stays open, says why and offers *Send
again…*; the incident is saved either way.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import INCIDENT, RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.dialogs import message_box
from fieldsafe.ui.common.drafting import Drafting
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.incidents.incident_form import IncidentForm
from fieldsafe.ui.incidents.incident_form_links import (
    link_for_assessment,
    link_for_log,
    link_for_plan,
    prefill_from_log,
    prefill_from_plan,
)
from fieldsafe.ui.incidents.incident_form_parts import Link, SendToLeads
from fieldsafe.ui.risk.saving import BackgroundSave
from fieldsafe.ui.teams.sending_leads import LeadsSending
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.incidents.incident_form_dialog")

#: the form's draft slot (kept by ui.common.drafting)
DRAFT_SLOT = "incident"


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


class RestoreIncidentDraft:
    """Offer back an incident that was being registered when FieldSafe
    stopped or its window closed. Restoring is the default. (A seam: tests
    replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None, *, saved_at: str) -> bool:
        box = message_box(
            parent,
            _t("An incident you were registering was not saved."),
            detail=isolated(
                _t("FieldSafe kept it from {time}. Restore it to go on, or discard it."),
                time=saved_at,
            ),
        )
        restore = box.addButton(_t("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        box.exec()
        return box.clickedButton() is not discard


class IncidentDialog(QDialog):
    """One incident. :attr:`saved` carries its id after every save;
    :attr:`created` only after the first."""

    saved = Signal(str)
    created = Signal(str)

    def __init__(
        self, vault: Vault, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Something happened"))  # never record text in a title
        self._vault: Vault | None = vault
        self._clock = clock or SystemClock()
        self._id: RecordId | None = None
        self._loading = False
        self._leads: list[Any] = []  # the safety leads a new incident can go to
        self._review_pending: RecordId | None = None  # offered when the window closes
        #: offer a review once a new incident is saved (tests switch it off)
        self.offer_review = True
        self.form = IncidentForm(self)
        self.drafting = Drafting(
            self,
            slot=DRAFT_SLOT,
            kind=INCIDENT.name,
            vault=lambda: self._vault,
            fields=self.form.fields,
            record_id=lambda: self._id,
            worth_keeping=lambda: bool(self.form.texts() or self._chosen()),
            events=("incident_draft_failed", "incident_draft_discard_failed"),
        )
        self._saving = BackgroundSave(self, self.drafting, event="incident_save_failed")
        self._lay_out()
        self.form.changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self._load_choices()
        self._fill({}, [])
        self.form.type.first().setFocus()

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(_t("&Save the incident"), self)
        self.save_button.setAccessibleName(_t("Save the incident"))
        self.save_button.setToolTip(_t("Ctrl+Enter"))
        self.close_button = QPushButton(_t("Close"), self)
        self.close_button.setAccessibleName(_t("Close"))
        self.leads_box = SendToLeads(self)
        self.leads_sending = LeadsSending(self)
        self.leads_sending.delivered.connect(self._delivered)
        self.leads_sending.failed.connect(lambda: self.leads_box.hide())
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field never saves by surprise
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        intro = QLabel(
            _t("Every question can be skipped. Save what you have; you can add to it later."),
            self,
        )
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.leads_box)
        layout.addWidget(self.leads_sending)
        layout.addLayout(buttons)
        self.setTabOrder(self.leads_box.box, self.leads_sending.again_button)
        self.setTabOrder(self.leads_sending.again_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        em = self.fontMetrics().horizontalAdvance("M")
        available = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(em * 56, available.width()), min(em * 64, available.height()))

    # -- state ---------------------------------------------------------------------
    @property
    def incident_id(self) -> RecordId | None:
        return self._id

    @property
    def dirty(self) -> bool:
        return self.drafting.dirty

    def _chosen(self) -> bool:
        fields = self.form.fields()
        return bool(fields["type"] or fields["actors"] or fields["setting"])

    def _edited(self) -> None:
        if not self._loading:
            self.drafting.edited()
            self._saving.edited()
            self.status.setText("")

    def _now(self) -> datetime:
        return self._clock.now()

    def _fill(self, fields: dict[str, Any], links: list[Link]) -> None:
        self._loading = True
        try:
            self.form.fill(fields, links, now=self._now())
        finally:
            self._loading = False
        self.drafting.clean()
        self.leads_box.setVisible(bool(self._leads) and self._id is None)

    def _load_choices(self) -> None:
        if self._vault is None:
            return
        try:
            self.form.set_areas(self._vault.incidents.areas())
            self.form.links.set_assessments([(a.id, a.title) for a in self._vault.risks.all()])
            self._leads = self._vault.teams.safety_leads()
            self.leads_box.set_leads([lead.name for lead in self._leads])
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the form still works
            self.status.setText(describe(exc))

    # -- prefilling and opening --------------------------------------------------------
    def prefill_from_log(self, log_id: str, *, observation: str | None = None) -> bool:
        """Fill in when, setting and area from outreach log ``log_id`` and
        link back to it; what happened starts with ``observation`` (default:
        the log's safety observations). The prefill alone is no edit."""
        return self._prefill(lambda vault: prefill_from_log(vault, log_id, observation))

    def prefill_from_plan(self, plan_id: str) -> bool:
        """Fill in when and setting from meeting plan ``plan_id`` and link back."""
        return self._prefill(lambda vault: prefill_from_plan(vault, plan_id))

    def _prefill(self, read: Any) -> bool:
        if self._vault is None:
            return False
        try:
            fields, links, origin = read(self._vault)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self._fill(fields, links)
        self.form.show_origin(origin)
        return True

    def open_incident(self, incident_id: str) -> bool:
        """Show a stored incident to add to or correct."""
        if self._vault is None:
            return False
        try:
            incident = self._vault.incidents.get(RecordId(incident_id))
            links = self._links(dict(incident.fields))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self._id = incident.id
        self._fill(dict(incident.fields), links)
        return True

    def _links(self, fields: dict[str, Any]) -> list[Link]:
        assert self._vault is not None
        vault = self._vault
        return [
            *(link_for_log(vault, i) for i in fields.get("logs") or ()),
            *(link_for_plan(vault, i) for i in fields.get("plans") or ()),
            *(link_for_assessment(vault, i) for i in fields.get("assessments") or ()),
        ]

    def offer_drafts(self) -> bool:
        """Offer back incidents left unsaved by a crash or a closed window
        (never another open window's); True if one was restored."""
        vault = self._vault
        if vault is None or self.dirty:
            return False
        try:
            drafts = self.drafting.orphans()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        for draft in drafts:
            if self._vault is not vault:
                break
            if RestoreIncidentDraft.ask(self, saved_at=format_moment(draft.saved_at)):
                self.restore_draft(draft.fields, draft.record_id)
                self.drafting.take_over(draft)
                return True  # the others wait for the next time
            vault.drafts.discard(draft.slot)
        return False

    def restore_draft(self, fields: dict[str, Any], incident_id: RecordId | None) -> None:
        try:
            self._id = incident_id
            self._fill(dict(fields), self._links(fields))
        except Exception as exc:  # noqa: BLE001 - a damaged draft is dropped, not shown
            log.info("incident_draft_unreadable", exc_info=(type(exc), exc, None))
            self._id = None
            self._fill({}, [])
            return
        self.drafting.restored()
        self.status.setText(_t("Restored from the draft. Save to keep it."))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> ops.Op | None:
        """Save off the GUI thread. A new incident: the window then closes
        and offers a review. None if nothing was started."""
        vault = self._vault
        if vault is None:
            return None
        fields = self.form.fields()
        incident_id = self._id
        self.status.setText(_t("Saving…"))
        return self._saving.start(
            lambda: vault.incidents.save(fields, incident_id=incident_id),
            saved=self._saved,
            failed=lambda exc: self.status.setText(describe(exc)),
        )

    def _saved(self, incident: Incident) -> None:
        new = self._id is None
        self._id = incident.id
        self.status.setText(_t("Saved."))
        self.saved.emit(incident.id)
        if not new:
            return
        self.created.emit(incident.id)
        vault = self._vault
        if self.leads_box.wanted and vault is not None:
            self.leads_box.setEnabled(False)
            self.status.setText(_t("Saved. Putting it in the team folder…"))
            self._review_pending = incident.id
            self.leads_sending.start(vault, incident.id, self._leads)
            return  # closes once it is there (_delivered)
        self._close_new(incident.id)

    def _delivered(self, said: str) -> None:
        """Every safety lead got the new incident: say so and close."""
        self.leads_box.hide()
        self.status.setText(said)
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(said)
        if self._review_pending is not None:
            self._close_new(self._review_pending)

    def _close_new(self, incident_id: RecordId) -> None:
        """A new incident is saved: close, then offer a review."""
        if self.dirty:
            self._review_pending = None
            return  # typed on while saving: stay open with it
        self._review_pending = None
        vault, parent = self._vault, self.parentWidget()
        self.accept()
        self._offer_review(parent, vault, incident_id)

    def _offer_review(
        self, parent: QWidget | None, vault: Vault | None, incident_id: RecordId
    ) -> None:
        if self.offer_review and vault is not None:
            from fieldsafe.ui.incidents.review_offer import offer_review

            clock = self._clock
            QTimer.singleShot(0, lambda: offer_review(parent, vault, incident_id, clock=clock))

    def save_if_dirty(self) -> bool:
        """Save an edit in progress now, waiting for the vault (the window
        is closing or the vault locking); True when nothing is left unsaved."""
        if not self.dirty:
            return True
        if self._vault is None or self._saving.busy:
            return False
        try:
            incident = self._vault.incidents.save(self.form.fields(), incident_id=self._id)
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the text stays
            log.info("incident_save_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self.drafting.saved()
        self._id = incident.id
        self.saved.emit(incident.id)
        return True

    def save_draft(self) -> bool:
        """Keep the edit in progress as a draft (before a lock)."""
        return self.drafting.keep()

    # -- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape, Close or the window's close button: what was typed stays
        as a draft, offered back the next time the form opens. Not while
        the incident is on its way to the safety lead (a moment)."""
        if self.leads_sending.busy and self._vault is not None:
            return
        if self._vault is not None and self.dirty and not self.save_draft():
            self.status.setText(
                _t("What you typed could not be kept. Save it, or copy it before closing.")
            )
            return
        self.drafting.release()
        pending, self._review_pending = self._review_pending, None
        super().reject()
        if pending is not None:
            self._offer_review(self.parentWidget(), self._vault, pending)

    def accept(self) -> None:
        self.drafting.release()
        super().accept()

    def wipe(self) -> None:
        """Forget the vault and every word on screen (the vault is locking)."""
        self.drafting.clean()
        self.drafting.release()
        self._vault = None
        self._leads, self._review_pending = [], None
        self.leads_box.set_leads([])
        self.leads_sending.clear()
        self._fill({}, [])
        self.form.show_origin("")
        self.form.set_areas([])
        self.form.links.set_assessments([])
        self.status.setText("")


def open_incident_form(
    parent: QWidget | None,
    vault: Vault,
    *,
    log_id: str | None = None,
    plan_id: str | None = None,
    observation: str | None = None,
    incident_id: str | None = None,
    clock: Clock | None = None,
) -> IncidentDialog:
    """Open "Something happened" without blocking: a new incident, prefilled
    from log ``log_id`` (what happened: ``observation``, else the log's
    safety observations) or plan ``plan_id`` if given, and an offer of one
    left unsaved; or stored incident ``incident_id`` to add to."""
    dialog = IncidentDialog(vault, clock=clock, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if incident_id:
        dialog.open_incident(incident_id)
        dialog.show()
        return dialog
    if log_id:
        dialog.prefill_from_log(log_id, observation=observation)
    elif plan_id:
        dialog.prefill_from_plan(plan_id)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    QTimer.singleShot(0, dialog.offer_drafts)
    return dialog


def keep_open_edits(window: QWidget) -> list[str]:
    """Before the vault locks: keep what is typed in every open "Something
    happened" and review window under ``window`` as a draft (offered back
    after the next unlock). Returns the plain text of the edits that could
    not be kept (empty when all were), for the person to copy."""
    from fieldsafe.ui.risk.review_dialog import RiskReviewDialog

    unkept: list[str] = []
    for dialog in window.findChildren(QDialog):
        if isinstance(dialog, IncidentDialog) and not dialog.save_draft():
            unkept += dialog.form.texts()
        elif isinstance(dialog, RiskReviewDialog) and not dialog.save_draft():
            unkept += [*dialog.editor.form.texts(), dialog.changes.toPlainText()]
    return [text for text in unkept if text.strip()]
