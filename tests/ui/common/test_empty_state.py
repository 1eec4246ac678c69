"""An empty state lies over its whole list, however the list is resized (it
once kept the list's old size when the list grew: seen at font scale 1.6 in
the empty journal, its words cut off after two lines)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from fieldsafe.ui.common.empty_state import EmptyState


def test_the_empty_state_covers_the_list_after_it_grows(qtbot) -> None:  # noqa: ANN001
    root = QWidget()
    qtbot.addWidget(root)
    view = QListWidget(root)
    below = QWidget(root)  # takes room, then goes away (the journal's chart)
    below.setMinimumHeight(300)
    layout = QVBoxLayout(root)
    layout.addWidget(view, 1)
    layout.addWidget(below)
    empty = EmptyState(
        view,
        icon="journal",
        title="Your journal is empty",
        body="This space is yours: a few words after a hard day, or only a check-in. " * 2,
        action="Write the first entry",
        action_name="Write the first entry",
        on_action=lambda: None,
        is_empty=lambda: True,
    )
    root.resize(400, 500)
    root.show()
    qtbot.waitExposed(root)
    below.hide()
    qtbot.waitUntil(lambda: view.viewport().height() > 400)
    assert empty.geometry() == view.viewport().geometry()
    assert empty.body.height() >= empty.body.heightForWidth(empty.body.width())
