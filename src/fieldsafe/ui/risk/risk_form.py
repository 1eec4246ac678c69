"""The fields of a risk assessment, in the order the practice follows:
the situation and its objective; threats, each with its risks and a
judgement of likelihood and impact (the level shown in words and a shape);
vulnerabilities (with how to turn each into a capacity) and capacities;
gender and intersectional factors as gentle, optional questions; "is this
objective worth this risk?" and the safer alternatives; measures before,
during and after, each with who does it; supporting actors; the next review;
and the review history, read only.

Every field may be left empty except the situation's name. The form knows
nothing of the vault: :mod:`.risk_editor` opens, saves and keeps drafts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.records import FACTORS, PHASES, SETTINGS
from fieldsafe.core.risk import assessment_level, level, reviews
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.localtime import format_day
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.risk.items import Column, ItemList, fit_lines
from fieldsafe.ui.risk.level import LevelLabel
from fieldsafe.ui.risk.templates import factor_prompt


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


def _threat_level(value: dict[str, Any]) -> str | None:
    return level(value.get("likelihood"), value.get("impact"))


def heading(text: str, parent: QWidget, role: str = "heading") -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def text_box(parent: QWidget, name: str, lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    fit_lines(box, lines)
    return box


class RiskForm(QWidget):
    """Emits :attr:`changed` on every edit the person makes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = ""
        self._reviews: list[dict[str, Any]] = []
        self._layout = QVBoxLayout(self)
        self._build_situation()
        self._build_threats()
        self._build_capacities()
        self._build_factors()
        self._build_worth()
        self._build_measures()
        self._build_review()
        self._layout.addStretch(1)

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

    def _build_situation(self) -> None:
        self._layout.addWidget(heading(_t("The risk situation"), self))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(_t("Risk situation"))
        self.title.setPlaceholderText(_t("For example: street outreach in the station area"))
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(_t("Setting"))
        self.setting.addItem(_t("Not one setting"), "")
        for key in SETTINGS:
            self.setting.addItem(setting_label(key), key)
        self.area = QLineEdit(self)
        self.area.setAccessibleName(_t("Area"))
        self.area.setPlaceholderText(_t("A district or neighbourhood, never an address"))
        self.activity = text_box(self, _t("The activity"))
        self.objective = text_box(self, _t("Its objective"))
        form = self._form()
        self._row(form, _t("&Risk situation:"), self.title)
        self._row(form, _t("Setting:"), self.setting)
        self._row(form, _t("Area:"), self.area)
        self._row(form, _t("The activity:"), self.activity)
        self._row(form, _t("Its objective:"), self.objective)
        self.title.textChanged.connect(self.changed)
        self.setting.currentIndexChanged.connect(self.changed)
        self.area.textChanged.connect(self.changed)
        self.activity.textChanged.connect(self.changed)
        self.objective.textChanged.connect(self.changed)

    def _build_threats(self) -> None:
        self._layout.addWidget(heading(_t("Threats"), self))
        self._layout.addWidget(
            hint(
                _t(
                    "For each threat: what it could lead to, how likely it is and how much "
                    "harm it would do. The level follows from the two."
                ),
                self,
            )
        )
        self.threats = ItemList(
            (
                Column("threat", _t("Threat"), "sentence"),
                Column("risks", _t("What it could lead to"), "text"),
                Column("likelihood", _t("Likelihood"), "likelihood"),
                Column("impact", _t("Impact"), "impact"),
            ),
            item_name=_t("Threat {number}"),
            add_text=_t("Add a threat"),
            level_of=_threat_level,
            parent=self,
        )
        self.overall = LevelLabel(self, prefix=_t("Overall level: {level}"))
        self.overall.words.setAccessibleName(_t("Overall level"))
        self._layout.addWidget(self.threats)
        self._layout.addWidget(self.overall)
        self.threats.changed.connect(self._show_overall)
        self.threats.changed.connect(self.changed)

    def _build_capacities(self) -> None:
        self._layout.addWidget(heading(_t("Vulnerabilities"), self))
        self._layout.addWidget(hint(_t("Practices or situations that make us vulnerable."), self))
        self.vulnerabilities = ItemList(
            (
                Column("vulnerability", _t("Vulnerability"), "sentence"),
                Column(
                    "into_capacity",
                    _t("How we could turn it into a capacity"),
                    "text",
                    _t("If you see a way; you can leave this empty."),
                ),
            ),
            item_name=_t("Vulnerability {number}"),
            add_text=_t("Add a vulnerability"),
            parent=self,
        )
        self._layout.addWidget(self.vulnerabilities)
        self._layout.addWidget(heading(_t("Capacities"), self))
        self._layout.addWidget(hint(_t("What protects us: practices, people, skills."), self))
        self.capacities = ItemList(
            (
                Column("capacity", _t("Capacity"), "sentence"),
                Column("strengthen", _t("How we keep it strong"), "text"),
            ),
            item_name=_t("Capacity {number}"),
            add_text=_t("Add a capacity"),
            parent=self,
        )
        self._layout.addWidget(self.capacities)
        self.vulnerabilities.changed.connect(self.changed)
        self.capacities.changed.connect(self.changed)

    def _build_factors(self) -> None:
        self._layout.addWidget(heading(_t("Gender and intersectionality"), self))
        self._layout.addWidget(
            hint(
                _t(
                    "Who we are can change the risks, for the people we meet and for us. "
                    "These questions are optional; answer the ones that matter here."
                ),
                self,
            )
        )
        self.factors_toggle = QPushButton(_t("Show the questions"), self)
        self.factors_toggle.setAutoDefault(False)  # Enter in a field never presses it
        self.factors_toggle.setCheckable(True)
        self.factors_toggle.setAccessibleName(_t("Gender and intersectionality questions"))
        self._layout.addWidget(self.factors_toggle, 0, Qt.AlignmentFlag.AlignLeading)
        self.factors_box = QWidget(self)
        form = QFormLayout(self.factors_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        self.factor_fields: dict[str, QPlainTextEdit] = {}
        for key in FACTORS:
            field = text_box(self.factors_box, safety_words.factor(key), 2, factor_prompt(key))
            field.setAccessibleDescription(factor_prompt(key))
            field.textChanged.connect(self.changed)
            label = QLabel(safety_words.factor(key), self.factors_box)
            label.setBuddy(field)
            form.addRow(label, field)
            self.factor_fields[key] = field
        self._layout.addWidget(self.factors_box)
        self.factors_box.hide()
        self.factors_toggle.toggled.connect(self._show_factors)

    def _show_factors(self, shown: bool) -> None:
        self.factors_box.setVisible(shown)
        self.factors_toggle.setText(_t("Hide the questions") if shown else _t("Show the questions"))

    def _build_worth(self) -> None:
        self._layout.addWidget(heading(_t("Is this objective worth this risk?"), self))
        self.worth_it = QComboBox(self)
        self.worth_it.setAccessibleName(_t("Is this objective worth this risk?"))
        self.worth_it.addItem(_t("Not answered yet"), "")
        for key in safety_words.WORTH_ANSWERS:
            self.worth_it.addItem(safety_words.worth_answer(key), key)
        self.worth_it_note = text_box(self, _t("Why"))
        self.alternatives = text_box(
            self,
            _t("Safer alternatives we considered"),
            placeholder=_t("Another way to reach the same objective with less risk"),
        )
        form = self._form()
        self._row(form, _t("Our answer:"), self.worth_it)
        self._row(form, _t("Why:"), self.worth_it_note)
        self._row(form, _t("Safer alternatives we considered:"), self.alternatives)
        self.worth_it.currentIndexChanged.connect(self.changed)
        self.worth_it_note.textChanged.connect(self.changed)
        self.alternatives.textChanged.connect(self.changed)

    def _build_measures(self) -> None:
        self._layout.addWidget(heading(_t("Measures"), self))
        self.measures: dict[str, ItemList] = {}
        titles = {
            "before": _t("Before"),
            "during": _t("During"),
            "after": _t("After"),
            "": _t("Measures without a phase"),
        }
        names = {
            "before": _t("Before, measure {number}"),
            "during": _t("During, measure {number}"),
            "after": _t("After, measure {number}"),
            "": _t("Measure {number}"),
        }
        adds = {
            "before": _t("Add a measure before"),
            "during": _t("Add a measure during"),
            "after": _t("Add a measure after"),
            "": _t("Add a measure"),
        }
        for phase in (*PHASES, ""):
            title = QLabel(titles[phase], self)
            title.setWordWrap(True)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            items = ItemList(
                (Column("measure", _t("Measure"), "sentence"), Column("who", _t("Who does it"))),
                item_name=names[phase],
                add_text=adds[phase],
                parent=self,
            )
            items.changed.connect(self.changed)
            self._layout.addWidget(title)
            self._layout.addWidget(items)
            self.measures[phase] = items
            if not phase:
                self._unphased = (title, items)
        self._layout.addWidget(heading(_t("Supporting actors"), self))
        self.supporting_actors = text_box(
            self,
            _t("Supporting actors"),
            placeholder=_t("Organisations, people or networks who can help protect us"),
        )
        self.supporting_actors.textChanged.connect(self.changed)
        self._layout.addWidget(self.supporting_actors)

    def _build_review(self) -> None:
        self._layout.addWidget(heading(_t("Reviews"), self))
        self.next_review = OptionalDate(_t("No review planned"), self)
        self.next_review.setAccessibleName(_t("Next review"))
        self.next_review.changed.connect(self.changed)
        form = self._form()
        self._row(form, _t("Ne&xt review:"), self.next_review)
        self.history = QLabel(self)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(self.history)

    # -- values ------------------------------------------------------------------
    def _show_overall(self) -> None:
        self.overall.set_level(assessment_level({"threats": self.threats.values()}))

    def fields(self) -> dict[str, Any]:
        """The assessment as the vault stores it (the review history and the
        template it came from are kept as they were)."""
        measures = [
            {"phase": phase, **item}
            for phase, items in self.measures.items()
            for item in items.values()
        ]
        due = self.next_review.value()
        return {
            "title": self.title.text(),
            "template": self._template,
            "activity": self.activity.toPlainText(),
            "objective": self.objective.toPlainText(),
            "setting": self.setting.currentData() or "",
            "area": self.area.text(),
            "threats": self.threats.values(),
            "vulnerabilities": self.vulnerabilities.values(),
            "capacities": self.capacities.values(),
            "factors": [
                {"factor": key, "note": field.toPlainText()}
                for key, field in self.factor_fields.items()
                if field.toPlainText().strip()
            ],
            "worth_it": self.worth_it.currentData() or "",
            "worth_it_note": self.worth_it_note.toPlainText(),
            "alternatives": self.alternatives.toPlainText(),
            "measures": measures,
            "supporting_actors": self.supporting_actors.toPlainText(),
            "next_review": due.isoformat() if due else None,
            "reviews": list(self._reviews),
        }

    def fill(self, fields: dict[str, Any]) -> None:
        """Show ``fields`` (stored form). Several notes on one factor are
        shown together in its field."""
        self._template = str(fields.get("template") or "")
        self._reviews = [dict(r) for r in fields.get("reviews") or ()]
        self.title.setText(fields.get("title") or "")
        self.setting.setCurrentIndex(max(0, self.setting.findData(fields.get("setting") or "")))
        self.area.setText(fields.get("area") or "")
        self.activity.setPlainText(fields.get("activity") or "")
        self.objective.setPlainText(fields.get("objective") or "")
        self.threats.set_values(list(fields.get("threats") or ()))
        self.vulnerabilities.set_values(list(fields.get("vulnerabilities") or ()))
        self.capacities.set_values(list(fields.get("capacities") or ()))
        notes: dict[str, list[str]] = {}
        for item in fields.get("factors") or ():
            notes.setdefault(item.get("factor") or "other", []).append(item.get("note") or "")
        for key, field in self.factor_fields.items():
            field.setPlainText("\n\n".join(n for n in notes.get(key, []) if n))
        self.factors_toggle.setChecked(bool(notes))
        self.worth_it.setCurrentIndex(max(0, self.worth_it.findData(fields.get("worth_it") or "")))
        self.worth_it_note.setPlainText(fields.get("worth_it_note") or "")
        self.alternatives.setPlainText(fields.get("alternatives") or "")
        by_phase: dict[str, list[dict[str, Any]]] = {p: [] for p in self.measures}
        for item in fields.get("measures") or ():
            by_phase.get(item.get("phase") or "", by_phase[""]).append(
                {"measure": item.get("measure"), "who": item.get("who")}
            )
        for phase, items in self.measures.items():
            items.set_values(by_phase[phase])
        title, items = self._unphased
        title.setVisible(bool(by_phase[""]))
        items.setVisible(bool(by_phase[""]))
        self.supporting_actors.setPlainText(fields.get("supporting_actors") or "")
        self.next_review.set_value(fields.get("next_review") or None)
        self._show_overall()
        self._show_history()

    def _show_history(self) -> None:
        lines = []
        for review in reversed(reviews({"reviews": self._reviews})):
            reason = safety_words.review_reason(review.reason) or _t("Review")
            line = isolated(
                _t("{date}: {reason}"), date=format_day(review.reviewed_on), reason=reason
            )
            if review.activity:
                line += "\n" + isolated(_t("Before: {activity}"), activity=review.activity)
            if review.changes:
                line += "\n" + isolated(_t("What changed: {changes}"), changes=review.changes)
            lines.append(line)
        self.history.setText("\n\n".join(lines) if lines else _t("Not reviewed yet."))

    def texts(self) -> list[str]:
        """Everything typed, as plain text (to copy out if nothing else works)."""
        out = [self.title.text(), self.area.text()]
        out += [
            w.toPlainText()
            for w in (
                self.activity,
                self.objective,
                self.worth_it_note,
                self.alternatives,
                self.supporting_actors,
                *self.factor_fields.values(),
            )
        ]
        for items in (self.threats, self.vulnerabilities, self.capacities, *self.measures.values()):
            out += items.texts()
        return [t for t in out if t.strip()]
