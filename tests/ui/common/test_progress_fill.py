"""Progress bars (the passphrase strength meter, the busy bars) are filled
with the theme's accent colour, which stands out 3:1 from a field's surface:
Fusion fills them with Highlight, the pale tint of a selected row, so a full
strength meter in the light theme looked like an empty field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QProgressBar, QStyleFactory

from fieldsafe.ui.common import theme


@pytest.fixture
def restore_look(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    for name in ("choice", "palette", "active"):
        monkeypatch.setattr(theme._Applied, name, getattr(theme._Applied, name))
    sheet, palette, font = qapp.styleSheet(), QPalette(qapp.palette()), QFont(qapp.font())
    style_name = qapp.style().name()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(QStyleFactory.create(style_name))
    qapp.setPalette(palette)
    qapp.setFont(font)


def _distance(first: QColor, second: QColor) -> int:
    return sum(abs(a - b) for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True))


@pytest.mark.parametrize("choice", ["light", "dark", "high_contrast"])
def test_a_full_bar_is_filled_with_the_accent(
    qtbot, restore_look: QApplication, choice: str
) -> None:  # noqa: ANN001
    palette = theme.apply(restore_look, choice)
    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 4)
    bar.setValue(4)
    bar.setTextVisible(False)
    bar.resize(200, 12)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()
    middle = image.pixelColor(image.width() // 2, image.height() // 2)
    # Fusion shades the fill a little (a gradient): near the accent, far from the selection tint
    assert _distance(middle, QColor(palette.accent)) < 60, (choice, middle.name())
    if palette.selection != palette.accent:
        assert _distance(middle, QColor(palette.selection)) > 60, (choice, middle.name())


def test_the_fill_stands_out_from_a_field() -> None:
    for palette in theme.PALETTES.values():
        assert theme.contrast_ratio(palette.accent, palette.surface) >= 3, palette.name
