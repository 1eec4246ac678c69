"""What the Log menu opens for the logs in the main window: earlier
versions, the code book, printing; and the log that was being written when
FieldSafe stopped, offered back after the next unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import RestoreDraft
from fieldsafe.ui.common.localtime import format_moment

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_history(window: MainWindow) -> QWidget | None:
    """Earlier versions of the open log, side by side with the current one."""
    from fieldsafe.ui.logs.history import HistoryDialog

    vault, log_id = window.vault, window.editor.log_id
    if vault is None or log_id is None:
        return None
    if not window.editor.save_if_dirty():
        return None
    dialog = HistoryDialog(vault, log_id, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def selected_log_ids(window: MainWindow) -> list[str]:
    """The rows selected in the list, else the open log."""
    found = window.panel.selected_log_ids()
    if not found and window.editor.log_id is not None:
        found = [window.editor.log_id]
    return found


def print_logs(window: MainWindow, *, to_pdf: bool) -> bool:
    from fieldsafe.ui.logs.printing import print_logs

    vault = window.vault
    if vault is None or not window.editor.save_if_dirty():
        return False
    log_ids = selected_log_ids(window)
    if not log_ids:
        window.statusBar().showMessage(_t("Choose one or more logs to print first."))
        return False
    return print_logs(window, vault, log_ids, to_pdf=to_pdf)


def show_code_book(window: MainWindow) -> QWidget | None:
    from fieldsafe.ui.logs.code_book import CodeBookDialog

    vault = window.vault
    if vault is None:
        return None
    dialog = CodeBookDialog(vault, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.editor.refresh_code_book)
    dialog.open()
    return dialog


def offer_draft(window: MainWindow) -> None:
    """After a crash or a lost save, offer back every log left being written
    by a window that is gone (never one another window is still writing). A
    draft is removed only when the person declines it, or once the one taken
    back is kept as this window's own."""
    vault = window.vault
    if vault is None or vault.is_locked:
        return
    try:
        drafts = window.editor.drafting.orphans()
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        window.info.setText(describe(exc))
        return
    for draft in drafts:
        if window.vault is not vault:
            return  # locked while a question was open
        if RestoreDraft.ask(window, saved_at=format_moment(draft.saved_at)):
            if window.vault is not vault or not window.editor.save_if_dirty():
                return  # the one restored before could not be saved: the rest wait
            window.editor.restore_draft(draft)
            window.editor.drafting.take_over(draft)
            window.activateWindow()
            window.editor.body.setFocus()  # go on writing, or Ctrl+S
        elif window.vault is vault:
            vault.drafts.discard(draft.slot)
