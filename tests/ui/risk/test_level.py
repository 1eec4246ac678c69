"""A level is words and a shape: bars that rise in the reading direction,
drawn in the palette's text colour (no alarm colour)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette

from fieldsafe.ui.risk.level import LevelLabel, level_icon


def _filled(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).alpha() > 200


def test_the_first_bar_is_filled_at_the_start_of_the_reading_direction(qapp) -> None:  # noqa: ANN001
    size = QSize(40, 40)
    low = level_icon("low").pixmap(size).toImage()
    assert _filled(low, 4, 38) and not _filled(low, 35, 20)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    mirrored = level_icon("low").pixmap(size).toImage()
    assert _filled(mirrored, 35, 38) and not _filled(mirrored, 4, 38 - 30)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    colours = {
        low.pixelColor(x, y).rgb()
        for x in range(40)
        for y in range(40)
        if low.pixelColor(x, y).alpha() == 255
    }
    assert colours == {QGuiApplication.palette().color(QPalette.ColorRole.WindowText).rgb()}


def test_the_words_say_the_level(qapp) -> None:  # noqa: ANN001
    label = LevelLabel(prefix="Level: {level}")
    assert label.words.text() == "Level: Not judged yet"
    label.set_level("very_high")
    assert label.words.text() == "Level: Very high"
    assert label.words.textFormat() == Qt.TextFormat.PlainText
