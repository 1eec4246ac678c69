"""The code book dialog: adding, editing, refusing duplicates, and (review 3)
never dropping an unsaved edit without a word when the person picks another
entry or closes the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import find, wait_ops


def _row(dialog, code: str) -> int:  # noqa: ANN001
    return next(i for i in range(dialog.codes.count()) if dialog.codes.item(i).text() == code)


def test_switching_entries_keeps_an_unsaved_note(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.codes.save("B7", note="met at the station")
    vault.codes.save("C3")
    dialog = window.show_code_book()
    dialog.codes.setCurrentRow(_row(dialog, "B7"))
    dialog.note.setPlainText("met at the station; has a daughter, works nights at the bar")
    dialog.codes.setCurrentRow(_row(dialog, "C3"))  # another entry, before pressing Save
    b7 = next(p for p in vault.codes.entries() if p.code == "B7")
    still_open = dialog.code.text() == "B7" and "daughter" in dialog.note.toPlainText()
    assert still_open or "daughter" in b7.note, "the edit to B7 was silently discarded"


def test_closing_the_code_book_keeps_a_new_unsaved_entry(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    dialog = window.show_code_book()
    dialog.code.setText("D4")
    dialog.watch_words.setText("Maria, Mimi")
    dialog.reject()  # Close / Esc
    assert [p.code for p in vault.codes.entries()] == ["D4"], "the new entry was silently discarded"


def test_code_book_dialog_adds_edits_and_refuses_duplicates(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    dialog = window.show_code_book()
    find("Code", QLineEdit, within=dialog).setText("A12")
    find("Words to watch for", QLineEdit, within=dialog).setText("Maria, Mari")
    find("Private note", QPlainTextEdit, within=dialog).setPlainText("met at the station")
    qtbot.mouseClick(find("Save code", QPushButton, within=dialog), Qt.MouseButton.LeftButton)
    assert [(p.code, p.watch_words) for p in vault.codes.entries()] == [("A12", ("Maria", "Mari"))]
    qtbot.mouseClick(find("New code", QPushButton, within=dialog), Qt.MouseButton.LeftButton)
    find("Code", QLineEdit, within=dialog).setText("a12")
    qtbot.mouseClick(find("Save code", QPushButton, within=dialog), Qt.MouseButton.LeftButton)
    assert "already in the code book" in dialog.status.text()
    assert len(vault.codes.entries()) == 1
    wait_ops(qtbot)
    assert window.editor._watch_words == {
        "A12": ["Maria", "Mari"]
    }  # the editor learned the new words
    assert dialog.windowTitle() == "Code book"
