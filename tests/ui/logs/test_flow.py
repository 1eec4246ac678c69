"""Issue 3's whole flow, as a person does it minutes after a meeting:
Ctrl+N → fill the form → attach a photo whose EXIF carries GPS → delete the
original → confirm the paper destroyed → save → lock → unlock → find the log
by a word from its body and by person code → the stored image has no GPS."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
)

from fieldsafe.core.clock import FakeClock
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.shell.session import Session
from fieldsafe.vault import Vault
from tests.images import has_gps, jpeg_with_gps
from tests.ui.conftest import activate, find, wait_ops

PHRASE = "purple otter climbs slowly"


def test_log_a_meeting_with_paper_notes(
    qtbot, vault_dir: Path, clock: FakeClock, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    Vault.create(vault_dir, PHRASE)[0].lock()
    session = Session(vault_dir, clock=clock)
    try:
        _flow(qtbot, session, clock, tmp_path, monkeypatch)
    finally:
        session.shutdown()


def _flow(qtbot, session: Session, clock: FakeClock, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    lock = session.start()
    qtbot.keyClicks(find("Passphrase", QLineEdit, within=lock), PHRASE)
    qtbot.keyClick(find("Passphrase", QLineEdit, within=lock), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
    window = session.main_window
    activate(qtbot, window)

    # Ctrl+N from anywhere: an empty form, the title focused.
    find("Search", QLineEdit, within=window).setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    title = find("Title", QLineEdit, within=window)
    assert title.hasFocus() and title.text() == ""
    qtbot.keyClicks(title, "Bar visit with A12")
    find("How long (minutes)", QSpinBox, within=window).setValue(40)
    setting = find("Setting", QComboBox, within=window)
    setting.setCurrentIndex(setting.findData("bar_or_club"))
    qtbot.keyClicks(find("Area", QLineEdit, within=window), "north district")
    qtbot.keyClicks(find("Who went", QLineEdit, within=window), "me, colleague K")
    qtbot.keyClicks(find("Person codes", QLineEdit, within=window), "A12")
    body = find("What happened", QTextEdit, within=window)
    body.setFocus()
    qtbot.keyClicks(body, "She asked about the clinic near the harbour.")
    qtbot.keyClicks(find("Needs expressed", QPlainTextEdit, within=window), "a doctor")
    qtbot.keyClicks(
        find("Safety observations", QPlainTextEdit, within=window), "a man watched from the bar"
    )
    qtbot.mouseClick(find("Add a follow-up", QPushButton, within=window), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(find("Follow-up 1", QLineEdit, within=window), "bring the clinic leaflet")
    find("Follow-up 1 due date", QLineEdit, within=window).setText("2026-03-06")
    qtbot.keyClicks(find("Tags", QLineEdit, within=window), "health")

    # Attach a photo of the paper notes; its EXIF carries GPS.
    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(jpeg_with_gps(640, 480))
    monkeypatch.setattr(dialogs.ChooseAttachments, "ask", classmethod(lambda cls, parent: [photo]))
    asked = []
    monkeypatch.setattr(
        dialogs.DeleteOriginals,
        "ask",
        classmethod(lambda cls, parent, count: asked.append(count) or True),
    )
    assert find(
        "Remove location and camera details from photos", QCheckBox, within=window
    ).isChecked()
    qtbot.mouseClick(find("Attach", QPushButton, within=window), Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    attachments = find("Attachments", within=window)
    assert attachments.count() == 1
    assert asked == [1]
    wait_ops(qtbot)
    assert not photo.exists()  # the original is deleted
    paper = find("There are paper notes of this meeting", QCheckBox, within=window)
    assert paper.isChecked()  # importing paper notes marks them as to be destroyed
    log_id = window.editor.log_id
    assert log_id is not None  # attaching saved the new log first

    # The Today view lists the paper until it is confirmed destroyed.
    window.editor.save()
    window.show_today()
    assert log_id in window.today_view.log_ids()
    qtbot.mouseClick(
        find("Paper notes destroyed", QPushButton, within=window), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(find("Save", QPushButton, within=window), Qt.MouseButton.LeftButton)
    assert window.editor.status.text() == "Saved."
    window.show_today()
    assert log_id not in window.today_view.log_ids()
    vault = window._vault
    assert vault.logs.get(log_id).paper_destroyed_at == clock.now()
    assert [s.id for s in vault.logs.today(date(2026, 3, 4)).paper] == []

    # Lock, unlock.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.is_locked and session.main_window is None
    lock = session.lock_screen
    qtbot.keyClicks(find("Passphrase", QLineEdit, within=lock), PHRASE)
    qtbot.keyClick(find("Passphrase", QLineEdit, within=lock), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
    window = session.main_window
    activate(qtbot, window)

    # Found by a word from the body, and by the person code.
    search = find("Search", QLineEdit, within=window)
    for query in ("harbour", "A12"):
        search.setText("")
        qtbot.keyClicks(search, query)
        qtbot.waitUntil(lambda: window.results_model.rowCount() == 1, timeout=5_000)
        assert window.results_model.hit_id(0) == log_id
    search.setText("")
    qtbot.mouseClick(find("Filters", QPushButton, within=window), Qt.MouseButton.LeftButton)
    code_filter = find("Filter by person code", QLineEdit, within=window)
    qtbot.keyClicks(code_filter, "a12")
    qtbot.keyClick(code_filter, Qt.Key.Key_Return)
    assert window.log_model.rowCount() == 1 and window.log_model.log_id(0) == log_id

    window.open_log(log_id)
    editor = window.editor
    assert editor.follow_ups.values() == [
        {"action": "bring the clinic leaflet", "due": "2026-03-06", "done": False}
    ]
    assert find("Attachments", within=window).count() == 1
    vault = window._vault
    (info,) = vault.attachments.of(log_id)
    stored = vault.attachments.data(info.id)
    assert info.metadata_removed and not has_gps(stored)
