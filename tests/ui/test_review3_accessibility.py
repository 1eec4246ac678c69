"""Review 3: every focusable widget of the new screens has an accessible name."""

from __future__ import annotations

from fieldsafe.ui.shell.main_window import MainWindow
from tests.ui.test_accessibility import _accessible_name, _unnamed_focusable


def test_filter_bar_tag_field_is_named(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.filter_button.setChecked(True)
    edit = window.filters.tag.lineEdit()
    assert _accessible_name(edit).strip(), (
        "the editable tag filter's text field has no accessible name"
    )
    assert not _unnamed_focusable(window.filters)
