"""What is done with the open risk assessment besides editing it, by
keyboard: shared (with the incidents linked to it, when the person says so)
for a verified colleague, who receives it in their own Risk assessments
section; deleted after a calm question, and then gone from every table; its
earlier versions, part by part."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QTextBrowser

from fieldsafe.core.risk import Review
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.logs.history import HistoryDialog
from fieldsafe.ui.risk.risk_view import RiskAssessmentsView
from fieldsafe.vault import Vault
from tests.security.test_deletion import canary, tables_holding, tail
from tests.ui.conftest import START, activate, assert_nowhere, find, unnamed_focusable
from tests.ui.keys import answer_next_box
from tests.ui.team import bundle_files, colleague

THREAT = {"threat": "Being followed after the round", "risks": "", "likelihood": 3, "impact": 4}


def _view(qtbot, vault: Vault, clock) -> RiskAssessmentsView:  # noqa: ANN001
    view = RiskAssessmentsView(clock=clock)
    qtbot.addWidget(view)
    view.attach(vault)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    activate(qtbot, view)
    view.enter()
    return view


def _press(qtbot, view: RiskAssessmentsView, name: str) -> None:  # noqa: ANN001
    button = find(name, QPushButton, within=view)
    assert button.isEnabled(), name
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _incident(vault: Vault, days: int, **fields: object) -> str:
    when = (START - timedelta(days=days)).isoformat()
    return vault.incidents.save({"occurred_at": when, "type": "verbal", **fields}).id


def test_share_the_open_assessment_with_its_incidents_and_the_colleague_receives_it(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock,  # noqa: ANN001
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assessment = vault.risks.save({"title": "Street outreach, station", "threats": [THREAT]}).id
    linked = [_incident(vault, n, title=f"Followed {n}", assessments=[assessment]) for n in (3, 9)]
    other = _incident(vault, 1, title="Not linked")
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        view = _view(qtbot, vault, clock)
        assert view.editor.assessment_id == assessment  # the first one opens
        assert unnamed_focusable(view) == []
        bundle = tmp_path / "risk.age"
        offered = bundle_files(monkeypatch, bundle, recipients=(0,))

        # Escape at the question shares nothing
        said: list[str] = []
        answer_next_box(None, said)
        _press(qtbot, view, "Share the assessment")
        assert said == [
            "Share the incidents linked to this assessment too?\n2 incident(s) link to this "
            "assessment. With them, your colleagues see what happened beside the analysis; "
            "without them, only the assessment is shared."
        ]
        assert offered == [] and not bundle.exists()

        answer_next_box("With the incidents", said)
        _press(qtbot, view, "Share the assessment")
        assert offered == [["Bea"]] and bundle.exists()
        assert view.editor.status.text() == (
            "Bundle saved with the assessment and 2 linked incident(s): encrypted for the "
            "colleagues you chose and for you."
        )

        theirs = _view(qtbot, bea, clock)
        assert theirs.list.count() == 0
        assert not find("Share the assessment", QPushButton, within=theirs).isEnabled()
        with qtbot.waitSignal(theirs.changed):
            _press(qtbot, theirs, "Receive a bundle")
        assert theirs.ids() == [assessment]  # listed at once
        assert "Street outreach, station" in theirs.list.item(0).text()
        assert theirs.editor.status.text() == "3 added, 0 updated."
        assert sorted(i.id for i in bea.incidents.find()) == sorted(linked)
        assert other not in [i.id for i in bea.incidents.find()]
    finally:
        bea.lock()


def test_the_assessment_only_leaves_its_incidents_out(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock,  # noqa: ANN001
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assessment = vault.risks.save({"title": "Online outreach"}).id
    _incident(vault, 2, assessments=[assessment])
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        view = _view(qtbot, vault, clock)
        bundle = tmp_path / "risk.age"
        bundle_files(monkeypatch, bundle, recipients=(0,))
        said: list[str] = []
        answer_next_box("The assessment only", said)
        _press(qtbot, view, "Share the assessment")
        assert view.editor.status.text() == (
            "Bundle saved: encrypted for the colleagues you chose and for you."
        )
        theirs = _view(qtbot, bea, clock)
        _press(qtbot, theirs, "Receive a bundle")
        assert theirs.ids() == [assessment]
        assert bea.incidents.count() == 0
    finally:
        bea.lock()


def test_deleting_the_assessment_leaves_nothing_in_any_table(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock,  # noqa: ANN001
) -> None:
    gone, kept = canary("gonex"), canary("keptx")
    doomed = vault.risks.save(
        {"title": gone, "area": gone, "threats": [{**THREAT, "threat": gone}]}
    ).id
    vault.risks.record_review(doomed, Review(date(2026, 3, 1), "scheduled", changes=gone))
    vault.risks.save({"title": kept, "area": kept})
    assert {"records", "record_versions", "record_facets"} <= tables_holding(vault, tail(gone))
    view = _view(qtbot, vault, clock)
    view.open_assessment(doomed)

    said: list[str] = []
    answer_next_box("Delete", said)
    with qtbot.waitSignal(view.changed):
        _press(qtbot, view, "Delete assessment")
    assert said[0].startswith("Delete this risk assessment?\nIt is removed from the vault")
    assert len(view.ids()) == 1
    assert not find("Share the assessment", QPushButton, within=view).isEnabled()
    assert not tables_holding(vault, tail(gone))
    assert tables_holding(vault, tail(kept))
    assert vault.search(gone) == []
    assert_nowhere(gone)


def test_earlier_versions_of_the_assessment(qtbot, vault: Vault, clock) -> None:  # noqa: ANN001
    assessment = vault.risks.save(
        {"title": "Meeting in a café", "threats": [THREAT], "next_review": "2026-03-01"}
    ).id
    vault.risks.record_review(
        assessment,
        Review(date(2026, 3, 2), "scheduled", changes="We meet only in daylight now."),
        next_review=date(2026, 6, 1),
        fields={
            **vault.risks.get(assessment).fields,
            "measures": [{"phase": "before", "measure": "Meet in daylight", "who": "Both"}],
        },
    )
    view = _view(qtbot, vault, clock)
    _press(qtbot, view, "Earlier versions of the assessment")
    dialog = view.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert find("Earlier versions", QListWidget, within=dialog).count() == 1
    assert dialog.changed_labels() == ["Measures before", "Next review", "Reviews"]
    current = strip_isolates(find("Current version", QTextBrowser, within=dialog).toPlainText())
    assert "Meet in daylight (who: Both)" in current
    assert "We meet only in daylight now." in current
    assert "Being followed after the round (level: High)" in current
    assert "Likelihood: Possible. Impact: Serious." in current
    assert not dialog.delete_button.isVisible()
    assert unnamed_focusable(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
