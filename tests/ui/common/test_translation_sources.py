"""scripts/translation_sources.py: the shadow lines that let lupdate see the
messages behind a module's translate() helper, with their plural and their
disambiguation, on the line of their text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "translation_sources.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translation_sources", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


SOURCE = """\
from PySide6.QtCore import QCoreApplication

CONTEXT = "words"


def _t(text, disambiguation=None, n=-1):
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def _p(text, n=-1):
    return QCoreApplication.translate("checkins", text, None, n)


def words(count):
    return [
        _t("Plain"),
        _t(
            "%n thing(s)", "", count
        ),
        _t("min", "minutes, after a number"),
        _p("%n minute(s)", count) if count else _p("now"),
        QCoreApplication.translate("colleagues", "Share with %n colleague(s)", "", count),
        QCoreApplication.translate("colleagues", "Seen by lupdate itself"),
        QCoreApplication.translate(CONTEXT, "From a constant"),
    ]
"""


def test_shadow_lines_name_plurals_and_disambiguations_on_their_text_line() -> None:
    lines = _module().shadow_lines(SOURCE)
    assert lines == {
        16: ['QT_TRANSLATE_NOOP("words", "Plain")'],
        18: ['class words: self.tr("%n thing(s)", "", n)'],
        20: ['class words: self.tr("min", "minutes, after a number")'],
        21: [
            'class checkins: self.tr("%n minute(s)", "", n)',
            'QT_TRANSLATE_NOOP("checkins", "now")',
        ],
        22: ['class colleagues: self.tr("Share with %n colleague(s)", "", n)'],
        24: ['QT_TRANSLATE_NOOP("words", "From a constant")'],
    }
