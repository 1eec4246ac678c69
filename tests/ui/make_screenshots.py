"""Render FieldSafe's screens to PNG files for a visual check (not a test).

    .venv/bin/python tests/ui/make_screenshots.py [--lang ar] [--font-scale 1.6] [--out screenshots]

Runs offscreen with a throw-away FIELDSAFE_HOME and a fast KDF, walks the
first-run wizard, writes a few fictional logs, searches, locks, and grabs
every window with ``QWidget.grab()``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="fieldsafe-shots-"))
    os.environ["FIELDSAFE_HOME"] = str(home)
    if args.font_scale != 1.0:
        (home / "config").mkdir(parents=True)
        (home / "config" / "settings.json").write_text(json.dumps({"font_scale": args.font_scale}))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from fieldsafe import app
    from fieldsafe.ui import ops
    from fieldsafe.vault import keys

    keys.active_policy = keys.KdfPolicy(
        min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False
    )
    prefix = "{lang}-{scale}".format(
        lang=args.lang or "en", scale=str(args.font_scale).replace(".", "_")
    )
    args.out.mkdir(parents=True, exist_ok=True)

    def spin(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_ops() -> None:
        while ops.busy():
            spin(20)

    def shot(widget: QWidget, name: str) -> None:
        spin()
        path = args.out / f"{prefix}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    argv = ["--lang", args.lang] if args.lang else []
    session = app.start(argv)
    wizard = session.wizard
    shot(wizard, "01-welcome")
    wizard.next()
    form = wizard.passphrase_page.form
    form.passphrase_field.setText("otter")
    shot(wizard, "02-passphrase-short")
    form.passphrase_field.setText("PURPLE OTTER")
    shot(wizard, "03-passphrase-caps")
    form.passphrase_field.setText("purple otter climbs slowly")
    form.confirm_field.setText("purple otter climbs slowly")
    shot(wizard, "04-passphrase-ok")
    wizard.next()
    wait_ops()
    spin(300)
    shot(wizard, "05-recovery-code")
    code = wizard._recovery_code
    wizard.next()
    wizard.confirm_page.group_field.setText(code.split("-")[wizard.confirm_group_number - 1])
    shot(wizard, "06-confirm-code")
    wizard.accept()
    window = session.main_window
    vault = session.vault
    start = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
    samples = [
        (
            "Street outreach, station",
            "Met **P-7** near the kiosk.\n\n- talked about a safe place\n- follow up Monday",
        ),
        (
            "Apartment visit (pair)",
            "Two people present; agreed on the signal. No phone numbers written.",
        ),
        ("Online contact", "Short chat; shared the helpline card."),
        ("لقاء في المحطة", "تحدثنا عن مكان آمن. المتابعة يوم الإثنين."),
    ]
    for i, (title, body) in enumerate(samples):
        vault.logs.save(occurred_at=start - timedelta(days=i), title=title, body=body)
    window.log_model.reload()
    # (QTableView.selectRow misses in right-to-left layouts before the first paint; Qt quirk)
    window.log_view.setCurrentIndex(window.log_model.index(0, 0))
    shot(window, "07-main-window")
    window.search.setText("safe")
    spin(400)
    wait_ops()
    shot(window, "08-search")
    window.search.setText("")
    spin(400)
    window.new_log()
    shot(window, "09-new-log")
    dialog = window.change_passphrase()
    shot(dialog, "10-change-passphrase")
    dialog.reject()
    session.lock()
    screen = session.lock_screen
    shot(screen, "11-lock-screen")
    screen.field.setText("wrong passphrase")
    screen.submit()
    wait_ops()
    shot(screen, "12-lock-wrong")
    session.shutdown()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
