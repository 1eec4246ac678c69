"""The plans section's buttons stay one row while they fit, the sharing
ones at its end; with no room (a longer language at a large text size)
they go on more rows, so the section never asks for a window wider than
the screen (issue 17's fit check: PlansView made the window 1676 px wide
in Filipino at font scale 1.6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from fieldsafe.ui.plans.view import PlansView

LONG = " (a much longer wording, as some languages have)"


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def _buttons(view: PlansView) -> tuple[list[QPushButton], list[QPushButton]]:
    start = [view.new_button, view.edit_button, view.delete_button]
    end = [view.colleagues_button, view.share_button, view.receive_button]
    return start, end


def _lengthen(view: PlansView) -> None:
    for button in sum(_buttons(view), []):
        button.setText(button.text() + LONG)


def test_long_buttons_never_make_the_section_wider_than_its_widest_button(qtbot) -> None:  # noqa: ANN001
    view = PlansView()
    qtbot.addWidget(view)
    _lengthen(view)
    start, end = _buttons(view)
    widest = max(b.sizeHint().width() for b in start + end)
    assert view.minimumSizeHint().width() <= widest
    assert view.sizeHint().width() >= sum(b.sizeHint().width() for b in start + end)


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_one_row_with_room_else_the_sharing_buttons_go_below(
    qtbot,  # noqa: ANN001
    direction: Qt.LayoutDirection,
) -> None:
    view = PlansView()
    view.setLayoutDirection(direction)
    qtbot.addWidget(view)
    start, end = _buttons(view)
    view.resize(view.sizeHint().width() + 200, 500)
    view.show()
    qtbot.waitExposed(view)
    _settle()
    row = {b.geometry().top() for b in start + end}
    assert len(row) == 1  # one row, as it always was in English
    first, last = (start[0], end[-1])
    if direction == Qt.LayoutDirection.LeftToRight:
        assert first.geometry().left() == 0 and last.geometry().right() == view.width() - 1
    else:
        assert first.geometry().right() == view.width() - 1 and last.geometry().left() == 0
    _lengthen(view)
    view.resize(view.minimumSizeHint().width() + 50, 500)
    _settle()
    tops = [b.geometry().top() for b in start + end]
    assert tops == sorted(tops) and tops[-1] > tops[0]  # below, in reading order
    for button in start + end:  # each whole, none over another, none past the edge
        assert button.width() >= button.sizeHint().width()
        assert 0 <= button.geometry().left() and button.geometry().right() < view.width()
        others = [b for b in start + end if b is not button]
        assert not any(button.geometry().intersects(b.geometry()) for b in others)
    assert view.list.geometry().top() > max(b.geometry().bottom() for b in start + end)
