"""Review 3: "Replace with a code" must replace exactly the flagged text,
also when the text holds characters outside the Basic Multilingual Plane
(emoji, some CJK): Python counts code points, Qt's cursors UTF-16 units."""

from __future__ import annotations

from fieldsafe.ui.shell.main_window import MainWindow


def test_replacing_a_phone_number_after_an_emoji_in_the_body(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    editor.new_log()
    editor.body.setPlainText("She smiled 🙂🙂 and gave 0712 345 678 to call")
    hint = editor.check_privacy()
    assert hint is not None and hint.kind == "phone"
    assert editor.replace_hint("A12")
    assert editor.body.toPlainText() == "She smiled 🙂🙂 and gave A12 to call"


def test_replacing_a_phone_number_after_an_emoji_in_safety(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    editor = window.editor
    editor.new_log()
    editor.safety.setPlainText("⚠️👀 a man wrote down 0712 345 678 twice")
    hint = editor.check_privacy()
    assert hint is not None and hint.kind == "phone"
    assert editor.replace_hint("B7")
    assert editor.safety.toPlainText() == "⚠️👀 a man wrote down B7 twice"
