"""FieldSafe itself, steered screen by screen for the screen-reader tree test
(:mod:`tests.access.test_screen_reader_tree`). Not a test; run as a program
with the project's Python, under X (``QT_QPA_PLATFORM=xcb``) with Qt's AT-SPI
bridge on::

    python tests/access/app_driver.py PASSPHRASE

It starts FieldSafe as ``fieldsafe`` does (process hardening, then
:func:`fieldsafe.app.start`: settings, fonts, translators, the first-run
wizard of an empty ``FIELDSAFE_HOME``), with one difference: Argon2id runs at
toy cost, set here in this test-only program (``keys.active_policy``), so the
application itself carries no switch for it.

Then it reads one command a line on stdin (:data:`SCREENS`), brings that
screen up in the running application as a person would reach it (the
passphrase is typed key by key into the fields with ``QTest.keyClicks``),
lets Qt settle, and answers with one JSON line on stdout::

    {"ready": "journal", "charts": [{"name": ..., "description": ...}]}

``charts`` are the charts on that screen with the accessible name and
description Qt holds for them, for the test to find through AT-SPI. A
command that fails answers ``{"error": ...}``; ``quit`` locks and quits.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QEventLoop, QSocketNotifier, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fieldsafe import app  # noqa: E402
from fieldsafe.hardening import harden_process  # noqa: E402
from fieldsafe.ui.common import ops  # noqa: E402
from fieldsafe.vault import keys  # noqa: E402

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle() -> None:
    """Background work done and the screen painted (AT-SPI reads live
    widgets, but a window must be mapped before its tree is complete)."""
    for _ in range(500):  # at most 10 s
        if not ops.busy():
            break
        spin(20)
    spin(250)


def chart(widget: QWidget) -> dict[str, str]:
    return {"name": widget.accessibleName(), "description": widget.accessibleDescription()}


class Driver:
    def __init__(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.session: Any = app.start([])
        if self.session is None:
            raise SystemExit("another FieldSafe window holds this vault")
        self.plan_wizard: Any = None
        self.incidents: Any = None
        self.dialog: Any = None

    # -- the screens, in the order the test asks for them ------------------

    def first_run(self) -> dict[str, Any]:
        return {}

    def first_run_passphrase(self) -> dict[str, Any]:
        wizard = self.session.wizard
        wizard.next()
        form = wizard.passphrase_page.form
        for field in (form.passphrase_field, form.confirm_field):
            field.setFocus()
            QTest.keyClicks(field, self.passphrase)
        return {}

    def first_run_recovery(self) -> dict[str, Any]:
        self.session.wizard.next()  # creates the vault (off the GUI thread)
        return {}

    def first_run_confirm(self) -> dict[str, Any]:
        wizard = self.session.wizard
        code = wizard._recovery_code
        wizard.next()
        group = code.split("-")[wizard.confirm_group_number - 1]
        QTest.keyClicks(wizard.confirm_page.group_field, group)
        return {}

    def first_run_name(self) -> dict[str, Any]:
        wizard = self.session.wizard
        wizard.next()
        QTest.keyClicks(wizard.name_page.name_field, "Amal")
        return {}

    def main(self) -> dict[str, Any]:
        self.session.wizard.accept()
        return {}

    def logs(self) -> dict[str, Any]:
        window = self.session.main_window
        vault = self.session.vault
        start = datetime.now(UTC) - timedelta(days=1)
        for i, title in enumerate(("Street outreach, station", "Online contact")):
            vault.logs.save(occurred_at=start - timedelta(days=i), title=title, body="A walk.")
        window.log_model.reload()
        window.sections.setCurrentRow(window.sections.row_of("logs"))
        return {}

    def log_editor(self) -> dict[str, Any]:
        window = self.session.main_window
        window.new_log()
        QTest.keyClicks(window.editor.title, "Evening round")
        return {}

    def journal(self) -> dict[str, Any]:
        window = self.session.main_window
        vault = self.session.vault
        window.editor.save()
        now = datetime.now(UTC)
        for i, feeling in enumerate([7, 6, None, 5, 4, 6, 3, 5]):
            vault.journal.save(
                occurred_at=now - timedelta(days=7 * (8 - i) - 3),
                feeling=feeling,
                checkin_note="A long day." if i % 3 else "",
            )
        view = window.show_journal()
        settle()
        return {"charts": [chart(view.chart)]}

    def plan_wizard_page(self) -> dict[str, Any]:
        """The plan wizard's first page, then each next page per call."""
        if self.plan_wizard is None:
            plans = self.session.main_window.show_plans()
            self.plan_wizard = plans.new_plan()
            QTest.keyClicks(self.plan_wizard.widget("colleague"), "Bea")
        else:
            self.plan_wizard.next()
        wizard = self.plan_wizard
        ids = wizard.pageIds()
        page = ids.index(wizard.currentId()) + 1
        return {"page": page, "pages": len(ids)}

    def incidents_timeline(self) -> dict[str, Any]:
        from fieldsafe.vault.incidents import add_demo_safety_records

        if self.plan_wizard is not None:
            self.plan_wizard.reject()
            self.plan_wizard = None
        window = self.session.main_window
        vault = self.session.vault
        add_demo_safety_records(vault, incidents=30, seed="access", until=datetime.now(UTC))
        self.incidents = window.safety.show("incidents")
        settle()
        return {"charts": [chart(self.incidents.timeline)]}

    def incidents_patterns(self) -> dict[str, Any]:
        section = self.incidents
        section.tabs.setCurrentIndex(1)
        patterns = section.patterns
        charts = (patterns.by_month, patterns.by_setting, patterns.by_actor, patterns.by_time)
        return {"charts": [chart(c) for c in charts]}

    def incident_form(self) -> dict[str, Any]:
        """ "Something happened", as the Safety menu opens it, its type chosen."""
        from fieldsafe.ui.incidents.incident_form_dialog import open_incident_form

        self.dialog = open_incident_form(self.session.main_window, self.session.vault)
        self.dialog.form.type.set_value("surveillance_or_following")
        return {}

    def preferences(self) -> dict[str, Any]:
        from fieldsafe.ui.shell.preferences import open_preferences

        self._close_dialog()
        self.dialog = open_preferences(self.session.main_window, self.session.vault)
        return {}

    def colleagues(self) -> dict[str, Any]:
        """The Colleagues dialog with a colleague chosen (their safety number)."""
        from fieldsafe.exchange.identity import Identity

        self._close_dialog()
        self.session.vault.sharing.add_card(Identity.generate("Bea").card())
        self.dialog = self.session.main_window.show_plans().show_colleagues()
        self.dialog.colleagues.setCurrentRow(0)
        return {}

    def colleagues_teams(self) -> dict[str, Any]:
        """The same dialog's Teams tab."""
        self.dialog.tabs.setCurrentIndex(1)
        return {}

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def lock_screen(self) -> dict[str, Any]:
        self._close_dialog()
        self.session.lock()
        settle()
        screen = self.session.lock_screen
        screen.field.setFocus()
        QTest.keyClicks(screen.field, self.passphrase)
        return {}

    def quit(self) -> dict[str, Any]:
        if self.session.lock_screen is not None:
            self.session.lock_screen.field.clear()
        QTimer.singleShot(0, QApplication.quit)
        return {}


#: what the test may ask for, in this order
SCREENS = (
    "first-run",
    "first-run-passphrase",
    "first-run-recovery",
    "first-run-confirm",
    "first-run-name",
    "main",
    "logs",
    "log-editor",
    "journal",
    "plan-wizard-page",
    "incidents-timeline",
    "incidents-patterns",
    "incident-form",
    "preferences",
    "colleagues",
    "colleagues-teams",
    "lock-screen",
    "quit",
)


def answer(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def serve(driver: Driver) -> None:
    """Commands from stdin, one a line, answered in turn."""
    pending = bytearray()

    def readable() -> None:
        chunk = os.read(0, 4096)
        if not chunk:  # the test went away: quit rather than linger
            notifier.setEnabled(False)
            QApplication.quit()
            return
        pending.extend(chunk)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            run(line.decode().strip())

    def run(command: str) -> None:
        step: Callable[[], dict[str, Any]] | None = None
        if command in SCREENS:
            step = getattr(driver, command.replace("-", "_"))
        if step is None:
            answer({"error": f"unknown command {command!r}"})
            return
        try:
            extra = step()
            settle()
        except Exception:  # noqa: BLE001 - reported to the test, which fails
            answer({"error": traceback.format_exc()})
            return
        answer({"ready": command, **extra})

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, QApplication.instance())
    notifier.activated.connect(readable)


def main() -> int:
    harden_process()
    driver = Driver(sys.argv[1])
    settle()
    serve(driver)
    answer({"started": os.getpid()})
    code = QApplication.exec()
    driver.session.shutdown()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
