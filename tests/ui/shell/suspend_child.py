"""Run under dbus-run-session by test_suspend.py: a session with an unlocked
vault receives the screensaver's ActiveChanged(true) and must lock."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["FIELDSAFE_HOME"] = tempfile.mkdtemp()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldsafe.vault import keys  # noqa: E402

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from fieldsafe.ui.shell.session import Session  # noqa: E402
from fieldsafe.vault import Vault  # noqa: E402

app = QApplication([])
directory = Path(os.environ["FIELDSAFE_HOME"]) / "v"
vault, _ = Vault.create(directory, "pw")
session = Session(directory)
session.open_main_window(vault)
if not session.suspend.connected:
    print("no-signals")
    sys.exit(3)
subprocess.run(
    [
        "dbus-send",
        "--session",
        "--type=signal",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:true",
    ],
    check=True,
)
session.locked.connect(app.quit)  # done as soon as the signal has locked the vault
QTimer.singleShot(30_000, app.quit)  # a deadline, not a wait: then "still-open" is printed
app.exec()
print("locked" if vault.is_locked and session.vault is None else "still-open")
session.shutdown()
