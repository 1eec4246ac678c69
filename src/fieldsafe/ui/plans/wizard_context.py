"""What a plan can lean on, shown beside the wizard's questions.

* The risk assessment the plan links (its threats, capacities and measures,
  :class:`~fieldsafe.ui.risk.assessment_brief.AssessmentBrief`), on every step.
* On the setting and location steps: the latest incidents and safety
  observations for the same setting, the same area (the linked assessment's)
  or one of the plan's person codes, and the assessments for that place.

It is read from the vault off the GUI thread each time what it depends on
changes, and held in memory only while the wizard is open: nothing of it is
copied into the plan (the wizard's values never read this panel). Record
text is shown as plain text; values inside sentences are isolated.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldsafe.core.incidents import Incident, IncidentFilter
from fieldsafe.core.records import OutreachLog, RecordId
from fieldsafe.core.risk import RiskAssessment
from fieldsafe.errors import NotFound
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops, safety_words
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.risk.assessment_brief import AssessmentBrief
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.plans.wizard_context")

#: the steps that show what happened before at the same place
PLACE_STEPS = ("setting", "location")
#: how many incidents and observations are shown
LATEST = 5
#: how much of a long text a line shows
SNIPPET = 240


def _t(text: str) -> str:
    return QCoreApplication.translate("plans", text)


@dataclass(frozen=True)
class Where:
    """What the panel depends on, as the wizard's fields show it now."""

    assessment_id: str = ""
    setting: str = ""
    person_codes: tuple[str, ...] = ()


@dataclass
class Found:
    """What was read for a :class:`Where` (in memory only)."""

    assessment: RiskAssessment | None = None
    #: the plan links an assessment this vault no longer holds
    missing: bool = False
    for_place: list[RiskAssessment] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    observations: list[OutreachLog] = field(default_factory=list)


def read_context(vault: Vault, where: Where, *, limit: int = LATEST) -> Found:
    """Read what the panel shows (worker thread)."""
    found = Found()
    if where.assessment_id:
        try:
            found.assessment = vault.risks.get(RecordId(where.assessment_id))
        except NotFound:
            found.missing = True
    area = str(found.assessment.fields.get("area") or "") if found.assessment else ""
    incidents: dict[str, Incident] = {}
    if where.setting:
        incidents.update(
            (i.id, i) for i in vault.incidents.find(IncidentFilter(settings=(where.setting,)))
        )
    if area.strip():
        incidents.update((i.id, i) for i in vault.incidents.find(IncidentFilter(areas=(area,))))
    found.incidents = sorted(incidents.values(), key=lambda i: i.occurred_at, reverse=True)[:limit]
    found.observations = vault.logs.safety_observations(
        setting=where.setting, area=area, person_codes=where.person_codes, limit=limit
    )
    if where.setting or area.strip():
        found.for_place = [
            a
            for a in vault.risks.for_place(setting=where.setting, area=area)
            if a.id != where.assessment_id
        ]
    return found


def _snippet(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= SNIPPET else one_line[: SNIPPET - 1].rstrip() + "…"


def incident_line(incident: Incident) -> str:
    """One incident: when, its type, where, and what happened in brief."""
    place = [setting_label(incident.setting)] if incident.setting else []
    if incident.area:
        place.append(incident.area)
    what = incident.title or str(incident.fields.get("what_happened") or "")
    return isolated(
        _t("{when}, {type}, {place}: {what}"),
        when=format_moment(incident.occurred_at),
        type=safety_words.incident_type(incident.type) if incident.type else _t("type not given"),
        place=", ".join(isolate(part) for part in place) or _t("place not given"),
        what=_snippet(what) or _t("nothing written"),
    )


def observation_line(entry: OutreachLog) -> str:
    """One log's safety observations: when, its title, the observation."""
    if entry.title:
        return isolated(
            _t("{when}, {title}: {observation}"),
            when=format_moment(entry.occurred_at),
            title=entry.title,
            observation=_snippet(entry.safety),
        )
    return isolated(
        _t("{when}: {observation}"),
        when=format_moment(entry.occurred_at),
        observation=_snippet(entry.safety),
    )


class PlanContext(QWidget):
    """The panel. :meth:`look_up` reads (off the GUI thread) and shows;
    :attr:`loaded` once it shows what was read. Nothing here takes the focus."""

    loaded = Signal()

    def __init__(self, vault: Vault | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._generation = 0
        self._step = ""
        self._found = Found()
        self._where = Where()
        self.note = self._text("hint")
        self.note.setText(
            _t("From your vault, to help you plan. None of this is saved in the plan.")
        )
        self.brief_heading = self._text("heading", _t("The risk assessment"))
        self.brief = AssessmentBrief(self)
        self.missing = self._text("", _t("The linked risk assessment is no longer in this vault."))
        self.place_heading = self._text("heading", _t("Risk assessments for this place"))
        self.place = self._text()
        self.place_hint = self._text("hint", _t("Link one on the first page to see it here."))
        self.before_heading = self._text("heading", _t("What happened there before"))
        self.incidents_heading = self._text("", _t("Incidents"))
        self.incidents = self._text()
        self.observations_heading = self._text("", _t("Safety observations in logs"))
        self.observations = self._text()
        self.nothing = self._text("", self._nothing_text())
        for heading in (self.incidents_heading, self.observations_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        self._brief_part = [self.brief_heading, self.missing, self.brief]
        self._place_part = [
            self.before_heading,
            self.incidents_heading,
            self.incidents,
            self.observations_heading,
            self.observations,
            self.nothing,
            self.place_heading,
            self.place,
            self.place_hint,
        ]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.note, *self._brief_part, *self._place_part):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self._place_first = False
        self._update()

    @staticmethod
    def _nothing_text() -> str:
        return _t("Nothing registered yet for this setting, area or person code.")

    def _text(self, role: str = "", text: str = "") -> QLabel:
        label = plain_label(text, self, wrap=True)
        if role:
            label.setProperty("role", role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # -- what is shown -------------------------------------------------------------
    def set_step(self, key: str) -> None:
        """The wizard shows step ``key`` now."""
        self._step = key
        self._update()

    def has_something(self) -> bool:
        """Whether the panel has anything to show on the current step."""
        found = self._found
        if found.assessment is not None or found.missing:
            return True
        return self._step in PLACE_STEPS and bool(self._where.setting or found.for_place)

    def look_up(self, where: Where) -> ops.Op | None:
        """Read what ``where`` asks for, off the GUI thread; the newest wins."""
        vault = self._vault
        self._where = where
        self._generation += 1
        generation = self._generation
        if vault is None or vault.is_locked:
            return None

        def show(found: Found) -> None:
            if generation == self._generation and self._vault is not None:
                self._found = found
                self.nothing.setText(self._nothing_text())
                self._update()
                self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                log.info("plan_context_failed", exc_info=(type(error), error, None))
                self.nothing.setText(describe(error))
                self.loaded.emit()

        return (
            ops.run(lambda: read_context(vault, where), parent=self)
            .on_success(show)
            .on_failure(failed)
        )

    def _put_place_first(self, first: bool) -> None:
        """On the setting and location steps, what happened there comes
        first; elsewhere the linked assessment does."""
        if first == self._place_first:
            return
        self._place_first = first
        order = (
            [*self._place_part, *self._brief_part]
            if first
            else [
                *self._brief_part,
                *self._place_part,
            ]
        )
        for widget in order:
            self._layout.removeWidget(widget)
        for index, widget in enumerate(order, start=1):  # after the note
            self._layout.insertWidget(index, widget)

    def _update(self) -> None:
        found = self._found
        self._put_place_first(self._step in PLACE_STEPS)
        linked = found.assessment is not None
        self.brief.show_assessment(found.assessment)
        for widget in (self.brief_heading, self.brief):
            widget.setVisible(linked)
        self.missing.setVisible(found.missing)
        at_place = self._step in PLACE_STEPS
        others = [a.title or _t("Untitled assessment") for a in found.for_place]
        self.place.setText("\n".join("• " + title for title in others))
        for widget in (self.place_heading, self.place):
            widget.setVisible(at_place and bool(others))
        self.place_hint.setVisible(at_place and bool(others) and not linked)
        self._set_lines(
            self.incidents_heading, self.incidents, [incident_line(i) for i in found.incidents]
        )
        self._set_lines(
            self.observations_heading,
            self.observations,
            [observation_line(o) for o in found.observations],
        )
        anything = bool(found.incidents or found.observations)
        self.before_heading.setVisible(at_place and anything)
        self.nothing.setVisible(at_place and not anything and bool(self._where.setting))
        if not at_place:
            for widget in (
                self.incidents_heading,
                self.incidents,
                self.observations_heading,
                self.observations,
            ):
                widget.hide()
        self.note.setVisible(self.has_something())

    @staticmethod
    def _set_lines(heading: QLabel, body: QLabel, lines: Sequence[str]) -> None:
        body.setText("\n".join("• " + line for line in lines))
        heading.setVisible(bool(lines))
        body.setVisible(bool(lines))

    def texts(self) -> list[str]:
        """Every text shown now (for tests)."""
        return [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self)]

    def wipe(self) -> None:
        """Forget the vault and everything read (the vault is locking)."""
        self._vault = None
        self._generation += 1
        self._found = Found()
        self._where = Where()
        for label in (self.place, self.incidents, self.observations):
            label.setText("")
        self._update()
