"""The main window: logs, editor, search, backup, passphrase change."""

from __future__ import annotations

import errno
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDateTime, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTextEdit,
)

from fieldsafe.errors import StorageFailed, WrongPassphrase
from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import ChooseBackupFile, Confirm
from fieldsafe.ui.logs.model import PAGE_SIZE
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.search_results import HTML_ROLE
from fieldsafe.vault import Vault
from fieldsafe.vault.search import HIGHLIGHT_END, HIGHLIGHT_START
from tests.ui.conftest import START, find, wait_ops


def _new_log(qtbot, window: MainWindow, title: str, body: str) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), title)
    find("What happened", QTextEdit, within=window).setPlainText(body)


def test_only_existing_sections(window: MainWindow) -> None:
    sections = find("Sections", QListWidget, within=window)
    assert [sections.item(i).text() for i in range(sections.count())] == [
        "Outreach logs",
        "Today",
        "My journal",
        "Meeting plans",
        "Incidents",
        "Risk assessments",
    ]


def test_failed_save_keeps_the_text(
    qtbot, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _new_log(qtbot, window, "Kept title", "Kept body text")

    def disk_full(**_kwargs: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(vault.logs, "save", disk_full)
    qtbot.mouseClick(find("Save", QPushButton, within=window), Qt.MouseButton.LeftButton)
    assert window.editor.status.text() == describe(StorageFailed(errno.ENOSPC))
    assert find("Title", QLineEdit, within=window).text() == "Kept title"
    assert find("What happened", QTextEdit, within=window).toPlainText() == "Kept body text"
    assert window.editor.dirty
    # starting another log must not drop the unsaved one either
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert find("Title", QLineEdit, within=window).text() == "Kept title"
    monkeypatch.undo()
    qtbot.mouseClick(find("Save", QPushButton, within=window), Qt.MouseButton.LeftButton)
    assert window.log_model.rowCount() == 1
    assert window.editor.status.text() == "Saved."


def test_markdown_round_trip(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    find("Title", QLineEdit, within=window).setText("formatted")
    find("What happened", QTextEdit, within=window).setMarkdown(
        "Agreed:\n\n- call on Monday\n- **bring** leaflets"
    )
    window.editor.save()
    stored = vault.logs.get(window.editor.log_id)
    assert "- call on Monday" in stored.body and "**bring**" in stored.body


def test_switching_logs_saves_the_edit_in_progress(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.logs.save(occurred_at=START, title="older")
    window.log_model.reload()
    _new_log(qtbot, window, "draft", "not saved by hand")
    window.log_view.selectRow(window.log_model.row_of(vault.logs.page()[0].id))
    titles = sorted(s.title for s in vault.logs.page())
    assert titles == ["draft", "older"]


def test_log_list_fetches_pages_lazily(qtbot, session, vault: Vault) -> None:  # noqa: ANN001
    with vault.transaction():
        for i in range(2 * PAGE_SIZE + 50):
            vault.logs.save(occurred_at=START - timedelta(minutes=i), title=f"log {i}")
    window = session.open_main_window(vault)
    model = window.log_model
    assert find("Outreach logs", QTableView, within=window).model() is model
    assert model.rowCount() == PAGE_SIZE
    assert model.data(model.index(0, 1)) == "log 0"  # newest first
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE + 50
    assert not model.canFetchMore(QModelIndex())


def test_delete_asks_first(
    qtbot, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _new_log(qtbot, window, "to delete", "x")
    window.editor.save()
    answers: list[bool] = [False]
    monkeypatch.setattr(Confirm, "ask", classmethod(lambda cls, parent, **kw: answers[0]))
    delete = find("Delete", QPushButton, within=window)
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert vault.logs.count() == 1
    answers[0] = True
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert vault.logs.count() == 0
    assert window.log_model.rowCount() == 0
    assert find("Title", QLineEdit, within=window).text() == ""


def test_search_is_debounced_escaped_and_opens_the_log(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    log = vault.logs.save(occurred_at=START, title="<i>tag</i>", body="a <script> & kiwi fruit")
    vault.logs.save(occurred_at=START, title="other", body="apples")
    window.log_model.reload()
    search = find("Search", QLineEdit, within=window)
    qtbot.keyClicks(search, "kiwi")
    assert window.lists.currentIndex() == 0  # nothing yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1, timeout=5_000)
    html = window.results_model.data(window.results_model.index(0, 0), HTML_ROLE)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;i&gt;" in html
    assert "<b>kiwi</b>" in html
    plain = window.results_model.data(window.results_model.index(0, 0))
    assert "kiwi" in plain and "\ue000" not in plain
    find("Search results", within=window).setCurrentIndex(window.results_model.index(0, 0))
    assert window.editor.log_id == log.id
    search.setText("")
    qtbot.waitUntil(lambda: window.lists.currentIndex() == 0, timeout=5_000)


def test_backup_through_the_seam_leaves_no_qt_settings(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str
) -> None:  # noqa: ANN001
    target = tmp_path / "usb" / "backup.fieldsafe-backup"
    target.parent.mkdir()
    monkeypatch.setattr(ChooseBackupFile, "ask", classmethod(lambda cls, parent: target))
    window.backup_action.trigger()
    wait_ops(qtbot)
    assert target.exists() and target.stat().st_size > 0
    assert "Backup written" in window.statusBar().currentMessage()


def test_file_dialog_writes_no_qtproject_conf(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    config = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    conf = config / "QtProject.conf"
    before = conf.read_bytes() if conf.exists() else None
    dialog = QFileDialog(None, "x", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    dialog.close()
    del dialog
    import gc

    gc.collect()
    assert (conf.read_bytes() if conf.exists() else None) == before
    assert QSettings(QSettings.Scope.UserScope, "QtProject").fileName().startswith(os.devnull)


def test_change_passphrase(qtbot, window: MainWindow, vault_dir: Path, passphrase: str) -> None:  # noqa: ANN001
    """The default also re-encrypts the vault: the new recovery code is shown
    once, and only "I have written it down" closes the dialog."""
    dialog = window.change_passphrase()
    assert dialog is not None
    new = "seven quiet lanterns drift"
    assert find("Also re-encrypt the vault", QCheckBox, within=dialog).isChecked()
    find("Current passphrase", QLineEdit, within=dialog).setText("wrong one")
    find("New passphrase", QLineEdit, within=dialog).setText(new)
    find("Confirm new passphrase", QLineEdit, within=dialog).setText(new)
    button = find("Change passphrase", QPushButton, within=dialog)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert dialog.isVisible()
    assert dialog.status.text() == describe(WrongPassphrase())
    find("Current passphrase", QLineEdit, within=dialog).setText(passphrase)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    code_label = find("New recovery code", QLabel, within=dialog)
    qtbot.waitUntil(code_label.isVisible)
    code = code_label.text()
    assert len(code.split("-")) == 5
    assert "changed" in window.statusBar().currentMessage()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # shown once: Escape does not lose it
    assert dialog.isVisible()
    qtbot.mouseClick(
        find("I have written it down", QPushButton, within=dialog), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    Vault.open(vault_dir, new).lock()
    Vault.open(vault_dir, code).lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, passphrase)


def test_change_passphrase_without_rekey_keeps_the_recovery_code(
    qtbot, window: MainWindow, vault_dir: Path, passphrase: str
) -> None:  # noqa: ANN001
    dialog = window.change_passphrase()
    assert dialog is not None
    new = "seven quiet lanterns drift"
    box = find("Also re-encrypt the vault", QCheckBox, within=dialog)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # by keyboard
    assert not box.isChecked()
    find("Current passphrase", QLineEdit, within=dialog).setText(passphrase)
    find("New passphrase", QLineEdit, within=dialog).setText(new)
    find("Confirm new passphrase", QLineEdit, within=dialog).setText(new)
    qtbot.mouseClick(
        find("Change passphrase", QPushButton, within=dialog), Qt.MouseButton.LeftButton
    )
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    Vault.open(vault_dir, new).lock()


def test_search_results_page_as_the_list_scrolls(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    from fieldsafe.vault.store import SEARCH_LIMIT

    for i in range(SEARCH_LIMIT * 2 + 5):
        vault.logs.save(occurred_at=START, title=f"visit {i}", body="mango harvest")
    window.log_model.reload()
    find("Search", QLineEdit, within=window).setText("mango")
    model = window.results_model
    qtbot.waitUntil(lambda: model.rowCount() == SEARCH_LIMIT, timeout=5_000)
    assert "scroll" in window.info.text()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == SEARCH_LIMIT * 2 + 5
    assert len({model.hit_id(r) for r in range(model.rowCount())}) == model.rowCount()


def test_date_field_reads_in_order_right_to_left(qtbot, vault: Vault) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from fieldsafe.ui.common.localtime import format_typed_day
    from fieldsafe.ui.logs.editor import LogEditor

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        editor = LogEditor(vault)
        qtbot.addWidget(editor)
        editor.when.setDateTime(QDateTime.fromString("2026-11-23T20:43:00", Qt.DateFormat.ISODate))
        # The locale's own format (C here: "23 11 2026"), drawn in the
        # locale's direction, so it is never read backwards.
        assert editor.when.text() == f"{format_typed_day(date(2026, 11, 23))}  20:43"
        assert editor.when.day.edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_saving_an_older_log_keeps_it_selected(qtbot, session, vault: Vault) -> None:  # noqa: ANN001
    from datetime import timedelta

    from fieldsafe.ui.logs.model import PAGE_SIZE

    for i in range(PAGE_SIZE + 50):
        vault.logs.save(occurred_at=START - timedelta(hours=i), title=f"log {i}")
    window = session.open_main_window(vault)
    model = window.log_model
    while model.canFetchMore():
        model.fetchMore()
    row = PAGE_SIZE + 20
    window.log_view.setCurrentIndex(model.index(row, 0))
    log_id = model.log_id(row)
    window.editor.title.setText("older, edited")
    assert window.editor.save()
    assert model.log_id(window.log_view.currentIndex().row()) == log_id


# Found in review; failed before its fix.
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
