"""An item's labels stand above its fields when beside them a field would
cut off its value (Interface, "Done when": every screen fits its text at
font scale 1.6): in Arabic at 1.6 a measure's "Who does it" field was
narrower than "the one who watches" (a template's words). At any width, in
English and Arabic, each field shows its value whole (the screen-fit
checker, tests/ui/fit/checker.py); with room to spare the labels stay beside
their fields. The items of one list choose alike (a short "both of us" no
longer stood beside its label under a stacked "the one who watches").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QWidget

from fieldsafe.ui.common import fonts, i18n, theme
from fieldsafe.ui.common.form_fit import form_holding
from fieldsafe.ui.risk.items import Column, ItemList, ItemRow
from tests.ui.fit.checker import check

MEASURES = (Column("measure", "Measure", "sentence"), Column("who", "Who does it"))


@pytest.fixture(params=["en", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The look app.start() gives at font scale 1.6, in ``language``
    (tests/ui/conftest.py restores the session's afterwards)."""
    fonts.install(qapp)
    i18n.install_translators(qapp, request.param)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(font)
    theme.apply(qapp, "light")
    yield request.param


def _watcher() -> str:
    return QCoreApplication.translate("risk_templates", "the one who watches", "who.watching")


def _items(qtbot) -> ItemList:  # noqa: ANN001
    items = ItemList(MEASURES, item_name="Measure {number}", add_text="Add a measure")
    qtbot.addWidget(items)
    items.add({"measure": "Agree on a signal to leave at once.", "who": _watcher()})
    items.add({"measure": "Stay where we can see each other.", "who": "both of us"})
    items.show()
    qtbot.waitExposed(items)
    return items


def _at_width(widget: QWidget, width: int) -> None:
    widget.resize(width, widget.heightForWidth(width) if widget.hasHeightForWidth() else 600)
    for _ in range(3):  # a changed wrap policy is laid out on the next request
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()
    widget.resize(width, max(widget.minimumSizeHint().height(), widget.height()))
    QCoreApplication.processEvents()


def _cut(items: ItemList) -> list[str]:
    return [p.line() for p in check(items) if p.widget.startswith("QLineEdit")]


def _stacked(row: ItemRow) -> bool:
    form = form_holding(row, row.fields["who"])
    return form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows


def test_who_does_it_shows_its_value_at_any_width(qtbot, language: str) -> None:  # noqa: ANN001
    """From 400 px (narrower than the assessment's column in a 1366 px
    window at 1.6) to 1100 px."""
    items = _items(qtbot)
    seen = set()
    for width in range(400, 1100, 29):
        _at_width(items, width)
        assert _cut(items) == [], (language, width)
        first, second = (_stacked(row) for row in items.rows)
        assert first == second, width  # the items of a list stand alike
        seen.add(first)
    assert False in seen
    if language == "en":  # the Arabic words are shorter
        assert True in seen  # the narrow end stacks


def test_with_room_the_labels_stay_beside(qtbot, language: str) -> None:  # noqa: ANN001
    items = _items(qtbot)
    _at_width(items, 1100)
    assert not any(_stacked(row) for row in items.rows)
    who = items.rows[0].fields["who"]
    assert isinstance(who, QLineEdit)
    label = items.rows[0].labels["who"]
    assert who.geometry().top() <= label.geometry().center().y() <= who.geometry().bottom()


def _remove_under(row: ItemRow) -> bool:
    return row.remove_button.geometry().top() > row.fields["who"].geometry().bottom()


def test_a_long_value_moves_remove_under_the_fields(qtbot, language: str) -> None:  # noqa: ANN001
    """In Portuguese "a pessoa responsável pela segurança" (and in
    Bulgarian "отговорникът по безопасност") did not fit even under its
    label, beside Remove: then Remove stands under the fields, and the
    field takes the item's width. Each choice depends on the width alone."""
    items = ItemList(MEASURES, item_name="Measure {number}", add_text="Add a measure")
    qtbot.addWidget(items)
    items.add({"measure": "Agree on a signal.", "who": "the person responsible for safety"})
    items.add({"measure": "Stay where we can see each other.", "who": "both of us"})
    items.show()
    qtbot.waitExposed(items)
    seen = set()
    for width in range(400, 1100, 29):
        _at_width(items, width)
        assert _cut(items) == [], (language, width)
        under = [_remove_under(row) for row in items.rows]
        assert under[0] == under[1], width  # alike
        seen.add(under[0])
        _at_width(items, width)  # the same again: nothing flips
        assert [_remove_under(row) for row in items.rows] == under, width
    assert seen == {True, False}
    _at_width(items, 1100)
    assert not any(_remove_under(row) or _stacked(row) for row in items.rows)
