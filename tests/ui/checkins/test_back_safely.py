"""'I'm back safely', told to the colleague, by keyboard: once marked, the
notice offers "Tell <the name this vault stores>…", which saves the plan,
now carrying checked_in_at, as a bundle for that verified colleague; when
the colleague receives it, the update changes only that field and their own
check-in notice goes away. No offer when the plan names no verified
colleague: the notice goes as before."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from fieldsafe.core.clock import FakeClock, from_iso
from fieldsafe.ui.checkins.notice import CheckInNotice
from fieldsafe.ui.checkins.watch import CheckInWatch
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.plans import sharing
from fieldsafe.vault import Vault
from tests.ui.checkins.test_checkins import CHECK_IN, _plan
from tests.ui.conftest import activate, assert_nowhere, find, unnamed_focusable
from tests.ui.team import bundle_files, colleague

PASSED = CHECK_IN + timedelta(minutes=20)


class Screen:
    """A vault's check-in watch and notice in a window, at the fake clock's time."""

    def __init__(self, qtbot, vault: Vault, clock: FakeClock) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.clock = clock
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.watch = CheckInWatch(clock=clock, parent=self.window)
        self.notice = CheckInNotice(self.watch, self.window, vault=lambda: vault)
        self.shown: list[bool] = []
        self.notice.shown_changed.connect(self.shown.append)
        layout = QVBoxLayout(self.window)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.window.resize(760, 480)
        self.window.show()
        qtbot.waitExposed(self.window)
        with qtbot.waitSignal(self.watch.checked, timeout=10_000):
            self.watch.attach(vault)

    def look(self) -> None:
        with self.qtbot.waitSignal(self.watch.checked, timeout=10_000):
            self.watch.timer.timeout.emit()

    def back_safely(self) -> None:
        button = find("I'm back safely", QPushButton, within=self.notice)
        activate(self.qtbot, self.window)
        button.setFocus()
        with self.qtbot.waitSignal(self.watch.checked, timeout=10_000):
            self.qtbot.keyClick(button, Qt.Key.Key_Space)


def test_tell_the_colleague_and_their_notice_goes_when_they_receive_it(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        plan_id = _plan(vault, colleague="bea")  # as typed in the plan
        # Bea has the plan: they made it together and shared it before the meeting.
        sealed = vault.sharing.seal_record(plan_id, recipient=vault.sharing.all()[0])
        vault.sharing.remember_shared(sealed)
        received = bea.sharing.open_received(sealed.data, lambda: None)
        assert received is not None and bea.sharing.import_bundle(received, lambda c: [])

        mine = Screen(qtbot, vault, FakeClock(PASSED))
        theirs = Screen(qtbot, bea, FakeClock(PASSED))
        assert mine.notice.isVisible() and theirs.notice.isVisible()
        assert mine.shown == [True]

        mine.back_safely()
        notice, offer = mine.notice, mine.notice.offer
        assert notice.isVisible() and offer.isVisible()
        assert not notice.passed.isVisible()  # the check-in itself is done
        assert mine.shown == [True]  # the window keeps the notice's area shown
        assert offer.heading.text() == "You are back safely"
        said = strip_isolates(offer.text.text())
        assert said.startswith("Marked at ") and "Bea may be waiting to hear it." in said
        tell = find("Tell Bea you are back safely", QPushButton, within=notice)
        assert strip_isolates(tell.text()) == "Tell Bea…"  # the name as stored, not as typed
        assert tell.hasFocus()  # the keyboard goes on to it
        assert unnamed_focusable(notice) == []

        bundle = tmp_path / "back-safely.age"
        offered = bundle_files(monkeypatch, bundle, recipients=(0,))
        qtbot.keyClick(tell, Qt.Key.Key_Space)
        assert offered == [["Bea"]] and bundle.exists()
        assert strip_isolates(offer.text.text()).startswith("Bundle saved for Bea.")
        assert not tell.isVisible()
        close = find("Close the notice", QPushButton, within=notice)
        assert close.hasFocus()

        # Bea receives it: one field changes, and her notice goes.
        seen: list[list[str]] = []
        monkeypatch.setattr(
            sharing.ReviewUpdate,
            "ask",
            classmethod(
                lambda cls, parent, q, updates: (
                    seen.append([c.field for u in updates for c in u.changes]) or True
                )
            ),
        )
        assert sharing.receive_bundle(theirs.window, bea) == "0 added, 1 updated."
        assert seen == [["checked_in_at"]]
        stored = bea.plans.get(plan_id)  # type: ignore[arg-type]
        assert from_iso(stored["checked_in_at"]) == PASSED
        theirs.look()
        assert not theirs.notice.isVisible() and theirs.watch.overdue() == []

        qtbot.keyClick(close, Qt.Key.Key_Space)
        assert not notice.isVisible()
        assert mine.shown == [True, False]
    finally:
        bea.lock()


def test_no_verified_colleague_in_the_plan_means_no_offer(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    passphrase: str,
) -> None:
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        _plan(vault, colleague="Dana")  # not a colleague this vault has verified
        screen = Screen(qtbot, vault, FakeClock(PASSED))
        screen.back_safely()
        qtbot.waitUntil(lambda: not screen.notice.isVisible())
        assert not screen.notice.offer.active
        assert screen.shown == [True, False]
    finally:
        bea.lock()


def test_locking_forgets_the_offer(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    passphrase: str,
) -> None:
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        _plan(vault)
        screen = Screen(qtbot, vault, FakeClock(PASSED))
        screen.back_safely()
        assert screen.notice.offer.isVisible()
        screen.watch.detach()
        screen.notice.wipe()
        assert not screen.notice.isVisible() and not screen.notice.offer.active
        assert screen.shown == [True, False]
        assert_nowhere("Tell Bea")
        assert_nowhere("canary-answer-51c")
    finally:
        bea.lock()


def test_in_the_window_the_offer_keeps_the_notice_area_until_closed_and_lock_clears_it(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    window,  # noqa: ANN001
    vault: Vault,
    clock: FakeClock,
    tmp_path: Path,
    passphrase: str,
) -> None:
    session.idle.stop()  # the clock jumps by hours: no idle lock meanwhile
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        _plan(vault)
        watch, notice, area = window.safety.watch, window.safety.notice, window.safety.notice_area
        clock._now = PASSED
        with qtbot.waitSignal(watch.checked, timeout=10_000):
            watch.timer.timeout.emit()
        assert area.isVisible() and notice.isVisible()
        button = find("I'm back safely", QPushButton, within=notice)
        button.setFocus()
        with qtbot.waitSignal(watch.checked, timeout=10_000):
            qtbot.keyClick(button, Qt.Key.Key_Space)
        assert watch.overdue() == []
        assert area.isVisible() and notice.offer.isVisible()  # "Tell Bea…" stays in view
        close = find("Close the notice", QPushButton, within=notice)
        close.setFocus()
        qtbot.keyClick(close, Qt.Key.Key_Space)
        assert not area.isVisible()

        # offered again for another plan, then the vault locks: nothing stays
        _plan(vault, title="Second café")
        with qtbot.waitSignal(watch.checked, timeout=10_000):
            watch.timer.timeout.emit()
        button = find("I'm back safely", QPushButton, within=notice)
        button.setFocus()
        with qtbot.waitSignal(watch.checked, timeout=10_000):
            qtbot.keyClick(button, Qt.Key.Key_Space)
        assert notice.offer.active
        session.lock()
        assert not notice.offer.active and not area.isVisible()
        assert_nowhere("Tell Bea")
    finally:
        bea.lock()
