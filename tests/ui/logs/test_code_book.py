"""Review 3: the code book drops an unsaved edit without a word when the
person picks another entry (or closes the dialog)."""

from __future__ import annotations

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


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
