"""The language choice on the first-run welcome page: each language by its
own name, applied at once by keyboard (every page rebuilt in it, right to left
for Arabic), and saved for the next start; ``--lang`` still wins for its run."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from fieldsafe import app, paths
from fieldsafe.ui.common import i18n
from fieldsafe.ui.common.language_choice import LanguageChoice
from fieldsafe.ui.shell import settings
from fieldsafe.ui.shell.first_run import FirstRunWizard
from tests.ui.conftest import activate, find, run_posted


def _arabic(context: str, source: str) -> str:
    i18n.install_translators(QApplication.instance(), "ar")
    try:
        return QCoreApplication.translate(context, source)
    finally:
        i18n.install_translators(QApplication.instance(), "en")


def test_the_choice_names_each_language_in_itself(qtbot, qapp) -> None:  # noqa: ANN001
    codes = i18n.available_languages()
    assert codes[0] == "en" and "ar" in codes
    choice = LanguageChoice(current="ar")
    qtbot.addWidget(choice)
    names = [choice.itemText(i) for i in range(choice.count())]
    assert names == [i18n.native_name(code) for code in codes]
    assert names[0] == "English" and names[codes.index("ar")] == "العربية"
    assert choice.value() == "ar"
    with_system = LanguageChoice(current=None, with_system=True)
    qtbot.addWidget(with_system)
    assert with_system.count() == len(codes) + 1 and with_system.value() is None


def test_choosing_arabic_on_the_welcome_page_applies_at_once(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    welcome_ar = _arabic("WelcomePage", "Welcome to FieldSafe")
    next_ar = _arabic("QWizard", "&Next >")
    session = app.start(["--vault", str(tmp_path / "v")])
    try:
        wizard = session.wizard
        assert isinstance(wizard, FirstRunWizard)
        qtbot.waitExposed(wizard)
        activate(qtbot, wizard)
        assert i18n.current_language() == "en"
        qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        choice = find("Language", LanguageChoice)
        assert choice.hasFocus() and choice.currentText() == "English"
        type_text(choice, "ا")  # type-ahead: the first name starting with alef, العربية
        run_posted(qtbot)
        # Every page was built again, in Arabic, right to left; the choice keeps the focus.
        assert i18n.current_language() == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert wizard.isRightToLeft() and wizard.currentId() == wizard.startId()
        assert wizard.welcome_page.title() == welcome_ar
        assert wizard.button(QWizard.WizardButton.NextButton).text() == next_ar
        choice = wizard.welcome_page.language
        assert choice.currentText() == "العربية" and choice.hasFocus()
        saved = json.loads(paths.settings_file().read_text(encoding="utf-8"))
        assert saved["language"] == "ar"
        # And back, still by keyboard.
        qtbot.keyClick(choice, Qt.Key.Key_Home)
        run_posted(qtbot)
        assert i18n.current_language() == "en"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert wizard.welcome_page.title() == "Welcome to FieldSafe"
        assert settings.load().language == "en"
        # The rest of the wizard still works: on to the passphrase page.
        qtbot.keyClick(wizard.button(QWizard.WizardButton.NextButton), Qt.Key.Key_Space)
        assert wizard.currentPage() is wizard.passphrase_page
    finally:
        session.shutdown()


def test_the_saved_language_applies_and_lang_wins_for_its_run(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    settings.save(settings.Settings(language="ar"))
    session = app.start(["--vault", str(tmp_path / "v")])
    try:
        assert i18n.current_language() == "ar"
        assert session.wizard.welcome_page.language.value() == "ar"
    finally:
        session.shutdown()
    session = app.start(["--vault", str(tmp_path / "w"), "--lang", "en"])
    try:
        assert i18n.current_language() == "en"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert session.wizard.welcome_page.language.value() == "en"
        assert settings.load().language == "ar"  # --lang is for this run only
    finally:
        session.shutdown()


def type_text(widget: QWidget, text: str) -> None:
    """Key presses that type ``text``, as a keyboard layout of its script
    would (QTest's keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
