"""The risk assessments section fits a 1366 px screen in every language
(issue 17: in Spanish, Filipino and Portuguese at font scale 1.6 the row
Share / Send to the team / Earlier versions / Receive a bundle was wider
than the list's column, and the window's smallest width grew past the
screen). The rows of buttons wrap (:class:`~fieldsafe.ui.common.button_flow.
ButtonFlow`, tested on its own in tests/ui/common/test_button_flow.py); where
they fit they look as before: Receive at the far end, mirrored right to left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from fieldsafe.ui.common import fonts, i18n, theme
from fieldsafe.ui.risk.risk_view import RiskAssessmentsView


def _scaled(qapp: QApplication, language: str, scale: float) -> None:
    fonts.install(qapp)
    i18n.install_translators(qapp, language)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    theme.apply(qapp, "light")


@pytest.fixture(params=["en", "ar", "es", "fil", "pt"])
def long_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    _scaled(qapp, request.param, 1.6)  # tests/ui/conftest.py restores the session's look
    yield request.param


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _buttons(view: RiskAssessmentsView) -> list[QPushButton]:
    return [
        view.new_button,
        view.template_button,
        view.share_button,
        view.team_button,
        view.history_button,
        view.receive_button,
    ]


def _in(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def test_the_section_fits_beside_the_sidebar(qtbot, long_language: str) -> None:  # noqa: ANN001
    """Smallest width under 1366 px less the sidebar (about 300 px at 1.6),
    with Send to the team shown too; at it no button is cut or overlaps."""
    view = RiskAssessmentsView()
    qtbot.addWidget(view)
    view.team_button.show()
    smallest = view.minimumSizeHint().width()
    assert smallest <= 900, long_language
    view.resize(smallest, 700)
    view.show()
    qtbot.waitExposed(view)
    _settle()
    rects = [_in(b, view) for b in _buttons(view)]
    for index, rect in enumerate(rects):
        # (a splitter right to left places its widgets 1 px off: Qt's own)
        assert view.rect().adjusted(-1, 0, 1, 0).contains(rect), (long_language, index)
        assert rect.width() >= _buttons(view)[index].sizeHint().width()
        assert not any(rect.intersects(other) for other in rects[index + 1 :]), index


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_with_room_one_row_and_receive_at_the_far_end(qtbot, direction: Qt.LayoutDirection) -> None:  # noqa: ANN001
    view = RiskAssessmentsView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    _settle()
    share, history, receive = (
        _in(b, view) for b in (view.share_button, view.history_button, view.receive_button)
    )
    assert share.top() == history.top() == receive.top()
    column = _in(view.list, view)
    if direction == Qt.LayoutDirection.LeftToRight:
        assert share.left() == column.left() and receive.right() == column.right()
        assert share.right() < history.left() < receive.left()
    else:
        assert share.right() == column.right() and receive.left() == column.left()
        assert share.left() > history.right() > receive.right()
