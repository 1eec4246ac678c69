"""Translators and text direction.

FieldSafe's own translations live in ``fieldsafe/resources/i18n/
fieldsafe_<lang>.qm``; Qt's (standard buttons, dialogs) come from Qt's
translations folder. A translation that says ``QT_LAYOUT_DIRECTION`` = "RTL"
turns the whole interface right-to-left (Qt does that itself); a right-to-left
language asked for explicitly gets the same direction even before its
translation exists, so layouts can be checked early.

``scripts/update-translations`` refreshes the ``.ts`` files from the code
(``self.tr``, ``translate``, ``QT_TRANSLATE_NOOP`` and the modules' one-line
``_t`` helpers) and compiles the ``.qm`` files; tests/ui/common/test_translations.py
checks that both are complete and current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's and FieldSafe's translators for ``language`` (e.g. "ar"),
    or for the system's UI languages when ``None``. Call after the
    application exists and before any widget is created. Returns the
    installed translators (parented to ``app``)."""
    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)  # dates and numbers follow the chosen language
    installed: list[QTranslator] = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("fieldsafe", str(I18N_DIR)),
    )
    for name, directory in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    translated_rtl = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    asked_rtl = bool(language and language.split("_")[0].lower() in RTL_LANGUAGES)
    if translated_rtl or asked_rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed
