"""Child process for the kill-during-typing test: a real main window types a
log with every kind of field, waits until the draft timer has kept it in the
vault, says so, then keeps typing until the parent kills it with SIGKILL."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from fieldsafe.vault import keys  # noqa: E402

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldsafe.ui.logs.editor import DRAFT_SLOT  # noqa: E402
from fieldsafe.ui.shell.main_window import MainWindow  # noqa: E402
from fieldsafe.vault import Vault  # noqa: E402


def main(directory: str, passphrase: str) -> None:
    app = QApplication([])
    vault = Vault.open(directory, passphrase)
    window = MainWindow(None)
    window.attach(vault)
    window.show()
    editor = window.editor
    editor.drafting.set_delay(50)
    window.new_log()
    editor.title.setText("half-written visit")
    editor.body.setPlainText("We met near the market. She asked about")
    editor.setting.setCurrentIndex(editor.setting.findData("street"))
    editor.person_codes.setText("A12, B7")
    editor.tags.setText("health")
    editor.follow_ups.add_row("call the clinic", "2026-03-09")
    editor.follow_ups.changed.emit()
    editor.safety.setPlainText("nobody followed us")
    while (
        vault.drafts.latest(DRAFT_SLOT) is None
        or "asked" not in vault.drafts.latest(DRAFT_SLOT).fields["body"]
    ):
        app.processEvents()
    print("drafted", flush=True)
    n = 0
    while True:  # still typing when the kill comes
        editor.body.insertPlainText(" more")
        n += 1
        app.processEvents()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
