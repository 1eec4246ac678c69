"""The note being written when the window locks and it can be neither saved
nor kept as a draft (docs/security.md, bar 21): the window asks before
locking, each answer does what it says, the panic key and a shutdown still
lock at once, and a vault another connection holds answers within about a
second, not after SQLite's 10 s busy timeout."""

from __future__ import annotations

import errno
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import StorageFailed
from fieldsafe.ui.common.dialogs import LockAnswer, UnsavedAtLock
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, assert_nowhere

CANARY = "kept-canary-0d41"


def _nothing_fits(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    """Neither the log nor its draft can be written (a full disk, no reserve)."""

    def full(*args: object, **kwargs: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    assert window.vault is not None
    monkeypatch.setattr(window.vault.logs, "save", full)
    monkeypatch.setattr(window.vault.drafts, "save", full)


def _write(window: MainWindow) -> None:
    window.new_log()
    window.editor.title.setText("after the meeting")
    window.editor.body.setPlainText(f"She said the van comes on Tuesdays. {CANARY}")


def _answer(
    monkeypatch: pytest.MonkeyPatch, answer: LockAnswer, then: Callable[[], None] | None = None
) -> list[bool]:
    """Replace the question; returns the list of ``idle`` flags it was asked with."""
    asked: list[bool] = []

    def ask(cls, parent, *, idle=False, panic=None):  # noqa: ANN001, ANN202
        asked.append(idle)
        if then is not None:
            then()
        return answer

    monkeypatch.setattr(UnsavedAtLock, "ask", classmethod(ask))
    return asked


def _never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def ask(cls, parent, *, idle=False, panic=None):  # noqa: ANN001, ANN202
        raise AssertionError("asked where nobody may answer")

    monkeypatch.setattr(UnsavedAtLock, "ask", classmethod(ask))


def _ctrl_l(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_keep_the_window_open_keeps_it_unlocked_with_the_text(
    qtbot, session, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    asked = _answer(monkeypatch, LockAnswer.KEEP_OPEN)
    _ctrl_l(qtbot, window)
    assert asked == [False]
    assert not session.is_locked and session.main_window is window
    assert window.isVisible() and CANARY in window.editor.body.toPlainText()
    assert session.idle.running  # the idle lock still watches


def test_copy_puts_the_text_on_the_concealed_clipboard_and_stays_open(
    qtbot, session, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    _answer(monkeypatch, LockAnswer.COPY)
    _ctrl_l(qtbot, window)
    assert not session.is_locked and window.isVisible()
    clipboard = QGuiApplication.clipboard()
    assert CANARY in clipboard.text() and "after the meeting" in clipboard.text()
    data = clipboard.mimeData()
    assert data is not None and bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    assert session.clipboard._timer.isActive()  # cleared after its timeout

    _answer(monkeypatch, LockAnswer.LOCK_ANYWAY)
    _ctrl_l(qtbot, window)
    assert session.is_locked
    assert CANARY not in QGuiApplication.clipboard().text()  # and on lock


def test_lock_anyway_locks_says_so_and_leaves_no_text(
    qtbot, session, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    asked = _answer(monkeypatch, LockAnswer.LOCK_ANYWAY)
    _ctrl_l(qtbot, window)
    assert asked == [False]
    assert session.is_locked and vault.is_locked
    assert session.lock_screen is not None
    assert "not kept" in session.lock_screen.message.text()
    assert_nowhere(CANARY)


def test_a_saved_edit_locks_without_asking(
    qtbot, session, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _never_asked(monkeypatch)
    _ctrl_l(qtbot, window)
    assert session.is_locked


def test_panic_locks_at_once_without_asking(
    qtbot, session, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    _never_asked(monkeypatch)
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert vault.is_locked and session.is_locked
    assert_nowhere(CANARY)


def test_panic_while_the_question_is_open_still_locks(
    qtbot, session, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    _answer(monkeypatch, LockAnswer.KEEP_OPEN, then=session.panic)
    _ctrl_l(qtbot, window)
    assert vault.is_locked and session.is_locked
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]
    assert shown == []
    assert_nowhere(CANARY)


def test_idle_lock_covers_the_records_while_it_asks(
    qtbot, session, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    seen: list[bool] = []
    asked = _answer(monkeypatch, LockAnswer.KEEP_OPEN, then=lambda: seen.append(window.isVisible()))
    clock.advance(5 * 60 + 1)
    session.idle.check()
    assert asked == [True] and seen == [False]  # nothing of the records on screen meanwhile
    assert not session.is_locked and window.isVisible()
    assert CANARY in window.editor.body.toPlainText()


def test_idle_lock_locks_anyway_when_nobody_answers(
    qtbot, session, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)

    def nobody_answers() -> None:
        clock.advance(5 * 60 + 1)
        session.idle.check()  # the question closes (its escape answer comes back)

    asked = _answer(monkeypatch, LockAnswer.KEEP_OPEN, then=nobody_answers)
    clock.advance(5 * 60 + 1)
    session.idle.check()
    assert asked == [True]
    assert session.is_locked
    assert session.lock_screen is not None
    assert "not kept" in session.lock_screen.message.text()
    assert_nowhere(CANARY)


def test_shutdown_locks_without_asking_and_claims_nothing(
    qtbot, session, window: MainWindow, vault: Vault, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:  # noqa: ANN001
    _write(window)
    _nothing_fits(monkeypatch, window)
    _never_asked(monkeypatch)
    with caplog.at_level("INFO"):
        session.shutdown()  # SIGTERM quits the application, which shuts the session down
    assert vault.is_locked
    events = [r.getMessage() for r in caplog.records]
    assert "lock_discarded_edit" in events


def test_a_busy_vault_answers_within_two_seconds(
    qtbot, session, window: MainWindow, vault_dir: Path, passphrase: str, monkeypatch
) -> None:  # noqa: ANN001
    _write(window)
    asked_at: list[float] = []
    asked = _answer(
        monkeypatch, LockAnswer.LOCK_ANYWAY, then=lambda: asked_at.append(time.monotonic())
    )
    other = Vault.open(vault_dir, passphrase)  # another program writing at length
    try:
        with other.transaction() as db:
            db.execute("INSERT INTO meta VALUES ('busy', 'yes')")
            started = time.monotonic()
            _ctrl_l(qtbot, window)
            took = time.monotonic() - started
    finally:
        other.lock()
    assert asked == [False]  # neither the log nor its draft could be written: asked
    assert session.is_locked
    assert asked_at[0] - started < 2.0, f"asked after {asked_at[0] - started:.1f} s"
    assert took < 3.0, f"the window hung for {took:.1f} s"
