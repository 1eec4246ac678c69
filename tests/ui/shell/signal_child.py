"""Run by test_signals.py: FieldSafe's real ``main()`` on a new vault, the
main window open (unlocked). ``python signal_child.py WHEN``:

* ``idle``: once the event loop runs, print ``ready`` and the repeating
  timers faster than 5 s, then wait for a signal from the test. The idle
  lock's own look is moved out of the way (10 minutes), so nothing but the
  signal can wake the process.
* ``start-up``: send itself SIGTERM while still starting (before the event
  loop runs).

At the end it prints ``locked`` if the vault was locked when ``main()``
returned, else ``open``; the exit status is ``main()``'s.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["FIELDSAFE_HOME"] = tempfile.mkdtemp()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldsafe import app  # noqa: E402
from fieldsafe.vault import Vault, keys  # noqa: E402

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

when = sys.argv[1]
directory = Path(os.environ["FIELDSAFE_HOME"]) / "v"
opened: list[Vault] = []
original_start = app.start


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fast_timers() -> list[int]:
    """The intervals of the repeating timers faster than 5 s now running."""
    found = []
    for widget in [QApplication.instance(), *QApplication.topLevelWidgets()]:
        for timer in widget.findChildren(QTimer):
            if timer.isActive() and not timer.isSingleShot() and timer.interval() < 5000:
                found.append(timer.interval())
    return found


def start(argv: object = None) -> object:
    vault, _ = Vault.create(directory, "pw")
    session = original_start(["--vault", str(directory)])
    assert session is not None
    session.open_main_window(vault)
    opened.append(vault)
    if when == "start-up":
        os.kill(os.getpid(), signal.SIGTERM)
    else:
        session.idle._timer.setInterval(600_000)
        session.idle._timer.start()

        def ready() -> None:  # the loop runs, the app has shown itself
            QTimer.singleShot(0, lambda: say(f"ready {fast_timers()}"))

        QTimer.singleShot(300, ready)
    return session


app.start = start  # type: ignore[assignment]
code = app.main([])
say("locked" if opened and opened[0].is_locked else "open")
sys.exit(code)
