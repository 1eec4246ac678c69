"""The log editor beyond the happy path: bad attachments, originals that
cannot be deleted, drag and drop, an import that ends after a switch to another
log, privacy hints (also after emoji), follow-ups, paper notes, dates at the
edges of what the vault accepts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QMimeData, QPoint, Qt, QTime, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit, QPushButton, QTextEdit

from fieldsafe import media as intake
from fieldsafe.media import RemovalResult
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.images import jpeg_with_gps
from tests.ui.conftest import find, wait_ops


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(
        dialogs.DeleteOriginals,
        "ask",
        classmethod(lambda cls, parent, count: calls.append(count) or True),
    )
    return calls


def _attach(qtbot, window: MainWindow, path: Path) -> None:  # noqa: ANN001
    window.editor.title.setText("visit")
    window.editor.attach_files([path])
    wait_ops(qtbot)
    wait_ops(qtbot)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just some text\n", "JPEG and PNG photos and PDF files only"),
        (b"", "The file is empty"),
        (jpeg_with_gps()[:300], "damaged or incomplete"),
        (b"GIF89a" + b"\x00" * 100, "JPEG and PNG photos and PDF files only"),
    ],
)
def test_a_file_that_cannot_be_attached_is_explained_and_nothing_is_stored(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    asked: list[int],
    content: bytes,
    words: str,  # noqa: ANN001
) -> None:
    path = tmp_path / "notes.jpg"
    path.write_bytes(content)
    _attach(qtbot, window, path)
    assert words in window.editor.status.text()
    assert window._vault.attachments.count() == 0
    assert (
        asked == [] and path.exists()
    )  # nothing imported: the original is not offered for deletion


def test_a_file_over_the_limit_is_refused(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    asked: list[int],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(intake, "MAX_ATTACHMENT_BYTES", 1000)
    path = tmp_path / "big.jpg"
    path.write_bytes(jpeg_with_gps(400, 300))
    _attach(qtbot, window, path)
    assert "larger than 25 MB" in window.editor.status.text()
    assert window._vault.attachments.count() == 0 and path.exists()


def test_a_missing_file_is_refused(
    qtbot, window: MainWindow, tmp_path: Path, asked: list[int]
) -> None:  # noqa: ANN001
    _attach(qtbot, window, tmp_path / "gone.jpg")
    assert "cannot be read" in window.editor.status.text()
    assert window._vault.attachments.count() == 0


@pytest.mark.parametrize(
    ("result", "words"),
    [
        (RemovalResult.NOT_REMOVED, "could not be deleted"),
        (RemovalResult.GONE, "already gone"),
        (RemovalResult.REMOVED, "could only be deleted, not overwritten"),
    ],
)
def test_an_original_that_cannot_be_deleted_is_said_plainly(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    asked: list[int],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
    result: RemovalResult,
    words: str,
) -> None:
    monkeypatch.setattr(intake, "remove_original", lambda path: result)
    path = tmp_path / "p.jpg"
    path.write_bytes(jpeg_with_gps())
    _attach(qtbot, window, path)
    assert asked == [1]
    assert words in window.editor.status.text()
    assert window._vault.attachments.count() == 1  # the import itself stands


def test_keeping_the_original_leaves_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        dialogs.DeleteOriginals, "ask", classmethod(lambda cls, parent, count: False)
    )
    path = tmp_path / "p.jpg"
    path.write_bytes(jpeg_with_gps())
    _attach(qtbot, window, path)
    assert path.exists() and window._vault.attachments.count() == 1


def test_drag_and_drop_attaches(
    qtbot, window: MainWindow, tmp_path: Path, asked: list[int]
) -> None:  # noqa: ANN001
    path = tmp_path / "dropped.jpg"
    path.write_bytes(jpeg_with_gps())
    window.editor.title.setText("dropped notes")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.editor.dropEvent(event)
    wait_ops(qtbot)
    wait_ops(qtbot)
    assert find("Attachments", within=window).count() == 1 and not path.exists()


def test_removing_an_attachment(
    qtbot, window: MainWindow, tmp_path: Path, asked: list[int], monkeypatch
) -> None:  # noqa: ANN001
    path = tmp_path / "p.jpg"
    path.write_bytes(jpeg_with_gps())
    _attach(qtbot, window, path)
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, parent, **kw: True))
    qtbot.mouseClick(
        find("Remove attachment", QPushButton, within=window), Qt.MouseButton.LeftButton
    )
    assert (
        window._vault.attachments.count() == 0 and find("Attachments", within=window).count() == 0
    )


def test_a_phone_number_is_flagged_and_replaced_with_a_code(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    body = find("What happened", QTextEdit, within=window)
    body.setFocus()
    qtbot.keyClicks(body, "She gave me her number +40 712 345 678 and left.")
    qtbot.waitUntil(lambda: editor.hint_bar.isVisible(), timeout=3_000)
    assert "looks like a phone number" in editor.hint_text.text()
    assert editor.replace_hint("A12")
    assert body.toPlainText() == "She gave me her number A12 and left."
    assert editor.person_codes.values() == ["A12"]
    assert not editor.hint_bar.isVisible()


def test_a_name_from_the_code_book_is_flagged_with_its_code(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window._vault.codes.save("A12", watch_words=["Maria"])
    editor = window.editor
    editor.refresh_code_book()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), "Coffee with maria")
    qtbot.waitUntil(lambda: editor.hint_bar.isVisible(), timeout=3_000)
    button = find("Replace with a person code", QPushButton, within=window)
    assert button.text() == "Replace with \u2068A12\u2069"  # the code isolated (bidi)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert editor.title.text() == "Coffee with A12"


def test_keep_it_silences_that_text_for_this_log(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), "call the office on 020 7946 0958")
    qtbot.waitUntil(lambda: editor.hint_bar.isVisible(), timeout=3_000)
    qtbot.mouseClick(find("Keep this text", QPushButton, within=window), Qt.MouseButton.LeftButton)
    assert not editor.hint_bar.isVisible()
    editor.check_privacy()
    assert not editor.hint_bar.isVisible()


def test_follow_ups_and_paper_state_survive_save_and_reopen(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor.title.setText("visit")
    editor.follow_ups.add_row("call the clinic", "2026-03-05")
    editor.follow_ups.add_row("", None)  # an empty row is not stored
    editor.paper_notes.setChecked(True)
    assert "Not yet confirmed destroyed" in editor.paper_state.text()
    assert editor.save()
    log_id = editor.log_id
    window.new_log()
    window.open_log(log_id)
    assert editor.follow_ups.values() == [
        {"action": "call the clinic", "due": "2026-03-05", "done": False}
    ]
    assert editor.paper_notes.isChecked() and not editor.dirty
    # A saved log is read only until Edit (Alt+E).
    assert not find("Paper notes destroyed", QPushButton, within=window).isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not editor.read_only)  # a mnemonic clicks after a moment
    qtbot.mouseClick(
        find("Paper notes destroyed", QPushButton, within=window), Qt.MouseButton.LeftButton
    )
    assert "Destroyed, confirmed" in editor.paper_state.text() and editor.dirty
    assert editor.save()
    assert window._vault.logs.get(log_id).paper_destroyed_at is not None


# Found in review; failed before its fix.
def test_date_field_only_offers_times_the_vault_accepts(window: MainWindow) -> None:
    window.editor.when.setDateTime(QDateTime(QDate(1850, 1, 1), QTime(10, 0)))
    assert window.editor.when.dateTime().date().year() >= 1900
    window.editor.title.setText("typo in the year")
    assert window.editor.save()


# Review 3 (each failed before its fix): dates the vault accepts (1900..9998) but the editor's
# optional date widgets could not show were silently dropped on the next save.
def test_editing_a_log_keeps_a_follow_up_due_before_2000(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    stored = vault.logs.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        title="visit",
        follow_ups=[{"action": "call back", "due": "1999-12-31", "done": False}],
    )
    assert window.editor.open_log(stored.id)
    window.editor.title.setText("visit, edited")
    assert window.editor.save()
    again = vault.logs.get(stored.id)
    assert again.follow_ups[0].due == date(1999, 12, 31), "the due date was dropped by the editor"


def test_editing_a_log_keeps_a_review_date_of_2000_01_01(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    stored = vault.logs.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        title="visit",
        review_by="2000-01-01",
    )
    assert window.editor.open_log(stored.id)
    window.editor.title.setText("visit, edited")
    assert window.editor.save()
    assert vault.logs.get(stored.id).review_by == date(2000, 1, 1), "the review date was dropped"


# Review 3 (each failed before its fix): "Replace with a code" must replace exactly the flagged
# text, also when the text holds characters outside the Basic Multilingual Plane (emoji, some
# CJK): Python counts code points, Qt's cursors UTF-16 units.
def test_replacing_a_phone_number_after_an_emoji_in_the_body(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    editor.new_log()
    editor.body.setPlainText("She smiled 🙂🙂 and gave 0712 345 678 to call")
    hint = editor.check_privacy()
    assert hint is not None and hint.kind == "phone"
    assert editor.replace_hint("A12")
    assert editor.body.toPlainText() == "She smiled 🙂🙂 and gave A12 to call"


def test_replacing_a_phone_number_after_an_emoji_in_safety(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    editor.new_log()
    editor.safety.setPlainText("⚠️👀 a man wrote down 0712 345 678 twice")
    hint = editor.check_privacy()
    assert hint is not None and hint.kind == "phone"
    assert editor.replace_hint("B7")
    assert editor.safety.toPlainText() == "⚠️👀 a man wrote down B7 twice"


# Review 3 (each failed before its fix): files dropped on a log, then the person moves to another
# log before the import finishes. The files went to the right log (good), but the outcome was
# thrown away: no word that a file was refused, no offer to delete the originals, and the log's
# "paper notes" were not marked.
@pytest.fixture
def asked_keeping(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Like ``asked``, but the person keeps the originals."""
    calls: list[int] = []
    monkeypatch.setattr(
        dialogs.DeleteOriginals,
        "ask",
        classmethod(lambda cls, parent, count: calls.append(count) or False),
    )
    return calls


def test_the_outcome_of_an_import_is_reported_after_switching_logs(
    qtbot,
    window: MainWindow,
    vault: Vault,
    tmp_path: Path,
    asked_keeping: list[int],  # noqa: ANN001
) -> None:
    first = vault.logs.save(occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), title="first")
    second = vault.logs.save(occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC), title="second")
    good, bad = tmp_path / "page1.jpg", tmp_path / "page2.jpg"
    good.write_bytes(jpeg_with_gps())
    bad.write_bytes(jpeg_with_gps()[:300])  # truncated: refused
    assert window.open_log(first.id)
    window.editor.attach_files([good, bad])
    assert window.open_log(second.id)  # before the import has finished
    wait_ops(qtbot)
    wait_ops(qtbot)
    assert vault.attachments.count(first.id) == 1  # stored with the right log
    shown = window.editor.status.text() + " " + window.statusBar().currentMessage()
    assert "not added" in shown, (
        "the refused file is never reported: the person may delete the only copy"
    )
