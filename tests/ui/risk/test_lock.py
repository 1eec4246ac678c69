"""When the vault locks, the safety loop's windows forget every word of
the records they showed (the window's wipe calls theirs)."""

from __future__ import annotations

from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog
from fieldsafe.ui.risk.review_dialog import RiskReviewDialog
from fieldsafe.ui.risk.risk_view import RiskAssessmentsView
from tests.ui.conftest import assert_nowhere

CANARY = "Zebracanary7"


def test_wipe_leaves_no_record_text(qtbot, vault, clock) -> None:  # noqa: ANN001
    assessment = vault.risks.save(
        {
            "title": f"{CANARY} situation",
            "area": f"{CANARY} area",
            "threats": [{"threat": f"{CANARY} threat", "likelihood": 2, "impact": 2}],
            "measures": [{"phase": "before", "measure": f"{CANARY} measure", "who": "us"}],
            "reviews": [{"reviewed_on": "2026-03-01", "changes": f"{CANARY} change"}],
        }
    )
    log = vault.logs.save(occurred_at=clock.now(), title=f"{CANARY} log", area=f"{CANARY} place")
    incident = vault.incidents.save(
        {
            "occurred_at": "2026-03-04T10:00:00Z",
            "area": f"{CANARY} district",
            "what_happened": f"{CANARY} happened",
            "logs": [log.id],
        }
    )
    view = RiskAssessmentsView(clock=clock)
    qtbot.addWidget(view)
    view.attach(vault)
    view.show()
    view.enter()
    form = IncidentDialog(vault, clock=clock)
    qtbot.addWidget(form)
    form.prefill_from_log(log.id)
    form.form.title.setText(f"{CANARY} typed")
    review = RiskReviewDialog(vault, assessment.id, incident_id=incident.id, clock=clock)
    qtbot.addWidget(review)
    review.changes.setPlainText(f"{CANARY} what changed")
    vault.lock()

    for window in (view, form, review):
        window.wipe()
    assert_nowhere(CANARY)
