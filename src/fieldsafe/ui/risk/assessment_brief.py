"""A risk assessment in brief, read only: what a plan can lean on.

Shown beside the plan wizard's questions when a plan links an assessment:
its level, its threats (each with its level in words), its capacities and
its measures before, during and after, with who does them. Everything is
plain text (the team's words are data), nothing takes the focus, and
nothing is copied into the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldsafe.core.records import PHASES
from fieldsafe.core.risk import RiskAssessment, measures_by_phase
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.risk.level import LevelLabel


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


def brief_sections(assessment: RiskAssessment) -> list[tuple[str, list[str]]]:
    """(heading, lines) for the threats, capacities and measures by phase;
    sections with nothing in them are left out."""
    threats = [
        isolated(
            _t("{threat} (level: {level})"),
            threat=t.threat or _t("A threat"),
            level=safety_words.level(t.level),
        )
        for t in assessment.threats
    ]
    capacities = [str(c.get("capacity") or "") for c in assessment.fields.get("capacities") or ()]
    sections = [(_t("Threats"), threats), (_t("Capacities"), [c for c in capacities if c])]
    grouped = measures_by_phase(assessment.fields)
    titles = {
        "before": _t("Measures before"),
        "during": _t("Measures during"),
        "after": _t("Measures after"),
    }
    for phase in PHASES:
        lines = [
            isolated(_t("{measure} (who: {who})"), measure=m["measure"], who=m["who"])
            if m.get("who")
            else str(m.get("measure") or "")
            for m in grouped[phase]
        ]
        sections.append((titles[phase], [line for line in lines if line]))
    return [(heading, lines) for heading, lines in sections if lines]


class AssessmentBrief(QWidget):
    """Call :meth:`show_assessment` with an assessment, or None to empty it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setProperty("role", "heading")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.level = LevelLabel(self, prefix=_t("Level: {level}"))
        self._body = QVBoxLayout()
        self._body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.level)
        layout.addLayout(self._body)
        layout.addStretch(1)
        self.show_assessment(None)

    def show_assessment(self, assessment: RiskAssessment | None) -> None:
        while self._body.count():
            item = self._body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.title.setText(assessment.title if assessment else "")
        self.level.setVisible(assessment is not None)
        if assessment is None:
            return
        self.level.set_level(assessment.level)
        for heading, lines in brief_sections(assessment):
            label = QLabel(heading, self)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            text = QLabel("\n".join("• " + line for line in lines), self)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            self._body.addWidget(label)
            self._body.addWidget(text)

    def texts(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel)]
