"""docs/security.md, bar 2 and 11 through the GUI: after writing, searching, backing up
and locking, no record text is in any file FieldSafe or Qt could have
written (vault, settings, logs, Qt's config, recent-files list, caches, temp)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTextEdit

from fieldsafe import eventlog, paths
from fieldsafe.ui.common.dialogs import ChooseBackupFile
from fieldsafe.ui.shell.main_window import MainWindow
from tests.leaks import files_containing
from tests.ui.conftest import find, wait_ops


def test_gui_session_leaves_no_record_text_on_disk(
    qtbot,
    session,
    window: MainWindow,
    fieldsafe_home: Path,
    tmp_path: Path,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eventlog.configure(paths.log_file())
    canary = "canary" + secrets.token_hex(8)
    title, body = f"Meeting {canary}", f"Met P-12. Notes {canary} عربي"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), title)
    find("What happened", QTextEdit, within=window).setPlainText(body)
    qtbot.mouseClick(find("Save", QPushButton, within=window), Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    search = find("Search", QLineEdit, within=window)
    search.setText(canary)
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 1, timeout=5_000)
    backup = tmp_path / "usb" / "b.fieldsafe-backup"
    backup.parent.mkdir()
    monkeypatch.setattr(ChooseBackupFile, "ask", classmethod(lambda cls, parent: backup))
    window.backup_action.trigger()
    wait_ops(qtbot)
    assert backup.exists()
    # attachments, their view and the history dialog leave nothing behind either
    from tests.security.test_log_details_at_rest import pdf_with_text

    original = tmp_path / "camera" / "notes.pdf"
    original.parent.mkdir()
    original.write_bytes(pdf_with_text(canary))
    from fieldsafe.ui.common import dialogs

    monkeypatch.setattr(
        dialogs.DeleteOriginals, "ask", classmethod(lambda cls, parent, count: True)
    )
    window.editor.attach_files([original])
    wait_ops(qtbot)
    wait_ops(qtbot)
    assert not original.exists()
    view = window.editor.view_attachment()
    wait_ops(qtbot)
    view.close()
    window.editor.title.setText(title + " edited")
    window.editor.save()
    history = window.show_history()
    history.close()
    # an edit in progress at lock time is saved into the vault, not elsewhere
    find("What happened", QTextEdit, within=window).setPlainText(body + " unsaved " + canary)
    session.lock()
    wait_ops(qtbot)

    assert files_containing(canary, [fieldsafe_home, tmp_path]) == []
    config = Path(os.environ["XDG_CONFIG_HOME"])
    data = Path(os.environ["XDG_DATA_HOME"])
    assert not (config / "QtProject.conf").exists()
    assert not (data / "recently-used.xbel").exists()
    assert paths.log_file().exists() and paths.log_file().stat().st_size > 0
    assert (
        paths.settings_file().exists() is False or canary not in paths.settings_file().read_text()
    )
