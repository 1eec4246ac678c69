"""Check-ins that act, in the GUI: the watch looks at the plans with an
injected clock (no sleeping), the calm notice shows the pair's own answer
and how to reach the colleague once the check-in time and its grace have
passed, "I'm back safely" (by keyboard) clears it and is kept in the plan,
and the tray notice, when switched on, never shows content."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from fieldsafe import paths
from fieldsafe.core.checkins import NO_CHECK_IN
from fieldsafe.core.clock import FakeClock, from_iso, to_iso
from fieldsafe.ui.checkins.notice import CheckInNotice
from fieldsafe.ui.checkins.tray import CheckInTray
from fieldsafe.ui.checkins.watch import CheckInWatch
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.vault import Vault
from tests.ui.conftest import START, assert_nowhere, find, unnamed_focusable

CHECK_IN = START + timedelta(hours=2)
ANSWER = "Call Bea twice, then the coordinator. canary-answer-51c"


def _plan(vault: Vault, **fields: Any) -> str:
    plan_id, _ = vault.plans.save(
        {
            "title": "Café by the station",
            "starts_at": to_iso(START),
            "check_in_at": to_iso(CHECK_IN),
            "colleague": "Bea",
            "colleague_contact": "0712 345 678",
            "scenarios": [{"prompt": NO_CHECK_IN, "answer": ANSWER}],
            **fields,
        }
    )
    return plan_id


class Screen:
    """The watch with its notice in a window, driven by the fake clock."""

    def __init__(self, qtbot, vault: Vault, clock: FakeClock) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.clock = clock
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.watch = CheckInWatch(clock=clock, parent=self.window)
        self.notice = CheckInNotice(self.watch, self.window)
        layout = QVBoxLayout(self.window)  # above the content, as the main window places it
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.window.resize(700, 400)
        self.window.show()
        qtbot.waitExposed(self.window)
        with qtbot.waitSignal(self.watch.checked, timeout=10_000):
            self.watch.attach(vault)

    def at(self, moment) -> None:  # noqa: ANN001
        """Move the clock to ``moment`` and let the watch's timer fire once."""
        self.clock._now = moment
        with self.qtbot.waitSignal(self.watch.checked, timeout=10_000):
            self.watch.timer.timeout.emit()


@pytest.fixture
def screen(qtbot, vault: Vault) -> Iterator[Screen]:  # noqa: ANN001
    s = Screen(qtbot, vault, FakeClock(START))
    yield s
    s.watch.detach()


def test_the_notice_appears_when_the_grace_has_passed_and_back_safely_clears_it(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock: FakeClock,
) -> None:
    plan_id = _plan(vault)
    screen = Screen(qtbot, vault, FakeClock(START))
    assert not screen.notice.isVisible()
    screen.at(CHECK_IN + timedelta(minutes=14))  # in the grace the pair agreed (default 15 min)
    assert not screen.notice.isVisible() and screen.watch.overdue() == []
    assert [c.plan_id for c in screen.watch.upcoming()] == [plan_id]
    screen.at(CHECK_IN + timedelta(minutes=15))
    notice = screen.notice
    assert notice.isVisible()
    assert notice.heading.text() == "A check-in time has passed"
    assert notice.answer.text() == ANSWER
    assert notice.answer.textFormat() == Qt.TextFormat.PlainText
    assert strip_isolates(notice.contact.text()) == "How to reach Bea: 0712 345 678"
    assert "\u2068" in notice.contact.text()  # the number keeps its order in right to left
    assert "Café by the station" in strip_isolates(notice.meeting.text())
    assert "15 minute(s) after it" in notice.meeting.text()
    assert ANSWER in notice.accessibleDescription()
    assert unnamed_focusable(notice) == []
    assert not notice.next_button.isVisible()

    # "I'm back safely", by keyboard
    button = find("I'm back safely", QPushButton, within=notice)
    button.setFocus()
    with qtbot.waitSignal(screen.watch.marked, timeout=10_000) as marked:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert marked.args == [plan_id]
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=10_000)
    stored = vault.plans.get(plan_id)  # type: ignore[arg-type]
    assert from_iso(stored["checked_in_at"]) == CHECK_IN + timedelta(minutes=15)
    screen.at(CHECK_IN + timedelta(hours=3))
    assert not notice.isVisible()
    screen.watch.detach()


def test_the_grace_the_pair_chose_and_open_the_plan(qtbot, vault: Vault, screen: Screen) -> None:  # noqa: ANN001
    plan_id = _plan(vault, check_in_grace_minutes=45)
    screen.at(CHECK_IN + timedelta(minutes=44))
    assert not screen.notice.isVisible()
    screen.at(CHECK_IN + timedelta(minutes=45))
    assert screen.notice.isVisible()
    assert "45 minute(s) after it" in screen.notice.meeting.text()
    button = find("Open the plan", QPushButton, within=screen.notice)
    button.setFocus()
    with qtbot.waitSignal(screen.notice.open_plan_requested) as opened:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert opened.args == [plan_id]
    assert screen.notice.isVisible()  # opening the plan is not coming back safely


def test_several_passed_check_ins_one_at_a_time(qtbot, vault: Vault, screen: Screen) -> None:  # noqa: ANN001
    first = _plan(vault, check_in_at=to_iso(CHECK_IN - timedelta(hours=1)), title="Earlier")
    second = _plan(vault, title="", colleague="", colleague_contact="", scenarios=[])
    screen.at(CHECK_IN + timedelta(hours=1))
    notice = screen.notice
    assert notice.current().plan_id == first  # type: ignore[union-attr]  # waited longest
    assert notice.more.text() == "1 more check-in(s) have passed."
    nxt = find("The next check-in that has passed", QPushButton, within=notice)
    nxt.setFocus()
    qtbot.keyClick(nxt, Qt.Key.Key_Space)
    assert notice.current().plan_id == second  # type: ignore[union-attr]
    assert notice.answer.text().startswith("Nothing is written in the plan for this.")
    assert notice.contact.text() == "The plan holds no contact details."
    assert strip_isolates(notice.meeting.text()).startswith("The meeting at ")
    # back safely for the one shown: the other stays
    with qtbot.waitSignal(screen.watch.checked, timeout=10_000):
        qtbot.keyClick(find("I'm back safely", QPushButton, within=notice), Qt.Key.Key_Space)
    assert [c.plan_id for c in screen.watch.overdue()] == [first]
    assert notice.isVisible() and notice.current().plan_id == first  # type: ignore[union-attr]
    assert not notice.next_button.isVisible()


def test_cancelled_plans_and_old_check_ins_are_not_brought_up(vault: Vault, screen: Screen) -> None:
    _plan(vault, status="cancelled")
    _plan(vault, check_in_at=to_iso(CHECK_IN - timedelta(days=3)))
    screen.at(CHECK_IN + timedelta(hours=1))
    assert not screen.notice.isVisible() and screen.watch.overdue() == []


def test_locking_forgets_everything_shown(qtbot, vault: Vault, screen: Screen) -> None:  # noqa: ANN001
    _plan(vault)
    screen.at(CHECK_IN + timedelta(hours=1))
    assert screen.notice.isVisible()
    screen.watch.detach()
    assert not screen.notice.isVisible()
    assert screen.watch.overdue() == [] and screen.watch.upcoming() == []
    assert_nowhere("canary-answer-51c")
    screen.watch.timer.timeout.emit()  # a tick after locking reads nothing
    assert not screen.watch.timer.isActive()


# -- the tray notice ------------------------------------------------------------------------


def test_the_tray_notice_is_off_by_default_and_never_shows_content(
    qtbot,  # noqa: ANN001
    vault: Vault,
    screen: Screen,
    monkeypatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(CheckInTray, "available", staticmethod(lambda: True))
    off = CheckInTray(screen.watch, parent=screen.window)  # from the settings: off
    on = CheckInTray(screen.watch, enabled=True, parent=screen.window)
    assert not off.enabled
    plan_id = _plan(vault)
    screen.at(CHECK_IN + timedelta(minutes=20))
    assert off.shown == [] and not off.is_showing()
    assert on.shown == [("FieldSafe", "A check-in time has passed.")]
    assert on.is_showing()
    screen.at(CHECK_IN + timedelta(minutes=50))
    assert len(on.shown) == 1  # once per check-in, not at every look
    with qtbot.waitSignal(on.activated):
        on._tray().messageClicked.emit()
    with qtbot.waitSignal(screen.watch.checked, timeout=10_000):
        screen.watch.mark_back_safely(plan_id)
    assert not on.is_showing()  # nothing waits: the icon goes


def test_the_tray_setting_is_read_and_switched_off(
    vault: Vault, screen: Screen, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(CheckInTray, "available", staticmethod(lambda: True))
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"check_in_tray": True}), encoding="utf-8")
    tray = CheckInTray(screen.watch, parent=screen.window)
    assert tray.enabled
    _plan(vault)
    screen.at(CHECK_IN + timedelta(hours=1))
    assert tray.is_showing()
    tray.set_enabled(False)
    assert not tray.is_showing()
    path.write_text(json.dumps({"check_in_tray": "yes"}), encoding="utf-8")
    assert not CheckInTray(screen.watch, parent=screen.window).enabled  # not a yes/no: off


def test_no_tray_on_the_desktop_means_no_tray_notice(
    vault: Vault, screen: Screen, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(CheckInTray, "available", staticmethod(lambda: False))
    tray = CheckInTray(screen.watch, enabled=True, parent=screen.window)
    _plan(vault)
    screen.at(CHECK_IN + timedelta(hours=1))
    assert tray.shown == [] and screen.notice.isVisible()


def test_the_notice_survives_right_to_left_and_large_text(
    qtbot, vault: Vault, screen: Screen
) -> None:  # noqa: ANN001
    _plan(vault)
    screen.at(CHECK_IN + timedelta(hours=1))
    notice = screen.notice
    normal = notice.sizeHint()
    font = notice.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    notice.setFont(font)
    notice.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.window.resize(700, 700)
    qtbot.waitUntil(lambda: notice.sizeHint().height() > normal.height() * 1.3)
    qtbot.waitUntil(lambda: notice.back_button.width() >= notice.back_button.sizeHint().width())
    buttons = notice.back_button.geometry(), notice.open_button.geometry()
    assert buttons[0].x() > buttons[1].x()  # "I'm back safely" first, at the right
    assert not buttons[0].intersects(buttons[1])
    assert notice.back_button.width() >= notice.back_button.sizeHint().width()


# -- what the plan wizard asks -----------------------------------------------------------------


def test_the_grace_choice_offers_the_usual_graces_and_keeps_another(qtbot) -> None:  # noqa: ANN001
    from fieldsafe.ui.checkins.plan_fields import GraceChoice, no_check_in_label

    choice = GraceChoice()
    qtbot.addWidget(choice)
    assert choice.value() == 15  # the default
    assert choice.accessibleName().startswith("How long do we wait")
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)
    assert choice.value() == 20
    choice.set_value(0)
    assert choice.currentText() == "Act at the check-in time"
    choice.set_value(37)  # from a plan written elsewhere
    assert choice.value() == 37
    assert no_check_in_label() == "one of us does not check in?"
