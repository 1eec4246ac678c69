"""The safe-meeting wizard, built from the steps in :mod:`fieldsafe.core.plans`:
one page per step, every question with its one-line reason, every question
skippable (Finish works from any page).

With a vault, the first step offers the risk assessments to link, and a
panel beside the questions (:mod:`.wizard_context`) shows the linked one in
brief and, on the setting and location steps, what happened there before.
The check-in step asks how long to wait before acting
(:class:`~fieldsafe.ui.checkins.plan_fields.GraceChoice`) and how the pair
reach each other.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldsafe.core.checkins import DEFAULT_GRACE
from fieldsafe.core.clock import to_iso
from fieldsafe.core.plans import SCENARIOS, STEPS, Question
from fieldsafe.core.records import SETTINGS
from fieldsafe.ui.checkins.plan_fields import GraceChoice
from fieldsafe.ui.common.date_time import OptionalDateTime
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.widgets import ListField
from fieldsafe.ui.plans.strings import scenario_label
from fieldsafe.ui.plans.wizard_context import PlanContext, Where
from fieldsafe.vault import Vault

_CTX = "plans"

#: the grace a plan that says nothing has, in minutes
_DEFAULT_GRACE = int(DEFAULT_GRACE.total_seconds() // 60)
#: the "What will we do if…" answers: one text box per scenario key
ScenarioEdits = list[tuple[str, QPlainTextEdit]]


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class PlanWizard(QWizard):
    """The safe-meeting wizard: one page per step, built from data. With
    ``vault``, assessments to link and the panel beside the questions."""

    def __init__(
        self, fields: dict[str, Any], parent: QWidget | None = None, *, vault: Vault | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting plan"))
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._vault = vault
        self._loaded = fields
        self._widgets: dict[str, QWidget | ScenarioEdits] = {}
        self._steps: dict[int, str] = {}
        for step in STEPS:
            self._steps[self.addPage(self._page(step.title, step.questions, fields))] = step.key
        self._build_context()
        em = self.fontMetrics().horizontalAdvance("M")
        available = QGuiApplication.primaryScreen().availableGeometry()
        width = em * (80 if vault is not None else 50)
        height = em * (44 if vault is not None else 36)
        self.resize(min(width, int(available.width() * 0.95)), min(height, available.height()))

    def _build_context(self) -> None:
        """The panel beside the questions, moved onto each page as it is shown."""
        self.context = PlanContext(self._vault, self)
        self.context_area = QScrollArea(self)
        self.context_area.setWidgetResizable(True)
        self.context_area.setFrameShape(QFrame.Shape.NoFrame)
        self.context_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.context_area.setWidget(self.context)
        self.context_area.hide()
        self._look_timer = QTimer(self)
        self._look_timer.setSingleShot(True)
        self._look_timer.setInterval(150)
        self._look_timer.timeout.connect(self.look_up)
        self.context.loaded.connect(self._place_context)
        self.currentIdChanged.connect(self._place_context)
        if self._vault is None:
            return
        for name in ("assessment", "setting"):
            cast(QComboBox, self._widgets[name]).currentIndexChanged.connect(self._look_timer.start)
        cast(ListField, self._widgets["person_codes"]).textChanged.connect(self._look_timer.start)
        self.look_up()

    def where(self) -> Where:
        """What the panel depends on, as the fields show it now."""
        values = self.values()
        return Where(
            assessment_id=values.get("assessment") or "",
            setting=values.get("setting") or "",
            person_codes=tuple(values.get("person_codes") or ()),
        )

    def look_up(self) -> None:
        self._look_timer.stop()
        self.context.look_up(self.where())

    def _place_context(self) -> None:
        page = self.currentPage()
        if page is None:
            return
        self.context.set_step(self._steps.get(self.currentId(), ""))
        layout = page.layout()
        if self.context_area.parentWidget() is not page and isinstance(layout, QHBoxLayout):
            layout.addWidget(self.context_area, 2)
        self.context_area.setVisible(self._vault is not None and self.context.has_something())

    def _page(
        self, title: str, questions: tuple[Question, ...], fields: dict[str, Any]
    ) -> QWizardPage:
        page = QWizardPage(self)
        page.setTitle(_t(title))
        page.setFinalPage(True)  # every question is skippable: Finish from any page
        inner = QWidget(page)
        form = QVBoxLayout(inner)
        for q in questions:
            self._add_question(form, q, fields.get(q.field), inner)
        form.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(_t(title))
        scroll.setWidget(inner)
        layout = QHBoxLayout(page)  # the questions, then the panel beside them
        layout.addWidget(scroll, 3)
        return page

    def _add_question(self, form: QVBoxLayout, q: Question, value: Any, inner: QWidget) -> None:
        """The question, its editor, then the reason as a hint (set apart by
        the stylesheet's colour and size, never italics: Arabic and other
        scripts have none)."""
        label = QLabel(_t(q.label), inner)
        label.setWordWrap(True)
        why = QLabel(_t(q.why), inner)
        why.setWordWrap(True)
        why.setProperty("role", "hint")
        widget = self._editor(q, value, inner)
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

    def _editor(self, q: Question, value: Any, parent: QWidget) -> QWidget | ScenarioEdits:
        if q.kind == "scenarios":
            edits = _scenario_edits(value, parent)
            self._widgets[q.field] = edits
            return edits
        if q.kind == "multiline":
            edit: QWidget = _multiline_edit(value, parent)
        elif q.kind == "choice":
            edit = _setting_choice(value, parent)
        elif q.kind == "datetime":
            edit = _moment_edit(value, parent, optional=q.field != "starts_at")
        elif q.kind == "list":
            edit = _list_edit(value, parent)
        elif q.kind == "grace":
            grace = GraceChoice(parent)
            grace.set_value(value if isinstance(value, int) else None)
            edit = grace
        elif q.kind == "assessment":
            edit = self._assessment_choice(value, parent)
        else:
            line = QLineEdit(parent)
            line.setText(value or "")
            edit = line
        edit.setAccessibleName(_t(q.label))
        self._widgets[q.field] = edit
        return edit

    def _assessment_choice(self, value: str | None, parent: QWidget) -> QComboBox:
        """The risk assessments to link, by name; a link to one this vault
        no longer holds is kept, and said."""
        edit = QComboBox(parent)
        edit.addItem(_t("None"), "")
        try:
            assessments = self._vault.risks.all() if self._vault is not None else []
        except Exception:  # noqa: BLE001 - the plan can still be written without one
            assessments = []
        for assessment in assessments:
            edit.addItem(assessment.title or _t("Untitled assessment"), assessment.id)
        if value and edit.findData(value) < 0:
            edit.addItem(_t("An assessment no longer in this vault"), value)
        edit.setCurrentIndex(max(edit.findData(value or ""), 0))
        return edit

    def values(self) -> dict[str, Any]:
        found = {field: _value_of(widget) for field, widget in self._widgets.items()}
        grace = "check_in_grace_minutes"
        if self._loaded.get(grace) is None and found.get(grace) == _DEFAULT_GRACE:
            found[grace] = None  # left at the default: the plan still says nothing (15)
        return found

    def widget(self, field: str) -> Any:
        return self._widgets[field]

    def wipe(self) -> None:
        """Forget what the panel read (the vault is locking)."""
        self._look_timer.stop()
        self._vault = None
        self.context.wipe()


def _multiline_edit(value: str | None, parent: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlainText(value or "")
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


def _setting_choice(value: str | None, parent: QWidget) -> QComboBox:
    edit = QComboBox(parent)
    edit.addItem(_t("Not decided"), "")
    for key in SETTINGS:
        edit.addItem(setting_label(key), key)
    edit.setCurrentIndex(max(edit.findData(value or ""), 0))
    return edit


def _moment_edit(value: str | None, parent: QWidget, *, optional: bool) -> OptionalDateTime:
    """A date and a time typed in the locale's format; an optional one is
    empty ("Not decided") until set, and its calendar starts at today."""
    edit = OptionalDateTime(_t("Not decided"), parent, required=not optional)
    edit.set_value(value or (None if optional else datetime.now(UTC)))
    return edit


def _list_edit(value: list[str] | None, parent: QWidget) -> ListField:
    edit = ListField(parent)
    edit.set_values(value or [])
    return edit


def _scenario_edits(value: list[dict[str, str]] | None, parent: QWidget) -> ScenarioEdits:
    answers = {item["prompt"]: item["answer"] for item in value or []}
    edits: ScenarioEdits = []
    for key in SCENARIOS:
        line = QPlainTextEdit(parent)
        line.setTabChangesFocus(True)
        line.setAccessibleName(scenario_label(key))
        line.setFixedHeight(line.fontMetrics().lineSpacing() * 2 + 12)
        line.setPlainText(answers.get(key, ""))
        edits.append((key, line))
    return edits


def _value_of(widget: QWidget | ScenarioEdits) -> Any:
    if isinstance(widget, list):
        return [
            {"prompt": k, "answer": e.toPlainText()} for k, e in widget if e.toPlainText().strip()
        ]
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, GraceChoice):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData() or ""
    if isinstance(widget, OptionalDateTime):
        chosen = widget.value()
        return "" if chosen is None else to_iso(chosen)
    if isinstance(widget, ListField):
        return widget.values()
    return cast(QLineEdit, widget).text().strip()  # every other editor is a line edit
