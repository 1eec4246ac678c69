"""Crypto-erase from the GUI (docs/security.md, bar 15), behind a typed confirmation."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldsafe.errors import NotAVault
from fieldsafe.ui.common.dialogs import EraseVault
from fieldsafe.ui.shell.first_run import FirstRunWizard
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault, vault_exists


def test_erase_after_confirmation(
    qtbot,
    session,
    window: MainWindow,
    vault: Vault,
    vault_dir: Path,
    passphrase: str,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.logs.save(occurred_at=vault.clock.now(), title="to be erased")
    monkeypatch.setattr(EraseVault, "ask", classmethod(lambda cls, parent: True))
    window.erase_action.trigger()
    assert vault.is_locked and not vault_exists(vault_dir)
    with pytest.raises(NotAVault):
        Vault.open(vault_dir, passphrase)
    assert isinstance(session.wizard, FirstRunWizard) and session.wizard.isVisible()


def test_no_erase_without_confirmation(
    qtbot,
    window: MainWindow,
    vault: Vault,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(EraseVault, "ask", classmethod(lambda cls, parent: False))
    window.erase_action.trigger()
    assert not vault.is_locked and vault_exists(vault_dir)


def test_the_dialog_needs_the_typed_word(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

    seen: dict[str, bool] = {}

    def operate() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        )
        field = dialog.findChild(QLineEdit)
        erase = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Erase the vault")
        seen["enabled_before"] = erase.isEnabled()
        field.setText("Erase")
        seen["enabled_after"] = erase.isEnabled()
        erase.click()

    QTimer.singleShot(0, operate)
    assert EraseVault.ask(None) is True
    assert seen == {"enabled_before": False, "enabled_after": True}
