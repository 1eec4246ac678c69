"""An unlocked FieldSafe left alone wakes only for its idle lock's look at the
clock (every 5 s): no application-wide Python event filter, no timer
repeating faster than that, and the check-in watch waits for the next
check-in instead of polling. The idle lock still fires on time and still
sees input through every window; a check-in still comes up on time, also
after the computer slept. All with the injected clock, no sleeping."""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from fieldsafe.core.checkins import NO_CHECK_IN
from fieldsafe.core.clock import FakeClock, to_iso
from fieldsafe.ui.checkins.watch import INTERVAL_MS
from fieldsafe.ui.shell.idle import CHECK_EVERY_MS
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, wait_ops

CHECK_IN = START + timedelta(hours=2)


def _python_calls_from_qt(send: Any) -> list[str]:
    """The Python functions Qt called while ``send()`` ran."""
    calls: list[str] = []

    def profile(frame: Any, event: str, _arg: object) -> None:
        if event == "call" and frame.f_back is not None and frame.f_back.f_code is send.__code__:
            calls.append(frame.f_code.co_qualname)

    sys.setprofile(profile)
    try:
        send()
    finally:
        sys.setprofile(None)
    return calls


def _repeating_timers(session: QObject, window: MainWindow) -> list[QTimer]:
    roots = [QApplication.instance(), session, window, *QApplication.topLevelWidgets()]
    found = {t for root in roots for t in root.findChildren(QTimer)}
    return [t for t in found if t.isActive() and not t.isSingleShot()]


def _plan(vault: Vault, **fields: Any) -> str:
    plan_id, _ = vault.plans.save(
        {
            "title": "Café by the station",
            "starts_at": to_iso(START),
            "check_in_at": to_iso(CHECK_IN),
            "colleague": "Bea",
            "scenarios": [{"prompt": NO_CHECK_IN, "answer": "Call Bea"}],
            **fields,
        }
    )
    return plan_id


def test_no_application_wide_python_event_filter_while_unlocked(
    qtbot, session, window: MainWindow
) -> None:  # noqa: ANN001
    plain = QObject()  # a C++ object: only an application-wide filter runs Python for it
    editor = window.editor
    event = QEvent(QEvent.Type.User)
    assert session.idle.running

    def send() -> None:
        for _ in range(50):
            QCoreApplication.sendEvent(plain, event)
            QCoreApplication.sendEvent(editor, event)

    assert _python_calls_from_qt(send) == []  # was IdleLock.eventFilter, 100 times


def test_no_timer_repeats_faster_than_the_idle_look_while_unlocked_and_idle(
    qtbot, session, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    _plan(vault)
    window.show_plans()  # a section with a plan in view, then back to the logs
    window.panel.show_list()
    wait_ops(qtbot)
    repeating = _repeating_timers(session, window)
    assert [t.interval() for t in repeating if t.interval() < 5000] == []
    assert repeating == [session.idle._timer]  # the only one; the check-in watch waits
    assert session.idle._timer.interval() == CHECK_EVERY_MS == 5000
    watch = window.safety.watch.timer
    assert watch.isActive() and watch.isSingleShot()


def test_the_idle_lock_fires_on_time_from_its_own_timer(
    qtbot, session, window: MainWindow, clock: FakeClock
) -> None:  # noqa: ANN001
    looked: list[bool] = []
    session.idle.looked.connect(lambda: looked.append(True))
    clock.advance(5 * 60 - 1)
    session.idle._timer.timeout.emit()  # the 5 s look
    assert looked == [True] and not session.is_locked
    clock.advance(1)
    session.idle._timer.timeout.emit()
    assert session.is_locked and session.lock_screen.isVisible()
    assert looked == [True]  # the look that locked is not passed on
    assert not session.idle.running


def test_input_through_a_window_opened_later_is_activity(
    qtbot, session, window: MainWindow, clock: FakeClock
) -> None:  # noqa: ANN001
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    field.setAccessibleName("Something to type")
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    session.idle._timer.timeout.emit()  # watched from its focus, or this look at the latest
    field.setFocus()
    clock.advance(4 * 60)
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A)  # as the window system delivers it
    assert field.text() == "a"
    clock.advance(4 * 60)
    session.idle._timer.timeout.emit()
    assert not session.is_locked  # 4 minutes since the key, not 8
    clock.advance(61)
    session.idle._timer.timeout.emit()
    assert session.is_locked


def test_mouse_movement_is_activity(qtbot, session, window: MainWindow, clock: FakeClock) -> None:  # noqa: ANN001
    clock.advance(4 * 60)
    qtbot.mouseMove(window.windowHandle(), window.rect().center())
    clock.advance(4 * 60)
    session.idle._timer.timeout.emit()
    assert not session.is_locked


def test_the_check_in_watch_waits_for_the_next_check_in(
    qtbot, session, window: MainWindow, vault: Vault, clock: FakeClock
) -> None:  # noqa: ANN001
    session.idle.stop()  # the clock jumps: no idle lock meanwhile
    watch = window.safety.watch
    check_in = clock.now() + timedelta(minutes=3)
    with qtbot.waitSignal(watch.checked, timeout=10_000):
        _plan(vault, check_in_at=to_iso(check_in), check_in_grace_minutes=0)
        window.show_plans()  # saved or received here: the plans list reloads, the watch looks
    due = (check_in - clock.now()) / timedelta(milliseconds=1)
    assert watch.timer.isSingleShot() and watch.timer.isActive()
    assert due - 1000 < watch.timer.remainingTime() <= due  # set for the moment it passes
    clock._now = check_in
    with qtbot.waitSignal(watch.checked, timeout=10_000):
        watch.timer.timeout.emit()  # that moment
    assert window.safety.notice.isVisible()
    # Overdue now: the next change is when it stops being brought up, two
    # days on; the watch looks again within INTERVAL_MS all the same (a plan
    # another program wrote), and not sooner.
    assert INTERVAL_MS - 1000 < watch.timer.remainingTime() <= INTERVAL_MS


def test_a_check_in_passed_while_the_computer_slept_comes_up_at_the_next_look(
    qtbot, session, window: MainWindow, vault: Vault, clock: FakeClock
) -> None:  # noqa: ANN001
    watch = window.safety.watch
    with qtbot.waitSignal(watch.checked, timeout=10_000):
        _plan(vault)
        window.show_plans()
    session.idle.set_minutes(24 * 60)  # so the idle lock does not lock first
    # The computer slept through the check-in: the watch's timer counted no
    # time meanwhile, the wall clock did. The idle lock's next look catches it.
    clock._now = CHECK_IN + timedelta(hours=1)
    with qtbot.waitSignal(watch.checked, timeout=10_000):
        session.idle._timer.timeout.emit()
    assert window.safety.notice.isVisible()
    assert not session.is_locked
    with qtbot.assertNotEmitted(watch.checked, wait=100):
        session.idle._timer.timeout.emit()  # nothing due: no look, no worker
