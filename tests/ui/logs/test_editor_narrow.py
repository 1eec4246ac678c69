"""The log editor fits a 1366 px screen in every language (issue 17: "no
label is clipped … for every language at font scale 1 and 1.6").

* Each field was kept at least as wide as its hint, the attachment and
  format buttons stood on one line: in Portuguese at 1.6 the editor could
  not be narrower than 614 px (Vietnamese 670, Hungarian 646), and the window
  was wider than the screen. Now a hint wider than the form is shown under
  its field, and the buttons take a second line: the editor's smallest
  width no longer grows with the words.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common import fonts, i18n, theme
from fieldsafe.ui.logs.editor import LogEditor
from fieldsafe.vault import Vault
from tests.ui.fit.checker import check

#: the languages whose editor was the widest at font scale 1.6
LONG = ["pt", "vi", "hu", "fil", "ru"]
#: the smallest width the editor may need at 1.6 (English needed 496 px before)
MOST = 480


def _look(qapp: QApplication, language: str, scale: float) -> None:
    """The look app.start() gives (tests/ui/conftest.py restores the session's)."""
    fonts.install(qapp)
    i18n.install_translators(qapp, language)
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    theme.apply(qapp, "light")


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


@pytest.fixture(params=LONG)
def editor(
    request: pytest.FixtureRequest, qapp: QApplication, qtbot, vault: Vault
) -> Iterator[LogEditor]:  # noqa: ANN001
    _look(qapp, request.param, 1.6)
    editor = LogEditor(vault)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    yield editor


def test_the_editor_is_narrow_enough_in_long_languages(editor: LogEditor) -> None:
    assert editor.minimumSizeHint().width() <= MOST
    assert editor.scroll.minimumWidth() <= MOST


def test_at_its_smallest_width_every_text_is_whole(editor: LogEditor) -> None:
    """Hints under their fields, buttons on two lines: nothing cut off."""
    editor.resize(editor.minimumSizeHint().width(), 700)
    _settle()
    assert [p.line() for p in check(editor) if "wraps to" not in p.what] == []
    below = [edit for edit in editor.hints.captions if editor.hints.below(edit)]
    assert below  # at this width some hint no longer fits in its field
    for edit in below:
        assert edit.placeholderText() == ""
        caption = editor.hints.captions[edit]
        assert caption.isVisible() and caption.text() == edit.accessibleDescription()


def test_with_room_the_hints_are_in_their_fields(editor: LogEditor) -> None:
    editor.resize(900, 700)
    _settle()
    assert not any(editor.hints.below(edit) for edit in editor.hints.captions)
    assert editor.area.placeholderText() and editor.area.accessibleDescription() == ""
    assert [p.line() for p in check(editor)] == []


def test_at_its_smallest_width_no_wrapped_line_is_cut(editor: LogEditor) -> None:
    """The details were a QFormLayout, which gave rows less than their height
    for the width (the paper notes' wrapped line, in French the attachments
    and a follow-up's due date); a box of labels above fields does not."""
    editor.resize(editor.minimumSizeHint().width(), 700)
    _settle()
    assert [p.line() for p in check(editor) if "wraps to" in p.what] == []
