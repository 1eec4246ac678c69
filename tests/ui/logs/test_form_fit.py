"""The log form's labels stand above their fields when there is no room
beside them (Interface, "Done when": every screen fits its text at font
scale 1.6): in a 1200 px window at 1.6 the title, area, who went and person
codes fields were narrower than their hints ("A district or part of town,
never an exact address" needed 432 px beside its label, had 367 px). At any
width, in either direction, each field shows its hint and its value whole,
checked by the screen-fit checker (tests/ui/fit/checker.py); with room to
spare the labels stay beside their fields.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit

from fieldsafe.ui.common import fonts, theme
from fieldsafe.ui.common.form_fit import form_holding, width_needed
from fieldsafe.ui.logs.editor import LogEditor
from fieldsafe.vault import Vault
from tests.ui.fit.checker import check

FIELDS = ("Title", "Area", "Who went", "Person codes")


def _editor(qtbot, vault: Vault, scale: float, direction: Qt.LayoutDirection) -> LogEditor:  # noqa: ANN001
    """The editor in the look app.start() gives at font ``scale``
    (tests/ui/conftest.py restores the session's afterwards)."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    fonts.install(qapp)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    theme.apply(qapp, "light")
    editor = LogEditor(vault)
    qtbot.addWidget(editor)
    editor.setLayoutDirection(direction)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _at_width(editor: LogEditor, width: int) -> None:
    editor.resize(width, 700)
    for _ in range(3):  # a changed wrap policy is laid out on the next request
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def _fields_cut(editor: LogEditor) -> list[str]:
    return [
        p.line()
        for p in check(editor)
        if p.widget.startswith(("QLineEdit", "ListField")) and any(f in p.widget for f in FIELDS)
    ]


def _stacked(editor: LogEditor) -> bool:
    form = form_holding(editor, editor.title)
    return form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_every_field_shows_its_hint_at_any_width_at_font_scale_1_6(
    qtbot,
    vault: Vault,
    direction: Qt.LayoutDirection,  # noqa: ANN001
) -> None:
    editor = _editor(qtbot, vault, 1.6, direction)
    narrowest = editor.minimumSizeHint().width()
    seen = set()
    for width in range(narrowest, narrowest + 900, 37):
        _at_width(editor, width)
        assert _fields_cut(editor) == [], width
        seen.add(_stacked(editor))
    assert seen == {True, False}  # both arrangements were met on the way


def _beside(editor: LogEditor, field: QLineEdit) -> bool:
    """Whether ``field``'s label is on the same line as the field."""
    label = next(label for label in editor.findChildren(QLabel) if label.buddy() is field)
    centre = label.geometry().center().y()
    return field.geometry().top() <= centre <= field.geometry().bottom()


def test_with_room_the_labels_stay_beside_their_fields(qtbot, vault: Vault) -> None:  # noqa: ANN001
    editor = _editor(qtbot, vault, 1.0, Qt.LayoutDirection.LeftToRight)
    _at_width(editor, 800)
    assert not _stacked(editor)
    assert _beside(editor, editor.area) and _beside(editor, editor.title)
    assert _fields_cut(editor) == []


def test_a_long_value_does_not_rearrange_the_form(qtbot, vault: Vault) -> None:  # noqa: ANN001
    """Free text longer than its field scrolls in it, as in any field; the
    labels do not jump above the fields when a log with a long area opens."""
    editor = _editor(qtbot, vault, 1.0, Qt.LayoutDirection.LeftToRight)
    _at_width(editor, 560)
    editor.area.setText("North side of the river: the old market streets, the bus depot " * 2)
    assert width_needed(editor.area) > editor.area.width()
    _at_width(editor, 561)
    assert not _stacked(editor)
