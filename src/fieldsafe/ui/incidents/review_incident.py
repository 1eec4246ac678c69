"""An incident shown read only, beside the risk assessment it prompts a
review of: every answer given, as plain text, with the questions skipped
left out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fieldsafe.core.incidents import Incident
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.record_text import list_text, setting_label


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def incident_rows(incident: Incident) -> list[tuple[str, str]]:
    """(question, answer) for every answer the incident holds."""
    f = incident.fields
    noticed = incident.noticed_at
    actors = [safety_words.actor(a) for a in incident.actors]
    rows = [
        (_t("When it happened"), format_moment(incident.occurred_at)),
        (_t("When it was noticed"), format_moment(noticed) if noticed else ""),
        (_t("What kind"), safety_words.incident_type(incident.type)),
        (_t("In a few words"), incident.title),
        (_t("Setting"), setting_label(incident.setting)),
        (_t("Area"), incident.area),
        (_t("Who was involved"), list_text(actors)),
        (_t("In a few words"), str(f.get("actors_note") or "")),
        (_t("What happened"), str(f.get("what_happened") or "")),
        (_t("The impact on people"), str(f.get("impact_people") or "")),
        (_t("The impact on the work"), str(f.get("impact_work") or "")),
        (_t("Immediate measures taken"), str(f.get("measures") or "")),
        (_t("Reported to"), str(f.get("reported_to") or "")),
        (_t("Status"), safety_words.incident_status(incident.status)),
    ]
    return [(question, answer) for question, answer in rows if answer.strip()]


class IncidentSummary(QWidget):
    """The incident's answers, read only (nothing here takes the focus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(_t("The incident"), self)
        self.heading.setProperty("role", "heading")
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._form)
        layout.addStretch(1)

    def show_incident(self, incident: Incident | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        if incident is None:
            return
        for question, answer in incident_rows(incident):
            label = QLabel(question, self)
            label.setProperty("role", "hint")
            value = plain_label(answer, self, wrap=True)  # the person's words: never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(label, value)

    def texts(self) -> list[str]:
        return [w.text() for w in self.findChildren(QLabel)]
