"""The main window's actions: what is in the menus and on the toolbar, and
their keyboard shortcuts. Every action is also added to the window, so its
shortcut works with the menu bar hidden; Lock and Hide everything work from
any FieldSafe window, e.g. with a dialog open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from fieldsafe.ui.shell.preferences import open_preferences
from fieldsafe.ui.shell.preferences import shortcuts as preferences_shortcuts

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow

#: one key, easy to hit in a hurry: hides every window, locks, clears the clipboard
PANIC_KEY = "Ctrl+Shift+H"


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
    help_menu = menu_bar.addMenu(_t("&Help"))
    help_menu.addAction(window.limits_action)

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
