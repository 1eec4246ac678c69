"""Deleting a meeting plan and removing a colleague in the GUI, by keyboard:
each asks first through ``Confirm.ask``, each button has an accessible name
and is in the tab order, and the vault's deletion does the rest (what is
removed from which table: tests/security/test_deletion.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from fieldsafe.errors import NotFound
from fieldsafe.exchange.identity import Identity
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, find, unnamed_focusable

STARTS = "2026-03-05T10:00:00Z"


class Confirmations:
    """Stands in for ``Confirm.ask``: keeps every question, answers ``yes``."""

    def __init__(self) -> None:
        self.yes = False
        self.questions: list[dict[str, str]] = []

    def ask(self, parent: QWidget, *, question: str, detail: str, confirm: str) -> bool:
        self.questions.append({"question": question, "detail": detail, "confirm": confirm})
        return self.yes


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Confirmations:
    answers = Confirmations()
    monkeypatch.setattr(
        dialogs.Confirm, "ask", classmethod(lambda cls, parent, **kw: answers.ask(parent, **kw))
    )
    return answers


def tab_to(qtbot, start: QWidget, target: QWidget, limit: int = 30) -> None:  # noqa: ANN001
    """Press Tab from ``start`` until ``target`` has the focus."""
    start.setFocus()
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} is not reachable with Tab")


def test_a_plan_is_deleted_by_keyboard_after_asking(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    vault: Vault,
    confirm: Confirmations,
) -> None:
    kept, _ = vault.plans.save({"starts_at": STARTS, "title": "kept plan"})
    doomed, _ = vault.plans.save({"starts_at": "2026-03-06T10:00:00Z", "title": "doomed plan"})
    vault.plans.save({"starts_at": STARTS, "title": "doomed plan, moved"}, plan_id=doomed)
    plans = window.show_plans()
    assert plans is not None
    plans.reload(select=doomed)
    activate(qtbot, plans)
    assert unnamed_focusable(plans) == []
    button = find("Delete meeting plan", within=plans)
    assert button is plans.delete_button and button.isEnabled()

    # The Delete key in the list asks; "Cancel" keeps the plan.
    plans.list.setFocus()
    qtbot.keyClick(plans.list, Qt.Key.Key_Delete)
    (question,) = confirm.questions
    assert question["question"] == "Delete this meeting plan?" and question["confirm"] == "Delete"
    assert "earlier versions" in question["detail"]
    assert vault.plans.get(doomed)["title"] == "doomed plan, moved"

    # Tab to the button, press Space, confirm: the plan and its versions are gone.
    confirm.yes = True
    tab_to(qtbot, plans.list, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert len(confirm.questions) == 2
    with pytest.raises(NotFound):
        vault.plans.get(doomed)
    assert vault.plans.versions(doomed) == []
    assert [s.id for s in vault.plans.page()] == [kept]
    assert plans.message.text() == "Plan deleted."
    assert plans.list.count() == 1 and "kept plan" in plans.list.item(0).text()
    assert plans.edit_button.isEnabled() and plans.delete_button.isEnabled()  # the kept one opens

    # Deleting the last plan leaves the calm empty section.
    qtbot.keyClick(plans.list, Qt.Key.Key_Delete)
    assert vault.plans.page() == [] and plans.list.count() == 0
    assert not plans.delete_button.isEnabled() and not plans.edit_button.isEnabled()
    assert plans.summary.text().startswith("Plan a meeting as a pair")
    qtbot.keyClick(plans.list, Qt.Key.Key_Delete)  # nothing chosen: nothing asked
    assert len(confirm.questions) == 3


def test_a_colleague_is_removed_by_keyboard_after_asking(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    vault: Vault,
    confirm: Confirmations,
) -> None:
    bea = Identity.generate("Bea")
    plans = window.show_plans()
    assert plans is not None
    dialog = plans.show_colleagues()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    find("Or paste a card here", QPlainTextEdit, within=dialog).setPlainText(bea.card().to_text())
    find("Add the pasted card", within=dialog).click()
    activate(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    button = find("Remove colleague", within=dialog)
    assert button.isEnabled()

    tab_to(qtbot, dialog.colleagues, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)  # "Cancel"
    (question,) = confirm.questions
    assert question["question"] == "Remove \u2068Bea\u2069 from your colleagues?"
    assert "Plans they already sent stay" in question["detail"] and question["confirm"] == "Remove"
    assert [e.card.name for e in vault.sharing.all()] == ["Bea"]

    confirm.yes = True
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert vault.sharing.all() == [] and dialog.colleagues.count() == 0
    assert dialog.status.text() == "Colleague removed."
    assert not button.isEnabled() and not dialog.verify_button.isEnabled()
