"""A saved log opened from the list is read only until Edit (issue
"Interface", 1.4), driven by the keyboard: a stray key or Undo changes
nothing, the screen says so, Edit (Alt+E or Ctrl+E) puts the cursor in the
first field, and drafts, attachments and the privacy bar still behave."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTextEdit,
)

from fieldsafe.ui.common import dialogs
from fieldsafe.ui.logs.editor import DRAFT_SLOT
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.images import jpeg_with_gps
from tests.ui.conftest import START, find, wait_ops

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def _open_from_the_list(qtbot, window: MainWindow, vault: Vault, **fields) -> str:  # noqa: ANN001, ANN003
    """Save a log in the vault and open it from the list with the keyboard."""
    log_id = vault.logs.save(occurred_at=START, **fields).id
    window.log_model.reload()
    view = find("Outreach logs", within=window)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: window.editor.log_id == log_id)
    return log_id


def _type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, text)


def test_a_saved_log_is_read_only_until_edit(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    log_id = _open_from_the_list(qtbot, window, vault, title="visit", body="we talked")
    editor = window.editor
    assert editor.read_only
    assert editor.status.text() == "Saved. Press Edit to change it."
    edit = find("Edit", QPushButton, within=window)
    assert edit.isVisible() and not editor.save_button.isVisible()

    title = find("Title", QLineEdit, within=window)
    body = find("What happened", QTextEdit, within=window)
    _type_into(qtbot, title, "oops")
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    _type_into(qtbot, body, "stray keys")
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(body, Qt.Key.Key_B, CTRL)  # bold: no change either
    assert title.text() == "visit" and body.toPlainText() == "we talked"
    assert not editor.dirty
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)  # nothing to save: no new version
    assert vault.logs.versions(log_id) == []

    qtbot.keyClick(window, Qt.Key.Key_E, ALT)  # the Edit button's mnemonic
    qtbot.waitUntil(lambda: not editor.read_only)
    assert title.hasFocus(), "Edit did not put the cursor in the first field"
    assert editor.save_button.isVisible() and not edit.isVisible()
    assert editor.status.text() == ""
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, ", edited")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert vault.logs.get(log_id).title == "visit, edited"
    assert not editor.read_only, "a log just saved stays in the hands of who is writing"


def test_ctrl_e_edits_too(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    _open_from_the_list(qtbot, window, vault, title="visit")
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    assert not window.editor.read_only
    assert find("Title", QLineEdit, within=window).hasFocus()


def test_read_only_holds_boxes_choices_follow_ups_and_dates_but_tab_reaches_them(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _open_from_the_list(
        qtbot,
        window,
        vault,
        title="visit",
        setting="street",
        paper_notes=True,
        follow_ups=[{"action": "call back", "due": "2026-03-05", "done": False}],
        review_by="2026-09-01",
    )
    editor = window.editor
    setting = find("Setting", QComboBox, within=window)
    setting.setFocus()
    qtbot.keyClick(setting, Qt.Key.Key_Down)
    assert setting.currentData() == "street"
    for name in ("There are paper notes of this meeting", "Follow-up 1 done"):
        box = find(name, QCheckBox, within=window)
        box.setFocus()
        assert box.hasFocus(), f"{name} can no longer be reached"
        before = box.isChecked()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        assert box.isChecked() == before
    due = find("Follow-up 1 due date", QLineEdit, within=window)
    _type_into(qtbot, due, "9")
    action = find("Follow-up 1", QLineEdit, within=window)
    _type_into(qtbot, action, "x")
    review = find("Review by", QLineEdit, within=window)
    _type_into(qtbot, review, "1")
    when = find("When", QLineEdit, within=window)
    _type_into(qtbot, when, "1")
    assert editor.follow_ups.values() == [
        {"action": "call back", "due": "2026-03-05", "done": False}
    ]
    assert editor.review_by.value() == date(2026, 9, 1)
    assert not editor.dirty
    for name in (
        "Add a follow-up",
        "Remove follow-up 1",
        "Paper notes destroyed",
        "Attach",
        "Follow-up 1 due date: calendar and quick picks",
    ):
        assert not find(name, within=window).isEnabled(), f"{name} still changes the log"


def test_nothing_typed_read_only_is_kept_as_a_draft(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _open_from_the_list(qtbot, window, vault, title="visit")
    _type_into(qtbot, find("Title", QLineEdit, within=window), "stray")
    assert window.editor.save_draft()  # nothing to keep
    assert vault.drafts.latest(DRAFT_SLOT) is None
    window.editor.begin_edit()
    qtbot.keyClicks(find("Title", QLineEdit, within=window), " two")
    qtbot.waitUntil(lambda: vault.drafts.latest(DRAFT_SLOT) is not None, timeout=5_000)
    assert vault.drafts.latest(DRAFT_SLOT).fields["title"] == "visit two"  # type: ignore[union-attr]


def test_the_privacy_bar_still_offers_a_code_and_replacing_starts_editing(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    vault.codes.save("A12", watch_words=["Maria"])
    window.editor.refresh_code_book()
    wait_ops(qtbot)
    _open_from_the_list(qtbot, window, vault, title="coffee with Maria")
    editor = window.editor
    qtbot.waitUntil(editor.hint_bar.isVisible, timeout=3_000)
    button = find("Replace with a person code", QPushButton, within=window)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: editor.title.text() == "coffee with A12")
    assert not editor.read_only and editor.dirty


def test_attachments_can_be_viewed_read_only_and_attaching_starts_editing(
    qtbot, window: MainWindow, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        dialogs.DeleteOriginals, "ask", classmethod(lambda cls, parent, count: False)
    )
    log_id = _open_from_the_list(qtbot, window, vault, title="visit")
    editor = window.editor
    photo = tmp_path / "page.jpg"
    photo.write_bytes(jpeg_with_gps())
    editor.attach_files([photo])  # as a drop on the editor does
    wait_ops(qtbot)
    wait_ops(qtbot)
    assert vault.attachments.count(log_id) == 1
    assert not editor.read_only and editor.paper_notes.isChecked()
    assert editor.save()
    window.new_log()
    window.open_log(log_id)
    assert editor.read_only
    view = find("View attachment", QPushButton, within=window)
    assert view.isEnabled() and not find("Remove attachment", within=window).isEnabled()
    find("Attachments", within=window).setCurrentRow(0)
    assert editor.view_attachment() is not None
