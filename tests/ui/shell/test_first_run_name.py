"""First run asks for the name colleagues will see (Interface 1.2), after the
recovery code is checked, by keyboard; leaving it empty is allowed and the
page says honestly what colleagues will then see."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWizard

from fieldsafe.core.clock import FakeClock
from fieldsafe.ui.shell.first_run_name import PAGE_NAME
from fieldsafe.ui.shell.session import Session
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, find, unnamed_focusable
from tests.ui.shell.test_flow import PHRASE, create_through_wizard


def _to_the_name_page(qtbot, session: Session) -> QWizard:  # noqa: ANN001
    wizard, code = create_through_wizard(qtbot, session)
    activate(qtbot, wizard)
    group = find("Recovery code group", QLineEdit, within=wizard)
    qtbot.keyClicks(group, code.split("-")[wizard.confirm_group_number - 1])
    qtbot.keyClick(group, Qt.Key.Key_Return)  # Enter goes on, to the name
    assert wizard.currentId() == PAGE_NAME
    return wizard


def test_the_name_typed_at_first_run_is_on_the_card(
    qtbot,  # noqa: ANN001
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    session = Session(vault_dir, clock=clock)
    wizard = _to_the_name_page(qtbot, session)
    page = wizard.currentPage()
    said = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "on your card" in said and "safety number" in said  # what the name is for
    field = find("Your name or nickname", QLineEdit, within=wizard)
    assert QApplication.focusWidget() is field
    assert unnamed_focusable(page) == []
    qtbot.keyClicks(field, "  Amal   K. ")
    assert page.preview.text() == "Colleagues will see: \u2068Amal K.\u2069"
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter finishes: "Open my vault"
    qtbot.waitUntil(lambda: session.main_window is not None)
    session.shutdown()
    with Vault.open(vault_dir, PHRASE) as vault:
        assert vault.sharing.identity().card().name == "Amal K."


def test_the_name_can_be_left_empty_and_the_default_is_said_plainly(
    qtbot,  # noqa: ANN001
    vault_dir: Path,
    clock: FakeClock,
) -> None:
    session = Session(vault_dir, clock=clock)
    wizard = _to_the_name_page(qtbot, session)
    page = wizard.currentPage()
    assert "\u2068FieldSafe\u2069" in page.preview.text()
    assert "cannot tell you apart" in page.preview.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClick(find("Your name or nickname", QLineEdit, within=wizard), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.main_window is not None)
    session.shutdown()
    with Vault.open(vault_dir, PHRASE) as vault:
        assert vault.sharing.identity().card().name == "FieldSafe"
