"""Regression tests for GUI defects found in review (each failed before its fix)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from fieldsafe.core.clock import FakeClock
from fieldsafe.ui.shell import lock as lock_module
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.search_results import HTML_ROLE
from fieldsafe.ui.shell.session import Session
from fieldsafe.vault import Vault, vault_exists
from fieldsafe.vault.search import HIGHLIGHT_END, HIGHLIGHT_START
from tests.ui.conftest import START, find, wait_ops

PHRASE = "purple otter climbs slowly"


@pytest.mark.parametrize(
    "typed", ["Met <A12> at <b>station</b> gate", "note <!-- keep --> end", "path C:\\temp\\new"]
)
def test_typed_text_survives_save_and_reopen(
    qtbot, window: MainWindow, vault: Vault, typed: str
) -> None:  # noqa: ANN001
    window.editor.title.setText("round trip")
    window.editor.body.setPlainText(typed)
    assert window.editor.save()
    log_id = window.editor.log_id
    window.editor.new_log()
    window.open_log(log_id)
    assert window.editor.body.toPlainText() == typed


def test_date_field_only_offers_times_the_vault_accepts(window: MainWindow) -> None:
    window.editor.when.setDateTime(QDateTime(QDate(1850, 1, 1), QTime(10, 0)))
    assert window.editor.when.dateTime().date().year() >= 1900
    window.editor.title.setText("typo in the year")
    assert window.editor.save()


def test_an_edit_that_cannot_be_saved_at_lock_is_reported(
    qtbot,
    session,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    import errno

    from fieldsafe.errors import StorageFailed

    window.editor.title.setText("unsaved")

    def full(*args: object, **kwargs: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(window._vault.logs, "save", full)
    monkeypatch.setattr(window._vault.drafts, "save", full)  # not even a draft fits
    session.lock()
    assert session.lock_screen is not None
    assert "could not be saved" in session.lock_screen.message.text()
    assert "unsaved" not in session.lock_screen.message.text()


def test_wizard_cannot_be_cancelled_while_the_vault_is_created(
    qtbot,
    vault_dir: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    made: list[Vault] = []
    real_create = Vault.create.__func__  # type: ignore[attr-defined]
    release = threading.Event()  # the vault is created only once the test says so

    def slow_create(cls, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        release.wait(10)
        result = real_create(cls, *args, **kwargs)
        made.append(result[0])
        return result

    monkeypatch.setattr(Vault, "create", classmethod(slow_create))
    session = Session(vault_dir, clock=clock)
    wizard = session.start()
    wizard.next()
    qtbot.keyClicks(find("Passphrase", QLineEdit, within=wizard), PHRASE)
    qtbot.keyClicks(find("Confirm passphrase", QLineEdit, within=wizard), PHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # while the vault is being created
    release.set()
    wait_ops(qtbot)
    assert wizard.isVisible() and vault_exists(vault_dir)
    assert wizard.currentId() != -1 and wizard.recovery_page.code_label.text()
    session.shutdown()
    assert made and all(v.is_locked for v in made)


def test_vault_opened_after_its_window_is_gone_is_locked(
    qtbot,
    session,
    vault: Vault,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    vault.lock()
    opened: list[Vault] = []
    real = lock_module._open_vault
    release = threading.Event()  # the vault opens only once the test says so

    def slow(*args):  # noqa: ANN002, ANN202
        release.wait(10)
        result = real(*args)
        opened.append(result)
        return result

    monkeypatch.setattr(lock_module, "_open_vault", slow)
    screen = session.start()
    find("Passphrase", QLineEdit, within=screen).setText(passphrase)
    qtbot.keyClick(find("Passphrase", QLineEdit, within=screen), Qt.Key.Key_Return)
    session.shutdown()  # the app quits while the key is derived
    release.set()
    wait_ops(qtbot)
    assert opened and all(v.is_locked for v in opened)


def test_search_results_cannot_fake_highlights_or_leak_direction(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    vault.logs.save(
        occurred_at=START,
        title="\u202eevil\u202d",
        body=f"x {HIGHLIGHT_END} papaya {HIGHLIGHT_START} y",
    )
    window.log_model.reload()
    find("Search", QLineEdit, within=window).setText("papaya")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1, timeout=5_000)
    html = window.results_model.data(window.results_model.index(0, 0), HTML_ROLE)
    assert html.count("<b>") == html.count("</b>") == 1
    assert "\u2068" in html and "\u2069" in html
    QApplication.processEvents()
