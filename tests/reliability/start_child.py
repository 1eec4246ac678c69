"""Start FieldSafe as ``python -m fieldsafe ARGS`` does (``app.main``), then
print what is on screen and quit through the event loop.

    python tests/reliability/start_child.py [--vault DIR] ...

Prints ``window <class>`` for each visible top-level window and
``message <text>`` for the lock screen's message, then exits with main()'s
code. The QApplication is made first only so a timer can be queued;
``app.start`` reuses it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def report() -> None:
    from fieldsafe.ui.shell.lock import LockScreen

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            print("window", type(widget).__name__, flush=True)
            if isinstance(widget, LockScreen):
                print("message", widget.message.text(), flush=True)
    QApplication.quit()


def run() -> int:
    qapp = QApplication([sys.argv[0]])
    QTimer.singleShot(0, report)
    from fieldsafe import app

    code = app.main(sys.argv[1:])
    del qapp
    return code


if __name__ == "__main__":
    sys.exit(run())
