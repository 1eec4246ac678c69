"""The incident form, "Something happened": every question skippable.

Registering should take under a minute, so the questions come in the order
that matters most: when it happened (now, or when the log or plan it comes
from took place), what kind of thing it was (big choices), a few words and
what happened. Where (coarsely: a setting and an area, never an address),
who was involved (categories and a few words, never a name), the impact on
people and on the work, the immediate measures, who it was reported to and
the links to the log, plan or risk assessments follow, for when there is
time. The form knows nothing of the vault: :mod:`.incident_form_dialog`
prefills it, saves it and keeps its draft.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import to_iso
from fieldsafe.core.records import SETTINGS
from fieldsafe.ui.common.date_time import OptionalDateTime
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.widgets import WrappingCheckBox
from fieldsafe.ui.incidents.incident_form_parts import ActorChoice, Link, LinkList, TypeChoice


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def _text_box(parent: QWidget, name: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    metrics = QFontMetrics(box.font())
    margin = box.document().documentMargin()
    box.setFixedHeight(int(metrics.lineSpacing() * lines + metrics.height() / 2 + 2 * margin + 8))
    return box


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label


class IncidentForm(QWidget):
    """The questions; :attr:`changed` on every edit the person makes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self.origin = QLabel(self)  # where the prefill came from
        self.origin.setProperty("role", "hint")
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)  # holds a log's title
        self.origin.hide()
        self._layout.addWidget(self.origin)
        self._build_first()
        self._build_where()
        self._build_impact()
        self._layout.addStretch(1)
        for signal in (
            self.occurred.changed,
            self.noticed.changed,
            self.type.changed,
            self.title.textChanged,
            self.what_happened.textChanged,
            self.setting.currentIndexChanged,
            self.area.textChanged,
            self.actors.changed,
            self.actors_note.textChanged,
            self.impact_people.textChanged,
            self.impact_work.textChanged,
            self.measures.textChanged,
            self.reported_to.textChanged,
            self.links.changed,
            self.reviewed.toggled,
        ):
            signal.connect(self.changed)

    # -- building ----------------------------------------------------------------
    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._layout.addLayout(form)
        return form

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text, self)  # above its field, the whole width
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _build_first(self) -> None:
        """What matters most, first: when, what kind, what happened."""
        self.occurred = OptionalDateTime(_t("When it happened"), self, required=True)
        self.type = TypeChoice(self)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(_t("In a few words"))
        self.title.setPlaceholderText(_t("For example: a man followed us to the tram stop"))
        self.what_happened = _text_box(self, _t("What happened"), 4)
        form = self._form()
        self._row(form, _t("&When did it happen?"), self.occurred)
        kind = QLabel(_t("What kind of thing happened?"), self)
        form.addRow(kind)
        form.addRow(self.type)
        self._row(form, _t("In a &few words:"), self.title)
        self._row(form, _t("What &happened:"), self.what_happened)

    def _build_where(self) -> None:
        self._layout.addWidget(_heading(_t("Where, and who was involved"), self))
        hint = QLabel(
            _t("Only coarsely: never an address, never a name. Skip what you do not know."), self
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self._layout.addWidget(hint)
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(_t("Setting"))
        self.setting.addItem(_t("Not said"), "")
        for key in SETTINGS:
            self.setting.addItem(setting_label(key), key)
        self.area = QLineEdit(self)
        self.area.setAccessibleName(_t("Area"))
        self.area.setPlaceholderText(_t("A district or neighbourhood, never an address"))
        self._areas = QCompleter([], self.area)
        self._areas.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.area.setCompleter(self._areas)
        self.actors = ActorChoice(self)
        self.actors_note = QLineEdit(self)
        self.actors_note.setAccessibleName(_t("Who was involved, in a few words"))
        self.actors_note.setPlaceholderText(_t("A description, never a name"))
        self.noticed = OptionalDateTime(_t("When it was noticed, if later"), self)
        form = self._form()
        self._row(form, _t("Setting:"), self.setting)
        self._row(form, _t("&Area:"), self.area)
        form.addRow(QLabel(_t("Who was involved?"), self))
        form.addRow(self.actors)
        self._row(form, _t("In a few words:"), self.actors_note)
        self._row(form, _t("When it was noticed, if later:"), self.noticed)

    def _build_impact(self) -> None:
        self._layout.addWidget(_heading(_t("What it did, and what was done"), self))
        self.impact_people = _text_box(self, _t("The impact on people"), 2)
        self.impact_work = _text_box(self, _t("The impact on the work"), 2)
        self.measures = _text_box(self, _t("Immediate measures taken"), 2)
        self.reported_to = QLineEdit(self)
        self.reported_to.setAccessibleName(_t("Reported to"))
        self.reported_to.setPlaceholderText(_t("For example: our safety lead"))
        self.links = LinkList(self)
        self.reviewed = WrappingCheckBox(_t("Its immediate measures have been reviewed"), self)
        form = self._form()
        self._row(form, _t("The impact on people:"), self.impact_people)
        self._row(form, _t("The impact on the work:"), self.impact_work)
        self._row(form, _t("Immediate &measures taken:"), self.measures)
        self._row(form, _t("Reported to:"), self.reported_to)
        self._row(form, _t("Linked to:"), self.links)
        form.addRow(self.reviewed)

    # -- values ------------------------------------------------------------------
    def set_areas(self, areas: list[str]) -> None:
        """The areas to complete from (those already used)."""
        self._areas.model().setStringList(areas)  # type: ignore[attr-defined]

    def fields(self) -> dict[str, Any]:
        """The incident as the vault stores it."""
        occurred = self.occurred.value()
        noticed = self.noticed.value()
        return {
            "occurred_at": to_iso(occurred) if occurred else None,
            "noticed_at": to_iso(noticed) if noticed else None,
            "title": self.title.text(),
            "type": self.type.value(),
            "setting": self.setting.currentData() or "",
            "area": self.area.text(),
            "actors": self.actors.values(),
            "actors_note": self.actors_note.text(),
            "what_happened": self.what_happened.toPlainText(),
            "impact_people": self.impact_people.toPlainText(),
            "impact_work": self.impact_work.toPlainText(),
            "measures": self.measures.toPlainText(),
            "reported_to": self.reported_to.text(),
            "logs": self.links.ids("logs"),
            "plans": self.links.ids("plans"),
            "assessments": self.links.ids("assessments"),
            "status": "measures_reviewed" if self.reviewed.isChecked() else "open",
        }

    def fill(self, fields: dict[str, Any], links: list[Link], *, now: datetime) -> None:
        """Show ``fields`` (stored form; ``now`` when there is no time yet)
        with ``links`` worded by the caller."""
        self.occurred.set_value(fields.get("occurred_at") or now)
        self.noticed.set_value(fields.get("noticed_at") or None)
        self.title.setText(fields.get("title") or "")
        self.type.set_value(fields.get("type") or "")
        self.setting.setCurrentIndex(max(0, self.setting.findData(fields.get("setting") or "")))
        self.area.setText(fields.get("area") or "")
        self.actors.set_values(list(fields.get("actors") or ()))
        self.actors_note.setText(fields.get("actors_note") or "")
        self.what_happened.setPlainText(fields.get("what_happened") or "")
        self.impact_people.setPlainText(fields.get("impact_people") or "")
        self.impact_work.setPlainText(fields.get("impact_work") or "")
        self.measures.setPlainText(fields.get("measures") or "")
        self.reported_to.setText(fields.get("reported_to") or "")
        self.links.set_links(links)
        self.reviewed.setChecked(fields.get("status") == "measures_reviewed")

    def show_origin(self, text: str) -> None:
        self.origin.setText(text)
        self.origin.setVisible(bool(text))

    def texts(self) -> list[str]:
        """Everything typed, as plain text (to copy out if nothing else works)."""
        lines = [self.title.text(), self.area.text(), self.actors_note.text()]
        lines.append(self.reported_to.text())
        lines += [
            box.toPlainText()
            for box in (self.what_happened, self.impact_people, self.impact_work, self.measures)
        ]
        return [line for line in lines if line.strip()]
