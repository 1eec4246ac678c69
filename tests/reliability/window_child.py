"""A real FieldSafe window for test_two_instances.py.

``python window_child.py --vault DIR`` runs ``fieldsafe.app.main`` as a person
would start it, with the test's fast KDF, and:

- prints every event FieldSafe logs on stdout, one a line (``app_started``,
  ``window_raised``...), so the test waits on lines instead of sleeping;
- answers any message box by printing ``message: <text> | <detail>`` and
  pressing its button (offscreen, nobody else would);
- with ``FIELDSAFE_TEST_UNLOCK`` set, types that passphrase into the unlock
  screen once it is shown.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldsafe.vault import keys  # noqa: E402

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from fieldsafe import app, eventlog  # noqa: E402


class _Echo(logging.Handler):
    """Every event name on stdout, as soon as it is logged."""

    def emit(self, record: logging.LogRecord) -> None:
        if isinstance(record.msg, str) and not record.args:
            print(record.msg, flush=True)
            if record.msg == "app_started" and os.environ.get("FIELDSAFE_TEST_UNLOCK"):
                QTimer.singleShot(0, _unlock)


def _configure(path: Path, **kwargs: object) -> None:
    _real_configure(path, **kwargs)  # type: ignore[arg-type]
    logging.getLogger("fieldsafe").addHandler(_Echo())


_real_configure = eventlog.configure
eventlog.configure = _configure  # type: ignore[assignment]


def _unlock() -> None:
    from fieldsafe.ui.shell.lock import LockScreen

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LockScreen) and widget.isVisible():
            widget.field.setText(os.environ["FIELDSAFE_TEST_UNLOCK"])
            widget.submit()


def _answer_message_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print(f"message: {widget.text()} | {widget.informativeText()}", flush=True)
            widget.done(0)


qapp = QApplication([sys.argv[0]])  # fieldsafe.app.start reuses it
answerer = QTimer()
answerer.timeout.connect(_answer_message_boxes)
answerer.start(20)
sys.exit(app.main(sys.argv[1:]))
