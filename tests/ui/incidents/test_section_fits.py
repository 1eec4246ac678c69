"""The Incidents section scrolls only when it has to (seen in Arabic at
font scale 1 on a 1366×768 screen: an outer scroll bar for 69 pixels while
the timeline and the list could have been a little shorter)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from fieldsafe.ui.incidents.section import IncidentsSection


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_the_section_scrolls_only_below_its_smallest(qtbot, scale: float) -> None:  # noqa: ANN001
    section = IncidentsSection()
    qtbot.addWidget(section)
    font = section.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    section.setFont(font)
    section.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    body = section.body_scroll.widget()
    section.resize(1100, 500)
    section.show()
    qtbot.waitExposed(section)
    _settle()
    smallest = body.minimumSizeHint().height()
    section.resize(1100, smallest + 10)
    _settle()
    assert section.body_scroll.verticalScrollBar().maximum() == 0
    assert section.tabs.height() >= section.tabs.minimumSizeHint().height()
    section.resize(1100, smallest - 60)  # smaller still: it scrolls, nothing squeezed
    _settle()
    assert section.body_scroll.verticalScrollBar().maximum() > 0
    assert section.tabs.height() >= section.tabs.minimumSizeHint().height()
