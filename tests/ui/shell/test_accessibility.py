"""Accessible names, password fields that screen readers never read
(docs/security.md, bar 16), buddies and mnemonics."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard

from fieldsafe.ui.shell.first_run import PAGE_PASSPHRASE
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import accessible_name, find, unnamed_focusable

SECRET = "a secret passphrase 123"


def _assert_password_field(edit: QLineEdit, name: str) -> None:
    assert edit.accessibleName() == name
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.setText(SECRET)
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface.state().passwordEdit
    assert SECRET not in interface.text(QAccessible.Text.Value)
    assert SECRET not in interface.text(QAccessible.Text.Name)
    edit.setText("")


def test_wizard_passphrase_fields(qtbot, session) -> None:  # noqa: ANN001
    wizard = session.start()
    wizard.next()
    assert wizard.currentId() == PAGE_PASSPHRASE
    _assert_password_field(find("Passphrase", QLineEdit, within=wizard), "Passphrase")
    _assert_password_field(
        find("Confirm passphrase", QLineEdit, within=wizard), "Confirm passphrase"
    )
    reveal = find("Show passphrase", within=wizard)
    reveal.setChecked(True)
    assert find("Passphrase", QLineEdit, within=wizard).echoMode() == QLineEdit.EchoMode.Normal
    reveal.setChecked(False)
    assert (
        find("Confirm passphrase", QLineEdit, within=wizard).echoMode()
        == QLineEdit.EchoMode.Password
    )
    for page_id in (wizard.currentId(),):
        assert not unnamed_focusable(wizard.page(page_id))


def test_lock_screen_fields(qtbot, session, vault: Vault) -> None:  # noqa: ANN001
    vault.lock()
    screen = session.start()
    assert isinstance(screen, LockScreen)
    _assert_password_field(find("Passphrase", QLineEdit, within=screen), "Passphrase")
    assert find("Unlock", within=screen).accessibleName() == "Unlock"
    assert find("Show passphrase", within=screen)
    assert not unnamed_focusable(screen)
    label = next(w for w in screen.findChildren(QLabel) if w.buddy() is screen.field)
    assert "&" in label.text()


def test_change_passphrase_fields(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    dialog = window.change_passphrase()
    for name in ("Current passphrase", "New passphrase", "Confirm new passphrase"):
        _assert_password_field(find(name, QLineEdit, within=dialog), name)
    assert not unnamed_focusable(dialog)


def test_main_window_names(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    for name in (
        "Sections",
        "Search",
        "Outreach logs",
        "When",
        "Title",
        "What happened",
        "Save",
        "Delete",
        "New log",
        "Lock",
    ):
        assert find(name, within=window)
    assert not unnamed_focusable(window)
    texts = {a.text().replace("&", ""): a for a in window.actions()}
    assert texts["Lock"].shortcut().toString() == "Ctrl+L"
    assert texts["New log"].shortcut().toString() == "Ctrl+N"
    for field in (window.editor.when, window.editor.title, window.editor.body, window.search):
        assert any(label.buddy() is field for label in window.findChildren(QLabel))


def test_every_wizard_page_is_named(qtbot, session) -> None:  # noqa: ANN001
    wizard = session.start()
    assert not unnamed_focusable(wizard.page(wizard.currentId()))
    assert wizard.button(QWizard.WizardButton.NextButton).text()


# Review 3 (each failed before its fix): every focusable widget of the new screens has an
# accessible name.
def test_filter_bar_tag_field_is_named(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.filter_button.setChecked(True)
    edit = window.filters.tag.lineEdit()
    assert accessible_name(edit).strip(), (
        "the editable tag filter's text field has no accessible name"
    )
    assert not unnamed_focusable(window.filters)
