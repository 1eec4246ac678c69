"""The risk assessments section: the list and the editor side by side.

Each assessment in the list shows its level in words with a shape (never
an alarm colour) and its next review; one whose review is due says so in
words. "New assessment" starts empty; "Start from a template" copies one of
the five starter templates in the person's language. The editor is
:class:`~fieldsafe.ui.risk.risk_editor.RiskEditor`.

Integration: build ``RiskAssessmentsView(clock=...)``, call :meth:`attach`
with the unlocked vault and :meth:`enter` each time the section is shown;
:meth:`leave` before showing another (False: an edit could not be saved and
stays on screen); :meth:`wipe` on lock. The editor is ``view.editor``
(``save_if_dirty`` / ``save_draft`` for the lock).

Below the list: *Share…* the open assessment (with the incidents linked to
it if the person wants; :mod:`.actions`), *Send to the team…* (shown when a
team has a folder: the same share with the whole team ticked), its
*Earlier versions…*, and
*Receive a bundle…* from a colleague, after which received assessments are
in the list at once. Deleting is the editor's *Delete assessment…*.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.records import RecordId
from fieldsafe.core.risk import RiskAssessment
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.button_flow import ButtonFlow
from fieldsafe.ui.common.dialogs import message_box
from fieldsafe.ui.common.icons import icon
from fieldsafe.ui.common.localtime import format_day, format_moment, to_qdatetime
from fieldsafe.ui.risk import actions
from fieldsafe.ui.risk.level import level_icon, level_text
from fieldsafe.ui.risk.risk_editor import RiskEditor
from fieldsafe.ui.risk.template_chooser import ChooseTemplate
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.risk.risk_view")
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


def local_today(clock: Clock) -> date:
    day = to_qdatetime(clock.now()).date()
    return date(day.year(), day.month(), day.day())


def review_text(assessment: RiskAssessment, today: date) -> str:
    """When the next review is, in words: due (and since when), or planned."""
    due = assessment.next_review
    if due is None:
        return _t("No review planned")
    if due < today:
        return isolated(_t("Review due since {date}"), date=format_day(due))
    if due == today:
        return _t("Review due today")
    return isolated(_t("Next review: {date}"), date=format_day(due))


def list_text(assessment: RiskAssessment, today: date) -> str:
    """The two lines an assessment shows in the list."""
    title = assessment.title or _t("Untitled assessment")
    level = _t("Level: {level}").format(level=level_text(assessment.level))
    return f"{isolate(title)}\n{level} · {review_text(assessment, today)}"


class RestoreRiskDraft:
    """After a crash: offer back the assessment that was being written.
    Restoring is the default. (A seam: tests replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None, *, saved_at: str) -> bool:
        box = message_box(
            parent,
            _t("A risk assessment you were writing was not saved."),
            detail=isolated(
                _t("FieldSafe kept it from {time}. Restore it to go on writing, or discard it."),
                time=saved_at,
            ),
        )
        restore = box.addButton(_t("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        box.exec()
        return box.clickedButton() is not discard


class RiskAssessmentsView(QWidget):
    """The section. :attr:`changed` after an assessment was saved, deleted
    or received (Today's list of reviews due may change)."""

    changed = Signal()

    def __init__(self, *, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self.new_button = QPushButton(icon("new"), _t("&New assessment"), self)
        self.new_button.setAccessibleName(_t("New assessment"))
        self.template_button = QPushButton(_t("Start from a &template…"), self)
        self.template_button.setAccessibleName(_t("Start from a template"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(_t("Risk assessments"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        side = self.fontMetrics().height() * 2
        self.list.setIconSize(QSize(side, side))
        self.editor = RiskEditor(self)
        left = QWidget(self)
        buttons = ButtonFlow()  # rows of buttons wrap where they do not fit
        buttons.add(self.new_button)
        buttons.add(self.template_button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.list, 1)
        column.addLayout(self._build_actions())
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.new_button.clicked.connect(lambda: self.new_assessment())
        self.template_button.clicked.connect(lambda: self.start_from_template())
        self.list.currentItemChanged.connect(self._chosen)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self._update_actions()

    def _build_actions(self) -> ButtonFlow:
        """Share, earlier versions (of the open assessment), receive."""
        self.share_button = QPushButton(icon("share"), _t("Share…"), self)
        self.share_button.setAccessibleName(_t("Share the assessment"))
        self.team_button = QPushButton(icon("share"), _t("Send to the team…"), self)
        self.team_button.setAccessibleName(_t("Send the assessment to the team"))
        self.history_button = QPushButton(icon("history"), _t("Earlier versions…"), self)
        self.history_button.setAccessibleName(_t("Earlier versions of the assessment"))
        self.receive_button = QPushButton(icon("receive"), _t("Receive a bundle…"), self)
        self.receive_button.setAccessibleName(_t("Receive a bundle"))
        self.share_button.clicked.connect(lambda: self.share())
        self.team_button.clicked.connect(lambda: self.send_to_team())
        self.history_button.clicked.connect(lambda: self.show_history())
        self.receive_button.clicked.connect(lambda: self.receive())
        row = ButtonFlow()
        row.add(self.share_button)
        row.add(self.team_button)
        row.add(self.history_button)
        row.add(self.receive_button, at_end=True)
        return row

    def _update_actions(self) -> None:
        stored = self.editor.assessment_id is not None
        self.share_button.setEnabled(stored)
        self.team_button.setEnabled(stored)
        vault = self._vault
        self.team_button.setVisible(vault is not None and actions.can_send_to_team(vault))
        self.history_button.setEnabled(stored)

    # -- the section's life -------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self._vault = vault
        self.editor.attach(vault)

    def enter(self) -> None:
        """The section is shown: the list is read again, drafts left by a
        crash are offered back, and the first assessment opens."""
        self.reload()
        if not self._offer_drafts() and self.editor.assessment_id is None:
            if not self.editor.dirty and self.list.count():
                self.list.setCurrentRow(0)

    def leave(self) -> bool:
        return self.editor.save_if_dirty()

    def wipe(self) -> None:
        self._vault = None
        self.list.clear()
        self.editor.wipe()
        self._update_actions()

    # -- the list ---------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            if self._vault is None:
                return
            try:
                found = self._vault.risks.all()
            except Exception as exc:  # noqa: BLE001 - worded by describe()
                self.editor.status.setText(describe(exc))
                return
            today = local_today(self._clock)
            target = select or self.editor.assessment_id
            for assessment in found:
                item = QListWidgetItem(
                    level_icon(assessment.level), list_text(assessment, today), self.list
                )
                item.setData(_ID_ROLE, assessment.id)
                if assessment.id == target:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
            self._update_actions()

    def ids(self) -> list[str]:
        return [self.list.item(row).data(_ID_ROLE) for row in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self.editor.open_assessment(item.data(_ID_ROLE)):
            self.list.blockSignals(True)  # the edit could not be saved: stay with it
            if previous is not None:
                self.list.setCurrentItem(previous)
            else:
                self.list.clearSelection()
            self.list.blockSignals(False)
        self._update_actions()

    def _saved(self, assessment_id: str) -> None:
        self.reload(select=assessment_id)
        self.changed.emit()

    def _deleted(self, _assessment_id: str) -> None:
        self.reload()
        self.changed.emit()

    # -- sharing, earlier versions, receiving ------------------------------------------
    def share(self) -> bool:
        """Share the open assessment (saved first if it was being edited)."""
        vault, assessment_id = self._vault, self.editor.assessment_id
        if vault is None or assessment_id is None or not self.editor.save_if_dirty():
            return False
        with_incidents = actions.share_assessment(self, vault, assessment_id)
        if with_incidents is None:
            return False
        self.editor.status.setText(
            QCoreApplication.translate(
                "risk",
                "Bundle saved with the assessment and %n linked incident(s): encrypted for "
                "the colleagues you chose and for you.",
                "",
                with_incidents,
            )
            if with_incidents
            else _t("Bundle saved: encrypted for the colleagues you chose and for you.")
        )
        return True

    def send_to_team(self) -> bool:
        """*Send to the team…*: the open assessment (saved first) through the
        share chooser with the whole team ticked (:func:`.actions.send_to_team`)."""
        vault, assessment_id = self._vault, self.editor.assessment_id
        if vault is None or assessment_id is None or not self.editor.save_if_dirty():
            return False
        if actions.send_to_team(self, vault, assessment_id) is None:
            return False
        self.editor.status.setText(_t("Shared with the colleagues you chose."))
        return True

    def show_history(self) -> QWidget | None:
        """The earlier versions of the open assessment (saved first)."""
        vault, assessment_id = self._vault, self.editor.assessment_id
        if vault is None or assessment_id is None or not self.editor.save_if_dirty():
            return None
        return actions.show_history(self, vault, assessment_id)

    def receive(self) -> bool:
        """Receive a bundle from a colleague; the assessments in it are
        listed at once (the one open stays open, an edit is saved first)."""
        from fieldsafe.ui.plans.sharing import receive_bundle

        vault = self._vault
        if vault is None or not self.editor.save_if_dirty():
            return False
        report = receive_bundle(self, vault)
        if report is None:
            return False
        self.reload()
        open_id = self.editor.assessment_id
        if open_id is not None:
            self.editor.open_assessment(open_id)  # an update to it shows
        self.editor.status.setText(report)
        self.changed.emit()
        return True

    # -- starting ---------------------------------------------------------------------
    def new_assessment(self) -> bool:
        if not self.editor.new_assessment():
            return False
        self.list.clearSelection()
        self._update_actions()
        return True

    def start_from_template(self, key: str | None = None) -> bool:
        """Ask which template (unless ``key`` is given) and copy it into a
        new assessment."""
        if self._vault is None:
            return False
        chosen = key or ChooseTemplate.ask(self)
        if not chosen or not self.editor.start_from_template(chosen):
            return False
        self.list.clearSelection()
        self._update_actions()
        return True

    def open_assessment(self, assessment_id: str) -> bool:
        if not self.editor.open_assessment(assessment_id):
            return False
        self.reload(select=assessment_id)
        return True

    def _offer_drafts(self) -> bool:
        vault = self._vault
        if vault is None or self.editor.dirty:
            return False
        try:
            drafts = self.editor.drafting.orphans()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return False
        restored = False
        for draft in drafts:
            if self._vault is not vault:
                break
            if RestoreRiskDraft.ask(self, saved_at=format_moment(draft.saved_at)):
                if not self.editor.save_if_dirty():
                    break  # the rest wait for the next time
                self.editor.restore_draft(draft.fields, draft.record_id)
                self.editor.drafting.take_over(draft)
                self._update_actions()
                restored = True
            else:
                vault.drafts.discard(draft.slot)
        return restored

    def assessment_item(self, assessment_id: RecordId) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == assessment_id:
                return self.list.item(row)
        return None
