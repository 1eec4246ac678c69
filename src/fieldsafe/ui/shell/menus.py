"""The main window's actions: what is in the menus and on the toolbar, and
their keyboard shortcuts. Every action is also added to the window, so its
shortcut works with the menu bar hidden; Lock and Hide everything work from
any FieldSafe window, e.g. with a dialog open.

The keyboard (issue "Interface", 1.9): Ctrl+N a new log, Ctrl+E edits the
saved log on screen, Ctrl+F the search box, Ctrl+1 to Ctrl+6 the sections in
the sidebar's order (the Go menu names them), Escape closes the bar on
screen (a privacy hint, the debrief offer, the search results); dialogs
close on Escape themselves. Ctrl+I, "Something happened", registers an
incident from any FieldSafe window (prefilled from the log on screen).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from fieldsafe.ui.shell.about import show_about
from fieldsafe.ui.shell.preferences import open_preferences
from fieldsafe.ui.shell.preferences import shortcuts as preferences_shortcuts
from fieldsafe.ui.shell.window_layout import focus_section

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow

#: one key, easy to hit in a hurry: hides every window, locks, clears the clipboard
PANIC_KEY = "Ctrl+Shift+H"
#: the sections the Go menu has keys for (Ctrl+1 to Ctrl+6), in the sidebar's order
SECTIONS = 6


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def build_actions(window: MainWindow) -> None:
    """Create the window's ``*_action`` attributes."""
    standard = QKeySequence.StandardKey
    window.new_log_action = _action(window, _t("&New log"), window.new_log, QKeySequence("Ctrl+N"))
    window.save_action = _action(
        window, _t("&Save"), window.save_current, QKeySequence(standard.Save)
    )
    window.history_action = _action(window, _t("&Earlier versions…"), window.show_history)
    window.print_action = _action(
        window,
        _t("&Print…"),
        lambda: window.print_logs(to_pdf=False),
        QKeySequence(standard.Print),
    )
    window.pdf_action = _action(window, _t("Save as P&DF…"), lambda: window.print_logs(to_pdf=True))
    window.code_book_action = _action(window, _t("&Code book…"), window.show_code_book)
    window.today_action = _action(window, _t("&Today"), window.show_today, QKeySequence("Ctrl+T"))
    window.backup_action = _action(window, _t("&Back up…"), window.back_up)
    window.change_passphrase_action = _action(
        window, _t("&Change passphrase…"), window.change_passphrase
    )
    window.lock_action = _action(window, _t("&Lock"), window.request_lock, QKeySequence("Ctrl+L"))
    # Lock must work from any FieldSafe window, e.g. with a dialog open.
    window.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.panic_action = _action(
        window, _t("&Hide everything now"), window.panic_requested.emit, QKeySequence(PANIC_KEY)
    )
    window.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    window.quit_action = _action(window, _t("&Quit"), window.close, QKeySequence(standard.Quit))
    window.limits_action = _action(window, _t("What FieldSafe &protects"), window.show_limits)
    window.erase_action = _action(window, _t("&Erase this vault…"), window.request_erase)


def build_menus(window: MainWindow) -> QToolBar:
    """The Vault, Log and Help menus, and the main toolbar (returned)."""
    menu_bar = window.menuBar()
    vault_menu = menu_bar.addMenu(_t("&Vault"))
    vault_menu.addAction(window.backup_action)
    vault_menu.addAction(window.change_passphrase_action)
    preferences = _action(
        window, _t("P&references…"), lambda: open_preferences(window, window.vault)
    )
    preferences.setObjectName("preferences-action")
    preferences.setShortcuts(preferences_shortcuts())
    vault_menu.addAction(preferences)
    vault_menu.addSeparator()
    vault_menu.addAction(window.lock_action)
    vault_menu.addAction(window.panic_action)
    vault_menu.addAction(window.erase_action)
    vault_menu.addSeparator()
    vault_menu.addAction(window.quit_action)
    log_menu = menu_bar.addMenu(_t("L&og"))
    log_menu.addAction(window.new_log_action)
    log_menu.addAction(window.save_action)
    log_menu.addAction(window.today_action)
    log_menu.addSeparator()
    log_menu.addAction(window.history_action)
    log_menu.addAction(window.code_book_action)
    log_menu.addSeparator()
    log_menu.addAction(window.print_action)
    log_menu.addAction(window.pdf_action)
    log_menu.insertAction(window.history_action, _edit_action(window))
    log_menu.insertSeparator(window.history_action)
    log_menu.insertAction(window.save_action, _incident_action(window))
    _go_menu(window, menu_bar.addMenu(_t("&Go")))
    help_menu = menu_bar.addMenu(_t("&Help"))
    help_menu.addAction(window.limits_action)
    about = _action(window, _t("&About FieldSafe"), lambda: show_about(window))
    about.setObjectName("about-action")
    help_menu.addAction(about)

    toolbar = QToolBar(_t("Main toolbar"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(window.new_log_action)
    toolbar.addAction(window.today_action)
    toolbar.addAction(window.lock_action)
    window.addToolBar(toolbar)
    for action, name in (
        (window.new_log_action, _t("New log")),
        (window.today_action, _t("Show today")),
        (window.lock_action, _t("Lock")),
    ):
        toolbar.widgetForAction(action).setAccessibleName(name)
    return toolbar


# -- the keyboard ------------------------------------------------------------------
def _edit_action(window: MainWindow) -> QAction:
    """Ctrl+E: the saved log on screen becomes editable (as its Edit button)."""

    def edit() -> None:
        if window.editor.isVisible():
            window.editor.begin_edit()

    return _action(window, _t("&Edit this log"), edit, QKeySequence("Ctrl+E"))


def _incident_action(window: MainWindow) -> QAction:
    """Ctrl+I, "Something happened": a new incident from any FieldSafe
    window, prefilled from the saved log on screen (if one is)."""
    action = _action(
        window,
        _t("Something &happened…"),
        lambda: window.safety.something_happened(),
        QKeySequence("Ctrl+I"),
    )
    action.setObjectName("incident-action")
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    return action


def _go_menu(window: MainWindow, menu: QMenu) -> None:
    """Find (Ctrl+F), the sections (Ctrl+1 to Ctrl+6) and Escape. The
    sections are named from the sidebar when the menu opens, so the menu
    always follows the sidebar's order and words."""
    menu.addAction(
        _action(window, _t("&Find…"), lambda: focus_search(window), QKeySequence("Ctrl+F"))
    )
    menu.addSeparator()
    sections: list[QAction] = []
    for row in range(SECTIONS):
        action = _action(
            window,
            _t("Section {number}").format(number=QLocale().toString(row + 1)),
            partial(go_to_section, window, row),
            QKeySequence(f"Ctrl+{row + 1}"),
        )
        menu.addAction(action)
        sections.append(action)
    menu.aboutToShow.connect(lambda: _name_sections(window, sections))
    escape = _action(window, _t("Close the bar"), lambda: close_bar(window), QKeySequence("Esc"))
    escape.setShortcutContext(Qt.ShortcutContext.WindowShortcut)


def _name_sections(window: MainWindow, actions: list[QAction]) -> None:
    sidebar = getattr(window, "sections", None)
    if sidebar is None:
        return
    for row, action in enumerate(actions):
        item = sidebar.item(row)
        action.setVisible(item is not None)
        if item is not None:
            action.setText(item.text())


def go_to_section(window: MainWindow, row: int) -> None:
    """Ctrl+1…6: the section in that row of the sidebar, as if chosen there."""
    sidebar = window.sections
    if not 0 <= row < sidebar.count():
        return
    sidebar.setCurrentRow(row)  # the sidebar shows what its current row names
    focus_section(window)  # the keyboard goes into it, as Enter in the sidebar does
    focused = QApplication.focusWidget()
    if focused is None or not focused.isVisible():
        sidebar.setFocus(Qt.FocusReason.ShortcutFocusReason)


def focus_search(window: MainWindow) -> None:
    """Ctrl+F: the search box, from any section (search is in the logs')."""
    if not window.search.isVisible():
        go_to_section(window, window.sections.row_of("logs"))
    if window.search.isVisible():
        window.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        window.search.selectAll()


def close_bar(window: MainWindow) -> bool:
    """Escape: close the bar nearest the person's work (the privacy hint,
    then the debrief offer, then the search results). False if none was open."""
    if window.editor.hint_bar.isVisible():
        window.editor.hint_bar.clear()  # shown again if the text is still there
    elif window.debrief_bar.isVisible():
        window.debrief_bar.withdraw()
    elif window.search.isVisible() and (window.search.text() or window.panel.showing_results):
        window.search.clear()
        window.panel.show_list()
    else:
        return False
    return True
