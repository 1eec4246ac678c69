"""Qt's own words in every language FieldSafe ships (issue 17).

Some of what a person reads comes from Qt, not from FieldSafe's catalogue:
the wizard's Back, Next, Finish and Cancel, the standard dialog buttons, a
text field's right-click menu, the spin box's menu and Qt's file dialog
(FieldSafe always uses Qt's own). Qt ships no catalogue for twelve of
FieldSafe's languages, so ``resources/i18n/qtbase_<code>.ts`` holds them,
written for FieldSafe, and :func:`fieldsafe.ui.common.i18n.install_translators`
loads it where Qt has none. Checked here:

- every shipped language has Qt's words, from Qt or from FieldSafe;
- each of FieldSafe's Qt catalogues is complete, holds the same messages as
  the others, keeps ``%1``, line breaks and one access key where the source
  has one, and its ``.qm`` is compiled from it;
- installed, it is what the wizard's buttons and the dialog buttons say.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard, QWizardPage

from fieldsafe.ui.common import i18n
from tests.ui.common.test_translation_checks import TAG, tool

OURS = sorted(i18n.I18N_DIR.glob("qtbase_*.ts"))
KEY = re.compile(r"&(?!&)\S")


def code_of(path: Path) -> str:
    return path.stem.split("_", 1)[1]


def qt_has(code: str) -> bool:
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QTranslator().load(QLocale(code), "qtbase", "_", path)


def messages(path: Path) -> dict[tuple[str, str, str], str]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("code", [c for c in i18n.available_languages() if c != "en"])
def test_every_language_has_qt_s_words(code: str, qapp: QApplication) -> None:
    assert qt_has(code) != (i18n.I18N_DIR / f"qtbase_{code}.ts").exists(), (
        f"{code}: Qt's own words come from Qt or from resources/i18n/qtbase_{code}.ts, one of them"
    )


@pytest.mark.parametrize("path", OURS, ids=code_of)
def test_each_qt_catalogue_is_complete_and_keeps_what_must_stay(path: Path) -> None:
    found = messages(path)
    assert set(found) == set(messages(OURS[0])), "the same Qt messages in every catalogue"
    problems = []
    for (context, source, _comment), text in found.items():
        where = f"{context}: {source!r} -> {text!r}"
        if not text.strip():
            problems.append(f"{where}: empty")
        if source.count("%1") != text.count("%1") or source.count("\n") != text.count("\n"):
            problems.append(f"{where}: %1 or a line break lost")
        if len(KEY.findall(source)) != len(KEY.findall(text)):
            problems.append(f"{where}: access keys")
        if TAG.search(text):
            problems.append(f"{where}: markup")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", OURS, ids=code_of)
def test_each_qt_catalogue_is_compiled(path: Path, tmp_path: Path) -> None:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(path), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == path.with_suffix(".qm").read_bytes(), (
        "run scripts/update-translations"
    )


@pytest.mark.parametrize("path", OURS, ids=code_of)
def test_installed_it_is_what_the_buttons_say(path: Path, qtbot) -> None:  # noqa: ANN001
    code = code_of(path)
    found = messages(path)
    app = QApplication.instance()
    try:
        i18n.install_translators(app, code)
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        qtbot.addWidget(wizard)
        assert (
            wizard.buttonText(QWizard.WizardButton.NextButton) == found[("QWizard", "&Next >", "")]
        )
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == found[("QPlatformTheme", "Cancel", "")]
        assert (
            QCoreApplication.translate("QFileDialog", "File &name:")
            == found[("QFileDialog", "File &name:", "")]
        )
    finally:
        i18n.install_translators(app, "en")
