"""What can be done with the open risk assessment besides editing it:
share it (with the incidents linked to it, if the person wants), and see its
earlier versions.

* :func:`share_assessment`: one bundle for one or several verified
  colleagues (``ui.plans.sharing.share_records``, the one way to share from
  any section). When incidents link to the assessment,
  :class:`ChooseShareContents` asks first whether they go in the bundle too;
  the assessment alone is the default.
* :func:`send_to_team`: *Send to the team…*, the same share with the whole
  team ticked and the team folder as the way (issue 16: an updated
  assessment reaches every worker); :func:`can_send_to_team` says whether a
  team with a folder exists.
* :class:`RiskHistory`: the assessment's versions for the earlier versions
  dialog (``ui.logs.history.HistoryDialog``), part by part in words.

Deleting an assessment is the editor's (``RiskEditor.delete``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldsafe.core.records import PHASES, RecordId
from fieldsafe.core.risk import RiskAssessment, measures_by_phase
from fieldsafe.messages import describe
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.dialogs import Alert, message_box
from fieldsafe.ui.common.localtime import format_day
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.logs.history import History, HistoryDialog
from fieldsafe.vault import Vault


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("risk", text, None, n)


class ChooseShareContents:
    """Incidents link to the assessment being shared: add them to the
    bundle? True (with them), False (the assessment only, the default), None
    (cancelled: Escape). A seam: tests replace ``ask``."""

    @classmethod
    def ask(cls, parent: QWidget | None, linked: int) -> bool | None:
        box = message_box(
            parent,
            _t("Share the incidents linked to this assessment too?"),
            detail=_t(
                "%n incident(s) link to this assessment. With them, your colleagues see what "
                "happened beside the analysis; without them, only the assessment is shared.",
                linked,
            ),
        )
        alone = box.addButton(_t("The assessment only"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(_t("With the incidents"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(alone)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is both:
            return True
        return False if clicked is alone else None


def can_send_to_team(vault: Vault) -> bool:
    """Whether a team has a folder (and someone verified in it) to send to."""
    from fieldsafe.ui.teams.sending import has_team_folder

    try:
        return has_team_folder(vault)
    except Exception:  # noqa: BLE001 - no team choice then; sharing by file still works
        return False


def send_to_team(parent: QWidget, vault: Vault, assessment_id: str) -> int | None:
    """*Send to the team…*: :func:`share_assessment` with the whole team
    ticked in the share chooser (which then puts it in the team folder
    unless the person chooses otherwise, and says who got it)."""
    return share_assessment(parent, vault, assessment_id, whole_team=True)


def share_assessment(
    parent: QWidget, vault: Vault, assessment_id: str, *, whole_team: bool = False
) -> int | None:
    """Share the assessment (and, if the person chooses, the incidents that
    link to it) in one bundle. The number of incidents shared with it, or
    None when nothing was shared. ``whole_team``: the chooser starts with
    the whole team ticked."""
    from fieldsafe.ui.plans.sharing import share_records

    record_id = RecordId(assessment_id)
    try:
        linked = [i.id for i in vault.incidents.linked_to(record_id)]
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        Alert.show(parent, describe(exc))
        return None
    with_incidents = False
    if linked:
        choice = ChooseShareContents.ask(parent, len(linked))
        if choice is None:
            return None
        with_incidents = choice
    ids: Sequence[str] = [record_id, *linked] if with_incidents else [record_id]
    if not share_records(
        parent, vault, ids, file_name="risk-assessment.age", whole_team=whole_team
    ):
        return None
    return len(ids) - 1


class RiskHistory:
    """An assessment's versions for :class:`~fieldsafe.ui.logs.history.HistoryDialog`."""

    can_delete = False  # the vault deletes an assessment's versions only with it

    def __init__(self, assessment_id: str) -> None:
        self.assessment_id = RecordId(assessment_id)
        self.intro = _t(
            "Each time this assessment was saved or reviewed, what it said before was kept. "
            "Choose an earlier version to see it beside the current one; parts that differ "
            "are marked “changed”."
        )
        self.none_yet = _t(
            "No earlier versions: this assessment has not been changed since it was first saved."
        )

    def read(self, vault: Vault) -> History:
        current = vault.risks.get(self.assessment_id)
        return History(
            current.updated_at,
            version_rows(current),
            [
                (saved_at, version_rows(a))
                for saved_at, a in vault.risks.versions(self.assessment_id)
            ],
        )

    def delete_versions(self, vault: Vault) -> int:
        return 0


def _pair(first: object, second: object) -> str:
    """An item's two parts on one line, each isolated ("" when empty)."""
    parts = [isolate(str(p)) for p in (first, second) if p]
    return " — ".join(parts)


def _lines(items: Any, first: str, second: str) -> str:  # noqa: ANN401 - stored items
    return "\n".join(line for i in items or () if (line := _pair(i.get(first), i.get(second))))


def _threats(assessment: RiskAssessment) -> str:
    lines = []
    for threat in assessment.threats:
        line = isolated(
            _t("{threat} (level: {level})"),
            threat=threat.threat or _t("A threat"),
            level=safety_words.level(threat.level),
        )
        if threat.likelihood or threat.impact:
            line += "\n" + isolated(
                _t("Likelihood: {likelihood}. Impact: {impact}."),
                likelihood=safety_words.likelihood(threat.likelihood) or _t("Not judged yet"),
                impact=safety_words.impact(threat.impact) or _t("Not judged yet"),
            )
        if threat.risks:
            line += "\n" + threat.risks
        lines.append(line)
    return "\n\n".join(lines)


def _measures(fields: Any, phase: str) -> str:  # noqa: ANN401 - stored fields
    return "\n".join(
        isolated(_t("{measure} (who: {who})"), measure=m.get("measure") or "", who=m["who"])
        if m.get("who")
        else str(m.get("measure") or "")
        for m in measures_by_phase(fields)[phase]
    )


def _reviews(assessment: RiskAssessment) -> str:
    lines = []
    for review in reversed(assessment.reviews):
        reason = safety_words.review_reason(review.reason) or _t("Review")
        line = isolated(_t("{date}: {reason}"), date=format_day(review.reviewed_on), reason=reason)
        if review.activity:
            line += "\n" + isolated(_t("Before: {activity}"), activity=review.activity)
        if review.changes:
            line += "\n" + isolated(_t("What changed: {changes}"), changes=review.changes)
        lines.append(line)
    return "\n\n".join(lines)


def version_rows(assessment: RiskAssessment) -> list[tuple[str, str]]:
    """Every part of one version as (heading, words), the same headings in
    the same order for every version ("" for a part left empty)."""
    f = assessment.fields
    factors = [
        {"factor": safety_words.factor(i.get("factor")), "note": i.get("note")}
        for i in f.get("factors") or ()
    ]
    due = assessment.next_review
    phases = {
        "before": _t("Measures before"),
        "during": _t("Measures during"),
        "after": _t("Measures after"),
    }
    return [
        (_t("Risk situation"), assessment.title),
        (_t("Setting"), setting_label(str(f.get("setting") or ""))),
        (_t("Area"), str(f.get("area") or "")),
        (_t("The activity"), str(f.get("activity") or "")),
        (_t("Its objective"), str(f.get("objective") or "")),
        (_t("Threats"), _threats(assessment)),
        (_t("Vulnerabilities"), _lines(f.get("vulnerabilities"), "vulnerability", "into_capacity")),
        (_t("Capacities"), _lines(f.get("capacities"), "capacity", "strengthen")),
        (_t("Gender and intersectionality"), _lines(factors, "factor", "note")),
        (_t("Is this objective worth this risk?"), safety_words.worth_answer(f.get("worth_it"))),
        (_t("Why"), str(f.get("worth_it_note") or "")),
        (_t("Safer alternatives we considered"), str(f.get("alternatives") or "")),
        *((phases[p], _measures(f, p)) for p in PHASES),
        (_t("Measures without a phase"), _measures(f, "")),
        (_t("Supporting actors"), str(f.get("supporting_actors") or "")),
        (_t("Next review"), format_day(due) if due else ""),
        (_t("Reviews"), _reviews(assessment)),
    ]


def show_history(parent: QWidget, vault: Vault, assessment_id: str) -> HistoryDialog:
    """Open the earlier versions of an assessment (not blocking)."""
    dialog = HistoryDialog(vault, RiskHistory(assessment_id), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
