"""The meeting plans section: the list of plans, what is still open, the
status, the wizard (:mod:`.wizard`), the checklist and pocket card
(:mod:`.card`), sharing (:mod:`.sharing`) and "Meeting done". What is still
open is shown calmly beside the plan; nothing is blocked.

What a received update changed is marked on the plan (a note naming the
fields and the sender as this vault stores them, and "changed by the update"
beside each field) until the plan has been looked at: shown while this
section is on screen. The marks then stay while the plan stays open.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.plans import PLAN_STATUSES, readiness
from fieldsafe.core.records import MEETING_PLAN, RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.button_flow import ButtonFlow
from fieldsafe.ui.common.dialogs import Confirm
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.plans.card import plan_card_html, save_plan_card
from fieldsafe.ui.plans.changes import changed_labels
from fieldsafe.ui.plans.strings import open_item_text, status_label
from fieldsafe.ui.plans.wizard import PlanWizard
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.plans.view")
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def edited_over(
    base: dict[str, Any], edited: dict[str, Any], stored: dict[str, Any]
) -> dict[str, Any]:
    """The plan to save when an editor that loaded ``base`` saves
    ``edited``: the plan as ``stored`` now, with the fields the editor
    changed from ``base`` (compared as the vault stores them). A field
    changed meanwhile and not by the editor (a received update, the log
    linked after the meeting) is kept; one both changed takes the editor's
    value, the latest edit."""
    loaded = MEETING_PLAN.validate({"status": "draft", **base})
    clean = MEETING_PLAN.validate({"status": "draft", **edited})
    return {**stored, **{k: v for k, v in clean.items() if v != loaded.get(k)}}


class PlansView(QWidget):
    """The plans section: list, open items, status, the wizard, "Meeting done"."""

    meeting_done = Signal(str, object)  # plan id, its fields
    #: "Something happened at this meeting": register an incident from the plan (its id)
    incident_requested = Signal(str)

    def __init__(self, *, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self._plan_id: RecordId | None = None
        self._fields: dict[str, Any] = {}
        self._marks: Any = None  # the open plan's unseen changes (vault.plans.unseen)
        self._unseen_pending: RecordId | None = None  # marked, not yet on screen
        self._build_widgets()
        self._lay_out()
        self._connect()
        self._show(None, {})

    def _build_widgets(self) -> None:
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Meeting plans"))
        self.new_button = QPushButton(self.tr("New plan…"), self)
        self.new_button.setAccessibleName(self.tr("New meeting plan"))
        self.edit_button = QPushButton(self.tr("Edit plan…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit meeting plan"))
        self.delete_button = QPushButton(self.tr("Delete plan…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete meeting plan"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Plan status"))
        for key in PLAN_STATUSES:
            self.status.addItem(status_label(key), key)
        self.done_button = QPushButton(self.tr("Meeting done: write the log"), self)
        self.done_button.setAccessibleName(self.tr("Meeting done"))
        self.incident_button = QPushButton(self.tr("Something happened at this meeting…"), self)
        self.incident_button.setAccessibleName(self.tr("Register an incident from this meeting"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_note = QLabel(self)
        self.changes_note.setWordWrap(True)
        self.changes_note.setTextFormat(Qt.TextFormat.PlainText)  # names a sender and fields
        self.changes_note.hide()
        self.open_items = QLabel(self)
        self.open_items.setWordWrap(True)
        self.open_items.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # reports may name a sender
        self.colleagues_button = QPushButton(self.tr("Colleagues…"), self)
        self.colleagues_button.setAccessibleName(self.tr("Colleagues"))
        self.share_button = QPushButton(self.tr("Share with a colleague…"), self)
        self.share_button.setAccessibleName(self.tr("Share this plan with a colleague"))
        self.receive_button = QPushButton(self.tr("Receive a bundle…"), self)
        self.receive_button.setAccessibleName(self.tr("Receive a bundle"))
        self.card_button = QPushButton(self.tr("Pocket card as PDF…"), self)
        self.card_button.setAccessibleName(self.tr("Pocket card as PDF"))
        self.checklist = QLabel(self)
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.setAccessibleName(self.tr("Checklist"))

    def _lay_out(self) -> None:
        # One row of buttons while it fits, the sharing ones at its end;
        # else they go below (a longer language at a large text size).
        buttons = ButtonFlow()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.add(button)
        for button in (self.colleagues_button, self.share_button, self.receive_button):
            buttons.add(button, at_end=True)
        # Below its one-line summary, the plan's details scroll on their own:
        # a long plan at a large text size must not make the whole window
        # taller than the screen.
        details = QWidget(self)
        right = QVBoxLayout(details)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.changes_note)
        right.addWidget(self.open_items)
        row = QHBoxLayout()
        status_label = QLabel(self.tr("Status:"), self)
        status_label.setBuddy(self.status)  # names the box to a screen reader on Linux
        row.addWidget(status_label)
        row.addWidget(self.status, 1)
        right.addLayout(row)
        right.addWidget(self.done_button)
        right.addWidget(self.incident_button)
        right.addWidget(self.card_button)
        right.addWidget(self.checklist)
        right.addWidget(self.message)
        right.addStretch(1)
        self.details = QScrollArea(self)
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column = QVBoxLayout()
        column.addWidget(self.summary)
        column.addWidget(self.details, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        # The Delete key in the list asks the same question as the button.
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_plan)
        self.list.currentItemChanged.connect(self._chosen)
        self.status.activated.connect(self._status_chosen)
        self.done_button.clicked.connect(self._meeting_done)
        self.incident_button.clicked.connect(
            lambda: self.incident_requested.emit(self._plan_id) if self._plan_id else None
        )
        self.colleagues_button.clicked.connect(self.show_colleagues)
        self.share_button.clicked.connect(self.share)
        self.receive_button.clicked.connect(self.receive)
        self.card_button.clicked.connect(
            lambda: save_plan_card(self, self._fields) if self._plan_id else None
        )

    def attach(self, vault: Vault) -> None:
        self._vault = vault

    def reload(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        if self._vault is None:
            return
        try:
            plans = self._vault.plans.page()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.message.setText(describe(exc))
            return
        try:
            updated = set(self._vault.plans.with_unseen_changes())
        except Exception:  # noqa: BLE001 - the list shows without the marks
            updated = set()
        self.list.blockSignals(True)
        for summary in plans:
            title = summary.title or self.tr("Meeting plan")
            text = f"{isolate(format_moment(summary.occurred_at))}  {isolate(title)}"
            if summary.id in updated:
                text += " \u2014 " + self.tr("updated")
            item = QListWidgetItem(text, self.list)
            item.setData(_ID_ROLE, summary.id)
            if summary.id == (select or self._plan_id):
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        target = select or self._plan_id or (plans[0].id if plans else None)
        if target:
            self._open(RecordId(target))
            self.list.blockSignals(True)
            for row in range(self.list.count()):
                if self.list.item(row).data(_ID_ROLE) == target:
                    self.list.setCurrentRow(row)
            self.list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._open(RecordId(item.data(_ID_ROLE)))

    def _open(self, plan_id: RecordId) -> None:
        if self._vault is None:
            return
        try:
            fields = self._vault.plans.get(plan_id)
            unseen = self._vault.plans.unseen(plan_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.message.setText(describe(exc))
            return
        if plan_id != self._plan_id:
            self._marks = None  # another plan: the last one's marks were seen
        if unseen is not None:
            self._marks = unseen
        self._show(plan_id, fields)
        if unseen is not None:
            self._unseen_pending = plan_id
            self._mark_seen_if_shown()

    def _mark_seen_if_shown(self) -> None:
        """The open plan's changes count as seen once it is on screen."""
        plan_id = self._unseen_pending
        if plan_id is None or self._vault is None or not self.isVisible():
            return
        self._unseen_pending = None
        try:
            self._vault.plans.seen(plan_id)
        except Exception:  # noqa: BLE001 - marked again next time; nothing is lost
            log.info("plan_changes_not_cleared")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._mark_seen_if_shown()

    def _show_changes(self, plan_id: RecordId | None) -> None:
        marks = self._marks if plan_id is not None else None
        if marks is None or self._vault is None:
            self.changes_note.hide()
            self.changes_note.setText("")
            return
        fields = QLocale().createSeparatedList(
            [isolate(label) for label in changed_labels(marks.fields)]
        )
        sender = None
        if marks.sender is not None:
            try:
                sender = self._vault.sharing.shown_name(marks.sender)
            except Exception:  # noqa: BLE001 - said without a name
                sender = None
        if sender is not None:
            text = self.tr("{name}'s update changed: {fields}. Each is marked below.").format(
                name=isolate(sender), fields=fields
            )
        else:
            text = self.tr("A received update changed: {fields}. Each is marked below.").format(
                fields=fields
            )
        self.changes_note.setText(text)
        self.changes_note.show()

    def _show(self, plan_id: RecordId | None, fields: dict[str, Any]) -> None:
        self._plan_id, self._fields = plan_id, fields
        self._show_changes(plan_id)
        has = plan_id is not None
        for widget in (
            self.edit_button,
            self.delete_button,
            self.status,
            self.done_button,
            self.incident_button,
            self.share_button,
            self.card_button,
        ):
            widget.setEnabled(has)
        marked = self._marks.fields if has and self._marks is not None else ()
        self.checklist.setText(plan_card_html(fields, minimal=False, changed=marked) if has else "")
        if not has:
            self.summary.setText(
                self.tr(
                    "Plan a meeting as a pair: where, a backup place, what you will do if…, your alert signal, and when you check in."
                )
            )
            self.open_items.setText("")
            return
        when = format_moment(from_iso(fields["starts_at"])) if fields.get("starts_at") else ""
        self.summary.setText(
            isolated(
                self.tr("{when}, at {place}, with {colleague}."),
                when=when,
                place=fields.get("location") or self.tr("a place not chosen yet"),
                colleague=fields.get("colleague") or self.tr("a colleague not chosen yet"),
            )
        )
        missing = readiness(fields)
        self.open_items.setText(
            self.tr("Still open: {items}.").format(
                items=QLocale().createSeparatedList([open_item_text(m) for m in missing])
            )
            if missing
            else self.tr("Nothing open: the plan looks ready.")
        )
        self.status.setCurrentIndex(max(self.status.findData(fields.get("status") or "draft"), 0))

    def new_plan(self) -> PlanWizard:
        start = (self._clock.now() + timedelta(days=1)).replace(minute=0, second=0, microsecond=0)
        return self._wizard(None, {"starts_at": to_iso(start), "status": "draft"})

    def edit_plan(self) -> PlanWizard | None:
        if self._plan_id is None:
            return None
        return self._wizard(self._plan_id, dict(self._fields))

    def _wizard(self, plan_id: RecordId | None, fields: dict[str, Any]) -> PlanWizard:
        wizard = PlanWizard(fields, self, vault=self._vault)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(
            lambda: self.save(plan_id, {**fields, **wizard.values()}, base=fields)
        )
        wizard.open()
        return wizard

    def save(
        self,
        plan_id: RecordId | None,
        fields: dict[str, Any],
        *,
        base: dict[str, Any] | None = None,
    ) -> bool:
        """Save ``fields`` as the plan ``plan_id`` (a new plan without it).
        ``base`` is the plan as the editor loaded it: only the fields the
        editor changed from it are written over the stored plan, so nothing
        changed meanwhile is lost (see :func:`edited_over`; the vault keeps
        an "I'm back safely" mark the editor left alone)."""
        if self._vault is None:
            return False
        fields.setdefault("title", fields.get("location") or "")
        if not fields.get("title"):
            fields["title"] = fields.get("location") or ""
        try:
            if plan_id is not None and base is not None:
                fields = edited_over(base, fields, self._vault.plans.get(plan_id))
            saved_id, _ = self._vault.plans.save(fields, plan_id=plan_id, base=base)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("plan_save_failed", exc_info=(type(exc), exc, None))
            self.message.setText(describe(exc))
            return False
        self.message.setText(self.tr("Plan saved."))
        self.reload(select=saved_id)
        return True

    def delete_plan(self) -> bool:
        """Delete the open plan with its earlier versions, after asking."""
        if self._vault is None or self._plan_id is None:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Delete this meeting plan?"),
            detail=self.tr(
                "It will be removed from the vault for good, with its earlier versions. "
                "A copy you already shared stays with your colleague. This cannot be undone."
            ),
            confirm=self.tr("Delete"),
        ):
            return False
        try:
            self._vault.plans.delete(self._plan_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.message.setText(describe(exc))
            return False
        self._show(None, {})
        self.reload()
        self.message.setText(self.tr("Plan deleted."))
        self.list.setFocus()
        return True

    def _status_chosen(self) -> None:
        if self._plan_id is not None:
            status = self.status.currentData()
            self.save(self._plan_id, {**self._fields, "status": status}, base=self._fields)

    def _meeting_done(self) -> None:
        if self._plan_id is None:
            return
        plan_id, fields = self._plan_id, dict(self._fields)
        if self.save(plan_id, {**fields, "status": "done"}, base=fields):
            # the plan as saved (with what changed meanwhile) prefills the log
            self.meeting_done.emit(
                plan_id, dict(self._fields) if self._plan_id == plan_id else fields
            )

    def show_colleagues(self) -> QWidget | None:
        from fieldsafe.ui.plans.colleagues import ColleaguesDialog

        if self._vault is None:
            return None
        dialog = ColleaguesDialog(self._vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def share(self) -> bool:
        from fieldsafe.ui.plans.sharing import share_plan

        if self._vault is None or self._plan_id is None:
            return False
        done = share_plan(self, self._vault, self._plan_id)
        if done:
            self.message.setText(self.tr("Bundle saved: encrypted for your colleague and for you."))
        return done

    def receive(self) -> bool:
        from fieldsafe.ui.plans.sharing import receive_bundle

        if self._vault is None:
            return False
        report = receive_bundle(self, self._vault)
        if report is None:
            return False
        self.message.setText(report)
        try:  # open the plan the update changed, with its marks
            updated = self._vault.plans.with_unseen_changes()
        except Exception:  # noqa: BLE001 - the list opens as it was
            updated = []
        self.reload(select=updated[0] if updated else None)
        return True

    def wipe(self) -> None:
        self._vault = None
        self._marks = None
        self._unseen_pending = None
        self.checklist.clear()
        self.list.clear()
        self._show(None, {})
        self.message.setText("")
