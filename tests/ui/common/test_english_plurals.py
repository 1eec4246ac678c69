"""English plurals read properly (issue "Interface", 1.9): the source says
"%n log(s)"; the English catalogue (fieldsafe_en.ts/.qm, made by
scripts/update-translations, plurals only) makes it "1 log" and "2 logs",
and it is installed under every language as the last resort.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import RecordId
from fieldsafe.ui.checkins import plan_fields
from fieldsafe.ui.common import i18n
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.incidents import timeline_words

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "update-translations"
TS = i18n.I18N_DIR / "fieldsafe_en.ts"
QM = i18n.I18N_DIR / "fieldsafe_en.qm"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n")

Entry = tuple[str, str, str, tuple[str, ...], bool, str | None]


def read(path: Path) -> list[Entry]:
    """(context, source, comment, forms, numerus, type) of every message."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    tuple(f.text or "" for f in translation.iter("numerusform")),
                    message.get("numerus") == "yes",
                    translation.get("type"),
                )
            )
    return out


def run_script(where: Path, *languages: str) -> None:
    env = dict(os.environ)
    env["FIELDSAFE_I18N_DIR"] = str(where)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    subprocess.run(
        ["bash", str(SCRIPT), *languages], check=True, env=env, capture_output=True, timeout=120
    )


def _timeline_words() -> str:
    when = datetime(2026, 3, 10, 17, 30, tzinfo=UTC)
    fields = {"occurred_at": when.isoformat(), "type": "verbal"}
    incident = Incident(RecordId("i1"), fields, when, when)
    return timeline_words.describe(
        [incident], visible=1, zoom="month", window="March", current=None
    )


def test_the_english_catalogue_holds_only_plurals_each_with_two_finished_forms() -> None:
    entries = read(TS)
    assert ET.parse(TS).getroot().get("language") == "en"
    assert len(entries) > 20
    problems = []
    for context, source, _comment, forms, numerus, kind in entries:
        where = f"{context}: {source!r}"
        if not numerus or kind is not None:
            problems.append(f"{where} is not a finished plural ({kind})")
        elif len(forms) != 2 or not all(forms):
            problems.append(f"{where} has the forms {forms}")
        elif any("(s)" in form for form in forms):
            problems.append(f"{where} still says (s): {forms}")
        elif any(
            sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source))
            for form in forms
        ):
            problems.append(f"{where} lost a placeholder: {forms}")
    assert not problems, "\n".join(problems)


def test_the_english_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Running scripts/update-translations adds nothing, drops nothing and
    keeps the forms written by hand ("%n more check-in has passed")."""
    shutil.copy(TS, tmp_path / TS.name)
    run_script(tmp_path, "en")
    fresh = read(tmp_path / TS.name)
    assert sorted(fresh) == sorted(read(TS)), (
        "fieldsafe_en.ts is not what scripts/update-translations makes from the code; run "
        "scripts/update-translations en (and correct the singular of any new plural that "
        "needs more than its (s) dropped)"
    )
    assert (tmp_path / QM.name).read_bytes() == QM.read_bytes(), "fieldsafe_en.qm is stale"
    forms = {source: f for _c, source, _m, f, _n, _k in fresh}
    assert forms["%n more check-in(s) have passed."][0] == "%n more check-in has passed."


def test_a_new_english_catalogue_holds_every_plural_of_the_arabic_one(tmp_path: Path) -> None:
    """Made from nothing, as for a new checkout: every plural the Arabic
    translators get, with "(s)" made into the two English forms."""
    run_script(tmp_path, "ar", "en")
    arabic = {
        (c, s, m) for c, s, m, _f, numerus, _k in read(tmp_path / "fieldsafe_ar.ts") if numerus
    }
    english = {(c, s, m): f for c, s, m, f, _n, _k in read(tmp_path / "fieldsafe_en.ts")}
    assert arabic and set(english) == arabic
    assert english[("checkins", "%n minute(s)", "")] == ("%n minute", "%n minutes")


def test_the_english_catalogue_is_package_data_found_from_the_checkout() -> None:
    packaged = resources.files("fieldsafe").joinpath("resources", "i18n", "fieldsafe_en.qm")
    assert packaged.is_file()
    assert Path(str(packaged)).resolve() == QM.resolve()


@pytest.mark.parametrize("language", ["en", None, "de"])
def test_english_plurals_read_properly(qapp: QApplication, language: str | None) -> None:
    """In English, in the system's language and in a language with no
    catalogue of its own; through a module's _t(text, n) wrapper,
    _t(text, disambiguation, n) and self.tr(text, "", n)."""
    if language is None and QLocale.system().language() == QLocale.Language.Arabic:
        pytest.skip("the system speaks Arabic")
    assert plan_fields.grace_text(1) == "1 minute(s)"  # before: the source text
    i18n.install_translators(qapp, language)
    assert i18n.current_language() == "en"
    assert plan_fields.grace_text(1) == "1 minute"
    assert plan_fields.grace_text(15) == "15 minutes"
    words = strip_isolates(_timeline_words())
    assert words.startswith("1 incident from ") and "; 1 open; " in words
    assert words.endswith(": 1 incident; by type: Verbal: 1"), words
    assert QCoreApplication.translate("checkins", "%n more check-in(s) have passed.", "", 1) == (
        "1 more check-in has passed."
    )
    assert QCoreApplication.translate(
        "HistoryDialog", "%n field(s) differ from the current version.", "", 2
    ) == ("2 fields differ from the current version.")
    assert (
        QCoreApplication.translate("IncidentTimeline", "Open") == "Open"
    )  # not a plural: as written


def test_arabic_keeps_its_own_catalogue_first(qapp: QApplication) -> None:
    installed = i18n.install_translators(qapp, "ar")
    names = [Path(t.filePath()).name for t in installed]
    assert names[0] == "fieldsafe_en.qm" and names[-1] == "fieldsafe_ar.qm"
    assert i18n.current_language() == "ar"
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    assert "en" not in i18n.available_languages()[1:]
