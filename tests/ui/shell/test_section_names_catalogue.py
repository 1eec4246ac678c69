"""The sidebar's section names reach the Arabic catalogue under the context
they are looked up in (window_layout.build_sections).

They were written ``tr = window.tr; tr("Today")``: at run time that looks
"Today" up in the "MainWindow" context, but lupdate cannot tell what
``tr`` is and filed the names under an empty context, so a translated
catalogue would never be asked for them and the sidebar stayed English in
Arabic. Here a translator records what the sidebar asks for, and
scripts/update-translations (into a temporary copy of fieldsafe_ar.ts, as
test_translations does) must hold each of those (context, text) pairs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common import i18n
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.window_layout import build_sections

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "update-translations"
TS = i18n.I18N_DIR / "fieldsafe_ar.ts"
NAMES = {
    "Outreach logs",
    "Today",
    "My journal",
    "Meeting plans",
    "Incidents",
    "Risk assessments",
    "Sections",
}


class Recorder(QTranslator):
    """Translates nothing; remembers the first context each text was asked
    in (PySide's ``tr`` asks in the object's own class first, then, finding
    nothing, in each base class: only the first counts, the one a
    translation would be found in)."""

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self.asked: dict[str, str] = {}

    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.setdefault(source, context)
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _lupdate_pairs(tmp_path: Path) -> set[tuple[str, str]]:
    here = Path(sys.executable).parent
    if (
        shutil.which("pyside6-lupdate", path=f"{here}{os.pathsep}{os.environ.get('PATH', '')}")
        is None
    ):
        pytest.skip("pyside6-lupdate is not installed")
    shutil.copy(TS, tmp_path / TS.name)
    env = dict(os.environ)
    env["FIELDSAFE_I18N_DIR"] = str(tmp_path)
    env["FIELDSAFE_NO_RELEASE"] = "1"
    env["PATH"] = os.pathsep.join([str(here), env.get("PATH", "")])
    subprocess.run(
        ["bash", str(SCRIPT), "ar"], check=True, env=env, capture_output=True, timeout=120
    )
    pairs = set()
    for context in ET.parse(tmp_path / TS.name).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            pairs.add((name, message.findtext("source") or ""))
    return pairs


def test_section_names_are_in_the_catalogue_under_their_run_time_context(
    qapp: QApplication,
    window: MainWindow,
    tmp_path: Path,
) -> None:
    recorder = Recorder(qapp)
    qapp.installTranslator(recorder)
    sidebar = build_sections(window)
    sidebar.deleteLater()
    asked = {(context, source) for source, context in recorder.asked.items() if source in NAMES}
    assert {source for _, source in asked} == NAMES
    in_catalogue = _lupdate_pairs(tmp_path)
    missing = sorted(asked - in_catalogue)
    assert not missing, f"looked up at run time, not in the catalogue that way: {missing}"
