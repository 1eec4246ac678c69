"""A test that applies FieldSafe's look (app.start() does, with the font
scale) leaves the shared QApplication as it found it (tests/ui/conftest.py),
so no later test depends on which ran before it. The two tests run in this
order: the second checks what the first left behind."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common import theme
from fieldsafe.ui.common.style import FieldSafeStyle

_before: dict[str, object] = {}


def test_apply_the_look_as_app_start_does(qapp: QApplication) -> None:
    _before.update(sheet=qapp.styleSheet(), font=QFont(qapp.font()), style=qapp.style().name())
    assert not qapp.styleSheet() and not theme._Applied.active
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(font)
    theme.apply(qapp, "dark")
    assert "QPushButton" in qapp.styleSheet()
    assert theme.current() is theme.DARK


def test_the_next_test_starts_with_the_sessions_look(qapp: QApplication) -> None:
    assert not qapp.styleSheet()  # failed: the theme had stayed
    assert theme.current() is not theme.DARK and not theme._Applied.active
    assert not isinstance(qapp.style(), FieldSafeStyle)
    if _before:  # the first test ran just before
        assert qapp.styleSheet() == _before["sheet"]
        assert qapp.font() == _before["font"]
        assert qapp.style().name() == _before["style"]
