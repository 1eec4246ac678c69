"""Child process for test_safe_documents.py: opens a vault whose log and journal
entry name ``file:///dev/zero`` as an image, shows them in a real main window
(the log editor, the journal editor, the history, a search, the print document),
and prints one line per step. A document that reads the image never finishes:
the parent runs this with a time limit and a memory limit, so a read fails the
test instead of hanging it."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from fieldsafe.vault import keys  # noqa: E402

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldsafe.ui.shell.main_window import MainWindow  # noqa: E402
from fieldsafe.vault import Vault  # noqa: E402


def step(name: str) -> None:
    QApplication.processEvents()
    print(name, flush=True)


def main(directory: str, passphrase: str, log_id: str, entry_id: str) -> None:
    _app = QApplication([])
    vault = Vault.open(directory, passphrase)
    window = MainWindow(None)
    window.attach(vault)
    window.show()
    step("window")
    assert window.open_log(log_id)
    window.editor.body.document().size()  # laid out: every image asked for
    window.editor.body.repaint()
    step("log editor")
    dialog = window.show_history()
    if dialog is not None:
        dialog.repaint()
    step("history")
    from fieldsafe.ui.logs.printing import build_document

    build_document([vault.logs.get(log_id)], minimal=False).size()  # type: ignore[arg-type]
    step("print document")
    journal = window.show_journal()
    assert journal is not None and journal.open_entry(entry_id)
    journal.editor.body.document().size()
    journal.editor.body.repaint()
    step("journal editor")
    vault.lock()
    print("done", flush=True)
    os._exit(0)  # no teardown of the windows: the parent only needs the lines


if __name__ == "__main__":
    main(*sys.argv[1:5])
