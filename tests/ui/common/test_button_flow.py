"""The one row of buttons that wraps (ui/common/button_flow.py), used by the
plans section, the risk assessments section and the log editor: one line
while every button fits, the end group at the far end; with no room the end
group takes a line of its own (still at the far end) and a group that does
not fit its line wraps button by button. Its smallest width is its widest
button's; right to left every line is mirrored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from fieldsafe.ui.common.button_flow import ButtonFlow

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def _flow(
    qtbot,  # noqa: ANN001
    start: list[str],
    end: list[str],
    direction: Qt.LayoutDirection = LTR,
) -> tuple[QWidget, ButtonFlow, list[QPushButton], list[QPushButton]]:
    host = QWidget()
    host.setLayoutDirection(direction)
    qtbot.addWidget(host)
    flow = ButtonFlow(host)
    flow.setContentsMargins(0, 0, 0, 0)
    starts = [QPushButton(text, host) for text in start]
    ends = [QPushButton(text, host) for text in end]
    for button in starts:
        flow.add(button)
    for button in ends:
        flow.add(button, at_end=True)
    return host, flow, starts, ends


def _lay_out(flow: ButtonFlow, width: int) -> QRect:
    area = QRect(0, 0, width, flow.heightForWidth(width))
    flow.setGeometry(area)
    return area


def _whole_apart_inside(buttons: list[QPushButton], area: QRect) -> None:
    for index, button in enumerate(buttons):
        rect = button.geometry()
        assert rect.width() >= button.sizeHint().width(), button.text()
        assert area.contains(rect), button.text()
        assert not any(rect.intersects(b.geometry()) for b in buttons[index + 1 :])


def test_sizes_one_line_wide_and_the_widest_button_at_the_least(qtbot) -> None:  # noqa: ANN001
    _host, flow, starts, ends = _flow(qtbot, ["One", "Two two two"], ["Three"])
    buttons = starts + ends
    widest = max(b.sizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest
    assert flow.sizeHint().width() > sum(b.sizeHint().width() for b in buttons)
    one_line = flow.heightForWidth(flow.sizeHint().width())
    assert one_line == max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(widest) > 2 * one_line  # three lines


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_with_room_one_line_and_the_end_group_at_the_far_end(
    qtbot,  # noqa: ANN001
    direction: Qt.LayoutDirection,
) -> None:
    _host, flow, starts, ends = _flow(qtbot, ["New", "Edit"], ["Share", "Receive"], direction)
    area = _lay_out(flow, flow.sizeHint().width() + 200)
    assert len({b.geometry().top() for b in starts + ends}) == 1
    first, last = starts[0].geometry(), ends[-1].geometry()
    if direction == LTR:
        assert first.left() == 0 and last.right() == area.right()
        assert starts[-1].geometry().right() + 200 < ends[0].geometry().left()
    else:
        assert first.right() == area.right() and last.left() == 0
        assert starts[-1].geometry().left() - 200 > ends[0].geometry().right()
    _whole_apart_inside(starts + ends, area)


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_without_room_the_end_group_takes_its_own_line_at_the_far_end(
    qtbot,  # noqa: ANN001
    direction: Qt.LayoutDirection,
) -> None:
    _host, flow, starts, ends = _flow(qtbot, ["New", "Edit", "Delete"], ["Receive"], direction)
    area = _lay_out(flow, flow.sizeHint().width() - 1)
    assert len({b.geometry().top() for b in starts}) == 1  # the start group still fits
    receive = ends[0].geometry()
    assert receive.top() > starts[0].geometry().bottom()
    if direction == LTR:
        assert starts[0].geometry().left() == 0 and receive.right() == area.right()
    else:
        assert starts[0].geometry().right() == area.right() and receive.left() == 0
    _whole_apart_inside(starts + ends, area)


@pytest.mark.parametrize("direction", [LTR, RTL])
def test_at_its_smallest_width_one_button_a_line_in_reading_order(
    qtbot,  # noqa: ANN001
    direction: Qt.LayoutDirection,
) -> None:
    long = " (a much longer wording, as some languages have)"
    texts = ["New", "Edit" + long, "Delete"], ["Colleagues", "Share" + long, "Receive"]
    _host, flow, starts, ends = _flow(qtbot, *texts, direction)
    area = _lay_out(flow, flow.minimumSize().width())
    tops = [b.geometry().top() for b in starts + ends]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    _whole_apart_inside(starts + ends, area)


def test_a_group_wraps_button_by_button_and_no_end_button_joins_the_start(qtbot) -> None:  # noqa: ANN001
    _host, flow, starts, ends = _flow(qtbot, ["One", "Two", "Three"], ["Four"])
    two = starts[0].sizeHint().width() + starts[1].sizeHint().width() + 40
    area = _lay_out(flow, two)
    one, second, third, four = (b.geometry().top() for b in starts + ends)
    assert one == second < third < four  # Four would fit beside Three: it still gets a line
    _whole_apart_inside(starts + ends, area)


def test_hidden_buttons_take_no_room(qtbot) -> None:  # noqa: ANN001
    _host, flow, starts, ends = _flow(qtbot, ["One", "Two"], ["Three"])
    before = flow.sizeHint().width()
    starts[1].hide()
    flow.invalidate()
    assert flow.sizeHint().width() < before - starts[1].sizeHint().width()
    area = _lay_out(flow, flow.sizeHint().width())
    assert starts[0].geometry().top() == ends[0].geometry().top()
    assert ends[0].geometry().right() == area.right()


def test_taking_a_button_out_keeps_the_others_in_their_groups(qtbot) -> None:  # noqa: ANN001
    _host, flow, starts, ends = _flow(qtbot, ["One", "Two"], ["Three", "Four"])
    item = flow.takeAt(0)
    assert item is not None and item.widget() is starts[0]
    starts[0].hide()
    assert flow.count() == 3
    area = _lay_out(flow, flow.sizeHint().width() + 100)
    assert starts[1].geometry().left() == 0
    assert ends[-1].geometry().right() == area.right()
    assert ends[0].geometry().left() > starts[1].geometry().right() + 100


def test_add_widget_puts_a_button_in_the_start_group(qtbot) -> None:  # noqa: ANN001
    host, flow, _starts, ends = _flow(qtbot, [], ["End"])
    added = QPushButton("Added", host)
    flow.addWidget(added)
    area = _lay_out(flow, flow.sizeHint().width() + 100)
    assert added.geometry().left() == 0 and ends[0].geometry().right() == area.right()
