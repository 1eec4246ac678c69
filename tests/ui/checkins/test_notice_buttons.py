"""The check-in notice's buttons are always in view (seen in Arabic at font
scale 1.6: "I'm back safely" and "Open the plan" were half scrolled out of
the notice's area, which was at most a third of the screen tall)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from fieldsafe.core.clock import FakeClock
from fieldsafe.vault import Vault
from tests.ui.checkins.test_checkins import CHECK_IN, _plan
from tests.ui.conftest import find

LONG_ANSWER = " ".join(["Call Bea twice, then the coordinator, then go to the café."] * 12)


def _in_view(widget: QWidget, area: QScrollArea) -> bool:
    rect = QRect(widget.mapTo(area.viewport(), QPoint(0, 0)), widget.size())
    return (
        widget.isVisible()
        and area.viewport().rect().contains(rect)
        and widget.visibleRegion().boundingRect() == widget.rect()
    )


def test_the_buttons_stay_in_view_right_to_left_at_1_6(
    qtbot,  # noqa: ANN001
    session,  # noqa: ANN001
    window,  # noqa: ANN001
    vault: Vault,
    clock: FakeClock,
) -> None:
    session.idle.stop()  # the clock jumps by hours: no idle lock meanwhile
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    window.setFont(font)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _plan(vault, scenarios=[{"prompt": "no_check_in", "answer": LONG_ANSWER}])
    watch, notice, area = window.safety.watch, window.safety.notice, window.safety.notice_area
    clock._now = CHECK_IN + timedelta(minutes=20)
    with qtbot.waitSignal(watch.checked, timeout=10_000):
        watch.timer.timeout.emit()
    assert area.isVisible() and notice.isVisible()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert area.maximumHeight() >= screen.height() // 2  # a safety notice may take half
    back = find("I'm back safely", QPushButton, within=notice)
    plan = find("Open the plan", QPushButton, within=notice)
    for _ in range(3):
        qtbot.wait(10)  # layouts settle
    assert notice.answer.height() > 0
    assert _in_view(back, area), back.geometry()
    assert _in_view(plan, area), plan.geometry()
    assert back.mapToGlobal(QPoint(0, 0)).x() > plan.mapToGlobal(QPoint(0, 0)).x()  # RTL
