"""Qt's own text in the person's language: the standard buttons and dialogs
come from Qt's catalogue (qtbase_<lang>.qm, shipped in the PySide6 wheel),
and the wizards' Back and Next arrows point the way the pages turn, mirrored
in Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QWizard

from fieldsafe.ui.common import i18n
from fieldsafe.ui.plans.wizard import PlanWizard
from fieldsafe.ui.shell.first_run import FirstRunWizard

QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def drawn_arrows(button: QAbstractButton) -> set[str]:
    """Which of "<" and ">" the button's label is drawn with: its text laid
    out in the button's direction (as the style paints it), each glyph
    compared with the font's glyphs for the two arrows."""
    text = button.text().replace("&", "")
    layout = QTextLayout(text, button.font())
    option = QTextOption()
    option.setTextDirection(button.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    found = set()
    for run in layout.glyphRuns():
        glyphs = set(run.glyphIndexes())
        for arrow in "<>":
            if run.rawFont().glyphIndexesForString(arrow)[0] in glyphs:
                found.add(arrow)
    return found


def qt_catalogue(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"qtbase_{language}", str(QT_TRANSLATIONS))
    return translator


def test_the_pyside6_wheel_ships_qt_s_arabic_catalogue() -> None:
    assert (QT_TRANSLATIONS / "qtbase_ar.qm").is_file()


def test_standard_buttons_speak_arabic(qapp) -> None:  # noqa: ANN001
    installed = i18n.install_translators(qapp, "ar")
    assert any(t.filePath().endswith("qtbase_ar.qm") for t in installed)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    catalogue = qt_catalogue("ar")
    for which, source in (
        (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
        (QDialogButtonBox.StandardButton.Close, "Close"),
    ):
        text = box.button(which).text()
        assert text == catalogue.translate("QPlatformTheme", source)
        assert text != source
    assert QCoreApplication.translate("QWizard", "&Next >") != "&Next >"


def _second_page(wizard: QWizard) -> None:
    wizard.show()
    wizard.next()
    assert wizard.currentId() != wizard.startId()


def _wizards(vault_dir: Path) -> list[QWizard]:
    first_run = FirstRunWizard(vault_dir)
    first_run.show()
    first_run.next()  # the passphrase page has Back and Next (Create vault)
    plan = PlanWizard({})
    _second_page(plan)
    return [first_run, plan]


@pytest.mark.parametrize(
    ("language", "back", "forward"),
    # Persian's words are Qt's, Urdu's FieldSafe's (resources/i18n/qtbase_ur.ts)
    [("en", "<", ">"), ("ar", ">", "<"), ("fa", ">", "<"), ("ur", ">", "<"), ("th", "<", ">")],
)
def test_wizard_arrows_point_the_way_the_pages_turn(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    vault_dir: Path,
    language: str,
    back: str,
    forward: str,
) -> None:
    """Left to right, Back points left ("<"); right to left the pages turn
    the other way, so Back is drawn pointing right (the "<" of Qt's Arabic
    text mirrored to ">") and Next pointing left."""
    i18n.install_translators(qapp, language)
    rtl = language in ("ar", "fa", "ur")
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    for wizard in _wizards(vault_dir):
        qtbot.addWidget(wizard)
        back_button = wizard.button(QWizard.WizardButton.BackButton)
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        assert back_button.isVisible()
        assert back_button.layoutDirection() == want
        assert drawn_arrows(back_button) == {back}, back_button.text()
        if next_button.isVisible():
            assert drawn_arrows(next_button) == {forward}, next_button.text()
