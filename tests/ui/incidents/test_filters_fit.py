"""Each incident filter shows its "any" choice whole (issue 17: "no label is
clipped … for every language at font scale 1 and 1.6"): in Portuguese at
1.6 "Qualquer tipo de local" was cut in a drop-down ten letters wide. The
drop-downs stay in one row where they fit (English at 1.6, a 1366 px
screen), each column as wide as its own drop-down needs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from fieldsafe.ui.common import fonts, i18n, theme
from fieldsafe.ui.incidents.filters import FILTERS, IncidentFilters
from tests.ui.fit.checker import check


@pytest.fixture(params=["en", "ar", "pt", "fil"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The look app.start() gives at font scale 1.6 (tests/ui/conftest.py
    restores the session's afterwards)."""
    fonts.install(qapp)
    i18n.install_translators(qapp, request.param)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(font)
    theme.apply(qapp, "light")
    yield request.param


def _filters(qtbot, width: int) -> tuple[QWidget, IncidentFilters]:  # noqa: ANN001
    """In a window ``width`` wide (as in the section: not a window itself)."""
    window = QWidget()
    qtbot.addWidget(window)
    filters = IncidentFilters(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(filters)
    layout.addStretch(1)
    filters.set_areas(["Harbour", "North district"])
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()
    return window, filters


@pytest.mark.parametrize("width", [380, 700, 1100])
def test_each_filter_shows_its_any_choice_whole(qtbot, language: str, width: int) -> None:  # noqa: ANN001
    window, filters = _filters(qtbot, width)
    assert [p.line() for p in check(window, available=QSize(1366, 768))] == []
    assert all(filters.combos[name].currentIndex() == 0 for name in FILTERS)


def test_in_one_row_where_they_fit(qtbot, language: str) -> None:  # noqa: ANN001
    """At the width the section has in a 1366 px window (1100 px)."""
    _window, filters = _filters(qtbot, 1100)
    tops = {
        filters.combos[name].mapTo(filters, filters.combos[name].rect().topLeft()).y()
        for name in FILTERS
    }
    assert len(tops) == 1, language
