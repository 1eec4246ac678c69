"""No boxes (□) for a supported script: the bundled Noto fonts cover every
translated string and a sample of every supported script, they are loaded
before the first window, and they draw that text even on a machine that has
no Noto font at all (a fontconfig that sees only an empty folder)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QLoggingCategory, QTime
from PySide6.QtGui import QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from fieldsafe import app
from fieldsafe.ui.common import fonts, i18n

#: a line of real text in each supported script (fonts.SCRIPTS names them)
SAMPLES = {
    "Latin": "Safety plan: café, São Paulo, İstanbul, Łódź, Nguyễn Văn, “quoted” — 1–2 €",
    "Greek": "Σχέδιο για μια ασφαλή συνάντηση",
    "Cyrillic": "План безопасной встречи; Київ, Ђорђе",
    "Arabic": "خطة لقاء آمن، الساعة ٥:٣٠؛ پیام گفتگو؛ اردو میں بات ہے؟ ۰۱۲۳۴۵۶۷۸۹",
    "Devanagari": "सुरक्षित मुलाकात की योजना, ०१२३४५६७८९",
    "Bengali": "নিরাপদ সাক্ষাতের পরিকল্পনা, ০১২৩৪৫৬৭৮৯",
    "Thai": "แผนการพบกันอย่างปลอดภัย ๐๑๒๓",
    "Ethiopic": "ደህንነቱ የተጠበቀ የስብሰባ እቅድ። ፩፪፫",
    "Han": "安全计划：见面日记，风险事件（恢复码）。",
}

#: characters that are never drawn: controls, bidi marks and isolates, joiners
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp"}


def catalogues() -> list[Path]:
    return sorted(i18n.I18N_DIR.glob("fieldsafe_*.ts"))


def catalogue_texts(path: Path) -> list[str]:
    """Every source and translation (each plural form) in a .ts file."""
    texts = []
    for message in ET.parse(path).getroot().iter("message"):
        texts.append(message.findtext("source") or "")
        translation = message.find("translation")
        if translation is not None:
            texts += [el.text for el in translation.iter() if el.text]
    return [t for t in texts if t]


def locale_texts(language: str) -> list[str]:
    """Dates, times and numbers as the language's locale writes them."""
    locale = QLocale(language)
    moment = QDateTime(QDate(2026, 12, 7), QTime(17, 30))
    return [
        locale.toString(moment.date(), QLocale.FormatType.ShortFormat),
        locale.toString(moment.date(), QLocale.FormatType.LongFormat),
        locale.toString(moment, QLocale.FormatType.ShortFormat),
        locale.toString(1234567.89, "f", 2),
        locale.toString(-42),
        locale.toString(0.5 * 100) + locale.percent(),
    ]


def every_text() -> list[str]:
    texts = list(SAMPLES.values())
    for path in catalogues():
        texts += catalogue_texts(path)
        texts += locale_texts(path.stem.split("_", 1)[1])
    return texts


def raw_fonts(files: list[Path]) -> list[QRawFont]:
    loaded = [QRawFont(path.read_bytes(), 16) for path in files]
    assert all(font.isValid() for font in loaded)
    return loaded


def uncovered(texts: list[str], files: list[Path]) -> set[str]:
    """The visible characters of ``texts`` that no font in ``files`` has."""
    found = raw_fonts(files)
    chars = {c for text in texts for c in text if unicodedata.category(c) not in _INVISIBLE}
    return {c for c in chars if not any(font.supportsCharacter(ord(c)) for font in found)}


def describe(chars: set[str]) -> list[str]:
    return sorted(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in chars)


def test_every_shipped_catalogue_is_checked() -> None:
    compiled = sorted(i18n.I18N_DIR.glob("fieldsafe_*.qm"))
    assert compiled, "no catalogue found: nothing would be checked"
    assert [p.with_suffix(".ts") for p in compiled] == [
        p for p in catalogues() if p.with_suffix(".qm").exists()
    ]
    assert set(SAMPLES) == set(fonts.SCRIPTS)


def test_the_bundled_fonts_cover_every_translated_string_and_every_script(qapp) -> None:  # noqa: ANN001
    files = fonts.font_files()
    assert files, "no bundled fonts"
    missing = uncovered(every_text(), files)
    assert not missing, f"characters no bundled font has: {describe(missing)}"


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_each_script_has_its_bundled_font(qapp, script: str) -> None:  # noqa: ANN001
    family = fonts.SCRIPTS[script]
    files = [p for p in fonts.font_files() if QRawFont(p.read_bytes(), 16).familyName() == family]
    assert len(files) >= 2, f"{family}: regular and bold expected"
    assert not uncovered([SAMPLES[script]], files), script


def test_the_check_fails_when_the_arabic_font_is_missing(qapp) -> None:  # noqa: ANN001
    """The coverage check itself: without Noto Naskh Arabic, the Arabic
    catalogue has characters no bundled font has."""
    without = [p for p in fonts.font_files() if "Arabic" not in p.name]
    arabic = [
        t for path in catalogues() if path.stem.endswith("_ar") for t in catalogue_texts(path)
    ]
    assert arabic
    assert uncovered(arabic, without)


def test_the_licence_and_sources_are_bundled() -> None:
    licence = (fonts.FONTS_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    readme = (fonts.FONTS_DIR / "README.md").read_text(encoding="utf-8")
    for path in fonts.font_files():
        assert path.name in readme, f"{path.name}: source and version not in README.md"


def test_start_loads_the_fonts_before_the_first_window(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    session = app.start(["--vault", str(tmp_path / "v"), "--lang", "ar"])
    try:
        assert set(fonts.FAMILIES) <= set(QFontDatabase.families())
        assert tuple(QApplication.font().families()[: len(fonts.FAMILIES)]) == fonts.FAMILIES
        wizard = session.wizard
        assert tuple(wizard.font().families()[: len(fonts.FAMILIES)]) == fonts.FAMILIES
    finally:
        session.shutdown()


_DRAW = r"""
import json, sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
from fieldsafe.ui.common import fonts

app = QApplication(["fieldsafe"])
print(json.dumps(sorted(set(__import__("PySide6.QtGui").QtGui.QFontDatabase.families()))))
fonts.install(app)
wrong = []
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    for line in text.splitlines():
        layout = QTextLayout(line, app.font())
        layout.beginLayout()
        while True:
            made = layout.createLine()
            if not made.isValid():
                break
            made.setLineWidth(100000)
        layout.endLayout()
        for run in layout.glyphRuns():
            family = run.rawFont().familyName()
            if 0 in run.glyphIndexes() or family not in fonts.FAMILIES:
                wrong.append([line, family])
print(json.dumps(wrong))
"""


def test_a_machine_without_noto_draws_every_string_with_the_bundled_fonts(tmp_path: Path) -> None:
    """In a process whose fontconfig sees no font at all, every translated
    string and every sample is drawn by a bundled family, never with the
    missing glyph (glyph 0)."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>{empty}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    texts = tmp_path / "texts.json"
    texts.write_text(json.dumps(every_text()), encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    env.pop("FONTCONFIG_PATH", None)
    done = subprocess.run(
        [sys.executable, "-c", _DRAW, str(texts)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    before, wrong = (json.loads(line) for line in done.stdout.splitlines()[-2:])
    assert not [f for f in before if f.startswith("Noto")], "the child process still saw Noto"
    assert not wrong, f"drawn without a bundled font or as a box: {wrong[:10]}"


def test_qt_s_notes_on_skipped_families_stay_off_stderr(qapp) -> None:  # noqa: ANN001
    """Drawing Hindi, Qt tries Noto Sans first and notes "OpenType support
    missing for "Noto Sans", script 11" before the next family draws it; the
    language picker shows every language's own name, so each start printed
    such lines (tests/reliability/test_start_up.py holds stderr to nothing)."""
    fonts.install(qapp)
    assert not QLoggingCategory("qt.text.font.db").isInfoEnabled()
