"""The keyboard (issue "Interface", 1.4, 1.5 and 1.9), each driven by keys:
Ctrl+N from anywhere, Ctrl+F, Ctrl+1…4, Escape for bars and dialogs, the Tab
order of the logs section, and the room of "What happened"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QTextEdit, QWidget

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, find, wait_ops, wait_search

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot, window: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """A key pressed wherever the focus is (as a person presses it)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def _tab_until(qtbot, window: QWidget, target: QWidget, presses: int = 80) -> list[str]:  # noqa: ANN001
    """Press Tab until ``target`` has the focus; the names visited on the way."""
    seen: list[str] = []
    for _press in range(presses):
        if target.hasFocus():
            return seen
        _key(qtbot, window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        seen.append(focused.accessibleName() if focused is not None else "")
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}: {seen}")


# -- 1.4 Ctrl+N ---------------------------------------------------------------------
def test_ctrl_n_from_anywhere_shows_an_empty_form_from_its_top(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    log_id = vault.logs.save(occurred_at=START, title="older visit", body="long\n" * 80).id
    window.log_model.reload()
    window.open_log(log_id)
    bar = window.editor.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())  # the person had scrolled down
    for start in ("plans", "journal", "today", "search"):
        if start == "plans":
            qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
        elif start == "journal":
            qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
        elif start == "today":
            qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
        else:
            qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
        _key(qtbot, window, Qt.Key.Key_N, CTRL)
        editor = window.editor
        title = find("Title", QLineEdit, within=window)
        assert editor.isVisible(), f"Ctrl+N from {start}: the form is not shown"
        assert window.sections.currentRow() == window.sections.row_of("logs"), start
        assert editor.log_id is None and title.text() == "" and not editor.read_only
        assert title.hasFocus(), f"Ctrl+N from {start}: the cursor is not in the first field"
        assert bar.value() == 0, f"Ctrl+N from {start}: the form is not at its top"
        top_left = title.mapTo(editor.scroll.viewport(), title.rect().topLeft())
        assert editor.scroll.viewport().rect().contains(top_left), "the title is out of sight"


# -- 1.5 the body editor's room -------------------------------------------------------
def test_what_happened_has_room_and_grows_with_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    body = find("What happened", QTextEdit, within=window)
    lines = QFontMetrics(body.font()).lineSpacing()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: body.height() >= lines * 12)
    small = body.height()
    window.resize(900, 1100)
    qtbot.waitUntil(lambda: body.height() > small)
    assert body.height() >= window.editor.scroll.viewport().height() * 0.55


# -- 1.9 Ctrl+F, Ctrl+1…4 ---------------------------------------------------------------
def test_ctrl_f_focuses_search_from_any_section(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    search = find("Search", QLineEdit, within=window)
    for section in (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(window, section, CTRL)
        _key(qtbot, window, Qt.Key.Key_F, CTRL)
        assert search.isVisible() and search.hasFocus()


def test_ctrl_1_to_4_follow_the_sidebar(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    sidebar = window.sections
    shown = {
        "logs": lambda: window.work.currentIndex() == 0 and not window.panel.showing_today,
        "today": lambda: window.panel.showing_today and window.today_view.isVisible(),
        "journal": lambda: window.work.currentWidget() is window.journal,
        "plans": lambda: window.work.currentWidget() is window.plans,
    }
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    for row in (3, 1, 2, 0):
        _key(qtbot, window, keys[row], CTRL)
        assert sidebar.currentRow() == row
        key = sidebar.item(row).data(int(Qt.ItemDataRole.UserRole) + 2)
        assert shown[key](), f"Ctrl+{row + 1} did not show {key}"
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    go.aboutToShow.emit()
    names = [a.text() for a in go.actions() if a.shortcut().toString().startswith("Ctrl+")]
    assert names[1:] == [sidebar.item(r).text() for r in range(sidebar.count())]


# -- 1.9 Escape ------------------------------------------------------------------------
def test_escape_closes_the_privacy_hint_the_debrief_offer_and_search_results(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    editor = window.editor
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(find("Title", QLineEdit, within=window), "call 0712 345 678")
    qtbot.waitUntil(editor.hint_bar.isVisible, timeout=3_000)
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not editor.hint_bar.isVisible()
    assert find("Title", QLineEdit, within=window).text() == "call 0712 345 678"

    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.debrief_bar.isVisible()
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.debrief_bar.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(find("Search", QLineEdit, within=window), "call")
    wait_search(qtbot, window)
    assert window.results_view.isVisible()
    _key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.results_view.isVisible() and window.log_view.isVisible()
    assert find("Search", QLineEdit, within=window).text() == ""


def test_escape_closes_the_dialogs_of_the_logs_and_plans(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    log_id = vault.logs.save(occurred_at=START, title="first").id
    vault.logs.save(occurred_at=START, title="second", log_id=log_id)
    window.log_model.reload()
    window.open_log(log_id)
    opened = [window.show_code_book(), window.show_history()]
    plans = window.show_plans()
    assert plans is not None
    opened.append(plans.new_plan())
    for dialog in opened:
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        activate(qtbot, dialog)
        _key(qtbot, dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())


# -- 1.9 the Tab order -----------------------------------------------------------------
def test_tab_follows_what_is_shown_from_search_to_the_form(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    search = find("Search", QLineEdit, within=window)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    title = find("Title", QLineEdit, within=window)
    seen = _tab_until(qtbot, window, title)
    assert seen.index("Filters") < seen.index("Include my journal in this search")
    assert seen.index("Include my journal in this search") < seen.index("Outreach logs")
    body = find("What happened", QTextEdit, within=window)
    seen = _tab_until(qtbot, window, body)
    assert "Include my journal in this search" not in seen, "the search's box is in the form"
    assert seen[:3] == ["When", "When: calendar and quick picks", "When: time"]
    assert seen[-1] == "What happened" and "Bold" in seen


def test_tab_visits_follow_up_rows_where_they_are_shown(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    add = find("Add a follow-up", QPushButton, within=window)
    for _row in range(2):
        add.setFocus()
        qtbot.keyClick(add, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not add)
    find("Information and referrals given", within=window).setFocus()
    safety = find("Safety observations", within=window)
    seen = _tab_until(qtbot, window, safety)
    assert seen == [
        "Follow-up 1",
        "Follow-up 1 done",
        "Follow-up 1 due date",
        "Follow-up 1 due date: calendar and quick picks",
        "Remove follow-up 1",
        "Follow-up 2",
        "Follow-up 2 done",
        "Follow-up 2 due date",
        "Follow-up 2 due date: calendar and quick picks",
        "Remove follow-up 2",
        "Add a follow-up",
        "Safety observations",
    ]


def test_journal_prompts_come_before_save_entry(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    journal = window.journal
    assert journal.is_open
    journal.new_entry()
    wait_ops(qtbot)
    note = find("In a few words", QLineEdit, within=window)
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    save = find("Save entry", QPushButton, within=window)
    seen = _tab_until(qtbot, window, save)
    prompts = [name for name, _field in ((n, n) for n in seen) if name.endswith("?")]
    assert prompts, f"no prompt before Save entry: {seen}"
    assert seen.index("My notes") > seen.index(prompts[-1])
