"""From "Something happened" to a recorded review, end to end and by
keyboard: a log's safety observation becomes an incident, the offer names
the assessment for the same place, and the review is recorded with the
changes made during it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPlainTextEdit

from fieldsafe.ui.incidents import review_offer
from fieldsafe.ui.incidents.incident_form_dialog import open_incident_form
from fieldsafe.ui.risk.templates import assessment_from_template
from tests.ui.conftest import START, activate, find, unnamed_focusable, wait_ops
from tests.ui.risk.test_review import answer_by_keyboard, review_window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_saved_incident_leads_to_a_recorded_review(qtbot, vault, clock, monkeypatch) -> None:  # noqa: ANN001
    street = vault.risks.save(assessment_from_template("street_outreach") | {"setting": "street"})
    vault.risks.save({"title": "Online outreach"})
    log = vault.logs.save(
        occurred_at=START - timedelta(hours=2),
        title="Round",
        setting="street",
        safety="Someone took photos of us.",
    )
    monkeypatch.setattr(
        review_offer.OfferReview, "ask", answer_by_keyboard(qtbot, [Qt.Key.Key_Return])
    )
    form = open_incident_form(None, vault, log_id=log.id, clock=clock)
    qtbot.waitExposed(form)
    activate(qtbot, form)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: review_window() is not None)
    (incident,) = vault.incidents.find()

    review = review_window()
    assert review is not None
    activate(qtbot, review)
    assert review.assessment_id == street.id  # the same place comes first
    assert "Watched or followed" in review.summary.texts()  # the incident beside it
    assert "Someone took photos of us." in review.summary.texts()
    assert review.reason.currentData() == "after_incident"
    assert unnamed_focusable(review) == []

    qtbot.keyClick(review, Qt.Key.Key_C, ALT)  # "What changed"
    changes = find("What changed", QPlainTextEdit, within=review)
    qtbot.waitUntil(changes.hasFocus)
    qtbot.keyClicks(changes, "We now leave by a different street.")
    likelihood = find("Threat 1: Likelihood", QComboBox, within=review)
    likelihood.setFocus()
    for _ in range(3):
        qtbot.keyClick(likelihood, Qt.Key.Key_Down)  # Possible
    qtbot.keyClick(review, Qt.Key.Key_V, ALT)  # "Record the review"
    qtbot.waitUntil(lambda: review_window() is None)
    wait_ops(qtbot)

    stored = vault.risks.get(street.id)
    (entry,) = stored.reviews
    assert (entry.reason, entry.incident) == ("after_incident", incident.id)
    assert entry.changes == "We now leave by a different street."
    assert entry.reviewed_on == date(2026, 3, 4)
    assert stored.threats[0].likelihood == 3  # the changes made during the review
    after = vault.incidents.get(incident.id)
    assert after.status == "measures_reviewed"
    assert after.fields["assessments"] == [street.id]
    assert vault.drafts.of("risk_assessment") == []
