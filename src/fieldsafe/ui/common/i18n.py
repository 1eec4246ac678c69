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

The languages a person can choose are English (the source text) and every
compiled catalogue, each shown by its own name (:func:`available_languages`,
:func:`native_name`). :func:`install_translators` may be called again with
another language: it replaces the translators it installed before and sets the
direction both ways, so a window built afterwards (or retranslated) speaks the
new language. ``--lang`` wins over the saved choice for that run (``app.start``).

English needs a catalogue too, for its plurals only: the source says "%n log(s)",
and ``fieldsafe_en.qm`` turns it into "1 log" and "2 logs". It is installed
under every language, first, so a language's own catalogue wins wherever it
has the message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
SOURCE_LANGUAGE = "en"  # the language of the source text: no catalogue needed

#: names Qt words with a country ("español de España"): the language alone
_NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
_TRANSLATOR = "fieldsafe-translator"  # objectName of the translators installed here
_QT_TRANSLATIONS = QLibraryInfo.LibraryPath.TranslationsPath


def available_languages() -> list[str]:
    """English, then the language of every compiled catalogue (e.g. "ar")."""
    found = sorted(p.stem.split("_", 1)[1] for p in I18N_DIR.glob("fieldsafe_*.qm"))
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def native_name(language: str) -> str:
    """The language's name in itself: "English", "العربية", "Español"."""
    if language in _NATIVE_NAMES:
        return _NATIVE_NAMES[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def current_language() -> str:
    """The language FieldSafe speaks now (a code from :func:`available_languages`):
    that of the FieldSafe catalogue installed here, else the source's."""
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator, _TRANSLATOR) if app is not None else []:
        language = translator.language()
        if Path(translator.filePath()).name.startswith("fieldsafe_") and language:
            if language != SOURCE_LANGUAGE:  # not the English plurals under every language
                return language
    return SOURCE_LANGUAGE


def is_right_to_left(language: str) -> bool:
    return language.split("_")[0].lower() in RTL_LANGUAGES


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's and FieldSafe's translators for ``language`` (e.g. "ar"),
    or for the system's UI languages when ``None``, replacing those installed
    here before. Call after the application exists and before any widget is
    created (or rebuild the widgets afterwards). Returns the installed
    translators (parented to ``app``)."""
    for old in app.findChildren(QTranslator, _TRANSLATOR):
        app.removeTranslator(old)
        old.setObjectName("")  # gone for current_language() before it is deleted
        old.deleteLater()
    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)  # dates and numbers follow the chosen language
    installed: list[QTranslator] = []
    english = I18N_DIR / f"fieldsafe_{SOURCE_LANGUAGE}.qm"
    sources = (  # the last installed is asked first
        (lambda t: t.load(str(english))),
        (lambda t: t.load(locale, "qtbase", "_", QLibraryInfo.path(_QT_TRANSLATIONS))),
        (lambda t: t.load(locale, "fieldsafe", "_", str(I18N_DIR))),
    )
    for load in sources:
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR)
        if load(translator) and not any(t.filePath() == translator.filePath() for t in installed):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    translated_rtl = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    asked_rtl = bool(language and is_right_to_left(language))
    rtl = translated_rtl or asked_rtl
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return installed
