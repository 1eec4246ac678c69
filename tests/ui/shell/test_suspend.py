"""Lock when the screen locks or the system sleeps (docs/security.md, bar 8), through a
real D-Bus session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldsafe.ui.shell.suspend import SuspendWatcher


@pytest.mark.skipif(
    shutil.which("dbus-run-session") is None, reason="needs dbus-run-session (dbus-bin)"
)
def test_screen_lock_signal_locks_the_vault() -> None:
    child = Path(__file__).with_name("suspend_child.py")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(child)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "locked", result.stdout + result.stderr[-2000:]


def test_without_a_bus_nothing_breaks(qapp) -> None:  # noqa: ANN001
    watcher = SuspendWatcher()
    fired: list[bool] = []
    watcher.going_away.connect(lambda: fired.append(True))
    watcher.on_signal(False)  # waking up, or the screen saver ending: no lock
    watcher.on_signal(True)
    assert fired == [True]
