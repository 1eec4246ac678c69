"""What the Vault and Help menus do: back up, change the passphrase, ask
before erasing (the session erases), and what FieldSafe protects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from fieldsafe.messages import describe_task
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.dialogs import ChooseBackupFile, EraseVault, Notice
from fieldsafe.ui.shell import limits
from fieldsafe.ui.shell.change_passphrase import ChangePassphraseDialog

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def back_up(window: MainWindow) -> None:
    """Write an encrypted backup to a file the person chooses."""
    vault = window.vault
    if vault is None:
        return
    destination = ChooseBackupFile.ask(window)
    if destination is None:
        return
    ops.run(
        lambda: vault.backup(destination, overwrite=True),
        parent=window,
        progress=_t("Writing the backup…"),
    ).on_success(lambda _result: _backup_written(window)).on_failure(
        lambda error: _show_failure(window, error)
    )


def _backup_written(window: MainWindow) -> None:
    window.statusBar().showMessage(
        _t(
            "Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code."
        )
    )


def _show_failure(window: MainWindow, error: BaseException) -> None:
    Notice.show(window, describe_task(error))  # a full disk says so; no typed text at stake


def change_passphrase(
    window: MainWindow, *, after_recovery: bool = False
) -> ChangePassphraseDialog | None:
    """The change-passphrase dialog (``after_recovery``: offered right after
    an unlock with the recovery code, which it asks for instead of the
    current passphrase; "Not now" skips it)."""
    vault = window.vault
    if vault is None:
        return None
    dialog = ChangePassphraseDialog(vault, window, after_recovery=after_recovery)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(
        lambda: window.statusBar().showMessage(_t("The passphrase was changed."))
    )
    dialog.open()
    return dialog


def ask_to_erase(window: MainWindow) -> bool:
    """True when the person confirmed erasing the open vault."""
    return window.vault is not None and EraseVault.ask(window)


def show_limits(window: MainWindow) -> None:
    Notice.show(
        window,
        limits.what_it_protects(),
        detail="\n\n".join(limits.what_it_cannot_do()),
    )
