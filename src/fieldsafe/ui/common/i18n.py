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

Whether a native speaker has reviewed a language is data, not code:
``resources/i18n/languages.json`` lists every shipped language with its own
name, its direction and its review (``"source"`` for English, ``"awaiting"``,
or ``"reviewed"`` with by whom and when); :func:`language_info` reads it, and
:func:`review_status` and :func:`review_note` word it for the language picker
and the About dialog. A language missing from the file, or a file that cannot
be read, counts as awaiting review: never "reviewed" by mistake.
docs/translating.md tells a translator how to change it.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common.bidi import isolated

log = logging.getLogger("fieldsafe.ui.common.i18n")

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES_FILE = I18N_DIR / "languages.json"
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
    listed = shipped_languages().get(language)
    if listed is not None:
        return listed.name
    if language in _NATIVE_NAMES:
        return _NATIVE_NAMES[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def _t(text: str) -> str:
    return QCoreApplication.translate("languages", text)


# -- review status: resources/i18n/languages.json ----------------------------------------

ReviewState = Literal["source", "awaiting", "reviewed"]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Review:
    """Whether a native speaker has reviewed a language: ``"source"`` (the
    text FieldSafe is written in), ``"awaiting"``, or ``"reviewed"`` by
    ``by`` (a name, a pseudonym or an organisation) on ``date`` (YYYY-MM-DD)."""

    status: ReviewState
    by: str = ""
    date: str = ""


@dataclass(frozen=True)
class Language:
    """A shipped language: its code ("ar"), its own name ("العربية"), its
    direction ("ltr" or "rtl") and its review."""

    code: str
    name: str
    direction: Literal["ltr", "rtl"]
    review: Review


def _review(raw: dict[str, object]) -> Review:
    status, by, date = raw.get("status"), raw.get("by", ""), raw.get("date", "")
    if status not in ("source", "awaiting", "reviewed"):
        raise ValueError("unknown review status")
    if not isinstance(by, str) or not isinstance(date, str):
        raise ValueError("by and date are text")
    if status == "reviewed" and not (
        by.strip()
        and _ISO_DATE.fullmatch(date)
        and QDate.fromString(date, Qt.DateFormat.ISODate).isValid()
    ):
        raise ValueError("a review names who (by) and when (date, YYYY-MM-DD)")
    return Review(status=status, by=by.strip(), date=date)


def parse_languages(text: str) -> dict[str, Language]:
    """The languages of a ``languages.json`` text, by code; raises
    ``ValueError`` when an entry is incomplete or wrong."""
    found: dict[str, Language] = {}
    for raw in json.loads(text)["languages"]:
        code, name, direction = raw.get("code"), raw.get("name"), raw.get("direction")
        if not (isinstance(code, str) and code and isinstance(name, str) and name.strip()):
            raise ValueError("an entry needs a code and its own name")
        if direction not in ("ltr", "rtl"):
            raise ValueError(f"{code}: direction is ltr or rtl")
        if code in found:
            raise ValueError(f"{code}: listed twice")
        review = _review(raw.get("review") or {})
        if (review.status == "source") != (code == SOURCE_LANGUAGE):
            raise ValueError(f"{code}: only {SOURCE_LANGUAGE} is the source")
        found[code] = Language(code=code, name=name.strip(), direction=direction, review=review)
    return found


@functools.cache
def shipped_languages() -> dict[str, Language]:
    """Every language in ``languages.json``, by code (read once). Empty if
    the file cannot be read: every language then counts as awaiting review."""
    try:
        return parse_languages(LANGUAGES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("languages_file_unreadable")
        return {}


def language_info(language: str) -> Language:
    """``language`` as ``languages.json`` lists it; one it does not list
    (a catalogue added without an entry) is awaiting review."""
    listed = shipped_languages().get(language)
    if listed is not None:
        return listed
    direction: Literal["ltr", "rtl"] = "rtl" if is_right_to_left(language) else "ltr"
    return Language(language, native_name(language), direction, Review("awaiting"))


def review_status(language: str) -> str:
    """A few words for the language picker: "Reviewed by a native speaker",
    "Awaiting review by native speakers" or, for English, "Original text"."""
    status = language_info(language).review.status
    if status == "source":
        return _t("Original text")
    if status == "reviewed":
        return _t("Reviewed by a native speaker")
    return _t("Awaiting review by native speakers")


def review_note(language: str) -> str:
    """A sentence or two for the About dialog: the language, whether a native
    speaker reviewed it (who and when), and how to tell us when a word reads
    wrong (the project has no public address: through whoever gave it)."""
    info = language_info(language)
    review = info.review
    if review.status == "source":
        return isolated(
            _t("Language: {language}, the text FieldSafe is written in first."),
            language=info.name,
        )
    tell = _t(
        "If a word reads wrong, unclear or unkind, tell us through the organisation "
        "that gave you FieldSafe."
    )
    if review.status == "reviewed":
        when = QLocale().toString(
            QDate.fromString(review.date, Qt.DateFormat.ISODate), QLocale.FormatType.LongFormat
        )
        said = isolated(
            _t("Language: {language}, reviewed by a native speaker ({who}, {date})."),
            language=info.name,
            who=review.by,
            date=when,
        )
    else:
        said = isolated(
            _t(
                "Language: {language}, awaiting review by native speakers: no one whose "
                "language it is has checked this translation yet."
            ),
            language=info.name,
        )
    return f"{said} {tell}"


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
        # Qt's own words (wizard and dialog buttons, the file dialog, a field's
        # menu) for the languages Qt has no catalogue for: FieldSafe's, same name
        (lambda t: t.load(locale, "qtbase", "_", str(I18N_DIR))),
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
