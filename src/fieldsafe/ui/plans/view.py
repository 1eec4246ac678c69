"""Meeting plans: a list, and the safe-meeting wizard built from the steps
in :mod:`fieldsafe.core.plans` (one page per step; every question with its
one-line reason, every question skippable). What is still open is shown
calmly beside the plan; nothing is blocked.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldsafe.core.clock import Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.plans import PLAN_STATUSES, SCENARIOS, STEPS, Question, readiness
from fieldsafe.core.records import SETTINGS, RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common.localtime import format_moment, from_qdatetime, to_qdatetime
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.widgets import ListField, QDateTimeEditSafe
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.plans.view")
_CTX = "plans"
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: str) -> str:
    return {
        "draft": _t("Draft"),
        "ready": _t("Ready"),
        "done": _t("Done"),
        "cancelled": _t("Cancelled"),
    }.get(status or "draft", status)


def scenario_label(key: str) -> str:
    return {
        "we_are_late": _t("we are late?"),
        "they_are_late": _t("they are late, or do not come?"),
        "someone_unexpected": _t("someone we did not expect comes?"),
        "third_party_interrupts": _t("a third party interrupts?"),
        "documents": _t("we are given documents to carry back safely?"),
        "unwell_or_flashback": _t("one of us feels unwell or has a flashback?"),
        "threatened": _t("someone approaches us threateningly, or threatens the person?"),
    }.get(key, key)


def open_item_text(field: str) -> str:
    return {
        "colleague": _t("No colleague yet"),
        "backup_location": _t("No backup location yet"),
        "alert_signal": _t("No alert signal agreed yet"),
        "check_in_at": _t("No check-in time yet"),
    }.get(field, field)


def plan_card_html(fields: dict[str, Any], *, minimal: bool) -> str:
    """The pocket card / checklist of a plan as escaped HTML. ``minimal``
    leaves out person codes, place names and the colleague's name: a card
    found in a pocket must not endanger anyone."""
    from html import escape

    def row(label: str, value: str) -> str:
        return f"<p><b>{escape(label)}</b><br/>{escape(value)}</p>" if value else ""

    def when(name: str) -> str:
        return format_moment(from_iso(fields[name])) if fields.get(name) else ""

    parts = [f"<h2>{escape(_t('Meeting plan'))}</h2>"]
    parts.append(row(_t("Date and time"), when("starts_at")))
    parts.append(row(_t("When we expect to be done"), when("ends_at")))
    parts.append(row(_t("When we check in with each other"), when("check_in_at")))
    if not minimal:
        parts.append(row(_t("Who goes with you?"), fields.get("colleague") or ""))
        parts.append(row(_t("Person code"), ", ".join(fields.get("person_codes") or [])))
        parts.append(row(_t("Where do we meet?"), fields.get("location") or ""))
        parts.append(
            row(
                _t("Where do we go if the first place does not work?"),
                fields.get("backup_location") or "",
            )
        )
    parts.append(
        row(_t("Our subtle alert signal, and what it means"), fields.get("alert_signal") or "")
    )
    parts.append(row(_t("Where to sit or stand"), fields.get("position") or ""))
    parts.append(row(_t("Who does what"), fields.get("roles") or ""))
    answers = {item["prompt"]: item["answer"] for item in fields.get("scenarios") or []}
    if answers:
        parts.append(f"<h3>{escape(_t('What will we do if…'))}</h3>")
        parts += [row(scenario_label(key), answers[key]) for key in SCENARIOS if key in answers]
    parts.append(f'<h3>{escape(_t("Before we go"))}</h3><ul style="list-style-type: none">')
    missing = set(readiness(fields))
    for field in ("colleague", "backup_location", "alert_signal", "check_in_at"):
        mark = "\u2610" if field in missing else "\u2611"
        parts.append(
            f"<li>{mark} {escape(open_item_text(field) if field in missing else _t(_DONE_TEXT[field]))}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


_DONE_TEXT = {
    "colleague": "A colleague comes along",
    "backup_location": "A backup location is agreed",
    "alert_signal": "An alert signal is agreed",
    "check_in_at": "A check-in time is agreed",
}
_DONE_TEXTS = (
    QT_TRANSLATE_NOOP("plans", "A colleague comes along"),
    QT_TRANSLATE_NOOP("plans", "A backup location is agreed"),
    QT_TRANSLATE_NOOP("plans", "An alert signal is agreed"),
    QT_TRANSLATE_NOOP("plans", "A check-in time is agreed"),
)


def save_plan_card(parent: QWidget, fields: dict[str, Any]) -> bool:
    """A printable card (PDF) of the plan, after the not-encrypted warning;
    minimal by default."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QPdfWriter

    from fieldsafe.atomicfile import write_atomic
    from fieldsafe.ui.common.record_text import SafeDocument, auto_direction
    from fieldsafe.ui.logs.printing import ChoosePdfFile, PrintWarning, _set_up_page

    minimal = PrintWarning.ask(parent, count=1, minimal=True)
    if minimal is None:
        return False
    destination = ChoosePdfFile.ask(parent)
    if destination is None:
        return False
    document = SafeDocument()
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(plan_card_html(fields, minimal=minimal))
    auto_direction(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _set_up_page(writer)
    writer.setCreator("")
    writer.setTitle("")
    document.print_(writer)
    del writer
    write_atomic(destination, bytes(buffer.data()))
    return True


class PlanWizard(QWizard):
    """The safe-meeting wizard: one page per step, built from data."""

    def __init__(self, fields: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting plan"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._widgets: dict[str, Any] = {}
        for step in STEPS:
            self.addPage(self._page(step.title, step.questions, fields))
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 50, em * 36)

    def _page(
        self, title: str, questions: tuple[Question, ...], fields: dict[str, Any]
    ) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(_t(title))
        page.setFinalPage(True)  # every question is skippable: Finish from any page
        inner = QWidget(page)
        form = QVBoxLayout(inner)
        for q in questions:
            label = QLabel(_t(q.label), inner)
            label.setWordWrap(True)
            why = QLabel(_t(q.why), inner)
            why.setWordWrap(True)
            font = why.font()
            font.setItalic(True)
            why.setFont(font)
            widget = self._editor(q, fields.get(q.field), inner)
            label.setBuddy(widget if not isinstance(widget, list) else widget[0][1])
            form.addWidget(label)
            if isinstance(widget, list):
                box = QWidget(inner)
                grid = QFormLayout(box)
                grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
                for key, edit in widget:
                    grid.addRow(QLabel(scenario_label(key), box), edit)
                form.addWidget(box)
            else:
                form.addWidget(widget)
            form.addWidget(why)
        form.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(_t(title))
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll)
        return page

    def _editor(self, q: Question, value: Any, parent: QWidget) -> Any:
        name = _t(q.label)
        if q.kind == "multiline":
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setPlainText(value or "")
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        elif q.kind == "choice":
            edit = QComboBox(parent)
            edit.addItem(_t("Not decided"), "")
            for key in SETTINGS:
                edit.addItem(setting_label(key), key)
            edit.setCurrentIndex(max(edit.findData(value or ""), 0))
        elif q.kind == "datetime":
            edit = QDateTimeEditSafe(parent)
            if q.field != "starts_at":
                # Optional times: the earliest value reads "Not decided".
                edit.setSpecialValueText(_t("Not decided"))
                edit.setDateTime(to_qdatetime(from_iso(value)) if value else edit.minimumDateTime())
            else:
                edit.setDateTime(
                    to_qdatetime(from_iso(value))
                    if value
                    else to_qdatetime(datetime.now().astimezone())
                )
        elif q.kind == "list":
            edit = ListField(parent)
            edit.set_values(value or [])
        elif q.kind == "scenarios":
            answers = {item["prompt"]: item["answer"] for item in value or []}
            fields = []
            for key in SCENARIOS:
                line = QPlainTextEdit(parent)
                line.setTabChangesFocus(True)
                line.setAccessibleName(scenario_label(key))
                line.setFixedHeight(line.fontMetrics().lineSpacing() * 2 + 12)
                line.setPlainText(answers.get(key, ""))
                fields.append((key, line))
            self._widgets[q.field] = fields
            return fields
        else:
            edit = QLineEdit(parent)
            edit.setText(value or "")
        edit.setAccessibleName(name)
        self._widgets[q.field] = edit
        return edit

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field, widget in self._widgets.items():
            if isinstance(widget, list):
                out[field] = [
                    {"prompt": k, "answer": e.toPlainText()}
                    for k, e in widget
                    if e.toPlainText().strip()
                ]
            elif isinstance(widget, QPlainTextEdit):
                out[field] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                out[field] = widget.currentData() or ""
            elif isinstance(widget, QDateTimeEdit):
                chosen = widget.dateTime()
                undecided = bool(widget.specialValueText()) and chosen == widget.minimumDateTime()
                out[field] = "" if undecided else to_iso(from_qdatetime(chosen))
            elif isinstance(widget, ListField):
                out[field] = widget.values()
            else:
                out[field] = widget.text().strip()
        return out

    def widget(self, field: str) -> Any:
        return self._widgets[field]


class PlansView(QWidget):
    """The plans section: list, open items, status, the wizard, "Meeting done"."""

    meeting_done = Signal(str, object)  # plan id, its fields

    def __init__(self, *, clock: Clock | None = None, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - ratchet: split this function
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self._plan_id: RecordId | None = None
        self._fields: dict[str, Any] = {}
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Meeting plans"))
        self.new_button = QPushButton(self.tr("New plan…"), self)
        self.new_button.setAccessibleName(self.tr("New meeting plan"))
        self.edit_button = QPushButton(self.tr("Edit plan…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit meeting plan"))
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Plan status"))
        for key in PLAN_STATUSES:
            self.status.addItem(status_label(key), key)
        self.done_button = QPushButton(self.tr("Meeting done: write the log"), self)
        self.done_button.setAccessibleName(self.tr("Meeting done"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.open_items = QLabel(self)
        self.open_items.setWordWrap(True)
        self.open_items.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.colleagues_button)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.receive_button)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.open_items)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status:"), self))
        row.addWidget(self.status, 1)
        right.addLayout(row)
        right.addWidget(self.done_button)
        right.addWidget(self.card_button)
        right.addWidget(self.checklist)
        right.addWidget(self.message)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(body, 1)
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.list.currentItemChanged.connect(self._chosen)
        self.status.activated.connect(self._status_chosen)
        self.done_button.clicked.connect(self._meeting_done)
        self.colleagues_button.clicked.connect(self.show_colleagues)
        self.share_button.clicked.connect(self.share)
        self.receive_button.clicked.connect(self.receive)
        self.card_button.clicked.connect(
            lambda: save_plan_card(self, self._fields) if self._plan_id else None
        )
        self._show(None, {})

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
        self.list.blockSignals(True)
        for summary in plans:
            item = QListWidgetItem(
                f"{format_moment(summary.occurred_at)}  \u2068{summary.title or self.tr('Meeting plan')}\u2069",
                self.list,
            )
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
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.message.setText(describe(exc))
            return
        self._show(plan_id, fields)

    def _show(self, plan_id: RecordId | None, fields: dict[str, Any]) -> None:
        self._plan_id, self._fields = plan_id, fields
        has = plan_id is not None
        for widget in (
            self.edit_button,
            self.status,
            self.done_button,
            self.share_button,
            self.card_button,
        ):
            widget.setEnabled(has)
        self.checklist.setText(plan_card_html(fields, minimal=False) if has else "")
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
            self.tr("{when}, at {place}, with {colleague}.").format(
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
        wizard = PlanWizard(fields, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self.save(plan_id, {**fields, **wizard.values()}))
        wizard.open()
        return wizard

    def save(self, plan_id: RecordId | None, fields: dict[str, Any]) -> bool:
        if self._vault is None:
            return False
        fields.setdefault("title", fields.get("location") or "")
        if not fields.get("title"):
            fields["title"] = fields.get("location") or ""
        try:
            saved_id, _ = self._vault.plans.save(fields, plan_id=plan_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("plan_save_failed", exc_info=(type(exc), exc, None))
            self.message.setText(describe(exc))
            return False
        self.message.setText(self.tr("Plan saved."))
        self.reload(select=saved_id)
        return True

    def _status_chosen(self) -> None:
        if self._plan_id is not None:
            self.save(self._plan_id, {**self._fields, "status": self.status.currentData()})

    def _meeting_done(self) -> None:
        if self._plan_id is None:
            return
        plan_id, fields = self._plan_id, dict(self._fields)
        if self.save(plan_id, {**fields, "status": "done"}):
            self.meeting_done.emit(plan_id, fields)

    def show_colleagues(self) -> QWidget | None:
        from fieldsafe.ui.plans.sharing import ColleaguesDialog

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
        self.reload()
        return True

    def wipe(self) -> None:
        self._vault = None
        self.checklist.clear()
        self.list.clear()
        self._show(None, {})
        self.message.setText("")
