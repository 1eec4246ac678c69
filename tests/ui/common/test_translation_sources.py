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


ENGLISH = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>A</name>
    <message>
        <location filename="a.py" line="1"/>
        <source>Not a plural</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="a.py" line="2"/>
        <source>%n new log(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="a.py" line="3"/>
        <source>%n check-in(s) have passed.</source>
        <translation type="unfinished">
            <numerusform>%n check-in has passed.</numerusform>
            <numerusform>%n check-ins have passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>B</name>
    <message>
        <location filename="b.py" line="1"/>
        <source>Nothing to count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_the_english_catalogue_keeps_plurals_only_and_finishes_them(tmp_path: Path) -> None:
    ts = tmp_path / "fieldsafe_en.ts"
    ts.write_text(ENGLISH, encoding="utf-8")
    _module().english_catalogue(str(ts))
    text = ts.read_text(encoding="utf-8")
    assert "Not a plural" not in text and "<name>B</name>" not in text
    assert "unfinished" not in text
    # new: made from "(s)"; copied by lupdate from the same text elsewhere: kept
    assert "<numerusform>%n new log</numerusform>" in text
    assert "<numerusform>%n new logs</numerusform>" in text
    assert "<numerusform>%n check-in has passed.</numerusform>" in text
