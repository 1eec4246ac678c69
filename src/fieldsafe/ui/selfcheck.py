"""``fieldsafe --self-check fonts``: does this copy of FieldSafe draw every
script it supports with the fonts it brings along?

For the tests of the built bundle (tests/packaging/test_bundle.py), which
cannot reach inside it, and for support ("do you see boxes?"). It draws a
line of each script with the application font, offscreen, as the window
would, and prints one JSON object, script -> covered: covered means every
character was drawn by one of FieldSafe's bundled families and none as the
missing-glyph box. Exit 0 if every script is covered, 1 if not. Nothing is
written, no window is shown, and no vault is touched.
"""

from __future__ import annotations

import json
import os
import sys
from typing import cast

#: a line of real text in each script fonts.SCRIPTS names
SAMPLES: dict[str, str] = {
    "Latin": "Safety plan: café, São Paulo, Łódź, Nguyễn Văn",
    "Greek": "Σχέδιο για μια ασφαλή συνάντηση",
    "Cyrillic": "План безопасной встречи; Київ",
    "Arabic": "خطة لقاء آمن، الساعة ٥:٣٠",
    "Devanagari": "सुरक्षित मुलाकात की योजना, ०१२३",
    "Bengali": "নিরাপদ সাক্ষাতের পরিকল্পনা",
    "Thai": "แผนการพบกันอย่างปลอดภัย",
    "Ethiopic": "ደህንነቱ የተጠበቀ የስብሰባ እቅድ",
}

CHECKS = ("fonts",)


def fonts_covered() -> dict[str, bool]:
    """Script -> whether its sample is drawn wholly by bundled families."""
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QApplication

    from fieldsafe.ui.common import fonts

    app = cast("QApplication", QApplication.instance() or QApplication(["fieldsafe"]))
    bundled = set(fonts.load())  # the families read from FieldSafe's own files
    font = fonts.install(app)
    covered = {}
    for script, text in SAMPLES.items():
        layout = QTextLayout(text, font)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(100000)
        layout.endLayout()
        runs = layout.glyphRuns()
        covered[script] = bool(runs) and all(
            0 not in run.glyphIndexes() and run.rawFont().familyName() in bundled for run in runs
        )
    return covered


def run(check: str) -> int:
    """Print the check's JSON; the exit code."""
    if check not in CHECKS:
        sys.stderr.write(f"fieldsafe: --self-check takes one of: {', '.join(CHECKS)}\n")
        return 64
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, no display needed
    result = fonts_covered()
    sys.stdout.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")
    sys.stdout.flush()
    return 0 if all(result.values()) else 1
