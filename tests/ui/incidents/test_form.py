"""The incident form, "Something happened": prefilled from a log or a plan,
registered in a few keystrokes, every question skippable, and never losing
what was typed."""

from __future__ import annotations

from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QRadioButton

from fieldsafe.core.clock import to_iso
from fieldsafe.ui.incidents import incident_form_dialog, review_offer
from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog, open_incident_form
from tests.ui.conftest import START, activate, find, unnamed_focusable, wait_ops

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def met(vault):  # noqa: ANN001, ANN201
    """An outreach log with a safety observation."""
    return vault.logs.save(
        occurred_at=START - timedelta(hours=3),
        title="Evening round",
        setting="street",
        area="Station district",
        who_went=["me", "colleague K"],
        safety="A man in a grey car watched us for an hour.",
    )


@pytest.fixture
def no_offer(monkeypatch):  # noqa: ANN001, ANN201
    asked: list[object] = []
    monkeypatch.setattr(
        review_offer.OfferReview, "ask", classmethod(lambda cls, p, c: asked.append(c))
    )
    return asked


def closed(dialog: IncidentDialog) -> bool:
    """Closed (and, opened by open_incident_form, deleted)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def open_form(qtbot, vault, clock, **prefill) -> IncidentDialog:  # noqa: ANN001
    dialog = open_incident_form(None, vault, clock=clock, **prefill)
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


def test_register_an_incident_from_a_log_in_three_keystrokes(
    qtbot, vault, clock, met, no_offer
) -> None:  # noqa: ANN001
    dialog = open_form(qtbot, vault, clock, log_id=met.id)
    assert "Who went:" in dialog.form.origin.text()  # shown beside, not copied
    assert not dialog.dirty  # the prefill alone is no edit
    assert QApplication.focusWidget() is find("Physical", QRadioButton, within=dialog)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the choice under it
    assert QApplication.focusWidget() is find("Watched or followed", QRadioButton, within=dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # chosen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # saved
    qtbot.waitUntil(lambda: closed(dialog))
    wait_ops(qtbot)

    (incident,) = vault.incidents.find()
    assert incident.type == "surveillance_or_following"
    assert incident.fields["occurred_at"] == to_iso(met.occurred_at)
    assert (incident.setting, incident.area) == ("street", "Station district")
    assert incident.fields["what_happened"] == met.safety
    assert incident.fields["logs"] == [met.id]
    assert incident.status == "open"
    assert vault.drafts.of("incident") == []
    assert no_offer == []  # no assessment yet: nothing to offer


def test_every_question_can_be_skipped(qtbot, vault, clock, no_offer) -> None:  # noqa: ANN001
    dialog = open_form(qtbot, vault, clock)
    assert unnamed_focusable(dialog) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: closed(dialog))
    (incident,) = vault.incidents.find()
    assert incident.occurred_at == START  # "now", from the clock
    assert incident.type == "" and incident.fields["what_happened"] == ""


def test_closing_keeps_what_was_typed_and_the_next_form_offers_it_back(
    qtbot, vault, clock, monkeypatch
) -> None:  # noqa: ANN001
    dialog = open_form(qtbot, vault, clock)
    find("In a few words", QLineEdit, within=dialog).setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Shouted at near the park")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: closed(dialog))
    assert vault.incidents.find() == []
    (draft,) = vault.drafts.orphans("incident")
    assert draft.fields["title"] == "Shouted at near the park"

    asked: list[str] = []
    monkeypatch.setattr(
        incident_form_dialog.RestoreIncidentDraft,
        "ask",
        classmethod(lambda cls, parent, saved_at: asked.append(saved_at) or True),
    )
    again = open_form(qtbot, vault, clock)
    qtbot.waitUntil(lambda: bool(asked))
    assert find("In a few words", QLineEdit, within=again).text() == "Shouted at near the park"
    assert again.dirty
    assert vault.drafts.orphans("incident") == []  # taken over by the open form


def test_a_plan_prefills_when_setting_and_the_link(qtbot, vault, clock, no_offer) -> None:  # noqa: ANN001
    plan_id, _ = vault.plans.save(
        {
            "title": "Coffee with P-12",
            "starts_at": to_iso(START + timedelta(days=1)),
            "setting": "bar_or_club",
            "colleague": "Amira",
            "location": "Café at 5 Long Street",
        }
    )
    dialog = open_form(qtbot, vault, clock, plan_id=plan_id)
    fields = dialog.form.fields()
    assert fields["occurred_at"] == to_iso(START + timedelta(days=1))
    assert fields["setting"] == "bar_or_club"
    assert fields["area"] == ""  # a plan's exact location is never copied
    assert fields["plans"] == [plan_id]
    assert "Amira" in dialog.form.origin.text()
    links = find("Linked records", within=dialog)
    assert "Coffee with P-12" in links.item(0).text()


def test_a_failed_save_keeps_every_word(qtbot, vault, clock, met, monkeypatch) -> None:  # noqa: ANN001
    dialog = open_form(qtbot, vault, clock, log_id=met.id)
    what = find("What happened", QPlainTextEdit, within=dialog)
    what.setPlainText("Our own account")

    def refuse(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(type(vault.incidents), "save", refuse)
    dialog.save()
    wait_ops(qtbot)
    assert not closed(dialog)
    assert dialog.status.text() and dialog.status.text() != "Saved."
    assert what.toPlainText() == "Our own account"
    assert dialog.dirty


def test_every_alt_key_leads_to_one_place(qtbot, vault, clock) -> None:  # noqa: ANN001
    from tests.ui.risk.test_review import mnemonics

    dialog = IncidentDialog(vault, clock=clock)
    qtbot.addWidget(dialog)
    keys = mnemonics(dialog)
    assert len(keys) >= 5 and len(keys) == len(set(keys)), sorted(keys)


def test_before_a_lock_open_edits_are_kept_as_drafts(qtbot, vault, clock) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    from fieldsafe.ui.incidents.incident_form_dialog import keep_open_edits

    window = QWidget()
    qtbot.addWidget(window)
    dialog = open_incident_form(window, vault, clock=clock)
    find("In a few words", QLineEdit, within=dialog).setText("Typed a second ago")
    assert vault.drafts.of("incident") == []  # the typing pause has not come yet
    assert keep_open_edits(window) == []
    (draft,) = vault.drafts.of("incident")
    assert draft.fields["title"] == "Typed a second ago"
    dialog.wipe()
    assert find("In a few words", QLineEdit, within=dialog).text() == ""


def test_a_stored_incident_opens_to_add_to(qtbot, vault, clock, met, no_offer) -> None:  # noqa: ANN001
    stored = vault.incidents.save(
        {"occurred_at": "2026-03-04T10:00:00Z", "type": "verbal", "logs": [met.id]}
    )
    dialog = open_incident_form(None, vault, incident_id=stored.id, clock=clock)
    qtbot.waitExposed(dialog)
    assert find("Verbal", QRadioButton, within=dialog).isChecked()
    assert "Evening round" in find("Linked records", within=dialog).item(0).text()
    dialog.form.reported_to.setText("our safety lead")
    dialog.save()
    wait_ops(qtbot)
    assert not closed(dialog)  # an existing incident: the window stays
    assert vault.incidents.get(stored.id).fields["reported_to"] == "our safety lead"
    assert no_offer == []
