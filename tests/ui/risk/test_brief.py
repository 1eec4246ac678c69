"""An assessment in brief (for the plan wizard): level, threats with their
level, capacities and measures by phase, as plain text."""

from __future__ import annotations

from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.risk.assessment_brief import AssessmentBrief


def test_the_brief_shows_what_a_plan_can_lean_on(qtbot, vault) -> None:  # noqa: ANN001
    assessment = vault.risks.save(
        {
            "title": "Street outreach",
            "threats": [{"threat": "<b>Followed</b>", "likelihood": 4, "impact": 4}],
            "capacities": [{"capacity": "We work in pairs"}],
            "measures": [
                {"phase": "after", "measure": "Stay a while", "who": "both of us"},
                {"phase": "before", "measure": "Agree a signal"},
            ],
        }
    )
    brief = AssessmentBrief()
    qtbot.addWidget(brief)
    brief.show_assessment(assessment)
    texts = [strip_isolates(t) for t in brief.texts()]
    assert "Level: High" in texts
    assert "• <b>Followed</b> (level: High)" in texts  # as typed, never markup
    assert "• We work in pairs" in texts
    assert texts.index("Measures before") < texts.index("Measures after")
    assert "• Stay a while (who: both of us)" in texts
    brief.show_assessment(None)
    qtbot.waitUntil(lambda: not any("Followed" in t for t in brief.texts()))
