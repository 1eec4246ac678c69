"""The fonts FieldSafe brings along, so no supported script shows boxes (□).

``fieldsafe/resources/fonts/`` holds Noto fonts (SIL Open Font License, see
``OFL.txt`` and ``README.md`` there): Noto Sans for Latin, Greek and Cyrillic,
and one font for each other script FieldSafe supports. :func:`install` loads
them into Qt's font database and makes the application font a family list in
:data:`FAMILIES` order, so Qt draws each character with the first bundled
family that has it, whatever the machine has installed. Chinese is a subset:
the characters of the Chinese catalogue (scripts/subset_cjk_font.py). Characters
none of them has (Chinese people type outside that subset, Japanese, Korean:
too large to bundle; the ``fonts-noto-cjk`` system package covers them) fall
back to the system's fonts as before.

Call :func:`install` once the ``QApplication`` exists and before the first
window (``app.start`` does). Calling it again is harmless.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger("fieldsafe.ui.common.fonts")

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

#: script -> the bundled family that draws it (the tests hold a sample of each)
SCRIPTS: dict[str, str] = {
    "Latin": "Noto Sans",
    "Greek": "Noto Sans",
    "Cyrillic": "Noto Sans",
    "Arabic": "Noto Naskh Arabic",
    "Devanagari": "Noto Sans Devanagari",
    "Bengali": "Noto Sans Bengali",
    "Thai": "Noto Sans Thai",
    "Ethiopic": "Noto Sans Ethiopic",
    "Han": "FieldSafe Noto Sans SC",  # the characters of the Chinese catalogue only
}

#: the application font's families, in the order Qt tries them for a character
FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(SCRIPTS.values()))

_loaded: dict[Path, int] = {}  # font file -> its id in QFontDatabase


def font_files() -> list[Path]:
    """The bundled font files (regular and bold of each family)."""
    return sorted([*FONTS_DIR.glob("*.ttf"), *FONTS_DIR.glob("*.otf")])


def load() -> list[str]:
    """Add the bundled fonts to Qt's font database (once per process);
    returns the families now available from them. A file Qt cannot read is
    logged and skipped: the system's fonts still draw what they can."""
    families: list[str] = []
    for path in font_files():
        font_id = _loaded.get(path)
        if font_id is None:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font_not_loaded")
                continue
            _loaded[path] = font_id
        families += QFontDatabase.applicationFontFamilies(font_id)
    return list(dict.fromkeys(families))


def with_fallbacks(font: QFont) -> QFont:
    """``font`` with FieldSafe's family list: the bundled families first, in
    :data:`FAMILIES` order, then whatever ``font`` named before (so a
    character none of them has still finds the system's font)."""
    out = QFont(font)
    earlier = [f for f in font.families() or [font.family()] if f and f not in FAMILIES]
    out.setFamilies([*FAMILIES, *earlier])
    return out


def install(app: QApplication) -> QFont:
    """Load the bundled fonts and make the application font draw with them
    (see the module docs). Returns the new application font."""
    available = load()
    missing = [family for family in FAMILIES if family not in available]
    if missing:
        log.warning("fonts_missing", extra={"counts": {"families": len(missing)}})
    # A widget that names one family (a style sheet's font-family: "Noto
    # Sans") loses the list; substitutions give that family the same fallbacks.
    for family in FAMILIES:
        QFont.insertSubstitutions(family, [f for f in FAMILIES if f != family])
    # Qt tries the families in order and notes on stderr, for each script it
    # skips, that Noto Sans has no OpenType tables for it ("OpenType support
    # missing for "Noto Sans", script 11"): the next family draws it, as
    # intended, so that line says nothing to anyone (the language picker shows
    # every language's name in its own script). QT_LOGGING_RULES still wins.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    font = with_fallbacks(app.font())
    app.setFont(font)
    return font
