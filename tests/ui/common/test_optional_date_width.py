"""An optional date is never narrower than what it shows (issue "Interface",
Done when: no clipped text at font scale 1 and 1.6): squeezed to its
smallest size, as Today's filter bar squeezes "From any date" and "To any
date" beside each other in a narrow list, its placeholder fits, and so does a
date with the clear button beside it; at a larger font too, set before the
field is built or after."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

from fieldsafe.ui.common.localtime import format_typed_day
from fieldsafe.ui.common.optional_date import OptionalDate

WIDE = date(2028, 12, 28)


def _room(edit: QLineEdit) -> int:
    """The width its text can use (as tests/ui/fit/checker.py measures it)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    return room.marginsRemoved(edit.textMargins()).width() - 2 * 2


def shows_whole(edit: QLineEdit) -> bool:
    """Whether ``edit`` draws its placeholder whole: QLineEdit elides it to
    its room as QFontMetrics.elidedText does (a fraction of a pixel too wide
    and the end is cut)."""
    text = edit.placeholderText()
    return (
        QFontMetrics(edit.font()).elidedText(text, Qt.TextElideMode.ElideRight, _room(edit)) == text
    )


def _squeezed(qtbot, placeholder: str, font: QFont | None) -> tuple[QWidget, OptionalDate]:  # noqa: ANN001
    """Two fields side by side in a window as narrow as they allow."""
    window = QWidget()
    if font is not None:
        window.setFont(font)
    row = QHBoxLayout(window)
    field = OptionalDate(placeholder, window)
    row.addWidget(field)
    row.addWidget(OptionalDate("To any date", window))
    qtbot.addWidget(window)
    window.resize(10, 10)  # the layout keeps each at its minimum
    window.show()
    qtbot.waitExposed(window)
    return window, field


def _date_end(qtbot, field: OptionalDate) -> int:  # noqa: ANN001
    """Where the cursor after a date is drawn, once the clear button shows
    beside the date (a field too narrow scrolls its text sideways for it)."""
    edit = field.edit
    field.set_value(WIDE)
    assert edit.text() == format_typed_day(WIDE)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in edit.findChildren(QToolButton)))
    edit.setCursorPosition(len(edit.text()))
    edit.repaint()  # QLineEdit scrolls its text when it paints
    return edit.cursorRect().x()


def _fits(qtbot, field: OptionalDate) -> None:  # noqa: ANN001
    edit = field.edit
    assert shows_whole(edit)
    roomy = QWidget()
    roomy.setFont(field.font())
    QHBoxLayout(roomy).addWidget(alone := OptionalDate(edit.placeholderText(), roomy))
    qtbot.addWidget(roomy)
    roomy.resize(600, 100)
    roomy.show()
    qtbot.waitExposed(roomy)
    assert _date_end(qtbot, field) == _date_end(qtbot, alone), (
        f"{format_typed_day(WIDE)!r} and the cursor after it do not fit beside the clear button"
    )


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_placeholder_and_a_date_fit_when_squeezed(qtbot, scale: float) -> None:  # noqa: ANN001
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * scale)
    _window, field = _squeezed(qtbot, "From any date", font)
    _fits(qtbot, field)


def test_a_larger_font_later_widens_it(qtbot) -> None:  # noqa: ANN001
    window, field = _squeezed(qtbot, "From any date", None)
    before = field.edit.minimumWidth()
    font = QFont(field.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    window.setFont(font)
    qtbot.waitUntil(lambda: field.edit.minimumWidth() > before)
    window.resize(10, 10)
    qtbot.waitUntil(lambda: field.edit.width() == field.edit.minimumWidth())
    _fits(qtbot, field)
