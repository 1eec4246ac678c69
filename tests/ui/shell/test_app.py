"""Process start: arguments, first run vs unlock, language direction, hardening."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldsafe import app
from fieldsafe.ui.shell.first_run import FirstRunWizard
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.vault import Vault


def test_start_shows_first_run_without_a_vault(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    session = app.start(["--vault", str(tmp_path / "new")])
    assert isinstance(session.wizard, FirstRunWizard) and session.wizard.isVisible()
    assert QApplication.applicationName() == "FieldSafe"
    session.shutdown()


def test_start_shows_unlock_screen_for_an_existing_vault(
    qtbot, vault: Vault, vault_dir: Path
) -> None:  # noqa: ANN001
    vault.lock()
    session = app.start([])  # default place (FIELDSAFE_HOME in tests)
    assert isinstance(session.lock_screen, LockScreen) and session.lock_screen.isVisible()
    assert session.vault_dir == vault_dir
    assert session.lock_screen.windowTitle() == "FieldSafe"
    session.shutdown()


def test_lang_ar_lays_out_right_to_left(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    session = app.start(["--vault", str(tmp_path / "v"), "--lang", "ar"])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert session.wizard.isRightToLeft()
    session.shutdown()


def test_lang_es_stays_left_to_right(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    session = app.start(["--vault", str(tmp_path / "v"), "--lang", "es"])
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    session.shutdown()


def test_hardening_disables_core_dumps() -> None:
    code = (
        "import ctypes, resource\n"
        "from fieldsafe.hardening import harden_process\n"
        "harden_process()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[:2] == ["(0,", "0)"]
    if sys.platform.startswith("linux"):
        assert out[2] == "0"


def test_sigterm_quits_cleanly(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    import os
    import signal
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSAFE_HOME=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldsafe", "--vault", str(tmp_path / "v")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    log_file = tmp_path / "logs" / "fieldsafe.log"
    qtbot.waitUntil(
        lambda: "app_started" in (log_file.read_text() if log_file.exists() else ""),
        timeout=20_000,
    )
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=20) == 0
