"""The risk assessments section, by keyboard: start from a template, judge
a threat, save, and read the level in words in the list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QListWidget, QPlainTextEdit

from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.ui.risk import template_chooser
from fieldsafe.ui.risk.risk_view import RiskAssessmentsView
from fieldsafe.ui.risk.sentence_field import SentenceField
from fieldsafe.ui.risk.template_chooser import TemplateChooser
from tests.ui.conftest import activate, find, unnamed_focusable, wait_ops

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def view(vault, clock, qtbot):  # noqa: ANN001, ANN201
    v = RiskAssessmentsView(clock=clock)
    qtbot.addWidget(v)
    v.attach(vault)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    activate(qtbot, v)
    v.enter()
    return v


def choose_by_keyboard(qtbot, downs: int):  # noqa: ANN001, ANN201
    """A stand-in for ChooseTemplate.ask: the real dialog, opened without
    blocking and answered with the arrow keys and Enter."""

    def ask(parent):  # noqa: ANN001, ANN202
        dialog = TemplateChooser(parent)
        dialog.open()
        qtbot.waitExposed(dialog)
        for _ in range(downs):
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.chosen()

    return ask


def test_the_chooser_lists_the_five_templates_and_escape_changes_nothing(qtbot) -> None:  # noqa: ANN001
    dialog = TemplateChooser()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    assert dialog.list.count() == 5
    assert dialog.focusWidget() is dialog.list
    assert "The activity:" in dialog.about.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert unnamed_focusable(dialog) == []


def test_start_from_a_template_judge_a_threat_save_and_see_the_level(
    view, vault, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(template_chooser.ChooseTemplate, "ask", choose_by_keyboard(qtbot, 1))
    qtbot.keyClick(view, Qt.Key.Key_T, ALT)  # "Start from a template…", the second one
    qtbot.waitUntil(lambda: view.editor.dirty)  # a mnemonic clicks a moment later

    title = find("Risk situation", QLineEdit, within=view)
    activate(qtbot, view)  # back from the dialog
    assert view.focusWidget() is title
    expected = new_assessment("street_outreach")
    assert title.text() == expected["title"]
    assert find("Threat 1", SentenceField, within=view).text() == expected["threats"][0]["threat"]
    assert view.editor.dirty  # a copy not yet saved: kept as a draft meanwhile

    likelihood = find("Threat 1: Likelihood", QComboBox, within=view)
    likelihood.setFocus()
    for _ in range(4):
        qtbot.keyClick(likelihood, Qt.Key.Key_Down)
    impact = find("Threat 1: Impact", QComboBox, within=view)
    qtbot.keyClick(likelihood, Qt.Key.Key_Tab)
    assert impact.hasFocus()
    for _ in range(3):
        qtbot.keyClick(impact, Qt.Key.Key_Down)
    assert likelihood.currentText() == "Likely"
    assert impact.currentText() == "Moderate"
    assert find("Threat 1: level", within=view).text() == "Level: High"  # 4 x 3 = 12
    assert find("Overall level", within=view).text() == "Overall level: High"

    qtbot.keyClick(view, Qt.Key.Key_S, ALT)  # "Save assessment"
    qtbot.waitUntil(lambda: view.editor.status.text() == "Saved.")
    wait_ops(qtbot)
    assert not view.editor.dirty
    (stored,) = vault.risks.all()
    assert stored.level == "high"
    assert stored.fields["threats"][0]["likelihood"] == 4
    assert stored.fields["template"] == "street_outreach"
    assert vault.drafts.of("risk_assessment") == []
    item = view.list.currentItem()
    assert item is not None and "Level: High" in item.text()
    assert "No review planned" in item.text()
    assert unnamed_focusable(view) == []


def test_reviews_due_are_said_in_words(view, vault, clock) -> None:  # noqa: ANN001
    today = date(2026, 3, 4)
    vault.risks.save({"title": "Due", "next_review": "2026-03-01"})
    vault.risks.save({"title": "Later", "next_review": "2026-04-01"})
    view.reload()
    texts = [view.list.item(row).text() for row in range(view.list.count())]
    assert "Review due since" in texts[0] and "Due" in texts[0]
    assert "Next review:" in texts[1]
    assert clock.now().date() == today


def test_an_unsaved_template_copy_survives_as_a_draft(view, vault, qtbot) -> None:  # noqa: ANN001
    view.start_from_template("online_outreach")
    find("Its objective", QPlainTextEdit, within=view).setPlainText("Our own words")
    assert view.editor.save_draft()
    (draft,) = vault.drafts.of("risk_assessment")
    assert draft.fields["objective"] == "Our own words"
    assert draft.fields["template"] == "online_outreach"
    assert isinstance(view.list, QListWidget)
