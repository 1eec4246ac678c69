"""After an incident: the offer to review a risk assessment, and the review
with the incident beside it, recorded in the assessment's history."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit

from fieldsafe.core.records import RecordId
from fieldsafe.ui.incidents import review_offer
from fieldsafe.ui.incidents.review_offer import ReviewOfferDialog, review_choices
from fieldsafe.ui.risk.review_dialog import RiskReviewDialog, open_review
from fieldsafe.ui.risk.sentence_field import SentenceField
from fieldsafe.ui.risk.templates import assessment_from_template
from tests.ui.conftest import activate, find, unnamed_focusable, wait_ops

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def answer_by_keyboard(qtbot, keys: list[Qt.Key]):  # noqa: ANN001, ANN201
    """A stand-in for OfferReview.ask: the real offer, answered by keys."""

    def ask(cls, parent, choices):  # noqa: ANN001, ANN202
        dialog = ReviewOfferDialog(choices, parent)
        dialog.open()
        qtbot.waitExposed(dialog)
        assert unnamed_focusable(dialog) == []
        for key in keys:
            qtbot.keyClick(dialog.list, key)
        chosen = dialog.chosen() if dialog.result() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return chosen

    return classmethod(ask)


def review_window() -> RiskReviewDialog | None:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, RiskReviewDialog) and shiboken6.isValid(w) and w.isVisible()
    ]
    return found[0] if found else None


def test_not_now_offers_nothing_more(qtbot, vault, clock, monkeypatch) -> None:  # noqa: ANN001
    vault.risks.save({"title": "Street outreach"})
    incident = vault.incidents.save({"occurred_at": "2026-03-04T10:00:00Z"})
    monkeypatch.setattr(
        review_offer.OfferReview, "ask", answer_by_keyboard(qtbot, [Qt.Key.Key_Escape])
    )
    assert review_offer.offer_review(None, vault, incident.id, clock=clock) is None
    assert review_window() is None


def test_the_linked_assessment_comes_first(vault) -> None:  # noqa: ANN001
    other = vault.risks.save({"title": "A", "setting": "street"})
    linked = vault.risks.save({"title": "B"})
    incident = vault.incidents.save(
        {"occurred_at": "2026-03-04T10:00:00Z", "setting": "street", "assessments": [linked.id]}
    )
    choices = review_choices(vault, incident.id)
    assert [c[0] for c in choices] == [linked.id, other.id]
    assert "linked to this incident" in choices[0][1]
    assert "the same place" in choices[1][1]


def test_closing_a_review_keeps_the_changes_as_a_draft(qtbot, vault, clock) -> None:  # noqa: ANN001
    assessment = vault.risks.save({"title": "Street outreach"})
    review = open_review(None, vault, assessment.id, clock=clock)
    qtbot.waitExposed(review)
    assert review.reason.currentData() == "scheduled"
    find("Its objective", QPlainTextEdit, within=review).setPlainText("Safer evenings")
    review.reject()
    (draft,) = vault.drafts.orphans("risk_assessment")
    assert draft.record_id == RecordId(assessment.id)
    assert draft.fields["objective"] == "Safer evenings"
    assert vault.risks.get(assessment.id).reviews == []


def mnemonics(window) -> list[str]:  # noqa: ANN001
    """The Alt+letter keys of the visible labels and buttons in ``window``."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        found = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
        if found:
            keys.append(found.group(1).casefold())
    return keys


def test_every_alt_key_leads_to_one_place(qtbot, vault, clock) -> None:  # noqa: ANN001
    from fieldsafe.ui.risk.risk_view import RiskAssessmentsView

    assessment = vault.risks.save(assessment_from_template("public_meeting"))
    incident = vault.incidents.save({"occurred_at": "2026-03-04T10:00:00Z"})
    review = RiskReviewDialog(vault, assessment.id, incident_id=incident.id, clock=clock)
    view = RiskAssessmentsView(clock=clock)
    view.attach(vault)
    view.enter()
    for window in (review, view):
        qtbot.addWidget(window)
        keys = mnemonics(window)
        assert keys and len(keys) == len(set(keys)), (type(window).__name__, sorted(keys))


def test_a_review_is_recorded_by_keyboard(qtbot, vault, clock) -> None:  # noqa: ANN001
    assessment = vault.risks.save(assessment_from_template("online_outreach"))
    incident = vault.incidents.save(
        {"occurred_at": "2026-03-03T20:00:00Z", "type": "digital", "what_happened": "Threats by DM"}
    )
    review = open_review(None, vault, assessment.id, incident_id=incident.id, clock=clock)
    qtbot.waitExposed(review)
    activate(qtbot, review)
    assert "Threats by DM" in review.summary.texts()
    qtbot.keyClick(review, Qt.Key.Key_C, ALT)  # "What changed"
    changes = find("What changed", QPlainTextEdit, within=review)
    qtbot.waitUntil(changes.hasFocus)
    qtbot.keyClicks(changes, "Two of us read the messages together now.")
    qtbot.keyClick(changes, Qt.Key.Key_Return, CTRL)  # records
    qtbot.waitUntil(lambda: review_window() is None)
    wait_ops(qtbot)
    (entry,) = vault.risks.get(assessment.id).reviews
    assert (entry.reason, entry.incident) == ("after_incident", incident.id)
    assert entry.changes == "Two of us read the messages together now."
    assert vault.incidents.get(incident.id).status == "measures_reviewed"


def test_enter_in_a_field_presses_no_button(qtbot, vault, clock) -> None:  # noqa: ANN001
    """In a dialog, Enter presses the default button: none of the form's
    buttons (Remove, Add…) may be it, or Enter would remove a threat."""

    assessment = vault.risks.save(assessment_from_template("street_outreach"))
    review = open_review(None, vault, assessment.id, clock=clock)
    qtbot.waitExposed(review)
    activate(qtbot, review)
    threat = find("Threat 1", SentenceField, within=review)
    threat.setFocus()
    count = len(review.editor.form.threats.rows)
    qtbot.keyClick(threat, Qt.Key.Key_Return)
    assert len(review.editor.form.threats.rows) == count
    assert review_window() is review
    review.reject()
