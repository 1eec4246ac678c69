"""Each lane's name stands on one line beside its shape when it is no wider
than nine lines' worth (seen in Arabic: 'Legal or administrative' came out as
'قانوني أو إدا…', the room kept for the name being a little narrower than the
name, and a second line not fitting Arabic's taller lines)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from fieldsafe.ui.incidents.timeline import IncidentTimeline


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_the_widest_name_fits_on_one_line(qtbot, scale: float) -> None:  # noqa: ANN001
    widget = IncidentTimeline()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    g = widget._geometry()
    line, pad = widget._units()
    room = g.labels.width() - 2 * g.mark - pad / 2  # what paint_lanes leaves for the words
    fm = QFontMetricsF(widget.font())
    widest = max(fm.horizontalAdvance(name) for name in widget._lane_names())
    assert room >= min(widest, line * 9), (room, widest)
