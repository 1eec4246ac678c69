"""Build every screen the screenshot script builds and check that its text
fits, instead of saving a picture (run in its own process by
test_screens_fit.py: the screen's size, the language and the font scale are
chosen when the application starts)::

    .venv/bin/python -m tests.ui.fit.render OUT.json --screen 1366x768 [--lang ar] [--font-scale 1.6]

The arguments after OUT.json are scripts/make_screenshots.py's. OUT.json gets
``{"screens": [names], "problems": [Problem.as_dict()...]}``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def main(argv: list[str]) -> int:
    out, rest = Path(argv[0]), argv[1:]
    scratch = tempfile.mkdtemp(prefix="fieldsafe-fit-")
    sys.argv = ["make_screenshots.py", "--out", scratch, *rest]
    spec = importlib.util.spec_from_file_location(
        "make_screenshots", ROOT / "scripts" / "make_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)  # chooses the offscreen screen from --screen

    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QEventLoop

    from fieldsafe.ui.common import ops
    from tests.ui.fit.checker import check

    def settle() -> None:
        """Work on other threads done and its answers shown, layouts done
        (the script only waits a moment; a busy machine needs longer)."""
        deadline = QDeadlineTimer(10_000)
        while ops.busy() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.processEvents()

    screens: list[str] = []
    problems: list[dict[str, object]] = []

    def on_shot(widget: object, name: str) -> None:
        settle()
        screens.append(name)
        problems.extend(p.as_dict() for p in check(widget, screen=name))  # type: ignore[arg-type]

    script.on_shot = on_shot
    script.pause_scale = float(os.environ.get("FIELDSAFE_FIT_PAUSE", "0.2"))
    code = script.main()
    out.write_text(json.dumps({"screens": screens, "problems": problems}, indent=1), "utf-8")
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
