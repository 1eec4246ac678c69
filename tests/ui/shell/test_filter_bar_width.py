"""Today's filter bar, squeezed to its smallest size (as a narrow list on a
small screen does), still shows each field's placeholder whole, with
FieldSafe's fonts and look at font scale 1 and 1.6, as the app starts them:
"From any date", "To any date" and "Person code" were cut to a few letters
(tests/ui/fit found them; that the window still fits the screen with the
filters shown is tests/ui/fit's and test_window_fits' check)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from fieldsafe.ui.common import fonts, theme
from fieldsafe.ui.shell.today import FilterBar
from tests.ui.common.test_optional_date_width import shows_whole


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_every_placeholder_fits_when_squeezed(qtbot, qapp: QApplication, scale: float) -> None:  # noqa: ANN001
    font = fonts.install(qapp)  # as app.start does (the conftest restores the look)
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    theme.apply(qapp, "light")
    window = QWidget()
    bar = FilterBar(window)
    QVBoxLayout(window).addWidget(bar)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def squeezed() -> bool:
        window.resize(10, 10)
        return window.width() == window.minimumSizeHint().width()

    qtbot.waitUntil(squeezed)
    edits = [bar.code, bar.since.edit, bar.until.edit]
    assert all(isinstance(edit, QLineEdit) for edit in edits)
    for edit in edits:
        assert shows_whole(edit), f"{edit.placeholderText()!r} is cut short"
