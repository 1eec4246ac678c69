"""The Today view, the list filters, the code book dialog, and locking with
all of them open (SECURITY.md 8: no record text left in any widget)."""

from __future__ import annotations

import secrets
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from fieldsafe.media import prepare_attachment
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.images import jpeg_with_gps
from tests.ui.conftest import START, assert_nowhere, find, flush_deletes, wait_ops


def _logs(vault: Vault) -> dict[str, str]:
    ids = {}
    ids["due"] = vault.logs.save(
        occurred_at=START, title="due soon", follow_ups=[{"action": "call", "due": "2026-03-03"}]
    ).id
    ids["paper"] = vault.logs.save(
        occurred_at=START - timedelta(days=1),
        title="paper",
        paper_notes=True,
        setting="street",
        tags=["housing"],
    ).id
    ids["review"] = vault.logs.save(
        occurred_at=START - timedelta(days=2),
        title="old",
        review_by="2026-03-01",
        setting="online",
        person_codes=["B7"],
    ).id
    ids["calm"] = vault.logs.save(occurred_at=START - timedelta(days=3), title="nothing to do").id
    return ids


def test_today_lists_what_needs_attention_and_opens_it(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    ids = _logs(vault)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    today = window.today_view
    assert today.isVisible()
    assert sorted(today.log_ids()) == sorted([ids["due"], ids["paper"], ids["review"]])
    tree = find("Today", within=window)
    group = tree.topLevelItem(0)
    assert group.text(0).startswith("Follow-ups due")
    tree.itemActivated.emit(group.child(0), 0)
    assert window.editor.log_id == ids["due"]


def test_today_says_when_nothing_needs_attention(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.logs.save(occurred_at=START, title="calm")
    window.show_today()
    assert window.today_view.log_ids() == []
    assert "Nothing needs attention today" in window.today_view.summary.text()


def test_filters_narrow_the_list(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    ids = _logs(vault)
    window.log_model.reload()
    qtbot.mouseClick(find("Filters", QPushButton, within=window), Qt.MouseButton.LeftButton)
    setting = find("Filter by setting", QComboBox, within=window)
    setting.setCurrentIndex(setting.findData("online"))
    assert [window.log_model.log_id(r) for r in range(window.log_model.rowCount())] == [
        ids["review"]
    ]
    find("Clear filters", QPushButton, within=window).click()
    assert window.log_model.rowCount() == 4
    tag = find("Filter by tag", QComboBox, within=window)
    assert tag.findText("housing") >= 0  # tags in use are offered
    tag.setCurrentText("housing")
    assert [window.log_model.log_id(r) for r in range(window.log_model.rowCount())] == [
        ids["paper"]
    ]
    find("Clear filters", QPushButton, within=window).click()
    find("Only logs with a follow-up due", within=window).setChecked(True)
    assert [window.log_model.log_id(r) for r in range(window.log_model.rowCount())] == [ids["due"]]
    find("Filter by person code", QLineEdit, within=window).setText("nobody")
    find("Filter by person code", QLineEdit, within=window).editingFinished.emit()
    assert window.log_model.rowCount() == 0
    assert window.info.text() == "No logs match these filters."
    qtbot.mouseClick(
        find("Filters", QPushButton, within=window), Qt.MouseButton.LeftButton
    )  # hiding clears
    assert window.log_model.rowCount() == 4


def test_code_book_dialog_adds_edits_and_refuses_duplicates(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    dialog = window.show_code_book()
    find("Code", QLineEdit, within=dialog).setText("A12")
    find("Words to watch for", QLineEdit, within=dialog).setText("Maria, Mari")
    find("Private note", QPlainTextEdit, within=dialog).setPlainText("met at the station")
    qtbot.mouseClick(find("Save code", QPushButton, within=dialog), Qt.MouseButton.LeftButton)
    assert [(p.code, p.watch_words) for p in vault.codes.entries()] == [("A12", ("Maria", "Mari"))]
    qtbot.mouseClick(find("New code", QPushButton, within=dialog), Qt.MouseButton.LeftButton)
    find("Code", QLineEdit, within=dialog).setText("a12")
    qtbot.mouseClick(find("Save code", QPushButton, within=dialog), Qt.MouseButton.LeftButton)
    assert "already in the code book" in dialog.status.text()
    assert len(vault.codes.entries()) == 1
    wait_ops(qtbot)
    assert window.editor._watch_words == {
        "A12": ["Maria", "Mari"]
    }  # the editor learned the new words
    assert dialog.windowTitle() == "Code book"


def test_lock_with_everything_open_leaves_no_text(
    qtbot, session, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    canary = "canary" + secrets.token_hex(6)
    vault.codes.save("K1", watch_words=[canary + "w"], note=canary + "note")
    log = vault.logs.save(
        occurred_at=START,
        title=canary + "title",
        body=canary,
        needs=canary + "needs",
        follow_ups=[{"action": canary + "act", "due": "2026-03-01"}],
        tags=[canary + "tag"],
        person_codes=["K1"],
        paper_notes=True,
    )
    vault.logs.save(occurred_at=START, title=canary + "v2", log_id=log.id, body=canary)
    vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name=canary + ".jpg"))
    window.log_model.reload()
    window.open_log(log.id)
    window.editor.body.setPlainText(canary + " call 0712 345 678")
    window.editor.check_privacy()
    wait_ops(qtbot)
    window.filter_button.setChecked(True)
    window.filters.code.setText(canary)
    window.show_today()
    window.show_code_book()
    window.editor.view_attachment()
    window.show_history()
    wait_ops(qtbot)
    session.lock()
    wait_ops(qtbot)
    flush_deletes()
    assert_nowhere(canary)
